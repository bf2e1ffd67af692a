"""Partnership B's strategic assessment (a statistics table with years as rows and categories as
columns, "N of M" footers) and its Executive Group minutes with "Resolved: (i) ... (ii) ..." blocks."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, banner, bold_row, bullets, h1, h2, para, paras, render, table
from evals.archive.names import THISTLECOMBE

SA_TITLE = "Thistlecombe Strategic Assessment 2024"
CATEGORIES = (
    "Violence with injury",
    "Burglary",
    "Vehicle crime",
    "Shoplifting",
    "Rural crime",
    "ASB incidents",
)
# One row per financial year, one column per category.
YEARS = (
    ("2018-19", 610, 288, 402, 233, 141, 2310),
    ("2019-20", 645, 270, 385, 251, 156, 2405),
    ("2020-21", 588, 214, 301, 172, 188, 3120),
    ("2021-22", 662, 231, 318, 219, 204, 2640),
    ("2022-23", 701, 242, 297, 268, 229, 2455),
)
TOWNS = (
    ("Pellbridge", "21,400", "68.2", "31.5"),
    ("Wrenwick", "12,900", "54.7", "24.0"),
    ("Sallowby", "9,300", "47.1", "18.8"),
    ("Rural parishes", "18,600", "29.4", "9.6"),
)


def write_assessment(path: Path) -> Path:
    return render(
        path,
        _assessment,
        Meta(SA_TITLE, THISTLECOMBE),
        footer=lambda page, total: f"{page} of {total}",
    )


def write_minutes(path: Path) -> Path:
    return render(
        path,
        _minutes,
        Meta(
            "Thistlecombe Safer Communities Partnership Executive Group minutes 24 January 2024", THISTLECOMBE
        ),
        header=lambda _page, _total: "TSCP Executive Group 24.01.24",
    )


def _assessment() -> list[Flowable]:
    rows = [bold_row(("Year", *CATEGORIES))]
    rows += [[year, *(f"{n:,}" for n in counts)] for year, *counts in YEARS]
    return [
        banner(),
        h1(SA_TITLE),
        para("Thistlecombe Safer Communities Partnership. Published February 2024."),
        h2("Summary"),
        bullets(
            (
                "Rural crime has risen every year since 2018-19, from 141 to 229 offences (+62%).",
                "Shoplifting recovered from its 2020-21 low and reached 268 offences in 2022-23, the "
                "highest in five years.",
                "Burglary fell by 16% over the five years.",
                "Pellbridge has the highest crime rate, 68.2 crimes per 1,000 residents.",
            )
        ),
        h2("Five-year trend"),
        para("<b>Table A. Recorded crime and ASB incidents by financial year</b>"),
        table(rows, (60, 75, 60, 65, 65, 65, 70), keep=True),
        para("Source: Marrowdown Constabulary recorded crime; ASB incidents reported to the police."),
        h2("Where it happens"),
        para("<b>Table B. Rates per 1,000 residents, 2022-23</b>"),
        table(
            [
                bold_row(("Area", "Population", "Crimes per 1,000", "ASB incidents per 1,000")),
                *map(list, TOWNS),
            ],
            (120, 80, 100, 130),
            keep=True,
        ),
        PageBreak(),
        h2("Recommendations"),
        *paras(
            "1. Keep rural crime as the partnership's first priority for 2024/25.",
            "2. Add shoplifting as a priority, working with retailers in Pellbridge.",
            "3. Review the night-time economy priority once the Wrenwick taxi marshals scheme has run a "
            "year.",
        ),
        h2("Definitions"),
        *paras(
            "<b>Rural crime</b>: offences against farms, agricultural vehicles and machinery, livestock "
            "and wildlife, recorded by the police with a rural crime marker.",
            "<b>ASB incident</b>: a report of anti-social behaviour to the police, whether or not a crime "
            "was recorded.",
        ),
    ]


def _minutes() -> list[Flowable]:
    return [
        banner(),
        h1("Thistlecombe Safer Communities Partnership Executive Group"),
        para("Minutes of the meeting of 24 January 2024, Pellbridge Town Hall, 13:30."),
        para(
            "<b>Attendees:</b> Cllr Bryony Tillett (Chair, Thistlecombe District Council); Inspector Carys "
            "Wynne (Marrowdown Constabulary); Nadia Frost (Marrowdown County Council); Liam Oduya "
            "(Marrowdown Fire and Rescue Service); Sue Pennick (Thistle Women's Aid); Dev Rana (Community "
            "Safety Officer)."
        ),
        para("<b>Apologies:</b> The Probation Service; NHS Marrowdown Integrated Care Board."),
        h2("1. Notes of the last meeting"),
        para("The notes of 6 December 2023 were accepted."),
        h2("2. Strategic Assessment 2024"),
        para(
            "Dev Rana presented the draft assessment. Resolved: (i) to accept the Strategic Assessment "
            "2024; (ii) to keep rural crime as the first priority for 2024/25; (iii) to add shoplifting as "
            "a priority for 2024/25."
        ),
        h2("3. Funding window 2"),
        para(
            "Six applications were received. Resolved: (i) to award £3.1k to District Council Licensing "
            "for Night-Time Taxi Marshals in Wrenwick; (ii) to award £1,800 to Sallowby Cycling Club for "
            "Pedal Safe cycle marking; (iii) to award £5.6k to Thistlecombe Youth Service for county lines "
            "awareness in schools; (iv) not to support the Pellbridge skate jam application at this time."
        ),
        h2("4. Partnership reserve"),
        para(
            "Resolved: (i) to release £2k from the partnership reserve for a domestic abuse awareness "
            "campaign in rural pharmacies; (ii) to hold the remaining reserve of £6.5k for 2024/25."
        ),
        h2("5. Any other business"),
        para("Inspector Wynne reported two arrests for the theft of quad bikes from farms near Sallowby."),
        h2("6. Next meeting"),
        para("6 March 2024, Wrenwick Community Centre."),
    ]
