"""Partnership C's signed minutes of 15 February 2023, which the build scans to images: "Item N."
headings, decisions written as "Decision:" lines, ACTION lines and a next meeting; a right-aligned
"MVCSP 15 Feb 2023 / signed copy / N" footer."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, banner, h1, h2, para, paras, render
from evals.archive.marlowe_minutes import BOARD
from evals.archive.names import MARLOWE


def write_minutes_february(path: Path) -> Path:
    """The digital original of the signed minutes; the build ships only its scan."""
    return render(
        path,
        _february,
        Meta(f"{BOARD} minutes 15 February 2023 (signed copy)", MARLOWE),
        footer=lambda page, _total: f"MVCSP 15 Feb 2023 / signed copy / {page}",
    )


def _february() -> list[Flowable]:
    return [
        banner(),
        h1(f"{BOARD}: minutes of 15 February 2023"),
        para("Committee Room B, Marlowe Vale District Council offices, 14:00 to 15:40."),
        para(
            "<b>Present:</b> Chief Inspector Leah Brannigan (Chair); Councillor Imogen Thackeray; Owen "
            "Adeyemi; Wendy Sato; Dr Mira Rahman; Carla Finch; Gareth Alvarez; Jonah Hale (Community Safety "
            "Officer). <b>Apologies:</b> Station Manager Tess Nolan; Priya Kaur."
        ),
        h2("Item 1. Minutes of 12 October 2022"),
        para("Agreed and signed. Actions 22/1 and 22/3 are complete."),
        h2("Item 2. IDVA caseload"),
        para(
            "Carla Finch reported that the additional adviser has supported 64 high-risk victims since "
            "November. The Board thanked Brightwater for the report (action 22/4 complete)."
        ),
        h2("Item 3. Funding applications"),
        *paras(
            "Decision: approve £2,850 to District Council Licensing for county lines awareness training "
            "for taxi drivers.",
            "Decision: approve £5,300 to Marlowe Vale District Council to move the Stourley Bridge CCTV "
            "camera to the railway underpass.",
            "Decision: not approved, the £6,000 bid from Penhallow Parish Council for speed indicator signs; "
            "road safety is for the county's road safety partnership.",
        ),
        para(
            "Awards for 2022/23 now total £41,500. The £10,150 left will be carried forward to the reserve."
        ),
        PageBreak(),
        h2("Item 4. Serious Violence Duty"),
        para(
            "Jonah Hale presented the plan for the strategic needs assessment (action 22/2 complete). Data "
            "sharing agreements with the Integrated Care Board and the youth justice team are still needed."
        ),
        para("ACTION: Dr Mira Rahman to agree the health data sharing agreement by 31 March 2023."),
        para("ACTION: Jonah Hale to bring the draft needs assessment to the Board by 30 June 2023."),
        h2("Item 5. Any other business"),
        para("Owen Adeyemi reported that the county will renew the Hate Crime Forum's terms of reference."),
        h2("Item 6. Next meeting"),
        para("Wednesday 17 May 2023, 14:00, Netherby Community Hub."),
        para("Signed as a correct record: L. Brannigan, Chair."),
    ]
