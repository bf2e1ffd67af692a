"""Partnership AJ's Leadership Board, 10 December 2024: notes of the meeting in Times with DejaVu Sans Bold
headings under the "memo" opening (an oxblood NOTES box at the top right), a verdigris pill at the top of
later pages and a foot "Notes 10/12/2024 ~ n/total" centred under a short oxblood rule. Those present by
initials with a key, apologies and the quorum; the items in a grid of number, item, discussion and outcome
("The Board agreed ...", "Noted."): the Small Grants Panel's autumn awards and an officer's grant reported,
the bid deferred in June approved below its ask once the match funding was known, an award amended down for
shifts not worked, money released from the Community Safety Reserve for a cuckooing operation, a lease of a
CCTV van declined, the assessment's progress and the Vice-Chair moving on; then an actions table (number,
action, owner, due, status) and the next meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SALTMARDEN
from evals.archive.saltmarden_facts import (
    CCTV_VAN_ASK,
    DRIFTWOOD,
    HAVEN_2425,
    HAVEN_ASK_2425,
    HAVEN_MATCH_2425,
    KITS,
    PATROL_2425,
    PATROL_AMENDED_2425,
    POT_2425,
    RESERVE_OPEN_2425,
    SMALL_2425,
    SMALL_TOTAL_2425,
)
from evals.archive.saltmarden_layout import (
    NOTES,
    NOTES_H,
    NOTES_STYLES,
    NOTES_TITLE,
    WIDTH,
    Furniture,
    grid,
    notice,
    p,
    pounds,
)
from evals.archive.saltmarden_layout import render as render_pages

TITLE_DECEMBER = "Saltmarden Community Safety Partnership Leadership Board notes, 10 December 2024"
LOOSE_H = NOTES_H.clone("SlNotesLooseH", keepWithNext=0)


def write_notes_december(path: Path) -> Path:
    furniture = Furniture(
        "SCSP Leadership Board \u2013 notes of 10 December 2024",
        label="Leadership Board  |  meeting 3 of 2024/25  |  notes and actions",
        opening="memo",
        head_place="pill",
        foot="Notes 10/12/2024 ~ {n}/{total}",
        place="centre",
        ruled=True,
    )
    return render_pages(path, _story, Meta(TITLE_DECEMBER, SALTMARDEN), furniture)


def _story() -> list[Flowable]:
    small = "; ".join(
        f"{ref} {project} ({org}) {pounds(amount)}" for ref, project, org, _, amount in SMALL_2425
    )
    returned = PATROL_2425 - PATROL_AMENDED_2425
    after = RESERVE_OPEN_2425 - DRIFTWOOD
    items = [
        ["No.", "Item", "Discussion", "Outcome"],
        ["1", "Welcome, apologies and quorum",
         "Apologies from HB (Probation) and CY (Brinehurst Homes). Five responsible authorities present.",
         "Quorate."],
        ["2", "Notes of 10 September 2024", "Agreed without amendment. All actions closed or on this agenda.",
         "Agreed."],
        ["3", "Decisions made under delegation",
         f"The Small Grants Panel met on 2 October 2024 and awarded {pounds(SMALL_TOTAL_2425)} of its "
         f"{pounds(POT_2425)} pot to four bids: {small}. The rest of the pot returns to the fund. On 19 "
         f"August 2024 the Community Safety Manager approved {pounds(KITS)} under delegated powers for bleed "
         "control cabinets on the Quayside, bid by the Quayside Business Improvement District.",
         "Noted."],
        ["4", "Quayside Night Haven (deferred on 11 June 2024, minute 24/36(d))",
         f"The Business Improvement District has confirmed {pounds(HAVEN_MATCH_2425)} in writing. KM "
         f"recommended funding the rest of the {pounds(HAVEN_ASK_2425)} asked. The Haven will open on Friday "
         "and Saturday nights from 20 December 2024 to 29 March 2025 in the Harbour Street chapel.",
         f"The Board agreed to fund the Quayside Night Haven at {pounds(HAVEN_2425)}."],
        ["5", "Seafront Summer Patrols 2024",
         "The wardens worked 29 of the 36 evening shifts planned: seven were lost to sickness and to the "
         "storm of 17 August. KM proposed that the award be reduced to what was worked and the rest "
         "returned to the fund.",
         f"The Board amended its decision of 11 June 2024 (minute 24/36(b)) so that the award is reduced "
         f"from {pounds(PATROL_2425)} to {pounds(PATROL_AMENDED_2425)}; {pounds(returned)} returns to "
         "the fund."],
        ["6", "Operation Driftwood",
         "DM (for the Constabulary) described cuckooing at seven addresses in the Whelkby flats since "
         "September, with two closure orders sought. Brinehurst Homes and the police asked for money for "
         "door entry repairs, target hardening and the council's legal costs.",
         f"The Board agreed to release {pounds(DRIFTWOOD)} from the Community Safety Reserve for Operation "
         f"Driftwood. The reserve stands at {pounds(after)} after this release."],
        ["7", "Mobile CCTV van",
         f"Parking Services bid {pounds(CCTV_VAN_ASK)} for a two-year lease of a mobile CCTV van for the "
         "seafront car parks. Members questioned its value while the county reviews public space CCTV in "
         "2025.",
         "Declined: not value for money ahead of the county's CCTV review."],
        ["8", "Strategic Intelligence Assessment 2025",
         "NF: police data for the calendar year 2024 will be extracted on 6 January 2025. The draft goes to "
         "partners at the end of January, then to consultation with the residents' panel in February.",
         "Noted."],
        ["9", "Vice-Chair",
         "AP moves to Constabulary headquarters on 6 January 2025. Her successor as East Area Commander, "
         "Superintendent Declan Morrow, will attend from January. Members thanked AP.",
         "A new Vice-Chair to be elected on 18 March 2025."],
        ["10", "Any other business",
         "JK: the District Council's budget for 2025/26 keeps its contribution to the fund at the same "
         "level, subject to Full Council in February.",
         "Noted."],
    ]  # fmt: skip
    actions = [
        ["Ref", "Action", "Owner", "Due", "Status"],
        ["A24/14", "Write to Saltmarden Street Angels with the award and monitoring form", "KM",
         "20/12/2024", "Done"],
        ["A24/15", "Recover the unspent Seafront Summer Patrols money into the fund", "KM", "31/01/2025",
         "Open"],
        ["A24/16", "Report Operation Driftwood's results to the March meeting", "DM", "18/03/2025", "Open"],
        ["A24/17", "Circulate the draft Strategic Intelligence Assessment 2025", "NF", "31/01/2025", "Open"],
        ["A24/18", "Start the review of the terms of reference, with the Small Grants Panel's limits",
         "JK", "16/09/2025", "Open"],
    ]  # fmt: skip
    return [
        Spacer(1, 4),
        notice(),
        Spacer(1, 8),
        p("Leadership Board: notes of the meeting", NOTES_TITLE),
        p(
            "Tuesday 10 December 2024, 2.00 pm to 4.10 pm, Whelkby Community Centre, Saltmarden",
            NOTES,
        ),
        p(
            "<b>Present:</b> MT (Chair), AP (Vice-Chair), RK, GP, TA, ALP, SL, MG, BH. <b>Officers:</b> JK, "
            "KM, "
            "NF, AR (notes). <b>Attending for item 6:</b> DM.",
            NOTES,
        ),
        p(
            "<b>Key:</b> MT Cllr Marcus Treloar, Saltmarden District Council; AP Supt Aisha Pemberton, "
            "Carrowshire Constabulary; RK Cllr Rosalind Keast, Carrowshire County Council; GP SM Gareth "
            "Pascoe, "
            "Fire and Rescue; TA Tom Adeyemi, ICB; ALP Dr Alun Penhaligon, Public Health; SL Sasha "
            "Lindqvist, "
            "Youth Justice; MG Martin Gulliver, OPFCC; BH Bryony Hext, Carrowshire Domestic Abuse Service; "
            "HB "
            "Helen Brightwell, Probation; CY Colin Yeo, Brinehurst Homes; DM Supt Declan Morrow, Carrowshire "
            "Constabulary; JK Joanne Kettleby, KM Kieran Maddocks (Community Safety Manager), AR Amir "
            "Rahimi, "
            "District Council; NF Naomi Fairweather, Community Safety Analyst.",
            NOTES,
        ),
        p("Items", LOOSE_H),
        grid(items, [32, 96, WIDTH - 278, 150], styles=NOTES_STYLES),
        p("Actions", NOTES_H),
        grid(actions, [44, WIDTH - 204, 50, 64, 46], styles=NOTES_STYLES),
        Spacer(1, 6),
        p("Next meeting: Tuesday 18 March 2025, 2.00 pm, Council Chamber, Harbour Road.", NOTES),
    ]
