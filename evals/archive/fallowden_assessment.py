"""Partnership S's Strategic Intelligence Assessment 2023: the financial years 2020-21 to 2022-23 as
columns of a crime table that runs over a page break with its header repeated (change, % change, rate per
1,000); five years as rows of a table of measures with a "% change" row; wards in a table whose header
cells are turned upright, with a hotspot flag; the most similar group; a threat, harm and risk scoring
table rated red, amber or green; recommendations R1 to R6 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.fallowden_layout import (
    SMALL,
    Furniture,
    arrows,
    caption,
    glossary,
    note,
    notice,
    p,
    render_pages,
    rounded,
    section,
    subsection,
    title,
    turned,
)
from evals.archive.names import FALLOWDEN, FALLOWDEN_BOARD

TITLE = f"{FALLOWDEN}: Strategic Intelligence Assessment 2023"
POPULATION = 104200
YEARS = ("2020-21", "2021-22", "2022-23")

# Recorded crime by category, financial years 2020-21, 2021-22, 2022-23.
CRIME = (
    ("Violence with injury", 1012, 1148, 1203),
    ("Violence without injury", 1386, 1622, 1705),
    ("Stalking and harassment", 1051, 1237, 1189),
    ("Homicide", 1, 2, 1),
    ("Death or serious injury by unlawful driving", 4, 3, 5),
    ("Rape", 88, 104, 117),
    ("Other sexual offences", 139, 171, 186),
    ("Robbery", 42, 51, 63),
    ("Residential burglary", 268, 241, 229),
    ("Business and community burglary", 118, 126, 141),
    ("Vehicle offences", 402, 377, 416),
    ("Theft from the person", 37, 49, 58),
    ("Bicycle theft", 96, 88, 74),
    ("Shoplifting", 318, 402, 531),
    ("All other theft offences", 704, 739, 768),
    ("Criminal damage and arson", 1097, 1052, 1118),
    ("Drug offences", 301, 268, 243),
    ("Possession of weapons offences", 61, 72, 89),
    ("Public order offences", 588, 671, 640),
    ("Miscellaneous crimes against society", 112, 118, 124),
)

# (year, ASB incidents, domestic abuse-related crimes, domestic abuse non-crime incidents, hate crimes,
#  knife-enabled offences)
MEASURES = (
    ("2018-19", 3940, 1082, 1310, 96, 41),
    ("2019-20", 4215, 1167, 1284, 104, 47),
    ("2020-21", 5602, 1298, 1351, 118, 38),
    ("2021-22", 4477, 1356, 1262, 131, 52),
    ("2022-23", 4108, 1409, 1233, 127, 66),
)

# (ward, population, crimes 2022-23, ASB incidents 2022-23, domestic abuse-related crimes 2022-23)
WARDS = (
    ("Fallowden Central", 8900, 1934, 812, 201),
    ("Ropewalk", 11800, 1181, 603, 214),
    ("Chalkpit", 10600, 846, 395, 142),
    ("Lowfield", 12400, 1302, 588, 236),
    ("Highcross", 9700, 571, 247, 78),
    ("Kettlebridge North", 13100, 948, 451, 150),
    ("Kettlebridge South", 12900, 1127, 529, 209),
    ("Coppice Green", 11200, 532, 260, 105),
    ("Stanwick and Bellhouse", 13600, 459, 223, 74),
)

# (issue, threat, harm, risk, trend, rating)
SCORES = (
    ("Domestic abuse and violence against women and girls", 4, 5, 4, "Rising", "Red"),
    ("Serious violence and knife crime", 3, 5, 4, "Rising", "Red"),
    ("Drug supply and exploitation (county lines)", 3, 4, 4, "Stable", "Amber"),
    ("Anti-social behaviour in the town centres", 4, 3, 3, "Falling", "Amber"),
    ("Shoplifting and retail crime", 4, 2, 3, "Rising", "Amber"),
    ("Fraud and scams against older people", 2, 3, 2, "Stable", "Green"),
    ("Residential burglary", 2, 3, 2, "Falling", "Green"),
)
RAG = {
    "Red": colors.Color(0.93, 0.62, 0.6),
    "Amber": colors.Color(0.98, 0.82, 0.5),
    "Green": colors.Color(0.68, 0.86, 0.66),
}


def total(year: int) -> int:
    """All recorded crime in YEARS[year]."""
    return sum((a, b, c)[year] for _, a, b, c in CRIME)


def pct(before: int, after: int) -> str:
    """+5.4% style, one decimal place."""
    return f"{(after - before) / before * 100:+.1f}%"


def rate(count: int, population: int = POPULATION) -> str:
    """Per 1,000 residents, one decimal place."""
    return f"{count / population * 1000:.1f}"


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Intelligence Assessment", "2023", "Dunmarsh Insight Team · SIA/FAL/2023 · v1.2"
    )
    return render_pages(path, _assessment, Meta(TITLE, "Dunmarsh County Council Insight Team"), furniture)


def _crime_table() -> Table:
    rows = [["Crime category", *YEARS, "Change", "% change", "Rate per 1,000 (2022-23)"]]
    for name, a, b, c in CRIME:
        rows.append([name, f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", pct(b, c), rate(c)])
    a, b, c = total(0), total(1), total(2)
    rows.append(["All recorded crime", f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", pct(b, c), rate(c)])
    return rounded(rows, [150, 46, 46, 46, 46, 52, 93], figures=(1, 2, 3, 4, 5, 6), total=True)


def _measures_table() -> Table:
    rows = [
        [
            "Year",
            "ASB incidents",
            "Domestic abuse-related crimes",
            "Domestic abuse incidents (not crimes)",
            "Hate crimes",
            "Knife-enabled offences",
        ]
    ]
    for year, *values in MEASURES:
        rows.append([year, *(f"{v:,}" for v in values)])
    _, *before = MEASURES[-2]
    _, *after = MEASURES[-1]
    rows.append(["% change 2021-22 to 2022-23", *(pct(x, y) for x, y in zip(before, after, strict=True))])
    return rounded(rows, [104, 70, 80, 90, 60, 75], figures=(1, 2, 3, 4, 5))


def _ward_table() -> Table:
    district = total(2) / POPULATION * 1000
    header = [
        "Ward",
        "Population (mid-2021)",
        "Recorded crimes",
        "Crime rate per 1,000",
        "ASB incidents",
        "ASB per 1,000",
        "Domestic abuse crimes",
        "Hotspot",
    ]
    rows = []
    for ward, people, crimes, asb, da in WARDS:
        hotspot = "Yes" if crimes / people * 1000 >= 1.2 * district else "No"
        rows.append(
            [
                ward,
                f"{people:,}",
                f"{crimes:,}",
                rate(crimes, people),
                f"{asb:,}",
                rate(asb, people),
                f"{da:,}",
                hotspot,
            ]
        )
    rows.append(
        [
            "Fallowden district",
            f"{POPULATION:,}",
            f"{total(2):,}",
            rate(total(2)),
            f"{MEASURES[-1][1]:,}",
            rate(MEASURES[-1][1]),
            f"{MEASURES[-1][2]:,}",
            "",
        ]
    )
    return turned(header, rows, [128, 52, 50, 50, 50, 46, 52, 50], figures=(1, 2, 3, 4, 5, 6), height=112)


def _scores_table() -> Table:
    rows = [["Issue", "Threat (1-5)", "Harm (1-5)", "Risk (1-5)", "Score", "Trend", "Rating"]]
    for issue, threat, harm, risk, trend, rating in SCORES:
        rows.append([issue, str(threat), str(harm), str(risk), str(threat + harm + risk), trend, rating])
    table = rounded(rows, [176, 50, 46, 46, 40, 54, 56], figures=(1, 2, 3, 4))
    tints = [("BACKGROUND", (6, r), (6, r), RAG[row[-1]]) for r, row in enumerate(SCORES, start=1)]
    table.setStyle(TableStyle(tints))
    return table


def _assessment() -> list[Flowable]:
    a, b, c = total(0), total(1), total(2)
    shop_b, shop_c = CRIME[13][2], CRIME[13][3]
    knives_b, knives_c = MEASURES[-2][5], MEASURES[-1][5]
    return [
        *title(
            "Dunmarsh Insight Team for the " + FALLOWDEN,
            "Strategic Intelligence Assessment 2023",
            "Crime, disorder and community safety in Fallowden district, April 2018 to March 2023 · "
            "published 14 November 2023",
        ),
        notice(),
        *section("01", "Executive summary", "Summary"),
        p(
            f"Police recorded {c:,} crimes in Fallowden district in 2022-23, {c - b:,} more than the year "
            f"before ({pct(b, c)}) and {c - a:,} more than in 2020-21. The rate of {rate(c)} crimes per "
            "1,000 "
            "residents remains above the average of Fallowden's most similar group of areas."
        ),
        arrows(
            [
                f"Shoplifting rose by almost a third, from {shop_b} to {shop_c} offences, the largest rise "
                "of "
                "any category.",
                f"Knife-enabled offences rose from {knives_b} to {knives_c}, the highest in five years.",
                "Domestic abuse-related crime has risen every year since 2018-19, to "
                f"{MEASURES[-1][2]:,} crimes in 2022-23.",
                "Anti-social behaviour fell for the second year running, but is still concentrated in "
                "Fallowden Central, where the crime rate is more than twice the district's.",
                "Residential burglary fell to its lowest level in five years.",
            ]
        ),
        subsection("About this assessment"),
        p(
            "The assessment was written by Freya Lindqvist, Community Safety Analyst in the Dunmarsh "
            f"Insight Team, for the {FALLOWDEN_BOARD}. It uses Dunmarsh Police recorded crime and "
            "anti-social behaviour incidents, the domestic abuse data of the Foxglove service, hospital "
            "data on assaults and the Office for National Statistics' mid-2021 population estimate of "
            f"{POPULATION:,}. Years are financial years, April to March; rates are per 1,000 residents.",
            SMALL,
        ),
        *section("02", "Recorded crime", "Recorded crime"),
        p(
            "Table 1 sets out recorded crime by category over the last three financial years. Violence "
            "without injury is the largest category; most of the increase in 2022-23 came from violence, "
            "sexual offences, shoplifting and weapons possession."
        ),
        caption("Table 1: Recorded crime by category, Fallowden district, 2020-21 to 2022-23"),
        _crime_table(),
        note(
            "Source: Dunmarsh Police crime data, extracted 14 July 2023. Change and % change: 2021-22 to "
            "2022-23."
        ),
        *section("03", "Trends over five years", "Trends"),
        p(
            "Table 2 shows the five-year picture for the measures the Board follows most closely. Anti-"
            "social behaviour peaked in 2020-21, when many incidents were breaches of the coronavirus "
            "restrictions."
        ),
        caption("Table 2: Selected measures, 2018-19 to 2022-23"),
        _measures_table(),
        *section("04", "Where crime happens", "Wards"),
        p(
            "Table 3 gives recorded crime, anti-social behaviour and domestic abuse by ward. A ward is "
            "marked as a hotspot when its crime rate is at least 1.2 times the district's rate."
        ),
        caption("Table 3: Crime and anti-social behaviour by ward, 2022-23"),
        _ward_table(),
        p(
            "Fallowden Central holds the town centre and its night-time economy. Lowfield is the district's "
            "largest estate; its domestic abuse-related crime is the highest of any ward.",
            SMALL,
        ),
        *section("05", "How Fallowden compares", "Comparison"),
        p(
            "Fallowden is compared with the 14 other districts in its most similar group (MSG). A "
            "position of 1 is the lowest rate of the 15."
        ),
        rounded(
            [
                ["Measure (2022-23)", "Fallowden rate per 1,000", "MSG average", "Position (of 15)"],
                ["All recorded crime", rate(c), "79.1", "11th"],
                ["Violence against the person", rate(sum(r[3] for r in CRIME[:5])), "36.2", "10th"],
                ["Shoplifting", rate(shop_c), "4.4", "12th"],
                ["Residential burglary", rate(CRIME[8][3]), "3.1", "4th"],
                ["Criminal damage and arson", rate(CRIME[15][3]), "10.2", "9th"],
            ],
            [170, 110, 90, 90],
            figures=(1, 2, 3),
        ),
        *section("06", "Threat, harm and risk", "Threat, harm and risk"),
        p(
            "Each issue was scored from 1 to 5 for threat, harm and risk by the analyst and the Board's "
            "sub-group leads. A total of 12 or more is rated red, 9 to 11 amber and 8 or less green."
        ),
        _scores_table(),
        *section("07", "Recommendations", "Recommendations"),
        rounded(
            [
                ["No.", "Recommendation"],
                [
                    "R1",
                    "Widen the domestic abuse priority to violence against women and girls, including "
                    "stalking and sexual offences.",
                ],
                [
                    "R2",
                    "Make serious violence and knife crime a priority, and meet the Serious Violence Duty "
                    "through a local action plan.",
                ],
                [
                    "R3",
                    "Keep anti-social behaviour and town centre safety as a priority, focused on Fallowden "
                    "Central and Lowfield.",
                ],
                [
                    "R4",
                    "Widen the drugs and alcohol priority to drug-related harm and exploitation, including "
                    "county lines.",
                ],
                [
                    "R5",
                    "Pass the lead for fraud and scams against older people to the Dunmarsh Safeguarding "
                    "Adults Board.",
                ],
                ["R6", "Agree a retail crime plan with town centre businesses to reduce shoplifting."],
            ],
            [40, 439],
            first_bold=True,
        ),
        *section("08", "Glossary", "Glossary"),
        *glossary(
            [
                ("ASB", "Anti-social behaviour."),
                ("DHR", "Domestic homicide review."),
                ("IDVA", "Independent domestic violence adviser."),
                ("MSG", "Most similar group: the 15 districts most like Fallowden, used for comparison."),
                ("SVD", "The Serious Violence Duty, in force since January 2023."),
                ("THR", "Threat, harm and risk: the scoring used in section 06."),
                ("VAWG", "Violence against women and girls."),
            ]
        ),
    ]
