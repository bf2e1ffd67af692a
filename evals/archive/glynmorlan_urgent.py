"""Partnership AG's urgent decision UD 2023/02 of 14 September 2023: a record of an urgent decision in DejaVu
Serif under the boxed form head with its reference in a daffodil box; a two-column table of the decision's
particulars (taken by the Vice-Chair and another responsible authority because the Chair, a police officer,
declared an interest), the background (a knife assault in the town centre), the decision with its sum split
in two, why it could not wait for the Strategic Group, the options not taken, who was consulted, the
budget it comes from and the signatures; on page 2 an outcome note added after the eight weekends."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer

from evals.archive.common import Meta
from evals.archive.glynmorlan_facts import (
    CHAIR_2223,
    CHAIR_MAY23,
    DCG_CHAIR,
    FIRE_REP,
    HEAD,
    LANTERN,
    LANTERN_CCTV,
    LANTERN_KITS,
    NIGHTJAR,
    SVD_2324,
)
from evals.archive.glynmorlan_layout import (
    UD,
    UD_CELL,
    UD_CELL_B,
    UD_H,
    WIDTH,
    Furniture,
    Signature,
    boxed,
    notice,
    p,
    pounds,
    render,
)
from evals.archive.names import GLYNMORLAN

TITLE_URGENT = "Glynmorlan CSP urgent decision UD 2023/02 (Operation Lantern), 14 September 2023"


def write_urgent_decision(path: Path) -> Path:
    furniture = Furniture(
        "Record of urgent decision UD 2023/02",
        label="UD 2023/02",
        opening="form",
        foot="UD 2023/02 \u00b7 {n}/{total}",
        place="right",
    )
    return render(path, _story, Meta(TITLE_URGENT, GLYNMORLAN), furniture)


def _story() -> list[Flowable]:
    particulars = [
        ["Reference", "UD 2023/02"],
        ["Subject", "Operation Lantern \u2013 Pontgarreg town centre, weekends of 15 September to 4 November "
         "2023"],
        ["Date of decision", "14 September 2023"],
        ["Decision taken by", f"{CHAIR_2223}, Vice-Chair of the Strategic Group, and {FIRE_REP} (Dyfnant "
         "Fire and Rescue Service), under paragraph 7.4 of the terms of reference"],
        ["Chair's interest", f"The Chair, {CHAIR_MAY23}, declared an interest because Dyfnant Police will "
         "deliver the operation, and took no part in the decision"],
        ["Sum approved", pounds(LANTERN)],
        ["Budget", f"Serious Violence Duty grant 2023/24 ({pounds(SVD_2324)}, ring-fenced)"],
        ["Officer", f"{HEAD}, Head of Community Safety"],
    ]  # fmt: skip
    costs = [
        ["Item", "Cost"],
        ["Hire of a mobile CCTV tower with a monitored link, eight weekends", pounds(LANTERN_CCTV)],
        [
            "30 bleed control kits for licensed premises, with training by the Fire and Rescue Service",
            pounds(LANTERN_KITS),
        ],
        ["<b>Total</b>", f"<b>{pounds(LANTERN)}</b>"],
    ]
    return [
        notice(),
        Spacer(1, 6),
        p("Record of an urgent decision", UD_H.clone("GyUdT", fontSize=14, leading=18)),
        boxed(
            particulars,
            [120, WIDTH - 120],
            figs=(),
            styles=(UD_CELL_B, UD_CELL, UD_CELL_B, UD_CELL),
            head=False,
        ),
        p("1. Background", UD_H),
        p(
            "In the early hours of Saturday 2 September 2023 a 19-year-old man was seriously injured with a "
            "knife in Bridge Street, Pontgarreg, near the taxi rank. It was the third incident involving a "
            "bladed article in the town centre since June. Licensees, the Town Centre Partnership and "
            "residents asked for a visible response before the autumn weekends."
        ),
        p("2. Decision", UD_H),
        p(
            f"To approve {pounds(LANTERN)} from the Serious Violence Duty grant for Operation Lantern, "
            "made up "
            "as follows:",
            UD,
        ),
        boxed(costs, [WIDTH - 90, 90], figs=(1,), styles=(UD_CELL_B, UD_CELL_B, UD_CELL, UD_CELL)),
        p("3. Why the decision could not wait", UD_H),
        p(
            "The Strategic Group next meets on 26 September 2023. Waiting for it would have lost the "
            "first two "
            "weekends of the operation, which the police wished to begin on Friday 15 September while the "
            "incident was fresh in people's minds."
        ),
        p("4. Options considered and not taken", UD_H),
        p(
            f"Meeting the cost from Operation Nightjar ({pounds(NIGHTJAR)} awarded in May) was not possible: "
            "that award is already committed to officer overtime through March 2024. Doing nothing was "
            "rejected given the level of concern."
        ),
        p("5. Consultation", UD_H),
        p(
            f"{DCG_CHAIR} of the Commissioner's office confirmed on 13 September that the costs are eligible "
            "for the Serious Violence Duty grant. The Council's licensing team and the Town Centre "
            "Partnership "
            "were consulted. The decision will be reported to the Strategic Group on 26 September 2023."
        ),
        KeepTogether(
            [
                p("6. Signatures", UD_H),
                Signature(f"{CHAIR_2223}, Vice-Chair    14/09/2023", seed=2),
                Spacer(1, 4),
                Signature(f"{FIRE_REP}    14/09/2023", seed=6),
                Spacer(1, 4),
                Signature(f"{HEAD}, Head of Community Safety (proper officer)    14/09/2023", seed=1),
            ]
        ),
        p("7. Outcome (added 9 November 2023)", UD_H),
        p(
            "The operation ran on all eight weekends. No offence involving a knife was recorded in the "
            "Lantern zone while it ran, against four in the eight weeks before it. All 30 bleed control kits "
            "were placed in licensed premises and 41 staff were trained. The full sum was spent."
        ),
    ]
