"""Partnership C's strategic assessment 2022: a landscape table with years as rows and categories as
columns, rates per 1,000 by ward with three measures, a most-similar-group table, a RAG table with harm
and trend, recommendations R1 to R6 and a glossary; "OFFICIAL" header and "(N)" footers."""

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
    table,
)
from evals.archive.names import MARLOWE

TITLE = "Marlowe Vale Community Safety Strategic Assessment 2022"
CATEGORIES = (
    "Violence against the person",
    "Domestic abuse-related crime",
    "Knife crime",
    "Rural crime",
    "Hate crime",
    "Residential burglary",
)
# One row per financial year, one column per category.
YEARS = (
    ("2019/20", 3412, 1286, 74, 198, 97, 402),
    ("2020/21", 3198, 1402, 69, 231, 112, 318),
    ("2021/22", 3655, 1517, 91, 266, 139, 297),
)
# (ward, population, all crime, ASB, domestic abuse), the last three per 1,000 residents in 2021/22.
WARDS = (
    ("Marlowe Town", "18,200", "96.4", "38.2", "21.7"),
    ("Netherby", "11,700", "71.3", "29.5", "18.4"),
    ("Stourley Bridge", "9,800", "58.9", "21.0", "15.1"),
    ("Ashcombe", "8,400", "44.6", "16.3", "11.9"),
    ("Kingsmead", "7,600", "28.7", "8.1", "7.5"),
    ("Penhallow", "6,900", "31.2", "9.8", "8.3"),
    ("Culver Down", "5,300", "22.9", "5.4", "6.2"),
)
# (measure, Marlowe Vale per 1,000, group average per 1,000, position of 15 where 1st is lowest).
MSG = (
    ("All recorded crime", "61.8", "70.3", "4th"),
    ("Violence against the person", "53.8", "49.6", "10th"),
    ("Rural crime", "3.9", "2.2", "13th"),
    ("Domestic abuse-related crime", "22.3", "20.9", "9th"),
)
# (issue, harm, trend, RAG rating).
RAG = (
    ("Domestic abuse and VAWG", "High", "Rising", "Red"),
    ("Serious violence and knife crime", "High", "Rising", "Red"),
    ("Rural and wildlife crime", "Medium", "Rising", "Amber"),
    ("Exploitation of young people (county lines)", "High", "Stable", "Amber"),
    ("Hate crime", "Low", "Rising", "Green"),
    ("Night-time economy violence", "Medium", "Stable", "Green"),
    ("Residential burglary", "Low", "Falling", "Green"),
)


def write_assessment(path: Path) -> Path:
    return render(
        path,
        _story,
        Meta(TITLE, MARLOWE),
        header=lambda _page, _total: "OFFICIAL",
        footer=lambda page, _total: f"({page})",
    )


def year_rows() -> list[list[str]]:
    """Table 1 as printed: a row per year, then the change over the three years in per cent."""
    rows = [bold_row(("Year", *CATEGORIES))]
    rows += [[year, *(f"{n:,}" for n in counts)] for year, *counts in YEARS]
    first, last = YEARS[0][1:], YEARS[-1][1:]
    rows.append(
        ["% change 2019/20 to 2021/22", *(percent_change(a, b) for a, b in zip(first, last, strict=True))]
    )
    return rows


def _story() -> list[Flowable]:
    return [
        banner(),
        h1(TITLE),
        para(
            "Prepared for Marlowe Vale Community Safety Partnership by Dana Whitlock, partnership analyst, "
            "Hollinshire Constabulary. Published May 2022; it recommends priorities for 2022/23 to 2024/25."
        ),
        h2("Key findings"),
        bullets(
            (
                "Hate crime rose by more than two fifths in three years, from 97 offences to 139.",
                "Rural crime is up by a third and Marlowe Vale is now 13th of 15 in its most similar group "
                "for rural crime, one of the highest rates in the group.",
                "Knife crime offences rose from 74 to 91; most took place in Marlowe Town and Netherby.",
                "Domestic abuse-related crime rose every year and is now almost 1,520 offences a year.",
                "Residential burglary fell by about a quarter.",
                "Marlowe Town has the highest crime rate of any ward, 96.4 crimes per 1,000 residents.",
            )
        ),
        h2("Method"),
        para(
            "Counts are Hollinshire Constabulary recorded crime for the financial years April 2019 to "
            "March 2022; ASB incidents come from the district council's case system. Issues were scored "
            "for harm with the MoRiLE method and rated red, amber or green."
        ),
        NextPageTemplate("land"),
        PageBreak(),
        h2("Recorded crime by year"),
        para("<b>Table 1. Recorded offences by category and financial year, Marlowe Vale</b>"),
        table(year_rows(), (150, 95, 95, 80, 80, 80, 90), keep=True),
        para(
            "Knife crime counts offences involving a knife or sharp instrument; rural crime carries a marker."
        ),
        NextPageTemplate("one"),
        PageBreak(),
        *_places(),
        PageBreak(),
        *_recommendations(),
    ]


def _places() -> list[Flowable]:
    header = ("Ward", "Population", "All crime per 1,000", "ASB per 1,000", "Domestic abuse per 1,000")
    return [
        h2("Wards"),
        para("<b>Table 2. Rates per 1,000 residents by ward, 2021/22</b>"),
        table([bold_row(header), *map(list, WARDS)], (110, 75, 95, 80, 130), keep=True),
        h2("Comparison with similar areas"),
        para(
            "The Home Office most similar group (MSG) for Marlowe Vale has 15 partnerships. Positions run "
            "from 1st, the lowest rate, to 15th, the highest."
        ),
        table(
            [
                bold_row(("Measure", "Marlowe Vale per 1,000", "MSG average per 1,000", "Position of 15")),
                *map(list, MSG),
            ],
            (150, 110, 120, 90),
            keep=True,
        ),
        h2("Recommended priorities"),
        table(
            [bold_row(("Issue", "Harm", "Trend", "RAG rating")), *map(list, RAG)],
            (210, 70, 70, 80),
            keep=True,
        ),
        para(
            "Red: make a priority. Amber: make a priority with a named lead. Green: monitor through "
            "sub-groups."
        ),
    ]


def _recommendations() -> list[Flowable]:
    return [
        h2("Recommendations"),
        *paras(
            "R1. Adopt the two red and two amber issues as the partnership's priorities for 2022/23 to "
            "2024/25.",
            "R2. Commission more Independent Domestic Violence Adviser capacity for high-risk cases.",
            "R3. Extend Farm Watch to the eastern parishes with number-plate reading cameras.",
            "R4. Ask the Hate Crime Forum to monitor hate crime and report to the Board twice a year.",
            "R5. Prepare for the Serious Violence Duty, starting with a strategic needs assessment.",
            "R6. Refresh this assessment in spring 2024.",
        ),
        h2("Glossary"),
        *paras(
            "<b>ANPR</b>: Automatic Number Plate Recognition.",
            "<b>IDVA</b>: Independent Domestic Violence Adviser, a specialist who supports victims at high "
            "risk of serious harm.",
            "<b>MoRiLE</b>: Management of Risk in Law Enforcement, a method of scoring the harm of a crime "
            "type to people and communities.",
            "<b>MSG</b>: Most Similar Group, areas grouped by the Home Office for their population and "
            "deprivation.",
            "<b>RAG</b>: a Red, Amber, Green rating.",
            "<b>VAWG</b>: Violence Against Women and Girls.",
            "<b>County lines</b>: drug dealing from cities into smaller towns using dedicated phone lines, "
            "often exploiting children.",
        ),
    ]
