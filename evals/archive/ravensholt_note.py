"""Partnership G's record of decisions of 23 January 2024, which the build scans to images: typed in Courier
under the teal band, the members present as one line of surnames with an organisation key, decisions
numbered (1) to (8) with a "DECISION:" line each (a grant approved in principle in October confirmed at a
lower sum, new priorities for 2024-25 adopted), actions as "owner / due" lines and a signature block; foot
line "Ravensholt Board 23/01/24 - page N"."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta
from evals.archive.names import RAVENSHOLT, RAVENSHOLT_BOARD
from evals.archive.ravensholt_layout import TEXT, Furniture, label, p, render_pages

TYPED = ParagraphStyle("RavTyped", parent=TEXT, fontName="Courier", fontSize=9.6, leading=12.5)
TYPED_BOLD = ParagraphStyle("RavTypedBold", parent=TYPED, fontName="Courier-Bold", spaceBefore=6)
KEY = (
    "Fairweather (Chair, LC); Bhamra (Vice-Chair, RBC); Fairbank (LCC); Sandhu (LFRS); Oyelaran (PS); "
    "Marwood (OPCC); Doyle (RYJS); Osei (LH); Dreyer (RH). Officers: Petrakis, Achterberg, Carvell. "
    "Apologies: Quist (ICB)."
)


def write_decisions_january(path: Path) -> Path:
    """The digital original of the signed record; the build ships only its scan."""
    return render_pages(
        path,
        _january,
        Meta(f"{RAVENSHOLT_BOARD} record of decisions, 23 January 2024 (signed copy)", RAVENSHOLT),
        Furniture(
            band_left=lambda _page, _total: "SAFER RAVENSHOLT BOARD - RECORD OF DECISIONS",
            foot=lambda page, _total: f"Ravensholt Board 23/01/24 - page {page}",
        ),
    )


def _item(head: str, text: str, decision: str) -> list[Flowable]:
    return [p(head, TYPED_BOLD), p(text, TYPED), p(f"DECISION: {decision}", TYPED)]


def _january() -> list[Flowable]:
    return [
        label(),
        p("RECORD OF DECISIONS AND ACTIONS", TYPED_BOLD),
        p(
            "Safer Ravensholt Board, Tuesday 23 January 2024, 14:00-16:05, Committee Room 1, Civic Centre.",
            TYPED,
        ),
        p(f"PRESENT: {KEY}", TYPED),
        p(
            "KEY: LC Lindmarsh Constabulary; RBC Ravensholt Borough Council; LCC Lindmarsh County Council; "
            "LFRS Lindmarsh Fire and Rescue Service; PS Probation Service; OPCC Office of the Police and "
            "Crime Commissioner; RYJS Ravensholt Youth Justice Service; LH Lantern House; RH Ravensholt "
            "Homes; ICB Lindmarsh and Coldharbour Integrated Care Board.",
            TYPED,
        ),
        *_item(
            "(1) WELCOME",
            "The Chair welcomed Marcus Oyelaran, Head of the Ravensholt Probation Delivery Unit, who "
            "replaces Elspeth Rourke on the Board. Five responsible authorities present: quorate.",
            "Noted.",
        ),
        *_item("(2) MINUTES OF 17 OCTOBER 2023", "No matters arising.", "Approved as a correct record."),
        *_item(
            "(3) GLOVES NOT KNIVES",
            "The venue agreement with Eastholme Community Centre is signed, but the hall is free on two "
            "evenings a week, not three. Ravensholt Boxing Academy has re-costed the sessions.",
            "The grant approved in principle on 17 October 2023 is confirmed at £3,250 instead of £4,000, "
            "for 30 weeks from February 2024. The £750 returns to the fund.",
        ),
        *_item(
            "(4) STRATEGIC INTELLIGENCE ASSESSMENT 2024",
            "Delphine Achterberg presented the assessment. Violence with injury and shoplifting have risen "
            "most; drug possession offences fell. The assessment recommends exploitation as a priority and "
            "handing drug-related harm to the Lindmarsh Combating Drugs Partnership.",
            "Assessment accepted. The Board adopted four priorities for 2024-25: (i) domestic abuse and "
            "violence against women and girls; (ii) serious violence; (iii) anti-social behaviour; (iv) "
            "exploitation of children and vulnerable adults. Drug-related harm is no longer a Board "
            "priority.",
        ),
        PageBreak(),
        *_item(
            "(5) EXPLOITATION SUB-GROUP",
            "A new sub-group is needed to lead priority (iv).",
            "Kerensa Doyle to chair a new Exploitation Sub-group, first meeting in March 2024.",
        ),
        *_item(
            "(6) COMMUNITY SAFETY FUND 2024-25",
            "Jonty Marwood said the Commissioner's grant for 2024-25 will be £45,000, £3,000 less than this "
            "year. The Council's £10,000 is unchanged.",
            "Bidding round for 2024-25 to open on 1 February and close on 8 March 2024; bids decided on "
            "19 March 2024.",
        ),
        *_item(
            "(7) BUDGET 2023-24",
            "With item (3), £60,650 of the £61,500 is committed and £850 is not.",
            "The £850 is to be carried forward to 2024-25 with the £3,100 ring-fenced for Blunt Truth.",
        ),
        *_item(
            "(8) NEXT MEETING",
            "Tuesday 19 March 2024, 14:00, Committee Room 1.",
            "Noted.",
        ),
        p("ACTIONS", TYPED_BOLD),
        p("A1 Issue the Gloves Not Knives grant agreement - Petrakis / 9 Feb 2024", TYPED),
        p("A2 Publish the 2024-25 bidding guidance - Petrakis / 1 Feb 2024", TYPED),
        p("A3 Terms of reference for the Exploitation Sub-group - Doyle / 19 Mar 2024", TYPED),
        p("A4 Induction for Marcus Oyelaran - Fairweather / 29 Feb 2024", TYPED),
        p("Signed as a true record: D. Fairweather (Chair)    Date: 19 March 2024", TYPED_BOLD),
    ]
