"""Partnership M's Neighbourhood Safety Grants 2024-25 Quarter 3 monitoring report (the position at 31
December 2024, for the Board on Tuesday 4th February 2025) on orrindale_layout's amber-strip furniture,
headings "Part A" to "Part E": the fund's position in £k; spend by project in a grouped table (a group
heading row for each priority over its projects; Allocation | Expected by Q3 | Spent to date | Variance,
underspends in brackets, a total row, footnote markers on changed allocations); the changes since June
2024 (an award confirmed below the sum held, a deferred bid approved, an award reduced at a later
meeting, part of one re-profiled into 2025-26, one increased by the Chair); commentary with amounts as
£13.9k, £0.9m and £20,400; and what the Board is asked to do."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import ORRINDALE
from evals.archive.orrindale_layout import (
    Furniture,
    bullets,
    caption,
    footnote,
    grouped,
    heading,
    minor,
    notice,
    p,
    pounds,
    render_pages,
    thousands,
    title,
    variance,
)

TITLE = "Neighbourhood Safety Grants 2024-25: Quarter 3 monitoring report"
FUND = 96350
REPROFILED = 3800
# priority: (ref, project, lead, allocation, marker, expected by Q3, spent to date)
PROJECTS = (
    (
        "Violence against women and girls",
        (
            (
                "NSG24-01",
                "Open Door outreach surgeries",
                "Orrin Valley Women's Centre",
                19500,
                "",
                14625,
                13900,
            ),
        ),
    ),
    (
        "Safer streets and public spaces",
        (
            ("NSG24-02", "Late Shift detached youth work", "Orrindale Youth Trust", 14500, "¹", 10000, 10450),
            ("NSG24-03", "Cornmarket CCTV upgrade", "Orrindale Borough Council", 17350, "²", 17350, 17350),
            ("NSG24-05", "Operation Tallow", "Westrake Constabulary", 6000, "³", 6000, 5720),
            ("NSG24-08", "Radios and first-aid kits", "Orrindale Night Angels", 2500, "", 2500, 2500),
        ),
    ),
    (
        "Serious violence",
        (
            (
                "NSG24-04",
                "Stand Tall knife-crime workshops",
                "St Aldhelm's Amateur Boxing Club",
                5900,
                "⁴",
                4400,
                4100,
            ),
        ),
    ),
    (
        "Neighbourhood crime",
        (("NSG24-06", "Lock Fast target hardening", "Lydgate Homes", 6400, "⁵", 3200, 1950),),
    ),
)


def write_monitoring_report(path: Path) -> Path:
    furniture = Furniture(
        "Grants monitoring, Quarter 3 2024-25", "OSNP/NSG/2024-25/Q3 · Board of 4 February 2025"
    )
    return render_pages(path, _story, Meta(TITLE, ORRINDALE), furniture)


def _projects() -> list[tuple[str, str, str, int, str, int, int]]:
    return [project for _, projects in PROJECTS for project in projects]


def _spend_table() -> Flowable:
    rows = [["Project", "Lead", "Allocation", "Expected by Q3", "Spent to date", "Variance"]]
    groups = []
    for priority, projects in PROJECTS:
        groups.append(len(rows))
        rows.append([priority, "", "", "", "", ""])
        for ref, name, lead, allocation, marker, expected, spent in projects:
            rows.append(
                [
                    f"{ref} {name}",
                    lead,
                    f"{pounds(allocation)}{marker}",
                    pounds(expected),
                    pounds(spent),
                    variance(spent - expected),
                ]
            )
    every = _projects()
    allocation = sum(x[3] for x in every)
    expected = sum(x[5] for x in every)
    spent = sum(x[6] for x in every)
    rows.append(
        [
            "Total, seven projects",
            "",
            pounds(allocation),
            pounds(expected),
            pounds(spent),
            variance(spent - expected),
        ]
    )
    return grouped(
        rows,
        [148, 112, 60, 56, 56, 50],
        figures=(2, 3, 4, 5),
        groups=groups,
        totals=(len(rows) - 1,),
        indent=True,
    )


def _story() -> list[Flowable]:
    every = _projects()
    allocated = sum(x[3] for x in every)
    spent = sum(x[6] for x in every)
    expected = sum(x[5] for x in every)
    uncommitted = FUND - allocated - REPROFILED
    return [
        notice(),
        *title(
            "Neighbourhood Safety Grants 2024-25",
            "Quarter 3 monitoring report: the position at 31 December 2024. For the Board on Tuesday 4th "
            "February 2025",
        ),
        p("Report of Imogen Darrowby, Community Safety Manager, Orrindale Borough Council."),
        heading("Part A", "Summary"),
        bullets(
            [
                f"Fund available in 2024-25: {thousands(FUND)}.",
                f"Allocated to seven projects: {thousands(allocated)}; spent to date {thousands(spent)}, "
                f"against {thousands(expected)} expected by the end of Quarter 3.",
                f"Re-profiled into 2025-26: {thousands(REPROFILED)} (Operation Tallow).",
                f"Uncommitted: {thousands(uncommitted)}.",
            ]
        ),
        p(
            "Spend is slightly behind profile, by £2.1k, mostly because Lock Fast started late. No project "
            "is at risk of returning money at the year end except, possibly, Open Door (see Part D)."
        ),
        heading("Part B", "Spend by project"),
        caption("Table B1: Allocation and spend to 31 December 2024, by priority"),
        _spend_table(),
        footnote(
            "Variance: spent to date less expected spend by the end of Quarter 3; underspends in brackets, "
            "none shown –."
        ),
        footnote("¹ Increased from £12,000 on 2 December 2024."),
        footnote("² Confirmed on 9 July 2024; £22,000 was held."),
        footnote("³ £3,800 of the £9,800 awarded re-profiled into 2025-26."),
        footnote("⁴ Reduced from £7,600 on 10 September 2024."),
        footnote("⁵ Deferred on 11 June 2024; approved on 10 September 2024. See Part C for each change."),
        heading("Part C", "Changes to allocations since June 2024"),
        minor("NSG24-03 Cornmarket CCTV upgrade"),
        p(
            "The Board was minded on 11 June 2024 to support the upgrade at up to £22,000, subject to a "
            "second quotation. The second quotation was the lower, and on 9 July 2024 the Community Safety "
            "Manager confirmed the award at £17,350 under delegated authority. The £4,650 not needed was "
            "returned to the uncommitted balance. The cameras were installed in October."
        ),
        minor("NSG24-06 Lock Fast"),
        p(
            "Deferred on 11 June 2024. Lydgate Homes confirmed its matching £6,400 in August, and the Board "
            "approved a grant of £6,400 at its meeting on 10 September 2024."
        ),
        minor("NSG24-04 Stand Tall"),
        p(
            "Two of the seven secondary schools withdrew for 2024-25. At its meeting on 10 September 2024 "
            "the Board reduced the grant to St Aldhelm's Amateur Boxing Club from £7,600 to £5,900."
        ),
        minor("NSG24-05 Operation Tallow"),
        p(
            "The youth engagement workers could not start until August. On 10 September 2024 the Board "
            "agreed to re-profile £3.8k of the £9.8k grant into 2025-26, for patrols in the Easter and May "
            "half-term holidays of 2025. The allocation for 2024-25 is therefore £6,000."
        ),
        minor("NSG24-02 Late Shift"),
        p(
            "In November 2024 Orrindale Youth Trust asked for the £2,500 the Board had not awarded in June, "
            "to run ten more sessions over the winter. The Chair approved the increase, from £12,000 to "
            "£14,500, on 2 December 2024 after consulting the Vice-Chair, and it is reported to the Board "
            "with this report."
        ),
        heading("Part D", "Commentary"),
        p(
            "<b>Open Door</b> has spent £13.9k of its £19.5k. The Wyke End surgery opened in August rather "
            "than July, so spend is £725 behind profile; the Centre expects to catch up by March, but if it "
            "cannot, up to £1k may be clawed back at the year end."
        ),
        p(
            "<b>Late Shift</b> is £450 ahead of profile, because the extra winter sessions began in "
            "December. <b>Cornmarket CCTV</b> and the <b>Night Angels'</b> radios are fully spent."
        ),
        p(
            "<b>Lock Fast</b> has spent £1.95k, £1,250 behind profile: 21 homes had been made more secure by "
            "31 December, and Lydgate Homes expects to reach 60 by March. <b>Stand Tall</b> and "
            "<b>Operation Tallow</b> are a few hundred pounds behind profile."
        ),
        p(
            "Looking further ahead, the Police, Fire and Crime Commissioner has set a countywide community "
            "safety budget of £0.9m for 2025-26, of which Orrindale's indicative share is £72k, £2k less "
            "than in 2024-25."
        ),
        heading("Part E", "What the Board is asked to do"),
        bullets(
            [
                "Note the spend to 31 December 2024 and the changes in Part C.",
                "Note the Chair's decision of 2 December 2024 to increase the Late Shift grant to £14,500.",
                f"Agree that the uncommitted {pounds(uncommitted)} be offered in a second round of small "
                "grants, of up to £5,000 each, opening on 10 February 2025 and closing on 7 March 2025.",
            ],
            numbered="(%s)",
        ),
    ]
