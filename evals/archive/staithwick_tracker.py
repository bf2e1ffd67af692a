"""Partnership AC's Community Safety Fund tracker for 2023-24, as exported on 5 April 2024: a spreadsheet on a
landscape page in Helvetica with figures in a monospace face, no page-1 furniture but an export line, dates as
"17-May-23" and sums as bare figures under "(£)": every bid of the year with its reference, source of money,
sum asked, decision, date, who decided, sum awarded, sum paid by 31 March and a status (amended, withdrawn,
declined, deferred, a second delegated grant told nowhere else), then the year's totals and the sum carried
forward."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAITHWICK
from evals.archive.staithwick_facts import (
    ANGLERS,
    ANGLERS_ASK,
    AVAILABLE_2324,
    BYSTANDER_ASK,
    BYSTANDER_AWARD,
    CHOICES_AMENDED,
    CHOICES_ASK,
    CHURCHES,
    COMMITTED_2324,
    COUNCIL,
    DA_SERVICE,
    DHR_COST,
    GATE_2324,
    HOUSING,
    HUB_ASK,
    IDVA_2324,
    LEISURE,
    LIGHTING_AUDIT,
    MEDIATION,
    MENTORS,
    NAVIGATOR,
    OFFICER,
    PASTORS_ASK,
    PASTORS_AWARD,
    PERPETRATOR,
    PERPETRATOR_AWARD,
    RESIDENTS,
    SHOPWATCH_ASK,
    SHOPWATCH_AWARD,
    SUMMER,
    SVD_2324,
    TRADERS,
    UNDERSPEND_2324,
    YJS,
    YOUTH_HUB,
    YOUTH_TRUST,
)
from evals.archive.staithwick_layout import (
    LAND,
    LOG,
    LOG_H,
    LOG_TITLE,
    Furniture,
    notice,
    p,
    plain,
    render,
    sheet,
    sheet_date,
)

TITLE_TRACKER = "Staithwick CSP Community Safety Fund tracker 2023-24"

# ref, applicant, project, source, asked, decision, date, decided by, awarded, paid, status
Row = tuple[str, str, str, str, int, str, str, str, int, int, str]
ROWS: tuple[Row, ...] = (
    ("CSF23-01", DA_SERVICE, "Hospital-based IDVA", "CSF", IDVA_2324, "Approved", "2023-05-17", "Board",
     IDVA_2324, IDVA_2324, "Complete"),
    ("CSF23-02", YJS, "Choices knife crime education", "SVD", CHOICES_ASK, "Approved 9,000; amended",
     "2023-08-09", "FPG", CHOICES_AMENDED, CHOICES_AMENDED, "Complete. Cut from 9,000: VRU funds 2 schools"),
    ("CSF23-03", CHURCHES, "Harbourside Street Pastors", "CSF", PASTORS_ASK, "Deferred; approved",
     "2023-08-09", "FPG", PASTORS_AWARD, PASTORS_AWARD, "Complete. Deferred by Board 17-May-23"),
    ("CSF23-04", TRADERS, "Old Town Shopwatch radios", "CSF", SHOPWATCH_ASK, "Declined; revised bid approved",
     "2024-01-24", "Board", SHOPWATCH_AWARD, 1400, "In progress. Declined 17-May-23; 50% paid"),
    ("CSF23-05", MENTORS, "Through the Gate mentoring", "CSF", GATE_2324, "Approved; withdrawn",
     "2023-07-21", "Applicant", 0, 0, "Withdrawn. Approved 17-May-23; nothing paid"),
    ("CSF23-06", RESIDENTS, "Millfield lighting audit", "CSF", LIGHTING_AUDIT, "Approved", "2023-08-09",
     "FPG", LIGHTING_AUDIT, LIGHTING_AUDIT, "Complete"),
    ("CSF23-07", DA_SERVICE, "Bystander training, night-time economy", "CSF", BYSTANDER_ASK,
     "Approved (reduced)", "2023-08-09", "FPG", BYSTANDER_AWARD, BYSTANDER_AWARD, "Complete. 6 sessions"),
    ("CSF23-08", LEISURE, "Harbourside summer diversionary sessions", "CSF", SUMMER, "Approved (delegated)",
     "2023-07-12", "CSM", SUMMER, SUMMER, "Complete"),
    ("CSF23-09", YOUTH_TRUST, "A&amp;E youth navigator", "CSF 11,800 + SVD 2,200", NAVIGATOR, "Approved",
     "2023-09-20", "Board", NAVIGATOR, 10500, "In progress. Recommended by FPG 09-Aug-23"),
    ("CSF23-10", COUNCIL, "Domestic homicide review (Adult M)", "CSF", DHR_COST, "Approved", "2023-09-20",
     "Board", DHR_COST, 4500, "In progress. Report due autumn 2024"),
    ("CSF23-11", HOUSING, "Ferry Lane neighbour mediation", "CSF", MEDIATION, "Approved (delegated)",
     "2023-12-06", "CSM", MEDIATION, MEDIATION, "Complete. Reported to Board 24-Jan-24"),
    ("CSF23-12", ANGLERS, "Riverbank CCTV", "-", ANGLERS_ASK, "Declined", "2024-01-24", "Board", 0, 0,
     "Closed. Private land"),
    ("CSF23-13", PERPETRATOR, "Change Course perpetrator programme", "CSF", PERPETRATOR_AWARD, "Approved",
     "2024-01-24", "Board", PERPETRATOR_AWARD, 4000, "In progress. 12 places in 2024"),
    ("CSF23-14", YOUTH_HUB, "Late opening, Friday and Saturday", "-", HUB_ASK, "Deferred", "2024-01-24",
     "Board", 0, 0, "Deferred to Board 17-Apr-24 (2024-25 money)"),
)  # fmt: skip


def write_tracker(path: Path) -> Path:
    foot = "Sheet 1 of 1 \u2014 printed page {n}"
    furniture = Furniture("CSF tracker 2023-24", opening="", foot=foot, foot_at="left")
    return render(path, _story, Meta(TITLE_TRACKER, STAITHWICK), furniture, first="landscape")


def _story() -> list[Flowable]:
    header = [
        "Ref", "Applicant", "Project", "Source", "Asked (£)", "Decision", "Date", "By", "Awarded (£)",
        "Paid to 31/03/24 (£)", "Status / notes",
    ]  # fmt: skip
    rows = [header]
    for ref, applicant, project, source, asked, decision, date, by, awarded, paid, status in ROWS:
        rows.append(
            [ref, applicant, project, source, plain(asked), decision, sheet_date(date), by, plain(awarded),
             plain(paid), status]
        )  # fmt: skip
    asked_total = sum(r[4] for r in ROWS)
    awarded_total = sum(r[8] for r in ROWS)
    paid_total = sum(r[9] for r in ROWS)
    assert awarded_total == COMMITTED_2324
    rows.append(
        ["TOTAL", "", "", "", plain(asked_total), "", "", "", plain(awarded_total), plain(paid_total), ""]
    )
    summary = [
        ["Position at 31/03/2024", "(£)"],
        ["Available 2023-24 (allocation, council, SVD, brought forward)", plain(AVAILABLE_2324)],
        ["Awarded", plain(COMMITTED_2324)],
        ["Not awarded: carried forward to 2024-25", plain(UNDERSPEND_2324)],
        ["of which SVD (ring-fenced)", plain(SVD_2324 - CHOICES_AMENDED - 2200)],
        ["Awarded but not yet paid (paid in 2024-25)", plain(COMMITTED_2324 - paid_total)],
    ]
    widths = [44, 88, 100, 50, 44, 74, 42, 38, 46, 50, 0]
    widths[-1] = LAND - sum(widths)
    return [
        p("Community Safety Fund 2023-24 \u2014 bid tracker", LOG_TITLE),
        p(
            f"Staithwick CSP &#183; exported 05-Apr-24 by {OFFICER} &#183; CSM = Community Safety Manager; "
            "FPG = Funding and Performance Group; SVD = Serious Violence Duty money",
            LOG,
        ),
        notice(LAND),
        Spacer(1, 4),
        sheet(rows[:9], widths, figs={4, 8, 9}),
        PageBreak(),
        p("Community Safety Fund 2023-24 \u2014 bid tracker (continued)", LOG_H),
        sheet([header, *rows[9:]], widths, figs={4, 8, 9}),
        p("Summary", LOG_H),
        sheet(summary, [300, 70], figs={1}),
    ]
