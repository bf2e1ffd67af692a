"""Partnership K's signed Chair's Decision Notice CDN 2025/01 of 9 January 2025, which the build scans to
images: typed in DejaVu Sans Mono on lintmoor_layout's teal band, a boxed form of labelled fields, the
reason for urgency, the budget before and after on page 2, conditions, and the Chair's signature with the
Vice-Chair's as consulted."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.lintmoor_layout import BOLD_ITALIC, MONO, TEXT, notice, p, render_pages
from evals.archive.names import LINTMOOR

TITLE = "Lintmoor and Scarrowby Community Safety Partnership Chair's Decision Notice CDN 2025/01"
TYPED = ParagraphStyle("LsTyped", parent=TEXT, fontName=MONO, fontSize=9.4, leading=12.6, spaceAfter=0)
TYPED_HEAD = ParagraphStyle("LsTypedHead", parent=TYPED, fontSize=12.5, leading=17, alignment=1, spaceAfter=6)
SIGN = ParagraphStyle("LsSign", parent=TEXT, fontName=BOLD_ITALIC, fontSize=16, leading=20)
FIELDS = [
    ("Reference", "CDN 2025/01"),
    ("Date", "9 January 2025"),
    ("Decision by", "Chief Inspector Bethan Rhydderch, Chair, after consulting Councillor Priya Venkatesan, "
     "Vice-Chair"),
    ("Subject", "Rapid-deployment CCTV camera, Lintmoor bus station"),
    ("Decision", "To award £5,600 from the Community Safety Fund 2024-25 to Lintmoor District Council to "
     "hire, install and monitor a rapid-deployment camera at Lintmoor bus station for six months"),
    ("Priority", "Serious violence"),
]  # fmt: skip


def write_decision_notice(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    return render_pages(path, _story, Meta(TITLE, LINTMOOR), "CDN 2025/01")


def _form(rows: list[tuple[str, str]]) -> Table:
    table = Table([[p(k, TYPED), p(v, TYPED)] for k, v in rows], colWidths=[120, 355], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.black),
                ("LINEAFTER", (0, 0), (0, -1), 0.3, colors.black),
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
        p("LINTMOOR AND SCARROWBY COMMUNITY SAFETY PARTNERSHIP", TYPED_HEAD),
        p("CHAIR'S DECISION NOTICE", TYPED_HEAD),
        _form(FIELDS),
        p(" ", TYPED),
        p("Reason for urgency", TYPED),
        p(
            "A man was seriously assaulted at Lintmoor bus station on 28 December 2024, the fourth violent "
            "incident there since November. Kelderby Constabulary asked for a camera as soon as possible. "
            "The "
            "Board does not meet again until 18 March 2025.",
            TYPED,
        ),
        PageBreak(),
        p("Budget position, Community Safety Fund 2024-25", TYPED),
        _form(
            [
                ("Uncommitted before", "£31,100"),
                ("This decision", "£5,600"),
                ("Uncommitted after", "£25,500"),
            ]
        ),
        p(" ", TYPED),
        p("Conditions", TYPED),
        p(
            "The camera to be in place by 31 January 2025 and its footage shared with Kelderby Constabulary. "
            "To be reported to the Board on 18 March 2025.",
            TYPED,
        ),
        p(" ", TYPED),
        p("Signed:", TYPED),
        p("B. Rhydderch", SIGN),
        p("Chief Inspector Bethan Rhydderch, Chair, 9 January 2025", TYPED),
        p("Consulted:", TYPED),
        p("P. Venkatesan", SIGN),
        p("Councillor Priya Venkatesan, Vice-Chair, 9 January 2025", TYPED),
    ]
