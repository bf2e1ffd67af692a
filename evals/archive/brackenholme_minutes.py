"""Partnership Z's Executive Board in three styles. The annual meeting of 12th June 2024 as formal
minutes: those present as a list with their agencies, items numbered "Minute 24/31", decisions after
"RESOLVED:" with parts (i), (ii), ..., a chair elected and a vice-chair re-elected, an interest declared,
five bids decided (one declined as capital works, one deferred) and a table of actions. The meeting of
Wednesday 25 September 2024 as tabular notes on landscape pages: item, discussion, decision and lead in
columns (a new vice-chair, the assessment's draft priorities sent to consultation, an award reduced by
amending the June decision, the deferred bid approved below its ask, a delegated grant noted, another
bid deferred). And the extraordinary meeting held online on 22 January 2025 as a typed note in Courier,
signed by hand, which the build scans to images: the Commissioner's grant cut again, a new Serious
Violence Duty allocation, an award withdrawn with the sum paid kept, and the priorities adopted after
consultation with one replaced."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer

from evals.archive.brackenholme_facts import (
    ANALYST,
    AVAILABLE_2425,
    BID,
    CARRIED_2324,
    CHAIR,
    CHAIR_OLD,
    COLLEGE,
    COUNCIL,
    DRAFT_PRIORITIES_2528,
    FIRE_REP,
    GRANT_2425,
    GRANT_2526,
    HARBOUR,
    HARBOUR_FINAL,
    HARBOUR_FIRST,
    HARBOUR_REP,
    HOUSING_REP,
    ICB_REP,
    KINGSMEAD,
    KINGSMEAD_PAID,
    KINGSMEAD_RELEASED,
    MANAGER,
    OPCC_REP,
    PASTORS,
    PRIORITIES_2528,
    PROBATION,
    PUBLIC_HEALTH,
    SVD_2526,
    VICE,
    VICE_OLD,
    YJS_REP,
)
from evals.archive.brackenholme_layout import (
    LAND_WIDTH,
    SIGNATURE,
    SMALL,
    TYPED,
    TYPED_B,
    WIDTH,
    Furniture,
    boxed,
    bullets,
    cover,
    numbered,
    ordinal_date,
    p,
    pounds,
    render_pages,
    subheading,
    typed_grid,
)
from evals.archive.common import FICTIONAL, Meta
from evals.archive.names import BRACKENHOLME

TITLE_JUNE = "Brackenholme CSP Executive Board: minutes of the annual meeting, 12 June 2024"
TITLE_SEPTEMBER = "Brackenholme CSP Executive Board: notes and decisions, 25 September 2024"
TITLE_JANUARY = "Brackenholme CSP Executive Board: note of the extraordinary meeting, 22 January 2025"


def write_minutes_june(path: Path) -> Path:
    furniture = Furniture("Minutes 12.06.24", foot="Minutes 12.06.24 — {n}", foot_at="right")
    return render_pages(path, _june, Meta(TITLE_JUNE, BRACKENHOLME), furniture)


def write_notes_september(path: Path) -> Path:
    furniture = Furniture("Notes 25/09/2024", foot="Executive Board 25/09/2024 [{n}]")
    return render_pages(path, _september, Meta(TITLE_SEPTEMBER, BRACKENHOLME), furniture, first="landscape")


def write_note_january(path: Path) -> Path:
    """The typed original; the build ships only its scan."""
    return render_pages(path, _january, Meta(TITLE_JANUARY, BRACKENHOLME), Furniture("", plain=True))


def _minute(number: str, title: str) -> Flowable:
    return subheading(f"Minute {number} &nbsp; {title}")


def _june() -> list[Flowable]:
    present = [
        f"{CHAIR} — Brackenholme Borough Council (in the chair from Minute 24/31)",
        f"{VICE_OLD} — Wendlesea Police (Vice-Chair)",
        f"{FIRE_REP} — Wendlesea Fire and Rescue Service",
        f"{PROBATION} — The Probation Service",
        f"{ICB_REP} — NHS Wendlesea and Dunholt ICB",
        f"{OPCC_REP} — Office of the Police and Crime Commissioner",
        f"{HARBOUR_REP} — {HARBOUR}",
        f"{HOUSING_REP} — Brackenholme Homes",
    ]
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["24/07", "Write to applicants with the Board's decisions", "NA", "21.06.24", "Open"],
        ["24/08", "Obtain the Operation Thornfield phase 1 evaluation", "Supt (police)", "25.09.24", "Open"],
        ["24/09", "Present the strategic assessment 2024 to the Board", "FS", "25.09.24", "Open"],
        [
            "24/10",
            "Send the Tanners Row applicants details of the capital grants scheme",
            "NA",
            "28.06.24",
            "Open",
        ],
        ["24/05", "Publish the Annual Report 2023-24 on the council website", "NA", "31.05.24", "Complete"],
    ]
    return [
        *cover(
            "Executive Board · Annual meeting",
            "Minutes of the Executive Board",
            f"{ordinal_date('2024-06-12')}, 2.00pm, Committee Room 2, Brackenholme Town Hall",
        ),
        Spacer(1, 6),
        subheading("Present"),
        bullets(present),
        p(
            f"<b>In attendance:</b> {MANAGER} (Community Safety Manager), {ANALYST} (Partnership Analyst), "
            "Kerry Blyth (Democratic Services, minutes)."
        ),
        p(f"<b>Apologies:</b> {YJS_REP} (Youth Justice Service); {PUBLIC_HEALTH} (Public Health)."),
        p("<b>Quorum:</b> the meeting was quorate (six responsible authorities present)."),
        _minute("24/30", "Welcome and apologies"),
        p(f"{MANAGER} opened the meeting as the Chair's post was vacant. Apologies were noted as above."),
        _minute("24/31", "Election of Chair"),
        p(
            f"{CHAIR_OLD} had written to say that, having left the council's cabinet after the May "
            "elections, "
            f"she would not stand again. {CHAIR} was the only nomination."
        ),
        p(
            f"RESOLVED: that {CHAIR} be elected Chair of the Executive Board for 2024/25. The Board thanked "
            f"{CHAIR_OLD} for chairing the Partnership since 2021."
        ),
        _minute("24/32", "Election of Vice-Chair"),
        p(f"RESOLVED: that {VICE_OLD} be re-elected Vice-Chair for 2024/25."),
        _minute("24/33", "Declarations of interest"),
        p(
            f"{CHAIR} declared that he is a trustee of the {KINGSMEAD}. He left the room for Minute "
            "24/36(ii) "
            f"and {VICE_OLD} took the chair for that part."
        ),
        _minute("24/34", "Minutes of 13 March 2024 and matters arising"),
        p("The minutes were agreed as a correct record. Action 24/05 (the annual report) is complete."),
        _minute("24/35", "Community Safety Fund 2024/25: budget"),
        p(
            f"{MANAGER} reported that the Commissioner's grant for 2024/25 is {pounds(GRANT_2425)}, "
            "down from "
            f"£58,000. With the council's {pounds(COUNCIL)} and {pounds(CARRIED_2324)} carried forward, "
            f"{pounds(AVAILABLE_2425)} is available."
        ),
        _minute("24/36", "Community Safety Fund: bids"),
        p("Five bids had been scored by officers. After discussion it was"),
        p("RESOLVED:"),
        numbered(
            [
                f"to award {pounds(HARBOUR_FIRST)} to {HARBOUR} for a young people's domestic abuse worker "
                "(BCSF24-01), against £18,000 asked, for twelve months from July 2024;",
                f"to award £7,200 to the {KINGSMEAD} for a second year of Friday Night Fight Back "
                "(BCSF24-02), as asked;",
                "not to support the bid of £12,600 from the council's Neighbourhoods service for alley gates "
                "at Tanners Row (BCSF24-03): the fund does not pay for capital works, and the bid "
                "is declined;",
                "to defer the bid of £9,000 from Wendlesea Police for Operation Thornfield phase 2 "
                "(BCSF24-04) to the meeting of 25th September 2024, pending the evaluation of phase 1;",
                f"to award £5,400 to {COLLEGE} for Blunt Truth knife crime education in schools (BCSF24-05).",
            ],
            kind="i",
            form="(%s)",
        ),
        _minute("24/37", "Strategic assessment 2024"),
        p(f"{ANALYST} said the assessment would be finished in August and presented on 25th September 2024."),
        _minute("24/38", "Date of next meeting"),
        p("Wednesday 25th September 2024, 2.00pm, Brackenholme Town Hall."),
        subheading("Actions"),
        boxed(actions, (40, 250, 70, 60, 60)),
        p("NA = Neil Achterberg; FS = Farah Siddiqui.", SMALL),
    ]


def _september() -> list[Flowable]:
    widths = (70, 290, 250, LAND_WIDTH - 610)
    rows = [
        ["Item", "Discussion", "Decision / action", "Lead"],
        [
            "1. Welcome, apologies, quorum",
            f"Chaired by {CHAIR}. Present: {VICE_OLD} (for item 2 only), Supt Helen Marsh-Kirby, {FIRE_REP}, "
            f"{PROBATION}, {ICB_REP}, {OPCC_REP}, {HARBOUR_REP}, {YJS_REP}. Apologies: {HOUSING_REP}.",
            "Quorate.",
            "Chair",
        ],
        [
            "2. Vice-Chair",
            f"{VICE_OLD} retires from Wendlesea Police at the end of September. The Board thanked him.",
            f"{VICE} elected Vice-Chair with immediate effect, for the rest of 2024/25.",
            "Chair",
        ],
        [
            "3. Minutes of 12 June 2024",
            "Agreed. Actions 24/07 and 24/10 complete; 24/08 see item 5.",
            "Agreed as a correct record.",
            "NA",
        ],
        [
            "4. Strategic Assessment 2024",
            f"{ANALYST} presented the assessment: crime up 3.9%, shoplifting up 31.9%, weapons possession up "
            "21.4%. Drug-related harm scored amber and is shared with the Combating Drugs Partnership.",
            "Draft priorities for 2025-28 agreed for consultation from 30 September to 15 November 2024: "
            + "; ".join(DRAFT_PRIORITIES_2528)
            + ".",
            "FS",
        ],
        [
            "5. Operation Thornfield phase 2 (BCSF24-04)",
            "Deferred on 12 June 2024. The phase 1 evaluation showed two closure orders and 14 arrests; the "
            "police have trimmed the overtime element.",
            "APPROVED at £6,500 (asked £9,000).",
            "Supt HMK",
        ],
        [
            "6. Harbour Lights young people's worker (BCSF24-01)",
            "The Commissioner's VAWG fund has agreed to pay £3,500 of the post for 2024/25.",
            f"The Board AMENDED its decision of 12 June 2024 (Minute 24/36(i)): the award is reduced from "
            f"{pounds(HARBOUR_FIRST)} to {pounds(HARBOUR_FINAL)}.",
            "NA",
        ],
        [
            "7. Delegated decision",
            f"The Community Safety Manager approved £4,400 to {PASTORS} for night-time economy patrols "
            "(BCSF24-06) on 2 August 2024, under delegated powers.",
            "Noted.",
            "NA",
        ],
        [
            "8. New bids",
            f"(a) {BID}: Shopwatch radio link, £4,800 (BCSF24-07). (b) ASB Team: CCTV upgrade at "
            "Eastgate car "
            "park, £8,200 (BCSF24-08).",
            "(a) Approved, £4,800. (b) Deferred to 11 December 2024: a second quote is needed.",
            "NA",
        ],
        ["9. AOB", "Ms Kells asked that the DHR 'Dorothy' panel meet monthly.", "Agreed.", "MK"],
        ["10. Next meeting", "Wednesday 11 December 2024, 2pm.", "", ""],
    ]
    return [
        *cover(
            "Executive Board · Notes and decisions",
            "Executive Board — Notes and Decisions",
            "Wednesday 25 September 2024 · 2pm to 4.10pm · Brackenholme Town Hall",
            width=LAND_WIDTH,
        ),
        Spacer(1, 8),
        boxed(rows, widths),
        Spacer(1, 6),
        p(
            "Notes taken by Kerry Blyth. Initials: NA Neil Achterberg; FS Farah Siddiqui; HMK Helen "
            "Marsh-Kirby; "
            "MK Moira Kells."
        ),
    ]


def typed(text: str, style: ParagraphStyle = TYPED) -> Flowable:
    """The note's paragraphs, typed in Courier."""
    return p(text, style)


def _january() -> list[Flowable]:
    members = (
        f"{CHAIR} (Chair); {VICE} (Vice-Chair); {FIRE_REP}; {PROBATION}; {ICB_REP}; {OPCC_REP} (OPCC); "
        f"{HARBOUR_REP}; {MANAGER} (note)"
    )
    return [
        typed("BRACKENHOLME COMMUNITY SAFETY PARTNERSHIP", TYPED_B),
        typed("EXECUTIVE BOARD - NOTE OF AN EXTRAORDINARY MEETING", TYPED_B),
        typed(FICTIONAL, TYPED),
        typed_grid(
            [
                ["Date", "Wednesday 22 January 2025, 10.00am to 11.20am"],
                ["Where", "Online (Microsoft Teams)"],
                ["Present", members],
                ["Quorum", "Quorate"],
                [
                    "Why called",
                    "The Commissioner's grant letter of 9 January 2025 and the priorities "
                    "consultation result",
                ],
            ],
            (100, WIDTH - 100),
        ),
        Spacer(1, 8),
        typed("1. COMMISSIONER'S GRANT 2025/26", TYPED_B),
        typed(
            f"{OPCC_REP} explained the letter. The Community Safety Grant for 2025/26 will be "
            f"{pounds(GRANT_2526)}, down from {pounds(GRANT_2425)} (a cut of £4,500). Separately the "
            f"Commissioner will pass on a Serious Violence Duty allocation of {pounds(SVD_2526)} for "
            "2025/26, for the first time. The council's contribution stays at £20,000."
        ),
        typed("2. FRIDAY NIGHT FIGHT BACK (BCSF24-02)", TYPED_B),
        typed(
            f"The {KINGSMEAD} lost the use of St Aidan's hall in November and no sessions have run since "
            "then. The Chair, as a trustee of the academy, took no part and the Vice-Chair chaired this item."
        ),
        typed(
            f"DECISION: the award of £7,200 made on 12 June 2024 is WITHDRAWN from 31 December 2024. The "
            f"{pounds(KINGSMEAD_PAID)} paid for sessions up to November is kept by the academy; the unpaid "
            f"{pounds(KINGSMEAD_RELEASED)} goes back into the fund."
        ),
        PageBreak(),
        typed("3. PRIORITIES 2025-28", TYPED_B),
        typed(
            "The consultation (30 September to 15 November 2024) had 312 responses. Most agreed with three "
            "of the draft priorities. On drug-related harm, respondents and the Commissioner asked that the "
            "Combating Drugs Partnership lead; many town-centre traders asked for action on shop theft."
        ),
        typed("DECISION: the Board ADOPTED four priorities for the Partnership Plan 2025-28:", TYPED),
        *[typed(f"   ({i}) {text}") for i, text in enumerate(PRIORITIES_2528, start=1)],
        typed("Drug-related harm is replaced by retail crime and shop theft.", TYPED),
        typed("4. TERMS OF REFERENCE", TYPED_B),
        typed(
            "The Board agreed in principle to raise the Community Safety Manager's delegated limit and the "
            "quorum, and to set up a Funding Panel. A revised Terms of Reference will come to the meeting of "
            "19 March 2025."
        ),
        Spacer(1, 18),
        typed("Confirmed as a true record:", TYPED),
        typed("O. Fairclough", SIGNATURE),
        typed(f"{CHAIR}, Chair &nbsp;&nbsp;&nbsp; Date: 19/03/25", TYPED),
    ]
