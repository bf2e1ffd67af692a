"""Partnership V's funding papers and the facts its documents share: the Partnership Projects Fund's Grant
Register 2024-25 and Funding Plan 2025-26 of 29th April 2025 (a landscape register of every bid of the
year with sums to the penny and dates as "21.05.24", the outturn, then the plan for 2025-26 by priority
and bidding round with a merged header, the council's contribution cut, and the timetable), catalogued as
a `plan`; and the Funding Sub-Group's decision sheet of 9th July 2024 (a ruled form, which the build
scans to an image). The people, priorities, awards and bids of 2023-24 to 2025-26 live here for the
minutes, reports and terms of reference to share."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import FICTIONAL, Meta
from evals.archive.names import WRENFOLD, WRENFOLD_BOARD, WRENFOLD_FUND
from evals.archive.wrenfold_layout import (
    FORM,
    FORM_B,
    SMALL,
    Furniture,
    bare,
    callout,
    caption,
    dotted,
    form,
    grid,
    heading,
    key_table,
    note,
    notice,
    ordinal,
    outcome_tint,
    p,
    pence,
    pounds,
    render_pages,
    slashed,
    squares,
    subheading,
    title,
    words,
)

TITLE_REGISTER = f"{WRENFOLD}: {WRENFOLD_FUND} Grant Register 2024-25 and Funding Plan 2025-26"
TITLE_SHEET = f"{WRENFOLD}: Funding Sub-Group decision sheet"

# People who appear in more than one document.
CHAIR_OLD = "Cllr Margaret Ashbury"
CHAIR_NEW = "Superintendent Tomasz Wilczek"
VICE_NEW = "Cllr Hamid Rashidi"
MANAGER = "Bethany Colclough"
ANALYST = "Rhys Attwater"
FIRE = "Group Manager Priya Dhaliwal"
PROBATION = "Colin Ashdown"
ICB_OLD = "Dr Naomi Fenwick"
ICB_NEW = "Olusegun Bakare"
COUNTY = "Andrea Whitlock"
OPCC = "Lewis Brennan"
YOUTH = "Sunita Chaudhry"
HARBOURLIGHT = "Joanne Ellery"
HOUSING = "Jason Trotter"
BID_MEMBER = "Mark Pennock"
COUNTY_NAME = "Brantshire"
POLICE = "Brantshire Police"
PCC = "Brantshire Police and Crime Commissioner"
COUNCIL = "Wrenfold District Council"
REOFFENDING_BOARD = "Brantshire Reducing Reoffending Board"

PRIORITIES_2324 = (
    "Anti-social behaviour and town centre safety",
    "Domestic abuse",
    "Drug-related harm and county lines",
    "Reducing reoffending",
)
PRIORITIES_2425 = (
    "Violence against women and girls, including domestic abuse",
    "Serious violence and knife crime",
    "Anti-social behaviour in the town centre and rural areas",
    "Drug-related harm",
)
PRIORITIES_2526 = (
    "Violence against women and girls, including domestic abuse",
    "Serious violence and knife crime",
    "Anti-social behaviour in the town centre and rural areas",
    "Drug and alcohol-related harm",
    "Retail and business crime",
)

# 2023-24: (ref, project, lead, priority number, PCC grant, council contribution)
AWARDS_2324 = (
    ("PPF/23/01", "Town Centre Guardians", "Wrenfold Business Improvement District", 1, 12000, 4000),
    ("PPF/23/02", "Hatherby detached youth work", "Kite Youth Trust", 1, 7500, 0),
    (
        "PPF/23/03",
        "Independent Domestic Violence Adviser (0.5 FTE)",
        "Harbourlight Domestic Abuse Service",
        2,
        18000,
        3000,
    ),
    (
        "PPF/23/04",
        "Ask for Angela refresher training for bar staff",
        "Wrenfold District Council Licensing",
        2,
        1250,
        0,
    ),
    ("PPF/23/05", "Not For Sale county lines drama in schools", "Fresh Lens Theatre Company", 3, 5400, 0),
    ("PPF/23/06", "Naloxone kits and peer training", "Anchor Point Recovery Service", 3, 3200, 0),
    ("PPF/23/07", "Second Chances through-the-gate mentoring", "Second Chances Wrenfold", 4, 9800, 2000),
)
GRANT_2324, COUNCIL_2324, BROUGHT_2324, ANALYST_SHARE, DHR_2324 = 68500, 15000, 3280, 8000, 5000
AVAILABLE_2324 = GRANT_2324 + COUNCIL_2324 + BROUGHT_2324
AWARDED_2324 = sum(a[4] + a[5] for a in AWARDS_2324)
CARRIED_2324 = AVAILABLE_2324 - AWARDED_2324 - ANALYST_SHARE - DHR_2324

# 2024-25: every bid (ref, project, lead, priority number of 2024-25, asked)
BIDS_2425 = (
    ("PPF/24/01", "Wrenfold IDVA and ISVA service", "Harbourlight Domestic Abuse Service", 1, 24000),
    ("PPF/24/02", "Town Centre Guardians 2024-25", "Wrenfold Business Improvement District", 3, 16500),
    ("PPF/24/03", "Blades Down knife crime education programme", "Fresh Lens Theatre Company", 2, 12800),
    ("PPF/24/04", "Castle Fields CCTV upgrade", "Wrenfold Town Council", 3, 22000),
    ("PPF/24/05", "Pellow Green detached youth work", "Kite Youth Trust", 3, 7800),
    ("PPF/24/06", "Safe Home target hardening for domestic abuse victims", "Wrenvale Homes", 1, 4600),
    ("PPF/24/07", "Naloxone Plus", "Anchor Point Recovery Service", 4, 3900),
    ("PPF/24/08", "Rural Watch signage", "Lindon Marsh Parish Council", 3, 2400),
    ("PPF/24/09", "Bleed kits and emergency first aid for young people", "StreetMedics Brantshire", 2, 2750),
    ("PPF/24/10", "Hatherby Halloween diversion event", "Hatherby Community Association", 3, 850),
    ("PPF/24/11", "Business Radio Link scheme", "Wrenfold Business Crime Partnership", 3, 6200),
)
BID = {b[0]: b for b in BIDS_2425}
MAY_2024 = {"PPF/24/01": 24000, "PPF/24/02": 14000, "PPF/24/03": 0, "PPF/24/04": 0}
JULY_2024 = {"PPF/24/05": 7800, "PPF/24/06": 4600, "PPF/24/07": 3000, "PPF/24/08": 0, "PPF/24/09": 2750}
BLADES_DOWN = 10500  # PPF/24/03, deferred 21 May 2024, approved 24 September 2024
VRP_MATCH = 2300  # the Brantshire Violence Reduction Partnership's share of Blades Down
SAFE_HOME = (4600, 6100)  # PPF/24/06, increased 24 September 2024
HALLOWEEN = 850  # PPF/24/10, delegated decision 14 October 2024, noted 28 January 2025
GUARDIANS = (14000, 11250)  # PPF/24/02, varied 28 January 2025
GRANT_2425, COUNCIL_2425, DHR_2425 = 66000, 15000, 2600
AVAILABLE_2425 = GRANT_2425 + COUNCIL_2425 + CARRIED_2324
JULY_TOTAL = sum(JULY_2024.values())


def first_sums() -> dict[str, int]:
    """What each bid was first awarded (0: declined or not approved)."""
    return {**MAY_2024, **JULY_2024, "PPF/24/03": BLADES_DOWN, "PPF/24/10": HALLOWEEN, "PPF/24/11": 0}


def final_sums() -> dict[str, int]:
    return {**first_sums(), "PPF/24/06": SAFE_HOME[1], "PPF/24/02": GUARDIANS[1]}


AWARDED_2425 = sum(final_sums().values())
CARRIED_2425 = AVAILABLE_2425 - AWARDED_2425 - ANALYST_SHARE - DHR_2425
COMMITTED_SEPTEMBER = sum(MAY_2024.values()) + JULY_TOTAL + BLADES_DOWN + SAFE_HOME[1] - SAFE_HOME[0]

# 2025-26 plan: (envelope, agreed in principle, round 1, round 2)
GRANT_2526, COUNCIL_2526, DHR_2526 = 66000, 12000, 5000
AVAILABLE_2526 = GRANT_2526 + COUNCIL_2526 + CARRIED_2425
PLAN_2526 = (
    ("1. Violence against women and girls, including domestic abuse", 24000, 3000, 3000),
    ("2. Serious violence and knife crime", 0, 6000, 6000),
    ("3. Anti-social behaviour in the town centre and rural areas", 0, 10000, 6000),
    ("4. Drug and alcohol-related harm", 0, 3000, 3000),
    ("5. Retail and business crime", 0, 5000, 2500),
)
PLANNED_2526 = sum(a + b + c for _, a, b, c in PLAN_2526) + ANALYST_SHARE + DHR_2526
CONTINGENCY_2526 = AVAILABLE_2526 - PLANNED_2526

# How each 2024-25 bid was decided: (date, who decided, outcome word)
DECIDED = {
    "PPF/24/01": ("2024-05-21", "Board", "Approved"),
    "PPF/24/02": ("2024-05-21", "Board", "Approved (reduced)"),
    "PPF/24/03": ("2024-09-24", "Board", "Approved (reduced)"),
    "PPF/24/04": ("2024-05-21", "Board", "Declined"),
    "PPF/24/05": ("2024-07-09", "Funding Sub-Group", "Approved"),
    "PPF/24/06": ("2024-07-09", "Funding Sub-Group", "Approved"),
    "PPF/24/07": ("2024-07-09", "Funding Sub-Group", "Approved (reduced)"),
    "PPF/24/08": ("2024-07-09", "Funding Sub-Group", "Declined"),
    "PPF/24/09": ("2024-07-09", "Funding Sub-Group", "Approved"),
    "PPF/24/10": ("2024-10-14", "CSP Manager (delegated)", "Approved"),
    "PPF/24/11": ("2025-01-28", "Board", "Not approved"),
}
REVISED = {"PPF/24/06": "Increased 24.09.24", "PPF/24/02": "Varied 28.01.25"}


def write_register(path: Path) -> Path:
    furniture = Furniture("PPF Grant Register 2024-25 and Funding Plan 2025-26")
    return render_pages(path, _register, Meta(TITLE_REGISTER, WRENFOLD), furniture, first="landscape")


def write_sheet(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    return render_pages(path, _sheet, Meta(TITLE_SHEET, WRENFOLD), Furniture("", plain=True))


def _register_rows() -> tuple[list[list[str]], list[tuple[int, int, object]]]:
    rows = [
        [
            "Ref",
            "Project",
            "Lead organisation",
            "Priority",
            "Requested",
            "Decided",
            "Decided by",
            "Outcome",
            "Awarded",
            "Revision",
            "Final award",
        ]
    ]
    tints = []
    first, final = first_sums(), final_sums()
    for r, (ref, name, lead, priority, asked) in enumerate(BIDS_2425):
        date, who, outcome = DECIDED[ref]
        rows.append(
            [
                ref,
                name,
                lead,
                f"P{priority}",
                pence(asked),
                dotted(date),
                who,
                outcome,
                pence(first[ref]) if first[ref] else "-",
                REVISED.get(ref, ""),
                pence(final[ref]) if final[ref] else "-",
            ]
        )
        tints.append((r, 7, outcome_tint(outcome)))
    rows.append(
        [
            "Total",
            f"{len(BIDS_2425)} bids",
            "",
            "",
            pence(sum(b[4] for b in BIDS_2425)),
            "",
            "",
            "",
            pence(sum(first.values())),
            "",
            pence(AWARDED_2425),
        ]
    )
    return rows, tints


def _register() -> list[Flowable]:
    rows, tints = _register_rows()
    outturn = [
        ["2024-25", "£"],
        [f"Community Safety Grant, {PCC}", bare(GRANT_2425)],
        [f"{COUNCIL} contribution", bare(COUNCIL_2425)],
        ["Carried forward from 2023-24", bare(CARRIED_2324)],
        ["Total available", bare(AVAILABLE_2425)],
        ["Grants awarded (final, table 1)", bare(AWARDED_2425)],
        ["Brantshire Community Safety Analytical Team contribution", bare(ANALYST_SHARE)],
        ["Domestic homicide review costs (DHR Rose, completed)", bare(DHR_2425)],
        ["Carried forward to 2025-26", bare(CARRIED_2425)],
    ]
    plan = [["Priority", "Agreed in principle", "Round 1", "Round 2", "Total"]]
    for name, agreed, one, two in PLAN_2526:
        plan.append([name, bare(agreed) if agreed else "-", bare(one), bare(two), bare(agreed + one + two)])
    plan += [
        ["Analytical Team contribution", "-", "-", "-", bare(ANALYST_SHARE)],
        ["Domestic homicide review reserve", "-", "-", "-", bare(DHR_2526)],
        ["Contingency (unallocated)", "-", "-", "-", bare(CONTINGENCY_2526)],
        [
            "Total",
            bare(sum(a for _, a, _, _ in PLAN_2526)),
            bare(sum(b for _, _, b, _ in PLAN_2526)),
            bare(sum(c for _, _, _, c in PLAN_2526)),
            bare(AVAILABLE_2526),
        ],
    ]
    income = [
        ["Income", "2024-25 (£)", "2025-26 (£)", "Change (£)"],
        [f"Community Safety Grant, {PCC}", bare(GRANT_2425), bare(GRANT_2526), "0"],
        [f"{COUNCIL} contribution", bare(COUNCIL_2425), bare(COUNCIL_2526),
         bare(COUNCIL_2526 - COUNCIL_2425)],
        ["Carried forward from the year before", bare(CARRIED_2324), bare(CARRIED_2425),
         f"+{bare(CARRIED_2425 - CARRIED_2324)}"],
        ["Total available", bare(AVAILABLE_2425), bare(AVAILABLE_2526),
         f"+{bare(AVAILABLE_2526 - AVAILABLE_2425)}"],
    ]  # fmt: skip
    return [
        *title(
            f"{WRENFOLD_FUND}: Grant Register 2024-25 and Funding Plan 2025-26",
            f"{WRENFOLD} · prepared by the Community Safety Manager · {ordinal('2025-04-29')}",
        ),
        notice(),
        p(
            f"Part 1 lists every bid to the {WRENFOLD_FUND} (PPF) decided in 2024-25, who decided it and "
            "when, and any later change to the sum. Part 2 is the funding plan for 2025-26 agreed in "
            f"principle by the {WRENFOLD_BOARD} on {ordinal('2025-01-28')}. Sums are in pounds sterling; "
            "dates are written day.month.year."
        ),
        callout(
            "2024-25 at a glance",
            [
                f"Bids decided: {len(BIDS_2425)}, asking for {pounds(sum(b[4] for b in BIDS_2425))} in all.",
                f"Approved: {sum(1 for v in final_sums().values() if v)}; declined or not approved: "
                f"{sum(1 for v in final_sums().values() if not v)}.",
                f"Awarded after every change: {pounds(AWARDED_2425)}; carried forward to 2025-26: "
                f"{pounds(CARRIED_2425)}.",
            ],
            360,
        ),
        PageBreak(),
        *heading("Part 1", "Grant register 2024-25"),
        caption("Table 1: Bids decided in 2024-25, as at 31.03.25"),
        grid(
            rows,
            [48, 114, 98, 44, 64, 42, 70, 60, 58, 60, 62],
            figures=(4, 8, 10),
            groups=[("Bid", 0, 4), ("Decision", 5, 8), ("Changes", 9, 10)],
            total=True,
            tints=tints,
        ),
        note(
            "Priorities 2024-25: P1 violence against women and girls, including domestic abuse; P2 serious "
            "violence and knife crime; P3 anti-social behaviour in the town centre and rural areas; P4 "
            "drug-related harm. PPF/24/03 was deferred on 21.05.24 pending costings. PPF/24/02 was "
            f"varied from {pounds(GUARDIANS[0])} to {pounds(GUARDIANS[1])} because the patrols started "
            f"late; {pounds(GUARDIANS[0] - GUARDIANS[1])} returned to the fund."
        ),
        PageBreak(),
        *heading("Part 1", "Outturn 2024-25"),
        caption("Table 2: Money available and spent, 2024-25"),
        grid(outturn, [420, 90], figures=(1,), total=True),
        p(
            f"Every grant of 2024-25 made its final return by {ordinal('2025-04-25')}. The "
            f"{pounds(CARRIED_2425)} carried forward includes the {pounds(GUARDIANS[0] - GUARDIANS[1])} "
            "returned by Town Centre Guardians.",
            SMALL,
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        *heading("Part 2", "Funding plan 2025-26"),
        subheading("2.1", "Income"),
        grid(income, [245, 76, 76, 80], figures=(1, 2, 3), total=True),
        note(
            f"The {COUNCIL} cut its contribution by {pounds(COUNCIL_2425 - COUNCIL_2526)} in its budget of "
            f"{ordinal('2025-02-19')}. The Commissioner's grant is unchanged."
        ),
        subheading("2.2", "Allocations by priority"),
        caption("Table 3: Planned allocations 2025-26 (£)"),
        grid(
            plan,
            [205, 72, 60, 60, 80],
            figures=(1, 2, 3, 4),
            groups=[("Bidding rounds", 2, 3)],
            total=True,
        ),
        note(
            "Agreed in principle on 28.01.25: the Wrenfold IDVA and ISVA service, Harbourlight Domestic "
            f"Abuse Service, {pounds(24000)}, to continue for 2025-26, subject to its year-end return."
        ),
        subheading("2.3", "Timetable"),
        key_table(
            [
                ("Round 1 opens", ordinal("2025-04-01")),
                ("Round 1 closes", f"5pm, {ordinal('2025-05-30')}"),
                (
                    "Round 1 decisions",
                    f"Funding Sub-Group {ordinal('2025-07-08')}; Board "
                    f"{ordinal('2025-07-22')} for bids over £10,000",
                ),
                ("Round 2 opens", ordinal("2025-09-01")),
                ("Round 2 closes", f"5pm, {ordinal('2025-10-31')}"),
                ("Small grants", "up to £1,000 at any time, decided by the Community Safety Manager"),
            ]
        ),
        subheading("2.4", "What the fund will not pay for"),
        squares(
            [
                "capital works, including CCTV cameras, signage, fencing and lighting;",
                "work that has already taken place, or that a statutory body is already required to fund;",
                "bids for reducing reoffending, which the Brantshire Reducing Reoffending Board funds.",
            ]
        ),
        p(
            f"Contact: {MANAGER}, Community Safety Manager, {COUNCIL}, Civic Centre, Market Street, "
            "Wrenfold.",
            SMALL,
        ),
    ]


def _sheet() -> list[Flowable]:
    rows = [["Ref", "Applicant and project", "Asked", "Decision", "Awarded"]]
    for ref in JULY_2024:
        _, name, lead, _, asked = BID[ref]
        awarded = JULY_2024[ref]
        if not awarded:
            decision = "Declined"
        elif awarded < asked:
            decision = "Approved at a reduced sum"
        else:
            decision = "Approved"
        rows.append([ref, f"{lead}: {name}", pounds(asked), decision, pounds(awarded) if awarded else "nil"])
    return [
        p(FICTIONAL, SMALL),
        Spacer(1, 6),
        p(f"{WRENFOLD.upper()}", FORM_B),
        p(f"{WRENFOLD_FUND.upper()} - FUNDING SUB-GROUP", FORM_B),
        p("DECISION SHEET", FORM_B),
        Spacer(1, 6),
        form(
            [
                ("Date of meeting", f"{slashed('2024-07-09')} (Tuesday), 10.00am, Room 4, Civic Centre"),
                ("Chair", f"{FIRE}, Brantshire Fire and Rescue Service"),
                (
                    "Members present",
                    f"{FIRE}; {PROBATION} (Probation Service); {YOUTH} (Youth Justice "
                    f"Service); {HOUSING} (Wrenvale Homes)",
                ),
                ("Officer", f"{MANAGER}, Community Safety Manager (non-voting)"),
                ("Quorum", "Three voting members: quorate for every decision"),
                (
                    "Interests",
                    f"{HOUSING} declared an interest in PPF/24/06 (Wrenvale Homes) and took no "
                    "part in that decision.",
                ),
            ],
            [120, 355],
        ),
        Spacer(1, 10),
        p("Bids of up to £10,000 considered under the delegation in the Terms of Reference:", FORM),
        form(rows, [66, 196, 56, 97, 60], header=True),
        Spacer(1, 8),
        p("Reasons", FORM_B),
        p(
            "PPF/24/07: the training element (£900) is to be met by the Brantshire and Ridings Integrated "
            "Care Board; the kits are funded in full.",
            FORM,
        ),
        p(
            "PPF/24/08: signage is capital spending, which the fund does not support, and no evidence of "
            "need was supplied. The parish council may apply to the District Council's rural grants.",
            FORM,
        ),
        Spacer(1, 6),
        p(
            f"Total awarded at this meeting: {pounds(JULY_TOTAL)} ({words(JULY_TOTAL)}). To be reported to "
            f"the Board on {slashed('2024-09-24')}.",
            FORM_B,
        ),
        Spacer(1, 22),
        p(f"Signed: <i>P. Dhaliwal</i>      Chair, Funding Sub-Group      {slashed('2024-07-09')}", FORM),
        p(f"Recorded by: <i>B. Colclough</i>      {slashed('2024-07-10')}", FORM),
    ]
