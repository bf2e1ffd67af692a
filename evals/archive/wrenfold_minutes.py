"""Partnership V's Board minutes in three styles: the annual meeting of Tuesday 21st May 2024 set as a table
of items ("AM/24/7") with the discussion beside an outcome column of tinted words (AGREED, DEFERRED,
DECLINED) and an actions table; narrative minutes of 24th September 2024 ("Minute 34") with decisions as
"It was RESOLVED that" and ACTION lines; and a record of decisions and actions of 28th January 2025
(decisions D1/25 to D8/25 in a table, those present as initials with a key, actions owned by initials).
Between them: a change of chair and vice-chair, priorities adopted for 2024-25 and widened for 2025-26,
terms of reference with a raised threshold, a bid approved below the sum asked and later varied down, a
bid deferred then approved below the sum asked, a capital bid declined, an award increased, a
sub-group's decisions noted, a delegated decision noted, a bid not approved, a member replaced and one
co-opted."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer

from evals.archive.common import Meta
from evals.archive.names import WRENFOLD, WRENFOLD_BOARD, WRENFOLD_FUND
from evals.archive.wrenfold_funding import (
    ANALYST,
    ANALYST_SHARE,
    AVAILABLE_2425,
    AWARDED_2324,
    BID,
    BID_MEMBER,
    BLADES_DOWN,
    CARRIED_2324,
    CHAIR_NEW,
    CHAIR_OLD,
    COUNCIL,
    COUNCIL_2425,
    COUNCIL_2526,
    COUNTY,
    DHR_2425,
    FIRE,
    GUARDIANS,
    HALLOWEEN,
    HARBOURLIGHT,
    HOUSING,
    ICB_NEW,
    ICB_OLD,
    JULY_2024,
    JULY_TOTAL,
    MANAGER,
    MAY_2024,
    OPCC,
    PRIORITIES_2425,
    PRIORITIES_2526,
    PROBATION,
    REOFFENDING_BOARD,
    SAFE_HOME,
    VICE_NEW,
    VRP_MATCH,
    YOUTH,
)
from evals.archive.wrenfold_layout import (
    CELL,
    SMALL,
    Furniture,
    caption,
    dotted,
    grid,
    heading,
    long_date,
    notice,
    ordinal,
    outcome_tint,
    p,
    pounds,
    render_pages,
    subheading,
    title,
)

TITLE_MAY = f"{WRENFOLD_BOARD}: minutes of the annual meeting, 21 May 2024"
TITLE_SEPTEMBER = f"{WRENFOLD_BOARD} minutes, 24 September 2024"
TITLE_JANUARY = f"{WRENFOLD_BOARD}: record of decisions and actions, 28 January 2025"
COUNTY_SUBSTITUTE = "Graham Tulley"
MINUTER = "Leanne Fairbrother"
SHOPLIFTING_2024 = 842  # calendar year 2024, reported 28 January 2025 (706 in 2023)
COMMITTED_SEPTEMBER = (
    sum(MAY_2024.values()) + JULY_TOTAL + BLADES_DOWN + (SAFE_HOME[1] - SAFE_HOME[0])
)  # fmt: skip
UNCOMMITTED_SEPTEMBER = AVAILABLE_2425 - COMMITTED_SEPTEMBER - ANALYST_SHARE - DHR_2425


def write_minutes_may(path: Path) -> Path:
    furniture = Furniture("WCSP Board · annual meeting · 21.05.24 · minutes", counted=True)
    return render_pages(path, _minutes_may, Meta(TITLE_MAY, WRENFOLD), furniture)


def write_minutes_september(path: Path) -> Path:
    furniture = Furniture("WCSP Board · 24.09.24 · minutes (approved 26.11.24)", counted=True)
    return render_pages(path, _minutes_september, Meta(TITLE_SEPTEMBER, WRENFOLD), furniture)


def write_record_january(path: Path) -> Path:
    furniture = Furniture("WCSP Board · 28.01.25 · record of decisions and actions", counted=True)
    return render_pages(path, _record_january, Meta(TITLE_JANUARY, WRENFOLD), furniture)


def _bid(ref: str) -> str:
    _, name, lead, _, asked = BID[ref]
    return f"<b>{ref} {name}</b> ({lead}), {pounds(asked)} requested"


def _items(rows: list[list[str]]) -> Flowable:
    """The annual meeting's items: item, discussion, outcome (its first word tinted)."""
    tints = [(r, 2, outcome_tint(row[2])) for r, row in enumerate(rows[1:]) if not row[2].startswith("(")]
    return grid(rows, [50, 307, 120], tints=tints, first_bold=True)


def _minutes_may() -> list[Flowable]:
    present = [
        ["Name", "Organisation", "Role"],
        [CHAIR_OLD, COUNCIL, "Chair (item AM/24/1)"],
        [CHAIR_NEW, "Brantshire Police", "Vice-Chair; Chair from item AM/24/2"],
        [VICE_NEW, COUNCIL, "Member"],
        [FIRE, "Brantshire Fire and Rescue Service", "Member"],
        [PROBATION, "Probation Service (Brantshire)", "Member"],
        [ICB_OLD, "Brantshire and Ridings Integrated Care Board", "Member"],
        [COUNTY_SUBSTITUTE, "Brantshire County Council", f"Substitute for {COUNTY}"],
        [HARBOURLIGHT, "Harbourlight Domestic Abuse Service", "Co-opted member"],
        [HOUSING, "Wrenvale Homes", "Co-opted member"],
        [OPCC, "Office of the Police and Crime Commissioner", "Adviser"],
    ]
    items = [
        ["Item", "Discussion", "Outcome"],
        [
            "AM/24/1",
            f"<b>Election of Chair 2024-25.</b> {CHAIR_OLD}, in the chair, said she was stepping down from "
            "the Board after the change of portfolio holder at the District Council in May, and thanked "
            f"members for their support over two years. {CHAIR_NEW} was nominated by Group Manager Dhaliwal "
            "and seconded by Colin Ashdown; there were no other nominations.",
            f"AGREED: {CHAIR_NEW} elected Chair for 2024-25. He took the chair.",
        ],
        [
            "AM/24/2",
            f"<b>Election of Vice-Chair 2024-25.</b> {VICE_NEW}, the District Council's new Cabinet Member "
            "for Communities and Safety, was nominated by the Chair.",
            f"AGREED: {VICE_NEW} elected Vice-Chair for 2024-25.",
        ],
        [
            "AM/24/3",
            f"<b>Apologies and declarations of interest.</b> Apologies from {COUNTY} ({COUNTY_SUBSTITUTE} "
            f"substituting) and {YOUTH}. {HARBOURLIGHT} declared an interest in bid PPF/24/01 and left the "
            "room for that decision. The meeting was quorate.",
            "NOTED",
        ],
        [
            "AM/24/4",
            f"<b>Minutes of {ordinal('2024-03-19')}.</b> No matters arising that are not on the agenda.",
            "AGREED as a correct record.",
        ],
        [
            "AM/24/5",
            f"<b>Partnership Strategic Assessment 2024.</b> {ANALYST} (Brantshire Community Safety "
            "Analytical Team) presented the assessment: crime up 5.8% in 2023, shoplifting up by almost a "
            "third, knife crime at a five-year high, ASB down but more concentrated in the town centre. "
            "Members asked that rural ASB be kept in view. The Board considered recommendations R1 to R6.",
            "AGREED: the priorities for 2024-25 are (1) "
            + "; (2) ".join(PRIORITIES_2425[:2])
            + f"; (3) {PRIORITIES_2425[2]}; (4) {PRIORITIES_2425[3]}. Reducing reoffending passes to the "
            f"{REOFFENDING_BOARD}.",
        ],
        [
            "AM/24/6",
            "<b>Terms of Reference 2024.</b> The Community Safety Manager presented version 3. The quorum "
            "becomes five members from at least three responsible authorities, and the Funding Sub-Group "
            f"may now decide bids of up to {pounds(10000)} (previously {pounds(5000)}).",
            "AGREED: Terms of Reference version 3 adopted.",
        ],
        [
            "AM/24/7",
            f"<b>{WRENFOLD_FUND} 2024-25: bids over {pounds(10000)}.</b> (a) {_bid('PPF/24/01')}. "
            f"(b) {_bid('PPF/24/02')}: members supported patrols on Thursday, Friday and Saturday nights "
            f"but not Sundays. (c) {_bid('PPF/24/03')}: costings unclear and match funding from the "
            "Brantshire Violence Reduction Partnership not yet confirmed. (d) "
            f"{_bid('PPF/24/04')}: cameras are capital works, which the fund does not support.",
            f"(a) AGREED: {pounds(MAY_2024['PPF/24/01'])}. (b) AGREED at {pounds(MAY_2024['PPF/24/02'])}. "
            "(c) DEFERRED to the September meeting pending revised costings. (d) DECLINED; the Town "
            "Council is referred to the District Council's capital programme.",
        ],
        [
            "AM/24/8",
            f"<b>Outturn 2023-24.</b> {pounds(AWARDED_2324)} was awarded to seven projects in 2023-24.",
            f"NOTED: {pounds(CARRIED_2324)} carried forward to 2024-25.",
        ],
        [
            "AM/24/9",
            "<b>Dates of meetings 2024-25.</b> All at 2.00pm at the Civic Centre unless stated.",
            f"AGREED: {ordinal('2024-09-24')} (10.00am, Hatherby Community Fire Station), "
            f"{ordinal('2024-11-26')}, {ordinal('2025-01-28')}, {ordinal('2025-03-25')}; annual meeting "
            f"{ordinal('2025-05-20')}.",
        ],
    ]
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["A1", "Write to every applicant with the Board's decision", MANAGER, dotted("2024-05-31"), "Done"],
        ["A2", "Publish Terms of Reference version 3 on the council website", MANAGER, dotted("2024-06-14"),
         "Done"],
        ["A3", "Obtain revised costings for Blades Down and confirm the Violence Reduction Partnership's "
         "match funding", MANAGER, dotted("2024-09-06"), "Open"],
        ["A4", "Send the Town Council the details of the capital programme", VICE_NEW, dotted("2024-06-28"),
         "Open"],
        ["A5", "Bring a rural ASB profile for Lindon Marsh and Thornby and Ashcombe", "Inspector Dean Harker",
         dotted("2024-11-26"), "Open"],
    ]  # fmt: skip
    return [
        *title(
            f"{WRENFOLD_BOARD}",
            f"Annual meeting · {long_date('2024-05-21')}, 2.00pm to 4.10pm · Committee Room 2, Wrenfold "
            "Civic Centre",
        ),
        notice(),
        subheading("", "Present"),
        grid(present, [150, 195, 132]),
        p(
            f"In attendance: {MANAGER} (Community Safety Manager); {ANALYST} (item AM/24/5); {MINUTER} "
            "(Democratic Services, minutes).",
            SMALL,
        ),
        subheading("", "Minutes"),
        _items(items),
        caption("Actions arising"),
        grid(actions, [30, 245, 100, 52, 50]),
        Spacer(1, 10),
        p(f"Signed as a correct record: {CHAIR_NEW}, Chair, {ordinal('2024-09-24')}.", SMALL),
    ]


def _minute(number: int, heading_text: str, *body: Flowable) -> list[Flowable]:
    return [subheading(f"Minute {number}", heading_text), *body]


def _action(text: str, owner: str) -> Flowable:
    return p(f"<b>ACTION:</b> {text} <b>[{owner}]</b>", CELL)


def _minutes_september() -> list[Flowable]:
    present = (
        f"{CHAIR_NEW} (Chair, Brantshire Police); {VICE_NEW} (Vice-Chair, {COUNCIL}); {COUNTY} "
        f"(Brantshire County Council); {FIRE} (Brantshire Fire and Rescue Service); {ICB_NEW} (Brantshire "
        f"and Ridings Integrated Care Board); {YOUTH} (Wrenfold Youth Justice Service); {HARBOURLIGHT} "
        f"(Harbourlight Domestic Abuse Service); {HOUSING} (Wrenvale Homes); {OPCC} (OPCC, adviser)."
    )
    _, blades, blades_lead, _, blades_asked = BID["PPF/24/03"]
    return [
        *title(
            "Minutes",
            f"of the meeting of the {WRENFOLD_BOARD} held on {long_date('2024-09-24')} at 10.00am at "
            "Hatherby Community Fire Station",
        ),
        notice(),
        p(f"<b>Present:</b> {present}"),
        p(f"<b>Officers:</b> {MANAGER}, Community Safety Manager; {MINUTER}, Democratic Services."),
        p(f"<b>Apologies:</b> {PROBATION} (Probation Service)."),
        *heading("", "Part 1: Business of the meeting"),
        *_minute(
            31,
            "Welcome and membership",
            p(
                f"The Chair welcomed {ICB_NEW}, Head of Safeguarding, who replaces {ICB_OLD} as the "
                "Integrated Care Board's member from this meeting. The Board thanked Dr Fenwick, who has "
                "retired, for six years' service. No interests were declared other than at Minute 35."
            ),
        ),
        *_minute(
            32,
            f"Minutes of the annual meeting of {ordinal('2024-05-21')}",
            p(
                "The minutes were approved as a correct record. Matters arising: action A3 (Blades Down "
                "costings) is complete and is taken at Minute 34; action A4 remains open."
            ),
        ),
        *_minute(
            33,
            f"Funding Sub-Group decisions of {ordinal('2024-07-09')}",
            p(
                f"The Board received the Sub-Group's decision sheet. Five bids of up to {pounds(10000)} "
                f"were considered; four were approved, totalling {pounds(JULY_TOTAL)}, and PPF/24/08 Rural "
                "Watch signage (Lindon Marsh Parish Council) was declined as capital spending. Naloxone "
                f"Plus received {pounds(JULY_2024['PPF/24/07'])} of the {pounds(BID['PPF/24/07'][4])} "
                "asked."
            ),
            p("It was RESOLVED that the Funding Sub-Group's decisions of 9th July 2024 be noted."),
        ),
        *_minute(
            34,
            f"PPF/24/03 {blades} (deferred on {ordinal('2024-05-21')})",
            p(
                f"{blades_lead} submitted revised costings for delivery in eight secondary schools between "
                "January and March 2025. The Brantshire Violence Reduction Partnership has confirmed a "
                f"contribution of {pounds(VRP_MATCH)}."
            ),
            p(
                f"It was RESOLVED that {pounds(BLADES_DOWN)} be awarded to {blades_lead} for {blades} "
                f"(the bid had asked for {pounds(blades_asked)})."
            ),
            _action("Issue the grant agreement for Blades Down.", "BC"),
        ),
        *_minute(
            35,
            "PPF/24/06 Safe Home: request for more money",
            p(
                f"{HOUSING} declared an interest as an officer of Wrenvale Homes and left the room. The "
                "Community Safety Manager reported that 31 households had been referred to Safe Home in its "
                "first ten weeks, against 20 expected for the whole year, and that the grant would run out "
                "in October."
            ),
            p(
                "It was RESOLVED that the award to Wrenvale Homes for Safe Home target hardening be "
                f"increased from {pounds(SAFE_HOME[0])} to {pounds(SAFE_HOME[1])}."
            ),
        ),
        *_minute(
            36,
            "Budget monitoring 2024-25",
            p(
                f"Money available in 2024-25 is {pounds(AVAILABLE_2425)}. After today's decisions "
                f"{pounds(COMMITTED_SEPTEMBER)} is committed to grants, with {pounds(ANALYST_SHARE)} for the "
                f"Analytical Team and {pounds(DHR_2425)} set aside to complete DHR Rose, leaving "
                f"{pounds(UNCOMMITTED_SEPTEMBER)} uncommitted."
            ),
            p("It was RESOLVED that the budget position be noted."),
        ),
        *_minute(
            37,
            "Violence Against Women and Girls Delivery Group",
            p(
                f"{HARBOURLIGHT} reported 148 referrals to the IDVA and ISVA service in its first quarter. "
                "The District Council gained White Ribbon accreditation in August 2024."
            ),
        ),
        *_minute(
            38,
            "Serious Violence Duty",
            p(f"{COUNTY} reported that the Serious Violence Strategy will be refreshed by March 2025."),
            _action("Circulate a draft of the refreshed Serious Violence Strategy to members.", "AW"),
        ),
        *_minute(
            39,
            "Date of next meeting",
            p(f"{long_date('2024-11-26')}, 2.00pm, Committee Room 2, Wrenfold Civic Centre."),
        ),
        Spacer(1, 8),
        p("BC: Bethany Colclough. AW: Andrea Whitlock.", SMALL),
    ]


def _record_january() -> list[Flowable]:
    key = [
        ["Initials", "Name", "Organisation"],
        ["TW", f"{CHAIR_NEW} (Chair)", "Brantshire Police"],
        ["HR", f"{VICE_NEW} (Vice-Chair)", COUNCIL],
        ["AW", COUNTY, "Brantshire County Council"],
        ["PD", FIRE, "Brantshire Fire and Rescue Service"],
        ["CA", PROBATION, "Probation Service (Brantshire)"],
        ["OB", ICB_NEW, "Brantshire and Ridings Integrated Care Board"],
        ["JE", HARBOURLIGHT, "Harbourlight Domestic Abuse Service (co-opted)"],
        ["JT", HOUSING, "Wrenvale Homes (co-opted)"],
        ["MP", f"{BID_MEMBER} (from D2/25)", "Wrenfold Business Improvement District (co-opted)"],
        ["BC", MANAGER, "Community Safety Manager (officer)"],
    ]
    _, radio, radio_lead, _, radio_asked = BID["PPF/24/11"]
    _, hallow, hallow_lead, _, _ = BID["PPF/24/10"]
    decisions = [
        ["Ref", "Subject", "Decision", "Outcome"],
        ["D1/25", f"Minutes of {ordinal('2024-11-26')}", "Approved as a correct record.", "APPROVED"],
        [
            "D2/25",
            "Co-option",
            f"{BID_MEMBER}, Manager of the Wrenfold Business Improvement District, co-opted to the Board "
            "to lead on retail and business crime.",
            "AGREED",
        ],
        [
            "D3/25",
            "Priorities for 2025-26 (review of shoplifting, R6 of the 2024 assessment)",
            f"The Analytical Team reported {SHOPLIFTING_2024} shoplifting offences in 2024, up 19.3% on "
            "2023. The Board adopted five priorities for 2025-26: "
            + "; ".join(f"({i}) {name}" for i, name in enumerate(PRIORITIES_2526, start=1))
            + ". Priority 4 is widened to take in alcohol; priority 5 is new.",
            "AGREED",
        ],
        [
            "D4/25",
            "PPF/24/02 Town Centre Guardians 2024-25",
            "Patrols began on 6th September 2024, not in June as planned. The Board amended its decision "
            f"of {ordinal('2024-05-21')} so that the award is reduced from {pounds(GUARDIANS[0])} to "
            f"{pounds(GUARDIANS[1])}; {pounds(GUARDIANS[0] - GUARDIANS[1])} returns to the fund.",
            "VARIED",
        ],
        [
            "D5/25",
            f"PPF/24/11 {radio} ({radio_lead}), {pounds(radio_asked)} requested",
            "Retail crime is not a priority for 2024-25. The applicant is invited to bid in round 1 of "
            "2025-26.",
            "NOT APPROVED",
        ],
        [
            "D6/25",
            f"Delegated decision: PPF/24/10 {hallow}",
            f"{pounds(HALLOWEEN)} awarded to {hallow_lead} by the Community Safety Manager under "
            f"delegated powers on {ordinal('2024-10-14')}.",
            "NOTED",
        ],
        [
            "D7/25",
            f"{WRENFOLD_FUND}: funding plan 2025-26",
            "Plan agreed in principle, including the continuation of the Wrenfold IDVA and ISVA service "
            f"(Harbourlight Domestic Abuse Service) at {pounds(24000)} in 2025-26. Round 1 opens on 1st "
            "April 2025.",
            "AGREED IN PRINCIPLE",
        ],
        [
            "D8/25",
            "District Council contribution 2025-26",
            f"The District Council proposes to cut its contribution from {pounds(COUNCIL_2425)} to "
            f"{pounds(COUNCIL_2526)}, subject to its budget meeting on {ordinal('2025-02-19')}.",
            "NOTED",
        ],
    ]
    tints = [(r, 3, outcome_tint(row[3])) for r, row in enumerate(decisions[1:])]
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["A1/25", "Write to the Wrenfold Business Crime Partnership about round 1", "BC",
         dotted("2025-02-14"), "Open"],
        ["A2/25", "Publish round 1 guidance and the 2025-26 plan", "BC", dotted("2025-04-01"), "Open"],
        ["A3/25", "Present the refreshed Serious Violence Strategy", "AW", dotted("2025-03-25"), "Open"],
        ["A4/25", "Add the new co-opted member to the Terms of Reference at the annual review", "BC",
         dotted("2025-05-20"), "Open"],
        ["A5 (21.05.24)", "Rural ASB profile for Lindon Marsh and Thornby and Ashcombe", "TW",
         dotted("2024-11-26"), "Done"],
    ]  # fmt: skip
    return [
        *title(
            "Record of decisions and actions",
            f"{WRENFOLD_BOARD} · {long_date('2025-01-28')}, 2.00pm · Committee Room 2, Wrenfold Civic Centre",
        ),
        notice(),
        p(
            "This record lists the decisions and actions of the meeting; discussion is not minuted. Present "
            "(initials as used below): TW, HR, AW, PD, CA, OB, JE, JT and, from D2/25, MP; BC (officer); "
            f"{OPCC} (OPCC, adviser). Apologies: {YOUTH}. The meeting was quorate.",
            SMALL,
        ),
        caption("Key to initials"),
        grid(key, [50, 190, 237]),
        *heading("", "Decisions"),
        grid(decisions, [42, 120, 245, 70], tints=tints, first_bold=True),
        KeepTogether(
            [
                caption("Actions"),
                grid(actions, [62, 257, 40, 60, 58]),
            ]
        ),
        p(f"Next meeting: {long_date('2025-03-25')}, 2.00pm, Civic Centre.", SMALL),
    ]
