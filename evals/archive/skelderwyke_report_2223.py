"""Partnership AE's Annual Report 2022/23 (July 2023): Helvetica with STIX General Bold Italic headings
under a turquoise "ANNUAL REPORT 2022/23" ticket; page 1 the co-chairs' foreword (who was police co-chair
when) and the year in numbers; page 2 on the "wide-left" template (key figures beside the Forum's members,
the three priorities for 2023-26 and what became of the four old ones, how decisions are made from April
2023); a landscape page of every award in £k with what happened to it later; then on two columns the money
(in £ and £m), the Serious Violence Duty grant, the residents' vote and stories restating awards in words,
a domestic homicide review and the year ahead with a decision told only here."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import SKELDERWYKE
from evals.archive.skelderwyke_facts import (
    ANALYST_POST,
    AVAILABLE_2223,
    BIKE_MARKING,
    BOXING,
    CARRIED_2122,
    CARRIED_2223,
    CO_CHAIR_COUNCIL,
    CO_CHAIR_POLICE,
    CO_CHAIR_POLICE_OLD,
    COMMITTED_2223,
    COUNCIL_2223,
    CSM_LIMIT,
    DHR_ADULT_L,
    DHR_RESERVE,
    EDGE_ASK,
    EDGE_AWARD,
    GRANT_2223,
    HALYARD_AMENDED,
    HALYARD_ASK,
    HALYARD_AWARD,
    HALYARD_RETURNED,
    HATE_CENTRES,
    ICB_REP,
    IDVA,
    MEETINGS,
    PANEL_LIMIT,
    PASTORS_2223,
    PB_PART,
    PB_POT,
    PB_VOTERS,
    PRIORITIES_2023,
    PRIORITIES_2326,
    QUORUM,
    RETHINK_ASK,
    RETHINK_AWARD,
    SAFE_HAVEN_ASK,
    SAFE_HAVEN_AWARD,
    SPENT_2223,
    SPIKING,
    SVD_2223,
    WATCH_SIGNS,
    YOUTH_ASK,
    YOUTH_AWARD,
    pb_awards,
)
from evals.archive.skelderwyke_layout import (
    COLUMN,
    H1,
    H2,
    KEY,
    KEY_BIG,
    LAND,
    PULL,
    SMALL,
    SUBTITLE,
    TEXT,
    TITLE,
    WIDTH,
    Furniture,
    kpounds,
    ledger,
    notice,
    open_table,
    p,
    pounds,
    render,
)

TITLE_2223 = "Safer Skelderwyke: Skelderwyke Community Safety Partnership Annual Report 2022/23"
GRANT_2324 = 98750

# Awards of 2022/23: project, lead, old priority, decided by, when, asked, awarded, what happened later.
AWARDS: tuple[tuple[str, str, str, str, str, int, int, str], ...] = (
    ("IDVA service", "Skelderwyke Women's Aid", "2", "Forum", "Jun 2022", IDVA, IDVA, ""),
    ("Operation Halyard", "Northmarch Police", "1", "Forum", "Jun 2022", HALYARD_ASK, HALYARD_AMENDED,
     f"first {kpounds(HALYARD_AWARD)}; increased Nov 2022; {kpounds(HALYARD_RETURNED)} returned unspent"),
    ("Partnership analyst (half post)", "Skelderwyke City Council", "All", "Forum", "Jun 2022", ANALYST_POST,
     ANALYST_POST, ""),
    ("Your Street, Your Say pot", "Ten community groups", "3", "Residents' vote", "Oct 2022", PB_POT, PB_POT,
     "set aside by the Forum, Jun 2022"),
    ("Hollin Park detached youth work", "Skelderwyke YMCA", "3", "Panel", "Sep 2022", YOUTH_ASK, YOUTH_AWARD,
     "held to the Panel's limit"),
    ("Gloves Not Knives", "Hollin Park ABC", "4", "Panel", "Sep 2022", BOXING, BOXING, ""),
    ("Ashgrove Safe Haven shops", "Skelderwyke BID", "3", "Panel", "Sep 2022", SAFE_HAVEN_ASK, 0,
     f"awarded {kpounds(SAFE_HAVEN_AWARD)}; withdrawn Jan 2023"),
    ("Night Pastors", "Skelderwyke Night Pastors", "1", "Panel", "Sep 2022", PASTORS_2223, PASTORS_2223, ""),
    ("Bike marking", "Northmarch Police", "3", "Delegated", "Sep 2022", BIKE_MARKING, BIKE_MARKING, ""),
    ("Edge of Harm", "Skelderwyke Youth Justice Service", "4", "Forum", "Nov 2022", EDGE_ASK, EDGE_AWARD,
     "deferred Jun 2022"),
    ("ReThink Behaviour Programme", "Northmarch Change CIC", "2", "Forum", "Nov 2022", RETHINK_ASK,
     RETHINK_AWARD, "recommended by the Panel"),
    ("Hate crime reporting centres", "Skelderwyke Interfaith Forum", "All", "Panel", "Dec 2022", HATE_CENTRES,
     HATE_CENTRES, "deferred Sep 2022"),
    ("Anti-spiking test kits", "City Council Licensing", "1", "Delegated", "Jan 2023", SPIKING, SPIKING, ""),
    ("Neighbourhood Watch signs", "Cobb Hill Neighbourhood Watch", "3", "Panel", "Mar 2023", WATCH_SIGNS,
     WATCH_SIGNS, "missed out at the residents' vote"),
)  # fmt: skip


def write_annual_report_2223(path: Path) -> Path:
    furniture = Furniture(
        "Annual Report 2022/23 \u00b7 Safer Skelderwyke",
        label="ANNUAL REPORT 2022/23",
        opening="ticket",
        foot="Page {n}",
    )
    return render(path, _story, Meta(TITLE_2223, SKELDERWYKE), furniture)


def _page1() -> list[Flowable]:
    numbers = [
        ["2022/23 in numbers", ""],
        ["Residents who voted at Your Street, Your Say", str(PB_VOTERS)],
        ["Community projects funded by residents' votes", str(sum(1 for a in pb_awards() if a))],
        ["Awarded from the Neighbourhood Resilience Fund", pounds(COMMITTED_2223)],
        ["Young people who finished Edge of Harm sessions", "1,480"],
        ["Domestic abuse victims supported by the IDVAs", "571"],
    ]
    return [
        Spacer(1, 12),
        p("Annual Report 2022/23", TITLE),
        p("Skelderwyke Community Safety Partnership \u00b7 July 2023", SUBTITLE),
        notice(),
        Spacer(1, 8),
        p("From the co-chairs", H1),
        p(
            f"This is our report on 2022/23, a year of change at the top table. {CO_CHAIR_POLICE_OLD}, "
            "police "
            "co-chair since 2019, moved to force headquarters at the end of August 2022, and "
            f"{CO_CHAIR_POLICE} "
            "became District Commander and police co-chair on 1 September 2022. "
            f"{CO_CHAIR_COUNCIL} remains the council's co-chair. Health's seat passed to the new integrated "
            "care "
            f"board, represented by {ICB_REP}."
        ),
        p(
            "The year's highlight was Your Street, Your Say, our first participatory budgeting event, where "
            "residents rather than officers chose which community projects to fund. We also adopted a new "
            "strategic assessment and three priorities for 2023 to 2026."
        ),
        p(f"\u2014 {CO_CHAIR_COUNCIL} and {CO_CHAIR_POLICE}", SMALL),
        Spacer(1, 6),
        ledger(numbers, [WIDTH - 110, 110], figs=(1,)),
        NextPageTemplate("wideleft"),
        PageBreak(),
    ]


def _page2() -> list[Flowable]:
    key = [
        p("3", KEY_BIG),
        p("priorities for 2023-26, in place of four", KEY),
        Spacer(1, 10),
        p(pounds(PANEL_LIMIT), KEY_BIG),
        p("the Grants Assessment Panel's limit from April 2023", KEY),
        Spacer(1, 10),
        p("6", KEY_BIG),
        p("Forum meetings a year from April 2023", KEY),
        FrameBreak(),
    ]
    old = ", ".join(f"({i}) {text.lower()}" for i, text in enumerate(PRIORITIES_2023, 1))
    main = [
        p("Our priorities", H1),
        p(f"Our priorities for 2020-23 were {old}."),
        p(
            "The Strategic Assessment 2022, adopted in November 2022, scored threats and harms across the "
            "city. "
            "From April 2023 our priorities are:"
        ),
        *[p(f"\u25b8\u2002{text}") for text in PRIORITIES_2326],
        p(
            "Night-time economy violence now sits inside the serious violence priority, which also meets the "
            "new Serious Violence Duty. Exploitation and county lines are led by the Safeguarding Children "
            "Partnership's exploitation sub-group, which reports to the Forum twice a year."
        ),
        p("How decisions are made from April 2023", H1),
        p(
            f"New terms of reference (version 3) took effect on 1 April 2023. The Executive Forum now meets "
            f"{MEETINGS} and is quorate with {QUORUM}. The Grants Assessment Panel decides bids of up to "
            f"{pounds(PANEL_LIMIT)}, and the Community Safety Manager can approve micro-grants of up to "
            f"{pounds(CSM_LIMIT)}."
        ),
        p("Who sits on the Forum", H2),
        p(
            "Skelderwyke City Council (two seats), Northmarch Police, Northmarch Fire and Rescue Service, "
            "the "
            "Probation Service and NHS Northmarch and Skelder Vale Integrated Care Board, as responsible "
            "authorities; with the Police and Crime Commissioner's office, Public Health, the Youth Justice "
            "Service, Skelderwyke Homes, Skelderwyke Women's Aid and Voluntary Action Skelderwyke.",
            SMALL,
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
    ]
    return key + main


def _page3() -> list[Flowable]:
    rows = [["Project", "Lead", "Priority (2020-23)", "Decided by", "When", "Asked £k", "Awarded £k", "Note"]]
    for project, lead, priority, by, when, ask, award, note in AWARDS:
        rows.append([project, lead, priority, by, when, kpounds(ask), kpounds(award), note])
    rows.append(["Total", "", "", "", "", "", kpounds(COMMITTED_2223), ""])
    return [
        p("Everything we funded in 2022/23 (\u00a3 thousands)", H1),
        open_table(rows, [128, 130, 58, 70, 52, 48, 54, LAND - 540], figs=(5, 6)),
        Spacer(1, 4),
        p(
            "Bids not funded: the Castle Quay CCTV upgrade and the Brinkley Fields youth shelter (capital "
            "works); "
            "Kickstart Friday football (funded by the Violence Reduction Unit); rough sleeper outreach "
            "(funded by "
            "the council's housing service). A mobile CCTV van bid was withdrawn before the Panel met.",
            SMALL,
        ),
        NextPageTemplate("columns"),
        PageBreak(),
    ]


def _page4() -> list[Flowable]:
    money = [
        ["", "£"],
        ["Police and Crime Commissioner's grant", f"{GRANT_2223:,}"],
        ["City Council contribution", f"{COUNCIL_2223:,}"],
        ["Brought forward from 2021/22", f"{CARRIED_2122:,}"],
        ["Available", f"{AVAILABLE_2223:,}"],
        ["Awarded", f"{COMMITTED_2223:,}"],
        ["Returned unspent", f"{HALYARD_RETURNED:,}"],
        ["Net spend", f"{SPENT_2223:,}"],
        ["Carried forward to 2023/24", f"{CARRIED_2223:,}"],
    ]
    return [
        p("Money", H1),
        p(
            f"The fund had \u00a3{AVAILABLE_2223 / 1e6:.2f}m to spend in 2022/23, less than the year before "
            "because "
            "the council cut its contribution by a quarter.",
            SMALL,
        ),
        ledger(money, [COLUMN - 62, 62], figs=(1,)),
        Spacer(1, 4),
        p(
            f"The Home Office's Serious Violence Duty grant of {pounds(SVD_2223)} arrived in February 2023 "
            "and is "
            "ring-fenced; it is held for the strategic needs assessment in 2023/24 and is not in the table.",
            SMALL,
        ),
        p("Your Street, Your Say", H2),
        p(
            f"{PB_VOTERS} residents voted on eleven projects at Weavers Green Community Hub in October. "
            "Solar "
            "alley lights in Cobb Hill topped the poll. The money ran out at the tenth project, the "
            f"{PB_PART[2]} {PB_PART[0].lower()}, which received two thousand two hundred and fifty pounds of "
            "the " + pounds(PB_PART[3]) + " it asked for."
        ),
        p("Operation Halyard", H2),
        p(
            "The Forum first gave the police fifteen thousand pounds for night-time patrols from July to "
            "November, then in November raised the award to seventeen thousand two hundred and fifty pounds "
            "so "
            "the patrols could run to New Year's Day. Not all the overtime was needed, and the rest was "
            "returned in March."
        ),
        p("\u201cYou can walk home through Castle Quay on a Saturday now.\u201d", PULL),
        p("Domestic homicide reviews", H1),
        p(
            f"One new review (Adult L) was commissioned in March 2023 at a cost of {pounds(DHR_ADULT_L)}, "
            "paid "
            f"from the {pounds(DHR_RESERVE)} reserve set aside in 2022, which now holds "
            f"{pounds(DHR_RESERVE - DHR_ADULT_L)}.",
            TEXT,
        ),
        p("The year ahead", H1),
        p(
            f"The Commissioner has confirmed a grant of {pounds(GRANT_2324)} for 2023/24. At its first "
            "meeting "
            "under the new terms, on 26 April 2023, the Forum agreed to fund the analyst post in full, as "
            "the "
            "strategic assessment recommended, so that a serious violence problem profile can be written."
        ),
    ]


def _story() -> list[Flowable]:
    return [*_page1(), *_page2(), *_page3(), *_page4()]
