"""Partnership A's strategic intelligence assessment: statistics tables (one continued over a page break
with its header repeated), rates per 1,000 by ward, a most-similar-group comparison, RAG-rated
priorities, numbered recommendations and a glossary; "- N -" footers and a running title header."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import (
    Meta,
    banner,
    bold_row,
    bullets,
    gap,
    h1,
    h2,
    para,
    paras,
    percent_change,
    render,
    signed,
    table,
)
from evals.archive.names import KESTRELFORD

TITLE = "Kestrelford Strategic Intelligence Assessment 2023"

# Recorded crime by category: (category, 2021-22, 2022-23).
CRIME = (
    ("Violence with injury", 1512, 1604),
    ("Violence without injury", 1875, 2031),
    ("Stalking and harassment", 968, 1102),
    ("Sexual offences", 301, 327),
    ("Robbery", 88, 97),
    ("Residential burglary", 512, 389),
    ("Non-residential burglary", 244, 231),
    ("Vehicle offences", 701, 655),
    ("Theft from the person", 119, 144),
    ("Bicycle theft", 187, 203),
    ("Shoplifting", 842, 1057),
    ("Other theft", 1008, 962),
    ("Criminal damage and arson", 1139, 1088),
    ("Drug offences", 402, 451),
    ("Possession of weapons", 96, 118),
    ("Public order offences", 815, 870),
    ("Miscellaneous crimes against society", 163, 171),
)
# Wards: (ward, population, recorded crimes 2022-23, ASB incidents per 1,000).
WARDS = (
    ("Kestrelford Central", 14200, 2734, "41.3"),
    ("Larkhollow", 16900, 1893, "22.8"),
    ("Quarry Hythe", 15300, 1561, "19.5"),
    ("Ostley Green", 13800, 1214, "17.2"),
    ("Copperdale", 12600, 1008, "14.6"),
    ("Weyhaven East", 14500, 1044, "12.1"),
    ("St Brannoc's", 13900, 915, "8.7"),
    ("Fennick Cross", 17400, 1131, "9.4"),
)
# Most similar group: (measure, Kestrelford rate, group average, position of 15).
MSG = (
    ("Total recorded crime", "97.0", "89.6", "10th"),
    ("Violence with injury", "13.5", "12.1", "11th"),
    ("Residential burglary", "3.3", "4.0", "5th"),
    ("Shoplifting", "8.9", "6.2", "14th"),
    ("Domestic abuse-related crime", "12.4", "11.8", "9th"),
)
RAG = (
    ("Violence against women and girls", "High", "Red"),
    ("Serious youth violence and knife crime", "High", "Red"),
    ("Shoplifting and retail-related ASB", "Medium", "Amber"),
    ("Fraud against older residents", "Medium", "Amber"),
    ("Residential burglary", "Low", "Green"),
)


def write_assessment(path: Path) -> Path:
    return render(
        path,
        _story,
        Meta(TITLE, KESTRELFORD),
        header=lambda _page, _total: TITLE,
        footer=lambda page, _total: f"- {page} -",
    )


def crime_rows() -> list[list[str]]:
    """Table 1 as printed: counts for both years, the change and the % change, then the total."""
    rows = [bold_row(("Crime category", "2021-22", "2022-23", "Change", "% change"))]
    for name, before, after in CRIME:
        rows.append(
            [name, f"{before:,}", f"{after:,}", signed(after - before), percent_change(before, after)]
        )
    before, after = sum(r[1] for r in CRIME), sum(r[2] for r in CRIME)
    rows.append(
        [
            "Total recorded crime",
            f"{before:,}",
            f"{after:,}",
            signed(after - before),
            percent_change(before, after),
        ]
    )
    return rows


def ward_rows() -> list[list[str]]:
    rows = [bold_row(("Ward", "Population", "Recorded crimes 2022-23", "Crimes per 1,000", "ASB per 1,000"))]
    for ward, population, crimes, asb in WARDS:
        rows.append([ward, f"{population:,}", f"{crimes:,}", f"{crimes / population * 1000:.1f}", asb])
    return rows


def _story() -> list[Flowable]:
    return [
        banner(),
        h1(TITLE),
        para(
            "Prepared by the Wessmoor Police community safety analyst for Kestrelford Community Safety "
            "Partnership. Published May 2023; it recommends priorities for 2023 to 2026."
        ),
        h2("Executive summary"),
        bullets(
            (
                "Total recorded crime rose by 4.8% to 11,500 offences in 2022-23.",
                "Shoplifting rose by a quarter, to 1,057 offences, and is now the fastest growing category.",
                "Theft from the person went up by about a fifth; possession of weapons offences rose from "
                "96 to 118.",
                "Residential burglary fell by almost a quarter, from 512 offences to 389.",
                "Kestrelford Central has the highest crime rate of any ward, 192.5 crimes per 1,000 "
                "residents, roughly twice the borough rate.",
                "Among the 15 partnerships in its most similar group Kestrelford is 10th for total crime "
                "and 14th for shoplifting.",
            )
        ),
        h2("Method and data"),
        *paras(
            "Crime counts are police recorded crime for Kestrelford borough for the financial years "
            "2021-22 and 2022-23 (1 April 2021 to 31 March 2023). Anti-social behaviour figures are "
            "incidents reported to the police and the council. Rates use the mid-2021 population estimate "
            "of 118,600 residents.",
            "Harm is scored with the MoRiLE method, and the borough is compared with its most similar "
            "group of 15 community safety partnerships.",
        ),
        *_tables(),
        *_priorities(),
    ]


def _tables() -> list[Flowable]:
    return [
        h2("Recorded crime"),
        para("Table 1 gives recorded crime by category for the two years, with the change between them."),
        gap(120),
        para("<b>Table 1. Recorded crime by category, 2021-22 and 2022-23</b>"),
        table(crime_rows(), (200, 70, 70, 65, 70)),
        gap(),
        para(
            "Table 2 shows where crime happens: recorded crime and anti-social behaviour per 1,000 residents."
        ),
        para("<b>Table 2. Crime and ASB rates per 1,000 residents by ward, 2022-23</b>"),
        table(ward_rows(), (120, 75, 110, 90, 80), keep=True),
        gap(),
        para("<b>Table 3. Kestrelford against its most similar group, rates per 1,000, 2022-23</b>"),
        table(
            [bold_row(("Measure", "Kestrelford", "Group average", "Position of 15")), *map(list, MSG)],
            (180, 80, 90, 90),
            keep=True,
        ),
    ]


def _priorities() -> list[Flowable]:
    return [
        PageBreak(),
        h2("Priorities recommended for 2023 to 2026"),
        para("Each theme was scored for harm and risk (MoRiLE) and given a RAG rating."),
        table([bold_row(("Theme", "MoRiLE risk", "RAG rating")), *map(list, RAG)], (230, 90, 90), keep=True),
        h2("Recommendations"),
        *paras(
            "R1. Adopt violence against women and girls, and serious youth violence and knife crime, as "
            "red priorities for the board.",
            "R2. Fund a retail crime partnership with the Business Improvement District to tackle "
            "shoplifting.",
            "R3. Work with Trading Standards on a fraud prevention campaign for residents over 70.",
            "R4. Keep residential burglary under review through the Safer Neighbourhoods sub-group.",
            "R5. Repeat this assessment in 2026, with an interim refresh of Table 1 in 2024.",
        ),
        h2("Glossary"),
        *paras(
            "<b>MoRiLE</b>: Management of Risk in Law Enforcement, a method that scores each theme for "
            "harm, likelihood and the partnership's capacity to act.",
            "<b>Most similar group</b>: the 15 community safety partnerships whose population and social "
            "make-up are closest to Kestrelford's, used for comparison.",
            "<b>RAG rating</b>: red, amber or green, showing how urgently a theme needs the board's "
            "attention.",
            "<b>Neighbourhood crime</b>: residential burglary, vehicle offences, robbery and theft from "
            "the person.",
        ),
    ]
