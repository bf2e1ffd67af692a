"""Partnership H's Delivery Plan 2023-24 as it stood at 30 September 2023: one landscape page, a framed grid
Priority | Action | Lead | Target date | RAG with each RAG cell filled red, amber or green (and the word
printed in it), the priority named once at the head of its rows (the cells below left blank), a key and
the count of actions by rating. Bar "DELIVERY PLAN 2023-24", top line naming the partnership and the
position date, foot "For the Board of 10 October 2023" and a boxed "1"."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import PELLINGHAM
from evals.archive.pellingham_layout import Furniture, grid, notice, p, render_pages, title

TITLE = "Pellingham and Stourmere Community Safety Partnership Delivery Plan 2023-24"
FILLS = {
    "Red": colors.Color(0.93, 0.6, 0.58),
    "Amber": colors.Color(0.98, 0.82, 0.5),
    "Green": colors.Color(0.66, 0.86, 0.64),
}
# (priority, action, lead, target date, RAG); the priority is printed on its first row only
ACTIONS = (
    ("1. Domestic abuse and sexual violence", "Commission a second IDVA for Stourmere (JSNA R1)",
     "Caddon Lodge", "30 June 2023", "Green"),
    ("", "Publish DHR PS/2022/01 after Home Office quality assurance", "Community Safety Manager",
     "31 December 2023", "Amber"),
    ("", "Act on the Walk and Talk audit findings in Stourmere town centre", "Stourmere Borough Council",
     "31 October 2023", "Green"),
    ("2. Serious violence", "Publish a Serious Violence Duty strategy for the two districts",
     "Vexmoor Insight Team", "31 January 2024", "Amber"),
    ("", "Extend Friday Night Football to Stourmere", "Pellingham Leisure Trust", "30 September 2023", "Red"),
    ("", "Think Twice lessons in all 14 secondary schools", "Vexmoor Youth Justice Service",
     "31 March 2024", "Green"),
    ("3. Anti-social behaviour", "Report PSPO enforcement to every Board meeting",
     "Stourmere Borough Council", "Quarterly", "Green"),
    ("", "Night Owls patrols on three nights a week", "Stourmere Night Owls CIO",
     "31 December 2023", "Amber"),
    ("4. Neighbourhood crime", "Safer Lanes lighting survey of rural lanes", "Pellingham District Council",
     "31 March 2024", "Amber"),
    ("", "Target hardening for 200 homes in Wellgate and Castle Hill", "Vexmoor Police", "31 March 2024",
     "Red"),
    ("Cross-cutting", "Data-sharing agreement for emergency department assault data (JSNA R6)",
     "Vexmoor and Tamsey ICB", "31 March 2024", "Red"),
)  # fmt: skip


def write_plan(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, PELLINGHAM),
        Furniture(
            bar=lambda _page, _total: "DELIVERY PLAN 2023-24",
            top=lambda _page, _total: "Pellingham and Stourmere CSP · position at 30 September 2023",
            foot=lambda _page, _total: "For the Board of 10 October 2023",
            number=lambda page, _total: str(page),
        ),
        first="landscape",
    )


def _story() -> list[Flowable]:
    fills = [("BACKGROUND", (4, r), (4, r), FILLS[row[4]]) for r, row in enumerate(ACTIONS, 1)]
    counts = {rag: sum(row[4] == rag for row in ACTIONS) for rag in FILLS}
    return [
        notice(),
        *title("Delivery Plan 2023-24", "Progress at 30 September 2023"),
        p(
            "Adopted by the Board on 7 March 2023 for the four priorities it agreed that day. RAG: Green, "
            "done or on track; Amber, at risk of missing the target date; Red, off track or stopped."
        ),
        grid(
            [["Priority", "Action", "Lead", "Target date", "RAG"], *map(list, ACTIONS)],
            (150, 280, 160, 90, 50),
            extra=fills,
        ),
        p(
            f"Of {len(ACTIONS)} actions, {counts['Green']} are Green, {counts['Amber']} Amber and "
            f"{counts['Red']} Red. Friday Night Football has no Stourmere venue after the school "
            f"withdrew its "
            "hall; target hardening awaits the locksmith contract; the ICB's information governance team "
            "has not yet signed the data-sharing agreement."
        ),
    ]
