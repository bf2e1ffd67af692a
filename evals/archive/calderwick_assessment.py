"""Partnership E's strategic assessment 2025: headline measures with years as rows, a long table of
offence groups with years as columns that runs over a page break WITHOUT its header repeated, ward rates
per 1,000 with hotspot flags, a priority scoring matrix (four scores of 1 to 5, a total out of 20 and a
band A to C), recommendations R1 to R7 and definitions. Header "NOT PROTECTIVELY MARKED | ...", footers
"Askerdale Police Analysis Hub - SA2025 - page N of M"."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from evals.archive.common import (
    SMALL,
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
from evals.archive.names import CALDERWICK

TITLE = "Calderwick and Ortonbury Strategic Assessment 2025"
YEARS = ("2021/22", "2022/23", "2023/24")
# (offence group, 2021/22, 2022/23, 2023/24): Askerdale Police recorded crime in the Alliance area.
OFFENCES = (
    ("Homicide", 2, 1, 3),
    ("Violence with injury", 1120, 1176, 1214),
    ("Violence without injury", 1598, 1661, 1702),
    ("Stalking and harassment", 820, 864, 849),
    ("Sexual offences", 301, 322, 347),
    ("Robbery of personal property", 58, 66, 74),
    ("Robbery of business property", 9, 12, 15),
    ("Residential burglary", 412, 389, 351),
    ("Burglary, business and community", 160, 171, 149),
    ("Vehicle offences", 588, 561, 532),
    ("Theft from the person", 61, 70, 88),
    ("Shop theft", 798, 954, 1086),
    ("Bicycle theft", 142, 131, 119),
    ("Other theft", 1005, 1012, 967),
    ("Criminal damage and arson", 1312, 1288, 1241),
    ("Drug offences", 402, 377, 421),
    ("Possession of weapons", 96, 104, 118),
    ("Public order offences", 671, 702, 690),
    ("Miscellaneous crimes against society", 133, 142, 138),
)
VIOLENCE = ("Homicide", "Violence with injury", "Violence without injury", "Stalking and harassment")
# Measures Table 2 does not hold: (2020/21 row of Table 1), then flagged crimes and ASB by year.
FIRST_YEAR = ("2020/21", 9104, 3311, 1902, 5870, 702, 71)
FLAGGED = {  # year: (domestic abuse-related, ASB incidents, knife crime)
    "2021/22": (2015, 5012, 79),
    "2022/23": (2146, 4688, 83),
    "2023/24": (2190, 4590, 101),
}
# (ward, district, population, all crime, ASB, domestic abuse-related per 1,000 in 2023/24, hotspot).
WARDS = (
    ("Calderwick Riverside", "Calderwick", "9,400", "182.6", "96.1", "31.4", "Yes"),
    ("Ortonbury Market", "Ortonbury", "8,300", "171.0", "88.5", "27.7", "Yes"),
    ("Brindle Cross", "Calderwick", "10,200", "121.3", "52.3", "24.6", "Yes"),
    ("Calderwick Northgate", "Calderwick", "11,800", "88.3", "41.7", "19.8", "No"),
    ("Fieldhouse", "Ortonbury", "12,100", "76.4", "35.2", "21.3", "No"),
    ("Coldharbour", "Ortonbury", "9,700", "63.8", "29.6", "18.2", "No"),
    ("Kettlebeck", "Calderwick", "8,600", "41.2", "18.9", "10.3", "No"),
    ("Yarrowby and Wendle Marsh", "Calderwick", "7,900", "33.5", "12.4", "9.1", "No"),
    ("Pennyfold", "Ortonbury", "6,400", "29.7", "10.8", "7.9", "No"),
)
# (issue, volume, trend, harm, public concern) each scored 1 to 5.
SCORES = (
    ("Violence against women and girls, including domestic abuse and stalking", 4, 3, 5, 4),
    ("Serious violence and knife crime", 2, 5, 5, 4),
    ("Anti-social behaviour", 5, 1, 3, 5),
    ("Shop theft and violence against shop workers", 3, 5, 2, 4),
    ("Neighbourhood crime", 4, 2, 3, 4),
    ("Drug harm and county lines", 3, 3, 4, 3),
    ("Hate crime", 1, 3, 3, 2),
    ("Rural and heritage crime", 1, 2, 2, 3),
)


def write_assessment(path: Path) -> Path:
    return render(
        path,
        _story,
        Meta(TITLE, CALDERWICK),
        header=lambda _page, _total: f"NOT PROTECTIVELY MARKED | {TITLE}",
        footer=lambda page, total: f"Askerdale Police Analysis Hub - SA2025 - page {page} of {total}",
    )


def band(total: int) -> str:
    return "A" if total >= 15 else "B" if total >= 11 else "C"


def column(year: int, groups: Collection[str] = ()) -> int:
    """Table 2's count for the `year`-th year (0 to 2) over the given offence groups, or all of them."""
    return sum(counts[year] for group, *counts in OFFENCES if not groups or group in groups)


def headline_rows() -> list[list[str]]:
    """Table 1: one row per year; totals and violence come from Table 2's offence groups."""
    header = ("Year", "Total recorded crime", "Violence against the person", "Domestic abuse-related crime",
              "ASB incidents", "Shop theft", "Knife crime")  # fmt: skip
    rows = [bold_row(header), [FIRST_YEAR[0], *(f"{n:,}" for n in FIRST_YEAR[1:])]]
    for i, year in enumerate(YEARS):
        abuse, asb, knife = FLAGGED[year]
        measures = (column(i), column(i, VIOLENCE), abuse, asb, column(i, ("Shop theft",)), knife)
        rows.append([year, *(f"{n:,}" for n in measures)])
    return rows


def offence_table() -> Flowable:
    """Table 2, offence groups as rows and years as columns; its header is NOT repeated after a break."""
    rows = [bold_row(("Offence group", *YEARS, "Change on 2022/23", "% change"))]
    for group, *counts in OFFENCES:
        rows.append([group, *(f"{n:,}" for n in counts), signed(counts[2] - counts[1]),
                     percent_change(counts[1], counts[2])])  # fmt: skip
    totals = [column(i) for i in (0, 1, 2)]
    change = (signed(totals[2] - totals[1]), percent_change(totals[1], totals[2]))
    rows.append(["<b>All offences</b>", *(f"<b>{n}</b>" for n in (*(f"{t:,}" for t in totals), *change))])
    cells = [[Paragraph(str(cell), SMALL) for cell in row] for row in rows]
    grid = Table(cells, colWidths=[170, 55, 55, 55, 85, 60], repeatRows=0, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return grid


def _story() -> list[Flowable]:
    wards = [bold_row(("Ward", "District", "Population", "All crime per 1,000", "ASB per 1,000",
                       "Domestic abuse-related per 1,000", "Hotspot"))]  # fmt: skip
    wards += [list(row) for row in WARDS]
    scores = [bold_row(("Issue", "Volume", "Trend", "Harm", "Public concern", "Total (of 20)", "Band"))]
    scores += [[issue, *map(str, s), str(sum(s)), band(sum(s))] for issue, *s in SCORES]
    return [
        banner(),
        h1(TITLE),
        para(
            "An assessment of crime and anti-social behaviour in Calderwick district and Ortonbury borough "
            "for the Calderwick and Ortonbury Crime Reduction Alliance. Author: Ruaridh Penhale, senior "
            "analyst, Askerdale Police Analysis Hub. February 2025."
        ),
        h2("1. Summary"),
        bullets(
            (
                "Recorded crime in the Alliance area rose for the third year running, to 10,104 offences in "
                "2023/24, although the rise has slowed to about 1%.",
                "Shop theft went up by more than a third in two years, from 798 offences in 2021/22 to "
                "1,086 in 2023/24.",
                "Knife crime rose by over a fifth in a year, to 101 offences; possession of weapons "
                "offences reached 118.",
                "Residential burglary fell for the second year in a row and is down 15% on 2021/22.",
                "ASB incidents have fallen every year since 2020/21, when there were 5,870; there were "
                "4,590 in 2023/24.",
                "Three wards are hotspots: Calderwick Riverside, Ortonbury Market and Brindle Cross.",
                "We recommend four priorities for 2025/26 to 2027/28 (R1), with serious violence and knife "
                "crime and shop theft new to the list and rural and heritage crime leaving it.",
            )
        ),
        h2("2. Data and method"),
        para(
            "Crime figures are Askerdale Police recorded crime for the financial years 2020/21 to 2023/24 "
            "(1 April to 31 March), extracted on 6 January 2025. ASB incidents combine police and council "
            "records. Rates use the ONS mid-2022 population estimates: 71,200 for Calderwick and 58,900 for "
            "Ortonbury, 130,100 in all. Issues were scored with the Alliance's priority scoring matrix "
            "(section 5)."
        ),
        h2("3. Crime and ASB trends"),
        para("<b>Table 1. Headline measures, 2020/21 to 2023/24</b>"),
        table(headline_rows(), (55, 70, 75, 80, 65, 60, 60), keep=True),
        para("<b>Table 2. Recorded crime by offence group, 2021/22 to 2023/24</b>"),
        offence_table(),
        para("Change and % change compare 2023/24 with 2022/23.", SMALL),
        h2("4. Where crime happens"),
        para("<b>Table 3. Rates per 1,000 residents, the nine wards with most recorded crime, 2023/24</b>"),
        table(wards, (110, 58, 62, 60, 55, 85, 50), keep=True),
        para(
            "The Alliance area rate was 77.7 crimes per 1,000 residents in 2023/24. Calderwick Riverside, "
            "with the Quayside bars and the bus station, has the highest rates of crime, ASB and domestic "
            "abuse of any ward."
        ),
        h2("5. Priority scoring"),
        para(
            "Each issue was scored from 1 (low) to 5 (high) for volume, trend, harm and public concern "
            "(from the 2024 Askerdale residents' survey, 2,310 responses)."
        ),
        KeepTogether(
            [para("<b>Table 4. Priority scoring matrix</b>"), table(scores, (190, 48, 45, 42, 55, 55, 40))]
        ),
        para(
            "Band A (15 to 20): a priority with a named lead. Band B (11 to 14): a priority for the "
            "Alliance, or for another partnership board where one already leads on it. Band C (10 or less): "
            "not a priority; monitored."
        ),
        h2("6. Recommendations"),
        *paras(
            "<b>R1</b> Adopt four priorities for 2025/26 to 2027/28: violence against women and girls, "
            "including domestic abuse and stalking; serious violence and knife crime; neighbourhood crime "
            "and anti-social behaviour; and shop theft and violence against shop workers.",
            "<b>R2</b> Pass drug harm and county lines to the Askerdale Combating Drugs Partnership, which "
            "should report to the Executive twice a year.",
            "<b>R3</b> Remove rural and heritage crime from the priorities and ask the Askerdale Rural Crime "
            "Forum to report to the Executive once a year.",
            "<b>R4</b> Focus ASB and neighbourhood crime work on the three hotspot wards.",
            "<b>R5</b> Publish a serious violence response strategy by March 2026, as the Serious Violence "
            "Duty requires.",
            "<b>R6</b> Invite Brindle Housing Trust, the largest social landlord in the area, to join the "
            "Executive.",
            "<b>R7</b> Refresh this assessment in early 2027.",
        ),
        h2("7. Definitions"),
        *paras(
            "<b>Neighbourhood crime</b>: residential burglary, vehicle offences, theft from the person and "
            "robbery of personal property.",
            "<b>Knife crime</b>: offences in which a knife or sharp instrument was used or threatened, "
            "flagged by the police; possession offences are counted separately.",
            "<b>Hotspot ward</b>: a ward whose rate of recorded crime is more than one and a half times the "
            "Alliance area rate.",
            "<b>Repeat victim</b>: a victim of domestic abuse who reports another incident within 12 months.",
            "<b>VAWG</b>: violence against women and girls.",
            "<b>OPCC</b>: Office of the Police and Crime Commissioner.",
        ),
    ]
