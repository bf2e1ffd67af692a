"""Partnership AF's Community Safety Initiatives Fund decision log 2021-22, printed from a spreadsheet on
8 April 2022: Courier on landscape pages under a print line in a thin box, a grid with the spreadsheet's
grey column letters over the header (both repeated when the log runs onto a second page), dates written
"2021-06-15", sums as "18,500.00" without the pound sign, the old priorities as "P1" to "P4"; every decision
of the year with its route, sum asked, first decision, later change, final award, sum paid and status
(amended upwards, deferred then approved, withdrawn after part payment, money returned, declined as
capital works or funded elsewhere, withdrawn by an applicant, a delegated grant told nowhere else), then
the year's totals and the sum carried forward."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.kelsthorpe_facts import (
    ANALYST_POST,
    AVAILABLE_2122,
    BOXING_ASK,
    BRIGSLEY_2122,
    CARRIED_2122,
    COMMITTED_2122,
    DHR_ADULT_C,
    GARDEN_ASK,
    IDVA,
    KICKABOUT_ASK,
    LNH_ASK,
    LNH_RETURNED,
    LOCK_STAY,
    MARKET_CCTV_ASK,
    MEDIATION_ASK,
    MEDIATION_AWARD,
    MEDIATION_PAID,
    PRIDE,
    SCAWTON,
    SHELTER_ASK,
    SPENT_2122,
    STALKING_ASK,
    STALKING_AWARD,
    STUBBLE_AMENDED,
    STUBBLE_ASK,
    STUBBLE_AWARD,
    THEATRE_ASK,
    WATCH_ASK,
    WATCH_AWARD,
)
from evals.archive.kelsthorpe_layout import (
    LAND,
    SHEET,
    Furniture,
    notice,
    p,
    pence,
    render,
    sheet,
)
from evals.archive.names import KELSTHORPE

TITLE_LOG = "Kelsthorpe Community Safety Initiatives Fund decision log 2021-22"

# Ref, date, route, applicant, project, priority, asked, first decision, awarded then, later change,
# final award, paid, status.
Row = tuple[str, str, str, str, str, str, int, str, int, str, int, int, str]
ROWS: tuple[Row, ...] = (
    ("RAG21-01", "2021-06-15", "RAG", "Wetherdale Women's Refuge Partnership", "IDVA service", "P1", IDVA,
     "Approved", IDVA, "", IDVA, IDVA, "Paid"),
    ("RAG21-02", "2021-06-15", "RAG", "Wetherdale County Council", "Analyst post (contribution)", "All",
     ANALYST_POST, "Approved", ANALYST_POST, "", ANALYST_POST, ANALYST_POST, "Paid"),
    ("RAG21-03", "2021-06-15", "RAG", "Wetherdale Constabulary", "Operation Stubble", "P3", STUBBLE_ASK,
     "Approved reduced", STUBBLE_AWARD, f"Amended to {pence(STUBBLE_AMENDED)} by RAG 2021-11-10",
     STUBBLE_AMENDED, STUBBLE_AMENDED, "Paid"),
    ("RAG21-04", "2021-06-15", "RAG", "Wetherdale Stalking Casework Service", "Stalking advocate", "P1",
     STALKING_ASK, "Deferred", 0, f"Approved {pence(STALKING_AWARD)} by RAG 2021-11-10", STALKING_AWARD,
     STALKING_AWARD, "Paid"),
    ("RAG21-05", "2021-06-15", "RAG", "Brigsley Town Council", "Youth shelter", "P2", SHELTER_ASK,
     "Declined - capital", 0, "", 0, 0, "Closed"),
    ("SG21/01", "2021-08-04", "BCSG", "Kelsthorpe Late Night Helpers", "Weekend night volunteers", "P2",
     LNH_ASK, "Approved", LNH_ASK, f"{pence(LNH_RETURNED)} returned unspent 2022-03-28", LNH_ASK,
     LNH_ASK - LNH_RETURNED, "Closed"),
    ("SG21/02", "2021-08-04", "BCSG", "Mediation Wetherdale", "Neighbour mediation", "P2", MEDIATION_ASK,
     "Approved at limit", MEDIATION_AWARD, "Withdrawn 2022-01-12: service closed; balance released",
     MEDIATION_PAID, MEDIATION_PAID, "Withdrawn"),
    ("SG21/03", "2021-08-04", "BCSG", "Hensby Parish Watch", "Trail cameras", "P3", WATCH_ASK,
     "Approved reduced", WATCH_AWARD, "", WATCH_AWARD, WATCH_AWARD, "Paid"),
    ("SG21/04", "2021-08-04", "BCSG", "Fathom Theatre Company", "Wrong Crowd schools tour", "P4", THEATRE_ASK,
     "Deferred", 0, f"Approved {pence(THEATRE_ASK)} by BCSG 2021-10-06", THEATRE_ASK, THEATRE_ASK, "Paid"),
    ("SG21/05", "2021-08-04", "BCSG", "Saltersgate ABC", "Jab and Move", "P2", BOXING_ASK,
     "Not approved - funded elsewhere", 0, "", 0, 0, "Closed"),
    ("SG21/07", "2021-08-04", "BCSG", "Kelsthorpe Homes Trust", "Lock and Stay", "P1", LOCK_STAY, "Approved",
     LOCK_STAY, "", LOCK_STAY, LOCK_STAY, "Paid"),
    ("SG21/08", "2021-08-04", "BCSG", "Kelsthorpe Town FC Community Trust", "Friday Kick-About", "P2",
     KICKABOUT_ASK, "Withdrawn by applicant", 0, "", 0, 0, "Closed"),
    ("LO21/01", "2021-08-11", "Lead Officer", "Kelsthorpe Pride", "Hate crime awareness (was SG21/06)", "All",
     PRIDE, "Approved", PRIDE, "", PRIDE, PRIDE, "Paid"),
    ("RAG21-06", "2021-11-10", "RAG", "KDC Neighbourhood Services", "Market place CCTV extension", "P2",
     MARKET_CCTV_ASK, "Declined - capital", 0, "", 0, 0, "Closed"),
    ("RAG21-07", "2021-11-10", "RAG", "Independent chair and author", "DHR Adult C", "P1", DHR_ADULT_C,
     "Approved", DHR_ADULT_C, "", DHR_ADULT_C, DHR_ADULT_C, "Paid"),
    ("SG22/01", "2022-01-19", "BCSG", "Brigsley Youth Project", "Detached youth work", "P2", BRIGSLEY_2122,
     "Approved", BRIGSLEY_2122, "", BRIGSLEY_2122, BRIGSLEY_2122, "Paid"),
    ("SG22/02", "2022-01-19", "BCSG", "Harlby Community Garden", "Path lighting", "P2", GARDEN_ASK,
     "Not approved - capital", 0, "", 0, 0, "Closed"),
    ("LO22/01", "2022-02-14", "Lead Officer", "Scawton Village Hall", "Slow Down Scawton signs", "P3",
     SCAWTON, "Approved", SCAWTON, "", SCAWTON, SCAWTON, "Paid"),
)  # fmt: skip


def write_log(path: Path) -> Path:
    furniture = Furniture(
        "CSIF decision log 2021-22 (printout)",
        label="CSIF_decision_log_2021-22.xlsx | sheet: Log | printed 08/04/2022 10:14 by lmattocks | "
        "fit to width",
        opening="printout",
        foot="Page {n} of {total}",
        foot_right=True,
    )
    return render(path, _story, Meta(TITLE_LOG, KELSTHORPE), furniture, first="landscape")


def _story() -> list[Flowable]:
    head = ["Ref", "Date", "Route", "Applicant", "Project", "Pri", "Asked", "Decision", "Awarded",
            "Later change", "Final", "Paid", "Status"]  # fmt: skip
    rows = [head]
    for (
        ref,
        date,
        route,
        applicant,
        project,
        pri,
        asked,
        decision,
        awarded,
        change,
        final,
        paid,
        status,
    ) in ROWS:
        rows.append(
            [ref, date, route, applicant, project, pri, pence(asked), decision, pence(awarded), change,
             pence(final), pence(paid), status]
        )  # fmt: skip
    assert sum(r[10] for r in ROWS) == COMMITTED_2122 and sum(r[11] for r in ROWS) == SPENT_2122
    rows.append(["TOTAL", "", "", "", "", "", pence(sum(r[6] for r in ROWS)), "", "", "",
                 pence(COMMITTED_2122), pence(SPENT_2122), ""])  # fmt: skip
    widths = [44, 50, 44, 92, 80, 22, 48, 66, 48, 96, 48, 48, LAND - 686]
    summary = [
        ["Summary 2021-22", "GBP"],
        ["Available (grant 58,500 + KDC 25,000 + WCC 10,000 + b/f 13,540)", pence(AVAILABLE_2122)],
        ["Final awards", pence(COMMITTED_2122)],
        ["Returned unspent (SG21/01)", f"-{pence(LNH_RETURNED)}"],
        ["Net spend", pence(SPENT_2122)],
        ["Carried forward to 2022-23", pence(CARRIED_2122)],
    ]
    return [
        p(
            "KELSTHORPE CSP - COMMUNITY SAFETY INITIATIVES FUND (CSIF) - DECISION LOG 2021-22",
            SHEET.clone("KeSheetTitle", fontName="Courier-Bold", fontSize=9.5, leading=12),
        ),
        notice(LAND),
        Spacer(1, 4),
        p(
            "Route: RAG = Responsible Authorities Group; BCSG = Bids and Commissioning Sub-Group; Lead "
            "Officer "
            "= Community Safety Lead Officer under delegation. Pri = priority of 2019-22 (P1 domestic abuse, "
            "P2 anti-social behaviour, P3 rural and heritage crime, P4 drug-related harm). Sums in GBP.",
            SHEET,
        ),
        sheet(rows, widths, figs=(6, 8, 10, 11)),
        Spacer(1, 8),
        sheet(summary, [300, 80], figs=(1,)),
    ]
