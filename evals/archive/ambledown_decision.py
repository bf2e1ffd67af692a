"""Partnership N's Record of a Decision Taken Between Meetings (Chair's Action) of 11 February 2025,
typed in cmtt10 on ambledown_layout's furniture without its tab, which the build scans to an image: a
numbered form (reference CA 2025/02) withdrawing the Blunt Truth award of £2,875 made on 17 September
2024 and increasing the Tollgate Park Boxing Academy's award from £7,480 to £8,630, with the reasons, the
budget effect, the Vice-Chair consulted, and the signatures of the Chair and the officer; one page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from evals.archive.ambledown_layout import ITALIC, TYPE, TYPED, Furniture, notice, p, render_pages
from evals.archive.common import Meta
from evals.archive.names import AMBLEDOWN

TITLE = "Ambledown Community Safety Partnership: record of a decision taken between meetings (Chair's action)"
SIGN = TYPED.clone("AdSign", fontName=ITALIC, fontSize=17, leading=21, spaceAfter=0)
FIELD = TYPED.clone("AdField", spaceAfter=0)

FORM = (
    ("1. Reference", "CA 2025/02"),
    ("2. Decision taken by", "Supt Graham Pettifer, Chair of the Strategic Board"),
    ("3. Consulted", "Cllr Devika Ransome, Vice-Chair and Chair of the Community Safety Fund Panel"),
    ("4. Date of decision", "11 February 2025"),
    (
        "5. Decision",
        "(a) To WITHDRAW the award of £2,875 for Blunt Truth (Tarnshire Constabulary schools team), "
        "approved by the Strategic Board on 17 September 2024. Nothing has been paid.<br/>"
        "(b) To INCREASE the award to Tollgate Park Boxing Academy (Tarnshire Youth Justice Service) by "
        "£1,150, from £7,480 to £8,630, for extra sessions in the February and Easter school holidays.",
    ),
    (
        "6. Reasons",
        "(a) Edgeworks Theatre Company, which was to deliver Blunt Truth, ceased trading in January 2025 and "
        "no other provider can deliver before 31 March 2025.<br/>(b) Referrals to the Academy are above "
        "plan (37 young people against 25) and the holiday weeks carry the highest risk.",
    ),
    (
        "7. Why it could not wait",
        "The next Fund Panel is on 4 March 2025, too late to arrange the February half-term sessions.",
    ),
    (
        "8. Effect on the Fund",
        "Net saving £1,725. Total allocated for 2024-25 now £83,020; uncommitted balance £35,160.",
    ),
    ("9. To be reported to", "Community Safety Fund Panel, 4 March 2025, and Strategic Board, 29 April 2025"),
)


def write_decision(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    furniture = Furniture("", "Chair's action CA 2025/02", tab=False)
    return render_pages(path, _story, Meta(TITLE, AMBLEDOWN), furniture)


def _form() -> Table:
    table = Table(
        [[p(f"<b>{k}</b>", FIELD), p(v, FIELD)] for k, v in FORM], colWidths=[130, 345], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _signatures() -> Table:
    left = [p("Signed:", FIELD), p("G. Pettifer", SIGN), p("Chair, 11/02/2025", FIELD)]
    right = [
        p("Recorded by:", FIELD),
        p("L. Spratling", SIGN),
        p("Community Safety Manager, 11/02/2025", FIELD),
    ]
    table = Table([[left, right]], colWidths=[230, 245], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 0), 0.7, colors.black),
                ("BOX", (1, 0), (1, 0), 0.7, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _story() -> list[Flowable]:
    heading = TYPED.clone("AdTypedHead", fontName=TYPE, fontSize=12.5, leading=16, spaceAfter=10)
    return [
        notice(),
        p("AMBLEDOWN COMMUNITY SAFETY PARTNERSHIP", heading),
        p("RECORD OF A DECISION TAKEN BETWEEN MEETINGS (CHAIR'S ACTION)", heading),
        p(
            "Under paragraph 9 of the Strategic Board's terms of reference the Chair may, after consulting "
            "the Vice-Chair, take an urgent decision on the Community Safety Fund between meetings. The "
            "decision must be reported to the next meeting.",
            TYPED,
        ),
        _form(),
        p(" ", TYPED),
        _signatures(),
    ]
