"""Partnership I's signed Record of Delegated Decision of 11 March 2025, which the build scans to images: no
band, a boxed form of labelled rows (reference, decision taker, delegation, the decision, the amount), the
reasons and the budget position after the decision on page 2, and two signatures. Top "HCSP/DN/2025/02"
and "Page N of M"."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.hartleburn_layout import MOSS, TEXT, Furniture, label, p, render_pages, section
from evals.archive.names import HARTLEBURN

TITLE = "Hartleburn Community Safety Partnership Record of Delegated Decision HCSP/DN/2025/02"
FORM = ParagraphStyle("HarForm", parent=TEXT, fontName="Helvetica", fontSize=10.2, leading=13, spaceAfter=0)
HEAD = ParagraphStyle(
    "HarFormHead", parent=TEXT, fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=MOSS,
    alignment=1, spaceAfter=8,
)  # fmt: skip
DECISION = [
    ("Reference", "HCSP/DN/2025/02"),
    ("Date of decision", "11 March 2025"),
    ("Decision taken by", "Nell Ashdown, Community Safety Lead, with Chief Inspector Declan "
     "Mottram, Chair of the Partnership Group"),
    ("Authority", "Delegation agreed by the Partnership Group on 21 January 2025 for holiday "
     "diversionary activities, up to £7,000"),
    ("Project", "Summer Shift: Easter and summer holiday diversionary activities 2025 in "
     "Kingsholm and Riverside"),
    ("Lead organisation", "Hartleburn Youth Justice Service, with Kingsholm Youth Collective"),
    ("Decision", "To award £6,750 from the Community Safety Fund 2024-25, to be carried forward "
     "into 2025-26 as a commitment"),
    ("Priority", "Neighbourhood crime and anti-social behaviour"),
]  # fmt: skip
SIGN = ParagraphStyle("HarSign", parent=TEXT, fontName="Times-Italic", fontSize=18, leading=22)


def write_notice(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    return render_pages(
        path,
        _story,
        Meta(TITLE, HARTLEBURN),
        Furniture(
            top_left=lambda _page, _total: "HCSP/DN/2025/02",
            top_right=lambda page, total: f"Page {page} of {total}",
        ),
    )


def _form(rows: list[tuple[str, str]]) -> Table:
    cells = [[p(f"<b>{key}</b>", FORM), p(value, FORM)] for key, value in rows]
    table = Table(cells, colWidths=[140, 345], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _story() -> list[Flowable]:
    return [
        label(),
        p("HARTLEBURN COMMUNITY SAFETY PARTNERSHIP", HEAD),
        p("Record of Delegated Decision", HEAD),
        _form(DECISION),
        section("1", "Reasons for the decision"),
        p(
            "The programme offers 40 sessions of sport, music and cookery over the Easter and summer "
            "holidays for up to 120 young people aged 11 to 17, at the times when reports of youth "
            "anti-social behaviour in Kingsholm and Riverside are highest. It responds to recommendation R1 "
            "of the Strategic Assessment 2024."
        ),
        PageBreak(),
        section("2", "Alternatives considered"),
        p(
            "A smaller Easter-only programme at £3,100 was considered and rejected because summer is the "
            "peak period. Waiting for the April meeting would have left too little time to book venues."
        ),
        section("3", "Budget position"),
        _form(
            [
                ("Available 2024-25", "£113,750"),
                ("Committed before this decision", "£99,550"),
                ("This decision", "£6,750"),
                ("Uncommitted balance after this decision", "£7,450, to be carried forward to 2025-26"),
            ]
        ),
        section("4", "Reporting"),
        p("This decision will be reported to the Partnership Group on 29 April 2025."),
        p("Signed:"),
        p("N. Ashdown", SIGN),
        p("Nell Ashdown, Community Safety Lead, 11 March 2025"),
        p("D. Mottram", SIGN),
        p("Chief Inspector Declan Mottram, Chair, 11 March 2025"),
    ]
