"""Partnership L's Community Safety Needs Assessment 2024 (its strategic assessment) on sallowmere_layout's
plum-rule furniture: recorded crime by category with the calendar years 2021 to 2023 as columns and a
"% change" column; crime and ASB rates per 1,000 by neighbourhood in a table that runs over a page break
and simply continues on the next page, with no header and no "continued" caption; a RAG-rated issues
table (Issue | Threat | Harm | Risk | Trend); findings and recommendations R1 to R5."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, per_thousand, percent_change
from evals.archive.names import SALLOWMERE
from evals.archive.sallowmere_layout import (
    RAG,
    bullets,
    caption,
    heading,
    minor,
    notice,
    p,
    render_pages,
    ruled,
    title,
)

TITLE = "Sallowmere Community Safety Needs Assessment 2024"
# category: recorded crimes in 2021, 2022, 2023
CRIME = (
    ("Violence with injury", 1412, 1538, 1627),
    ("Violence without injury", 1896, 2044, 2101),
    ("Stalking and harassment", 1208, 1356, 1290),
    ("Sexual offences", 301, 348, 377),
    ("Robbery", 97, 118, 141),
    ("Residential burglary", 512, 468, 431),
    ("Vehicle offences", 688, 702, 655),
    ("Shoplifting", 734, 889, 1152),
    ("Criminal damage and arson", 1305, 1262, 1244),
    ("Drug offences", 402, 377, 359),
    ("Possession of weapons", 88, 104, 126),
    ("Public order offences", 970, 1041, 1010),
)
# neighbourhood, population (mid-2022), recorded crimes 2023, ASB incidents 2023; by crime rate
NEIGHBOURHOODS = (
    ("Sallowmere Town Centre", 8900, 1942, 1130),
    ("Marram Quay", 11200, 1096, 612),
    ("Saltcote", 10400, 903, 488),
    ("Fenny Cross", 9700, 702, 377),
    ("Tollbridge", 12800, 884, 455),
    ("Chalkhithe", 10100, 598, 296),
    ("Gorsebeck", 8600, 502, 231),
    ("Pilsworth", 9300, 541, 244),
    ("Wytcliffe", 11900, 655, 301),
    ("Nettlecombe", 8200, 401, 175),
    ("Ravenhill", 10800, 497, 212),
    ("Cresswell Lees", 9900, 452, 198),
    ("Sedgebank", 9600, 396, 160),
    ("Orchard Vale", 8700, 331, 122),
    ("Westholme", 10500, 372, 138),
    ("Yewbarrow", 7900, 241, 101),
)
# issue, threat, harm, risk (RAG), trend
ISSUES = (
    ("Violence against women and girls, including domestic abuse", "High", "High", "Red", "Rising"),
    ("Serious violence and knife crime", "Medium", "High", "Red", "Rising"),
    ("Anti-social behaviour in Sallowmere Town Centre", "High", "Medium", "Amber", "Stable"),
    ("Drug-related harm and county lines", "Medium", "High", "Amber", "Stable"),
    ("Shoplifting", "High", "Low", "Amber", "Rising"),
    ("Fraud against older residents", "Medium", "Medium", "Amber", "Rising"),
    ("Residential burglary", "Low", "Medium", "Green", "Falling"),
    ("Vehicle offences", "Low", "Low", "Green", "Falling"),
)
WIDTHS = [150, 75, 80, 80, 90]


def write_assessment(path: Path) -> Path:
    return render_pages(path, _story, Meta(TITLE, SALLOWMERE), "Community Safety Needs Assessment 2024",
                        "30 January 2024")  # fmt: skip


def _neighbourhood_row(row: tuple[str, int, int, int]) -> list[str]:
    name, population, crimes, asb = row
    return [
        name,
        f"{population:,}",
        f"{crimes:,}",
        per_thousand(crimes, population),
        f"{asb:,}",
        per_thousand(asb, population),
    ]


def _crime_table() -> list[Flowable]:
    totals = [sum(a for _, a, _, _ in CRIME), sum(b for _, _, b, _ in CRIME), sum(c for _, _, _, c in CRIME)]
    rows = [["Category", "2021", "2022", "2023", "% change 2022 to 2023"]]
    for name, a, b, c in CRIME:
        rows.append([name, f"{a:,}", f"{b:,}", f"{c:,}", percent_change(b, c)])
    rows.append(["Total recorded crime", *(f"{t:,}" for t in totals), percent_change(totals[1], totals[2])])
    return [
        caption("Table 1. Recorded crime in Sallowmere by category, calendar years 2021 to 2023"),
        ruled(rows, [165, 65, 65, 65, 115], figures=(1, 2, 3, 4), total_row=True),
    ]


def _neighbourhood_table() -> Flowable:
    """The neighbourhood table with a total row, its header set once: where the page breaks, it simply
    continues on the next page."""
    head = ["Neighbourhood", "Population", "Crimes 2023", "Crime rate per 1,000", "ASB incidents 2023",
            "ASB rate per 1,000"]  # fmt: skip
    body = [_neighbourhood_row(row) for row in NEIGHBOURHOODS]
    population = sum(row[1] for row in NEIGHBOURHOODS)
    crimes = sum(row[2] for row in NEIGHBOURHOODS)
    asb = sum(row[3] for row in NEIGHBOURHOODS)
    total = ["Sallowmere", f"{population:,}", f"{crimes:,}", per_thousand(crimes, population), f"{asb:,}",
             per_thousand(asb, population)]  # fmt: skip
    return ruled([head, *body, total], [135, 62, 62, 72, 72, 72], figures=(1, 2, 3, 4, 5), total_row=True)


def _issues_table() -> Flowable:
    rows = [["Issue", "Threat", "Harm", "Risk", "Trend"], *ISSUES]
    colour = [("BACKGROUND", (3, r), (3, r), RAG[row[3]]) for r, row in enumerate(ISSUES, start=1)]
    return ruled(rows, [200, 65, 65, 65, 80], extra=colour)


def _story() -> list[Flowable]:
    return [
        notice(),
        *title(TITLE, "A strategic assessment of crime, anti-social behaviour and harm, January 2024"),
        heading("Summary"),
        p(
            "Recorded crime in Sallowmere rose for the second year running, to 10,513 offences in 2023, "
            "2.6% more than in 2022. The rise is driven by shoplifting, up by almost 30%, possession of "
            "weapons, up by a fifth, and robbery. Residential burglary and vehicle offences continued to "
            "fall."
        ),
        p(
            "Crime is concentrated in Sallowmere Town Centre, where the crime rate of 218.2 per 1,000 "
            "residents is more than three times the Sallowmere rate, and in Marram Quay and Saltcote. "
            "Violence against women and girls and serious violence are rated the highest risks (Red)."
        ),
        heading("Method"),
        p(
            "The assessment uses police recorded crime and ASB incidents for the calendar years 2021 to "
            "2023 (extracted on 8 January 2024), hospital data on assault admissions, the residents' survey "
            "of autumn 2023 and the views of the Partnership's delivery groups. Rates per 1,000 use the "
            "mid-2022 population estimates for each neighbourhood. Each issue was scored for threat, harm "
            "and risk by a panel of analysts from Eskerdale Police and Sallowmere Council; risk is shown "
            "as Red, Amber or Green."
        ),
        p("The assessment was prepared by Rowan Underhill, Community Safety Analyst, Sallowmere Council."),
        PageBreak(),
        heading("1. Recorded crime"),
        *_crime_table(),
        p(" "),
        p(
            "Violence is the largest group of offences: violence with and without injury together made up "
            "3,728 crimes in 2023, 35% of the total. Violence with injury has risen every year since 2021. "
            "Stalking and harassment fell in 2023 for the first time in five years, which the police "
            "attribute in part to a change in how online harassment is recorded."
        ),
        p(
            "Shoplifting rose by 29.6%, the largest rise of any category, and is now above its level before "
            "the pandemic. Two thirds of shoplifting offences were in Sallowmere Town Centre, many of them "
            "by a small number of repeat offenders. Robbery, though small in number, rose for the second "
            "year running, and most robberies of personal property were of young people by young people."
        ),
        p(
            "Residential burglary fell to its lowest level since records began in their current form, and "
            "vehicle offences fell by 6.7%. Drug offences, which mostly reflect police activity, fell by "
            "4.8%."
        ),
        heading("2. Where crime happens"),
        p("Table 2 gives crime and ASB for each of the sixteen neighbourhoods, highest crime rate first."),
        caption("Table 2. Crime and ASB by neighbourhood, 2023 (rates per 1,000 residents)"),
        _neighbourhood_table(),
        p(" "),
        p(
            "Four neighbourhoods, Sallowmere Town Centre, Marram Quay, Saltcote and Fenny Cross, account "
            "for 44% of recorded crime but a quarter of residents. Yewbarrow has the lowest crime rate."
        ),
        heading("3. Threat, harm and risk"),
        caption("Table 3. Issues scored for threat, harm and risk, with the trend since 2021"),
        _issues_table(),
        heading("4. Key findings"),
        bullets(
            [
                "Domestic abuse accounts for 31% of all violence recorded in 2023.",
                "Possession of weapons offences rose from 104 in 2022 to 126 in 2023; half of those caught "
                "were under 25.",
                "Shoplifting rose from 889 to 1,152 offences, most of them in the Town Centre.",
                "ASB incidents fell slightly overall, to 5,240, but not in the Town Centre.",
                "County lines are active in Marram Quay and Saltcote.",
            ]
        ),
        heading("5. Recommendations"),
        minor("The Board is recommended to:"),
        bullets(
            [
                "adopt violence against women and girls, serious violence and knife crime, anti-social "
                "behaviour in the town centre, and drug-related harm as the priorities of the next plan;",
                "set up a Serious Violence Duty Group to meet the Duty;",
                "fund a second Independent Domestic Violence Adviser (IDVA) if money allows;",
                "ask the Town Centre Business Improvement District to share its incident data; and",
                "review shoplifting in March 2025 and decide then whether it should be a priority.",
            ],
            numbered="R%s",
        ),
        heading("Glossary"),
        p(
            "ASB: anti-social behaviour. IDVA: Independent Domestic Violence Adviser. MARAC: Multi-Agency "
            "Risk Assessment Conference. RAG: Red, Amber, Green. VAWG: violence against women and girls."
        ),
    ]
