"""Partnership AL's Tessford Locality Safety Group, 10 July 2024: informal notes in Helvetica with heather
headings under the heather "memo" panel, a To/From block, no running head and a foot "Tessford LSG notes
10/07/24 - p.n" at the right. Who came (a sentence) and apologies; items numbered 1 to 7 with "Agreed:" in
bold; the night-time economy figures; the Locality Fund's balance and four applications in a "ruled" table
(two agreed, one of them below its ask, one refused as a company trading for profit, one deferred); a Safe
Space for the night-time economy recommended for money from the Tessford legacy balance, to go to the Board or
to the Head of Safer Communities if the Board's proposed delegation is agreed; the student night safety
campaign; an actions table with a status column; and the next meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ketterwold_facts import (
    LEGACY_CLOSE_2324,
    LEGACY_ODR_LIMIT,
    LOCALITY_FUND,
    LSG_LIMIT_NEW,
    LSG_LIMIT_OLD,
    SAFE_SPACE_ASK,
    STUDENT_NIGHTS,
)
from evals.archive.ketterwold_layout import (
    NOTES,
    NOTES_H,
    NOTES_STYLES,
    WIDTH,
    Furniture,
    grid,
    notice,
    p,
    pounds,
    ruled,
)
from evals.archive.ketterwold_layout import render as render_pages
from evals.archive.names import KETTERWOLD

TITLE_TESSFORD = "Tessford Locality Safety Group notes, 10 July 2024"
MAY_GRANTS = 3100
PUBWATCH = 2400
CAFE_ASK = 3000
CAFE = 2500
GYM_ASK = 3000
GATES_ASK = 1200
LEFT_AFTER = LOCALITY_FUND - MAY_GRANTS - PUBWATCH - CAFE
CELL = (NOTES_STYLES[0], NOTES_STYLES[1], NOTES.clone("KwNotesCell", fontSize=8, leading=10, spaceAfter=0),
        NOTES.clone("KwNotesCellFig", fontSize=8, leading=10, spaceAfter=0, alignment=2))  # fmt: skip


def write_tessford_notes(path: Path) -> Path:
    furniture = Furniture(
        "",
        label="Tessford Locality Safety Group  \u00b7  Wednesday 10 July 2024",
        opening="memo",
        head_place="",
        foot="Tessford LSG notes 10/07/24 - p.{n}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_TESSFORD, KETTERWOLD), furniture)


def _item(number: int, subject: str, *texts: str) -> list[Flowable]:
    return [p(f"{number}. {subject}", NOTES_H), *(p(t, NOTES) for t in texts)]


def _story() -> list[Flowable]:
    memo = [
        ["<b>To:</b>", "Members of the Tessford Locality Safety Group; Partnership Manager, KSCP"],
        ["<b>From:</b>", "Megan Tilsley, Locality Safety Officer (Tessford), Ketterwold Council"],
        ["<b>Meeting:</b>", "Wednesday 10 July 2024, 6.00 pm, Tessford Library meeting room"],
    ]
    applications = [
        ["Applicant", "Project", "Asked", "Decision"],
        ["Tessford Pubwatch", "Renewal of the radio link between pubs, door staff and CCTV", pounds(PUBWATCH),
         f"Agreed: {pounds(PUBWATCH)}"],
        ["Abbeygate Youth Caf\u00e9", "Friday evening sessions over the summer holidays", pounds(CAFE_ASK),
         f"Agreed: {pounds(CAFE)} (six weeks, not eight)"],
        ["FitZone Tessford Ltd", "Free boxing sessions for young people", pounds(GYM_ASK),
         "Not agreed: a company trading for profit cannot apply"],
        ["St Bride's Residents' Association", "Consultation on gating two alleys", pounds(GATES_ASK),
         "Deferred to September for the highways team's view"],
    ]  # fmt: skip
    actions = [
        ["No.", "Action", "Who", "By", "Status"],
        ["T24/09", "Send grant letters to Pubwatch and the Youth Caf\u00e9", "MT", "19 Jul", "Open"],
        ["T24/10", "Ask highways about the St Bride's alleys", "MT", "11 Sep", "Open"],
        ["T24/11", "Put the Safe Space recommendation to the Board or the Head of Safer Communities",
         "PN / MT", "26 Sep", "Open"],
        ["T24/07", "Share Night Marshals' data with the Town Centres and NTE Group (from 8 May)", "HQ",
         "10 Jul", "Done"],
        ["T24/08", "Walk-round of the bus station with Moorside Housing (from 8 May)", "GS", "10 Jul",
         "Carried forward"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 6),
        grid(memo, [60, WIDTH - 60], styles=(CELL[2], CELL[3], CELL[2], CELL[3]), header=False),
        Spacer(1, 6),
        p(
            "<b>Present:</b> Cllr Priya Nandhra (chair), Cllr Dominic Faraday, Inspector Gavin Shorrock (GS, "
            "Tessford Neighbourhood Policing Team), Harriet Quayle (HQ, Tessford Business Improvement "
            "District), "
            "Paul Okafor (Tessford Street Angels), Janine Rowbotham (Moorside Housing), Station Manager "
            "Kerry "
            "Mould (Fire and Rescue), Megan Tilsley (MT, notes). <b>Apologies:</b> Tessford College.",
            NOTES,
        ),
        *_item(
            1,
            "Notes of 8 May and actions",
            "Agreed as a record. Actions are in the table at the end.",
        ),
        *_item(
            2,
            "Night-time economy",
            "GS: violence in the town centre on Friday and Saturday nights in April to June was 9% lower "
            "than "
            "in the same months of 2023. The Night Marshals made 214 interventions and helped 38 people who "
            "were vulnerable. HQ: the BID's footfall is up, and two new bars open on Corn Street in the "
            "autumn.",
        ),
        *_item(
            3,
            "Locality Fund",
            f"Fund for 2024/25: {pounds(LOCALITY_FUND)}. Two grants of {pounds(MAY_GRANTS)} in all were "
            "agreed "
            "in May. Four applications tonight:",
        ),
        ruled(applications, [118, 190, 52, WIDTH - 360], figs={2}, styles=CELL),
        Spacer(1, 3),
        p(f"<b>Left in the fund after tonight: {pounds(LEFT_AFTER)}.</b>", NOTES),
        *_item(
            4,
            "Tessford Safe Space",
            "Paul Okafor and HQ proposed a Safe Space at the Corn Exchange on Friday and Saturday nights "
            "from "
            f"October 2024 to March 2025, for anyone hurt, drunk or in distress, costed at "
            f"{pounds(SAFE_SPACE_ASK)}. The Christmas hub last year showed the need.",
            f"MT: the Tessford balance of the Locality Legacy Reserve is "
            f"{pounds(LEGACY_CLOSE_2324['Tessford'])}. "
            "Releases need the Executive Board, but the Board is being asked on 26 September to let the Head "
            "of "
            f"Safer Communities release up to {pounds(LEGACY_ODR_LIMIT)} on a Locality Safety Group's "
            f"recommendation, and to raise the group's own limit from {pounds(LSG_LIMIT_OLD)} to "
            f"{pounds(LSG_LIMIT_NEW)}.",
            f"<b>Agreed:</b> to recommend that {pounds(SAFE_SPACE_ASK)} be released from the Tessford "
            "balance "
            "for the Safe Space, to whichever decision-maker applies when the request is made.",
        ),
        *_item(
            5,
            "Students",
            f"The student night safety campaign of Tessford College Students' Union, funded with "
            f"{pounds(STUDENT_NIGHTS)} of late night levy money in window 1, starts in freshers' week.",
        ),
        *_item(6, "Any other business", "None."),
        *_item(7, "Next meeting", "Wednesday 11 September 2024, 6.00 pm, Tessford Library."),
        p("Actions", NOTES_H),
        ruled(actions, [44, 260, 50, 50, WIDTH - 404], styles=CELL),
    ]
