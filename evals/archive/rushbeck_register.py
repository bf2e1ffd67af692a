"""Partnership AH's Locality Safety Fund register 2024-25 as at 30 April 2025 (catalogued as `other`): a
printed register in small Helvetica on landscape pages with no opening but a print line, every cell ruled,
its header repeated, a foot "LSF register 2024-25 \u2013 n of total" at the left. Every award of the year
with its reference "LSF24-04", priority, route and minute, sum asked, first award, later change (when and
where), final award, sum paid and status; the totals; bids not funded and a payment withheld; the year's
money with a sum returned, a sum committed to next year and the balance carried forward."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import RUSHBECK
from evals.archive.rushbeck_facts import (
    ANALYST_POST,
    ASB_AMENDED,
    ASB_ASK,
    ASB_AWARD,
    AVAILABLE_2425,
    BF_2425,
    CARRIED_2425,
    DHR_M,
    DHR_M_PAID,
    DISTRICT_2425,
    FINAL_2425,
    GRANT_2425,
    IDVA,
    KICKSTART,
    KICKSTART_ASK,
    KICKSTART_WITHHELD_2324,
    MARSHALS_ASK,
    MARSHALS_AWARD,
    MARSHALS_EXTRA,
    MARSHALS_FINAL,
    MARSHALS_RETURNED,
    MENTOR_ASK,
    MENTOR_AWARD,
    MENTOR_REVISED,
    NALOXONE,
    PAID_2425,
    PASTORS,
    PASTORS_ASK,
    PRIORITIES_OLD,
    SANCTUARY,
    SHOPWATCH,
    SIGNS,
    SKATE_LIGHTS,
    WHEELS,
)
from evals.archive.rushbeck_layout import (
    LAND,
    REG,
    REG_CELL,
    REG_HEAD,
    Furniture,
    bare,
    notice,
    p,
    register,
)
from evals.archive.rushbeck_layout import render as render_pages

TITLE_REGISTER = "Rushbeck Locality Safety Fund register 2024-25 (as at 30 April 2025)"

# Ref, project, organisation, priority, route, date, asked, first award, later change, final, paid, status.
Line = tuple[str, str, str, str, str, str, str, int, str, int, int, str]
LINES: tuple[Line, ...] = (
    ("LSF24-01", "IDVA service", "Rushbeck Safe Haven", "P1", "Board SB/24/20(a)", "11/06/2024", bare(IDVA),
     IDVA, "", IDVA, IDVA, "Closed"),
    ("LSF24-02", "ASB caseworker", "Rushbeck District Council", "P2", "Board SB/24/20(b)", "11/06/2024",
     bare(ASB_ASK), ASB_AWARD, f"Reduced to {bare(ASB_AMENDED)} by the Board 21/01/2025 (AL25/05): post "
                               "vacant "
     "Aug-Oct", ASB_AMENDED, ASB_AMENDED, "Closed"),
    ("LSF24-03", "Partnership analyst", "Harlshire County Council", "All", "Board SB/24/20(c)", "11/06/2024",
     bare(ANALYST_POST), ANALYST_POST, "", ANALYST_POST, ANALYST_POST, "Closed"),
    ("LSF24-04", "Night Safe Marshals", "Rushbeck Town Centre BID", "P2", "Board SB/24/20(d)", "11/06/2024",
     bare(MARSHALS_ASK), MARSHALS_AWARD, f"Extended to 31/03/2025, +{bare(MARSHALS_EXTRA)}: decision note DN "
     "2024/07, 02/12/2024", MARSHALS_FINAL, MARSHALS_FINAL - MARSHALS_RETURNED,
     f"Closed; {bare(MARSHALS_RETURNED)} returned"),
    ("LSF24-05", "Eastwold Street Pastors", "Eastwold Churches Together", "P2", "Panel LFP24/01",
     "17/09/2024", bare(PASTORS_ASK), PASTORS, "", PASTORS, PASTORS, "Closed"),
    ("LSF24-06", "Step Up mentoring", "Harlshire Youth Trust", "P4", "Panel LFP24/02", "17/09/2024",
     f"{bare(MENTOR_ASK)} (revised {bare(MENTOR_REVISED)})", MENTOR_AWARD,
     "First bid deferred by the Board 11/06/2024 (SB/24/20(e))", MENTOR_AWARD, MENTOR_AWARD, "Closed"),
    ("LSF24-07", "Neighbourhood Watch signs", "Sandling Green Neighbourhood Watch", "P2",
     "Officer (referred by Panel)", "24/09/2024", bare(SIGNS), SIGNS, "", SIGNS, SIGNS, "Closed"),
    ("LSF24-08", "Naloxone peer training", "Harlshire Recovery Network", "P3", "Panel LFP24/04", "17/09/2024",
     bare(NALOXONE), NALOXONE, "", NALOXONE, NALOXONE, "Closed"),
    ("LSF24-09", "Sanctuary scheme", "Brookhithe Homes", "P1", "Panel LFP24/06", "17/09/2024",
     bare(SANCTUARY), SANCTUARY, "", SANCTUARY, SANCTUARY, "Closed"),
    ("LSF24-10", "Shopwatch radios top-up", "Rushbeck Town Centre BID", "P2", "Officer", "14/11/2024",
     bare(SHOPWATCH), SHOPWATCH, "", SHOPWATCH, SHOPWATCH, "Closed"),
    ("LSF24-11", "Kickstart Nights (Jan-Mar 2025)", "Marrick Bridge Community Trust", "P4",
     "Board AL25/05(b)", "21/01/2025", bare(KICKSTART_ASK), KICKSTART,
     "Deferred by the Panel 17/09/2024 (LFP24/07)", KICKSTART, KICKSTART, "Closed"),
    ("LSF24-12", "Domestic homicide review (Adult M)", "Independent chair and author", "P1",
     "Board AL25/05(c)", "21/01/2025", bare(DHR_M), DHR_M, "", DHR_M, DHR_M_PAID,
     f"Open; {bare(DHR_M - DHR_M_PAID)} due 2025-26"),
)  # fmt: skip


def write_register(path: Path) -> Path:
    furniture = Furniture(
        "Rushbeck Locality Safety Fund \u2013 register of awards 2024-25",
        head_right="as at 30/04/2025",
        opening="",
        foot="LSF register 2024-25 \u2013 {n} of {total}",
        place="left",
    )
    return render_pages(path, _story, Meta(TITLE_REGISTER, RUSHBECK), furniture, first="land")


def _story() -> list[Flowable]:
    assert sum(line[9] for line in LINES) == FINAL_2425
    assert sum(line[10] for line in LINES) == PAID_2425
    head = ["Ref", "Project", "Organisation", "Pri.", "Decided by", "Date", "Asked \u00a3", "First award "
                                                                                            "\u00a3",
            "Later change", "Final award \u00a3", "Paid 2024-25 \u00a3", "Status"]  # fmt: skip
    rows = [head]
    for ref, project, org, pri, route, date, asked, first, later, final, paid, status in LINES:
        rows.append([ref, project, org, pri, route, date, asked, bare(first), later or "\u2013", bare(final),
                     bare(paid), status])  # fmt: skip
    rows.append(["<b>Total</b>", "", "", "", "", "", "", f"<b>{bare(sum(line[7] for line in LINES))}</b>", "",
                 f"<b>{bare(FINAL_2425)}</b>", f"<b>{bare(PAID_2425)}</b>", ""])  # fmt: skip
    widths = [44, 84, 86, 24, 70, 48, 54, 46, 118, 46, 50, LAND - 670]
    refused = [
        ["Bid", "Applicant", "Asked \u00a3", "Decided by", "Date", "Outcome"],
        ["Fennick skate park lighting", "Fennick Parish Council", bare(SKATE_LIGHTS), "Board SB/24/20(f)",
         "11/06/2024", "Declined: capital works (also declined 12/12/2023)"],
        ["Rushbeck Wheels bike marking", "Rushbeck Cycling Club", bare(WHEELS), "Panel LFP24/05",
         "17/09/2024", "Declined: scored 11 out of 30, below the pass mark"],
        ["Kickstart Nights 2023-24, final payment", "Marrick Bridge Community Trust",
         bare(KICKSTART_WITHHELD_2324), "Panel (monitoring)", "17/09/2024",
         "Not paid: 26 of 40 sessions run; stays in the fund"],
    ]  # fmt: skip
    money = [
        ["The fund in 2024-25", "\u00a3"],
        ["Police and Crime Commissioner's grant (confirmed 03/05/2024)", bare(GRANT_2425)],
        ["Rushbeck District Council contribution", bare(DISTRICT_2425)],
        ["Brought forward from 2023-24", bare(BF_2425)],
        ["Available", bare(AVAILABLE_2425)],
        ["Final awards (register total)", bare(FINAL_2425)],
        ["Paid in 2024-25", bare(PAID_2425)],
        ["Returned unspent (LSF24-04)", bare(MARSHALS_RETURNED)],
        ["Committed to 2025-26 (LSF24-12)", bare(DHR_M - DHR_M_PAID)],
        ["Balance at 31/03/2025, carried forward to 2025-26", bare(CARRIED_2425)],
    ]
    key = "; ".join(f"P{i} {t}" for i, t in enumerate(PRIORITIES_OLD, 1))
    return [
        p(
            "Printed from GrantTrack 30/04/2025 10:42 \u2013 user RTHURSBY \u2013 report LSF-R2 (awards by "
            "year)",
            REG,
        ),
        notice(LAND),
        Spacer(1, 4),
        p(
            "<b>Rushbeck Locality Safety Fund \u2013 register of awards 2024-25</b>",
            REG.clone("RbRegT", fontSize=11, leading=14),
        ),
        p(f"Priorities (2023-26): {key}.", REG),
        register(rows, widths, figs=(6, 7, 9, 10)),
        Spacer(1, 8),
        p("<b>Bids not funded and payments withheld</b>", REG),
        register(refused, [150, 140, 50, 90, 56, LAND - 486], figs=(2,)),
        Spacer(1, 8),
        register(money, [300, 70], figs=(1,), styles=(REG_HEAD, REG_HEAD, REG_CELL, REG_CELL)),
        Spacer(1, 6),
        p(
            "No spring round of the Locality Fund Panel was held in 2024-25 (Strategy Board, 21/01/2025, "
            "AL25/07). The balance is carried into 2025-26.",
            REG,
        ),
    ]
