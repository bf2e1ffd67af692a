"""Partnership J's signed Record of Urgent Decision (Chair's Action) UD 2024/01 of 6 February 2024, which the
build scans to images: typed in Courier on ashwick_layout's header and footer without the logo block,
numbered fields 1 to 8 down the left, the budget before and after on page 2, conditions ("subject to") and
two signatures."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from evals.archive.ashwick_layout import TEXT, Furniture, notice, p, render_pages
from evals.archive.common import Meta
from evals.archive.names import ASHWICK

TITLE = "Ashwick and Mardle Safer Communities Board Record of Urgent Decision (Chair's Action) UD 2024/01"
TYPED = ParagraphStyle("AmTyped", parent=TEXT, fontName="Courier", fontSize=9.6, leading=12.4, spaceAfter=0)
TYPED_HEAD = ParagraphStyle("AmTypedHead", parent=TYPED, fontName="Courier-Bold", fontSize=13, leading=17,
                            alignment=1, spaceAfter=6)  # fmt: skip
SIGN = ParagraphStyle("AmSign", parent=TEXT, fontName="Times-Italic", fontSize=17, leading=21)
FIELDS = [
    ("1. Reference", "UD 2024/01"),
    ("2. Date", "6 February 2024"),
    ("3. Decision maker", "Superintendent Rhys Calloway, Chair, with Lorna Kettle, Community Safety Manager"),
    ("4. Authority", "Delegation agreed at the virtual meeting of the Board on 12 December 2023: an urgent "
     "decision on a winter welfare scheme for Mardle town centre of up to £8,000"),
    ("5. Project", "Mardle Night Safe welfare hub: a staffed welfare point at Quayside Square on Friday and "
     "Saturday nights, 9 February to 30 March 2024"),
    ("6. Provider", "Harrowdene Street Angels"),
    ("7. Decision", "To award £7,500 of grant aid from the Community Safety Fund 2023-24"),
    ("8. Priority", "Violence against women and girls; retail crime and safer town centres"),
]  # fmt: skip


def write_urgent_decision(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    return render_pages(
        path,
        _story,
        Meta(TITLE, ASHWICK),
        Furniture(heading=lambda _page, _total: "UD 2024/01", logo=False),
    )


def _form(rows: list[tuple[str, str]]) -> Table:
    table = Table([[p(k, TYPED), p(v, TYPED)] for k, v in rows], colWidths=[150, 329], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _story() -> list[Flowable]:
    return [
        notice(),
        p("ASHWICK AND MARDLE SAFER COMMUNITIES BOARD", TYPED_HEAD),
        p("RECORD OF URGENT DECISION (CHAIR'S ACTION)", TYPED_HEAD),
        _form(FIELDS),
        p(" ", TYPED),
        p("9. Reasons", TYPED),
        p(
            "Welfare calls and reports of women feeling unsafe in Mardle Quayside peak on weekend nights. "
            "The Board does not meet again until 19 March 2024, too late to start the scheme this winter.",
            TYPED,
        ),
        PageBreak(),
        p("10. Budget position", TYPED),
        _form(
            [
                ("Uncommitted before", "£16,500"),
                ("This decision", "£7,500"),
                ("Uncommitted after", "£9,000"),
            ]
        ),
        p(" ", TYPED),
        p("11. Conditions", TYPED),
        p(
            "Approved subject to the provider showing DBS checks for all volunteers before the first "
            "night, and a monitoring return by 30 April 2024. To be reported to the Board on 19 March 2024.",
            TYPED,
        ),
        p(" ", TYPED),
        p("Signed:", TYPED),
        p("R. Calloway", SIGN),
        p("Superintendent Rhys Calloway, Chair, 6 February 2024", TYPED),
        p("L. Kettle", SIGN),
        p("Lorna Kettle, Community Safety Manager, 6 February 2024", TYPED),
    ]
