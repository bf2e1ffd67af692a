"""Partnership T's Strategic Intelligence Assessment 2023 (published 5 December 2023): an executive summary
restating table cells in words; recorded crime by category for the financial years 2020-21 to 2022-23 as
columns under a header cell merged across the three years and another across the change (No. | %), with
group rows merged across the table, running over a page break with both header rows repeated; five years
as ROWS of a table of domestic abuse, anti-social behaviour and deliberate fires with a "% change" row;
wards with rates per 1,000 and a hotspot flag; the most similar group (position of 15); a threat, harm and
risk scoring table rated Red, Amber or Green in tinted cells; recommendations R1 to R7 and a glossary on a
two-column page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta
from evals.archive.elderhythe_layout import (
    SMALL,
    Furniture,
    bare,
    caption,
    grid,
    guillemets,
    heading,
    note,
    notice,
    p,
    render_pages,
    runin,
    subheading,
    title,
)
from evals.archive.names import ELDERHYTHE, ELDERHYTHE_BOARD

TITLE = f"{ELDERHYTHE} Strategic Intelligence Assessment 2023"
POPULATION = 96380
YEARS = ("2020-21", "2021-22", "2022-23")

# Recorded crime by group and category: (category, 2020-21, 2021-22, 2022-23); a group is a str alone.
CRIME: tuple[str | tuple[str, int, int, int], ...] = (
    "Violence against the person",
    ("Violence with injury", 842, 901, 958),
    ("Violence without injury", 1105, 1214, 1262),
    ("Stalking and harassment", 612, 688, 731),
    ("Death or serious injury by unlawful driving", 3, 2, 4),
    ("Homicide", 1, 0, 2),
    "Sexual offences",
    ("Rape", 58, 67, 71),
    ("Other sexual offences", 96, 118, 124),
    "Robbery",
    ("Robbery of personal property", 41, 38, 47),
    ("Robbery of business property", 6, 9, 7),
    "Theft offences",
    ("Residential burglary", 265, 241, 228),
    ("Burglary business and community", 98, 104, 91),
    ("Vehicle offences", 402, 377, 351),
    ("Theft from the person", 39, 44, 58),
    ("Bicycle theft", 88, 96, 84),
    ("Shoplifting", 371, 412, 536),
    ("All other theft offences", 689, 702, 664),
    "Criminal damage and arson",
    ("Criminal damage and arson", 921, 884, 842),
    "Other crimes against society",
    ("Drug offences", 248, 229, 201),
    ("Possession of weapons offences", 52, 61, 73),
    ("Public order offences", 605, 648, 621),
    ("Miscellaneous crimes against society", 104, 98, 112),
)
CATEGORIES: tuple[tuple[str, int, int, int], ...] = tuple(row for row in CRIME if not isinstance(row, str))


def _figure(row: tuple[str, int, int, int], year: int) -> int:
    return (row[1], row[2], row[3])[year]


def total(year: int) -> int:
    """All recorded crime in one of the three years (0, 1, 2)."""
    return sum(_figure(row, year) for row in CATEGORIES)


def count(category: str, year: int) -> int:
    return next(_figure(row, year) for row in CATEGORIES if row[0] == category)


def pct(before: int, after: int) -> str:
    """+30.1% style, one decimal; a dash where there was nothing before."""
    return f"{(after - before) / before * 100:+.1f}%" if before else "–"


def rate(number: int, population: int = POPULATION) -> str:
    return f"{number / population * 1000:.1f}"


# Five years as rows: (year, domestic abuse-related crimes, domestic abuse incidents not crimes,
# anti-social behaviour incidents, deliberate fires)
MEASURES = (
    ("2018-19", 1188, 1020, 3912, 131),
    ("2019-20", 1246, 987, 3780, 118),
    ("2020-21", 1402, 1064, 5244, 109),
    ("2021-22", 1459, 1012, 4106, 126),
    ("2022-23", 1531, 948, 3541, 142),
)

# Wards in 2022-23: (ward, population, recorded crimes, ASB incidents, hotspot)
WARDS = (
    ("Elderhythe Central", 6120, 1560, 612, True),
    ("Quaymouth", 5480, 1010, 341, True),
    ("Keddlesby North", 7240, 820, 366, True),
    ("Keddlesby South", 6880, 560, 301, False),
    ("Samphire Hill", 7950, 560, 288, False),
    ("Larchfield Park", 8310, 500, 270, False),
    ("Thornacre", 8470, 402, 244, False),
    ("Rookhill", 10020, 378, 233, False),
    ("Oxley Green", 9960, 356, 220, False),
    ("Brambledown", 9100, 311, 196, False),
    ("Marshfield", 7630, 298, 187, False),
    ("Fenstowe and Villages", 9220, 0, 83, False),
)

# The most similar group of 15 partnerships: (measure, Elderhythe rate, group average, position of 15;
# 1 is the lowest rate)
MSG = (
    ("All recorded crime", None, "71.6", "11th"),
    ("Violence with injury", None, "9.1", "9th"),
    ("Residential burglary", None, "3.1", "4th"),
    ("Shoplifting", None, "4.2", "14th"),
    ("Criminal damage and arson", None, "9.3", "8th"),
)

# Threat, harm and risk: (issue, threat, harm, vulnerability, trend, rating); each scored 1 to 5
SCORES = (
    ("Domestic abuse and violence against women and girls", 5, 5, 5, 4, "Red"),
    ("Serious violence, including knife crime", 4, 5, 4, 5, "Red"),
    ("Drug supply and exploitation (county lines)", 4, 4, 5, 3, "Red"),
    ("Shoplifting and retail crime", 3, 2, 2, 5, "Amber"),
    ("Anti-social behaviour and town centre disorder", 4, 3, 3, 2, "Amber"),
    ("Reoffending", 3, 3, 3, 2, "Amber"),
    ("Residential burglary", 2, 3, 3, 1, "Green"),
    ("Rural and coastal crime", 2, 2, 2, 3, "Green"),
)
RAG = {
    "Red": colors.Color(0.96, 0.8, 0.78),
    "Amber": colors.Color(0.99, 0.9, 0.7),
    "Green": colors.Color(0.83, 0.93, 0.8),
}

RECOMMENDATIONS = (
    "R1  Adopt four strategic themes for 2024-25 to 2026-27 in place of the four outcome areas of the "
    "Partnership Plan 2022-25: (1) violence against women and girls; (2) serious violence; (3) neighbourhood "
    "crime and anti-social behaviour, including retail crime; (4) drug-related harm and exploitation.",
    "R2  Pass the lead for reducing reoffending to the Vennshire Reducing Reoffending Board, which the "
    "Probation Service chairs, and ask it for a report to the Strategic Board twice a year.",
    "R3  Agree a retail crime problem-solving plan for Elderhythe Central and Quaymouth with the Business "
    "Improvement District, the police and the main retailers by June 2024.",
    "R4  Publish the district's part of the Vennshire serious violence strategy with the Vennshire Violence "
    "Reduction Partnership, as the Serious Violence Duty requires.",
    "R5  Agree with the Integrated Care Board to share anonymised emergency department data on assaults "
    "(the Cardiff Model) from Vennshire General Hospital.",
    "R6  Review rural and coastal crime (hare coursing, thefts from boats and marinas, farm machinery) again "
    "in twelve months, as its trend has begun to rise.",
    "R7  Refresh this assessment every year with the latest data, and carry out the next full assessment in "
    "2026.",
)

GLOSSARY = (
    ("ASB", "Anti-social behaviour."),
    ("CSP", "Community Safety Partnership, under the Crime and Disorder Act 1998."),
    ("DA", "Domestic abuse."),
    ("ESCF", "Elderhythe Safer Communities Fund, the partnership's grant fund."),
    ("IDVA", "Independent Domestic Violence Adviser."),
    ("MARAC", "Multi-Agency Risk Assessment Conference, for high-risk domestic abuse cases."),
    (
        "MSG",
        "Most similar group: the 15 community safety partnerships most like Elderhythe in population, "
        "deprivation and setting, compared by rate per 1,000 residents.",
    ),
    ("OPCC", "Office of the Police and Crime Commissioner."),
    ("SVD", "Serious Violence Duty, in force since 31 January 2023."),
    ("VAWG", "Violence against women and girls."),
    ("VRP", "Vennshire Violence Reduction Partnership."),
    (
        "Hotspot",
        "A ward whose rate of recorded crime per 1,000 residents is more than one and a half times the "
        "district's.",
    ),
)


def _wards() -> tuple[tuple[str, int, int, int, bool], ...]:
    """The wards, the last one given what is left of the district's total."""
    named = WARDS[:-1]
    rest = total(2) - sum(w[2] for w in named)
    population = POPULATION - sum(w[1] for w in named)
    last = WARDS[-1]
    return (*named, (last[0], population, rest, last[3], last[4]))


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Intelligence Assessment 2023", "FINAL", "ECSP/SIA/2023 · version 1.2 final"
    )
    return render_pages(path, _assessment, Meta(TITLE, ELDERHYTHE), furniture)


def _crime_table() -> list[list[str]]:
    rows = [
        ["Offence category", "Recorded offences", "", "", "Change 2021-22 to 2022-23", "", "Rate per 1,000"],
        ["", *YEARS, "No.", "%", "2022-23"],
    ]
    for row in CRIME:
        if isinstance(row, str):
            rows.append([row, "", "", "", "", "", ""])
            continue
        name, a, b, c = row
        rows.append([name, bare(a), bare(b), bare(c), f"{c - b:+,}", pct(b, c), rate(c)])
    a, b, c = total(0), total(1), total(2)
    rows.append(["All recorded crime", bare(a), bare(b), bare(c), f"{c - b:+,}", pct(b, c), rate(c)])
    return rows


def _assessment() -> list[Flowable]:
    before, after = total(1), total(2)
    crime = _crime_table()
    groups = [r for r, row in enumerate(crime) if r >= 2 and row[1] == ""]
    measures = [
        [
            "Year",
            "Domestic abuse-related crimes",
            "Domestic abuse incidents (not crimes)",
            "ASB incidents",
            "Deliberate fires",
        ]
    ]
    measures += [[year, bare(a), bare(b), bare(c), bare(d)] for year, a, b, c, d in MEASURES]
    first, last = MEASURES[0], MEASURES[-1]
    changes = [pct(a, b) for a, b in zip(first[1:], last[1:], strict=True)]
    measures.append(["% change 2018-19 to 2022-23", *changes])
    wards = [
        ["Ward", "Population (2021)", "Recorded crimes 2022-23", "Rate per 1,000", "ASB incidents", "Hotspot"]
    ]
    for name, people, crimes, asb, hot in sorted(_wards(), key=lambda w: -w[2] / w[1]):
        wards.append(
            [name, bare(people), bare(crimes), rate(crimes, people), bare(asb), "Yes" if hot else "No"]
        )
    wards.append(
        ["Elderhythe district", bare(POPULATION), bare(after), rate(after), bare(MEASURES[-1][3]), ""]
    )
    msg = [["Measure (rate per 1,000, 2022-23)", "Elderhythe", "Group average", "Position of 15"]]
    for measure, _, average, position in MSG:
        own = rate(after) if measure == "All recorded crime" else rate(count(measure, 2))
        msg.append([measure, own, average, position])
    scores = [["Issue", "Threat", "Harm", "Vulnerability", "Trend", "Score (of 20)", "Rating"]]
    tints = []
    for r, (issue, a, b, c, d, rating) in enumerate(SCORES, start=1):
        scores.append([issue, str(a), str(b), str(c), str(d), str(a + b + c + d), rating])
        tints.append((r, 6, RAG[rating]))
    shop = (count("Shoplifting", 1), count("Shoplifting", 2))
    injury = (count("Violence with injury", 1), count("Violence with injury", 2))
    da = (MEASURES[-2][1], MEASURES[-1][1])
    violence = [sum(_figure(row, y) for row in CATEGORIES[:5]) for y in range(3)]
    return [
        *title(
            "Strategic Intelligence Assessment",
            "Strategic Intelligence Assessment 2023",
            f"{ELDERHYTHE} · data to 31 March 2023 · published 5 December 2023",
        ),
        notice(),
        heading("1", "Executive summary"),
        p(
            f"Recorded crime in Elderhythe district rose to {after:,} offences in 2022-23, "
            f"{pct(before, after)} "
            f"on the {before:,} of 2021-22, a rate of {rate(after)} crimes per 1,000 residents. The rise is "
            f"driven by shoplifting, which grew by nearly a third ({shop[0]} to {shop[1]}), and by violence "
            f"with injury ({pct(*injury)}). Residential burglary fell for the second year running."
        ),
        guillemets(
            [
                f"Domestic abuse-related crimes reached {da[1]:,}, {pct(*da)} on the year and about one "
                "crime in five.",
                f"Anti-social behaviour incidents fell to {MEASURES[-1][3]:,}, the lowest of the five years "
                "shown.",
                "Elderhythe Central has by far the highest rate of crime of any ward; three wards are "
                "hotspots.",
                "Against its most similar group of 15 partnerships Elderhythe is 11th for all recorded crime "
                "and 14th for shoplifting (1st has the lowest rate).",
                "Three issues score Red for threat, harm and risk: domestic abuse and violence against women "
                "and girls, serious violence and drug supply and exploitation.",
            ]
        ),
        p(
            "The assessment recommends (R1) that four strategic themes replace the outcome areas of the "
            "Partnership Plan 2022-25 from April 2024, and (R2) that the lead for reducing reoffending pass "
            "to the county."
        ),
        heading("2", "Scope and method"),
        p(
            "This assessment was prepared for the partnership by the Vennshire Community Safety Analysis "
            f"Unit and will be put to the {ELDERHYTHE_BOARD} for endorsement on 23 January 2024. It covers "
            "the financial years 2020-21 to 2022-23 (1 April 2020 to 31 March 2023), with five years for "
            "domestic abuse and anti-social behaviour. Rates use the 2021 Census population of "
            f"{POPULATION:,}."
        ),
        heading("3", "Recorded crime"),
        p(
            "Table 1 gives recorded crime by category for the three years, with the change from 2021-22 to "
            "2022-23 and the rate per 1,000 residents in 2022-23."
        ),
        subheading("3.1", "Violence and sexual offences"),
        p(
            f"Violence against the person made up {violence[1]:,} of the {after:,} offences recorded in "
            f"2022-23, or {violence[1] / after * 100:.0f}%. Violence without injury is the largest single "
            "category; much of it is domestic, and much of the rest happens in the evening economy of "
            "Elderhythe Central and Quaymouth. Stalking and harassment has risen by nearly a fifth in two "
            "years. "
            "Recorded rape rose from 67 to 71 offences; the increase in recorded sexual offences partly "
            "reflects more reports of non-recent offences."
        ),
        subheading("3.2", "Acquisitive crime"),
        p(
            "Shoplifting is the fastest-growing category in the district. Most of the increase is in the "
            "town centre stores of Elderhythe Central and in the retail park at Quaymouth, where a small "
            "number of prolific offenders account for about two offences in five. Theft from the person is "
            "also rising from a low base. Residential burglary, vehicle offences and bicycle theft have "
            "fallen, continuing the longer downward trend."
        ),
        subheading("3.3", "Drugs and weapons"),
        p(
            f"Drug offences fell to {count('Drug offences', 2)}, which reflects fewer stop and search "
            "operations rather than less drug supply: intelligence reports about county lines in Keddlesby "
            f"rose over the same period. Possession of weapons offences rose to "
            f"{count('Possession of weapons offences', 2)}, the highest of the three years."
        ),
        caption("Table 1. Recorded crime by category, Elderhythe district, 2020-21 to 2022-23", keep=False),
        grid(
            crime,
            [150, 52, 52, 52, 50, 50, 58],
            figures=(1, 2, 3, 4, 5, 6),
            header_rows=2,
            spans=((0, 1, 3), (0, 4, 5)),
            total=True,
            first_bold=False,
            groups=groups,
        ),
        note("Source: Vennshire Police recorded crime, extracted 14 August 2023."),
        heading("4", "Domestic abuse, anti-social behaviour and deliberate fires"),
        p(
            "Table 2 sets the five years one per row. Anti-social behaviour peaked in 2020-21, when "
            "reports of "
            "breaches of the coronavirus restrictions were recorded as incidents, and has fallen since. "
            "Domestic abuse-related crime has risen every year, while incidents recorded as not crimes have "
            "fallen: more reports are now recorded as crimes."
        ),
        caption("Table 2. Domestic abuse, ASB and deliberate fires, 2018-19 to 2022-23"),
        grid(measures, [150, 90, 90, 80, 80], figures=(1, 2, 3, 4), first_bold=True),
        heading("5", "Where crime happens: wards"),
        p(
            "Table 3 ranks the district's twelve wards by their rate of recorded crime in 2022-23. A hotspot "
            "is a ward whose rate is more than one and a half times the district's."
        ),
        caption("Table 3. Recorded crime and ASB by ward, 2022-23"),
        grid(wards, [130, 70, 75, 65, 70, 52], figures=(1, 2, 3, 4), total=True),
        heading("6", "How Elderhythe compares"),
        p(
            "Table 4 compares the district with the average of its most similar group (MSG) of 15 "
            "partnerships. A position of 1st means the lowest rate in the group."
        ),
        caption("Table 4. Elderhythe against its most similar group, 2022-23"),
        grid(msg, [190, 80, 90, 90], figures=(1, 2)),
        heading("7", "Threat, harm and risk"),
        p(
            "Each issue was scored by the analysts with the partnership's theme leads at a workshop on 3 "
            "November 2023. Table 5 gives the scores."
        ),
        runin(
            "Scoring.",
            "Each issue is scored from 1 to 5 for threat, harm, vulnerability and trend. A "
            "total of 16 or more is rated Red, 11 to 15 Amber and 10 or less Green.",
        ),
        caption("Table 5. Threat, harm and risk scores, November 2023"),
        grid(scores, [170, 42, 42, 70, 42, 62, 52], figures=(1, 2, 3, 4, 5), tints=tints),
        heading("8", "Recommendations"),
        *[p(text) for text in RECOMMENDATIONS],
        NextPageTemplate("twocol"),
        PageBreak(),
        heading("9", "Glossary"),
        *[p(f"<b>{term}</b>  {text}", SMALL) for term, text in GLOSSARY],
        subheading("", "About this document"),
        p(
            "Prepared by the Vennshire Community Safety Analysis Unit (lead analyst: Dr Keziah Frome) for "
            "the "
            f"{ELDERHYTHE}. Version 1.2, final, 5 December 2023. Version 1.1 (24 November 2023) was the "
            "draft discussed with theme leads; version 1.0 was the data annex of 14 August 2023.",
            SMALL,
        ),
        p(
            "<b>Data sources.</b> "
            "Vennshire Police recorded crime and incident data; Vennshire Fire and Rescue Service "
            "incident records; Elderhythe District Council anti-social behaviour case records; the MARAC "
            "dataset; Probation Service caseload summaries; and the Home Office's most similar group "
            "comparator for community safety partnerships.",
            SMALL,
        ),
        p(
            "Comments to the Community Safety Partnership Manager, Philippa Dunmow, at Elderhythe District "
            "Council, Civic Centre, Quay Street, Elderhythe.",
            SMALL,
        ),
    ]
