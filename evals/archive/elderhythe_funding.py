"""Partnership T's funding papers: the Elderhythe Safer Communities Fund grants schedule for 2023-24 as at 2
October 2023 (a landscape schedule of every bid of the first round with header cells merged over "Asked"
and "Board decision", the sums as bare figures under a "£" head, the budget position and how the second
round runs, conditions of grant as a lettered list), catalogued as a `plan`; and the Urgent Decision
Record of 28 November 2023 taken jointly by the Chair and Vice-Chair between meetings (a typed form, which
the build scans to an image). The bids of 2023-24 live here for the minutes and reports to share."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import FICTIONAL, Meta
from evals.archive.elderhythe_layout import (
    FORM,
    FORM_BOLD,
    SMALL,
    Furniture,
    bare,
    caption,
    form,
    grid,
    guillemets,
    heading,
    key_table,
    lettered,
    note,
    notice,
    p,
    pounds,
    render_pages,
    title,
)
from evals.archive.names import ELDERHYTHE, ELDERHYTHE_BOARD, ELDERHYTHE_FUND, ELDERHYTHE_GROUP

TITLE_SCHEDULE = f"{ELDERHYTHE}: {ELDERHYTHE_FUND} grants schedule 2023-24, as at 2 October 2023"
TITLE_URGENT = f"{ELDERHYTHE}: Urgent Decision Record UDR 02/23-24"

# Outcome areas of the Partnership Plan 2022-25 (to March 2024)
OUTCOME_AREAS = (
    (
        "OA1",
        "Safer town centres",
        "reducing anti-social behaviour and night-time disorder in Elderhythe and Keddlesby",
    ),
    ("OA2", "Domestic abuse", "supporting victims and children and holding perpetrators to account"),
    (
        "OA3",
        "Exploitation and county lines",
        "protecting young and vulnerable people from criminal exploitation",
    ),
    ("OA4", "Reducing reoffending", "helping people leaving prison and on licence not to reoffend"),
)

# Strategic themes from 1 April 2024 (SIA 2023, R1; endorsed 23 January 2024)
THEMES = (
    ("Theme 1", "Violence against women and girls"),
    ("Theme 2", "Serious violence"),
    ("Theme 3", "Neighbourhood crime and anti-social behaviour, including retail crime"),
    ("Theme 4", "Drug-related harm and exploitation"),
)

# Income of 2023-24
GRANT_2324 = 56800
COUNCIL_2324 = 15000
BROUGHT_FORWARD_2324 = 7110
ANALYST_2324 = 9000
DHR_2324 = 3150
AVAILABLE_2324 = GRANT_2324 + COUNCIL_2324 + BROUGHT_FORWARD_2324

# Every bid of 2023-24: (ref, project, lead, outcome area, asked, first decision, first sum)
BIDS_2324 = (
    (
        "ESCF 23-01",
        "Independent Domestic Violence Adviser (IDVA) service",
        "Meadowlark Domestic Abuse Service",
        "OA2",
        21500,
        "Approved (commissioned service)",
        21500,
    ),
    (
        "ESCF 23-02",
        "Quaymouth Night Helpers",
        "Elderhythe Churches Fellowship",
        "OA1",
        6200,
        "Approved",
        6200,
    ),
    (
        "ESCF 23-03",
        "The Anchorage drop-in",
        "Meadowlark Domestic Abuse Service",
        "OA2",
        9800,
        "Deferred on 13 June 2023; approved on 19 September 2023 on revised costings",
        9200,
    ),
    (
        "ESCF 23-04",
        "Market Square CCTV upgrade",
        "Elderhythe District Council",
        "OA1",
        14500,
        "Declined: capital works",
        0,
    ),
    (
        "ESCF 23-05",
        "Gloves Up boxing diversion",
        "Keddlesby Amateur Boxing Club",
        "OA3",
        5200,
        "Approved at a reduced sum",
        4750,
    ),
    (
        "ESCF 23-06",
        "Safe Night Out licensed premises training",
        "Vennshire Police licensing team",
        "OA1",
        2300,
        "Approved",
        2300,
    ),
    (
        "ESCF 23-07",
        "Shopwatch radio scheme",
        "Elderhythe Business Improvement District",
        "OA1",
        3600,
        "Approved",
        3600,
    ),
    (
        "ESCF 23-08",
        "Edge Aware knife crime education in schools",
        "Bright Lines Youth Trust",
        "OA3",
        7400,
        "Approved",
        7400,
    ),
    (
        "ESCF 23-09",
        "Through-the-gate mentoring",
        "Steadfast Mentoring Vennshire",
        "OA4",
        9600,
        "Approved at a reduced sum",
        8000,
    ),
)
DECIDED = {
    "ESCF 23-01": "13/06/2023",
    "ESCF 23-02": "13/06/2023",
    "ESCF 23-03": "19/09/2023",
    "ESCF 23-04": "13/06/2023",
    "ESCF 23-05": "13/06/2023",
    "ESCF 23-06": "13/06/2023",
    "ESCF 23-07": "19/09/2023",
    "ESCF 23-08": "19/09/2023",
    "ESCF 23-09": "19/09/2023",
}
# Changes after the schedule: the urgent decision, the January variation, a bid of the second round
# declined, a small grant under the CSP Manager's delegation.
BOXING_INCREASE = (4750, 6100)
SHOPWATCH_VARIATION = (3600, 2950)
HALLOWEEN_BID = ("ESCF 23-10", "Halloween diversionary discos", "Keddlesby Town Council", "OA1", 1250)
SMALL_GRANT = (
    "ESCF 23-11",
    "Marshfield Neighbourhood Watch signs",
    "Marshfield Neighbourhood Watch",
    "OA1",
    640,
)

COMMITTED_AT_SCHEDULE = sum(b[6] for b in BIDS_2324)
SET_ASIDE = ANALYST_2324 + DHR_2324
UNCOMMITTED_AT_SCHEDULE = AVAILABLE_2324 - COMMITTED_AT_SCHEDULE - SET_ASIDE
UNCOMMITTED_AFTER_UDR = UNCOMMITTED_AT_SCHEDULE - (BOXING_INCREASE[1] - BOXING_INCREASE[0])


def final_awards_2324() -> list[tuple[str, str, str, str, int, int]]:
    """Every award of 2023-24 as it ended the year: (ref, project, lead, area, first sum, final sum)."""
    out = []
    for ref, name, lead, area, _, _, first in BIDS_2324:
        if not first:
            continue
        final = first
        if ref == "ESCF 23-05":
            final = BOXING_INCREASE[1]
        if ref == "ESCF 23-07":
            final = SHOPWATCH_VARIATION[1]
        out.append((ref, name, lead, area, first, final))
    ref, name, lead, area, amount = SMALL_GRANT
    out.append((ref, name, lead, area, amount, amount))
    return out


def carried_forward_2324() -> int:
    return AVAILABLE_2324 - sum(a[5] for a in final_awards_2324()) - SET_ASIDE


def write_schedule(path: Path) -> Path:
    furniture = Furniture("Grants schedule 2023-24", "ISSUED", "ECSP/ESCF/2324/SCH-2 · issued 2 Oct 2023")
    return render_pages(path, _schedule, Meta(TITLE_SCHEDULE, ELDERHYTHE), furniture)


def write_urgent_decision(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    furniture = Furniture("Urgent decision", "", "", plain=True)
    return render_pages(path, _urgent_decision, Meta(TITLE_URGENT, ELDERHYTHE), furniture)


def _schedule() -> list[Flowable]:
    budget = [
        ["Budget line 2023-24", "£"],
        ["Community Safety Grant, Vennshire Police and Crime Commissioner", bare(GRANT_2324)],
        ["Elderhythe District Council contribution", bare(COUNCIL_2324)],
        ["Brought forward from 2022-23", bare(BROUGHT_FORWARD_2324)],
        ["Fund available", bare(AVAILABLE_2324)],
    ]
    position = [
        ["Position at 2 October 2023", "£"],
        ["Fund available", bare(AVAILABLE_2324)],
        ["Committed to awards (schedule below)", bare(COMMITTED_AT_SCHEDULE)],
        ["Set aside: partnership analyst (share of the county unit)", bare(ANALYST_2324)],
        ["Set aside: domestic homicide review costs", bare(DHR_2324)],
        ["Uncommitted balance for the second round", bare(UNCOMMITTED_AT_SCHEDULE)],
    ]
    schedule = [
        ["Ref", "Project", "Lead organisation", "Outcome area", "Asked", "Board decision", "", ""],
        ["", "", "", "", "£", "Outcome", "Date", "£"],
    ]
    for ref, name, lead, area, asked, outcome, first in BIDS_2324:
        schedule.append(
            [ref, name, lead, area, bare(asked), outcome, DECIDED[ref], bare(first) if first else "–"]
        )
    schedule.append(
        ["", "Total committed at 2 October 2023", "", "", "", "", "", bare(COMMITTED_AT_SCHEDULE)]
    )
    return [
        *title(
            ELDERHYTHE_FUND,
            "Grants schedule 2023-24",
            f"As at 2 October 2023, after the {ELDERHYTHE_BOARD} of 19 September 2023",
        ),
        notice(),
        heading("1", "About this schedule"),
        p(
            f"The {ELDERHYTHE_FUND} (ESCF) pays for projects that serve the four outcome areas of the "
            "Partnership Plan 2022-25. This schedule lists every bid of the first round for 2023-24 and "
            "what the Strategic Board decided, and replaces the first issue of 16 June 2023. Sums are in "
            "whole pounds."
        ),
        key_table(
            [
                (
                    "Who recommends",
                    f"The {ELDERHYTHE_GROUP} (CGG) scores every bid against the outcome "
                    "areas and recommends a decision.",
                ),
                (
                    "Who decides",
                    "The Strategic Board decides every bid. The Chair and Vice-Chair may together "
                    "take an urgent decision of up to £4,000 between meetings, ratified at the next meeting. "
                    "The CSP Manager may award small grants of up to £1,000, reported to the next meeting.",
                ),
                (
                    "Outcome areas",
                    "OA1 Safer town centres · OA2 Domestic abuse · OA3 Exploitation and county "
                    "lines · OA4 Reducing reoffending",
                ),
            ]
        ),
        heading("2", "Budget"),
        grid(budget, [370, 110], figures=(1,), total=True),
        Spacer(1, 8),
        grid(position, [370, 110], figures=(1,), total=True),
        note("The position leaves out interest and any money returned by projects during the year."),
        NextPageTemplate("wide"),
        PageBreak(),
        heading("3", "Schedule of bids, first round 2023-24"),
        caption("Every bid of the first round and the Board's decision (sums in £)"),
        grid(
            schedule,
            [60, 150, 130, 48, 44, 184, 55, 56],
            figures=(4, 7),
            header_rows=2,
            spans=((0, 5, 7),),
            total=True,
        ),
        note(
            "ESCF 23-03 was deferred on 13 June 2023 for revised costings and approved on 19 September 2023. "
            "ESCF 23-05 asked for £5,200 and ESCF 23-09 for £9,600; the Board approved lower sums on the "
            "CGG's advice."
        ),
        NextPageTemplate("page"),
        PageBreak(),
        heading("4", "The second round"),
        guillemets(
            [
                "Opens on Monday 16 October 2023 and closes at noon on Friday 10 November 2023.",
                f"About {pounds(UNCOMMITTED_AT_SCHEDULE)} is uncommitted; bids of up to £2,500 are welcome.",
                "The CGG will score bids in November; the Board decides them on 23 January 2024.",
                "Bids for work that has already taken place, and for capital works, cannot be funded.",
            ]
        ),
        heading("5", "Conditions of grant"),
        lettered(
            [
                "The grant is spent only on the project described in the bid and by 31 March 2024.",
                "The lead organisation sends a monitoring return each quarter, by the 15th of the month "
                "after the quarter ends.",
                "Any sum unspent at 31 March 2024 is returned to the Fund.",
                "A change to the project or its cost needs the Board's agreement (a variation) before it "
                "is made.",
                "The Fund and the Police and Crime Commissioner are credited in any publicity.",
            ]
        ),
        p(
            "Contact: Philippa Dunmow, Community Safety Partnership Manager, Elderhythe District Council, "
            "Civic Centre, Quay Street, Elderhythe.",
            SMALL,
        ),
    ]


def _urgent_decision() -> list[Flowable]:
    return [
        p(FICTIONAL, SMALL),
        Spacer(1, 8),
        p(f"<b>{ELDERHYTHE.upper()}</b>", FORM_BOLD),
        p("URGENT DECISION RECORD", FORM_BOLD),
        p(
            "Under the Board's terms of reference the Chair and Vice-Chair together may take an urgent "
            "decision of up to £4,000 between meetings. It must be ratified at the next Board meeting.",
            FORM,
        ),
        Spacer(1, 8),
        form(
            [
                ("Record number", "UDR 02/23-24"),
                ("Date", "28.11.2023"),
                (
                    "Taken by",
                    "Cllr Eleanor Mabbott (Chair) and Ch Insp Tobias Garside (Vice-Chair)",
                ),
                ("Award", "ESCF 23-05 Gloves Up boxing diversion, Keddlesby Amateur Boxing Club"),
                ("Award as approved", "£4,750, Strategic Board, 13.06.2023"),
                (
                    "Decision",
                    "VARIED. The award is increased by £1,350 to £6,100, to pay for a winter block of "
                    "twelve Tuesday and Thursday evening sessions in Keddlesby North from 5 December 2023 to "
                    "14 March 2024.",
                ),
                (
                    "Reason for urgency",
                    "Anti-social behaviour reports in Keddlesby North rose by almost half in September and "
                    "October "
                    "2023 on the same months of 2022. The club can start in December only if funding is "
                    "agreed now; the Board next meets on 23.01.2024.",
                ),
                (
                    "Budget",
                    f"Uncommitted balance of the Fund 2023-24: {pounds(UNCOMMITTED_AT_SCHEDULE)} before this "
                    f"decision, {pounds(UNCOMMITTED_AFTER_UDR)} after it.",
                ),
                ("Consulted", "Philippa Dunmow, CSP Manager; Declan Morrow, OPCC"),
                ("Ratification", "To be reported to the Strategic Board on 23.01.2024 for ratification."),
            ]
        ),
        Spacer(1, 20),
        p("Signed  <i>E. Mabbott</i>   Chair   28.11.2023", FORM),
        p("Signed  <i>T. Garside</i>   Vice-Chair   28.11.2023", FORM),
    ]
