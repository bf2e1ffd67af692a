"""Partnership AD's grant decision log for 2024/25, printed from the grants register on 7 April 2025: all in
DejaVu Sans Mono on landscape pages under a printer's header line, every bid of the year in a spreadsheet grid
continued onto a second page with its header repeated (reference, project, applicant, priority, money, sum
asked, first decision, body, ISO date, later change, sum awarded, sum paid, status), sums as "12400.00"
under "GBP" columns; then the year's totals, the Operation Moonrake money returned, the part-paid review, and
a second grant under delegation told nowhere else."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.fenhallow_facts import (
    AVAILABLE_2425,
    BIDS_2425,
    COMMITTED_2425,
    DELEGATED_2425,
    NIGHTJAR_AWARD,
    NIGHTJAR_PAID,
    PAID_2425,
    UNDERSPEND_2425,
)
from evals.archive.fenhallow_layout import (
    LAND,
    LOG,
    LOG_TITLE,
    Furniture,
    grid,
    notice,
    p,
    raw,
    render,
)
from evals.archive.names import FENHALLOW

TITLE_LOG = "Fenhallow and Tullworth CSP Joint Community Safety Fund: grant decision log 2024/25"


def write_log(path: Path) -> Path:
    furniture = Furniture(
        "FTCSP grants register 2024/25 - Decisions (continued)",
        label="FTCSP_grants_register_2024-25.xlsx | sheet: Decisions | printed 07/04/2025 09:14",
        opening="printout",
        foot_left="FTCSP grants register",
        foot_right="Sheet 1 - page {n} of {total}",
    )
    return render(path, _story, Meta(TITLE_LOG, FENHALLOW), furniture, first="landscape")


def _story() -> list[Flowable]:
    head = [
        "Ref",
        "Project",
        "Applicant",
        "Pri.",
        "Fund",
        "Asked GBP",
        "First decision",
        "By",
        "Date",
        "Later change",
        "Awarded GBP",
        "Paid GBP",
        "Status",
    ]
    rows = [head]
    for bid in BIDS_2425:
        outcome, body, date = bid.first
        rows.append(
            [
                bid.ref,
                bid.project,
                bid.lead,
                bid.theme,
                bid.source,
                raw(bid.asked),
                outcome,
                body,
                date,
                bid.later or "-",
                raw(bid.final),
                raw(bid.paid),
                bid.status,
            ]
        )
    widths = [42, 92, 84, 30, 30, 48, 62, 40, 50, 90, 50, 46]
    widths.append(LAND - sum(widths))
    returned = NIGHTJAR_AWARD - NIGHTJAR_PAID
    dhr = next(b for b in BIDS_2425 if b.ref == "FT24-14")
    delegated = sum(b.first[1] == "Head of CS" for b in BIDS_2425)
    return [
        p("Joint Community Safety Fund - grant decision log 2024/25", LOG_TITLE),
        p(
            "Export of sheet 'Decisions' (filter: year = 2024/25; all statuses). Priorities as Plan 2022-25.",
            LOG,
        ),
        notice(LAND),
        Spacer(1, 4),
        grid(rows, widths, figs={5, 10, 11}),
        Spacer(1, 6),
        p(f"TOTAL available 2024/25 ......... {raw(AVAILABLE_2425)}", LOG),
        p(f"TOTAL awarded (final) ........... {raw(COMMITTED_2425)}", LOG),
        p(f"TOTAL paid to 31/03/2025 ........ {raw(PAID_2425)}", LOG),
        p(f"Returned unspent (FT24-16) ...... {raw(returned)}", LOG),
        p(f"Committed, unpaid (FT24-14) ..... {raw(dhr.final - dhr.paid)}  (carried into 2025/26)", LOG),
        p(f"Uncommitted, carried forward .... {raw(UNDERSPEND_2425)}", LOG),
        p(f"Small grants under delegation ... {delegated} ({raw(DELEGATED_2425)})", LOG),
    ]
