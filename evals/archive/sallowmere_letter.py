"""Partnership L's grant letter of 18 April 2024 from the Office of the Eskerdale Police and Crime
Commissioner, one page on sallowmere_layout's furniture with the OPCC at the foot: a letterhead,
reference, addressee, the year's Community Safety Grant and its two instalments, six numbered conditions
and a signature on the Commissioner's behalf."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import SALLOWMERE
from evals.archive.sallowmere_layout import BOLD, ITALIC, SANS_BOLD, TEXT, bullets, notice, p, render_pages

TITLE = "Office of the Eskerdale Police and Crime Commissioner: Community Safety Grant 2024-25 letter"
OPCC = "Office of the Eskerdale Police and Crime Commissioner"
HEAD = ParagraphStyle("SmLetterHead", parent=TEXT, fontName=SANS_BOLD, fontSize=13, leading=16, alignment=2)
ADDRESS = ParagraphStyle("SmAddress", parent=TEXT, fontSize=9.6, leading=11.8, alignment=2, spaceAfter=10)
PLAIN = ParagraphStyle("SmPlain", parent=TEXT, fontSize=10.2, leading=13, spaceAfter=5)
CONDITION = ParagraphStyle("SmCondition", parent=PLAIN, spaceAfter=2)
SUBJECT = ParagraphStyle("SmSubject", parent=PLAIN, fontName=BOLD)
SIGNATURE = ParagraphStyle("SmSignature", parent=PLAIN, fontName=ITALIC, fontSize=15, leading=18)
CONDITIONS = (
    "The grant is spent only on the priorities of the Community Safety Partnership Plan 2024-27, and by "
    "31 March 2025.",
    "At least £15,000 of the grant is spent on tackling violence against women and girls.",
    "No capital item costing more than £5,000 is bought with the grant without the Commissioner's written "
    "agreement.",
    "A monitoring return is sent to the OPCC within 20 working days of the end of each quarter.",
    "Any underspend over £2,500 at 31 March 2025 is returned to the OPCC, unless a carry-forward has been "
    "agreed in writing by 30 April 2025.",
    "The Commissioner's support is acknowledged in publicity about the projects the grant funds.",
)


def write_letter(path: Path) -> Path:
    return render_pages(path, _story, Meta(TITLE, OPCC), "Letter: Community Safety Grant 2024-25",
                        "18 April 2024", owner=OPCC)  # fmt: skip


def _story() -> list[Flowable]:
    return [
        notice(),
        p("Office of the Eskerdale Police and Crime Commissioner", HEAD),
        p(
            "Eskerdale Police Headquarters, Brantholme Road, Eskerdale<br/>opcc@eskerdale-pcc.example",
            ADDRESS,
        ),
        p("Our ref: OPCC/CSG/24-25/11&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;18 April 2024", PLAIN),
        p(
            "Councillor Harriet Pickersgill<br/>Chair, Sallowmere Community Safety Partnership Board<br/>"
            "Sallowmere Civic Centre",
            PLAIN,
        ),
        p("Dear Councillor Pickersgill,", PLAIN),
        p("Community Safety Grant 2024-25: Sallowmere Community Safety Partnership", SUBJECT),
        p(
            "I am pleased to confirm that the Police and Crime Commissioner, Yvonne Kettleborough, has "
            f"awarded the {SALLOWMERE} a Community Safety Grant of <b>£72,000</b> for 2024-25. The grant "
            "will be paid in two instalments of £36,000, in May 2024 and in October 2024; the second "
            "instalment depends on the first two quarterly monitoring returns having been received.",
            PLAIN,
        ),
        p("The grant is made on the following conditions:", PLAIN),
        bullets(CONDITIONS, CONDITION, numbered="%s."),
        p(
            "Please sign and return the enclosed acceptance form by 17 May 2024. Alys Threlfall, our Grants "
            "and Commissioning Officer, will be the Partnership's contact for the grant and will attend "
            "Board meetings.",
            PLAIN,
        ),
        p("Yours sincerely,", PLAIN),
        p("H. Tregarthen", SIGNATURE),
        p(
            "Hamish Tregarthen<br/>Chief Executive, on behalf of the Police and Crime Commissioner for "
            "Eskerdale",
            PLAIN,
        ),
        p("cc Josef Kittering, Community Safety Manager, Sallowmere Council", PLAIN),
    ]
