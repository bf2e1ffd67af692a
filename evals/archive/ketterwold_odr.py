"""Partnership AL's officer decision record ODR/2024/031 of 14 October 2024: a council form in Arial under the
"form" opening (a double juniper frame with the council's name and the reference in a sandstone box), no
running head and a foot "ODR/2024/031 \u2013 page n of total" centred. Numbered boxes in a "grid" (the title,
the decision-maker, the date, the power relied on, the decision, the reasons, alternatives, money, who was
consulted, interests and publication): the Head of Safer Communities releases money from the Tessford balance
of the Locality Legacy Reserve for the Tessford Safe Space, below the Locality Safety Group's recommendation,
under the delegation the Executive Board agreed on 26 September 2024; then a table of who decides what until
30 September 2024 and from 1 October 2024, and the signature."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ketterwold_facts import (
    BOARD_ABOVE_NEW,
    BOARD_ABOVE_OLD,
    LEGACY_CLOSE_2324,
    LEGACY_ODR_LIMIT,
    LOCALITY_FUND,
    LSG_LIMIT_NEW,
    LSG_LIMIT_OLD,
    SAFE_SPACE,
    SAFE_SPACE_ASK,
)
from evals.archive.ketterwold_layout import (
    FORM,
    FORM_LABEL,
    FORM_STYLES,
    FORM_TITLE,
    WIDTH,
    Furniture,
    Signature,
    grid,
    notice,
    p,
    pounds,
)
from evals.archive.ketterwold_layout import render as render_pages
from evals.archive.names import KETTERWOLD

TITLE_ODR = "Ketterwold Council officer decision record ODR/2024/031: Tessford Safe Space"
BODY_ONLY = (FORM_STYLES[2], FORM_STYLES[3], FORM_STYLES[2], FORM_STYLES[3])


def write_odr(path: Path) -> Path:
    furniture = Furniture(
        "",
        label="ODR/2024/031",
        opening="form",
        head_place="",
        foot="ODR/2024/031 \u2013 page {n} of {total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_ODR, KETTERWOLD), furniture)


def _box(number: int, label: str) -> str:
    return f"<b>{number}. {label}</b>"


def _story() -> list[Flowable]:
    before = LEGACY_CLOSE_2324["Tessford"]
    boxes = [
        [
            _box(1, "Title"),
            "Release from the Tessford balance of the Locality Legacy Reserve: Tessford Safe Space",
        ],
        [_box(2, "Decision-maker"), "Joanna Threlfall, Head of Safer Communities"],
        [_box(3, "Date of decision"), "14 October 2024"],
        [
            _box(4, "Power relied on"),
            "Delegation agreed by the Executive Board of the Ketterwold Safer Communities Partnership on 26 "
            "September 2024 (minute EB/24/39), in force from 1 October 2024: the Head of Safer Communities "
            "may "
            f"release up to {pounds(LEGACY_ODR_LIMIT)} from a locality's balance of the Locality Legacy "
            "Reserve "
            "on the recommendation of that locality's Locality Safety Group, and reports the decision to the "
            "next meeting of the Board.",
        ],
        [
            _box(5, "Decision"),
            f"To release {pounds(SAFE_SPACE)} from the Tessford balance of the Locality Legacy Reserve to "
            "Tessford Street Angels for a Safe Space at the Corn Exchange, Tessford, open on Friday and "
            "Saturday "
            "nights from 18 October 2024 to 29 March 2025.",
        ],
        [
            _box(6, "Reasons"),
            f"The Tessford Locality Safety Group recommended a release of {pounds(SAFE_SPACE_ASK)} on 10 "
            "July "
            "2024. Since then Tessford Business Improvement District has offered the Corn Exchange without "
            f"charge on the first two weekends, and the revised cost is {pounds(SAFE_SPACE)}. The Safe Space "
            "serves the Partnership's priority of safer town centres and the night-time economy; violence in "
            "Tessford town centre on Friday and Saturday nights rose in each of the three years to 2023.",
        ],
        [
            _box(7, "Alternatives considered"),
            "(a) Not to fund: rejected, as the Christmas welfare hub of 2023 showed the need. (b) Late night "
            "levy "
            "money: not chosen, as the levy is held for the Night Marshals' contract from April 2025.",
        ],
        [
            _box(8, "Financial implications"),
            f"Tessford balance before this decision: {pounds(before)}. After it: "
            f"{pounds(before - SAFE_SPACE)}. "
            "Any balance left on 31 March 2025 is pooled into the Community Safety Reserve on 1 April 2025. "
            "Payment in two parts: 60% on signing, 40% in January 2025.",
        ],
        [
            _box(9, "Consulted"),
            "Dr Marcus Quennell, Independent Chair of the Executive Board; Ch Supt Lydia Yelland, "
            "Vice-Chair; "
            "Cllr Priya Nandhra, chair of the Tessford Locality Safety Group; Colin Pardew, Finance Business "
            "Partner.",
        ],
        [_box(10, "Interests declared"), "None."],
        [
            _box(11, "Publication and reporting"),
            "Published on the council's website on 16 October 2024. To be reported to the Executive Board on "
            "28 "
            "November 2024.",
        ],
    ]
    limits = [
        ["Who decides", "Until 30 September 2024", "From 1 October 2024"],
        ["Executive Board", f"Awards above {pounds(BOARD_ABOVE_OLD)}; every release from a reserve",
         f"Awards above {pounds(BOARD_ABOVE_NEW)}; releases from the Community Safety Reserve, and larger "
         "releases from the Locality Legacy Reserve"],
        ["Head of Safer Communities (officer decision record)", f"Awards up to {pounds(BOARD_ABOVE_OLD)}",
         f"Awards up to {pounds(BOARD_ABOVE_NEW)}; releases of up to {pounds(LEGACY_ODR_LIMIT)} from a "
         "locality's legacy balance on its Locality Safety Group's recommendation"],
        ["Locality Safety Group", f"Awards up to {pounds(LSG_LIMIT_OLD)} from its Locality Fund",
         f"Awards up to {pounds(LSG_LIMIT_NEW)} from its Locality Fund (still {pounds(LOCALITY_FUND)} a "
         "year)"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        p("OFFICER DECISION RECORD", FORM_TITLE),
        p(
            "Ketterwold Safer Communities Partnership. Reference ODR/2024/031. A decision taken by an "
            "officer "
            "under powers delegated by the Partnership's Executive Board.",
            FORM,
        ),
        Spacer(1, 4),
        grid(boxes, [118, WIDTH - 118], styles=BODY_ONLY, header=False),
        Spacer(1, 10),
        p("Delegations of the Executive Board", FORM_LABEL),
        Spacer(1, 3),
        grid(limits, [120, 160, WIDTH - 280]),
        Spacer(1, 12),
        p("Signed by the decision-maker:", FORM),
        Signature("J. Threlfall, Head of Safer Communities, 14/10/2024", seed=1, font="KwArial"),
    ]
