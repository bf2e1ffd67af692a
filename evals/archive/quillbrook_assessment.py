"""Partnership D's strategic assessment 2024: a long table with crime categories as rows and years as
columns (counts, change and % change) that runs over a page break with its header repeated, ward rates
per 1,000, a landscape priority-scoring table with RAG ratings, and a last page in two columns with
numbered recommendations and a glossary. "OFFICIAL" running header with the title, "QSA 2024 · N/M"
footers."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import (
    Meta,
    banner,
    bold_row,
    bullets,
    h1,
    h2,
    para,
    paras,
    percent_change,
    render,
    signed,
    table,
)
from evals.archive.names import QUILLBROOK

TITLE = "Quillbrook Strategic Assessment 2024"
YEARS = ("2020-21", "2021-22", "2022-23")
# (category, 2020-21, 2021-22, 2022-23): Morwenshire Constabulary recorded crime, Quillbrook district.
CRIME = (
    ("Violence with injury", 552, 618, 659),
    ("Violence without injury", 828, 935, 1006),
    ("Stalking and harassment", 451, 524, 565),
    ("Sexual offences", 134, 166, 171),
    ("Robbery", 31, 37, 45),
    ("Residential burglary", 206, 189, 155),
    ("Non-residential burglary", 99, 88, 91),
    ("Vehicle offences", 312, 299, 271),
    ("Theft from the person", 29, 35, 42),
    ("Shoplifting", 344, 371, 468),
    ("Bicycle theft", 71, 66, 59),
    ("Other theft", 506, 530, 522),
    ("Criminal damage and arson", 617, 649, 608),
    ("Drug offences", 151, 144, 176),
    ("Possession of weapons", 40, 48, 59),
    ("Public order offences", 372, 431, 419),
    ("Miscellaneous crimes against society", 83, 86, 95),
)
# (ward, population, all crime, violence, ASB incidents, residential burglary), rates per 1,000 in 2022-23.
WARDS = (
    ("Quillbrook Central", "14,300", "151.2", "58.6", "104.3", "2.1"),
    ("Rookhaven", "9,850", "97.4", "33.5", "61.2", "2.6"),
    ("Marrowby", "11,200", "78.9", "24.1", "50.7", "3.6"),
    ("Brantwick", "8,100", "56.3", "16.2", "38.5", "2.2"),
    ("Lynchet Hill", "7,450", "47.6", "12.9", "29.8", "2.8"),
    ("Tidwell Green", "6,900", "44.8", "11.7", "33.6", "1.6"),
    ("Fernacre", "5,600", "36.1", "8.4", "24.9", "2.5"),
)
# (issue, volume 2022-23, trend, MoRiLE harm score, public concern, RAG, recommendation).
RATINGS = (
    (
        "Domestic abuse and violence against women and girls",
        "1,214 DA-related crimes",
        "Rising",
        "84",
        "Medium",
        "Red",
        "Keep as a priority",
    ),
    (
        "Serious violence, including possession of weapons",
        "59 weapons offences; 45 robberies",
        "Rising",
        "78",
        "High",
        "Red",
        "Make a priority (Serious Violence Duty)",
    ),
    (
        "Drug-related harm and exploitation",
        "176 drug offences",
        "Rising",
        "69",
        "Medium",
        "Amber",
        "Keep as a priority",
    ),
    (
        "Anti-social behaviour",
        "3,650 incidents",
        "Falling",
        "38",
        "High",
        "Amber",
        "Keep as a priority",
    ),
    (
        "Shoplifting and retail crime",
        "468 offences",
        "Rising",
        "21",
        "Medium",
        "Green",
        "Monitor through the Quillbrook Business Crime Forum",
    ),
    (
        "Residential burglary and vehicle crime",
        "155 burglaries; 271 vehicle offences",
        "Falling",
        "29",
        "Low",
        "Green",
        "Remove from the priorities; monitor through neighbourhood policing",
    ),
    (
        "Hate crime",
        "74 offences",
        "Stable",
        "33",
        "Low",
        "Green",
        "Monitor through the Community Cohesion Group",
    ),
)


def write_assessment(path: Path) -> Path:
    return render(
        path,
        _story,
        Meta(TITLE, QUILLBROOK),
        header=lambda _page, _total: f"OFFICIAL | {TITLE}",
        footer=lambda page, total: f"QSA 2024 · {page}/{total}",
    )


def crime_rows() -> list[list[str]]:
    """Table 1 as printed: a row per category, years as columns, then the latest year's change."""
    rows = [bold_row(("Offence category", *YEARS, "Change 2021-22 to 2022-23", "% change"))]
    for category, *counts in CRIME:
        rows.append([category, *(f"{n:,}" for n in counts), signed(counts[2] - counts[1]),
                     percent_change(counts[1], counts[2])])  # fmt: skip
    totals = [sum(counts[i] for _, *counts in CRIME) for i in (0, 1, 2)]
    rows.append(
        [
            "<b>Total recorded crime</b>",
            *(f"<b>{n:,}</b>" for n in totals),
            f"<b>{signed(totals[2] - totals[1])}</b>",
            f"<b>{percent_change(totals[1], totals[2])}</b>",
        ]
    )
    return rows


def _story() -> list[Flowable]:
    return [
        banner(),
        h1(TITLE),
        para(
            "Prepared for Quillbrook Safer Communities Partnership by Ingrid Salomonsen, partnership "
            "analyst, Morwenshire Constabulary. Published February 2024. It recommends the partnership's "
            "priorities for 2024-25 and 2025-26."
        ),
        h2("Executive summary"),
        bullets(
            (
                "Total recorded crime in Quillbrook rose by 3.7% in 2022-23, to 5,411 offences. The district "
                "is 6th of 15 in its most similar group of partnerships for total crime (1st is lowest).",
                "Shoplifting rose by about a quarter in a year, and possession of weapons offences by more "
                "than a fifth.",
                "Residential burglary fell for the second year running and is down by almost a fifth on "
                "2021-22, to 155 offences.",
                "Domestic abuse-related crimes rose to 1,214, up from 1,139 in 2021-22 (+6.6%).",
                "ASB incidents fell from 3,980 to 3,650. Quillbrook Central has the highest rate of ASB, "
                "104.3 incidents per 1,000 residents, and the highest crime rate of any ward.",
                "Serious violence should become a priority, as the Serious Violence Duty requires a local "
                "strategy; acquisitive crime can leave the list of priorities.",
            )
        ),
        h2("Data and method"),
        para(
            "Crime counts are Morwenshire Constabulary recorded crime for the financial years 2020-21 to "
            "2022-23 (April to March). ASB incidents are from police and Quillbrook District Council "
            "records. Ward rates use the 2021 Census population (63,400 for the district). Each issue was "
            "scored for harm with MoRiLE and given a red, amber or green (RAG) rating."
        ),
        h2("Recorded crime"),
        para("<b>Table 1. Recorded crime by offence category, Quillbrook, 2020-21 to 2022-23</b>"),
        table(crime_rows(), (150, 52, 52, 52, 110, 60)),
        para("Change and % change compare 2022-23 with 2021-22."),
        *_wards(),
        NextPageTemplate("land"),
        PageBreak(),
        *_ratings(),
        NextPageTemplate("two"),
        PageBreak(),
        *_recommendations(),
    ]


def _wards() -> list[Flowable]:
    header = (
        "Ward",
        "Population (2021)",
        "All crime per 1,000",
        "Violence per 1,000",
        "ASB incidents per 1,000",
        "Residential burglary per 1,000",
    )
    return [
        h2("Wards"),
        para("<b>Table 2. Rates per 1,000 residents by ward, 2022-23</b>"),
        table([bold_row(header), *map(list, WARDS)], (105, 70, 70, 70, 80, 95), keep=True),
        para(
            "Quillbrook Central, the town centre and its night-time economy, accounts for almost half of "
            "recorded violence. Marrowby, a large residential ward, has the highest residential burglary "
            "rate, 3.6 per 1,000, although burglary there fell in 2022-23."
        ),
    ]


def _ratings() -> list[Flowable]:
    header = (
        "Issue",
        "Volume 2022-23",
        "Trend",
        "MoRiLE harm score",
        "Public concern",
        "RAG",
        "Recommendation",
    )
    return [
        h2("Priority setting"),
        para(
            "<b>Table 3. Scoring of issues for the 2024-25 priorities.</b> The MoRiLE harm score runs from 0 "
            "to 100. Public concern is from the 2023 Quillbrook residents' survey (1,140 responses)."
        ),
        table([bold_row(header), *map(list, RATINGS)], (175, 120, 55, 70, 70, 45, 200), keep=True),
        para(
            "Red: a partnership priority with a named lead. Amber: a partnership priority delivered "
            "through a sub-group. Green: not a priority; monitored by the named group and reported "
            "to the Board once a year."
        ),
    ]


def _recommendations() -> list[Flowable]:
    return [
        h2("Recommendations"),
        bullets(
            (
                "Adopt four priorities for 2024-25: domestic abuse and violence against women and girls; "
                "serious violence; drug-related harm and exploitation; and anti-social behaviour.",
                "Remove residential burglary and vehicle crime (acquisitive crime) from the priorities and "
                "ask neighbourhood policing to report burglary trends to the Board once a year.",
                "Name a lead for serious violence and publish a Serious Violence Duty strategy by January "
                "2025, with an updated needs assessment.",
                "Focus ASB work on Quillbrook Central and Rookhaven, the two wards with the highest rates.",
                "Ask the Quillbrook Business Crime Forum to report on shoplifting to the Board in "
                "autumn 2024.",
                "Agree a data sharing agreement with housing providers so ASB case data can be mapped.",
                "Refresh this assessment in autumn 2025.",
            ),
            numbered=True,
        ),
        h2("Glossary"),
        *paras(
            "<b>ASB</b>: anti-social behaviour.",
            "<b>DA</b>: domestic abuse. A DA-related crime is one the police flag as domestic abuse.",
            "<b>MoRiLE</b>: Management of Risk in Law Enforcement, a method for scoring the harm an issue "
            "causes.",
            "<b>MSG</b>: most similar group, 15 partnerships with similar populations and deprivation.",
            "<b>RAG</b>: red, amber, green rating.",
            "<b>Serious Violence Duty</b>: the duty on partners, from January 2023, to work together to "
            "prevent and reduce serious violence and to publish a strategy.",
            "<b>VAWG</b>: violence against women and girls.",
        ),
    ]
