"""Partnership F's Partnership Strategic Assessment 2021, in Times with rules only: key judgements in a
box, a long table of crime types with four years as columns and a % change column that runs over a page
break with its header repeated, a ward table (rows are wards; a rate per 1,000 and a share of the
district's crime in %), a domestic abuse table with years as rows and a repeat-victim %, a
threat/harm/risk grid (High, Medium, Low) with an outcome, "Rec 1" to "Rec 6" and a glossary. Running
lines: "RESTRICTED - PARTNERSHIP USE" top left, the unit top right, "Drayhurst PSA 2021 [N]" at the foot."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether

from evals.archive.common import FICTIONAL, Meta, percent_change
from evals.archive.drayhurst_layout import (
    SERIF_SMALL,
    Furniture,
    boxed,
    grid,
    heading,
    p,
    render_pages,
    title,
)
from evals.archive.names import DRAYHURST

TITLE = "Drayhurst Partnership Strategic Assessment 2021"
YEARS = ("2017/18", "2018/19", "2019/20", "2020/21")
# Ostervale and Brenlow Police recorded crime in Drayhurst district, financial years.
CRIMES: tuple[tuple[str, int, int, int, int], ...] = (
    ("Violence with injury", 812, 856, 901, 774),
    ("Violence without injury", 1104, 1187, 1262, 1231),
    ("Stalking and harassment", 488, 563, 640, 702),
    ("Rape", 61, 68, 74, 71),
    ("Other sexual offences", 118, 131, 142, 119),
    ("Robbery", 44, 51, 47, 29),
    ("Domestic burglary", 398, 371, 322, 214),
    ("Non-domestic burglary", 207, 198, 186, 141),
    ("Theft of a motor vehicle", 133, 149, 126, 88),
    ("Theft from a motor vehicle", 402, 377, 341, 208),
    ("Vehicle interference", 57, 66, 49, 38),
    ("Shoplifting", 611, 654, 688, 402),
    ("Theft from the person", 39, 44, 52, 23),
    ("Bicycle theft", 126, 118, 131, 140),
    ("All other theft", 884, 861, 842, 611),
    ("Criminal damage", 903, 934, 889, 821),
    ("Arson", 46, 53, 41, 57),
    ("Trafficking of drugs", 58, 72, 91, 104),
    ("Possession of drugs", 244, 231, 262, 318),
    ("Possession of weapons", 49, 57, 68, 81),
    ("Public order", 522, 579, 634, 688),
    ("Miscellaneous crimes against society", 97, 103, 111, 96),
)
# (ward, mid-2019 population, recorded crimes 2020/21, ASB incidents 2020/21); crimes sum to Table 1's total.
WARDS = (
    ("Eastgate", 13900, 1562, 1206),
    ("Tolbury Quay", 9800, 1098, 874),
    ("Castle Mead", 11200, 968, 802),
    ("Hobb's Green", 12600, 931, 911),
    ("Windle Heath", 10700, 744, 1032),
    ("Tolbury North", 12300, 652, 455),
    ("Pilgrim's Reach", 14100, 561, 384),
    ("Upper Drayle Villages", 13800, 440, 297),
)
POPULATION = sum(row[1] for row in WARDS)
# (year, domestic abuse incidents, domestic abuse-related crimes, repeat victims %, MARAC cases)
ABUSE = (
    ("2017/18", "2,106", "1,218", "27.4%", "164"),
    ("2018/19", "2,241", "1,355", "28.9%", "171"),
    ("2019/20", "2,388", "1,472", "30.2%", "186"),
    ("2020/21", "2,702", "1,689", "33.8%", "213"),
)
# (issue, threat, harm, risk, direction, outcome)
GRID = (
    ("Violence against women and girls (domestic abuse, stalking, sexual offences)", "High", "High",
     "High", "Rising", "Priority"),
    ("Exploitation of young people and knife crime", "Medium", "High", "High", "Rising", "Priority"),
    ("Anti-social behaviour and off-road motorcycles", "High", "Medium", "Medium", "Rising", "Priority"),
    ("Fraud and scams targeting older residents", "Medium", "Medium", "High", "Rising", "Priority"),
    ("Burglary and vehicle crime", "Low", "Medium", "Low", "Falling", "Watching brief"),
    ("Violence in the night-time economy", "Low", "Medium", "Medium", "Falling",
     "Transfer to the Licensing and Evening Economy Forum"),
    ("Hate crime", "Low", "Medium", "Medium", "Stable", "Watching brief"),
)  # fmt: skip


def write_assessment(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, DRAYHURST),
        Furniture(
            top_left=lambda _page, _total: "RESTRICTED - PARTNERSHIP USE",
            top_right=lambda _page, _total: "Partnership Intelligence Unit, Ostervale and Brenlow Police",
            foot_right=lambda page, _total: f"Drayhurst PSA 2021 [{page}]",
        ),
    )


def year_totals() -> list[int]:
    """Total recorded crime in each of the four years."""
    return [sum(counts[year] for _, *counts in CRIMES) for year in range(4)]


def crime_table() -> Flowable:
    rows = [[f"<b>{cell}</b>" for cell in ("Crime type", *YEARS, "% change 2019/20 to 2020/21")]]
    for name, *counts in CRIMES:
        rows.append([name, *(f"{n:,}" for n in counts), percent_change(counts[2], counts[3])])
    totals = year_totals()
    rows.append(["<b>Total recorded crime</b>", *(f"<b>{n:,}</b>" for n in totals),
                 f"<b>{percent_change(totals[2], totals[3])}</b>"])  # fmt: skip
    return grid(rows, (170, 62, 62, 62, 62, 78), zebra=True)


def ward_table() -> Flowable:
    header = ("Ward", "Population (mid-2019)", "Crimes 2020/21", "Crimes per 1,000 residents",
              "ASB incidents", "ASB per 1,000", "Share of district crime")  # fmt: skip
    total = sum(row[2] for row in WARDS)
    rows = [[f"<b>{cell}</b>" for cell in header]]
    for ward, people, crimes, asb in WARDS:
        rows.append([ward, f"{people:,}", f"{crimes:,}", f"{crimes / people * 1000:.1f}", f"{asb:,}",
                     f"{asb / people * 1000:.1f}", f"{crimes / total * 100:.1f}%"])  # fmt: skip
    return grid(rows, (105, 62, 56, 66, 56, 52, 60))


def _story() -> list[Flowable]:
    totals = year_totals()
    head = ("Year", "Domestic abuse incidents", "Domestic abuse-related crimes", "Repeat victims",
            "Cases heard at MARAC")  # fmt: skip
    abuse = [[f"<b>{c}</b>" for c in head], *map(list, ABUSE)]
    threat = [[f"<b>{c}</b>" for c in ("Issue", "Threat", "Harm", "Risk", "Direction", "Outcome")]]
    threat += [list(row) for row in GRID]
    return [
        p(f"<i>{FICTIONAL}</i>", SERIF_SMALL),
        title(TITLE),
        p(
            "Prepared for the Drayhurst Crime and Disorder Reduction Partnership by Ines Valderrama, "
            "Principal Analyst, Partnership Intelligence Unit. Version 1.2, issued 12 May 2021. Covers the "
            "four financial years 2017/18 to 2020/21."
        ),
        boxed(
            [
                p("<b>Key judgements</b>"),
                p(
                    f"1. Recorded crime in Drayhurst fell to {totals[3]:,} offences in 2020/21, the lowest "
                    "of the four years, but most of the fall is in acquisitive crime while pubs and shops "
                    "were shut during lockdowns."
                ),
                p(
                    "2. Domestic burglary has fallen three years in a row and was a third lower in 2020/21 "
                    "than a year earlier. Theft from a motor vehicle almost halved over the period."
                ),
                p(
                    "3. Stalking and harassment has grown every year, by 44% since 2017/18; a third of "
                    "domestic abuse victims are now repeat victims (33.8%)."
                ),
                p(
                    "4. Possession of weapons offences rose for the third year running and are 65% up on "
                    "2017/18. Trafficking of drugs offences nearly doubled over the same years."
                ),
                p(
                    "5. Eastgate and Tolbury Quay have the highest crime rates; Windle Heath has the "
                    "highest rate of ASB, much of it reports of off-road motorcycles."
                ),
                p(
                    "6. Reports of fraud by residents aged 65 and over rose from 96 to 171 in two years "
                    "(national reporting centre data), with courier and doorstep scams most common."
                ),
            ],
            490,
        ),
        heading("Sources and method"),
        p(
            "Police recorded crime and incident data were extracted from the force crime system on 9 April "
            "2021. ASB incidents are police and Drayhurst District Council reports with duplicates removed. "
            f"Rates use the mid-2019 population estimate for the district ({POPULATION:,}). Each issue was "
            "graded High, Medium or Low for threat, harm and risk at an analysts' workshop on 21 April 2021."
        ),
        heading("Recorded crime, 2017/18 to 2020/21"),
        p("<b>Table 1</b>: crimes recorded in Drayhurst district by crime type"),
        crime_table(),
        p("Percentages compare 2020/21 with 2019/20.", SERIF_SMALL),
        heading("Where crime and ASB happen"),
        KeepTogether([p("<b>Table 2</b>: wards of Drayhurst district, 2020/21"), ward_table()]),
        p(
            "The district rate was "
            f"{totals[3] / POPULATION * 1000:.1f} crimes per 1,000 residents in 2020/21. Eastgate, with "
            "Drayhurst town centre and the bus interchange, and Tolbury Quay, with the riverside bars, "
            "together account for more than a third of recorded crime."
        ),
        heading("Domestic abuse"),
        KeepTogether(
            [p("<b>Table 3</b>: domestic abuse in Drayhurst, by year"), grid(abuse, (70, 95, 105, 80, 90))]
        ),
        p(
            "Incidents rose by 13.1% in 2020/21, the first year of lockdowns, and MARAC heard 213 cases, up "
            "from 164 in 2017/18."
        ),
        KeepTogether(
            [
                heading("Threat, harm and risk"),
                p("<b>Table 4</b>: grading of issues (outcome proposed to the Strategy Group)"),
                grid(threat, (190, 48, 48, 48, 56, 100)),
            ]
        ),
        p(
            "An issue graded High for at least two of threat, harm and risk, or rising with High harm, is "
            "proposed as a priority. A watching brief means the issue is not a priority but its figures "
            "are reported to every Strategy Group meeting."
        ),
        heading("Recommendations"),
        p(
            "<b>Rec 1</b> - That the Strategy Group adopts four priorities for 2021 to 2024: violence "
            "against women and girls; exploitation of young people and knife crime; anti-social behaviour "
            "and off-road motorcycles; and fraud and scams targeting older residents."
        ),
        p(
            "<b>Rec 2</b> - That burglary and vehicle crime, a priority since 2018, moves to a watching "
            "brief, with the police-led Neighbourhood Tasking Meeting reviewing it each quarter."
        ),
        p(
            "<b>Rec 3</b> - That violence in the night-time economy is passed to the Licensing and Evening "
            "Economy Forum, which reports to the Strategy Group twice a year."
        ),
        p(
            "<b>Rec 4</b> - That Ostervale Trading Standards shares its scam-victim referrals with the "
            "partnership each quarter, so that fraud can be mapped by ward."
        ),
        p("<b>Rec 5</b> - That Fernway Housing Association is co-opted to the Strategy Group."),
        p("<b>Rec 6</b> - That the assessment is refreshed in spring 2023."),
        heading("Glossary"),
        p(
            "<b>MARAC</b>: Multi-Agency Risk Assessment Conference, where agencies plan for the safety of "
            "domestic abuse victims at high risk. <b>Repeat victim</b>: a domestic abuse victim with a "
            "further incident recorded within 12 months of an earlier one. <b>CCE</b>: child criminal "
            "exploitation. <b>NTE</b>: night-time economy, the bars, clubs, takeaways and taxis open "
            "between 6pm and 6am. <b>Off-road motorcycle</b>: a motorbike or quad ridden on land or paths "
            "where it is not allowed, or without insurance or a licence."
        ),
    ]
