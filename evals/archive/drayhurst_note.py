"""Partnership F's note of the Strategy Group of 20 January 2022, which the build scans to images: an
attendance record over the year's three meetings (P, A or a dash per member), paragraphs headed with
lower-case roman numerals, two grants varied (one up, one down), a deferred bid approved, actions written
"Action - owner - target date" and a signature line; a top line naming the meeting and a
"note 20.1.22 - N/M" foot line."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import FICTIONAL, Meta
from evals.archive.drayhurst_layout import SERIF_SMALL, Furniture, grid, heading, p, render_pages, title
from evals.archive.names import DRAYHURST, DRAYHURST_GROUP

# (member, organisation, 8 July 2021, 14 October 2021, 20 January 2022)
RECORD = (
    ("Rhodri Castellan (Chair)", "Ostervale and Brenlow Police", "P", "P", "P"),
    ("Ottilie Brand (Vice-Chair)", "Drayhurst District Council", "P", "P", "A"),
    ("Gwen Hollis", "Ostervale County Council", "P", "P", "P"),
    ("Caius Pendry", "Ostervale Fire and Rescue Service", "P", "P", "P"),
    ("Lorna McAteer", "Probation Service", "P", "P", "A"),
    ("Niamh Tarrant", "Brenlow and Ostervale Clinical Commissioning Group", "A", "A", "P"),
    ("Ravi Sethuraman", "Office of the Police, Fire and Crime Commissioner", "P", "P", "P"),
    ("Conall Birtwhistle", "Ostervale Youth Offending Team", "P", "P", "P"),
    ("Tegan Halloran", "Kindlewood Women's Aid", "P", "P", "P"),
    ("Ambrose Quinnell", "Tolbury Town Council", "A", "P", "P"),
    ("Saul Everett", "Fernway Housing Association", "-", "P", "P"),
)


def write_note_january(path: Path) -> Path:
    """The digital original of the signed note; the build ships only its scan."""
    return render_pages(
        path,
        _january,
        Meta(f"{DRAYHURST_GROUP} note of meeting 20 January 2022 (signed copy)", DRAYHURST),
        Furniture(
            top_left=lambda _page, _total: "Drayhurst CDRP Strategy Group, Thursday 20 January 2022",
            foot_left=lambda page, total: f"note 20.1.22 - {page}/{total}",
        ),
    )


def _january() -> list[Flowable]:
    record = [[f"<b>{c}</b>" for c in ("Member", "Organisation", "8 Jul 21", "14 Oct 21", "20 Jan 22")]]
    record += [list(row) for row in RECORD]
    return [
        p(f"<i>{FICTIONAL}</i>", SERIF_SMALL),
        title("Note of the Strategy Group meeting"),
        p(
            "Drayhurst Crime and Disorder Reduction Partnership. Thursday 20 January 2022, 14:00 to 15:45, "
            "Committee Room 2, Kingsway House, Drayhurst. Note taken by Ewan Lark. Philippa Strand, "
            "Partnership Manager, also attended."
        ),
        p("<b>Attendance record, 2021-22</b> (P present, A apologies, - not then a member)"),
        grid(record, (140, 210, 50, 50, 50)),
        p("Four statutory partners were present, so the meeting was quorate."),
        heading("i. The last meeting"),
        p(
            "The decision log of 14 October 2021 was agreed. Simeon Blake's terms of reference for the "
            "Licensing and Evening Economy Forum have been circulated (AP5, closed). The District "
            "Council's CCTV review has reported: a camera for the Castle Mead shops will be paid for from "
            "the Council's own capital programme in 2022-23, not by the CDRP (A9, closed)."
        ),
        heading("ii. Fire and rescue representative"),
        p(
            "Station Manager Caius Pendry retires in February. The Chair thanked him for six years on the "
            "Group. Station Manager Hollie Braddock will represent Ostervale Fire and Rescue Service from "
            "the April meeting."
        ),
        heading("iii. Hobb's Green Youth Hub"),
        p(
            "The bid deferred in October (DL21/34) came back. All six youth workers now hold enhanced DBS "
            "checks and Ade Somerville is the Hub's designated safeguarding lead. The Group approved the "
            "full £8,000 for detached youth work in Hobb's Green from February to December 2022."
        ),
        heading("iv. Turning Point"),
        p(
            "Conall Birtwhistle said two more secondary schools, Tolbury Academy and Pilgrim's Reach "
            "School, have asked for the knife crime workshops. The Group varied minute 19/21(b) so that "
            "the grant to Ostervale Youth Offending Team rises from £6,800 to £8,150, to cover seven "
            "schools."
        ),
        PageBreak(),
        heading("v. Silver Shield"),
        p(
            "Ostervale Trading Standards has been given 25 call blockers free through a national scheme and "
            "needs fewer from us. The Group reduced the grant to Ostervale Trading Standards from £4,400 "
            "to £2,900; the £1,500 returns to the pot."
        ),
        heading("vi. DHR Marianne"),
        p(
            "Members read the overview report and action plan and agreed both. Philippa Strand will send "
            "them to the Home Office. Kindlewood Women's Aid will lead on the action plan's training for GP "
            "receptionists."
        ),
        heading("vii. Money"),
        p(
            "After today's decisions £46,450 of the £53,500 for 2021-22 is committed and £7,050 is not. "
            "Members would like bids on fraud and scams, the priority with least spent on it so far."
        ),
        heading("Actions"),
        p(
            "Send the DHR Marianne overview report and action plan to the Home Office - Philippa Strand - 28 "
            "February 2022"
        ),
        p("Invite bids on fraud and scams for the uncommitted £7,050 - Philippa Strand - 4 March 2022"),
        p("Arrange an induction for Hollie Braddock - Rhodri Castellan - 31 March 2022"),
        p(
            "Bring a first monitoring report on the Hobb's Green detached youth work - Conall Birtwhistle - "
            "21 April 2022"
        ),
        heading("Next meeting"),
        p("Thursday 21 April 2022 at 10:00, Committee Room 2, Kingsway House, Drayhurst."),
        p("Signed as a true note: R. Castellan, Chair. Date: 21 April 2022."),
    ]
