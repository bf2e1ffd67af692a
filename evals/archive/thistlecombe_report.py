"""Partnership B's annual report, laid out unlike partnership A's: two-column pages, a landscape page
with the funding table in £k, and a footer of the title followed by "page N"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta, banner, bold_row, bullets, gap, h1, h2, para, paras, render, table
from evals.archive.names import THISTLECOMBE

TITLE = "Thistlecombe Safer Communities Partnership Annual Report 2023/24"

# (project, lead organisation, theme, window, amount in £k)
FUNDED = (
    (
        "Street Pastors, Pellbridge",
        "Pellbridge Churches Network",
        "Night-time economy",
        "Window 1 (May 2023)",
        "4.5",
    ),
    (
        "Farm Watch trailer marking",
        "Marrowdown Constabulary Rural Crime Team",
        "Rural crime",
        "Window 1 (May 2023)",
        "7.2",
    ),
    ("IDVA top-up for rural victims", "Thistle Women's Aid", "Domestic abuse", "Window 1 (May 2023)", "12.0"),
    (
        "Night-Time Taxi Marshals, Wrenwick",
        "District Council Licensing",
        "Night-time economy",
        "Window 2 (January 2024)",
        "3.1",
    ),
    (
        "Pedal Safe cycle marking",
        "Sallowby Cycling Club",
        "Acquisitive crime",
        "Window 2 (January 2024)",
        "1.8",
    ),
    (
        "County lines awareness in schools",
        "Thistlecombe Youth Service",
        "Exploitation",
        "Window 2 (January 2024)",
        "5.6",
    ),
)


def write_annual_report(path: Path) -> Path:
    return render(
        path,
        _story,
        Meta(TITLE, THISTLECOMBE),
        footer=lambda page, _total: f"{TITLE}    page {page}",
        first="two",
    )


def _funding_table() -> Flowable:
    rows = [bold_row(("Project", "Lead organisation", "Theme", "Funding window", "Amount (£k)"))]
    rows += [list(row) for row in FUNDED]
    total = sum(float(row[4]) for row in FUNDED)
    rows.append(["<b>Total awarded</b>", "", "", "", f"<b>{total:.1f}</b>"])
    return table(rows, (190, 210, 120, 140, 75))


def _story() -> list[Flowable]:
    """The report, page by page: one long literal of prose and tables (data, not logic), read top down."""
    return [
        banner(),
        h1("Thistlecombe Safer Communities Partnership: Annual Report 2023/24"),
        h2("Introduction"),
        *paras(
            "Thistlecombe Safer Communities Partnership brings together the agencies with a legal duty to "
            "reduce crime and disorder in Thistlecombe district, a largely rural area with three market "
            "towns: Pellbridge, Wrenwick and Sallowby.",
            "The partnership's Executive Group meets every six weeks and is chaired by Councillor Bryony "
            "Tillett of Thistlecombe District Council.",
        ),
        h2("Members"),
        para("The statutory partners are:"),
        bullets(
            (
                "Thistlecombe District Council",
                "Marrowdown County Council",
                "Marrowdown Constabulary",
                "Marrowdown Fire and Rescue Service",
                "The Probation Service",
                "NHS Marrowdown Integrated Care Board",
            )
        ),
        h2("Priorities for 2023/24"),
        para("The Executive Group worked to four priorities during the year:"),
        bullets(
            (
                "Rural crime and farm theft",
                "Domestic abuse",
                "Exploitation of young people, including county lines",
                "A safe night-time economy in the market towns",
            ),
            numbered=True,
        ),
        h2("Rural crime"),
        *paras(
            "Thefts of trailers, quad bikes and tools from farms were the most common rural offences. The "
            "Farm Watch scheme marked 312 trailers and quad bikes with forensic paint and registered them "
            "on a national database, and three stolen trailers have since been returned to their owners.",
            "Volunteers from the Rural Crime Team also held 14 farm gate surgeries across the district.",
        ),
        h2("Domestic abuse"),
        *paras(
            "The IDVA top-up meant that an independent domestic violence adviser now spends two days a "
            "week in the rural surgeries of the district. 64 victims were supported, 22 of whom had never "
            "contacted a service before.",
        ),
        h2("Night-time economy"),
        *paras(
            "Street Pastors walked Pellbridge town centre on 30 Friday nights and gave out 410 pairs of "
            "flip-flops and 95 foil blankets.",
            "Taxi marshals at Wrenwick's market square rank began work in February 2024 and will run until "
            "the end of the summer.",
        ),
        h2("Exploitation"),
        *paras(
            "County lines awareness sessions reached all five secondary schools in the district, with "
            "1,150 pupils in Years 8 and 9 taking part.",
        ),
        h2("How the partnership works"),
        *paras(
            "Three delivery groups report to the Executive Group: the Rural Crime Forum, the Domestic "
            "Abuse Partnership and the Young People's Safety Group. Each agrees an action plan every "
            "spring and reports progress at alternate meetings.",
            "Money comes from the Police and Crime Commissioner as one allocation a year. Community groups, "
            "parish councils and partner agencies can bid in either of two windows, in May and January, "
            "using a short application form; the Executive Group decides the bids at its next meeting.",
            "Members of the public can raise a community safety concern through their parish council or at "
            "one of the quarterly neighbourhood meetings held in each market town.",
        ),
        *_funding_and_results(),
    ]


def _funding_and_results() -> list[Flowable]:
    return [
        NextPageTemplate("land"),
        PageBreak(),
        h2("Funding awarded in 2023/24 (amounts in £k)"),
        para(
            "The Police and Crime Commissioner's allocation to the partnership for 2023/24 was £36.0k. "
            "Bids are considered in two windows a year. £34.2k was awarded and the £1.8k left was returned "
            "to the Commissioner."
        ),
        _funding_table(),
        NextPageTemplate("two"),
        PageBreak(),
        h2("Acquisitive crime"),
        *paras(
            "Pedal Safe marked 540 bicycles at events in Sallowby and Wrenwick. Cycle thefts in Sallowby "
            "fell from 71 to 49 over the year.",
        ),
        gap(),
        h2("Looking ahead"),
        para(
            "The Strategic Assessment 2024 will shape the partnership's priorities for 2024/25. Rural "
            "crime will remain the first of them."
        ),
    ]
