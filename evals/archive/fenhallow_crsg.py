"""Partnership AD's Commissioning and Resources Sub-Group, 10 September 2024: informal action notes in
Bitstream Vera under a lime "ACTION NOTES" tag, those present by initials, dates typed "10.9.24" and sums in
"£5.6k", every item a row of an action log (reference "CR24/31", item, notes, decision, who, when): a grant
under delegation reported, an award withdrawn by its applicant, a bid approved at the sub-group's limit below
its ask, one approved as asked, one deferred for a quote, one above the limit recommended to the Board, one
approved from the ring-fenced money, a variation leaving an award's sum unchanged, and the pot after the
meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.fenhallow_facts import (
    AUDIT_ASK,
    AVAILABLE_2425,
    BLEED_KITS,
    BUS_AWARD,
    FARM,
    HEAD,
    IDVA,
    MARSHALS_ASK,
    MARSHALS_AWARD,
    OFFICER_LIMIT_OLD,
    SAFE_SPACE,
    SHOPWATCH_ASK,
    STEPUP_AWARD,
    SUBGROUP_LIMIT_OLD,
    SUPPORT,
    SVD_2425,
    WARDENS_AWARD,
    WARDENS_MOVED,
    WISE_UP,
)
from evals.archive.fenhallow_layout import (
    HAIR,
    INK,
    PALE_LIME,
    VERA,
    VERA_B,
    VERA_CELL,
    VERA_HEAD,
    WIDTH,
    Furniture,
    kpounds,
    notice,
    p,
    pounds,
    render,
)
from evals.archive.names import FENHALLOW

TITLE_CRSG = (
    "Fenhallow and Tullworth CSP Commissioning and Resources Sub-Group: action notes, 10 September 2024"
)


def write_notes_september(path: Path) -> Path:
    furniture = Furniture(
        "CRSG action notes 10.9.24 (cont.)",
        label="ACTION NOTES \u2014 CRSG",
        opening="memo",
        foot_left="CRSG notes 10.9.24",
        foot_right="{n}/{total}",
    )
    return render(path, _story, Meta(TITLE_CRSG, FENHALLOW), furniture)


def _log(rows: list[list[str]], widths: list[float]) -> Table:
    cells = [[p(c, VERA_HEAD if r == 0 else VERA_CELL) for c in row] for r, row in enumerate(rows)]
    grid = Table(cells, colWidths=widths, hAlign="LEFT", repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), PALE_LIME),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, HAIR),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return grid


def _story() -> list[Flowable]:
    before = IDVA + WARDENS_AWARD + BUS_AWARD + WISE_UP + STEPUP_AWARD + FARM
    after = before - WISE_UP + MARSHALS_AWARD + SAFE_SPACE + BLEED_KITS
    svd_over = STEPUP_AWARD + BLEED_KITS - SVD_2425
    head = [
        ["Meeting", "Commissioning and Resources Sub-Group (CRSG)"],
        ["Date / time", "10.9.24, 10:00-11:30, Teams"],
        ["Chair", f"DK ({HEAD}, Head of Community Safety)"],
        ["Present", "DK, ME (OPCC), LS (Fenhallow DC), SA (Tullworth BC), JT (Probation)"],
        ["Notes", f"NF ({SUPPORT})"],
        ["Quorum", "3 needed, 5 present - OK"],
    ]
    memo = Table(
        [[p(f"<b>{a}</b>", VERA_CELL), p(b, VERA_CELL)] for a, b in head], colWidths=[80, 300], hAlign="LEFT"
    )
    memo.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    rows = [
        ["Ref", "Item", "Notes", "Decision", "Who", "When"],
        [
            "CR24/31",
            "Delegated decisions",
            f"DK approved {kpounds(FARM)} for farm watch signs and trackers in Setterby Vale (Rural Crime "
            f"Team) on 3.7.24, under her {kpounds(OFFICER_LIMIT_OLD)} limit.",
            "Noted",
            "-",
            "-",
        ],
        [
            "CR24/32",
            "Wise Up (FT24-04), YJS",
            "YJS withdrew on 2.9.24: the VRU now funds all 11 schools. Nothing paid.",
            f"Withdrawal noted; {kpounds(WISE_UP)} back to the pot",
            "NF (log)",
            "13.9.24",
        ],
        [
            "CR24/33",
            "Fenhallow Night Guides (FT24-08)",
            f"Asked {kpounds(MARSHALS_ASK)}. Scored 74/100. Our limit is {kpounds(SUBGROUP_LIMIT_OLD)}; "
            "network will drop one training day.",
            f"AGREED at {kpounds(MARSHALS_AWARD)}",
            "NF (letter)",
            "17.9.24",
        ],
        [
            "CR24/34",
            "Canal Basin Safe Space (FT24-09)",
            f"Second year. Asked {kpounds(SAFE_SPACE)}. Average 38 young people a session.",
            "AGREED",
            "NF (letter)",
            "17.9.24",
        ],
        [
            "CR24/35",
            "Women's night safety walk audits (FT24-10)",
            f"Asked {kpounds(AUDIT_ASK)}. Cost of the lighting survey not known yet.",
            "DEFERRED - resubmit with a quote for 22.10.24",
            "DK to LWN",
            "15.10.24",
        ],
        [
            "CR24/36",
            "Tullworth StoreLink radios (FT24-11)",
            f"Asked {kpounds(SHOPWATCH_ASK)} - over our limit. Scored 61/100. SA: should the BID levy pay?",
            "RECOMMEND to JSB 4.12.24",
            "NF (agenda)",
            "20.11.24",
        ],
        [
            "CR24/37",
            "Bleed kits for licensed premises (FT24-12), Fire",
            f"Asked {kpounds(BLEED_KITS)}. Fire to train door staff at 26 premises.",
            "AGREED from SVD money",
            "ME (SVD return)",
            "31.10.24",
        ],
        [
            "CR24/38",
            "Market Quarter ASB wardens (FT24-02) - variation",
            f"Tullworth BC asks to move {kpounds(WARDENS_MOVED)} of the {kpounds(WARDENS_AWARD)} from "
            "overtime to radios.",
            "AGREED - award unchanged",
            "SA",
            "-",
        ],
        [
            "CR24/39",
            "Pot after today",
            f"Available {kpounds(AVAILABLE_2425)}; committed {kpounds(after)}; uncommitted "
            f"{kpounds(AVAILABLE_2425 - after)}. SVD grant now fully used ({kpounds(svd_over)} of the bleed "
            "kits from core).",
            "Noted",
            "DK",
            "-",
        ],
    ]
    return [
        Spacer(1, 6),
        p("CRSG - action notes", VERA_B),
        notice(WIDTH),
        Spacer(1, 5),
        memo,
        Spacer(1, 6),
        p(
            "Short meeting - most of it on the bids list. Everything below is within the Sub-Group's "
            f"delegation ({pounds(SUBGROUP_LIMIT_OLD)} a bid) except CR24/36, which goes to the Board.",
            VERA,
        ),
        _log(rows, [50, 94, 146, 88, 54, WIDTH - 432]),
        Spacer(1, 6),
        p("AOB", VERA_B),
        p(
            "- ME: Commissioner's 2025/26 figures expected late November.<br/>"
            "- DK: draft ToR v4 (quorum, limits) to go to JSB in December; comments to DK by 1.11.24.",
            VERA,
        ),
        p("Next CRSG: 22.10.24, 10:00, Teams.", VERA),
    ]
