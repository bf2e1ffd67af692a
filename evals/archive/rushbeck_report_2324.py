"""Partnership AH's Annual Report 2023-24 (July 2024): DejaVu Serif with Helvetica Bold headings under the
plum ribbon, a foot "- n -" centred. Page 1 the contents, the outgoing Chair's foreword (who chaired the year
and who took the chair in June 2024) and a boxed "at a glance" panel; page 2 on two columns the members, how
the Board meets and decides under the rules of the time and the four priorities of 2023-26 as a numbered
list with a boxed panel on domestic homicide reviews; page 3 every award of the year in a plum table with the
priority, who decided it and when, a declined bid under it, and the money in a boxed panel (money withheld
and returned, carried forward); page 4 on two columns stories restating awards in words, training, the
Serious Violence Duty and the year ahead (the Commissioner's grant for 2024-25 indicated and then cut, the
Panel's pot and the new Chair)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import RUSHBECK
from evals.archive.rushbeck_facts import (
    AVAILABLE_2324,
    AWARDS_2324,
    BF_2324,
    CARRIED_2324,
    CHAIR,
    CHAIR_OLD,
    COMMITTED_2324,
    DISTRICT_2324,
    DISTRICT_2425,
    GRANT_2324,
    GRANT_2425,
    GRANT_2425_INDICATED,
    KICKSTART_WITHHELD_2324,
    MANAGER,
    MEETINGS_OLD,
    NALOXONE_RETURNED_2324,
    OFFICER_LIMIT_OLD,
    PANEL_CHAIR,
    PANEL_LIMIT_OLD,
    PANEL_POT,
    POPULATION,
    PRIORITIES_OLD,
    QUORUM_OLD,
    SKATE_LIGHTS,
    SPENT_2324,
    VICE_OLD,
)
from evals.archive.rushbeck_layout import (
    COLUMN,
    H1,
    H2,
    PANEL,
    PANEL_H,
    SMALL,
    SUBTITLE,
    TITLE,
    WIDTH,
    Furniture,
    long_date,
    notice,
    p,
    panel,
    plum,
    pounds,
    short_date,
)
from evals.archive.rushbeck_layout import render as render_pages

TITLE_2324 = "Rushbeck Community Safety Partnership Annual Report 2023-24"
ROUTES = {"Board": "Strategy Board", "Panel": "Locality Fund Panel", "Officer": "Officer (delegated)"}


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture(
        "RCSP Annual Report 2023-24",
        head_right="1 April 2023 \u2013 31 March 2024",
        label="Annual Report 2023-24",
        opening="ribbon",
        foot="- {n} -",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_2324, RUSHBECK), furniture)


def _story() -> list[Flowable]:
    return [*_opening(), *_partnership(), *_funding(), *_stories()]


def _opening() -> list[Flowable]:
    contents = [
        ["Contents", ""],
        ["Foreword and the year at a glance", "1"],
        ["Who we are, how we work and our priorities", "2"],
        ["What the Locality Safety Fund paid for, and the money", "3"],
        ["Stories from the year, training and the year ahead", "4"],
    ]
    glance = [
        p("The year at a glance", PANEL_H),
        p(f"\u2022 {len(AWARDS_2324)} awards from the Rushbeck Locality Safety Fund, worth "
          f"{pounds(COMMITTED_2324)}", PANEL),
        p("\u2022 4 meetings of the Strategy Board and 1 funding round of the Locality Fund Panel", PANEL),
        p("\u2022 361 high-risk victims of domestic abuse supported by the IDVA service", PANEL),
        p("\u2022 2,150 pupils in 14 schools saw the county lines drama", PANEL),
        p("\u2022 1 domestic homicide review commissioned (Adult K)", PANEL),
    ]  # fmt: skip
    return [
        Spacer(1, 18),
        p("Annual Report 2023-24", TITLE),
        p("Rushbeck Community Safety Partnership \u00b7 published July 2024", SUBTITLE),
        Spacer(1, 5),
        notice(),
        Spacer(1, 6),
        plum(contents, [WIDTH - 40, 40], figs=(1,)),
        p("Foreword", H1),
        p(
            f"This is my last report as Chair. I chaired the Strategy Board from June 2022 until our annual "
            f"meeting on {long_date('2024-06-11')}, when I handed the chair to {CHAIR}, who succeeded me "
            "as the District Council's Portfolio Holder for Communities when I became Leader of the "
            f"Council in May. {VICE_OLD}, the Rushbeck district police commander, was re-elected as "
            "Vice-Chair at the same meeting."
        ),
        p(
            "2023-24 was the first year of our three-year priorities. Domestic abuse remains the largest "
            "call on our fund, and the number of high-risk victims supported by our Independent Domestic "
            "Violence Adviser rose again. We also put money into the town centres, where shop theft and "
            "anti-social behaviour are what residents most often raise with us."
        ),
        p(f"{CHAIR_OLD}, Chair of the Strategy Board 2022-24", SMALL),
        Spacer(1, 8),
        panel(glance, WIDTH),
        NextPageTemplate("two"),
        PageBreak(),
    ]


def _partnership() -> list[Flowable]:
    members = (
        "Rushbeck District Council",
        "Harlshire County Council",
        "Harlshire Constabulary",
        "Harlshire Fire and Rescue Service",
        "The Probation Service (Harlshire PDU)",
        "Harlshire Integrated Care Board",
    )
    others = (
        "Office of the Harlshire Police and Crime Commissioner",
        "Harlshire Youth Justice Service",
        "Harlshire Public Health",
        "Rushbeck Safe Haven (domestic abuse service)",
        "Brookhithe Homes",
        "Rushbeck Council for Voluntary Service",
    )
    dhr = [
        p("Domestic homicide reviews", PANEL_H),
        p(
            "The Board commissioned a review into the death of Adult K in December 2023 and set aside "
            "money for an independent chair and author. The review is expected to go to the Home Office in "
            "autumn 2024.",
            PANEL,
        ),
    ]
    return [
        p("Who we are", H1),
        p(
            "The Rushbeck Community Safety Partnership (RCSP) is the statutory partnership for the district "
            "of Rushbeck under the Crime and Disorder Act 1998. The district has about "
            f"{POPULATION:,} residents. Because Harlshire has two tiers of local government, both the "
            "District Council and the County Council are responsible authorities."
        ),
        p("Responsible authorities", H2),
        p("<br/>".join(f"\u2013 {m}" for m in members)),
        p("Other members of the Strategy Board", H2),
        p("<br/>".join(f"\u2013 {m}" for m in others)),
        p("How we work", H1),
        p(
            f"The Strategy Board meets {MEETINGS_OLD}. A meeting is quorate when {QUORUM_OLD} are "
            "present. The Board sets the priorities, agrees the larger awards from the Rushbeck Locality "
            "Safety Fund and sets a pot each year for the Locality Fund Panel."
        ),
        p(
            f"The Locality Fund Panel, chaired by {PANEL_CHAIR}, Head of Communities at the District "
            f"Council, decides bids of up to {pounds(PANEL_LIMIT_OLD)}. The Community Safety Manager, "
            f"{MANAGER}, may approve up to {pounds(OFFICER_LIMIT_OLD)} under delegated powers and reports "
            "each decision to the next Board. Bids are scored against six criteria, each out of five."
        ),
        p("Our priorities for 2023-26", H1),
        p("The Strategic Assessment 2022 led the Board to agree four priorities for 2023 to 2026:"),
        *(p(f"<b>{i}.</b> {t}") for i, t in enumerate(PRIORITIES_OLD, 1)),
        p(
            "Each priority has a lead partner and a delivery group that reports to every Board meeting. "
            "The assessment is refreshed every two years; the next is due in autumn 2024."
        ),
        Spacer(1, 4),
        panel(dhr, COLUMN),
        NextPageTemplate("one"),
        PageBreak(),
    ]


def _funding() -> list[Flowable]:
    rows = [["Project", "Lead organisation", "Priority", "Decided by", "Date", "Amount"]]
    for name, org, priority, amount, date, route in AWARDS_2324:
        rows.append(
            [
                name,
                org,
                f"P{priority}" if priority else "All",
                ROUTES[route],
                short_date(date),
                pounds(amount),
            ]
        )
    rows.append(["<b>Total committed</b>", "", "", "", "", f"<b>{pounds(COMMITTED_2324)}</b>"])
    money = [
        p("The money in 2023-24", PANEL_H),
        plum(
            [
                ["", "\u00a3"],
                ["Police and Crime Commissioner's community safety grant", pounds(GRANT_2324)],
                ["Rushbeck District Council contribution", pounds(DISTRICT_2324)],
                ["Brought forward from 2022-23", pounds(BF_2324)],
                ["Available", pounds(AVAILABLE_2324)],
                ["Committed (table above)", pounds(COMMITTED_2324)],
                [
                    "Kickstart Nights: withheld until the monitoring return arrives",
                    pounds(KICKSTART_WITHHELD_2324),
                ],
                ["Naloxone peer training: returned unspent", pounds(NALOXONE_RETURNED_2324)],
                ["Spent", pounds(SPENT_2324)],
                ["Carried forward to 2024-25", pounds(CARRIED_2324)],
            ],
            [WIDTH - 110, 80],
            figs=(1,),
        ),
    ]  # fmt: skip
    return [
        p("What the Locality Safety Fund paid for", H1),
        p(
            "Every award made from the Rushbeck Locality Safety Fund in 2023-24. P1 to P4 are the four "
            "priorities on page 2."
        ),
        plum(rows, [140, 112, 40, 92, 56, WIDTH - 440], figs=(5,), total=True),
        Spacer(1, 5),
        p(
            f"Declined: lighting for Fennick skate park ({pounds(SKATE_LIGHTS)}), on "
            f"{long_date('2023-12-12')}, "
            "because the fund does not pay for capital works. The Board suggested the District Council's "
            "capital programme.",
            SMALL,
        ),
        Spacer(1, 8),
        panel(money, WIDTH),
        NextPageTemplate("two"),
        PageBreak(),
    ]


def _stories() -> list[Flowable]:
    return [
        p("Stories from the year", H1),
        p("Street Pastors in Eastwold", H2),
        p(
            "Eastwold Churches Together received four thousand eight hundred pounds from the Panel in "
            "September to put volunteers on the streets of Eastwold on Friday and Saturday nights. They "
            "went out on 44 nights and helped 130 people home safely."
        ),
        p("Drama against county lines", H2),
        p(
            "Open Door Theatre Company's play about a boy drawn into dealing toured 14 schools in the spring "
            "term. The Board's award of six thousand seven hundred and fifty pounds paid for the tour and a "
            "teachers' pack."
        ),
        p("A camera for Coldharbour", H2),
        p(
            "After a winter of fires in bins and garages around Coldharbour precinct, the Board agreed in "
            "March to buy a redeployable CCTV camera for the District Council's ASB team. It goes where "
            "problems move."
        ),
        p("Kickstart Nights", H2),
        p(
            "Marrick Bridge Community Trust ran Friday night football for 11 to 16 year olds. The last "
            "quarter's payment is being held until the Trust sends its end-of-year monitoring return."
        ),
        p("Training", H1),
        p(
            "212 staff from partner agencies took domestic abuse awareness training and 96 took the "
            "county lines and exploitation course. Harlshire Fire and Rescue Service trained its crews to "
            "recognise signs of cuckooing during home fire safety visits."
        ),
        p("The Serious Violence Duty", H1),
        p(
            "The county council leads on the Serious Violence Duty across Harlshire. Rushbeck's local "
            "picture fed into the county's strategic needs assessment, and the partnership will look again "
            "at serious violence in its own assessment in 2024."
        ),
        p("The year ahead", H1),
        p(
            "The Commissioner's letter of February 2024 indicated a grant of "
            f"{pounds(GRANT_2425_INDICATED)} for 2024-25, the same as this year, but the grant was "
            f"confirmed on {long_date('2024-05-03')} at {pounds(GRANT_2425)}. The District Council's "
            f"contribution stays at {pounds(DISTRICT_2425)}."
        ),
        p(
            f"At its annual meeting on {long_date('2024-06-11')} the Board elected {CHAIR} as Chair and set "
            f"aside {pounds(PANEL_POT)} for the Locality Fund Panel's autumn round. A new strategic "
            "assessment will be ready in the autumn and will shape our priorities from 2025."
        ),
    ]
