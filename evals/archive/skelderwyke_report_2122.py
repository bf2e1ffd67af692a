"""Partnership AE's Annual Report 2021-22 (July 2022): Helvetica with STIX General Bold Italic headings
under a turquoise roundel; page 1 the co-chairs' foreword and the year at a glance, page 2 on the
"wide-left" template (key figures in a mist column beside who the partnership is, the four priorities of
2020-23 as "Priority 1:" to "Priority 4:", how the Executive Forum meets and decides), page 3 the year's
awards in a ledger table in pounds with a bid declined, page 4 on two columns the money (grant plus
contribution plus brought forward, the reserve for domestic homicide reviews, the sum carried forward),
stories restating awards in words, a domestic homicide review and the year ahead."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import SKELDERWYKE
from evals.archive.skelderwyke_facts import (
    ANALYST,
    AVAILABLE_2122,
    AWARDS_2122,
    BROUGHT_2122,
    CABINET,
    CARRIED_2122,
    CO_CHAIR_COUNCIL,
    CO_CHAIR_POLICE_OLD,
    COMMITTED_2122,
    COUNCIL_2122,
    CSM,
    CSM_LIMIT_OLD,
    DECLINED_2122,
    DHR_RESERVE,
    FORUM,
    FUND,
    GRANT_2122,
    MEETINGS_OLD,
    PANEL,
    PANEL_CHAIR,
    PANEL_LIMIT_OLD,
    PCC,
    PRIORITIES_2023,
    QUORUM_OLD,
)
from evals.archive.skelderwyke_layout import (
    COLUMN,
    H1,
    H2,
    KEY,
    KEY_BIG,
    PULL,
    SMALL,
    SUBTITLE,
    TITLE,
    WIDTH,
    Furniture,
    ledger,
    long_date,
    notice,
    p,
    pounds,
    render,
)

TITLE_2122 = "Safer Skelderwyke: Skelderwyke Community Safety Partnership Annual Report 2021-22"
ROUTE = {"Forum": "Executive Forum", "Panel": "Grants Panel", "CSM": "Delegated (CSM)"}


def write_annual_report_2122(path: Path) -> Path:
    furniture = Furniture(
        "Safer Skelderwyke \u2014 Annual Report 2021-22",
        label="Skelderwyke Community Safety Partnership",
        opening="roundel",
        foot="{n} / {total}",
        foot_left="Annual Report 2021-22",
    )
    return render(path, _story, Meta(TITLE_2122, SKELDERWYKE), furniture)


def _glance() -> Flowable:
    rows = [
        ["The year at a glance", ""],
        ["Projects funded from the " + FUND, str(len(AWARDS_2122))],
        ["Money committed", pounds(COMMITTED_2122)],
        ["Executive Forum meetings", "4"],
        ["Young people reached by detached youth work", "611"],
        ["Domestic abuse victims supported by the IDVAs", "538"],
    ]
    return ledger(rows, [WIDTH - 110, 110], figs=(1,))


def _page1() -> list[Flowable]:
    return [
        Spacer(1, 10),
        p("Annual Report 2021-22", TITLE),
        p("Skelderwyke Community Safety Partnership \u00b7 published July 2022", SUBTITLE),
        notice(),
        Spacer(1, 8),
        p("Foreword from the co-chairs", H1),
        p(
            "Welcome to the annual report of Safer Skelderwyke, the community safety partnership for the "
            "city. "
            "Our partnership is one of the few in the region with two co-chairs: "
            f"{CO_CHAIR_COUNCIL}, the City Council's Director of Communities, and {CO_CHAIR_POLICE_OLD}, "
            "the Northmarch Police district commander for Skelderwyke. Between us we chair the "
            f"{FORUM}, which met four times in the year."
        ),
        p(
            "2021-22 was the year the city's night-time economy reopened in full. Violence in and around "
            "Castle Quay returned quickly, and the Forum put more money into Operation Halyard than in any "
            "year "
            "before. Domestic abuse remained the largest single call on the fund."
        ),
        p(
            "We thank every partner and volunteer, and the residents who told us what worries them. "
            f"\u2014 {CO_CHAIR_COUNCIL} and {CO_CHAIR_POLICE_OLD}, co-chairs",
            SMALL,
        ),
        Spacer(1, 6),
        _glance(),
        NextPageTemplate("wideleft"),
        PageBreak(),
    ]


def _page2() -> list[Flowable]:
    key = [
        p("203,600", KEY_BIG),
        p("people live in Skelderwyke (mid-2020 estimate)", KEY),
        Spacer(1, 10),
        p(pounds(AVAILABLE_2122), KEY_BIG),
        p(f"available in the {FUND} in 2021-22", KEY),
        Spacer(1, 10),
        p("4", KEY_BIG),
        p("priorities, set from the 2019 strategic assessment for 2020 to 2023", KEY),
        Spacer(1, 10),
        p("10", KEY_BIG),
        p("wards, from Castle Quay on the river to Skelder Vale in the north", KEY),
        FrameBreak(),
    ]
    members = (
        "Skelderwyke City Council, Northmarch Police, Northmarch Fire and Rescue Service, the Probation "
        "Service "
        "and NHS Skelderwyke Clinical Commissioning Group are the responsible authorities. The Office of the "
        f"Northmarch Police and Crime Commissioner, the Youth Justice Service, Public Health, the housing "
        "provider Skelderwyke Homes and Skelderwyke Women's Aid, and Voluntary Action Skelderwyke also sit "
        "on the Forum. "
        f"{CABINET}, Cabinet Member for Communities, attends for the City Council."
    )
    main = [
        p("Who we are", H1),
        p(
            "Community safety partnerships were set up by the Crime and Disorder Act 1998, which places a "
            "duty on "
            "the responsible authorities to work together to reduce crime and disorder, substance misuse and "
            "re-offending in their area. " + members
        ),
        p("Our priorities 2020-23", H1),
    ]
    main += [p(f"<b>Priority {i}:</b> {text}") for i, text in enumerate(PRIORITIES_2023, 1)]
    main += [
        p(
            "Hate crime and community cohesion are treated as a cross-cutting theme that runs through all "
            "four.",
            SMALL,
        ),
        p("How we meet and decide", H1),
        p(
            f"The {FORUM} meets {MEETINGS_OLD}. It is quorate with {QUORUM_OLD}. The Forum decides "
            f"bids to the {FUND} of more than {pounds(PANEL_LIMIT_OLD)}. The {PANEL}, chaired by "
            f"{PANEL_CHAIR} of the Commissioner's office, decides bids up to {pounds(PANEL_LIMIT_OLD)}, and "
            f"the Community Safety Manager, {CSM}, may approve micro-grants of up to {pounds(CSM_LIMIT_OLD)} "
            "under delegated powers, reporting them to the next Forum."
        ),
        p(
            f"The partnership's analyst, {ANALYST}, is half-funded by the {FUND} and half by the City "
            "Council.",
            SMALL,
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]
    return key + main


def _page3() -> list[Flowable]:
    rows = [["Project", "Delivered by", "Priority", "Decided by", "Date", "Award"]]
    for project, lead, priority, amount, date, by in AWARDS_2122:
        rows.append(
            [project, lead, str(priority) if priority else "All", ROUTE[by], long_date(date), pounds(amount)]
        )
    rows.append(["Total", "", "", "", "", pounds(COMMITTED_2122)])
    name, lead, ask, date = DECLINED_2122
    return [
        p("What we funded in 2021-22", H1),
        p(
            f"Every award from the {FUND} in the year, with the body that decided it. Priorities are "
            "numbered as "
            "on page 2; \u201cAll\u201d marks support for the whole partnership.",
            SMALL,
        ),
        ledger(rows, [128, 118, 40, 78, 72, WIDTH - 436], figs=(5,), total=True),
        Spacer(1, 8),
        p("Bids not supported", H2),
        p(
            f"The Forum declined a bid of {pounds(ask)} from {lead} for {name} on {long_date(date)}: the "
            "fund "
            "does not pay for capital works, and the residents were referred to the City Council's capital "
            "programme."
        ),
        NextPageTemplate("columns"),
        PageBreak(),
    ]


def _page4() -> list[Flowable]:
    money = [
        ["Source", "£"],
        [f"Community safety grant ({PCC})", f"{GRANT_2122:,}"],
        ["Skelderwyke City Council contribution", f"{COUNCIL_2122:,}"],
        ["Brought forward from 2020-21", f"{BROUGHT_2122:,}"],
        ["Available", f"{AVAILABLE_2122:,}"],
        ["Committed", f"{COMMITTED_2122:,}"],
        ["To the DHR reserve", f"{DHR_RESERVE:,}"],
        ["Carried forward to 2022-23", f"{CARRIED_2122:,}"],
    ]
    return [
        p("The money", H1),
        ledger(money, [COLUMN - 60, 60], figs=(1,)),
        Spacer(1, 4),
        p(
            "Domestic homicide reviews arrive without warning and cost between six and eight thousand pounds "
            f"each, so the Forum agreed in March 2022 to hold {pounds(DHR_RESERVE)} of the underspend as a "
            "reserve for them. The rest is carried forward.",
            SMALL,
        ),
        p("Stories from the year", H1),
        p("Operation Halyard", H2),
        p(
            "Fourteen thousand pounds from the fund paid for extra officers on Friday and Saturday nights in "
            "Castle Quay from July to December. Violence with injury in the quarter fell back below its 2019 "
            "level by the winter."
        ),
        p("Pathways North mentoring", H2),
        p(
            "Pathways North CIC mentored 24 young people identified as at risk of criminal exploitation, "
            "with "
            "eleven and a half thousand pounds from the Forum. Nineteen completed the programme."
        ),
        p("\u201cI thought nobody would notice if I disappeared. My mentor noticed.\u201d", PULL),
        p("Domestic homicide reviews", H1),
        p(
            "The partnership commissioned one domestic homicide review in the year (Adult K), with an "
            "independent "
            "chair and author, and it was submitted to the Home Office in June 2022."
        ),
        p("Looking ahead", H1),
        p(
            "In 2022-23 we will run our first participatory budgeting event, \u201cYour Street, Your "
            "Say\u201d, "
            "letting residents vote on small community safety projects, and we will publish a new strategic "
            "assessment to set priorities for 2023 to 2026. Health's seat on the Forum passes from the "
            "clinical "
            "commissioning group to the new integrated care board on 1 July 2022."
        ),
    ]


def _story() -> list[Flowable]:
    return [*_page1(), *_page2(), *_page3(), *_page4()]
