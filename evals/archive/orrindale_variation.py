"""Partnership M's signed email printout of 2 December 2024, which the build scans to an image: the Chair's
reply approving a variation of a Neighbourhood Safety Grant (Late Shift, NSG24-02, increased from £12,000
to £14,500) above the Community Safety Manager's request of 29 November 2024, printed from a mail client
(the printing user's name, the header fields, "-----Original Message-----"), then a boxed approval stamp
signed by the Chair and a file note signed by the officer. Set in DejaVu Sans on orrindale_layout's
furniture without its strip; one page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.names import ORRINDALE
from evals.archive.orrindale_layout import BOLD, ITALIC, REGULAR, TEXT, Furniture, notice, p, render_pages

TITLE = "Orrindale Safer Neighbourhoods Partnership: Chair's approval of a grant variation, NSG24-02"
MAIL = ParagraphStyle("OrMail", parent=TEXT, fontName=REGULAR, fontSize=9.4, leading=12.6, spaceAfter=5)
USER = ParagraphStyle("OrMailUser", parent=MAIL, fontName=BOLD, fontSize=13, leading=17, spaceAfter=2)
FIELD = ParagraphStyle("OrMailField", parent=MAIL, spaceAfter=0)
SIGN = ParagraphStyle("OrSign", parent=MAIL, fontName=ITALIC, fontSize=17, leading=21, spaceAfter=0)
REPLY = (
    ("From:", "Farrimond, Leonie (Supt) &lt;leonie.farrimond@westrake-police.example&gt;"),
    ("Sent:", "Monday, 2 December 2024 16:42"),
    ("To:", "Darrowby, Imogen &lt;imogen.darrowby@orrindale.example&gt;"),
    ("Cc:", "Tolley, Rhiannon; Winterbourne, Poppy"),
    ("Subject:", "RE: NSG24-02 Late Shift - request to vary grant"),
)
REQUEST = (
    ("From:", "Darrowby, Imogen"),
    ("Sent:", "Friday, 29 November 2024 15:07"),
    ("To:", "Farrimond, Leonie (Supt)"),
    ("Cc:", "Tolley, Rhiannon"),
    ("Subject:", "NSG24-02 Late Shift - request to vary grant"),
)


def write_variation(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    furniture = Furniture("", "Printed 03/12/2024 09:14 by Darrowby, Imogen", strip=False)
    return render_pages(path, _story, Meta(TITLE, ORRINDALE), furniture)


def _fields(rows: tuple[tuple[str, str], ...]) -> Table:
    table = Table(
        [[p(f"<b>{k}</b>", FIELD), p(v, FIELD)] for k, v in rows], colWidths=[62, 410], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _stamp() -> Table:
    left = [
        p("<b>APPROVED: variation to Neighbourhood Safety Grant NSG24-02</b>", FIELD),
        p("New award £14,500 (was £12,000). Vice-Chair consulted.", FIELD),
        p("L. Farrimond", SIGN),
        p("Chair, 02/12/2024", FIELD),
    ]
    right = [
        p("<b>FILE NOTE</b>", FIELD),
        p("Varied grant agreement sent to Orrindale Youth Trust 03/12/2024. To the Board 04/02/2025.", FIELD),
        p("I. Darrowby", SIGN),
        p("Community Safety Manager", FIELD),
    ]
    table = Table([[left, right]], colWidths=[250, 222], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 0), 1.4, colors.black),
                ("BOX", (1, 0), (1, 0), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _story() -> list[Flowable]:
    return [
        notice(),
        p("Darrowby, Imogen", USER),
        p("_" * 86, MAIL),
        _fields(REPLY),
        p(" ", MAIL),
        p("Imogen,", MAIL),
        p(
            "Approved. I have spoken to Rhiannon as Vice-Chair and she agrees. Please increase the "
            "Neighbourhood Safety Grant to Orrindale Youth Trust for Late Shift (NSG24-02) from £12,000 to "
            "£14,500, issue a varied grant agreement, and report the change to the Board on 4 February.",
            MAIL,
        ),
        p("Thanks, Leonie", MAIL),
        p(
            "Superintendent Leonie Farrimond | Orrindale District Commander, Westrake Constabulary | Chair, "
            "Orrindale Safer Neighbourhoods Partnership",
            MAIL,
        ),
        p("-----Original Message-----", MAIL),
        _fields(REQUEST),
        p(" ", MAIL),
        p("Leonie,", MAIL),
        p(
            "Orrindale Youth Trust has asked for £2,500 more for Late Shift, the amount the Board did not "
            "award in June. It would pay for ten extra Friday evening sessions at Stonecrop recreation "
            "ground, from 6 December 2024 to 14 March 2025, at £250 a session, after reports of anti-social "
            "behaviour around the skate park there.",
            MAIL,
        ),
        p(
            "The uncommitted balance of the Neighbourhood Safety Grants is £22,900, so the increase would "
            "leave £20,400. The grant rules let the Chair vary an award by up to £5,000 between meetings "
            "after consulting the Vice-Chair. Could you reply to say whether you approve?",
            MAIL,
        ),
        p("Imogen", MAIL),
        p(" ", MAIL),
        _stamp(),
    ]
