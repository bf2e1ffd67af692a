"""Partnership AC's Annual Report 2023/24, published July 2024: page 1 under the masthead with the new Chair's
foreword in the main column and the year at a glance in the sand margin; headings in roman numerals ("IV.");
the Board at the year end in a table with its meetings, the four priorities of the year and the three for
2024-27 and why they changed; every Board and group decision of the year on a landscape page with the sum
asked, the first decision, any later change and the final sum (a bid deferred and approved only after the
year end, told nowhere else; delegated grants as one line); then on two columns the money, crime from the
strategic assessment, the domestic homicide review and the year ahead (the council's contribution cut, the
new terms of reference)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAITHWICK
from evals.archive.staithwick_facts import (
    ALLOC_2425,
    AVAILABLE_2324,
    BIDS_2324,
    CHAIR,
    CHAIR_2223,
    CHAIR_2324,
    COMMITTED_2324,
    COUNCIL_2324,
    COUNCIL_2425,
    CRIME_TOTALS,
    DA_REP,
    DELEGATED_2324,
    DHR_COST,
    GRANT_2324,
    HOUSING_REP,
    HUB_AWARD,
    ICB_REP,
    MANAGER,
    OPCC_REP,
    PRIORITIES_2124,
    PRIORITIES_2427,
    PROBATION,
    PUBLIC_HEALTH,
    SVD_2324,
    UNDERSPEND_2223,
    UNDERSPEND_2324,
    VICE,
    YJS_REP,
)
from evals.archive.staithwick_layout import (
    COLUMN,
    H1,
    H2,
    LAND,
    MAIN,
    MARGIN_NOTE,
    NOTE,
    PULL,
    SUBTITLE,
    TITLE,
    Furniture,
    boxed,
    kpounds,
    ledger,
    notice,
    p,
    pounds,
    render,
)

TITLE_2324 = "Staithwick Community Safety Partnership Annual Report 2023/24"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
HEADINGS = (
    "Foreword",
    "The Partnership Board",
    "Priorities: 2021-24 and 2024-27",
    "Every funding decision of 2023/24",
    "The money",
    "Crime in Staithwick",
    "Domestic homicide review",
    "The year ahead",
)


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture(
        "Annual Report 2023/24",
        label="ANNUAL REPORT 2023/24",
        opening="masthead",
        foot="- {n} of {total} -",
    )
    return render(path, _story, Meta(TITLE_2324, STAITHWICK), furniture, first="margin")


def _h(n: int) -> Flowable:
    return p(f"{ROMAN[n - 1]}. {HEADINGS[n - 1]}", H1)


def _story() -> list[Flowable]:
    board = [
        ["Member at 31 March 2024", "Body", "Role"],
        [CHAIR_2324, "Norwendshire Police", "Chair (to 31 March 2024)"],
        [CHAIR, "Staithwick Council", "Vice-Chair; Chair from 1 April 2024"],
        [VICE, "Norwendshire Fire and Rescue Service", "Vice-Chair from 1 April 2024"],
        [MANAGER, "Staithwick Council", "Community Safety Manager"],
        [PROBATION, "The Probation Service", "Member"],
        [ICB_REP, "NHS Norwendshire Integrated Care Board", "Member"],
        [PUBLIC_HEALTH, "Staithwick Council Public Health", "Member"],
        [YJS_REP, "Staithwick Youth Justice Service", "Member"],
        [OPCC_REP, "Office of the Police and Crime Commissioner", "Adviser"],
        [DA_REP, "Beacon House Women's Aid", "Member (non-voting)"],
        [HOUSING_REP, "Staithwick Coastal Homes", "Member (non-voting)"],
    ]
    bids = [["Ref", "Project", "Lead", "Asked", "First decision", "Later change", "Final"]]
    shown = [b for b in BIDS_2324 if not b[5].startswith("Delegated")]
    for ref, project, lead, _letter, asked, first, later, final in shown:
        bids.append([ref, project, lead, pounds(asked), first, later or "-", pounds(final)])
    bids.append(["", "Two small grants under delegated powers", "", "", "", "", pounds(DELEGATED_2324)])
    bids.append(["", "<b>Total awarded in 2023/24</b>", "", "", "", "", f"<b>{pounds(COMMITTED_2324)}</b>"])
    money = [
        ["Community Safety Fund 2023/24", ""],
        ["Commissioner's allocation", pounds(GRANT_2324)],
        ["Council contribution", pounds(COUNCIL_2324)],
        ["Serious Violence Duty (ring-fenced)", pounds(SVD_2324)],
        ["Brought forward from 2022/23", pounds(UNDERSPEND_2223)],
        ["Total available", pounds(AVAILABLE_2324)],
        ["Awarded", pounds(COMMITTED_2324)],
        ["Carried forward to 2024/25", pounds(UNDERSPEND_2324)],
    ]
    alloc = [["2024/25 allocation", ""]] + [[name, pounds(amount)] for name, amount in ALLOC_2425[:3]]
    t0, t1, t2 = CRIME_TOTALS
    return [
        p("Year at a glance", H2),
        p(kpounds(COMMITTED_2324), PULL),
        p("awarded from the Community Safety Fund", MARGIN_NOTE),
        p("6", PULL),
        p("meetings of the Partnership Board", MARGIN_NOTE),
        p("3", PULL),
        p("new priorities agreed for 2024 to 2027", MARGIN_NOTE),
        p("1", PULL),
        p("domestic homicide review commissioned", MARGIN_NOTE),
        FrameBreak(),
        Spacer(1, 2),
        p("Annual Report 2023/24", TITLE),
        p("April 2023 to March 2024 &#183; published 24 July 2024", SUBTITLE),
        notice(MAIN),
        _h(1),
        p(
            f"This is my first report as Chair; I took over from {CHAIR_2324} on 1 April 2024, when he "
            "became Chief Superintendent for the western area. He chaired the Board from May 2023, after "
            f"{CHAIR_2223} left the council, and steered us through a year of change."
        ),
        p(
            "In 2023/24 the Board commissioned its first strategic assessment for three years, chose three "
            "new priorities from it and rewrote its terms of reference. We funded more work against "
            "violence than ever before, helped by the new Serious Violence Duty money."
        ),
        p(
            "Not every decision was easy: we turned down bids that were for private security, and one "
            "charity had to hand back its grant when it lost its premises."
        ),
        p(f"<i>{CHAIR}, Chair of the Partnership Board</i>", NOTE),
        NextPageTemplate("portrait"),
        PageBreak(),
        _h(2),
        p(
            "The Board met six times in the year: 17 May, 19 July, 20 September and 22 November 2023, and 24 "
            "January and 20 March 2024. From April 2024 it meets quarterly."
        ),
        boxed(board, [150, 190, 150]),
        _h(3),
        p("Our priorities for 2021 to 2024, which guided this year's funding, were:"),
        *[p(f"{i}. {text}") for i, text in enumerate(PRIORITIES_2124, start=1)],
        p("From April 2024 our three priorities for 2024 to 2027 are:"),
        *[p(f"{i}. {text}") for i, text in enumerate(PRIORITIES_2427, start=1)],
        p(
            "The strategic assessment showed violence with injury and weapons offences rising fastest, and "
            "that the young people drawn into exploitation are often the same ones carrying knives, so the "
            "two are now one priority. Reducing reoffending is led by the county's Reducing Reoffending "
            "Board."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        _h(4),
        ledger(bids, [48, 150, 118, 48, 140, 170, LAND - 674], figs={3, 6}),
        NextPageTemplate("columns"),
        PageBreak(),
        _h(5),
        ledger(money, [COLUMN - 70, 70], figs={1}, total=True),
        Spacer(1, 4),
        p(
            "The Serious Violence Duty money was spent in full, on the Choices sessions and part of the "
            "A&amp;E youth navigator."
        ),
        _h(6),
        p(
            f"Our strategic assessment counted {t2:,} crimes in calendar year 2022, against {t1:,} in 2021 "
            f"and {t0:,} in 2020. Violence with injury and possession of weapons rose; burglary and "
            "anti-social behaviour fell."
        ),
        _h(7),
        p(
            f"In September 2023 the Board commissioned a domestic homicide review, known as Adult M, at a "
            f"cost of {pounds(DHR_COST)} for the independent chair and author. It will report in the autumn "
            "of 2024."
        ),
        FrameBreak(),
        _h(8),
        p(
            f"The council's contribution falls to {pounds(COUNCIL_2425)} in 2024/25, from "
            f"{pounds(COUNCIL_2324)}. The Commissioner's allocation and the Serious Violence Duty money are "
            "unchanged."
        ),
        p(
            "After the year end, on 17 April 2024, the Board approved the Millfield Youth Hub's late opening "
            f"at {pounds(HUB_AWARD)}, after the council's youth service agreed to meet the rest. It is paid "
            "from 2024/25 money."
        ),
        ledger(alloc, [COLUMN - 70, 70], figs={1}),
        Spacer(1, 4),
        p(
            "Under version 3 of our terms of reference the Funding and Performance Group can now decide bids "
            "of up to £12,000, and the Board meets four times a year."
        ),
        p("Contact", H2),
        p("Community Safety Team, Staithwick Council, Harbour House, Quay Street, Staithwick.", NOTE),
    ]
