"""A letter of 28 March 2023 from the Police and Crime Commissioner for Vexmoor to partnership H's Chair
confirming its 2023-24 grant, which the build scans to images: no bar, a letterhead in capitals, references
and addresses, the grant to the penny with its instalments on page 1, numbered conditions of grant, a
signature and copy list on page 2; foot "OPCC Vexmoor, Tolland House" and a boxed "N/M"."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta
from evals.archive.pellingham_layout import PLUM, TEXT, Furniture, notice, p, render_pages

TITLE = "Letter from the Police and Crime Commissioner for Vexmoor: Community Safety Grant 2023-24"
LETTER = ParagraphStyle(
    "PelLetter", parent=TEXT, fontName="Times-Roman", fontSize=11.4, leading=15, spaceAfter=8
)
HEAD = ParagraphStyle(
    "PelLetterhead",
    parent=LETTER,
    fontName="Times-Bold",
    fontSize=14,
    leading=17,
    textColor=PLUM,
    alignment=1,
)
BOLD = ParagraphStyle("PelLetterBold", parent=LETTER, fontName="Times-Bold")
SIGN = ParagraphStyle("PelSign", parent=LETTER, fontName="Times-BoldItalic", fontSize=17, leading=22)
CONDITIONS = (
    "The grant is to be spent on the Partnership's priorities for 2023-24 as set out in its Delivery Plan "
    "2023-24.",
    "At least £40,000.00 is to be spent on Independent Domestic Violence Adviser provision.",
    "The grant may not be spent on capital items costing more than £5,000.00 each, such as CCTV cameras, "
    "without my written consent.",
    "Monitoring returns are due by 31 July 2023, 31 October 2023, 31 January 2024 and 30 April 2024.",
    "Any part of the grant unspent at 31 March 2024 above £5,000.00 is to be returned to my Office unless I "
    "agree otherwise in writing.",
    "My Office is to be acknowledged in all publicity for funded projects.",
)


def write_letter(path: Path) -> Path:
    """The digital original of the letter; the build ships only its scan."""
    return render_pages(
        path,
        _story,
        Meta(TITLE, "Office of the Police and Crime Commissioner for Vexmoor"),
        Furniture(
            foot=lambda _page, _total: "OPCC Vexmoor, Tolland House, Vexmoor VX1 4QT",
            number=lambda page, total: f"{page}/{total}",
        ),
    )


def _story() -> list[Flowable]:
    return [
        notice(),
        p("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR VEXMOOR", HEAD),
        p(
            "Rhiannon Tallis, Police and Crime Commissioner",
            ParagraphStyle("PelSub", parent=LETTER, alignment=1),
        ),
        p("Our ref: OPCC/CSG/23-24/07<br/>Date: 28 March 2023", LETTER),
        p(
            "Superintendent Owain Brackley<br/>Chair, Pellingham and Stourmere Community Safety "
            "Partnership<br/>c/o Joanne Kirkbride, Community Safety Manager<br/>Pellingham House, Market "
            "Street, Pellingham",
            LETTER,
        ),
        p("Dear Superintendent Brackley,", LETTER),
        p("Community Safety Grant 2023-24", BOLD),
        p(
            "I am pleased to confirm that my Community Safety Grant to the Pellingham and Stourmere "
            "Community Safety Partnership for 2023-24 will be £86,437.50. This is £4,287.50 more than in "
            "2022-23 (£82,150.00) and reflects the new funding formula agreed with the six community safety "
            "partnerships in Vexmoor, which weights each area's share by population and by its rate of "
            "violent crime.",
            LETTER,
        ),
        p(
            "The grant will be paid in two equal instalments of £43,218.75, in April 2023 and in October "
            "2023. The second instalment depends on the first two quarterly monitoring returns.",
            LETTER,
        ),
        p(
            "I read the Joint Strategic Needs Assessment with interest and welcome the Partnership's "
            "decision to make serious violence a priority in its own right. The conditions of grant are set "
            "out overleaf.",
            LETTER,
        ),
        PageBreak(),
        p("Conditions of grant 2023-24", BOLD),
        *[p(f"{n}. {text}", LETTER) for n, text in enumerate(CONDITIONS, 1)],
        p(
            "Please sign and return the enclosed acceptance form by 21 April 2023. If you have any "
            "questions, please contact Jasper Nettleford, Partnerships and Commissioning Officer, at my "
            "Office.",
            LETTER,
        ),
        p("Yours sincerely,", LETTER),
        p("R. Tallis", SIGN),
        p("Rhiannon Tallis<br/>Police and Crime Commissioner for Vexmoor", LETTER),
        p(
            "cc: Joanne Kirkbride, Community Safety Manager; Councillor Devika Raghunathan, Vice-Chair; "
            "Councillor Tobias Wyndham, Pellingham District Council",
            LETTER,
        ),
    ]
