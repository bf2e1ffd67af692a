"""Partnership L's signed Record of Chair's Urgent Action CUA 03/24-25 of 9 December 2024, which the build
scans to images: typed in DejaVu Sans on sallowmere_layout's plum-rule furniture, a boxed form of
numbered fields on page 1 (the decision, the priority, why it could not wait), and on page 2 the Fund
before and after, the conditions, and the Chair's signature with the Vice-Chair's as consulted."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.names import SALLOWMERE
from evals.archive.sallowmere_layout import ITALIC, SANS, SANS_BOLD, TEXT, notice, p, render_pages

TITLE = "Sallowmere Community Safety Partnership Record of Chair's Urgent Action CUA 03/24-25"
TYPED = ParagraphStyle("SmTyped", parent=TEXT, fontName=SANS, fontSize=9.6, leading=13, spaceAfter=0)
TYPED_HEAD = ParagraphStyle("SmTypedHead", parent=TYPED, fontName=SANS_BOLD, fontSize=12.5, leading=17,
                            alignment=1, spaceAfter=4)  # fmt: skip
SIGN = ParagraphStyle("SmSign", parent=TEXT, fontName=ITALIC, fontSize=17, leading=21)
FIELDS = (
    ("1. Reference", "CUA 03/24-25"),
    ("2. Date", "9 December 2024"),
    ("3. Decision taken by", "Superintendent Daniel Iredale, Chair, after consulting Councillor Rukhsana "
     "Merriott, Vice-Chair"),
    ("4. Decision", "To award £6,400 from the Community Safety Fund 2024-25 to Brightling Domestic Abuse "
     "Service for the Secure Doors scheme: door and window locks, door braces and personal alarms for "
     "victims of domestic abuse who want to stay in their homes"),
    ("5. Priority", "Violence against women and girls (Priority 1 of the Plan 2024-27)"),
    ("6. Why the decision could not wait", "There were 38 referrals to Secure Doors in October and "
     "November 2024, against 20 expected, and the scheme's money ran out on 2 December 2024. The Board "
     "does not meet again until 21 January 2025."),
    ("7. Officer", "Josef Kittering, Community Safety Manager"),
)  # fmt: skip
BUDGET = (
    ("Uncommitted before this action", "£11,200"),
    ("This action", "£6,400"),
    ("Uncommitted after this action", "£4,800"),
)


def write_urgent_action(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    return render_pages(path, _story, Meta(TITLE, SALLOWMERE), "Record of Chair's Urgent Action",
                        "9 December 2024")  # fmt: skip


def _form(rows: tuple[tuple[str, str], ...]) -> Table:
    table = Table([[p(k, TYPED), p(v, TYPED)] for k, v in rows], colWidths=[150, 320], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _story() -> list[Flowable]:
    return [
        notice(),
        p("SALLOWMERE COMMUNITY SAFETY PARTNERSHIP", TYPED_HEAD),
        p("RECORD OF CHAIR'S URGENT ACTION", TYPED_HEAD),
        p(
            "Taken under the Plan 2024-27, which allows the Chair, after consulting the Vice-Chair, to act "
            "on a sum of up to £10,000 between Board meetings.",
            TYPED,
        ),
        p(" ", TYPED),
        _form(FIELDS),
        PageBreak(),
        p("8. Community Safety Fund 2024-25", TYPED),
        p(" ", TYPED),
        _form(BUDGET),
        p(" ", TYPED),
        p("9. Conditions", TYPED),
        p(
            "Brightling Domestic Abuse Service to report the number of homes made secure by 31 March 2025. "
            "This action to be reported to the Board on 21 January 2025.",
            TYPED,
        ),
        p(" ", TYPED),
        p("Signed (Chair):", TYPED),
        p("D. Iredale", SIGN),
        p("Superintendent Daniel Iredale, 9 December 2024", TYPED),
        p(" ", TYPED),
        p("Consulted (Vice-Chair):", TYPED),
        p("R. Merriott", SIGN),
        p("Councillor Rukhsana Merriott, 9 December 2024", TYPED),
    ]
