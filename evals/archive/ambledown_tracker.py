"""Partnership N's paper to the Strategic Board of 29 April 2025 on ambledown_layout's furniture: the
Community Safety Fund's income for 2024-25 (the Police, Fire and Crime Commissioner's grant received in
four instalments, the grant conditions), a landscape spend tracker in £k with the quarters as columns
(Project | Lead | Allocation | Q1 | Q2 | Q3 | Q4 | Spent | Variance, a total row and notes on changed
allocations), the outturn and carry-forward, and the Commissioner's grant for 2025-26 (money received,
paid in two instalments)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.ambledown_layout import (
    Furniture,
    bullets,
    caption,
    heading,
    kilo,
    note,
    notice,
    p,
    render_pages,
    stub_table,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import AMBLEDOWN

TITLE = "Community Safety Fund 2024-25: year-end spend tracker and grant position"
# Project, lead, allocation, spend in quarters 1 to 4 (whole pounds, multiples of ten).
TRACKER = (
    ("IDVA service contribution", "Beacon Row Women's Aid", 31500, (7880, 7880, 7870, 7870)),
    ("Community Safety Coordinator post", "Ambledown DC", 22000, (5500, 5500, 5500, 5500)),
    ("Tollgate Park Boxing Academy (1)", "Tarnshire YJS", 8630, (0, 0, 3120, 5510)),
    ("Town-centre Safe Space (2)", "Ambledown Street Pastors", 4430, (0, 0, 2610, 1820)),
    ("Change Track (3)", "Pathway Change CIC", 11340, (0, 0, 2430, 7290)),
    ("Blunt Truth (4)", "Tarnshire Constabulary", 0, (0, 0, 0, 0)),
    ("Women's safety walk audits", "Ambledown DC", 1640, (0, 0, 900, 740)),
    ("Sanctuary scheme (5)", "Copperfield Housing Trust", 2300, (0, 0, 1450, 850)),
    ("Eastmoor Rural Watch", "Ambledown NWA", 1180, (0, 0, 0, 1180)),
)


def write_tracker(path: Path) -> Path:
    furniture = Furniture("Strategic Board, 29 April 2025: Item 6", "29 April 2025")
    return render_pages(path, _story, Meta(TITLE, AMBLEDOWN), furniture)


def _story() -> list[Flowable]:
    rows: list[tuple[str, ...]] = [
        ("Project", "Lead", "Allocation £k", "Q1 £k", "Q2 £k", "Q3 £k", "Q4 £k", "Spent £k", "Variance £k")
    ]
    totals = [0] * 7
    for name, lead, allocation, quarters in TRACKER:
        spent = sum(quarters)
        values = [allocation, *quarters, spent, spent - allocation]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        rows.append((name, lead, *(_k(v) for v in values)))
    rows.append(("Total", "", *(_k(v) for v in totals)))
    return [
        notice(),
        *title(TITLE, "Report of the Community Safety Manager to the Strategic Board, 29 April 2025"),
        heading("1", "Purpose"),
        p(
            "To report the Community Safety Fund's income and spending for 2024-25, the carry-forward agreed "
            "with the Police, Fire and Crime Commissioner (PFCC), and the grant for 2025-26. The Board is "
            "asked to note the report."
        ),
        heading("2", "Income received in 2024-25"),
        p(
            "The PFCC's grant to the Partnership for 2024-25 was £96,400, paid in four quarterly instalments "
            "of £24,100 on 15 April, 15 July and 15 October 2024 and 15 January 2025. Ambledown District "
            "Council contributed £15,000 and £6,780 was carried forward from 2023-24, so £118,180 was "
            "available."
        ),
        p("The grant was paid on these conditions, among others:"),
        bullets(
            [
                "it is spent on the priorities of the Partnership's plan and the Police and Crime Plan;",
                "it is not spent on capital items such as cameras, vehicles or buildings;",
                "a monitoring return is sent to the PFCC within 20 working days of the end of each quarter;",
                "any sum unspent at 31 March is returned unless the PFCC agrees in "
                "writing to carry it forward.",
            ],
            numbered="(%s)",
            start="i",
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("3", "Spend tracker, 2024-25"),
        caption("Table 1: Allocations and spend by quarter, 2024-25 (£k; underspends negative)"),
        stub_table(
            rows, [170, 130, 62, 50, 50, 50, 50, 58, 62], figures=set(range(2, 9)), totals={len(rows) - 1}
        ),
        note(
            "(1) Increased from 7.48 to 8.63 by the Chair's action of 11 February 2025. (2) Increased from "
            "3.95 to 4.43 by the Fund Panel on 26 November 2024. (3) Approved by the Fund Panel on 26 "
            "November 2024 after the Board deferred it; two of 14 places not taken up. (4) Award of 2.88 "
            "withdrawn on 11 February 2025; nothing paid. (5) Chair of the Fund Panel's decision of 22 "
            "October 2024, ratified on 26 November 2024."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("4", "Outturn and carry-forward"),
        p(
            "Spending in 2024-25 was £81,400 against allocations of £83,020, leaving £36,780 of the £118,180 "
            "unspent. On 8 April 2025 the PFCC agreed in writing that all of it may be carried forward: "
            "£20,000 will be held in the partnership reserve and £16,780 added to the Fund for 2025-26."
        ),
        heading("5", "Grant for 2025-26"),
        p(
            "The PFCC has confirmed a grant of £99,870 for 2025-26, a rise of 3.6%. It will be paid in two "
            "instalments: £59,922 (60%) in April 2025 and £39,948 (40%) in October 2025, the second on "
            "receipt of the quarter 2 monitoring return. With the District Council's contribution of £15,000 "
            "and the £16,780 carried forward, the Fund will have £131,650 for 2025-26."
        ),
        heading("6", "Recommendation"),
        p("That the Board notes the outturn for 2024-25 and the grant for 2025-26."),
        p("<i>Lorraine Spratling, Community Safety Manager, Ambledown District Council</i>"),
    ]


def _k(amount: int) -> str:
    return "-" if amount == 0 else kilo(amount)
