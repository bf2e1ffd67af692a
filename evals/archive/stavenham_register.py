"""Partnership AK's funding register 2024/25, the position at 31 December 2024, printed on 8 January 2025:
landscape pages in DejaVu Sans Mono under the "console" opening (a printout's line with the workbook, the
sheet and when it was printed, over a dashed rule), no running head and a foot "Sheet n of total" at the
right. Every award of the year in a "console" table with its source (LCPF or CSIB), who approved it and when
(ISO dates), its value and what was paid by 31 December in bare figures ("104500"), its status and any
amendment or deferral; then the money (budget, committed, uncommitted, paid, by source), the Safer Stavenham
Reserve with its floor and the headroom above it, and the bids not funded."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAVENHAM
from evals.archive.stavenham_facts import (
    AVAILABLE_2425,
    AWARDS_2425_JAN,
    AWARDS_2425_LATER,
    COMMITTED_DEC_2425,
    CSIB_2425,
    EBIKES_ASK,
    IDVA_2425,
    IDVA_AMENDED_2425,
    LCPF_YEAR,
    NOISE_APP_ASK,
    OFF_ROAD_ASK,
    RESERVE_AFTER_TENSION,
    RESERVE_FLOOR,
    RESERVE_OPEN_2425,
    TENSION,
    UNCOMMITTED_DEC_2425,
    URGENT_LIMIT,
    Award,
)
from evals.archive.stavenham_layout import (
    LAND,
    REG,
    REG_STYLES,
    REG_TITLE,
    Furniture,
    bare,
    console,
    notice,
    p,
)
from evals.archive.stavenham_layout import render as render_pages

TITLE_REGISTER = "Safer Stavenham Partnership funding register 2024/25, position at 31 December 2024"
CSIB_REFS = ("SSP24-02", "SSP24-06", "SSP24-10", "SSP24-11")
PAID = {
    "SSP24-01": 73500, "SSP24-02": 40500, "SSP24-03": 49500, "SSP24-04": 28500, "SSP24-05": 18000,
    "SSP24-06": 27000, "SSP24-07": 12000, "SSP24-08": 15000, "SSP24-09": 12500, "SSP24-10": 8900,
    "SSP24-11": 4200, "SSP24-12": 3400, "SSP24-13": 11500, "SSP24-14": 0, "SSP24-15": 7800,
}  # fmt: skip
STATUS = {
    "SSP24-01": ("Live", f"Amended 2024-10-17 (Board) from {IDVA_2425}; uplift paid in Q4"),
    "SSP24-05": ("Live", "Service started June 2024; underspend likely"),
    "SSP24-07": ("Live", "Hub open Fridays and Saturdays, Oct to Mar"),
    "SSP24-09": ("Complete", "12 schools"),
    "SSP24-10": ("Complete", ""),
    "SSP24-11": ("Complete", ""),
    "SSP24-12": ("Complete", ""),
    "SSP24-13": ("Live", f"Asked {OFF_ROAD_ASK}; deferred 2024-01-25, approved 2024-10-17"),
    "SSP24-14": ("Agreement issued", "Approved under the CFG's new limit"),
    "SSP24-15": ("Complete", "Approved under the HoCS's new limit"),
}
APPROVERS = {"Board": "Board", "CFG": "CFG", "Head of Community Safety": "HoCS"}


def write_register(path: Path) -> Path:
    furniture = Furniture(
        "",
        label="SSP_Funding_Register_2024-25.xlsx  |  sheet: Awards 2024-25  |  printed 08/01/2025 09:41  |  "
        "C. Reddaway",
        opening="console",
        head_place="",
        foot="Sheet {n} of {total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_REGISTER, STAVENHAM), furniture, first="land")


def _value(award: Award) -> int:
    return IDVA_AMENDED_2425 if award[0] == "SSP24-01" else award[6]


def _story() -> list[Flowable]:
    awards = (*AWARDS_2425_JAN, *AWARDS_2425_LATER)
    rows = [["REF", "PROJECT", "PROVIDER", "PRI", "SOURCE", "APPROVED BY", "DATE", "VALUE £", "PAID £",
             "STATUS", "NOTES"]]  # fmt: skip
    for award in awards:
        ref, project, provider, priority, body, iso, _ = award
        status, note = STATUS.get(ref, ("Live", ""))
        source = "CSIB" if ref in CSIB_REFS else "LCPF"
        rows.append([ref, project, provider, str(priority), source, APPROVERS[body], iso, bare(_value(award)),
                     bare(PAID[ref]), status, note])  # fmt: skip
    csib = sum(_value(a) for a in awards if a[0] in CSIB_REFS)
    lcpf = COMMITTED_DEC_2425 - csib
    paid = sum(PAID.values())
    rows.append(["", "TOTAL", "", "", "", "", "", bare(COMMITTED_DEC_2425), bare(paid), "", ""])
    money = [
        ["BUDGET 2024/25", "LCPF", "CSIB", "TOTAL"],
        ["Budget", bare(LCPF_YEAR), bare(CSIB_2425), bare(AVAILABLE_2425)],
        ["Committed", bare(lcpf), bare(csib), bare(COMMITTED_DEC_2425)],
        ["Uncommitted", bare(LCPF_YEAR - lcpf), bare(CSIB_2425 - csib), bare(UNCOMMITTED_DEC_2425)],
        ["Paid to 31/12/2024", "", "", bare(paid)],
    ]
    reserve = [
        ["SAFER STAVENHAM RESERVE", "£"],
        ["Balance 01/04/2024", bare(RESERVE_OPEN_2425)],
        ["Released 2024-10-17 (Board): Larchmont Rise community tension response", f"-{TENSION}"],
        ["Balance 31/12/2024", bare(RESERVE_AFTER_TENSION)],
        ["Floor (ToR v3.0, from 01/11/2024)", bare(RESERVE_FLOOR)],
        ["Headroom above the floor", bare(RESERVE_AFTER_TENSION - RESERVE_FLOOR)],
        ["Co-chairs' urgent limit, per release", bare(URGENT_LIMIT)],
    ]
    declined = [
        ["BIDS NOT FUNDED 2024/25", "ASKED £", "DECIDED", "REASON"],
        ["E-bikes for Safer Neighbourhoods Teams (Central North BCU)", bare(EBIKES_ASK), "2024-01-25 Board",
         "Core policing equipment"],
        ["Noise nuisance reporting app (LBS Environmental Health)", bare(NOISE_APP_ASK), "2024-10-17 Board",
         "Duplicates the council's reporting service"],
    ]  # fmt: skip
    widths = [46, 112, 106, 24, 36, 52, 52, 44, 40, 54]
    widths.append(LAND - sum(widths))
    return [
        notice(LAND, REG),
        Spacer(1, 6),
        p("SAFER STAVENHAM PARTNERSHIP - FUNDING REGISTER 2024/25 - POSITION AT 31/12/2024", REG_TITLE),
        p(
            "LCPF = London Crime Prevention Fund (MOPAC); CSIB = Community Safety Investment Budget (LBS). "
            "PRI = priority 2024-27 (1 VAWG, 2 youth violence and exploitation, 3 drugs, 4 neighbourhood "
            "crime and ASB, 5 hate crime and cohesion). HoCS = Head of Community Safety.",
            REG,
        ),
        console(rows, widths, figs={7, 8}),
        Spacer(1, 10),
        console(money, [150, 70, 70, 70], figs={1, 2, 3}),
        Spacer(1, 10),
        console(reserve, [330, 70], figs={1}),
        Spacer(1, 10),
        console(declined, [270, 60, 100, 200], figs={1}, styles=REG_STYLES),
    ]
