"""Partnership N's Strategic Assessment 2024 on ambledown_layout's furniture: the five financial years
2019-20 to 2023-24 as COLUMNS with two percentage change columns (on the year, over five years) in a
recorded crime table that runs over a page break with its header repeated; a domestic abuse and ASB table
in the same shape; a ward table for 2023-24 whose counts under 5 are suppressed as "*"; findings as
numbered paragraphs ("3.4 Violence with injury rose ..."), some restating table cells and some giving
figures found only in the prose; recommendations lettered A to F (two of them changing the priorities);
a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.ambledown_layout import (
    CAPTION,
    CORAL_HEX,
    SUBHEADING,
    Furniture,
    bullets,
    caption,
    heading,
    note,
    notice,
    numbered,
    p,
    render_pages,
    stub_table,
    subheading,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import AMBLEDOWN

LOOSE_HEAD = SUBHEADING.clone("AdLooseHead", keepWithNext=0)
LOOSE_CAPTION = CAPTION.clone("AdLooseCaption", keepWithNext=0)
TITLE = "Ambledown Community Safety Partnership Strategic Assessment 2024"
YEARS = ("2019-20", "2020-21", "2021-22", "2022-23", "2023-24")
CRIME = (
    ("Violence with injury", (1386, 1214, 1402, 1455, 1583)),
    ("Violence without injury", (1902, 1875, 2210, 2318, 2296)),
    ("Stalking and harassment", (1120, 1296, 1471, 1388, 1342)),
    ("Sexual offences", (298, 262, 351, 377, 364)),
    ("Robbery", (71, 48, 59, 66, 82)),
    ("Residential burglary", (512, 398, 361, 377, 402)),
    ("Business and community burglary", (188, 151, 142, 160, 171)),
    ("Vehicle offences", (736, 544, 580, 612, 559)),
    ("Theft from the person", (64, 37, 45, 58, 71)),
    ("Shoplifting", (702, 498, 611, 788, 1046)),
    ("Bicycle theft", (143, 127, 118, 109, 96)),
    ("Other theft offences", (1055, 812, 901, 957, 934)),
    ("Criminal damage and arson", (1244, 1130, 1178, 1146, 1092)),
    ("Drug offences", (366, 441, 352, 318, 347)),
    ("Possession of weapons offences", (88, 91, 97, 109, 126)),
    ("Public order offences", (812, 790, 968, 1001, 955)),
    ("Miscellaneous crimes against society", (158, 149, 171, 166, 180)),
)
OTHER = (
    ("Domestic abuse-related crimes", (1402, 1517, 1590, 1622, 1701)),
    ("Domestic abuse-related incidents (not crimes)", (1118, 1230, 1145, 1097, 1054)),
    ("ASB incidents recorded by the police", (4870, 6215, 4402, 3988, 3760)),
    ("ASB reports to Ambledown District Council", (1306, 1588, 1249, 1131, 1187)),
    ("Hate crimes", (97, 112, 131, 124, 118)),
)
# Ward | population | violence with injury | residential burglary | weapons possession | ASB incidents |
# all crime per 1,000. Counts under 5 are printed as "*".
WARDS = (
    ("Ambledown Central", 9840, 341, 22, 31, 702, 214.6),
    ("Castle Meadow", 11210, 122, 38, 9, 287, 88.2),
    ("Tollgate Park", 10460, 214, 51, 24, 531, 141.9),
    ("Saxby Cross North", 12380, 131, 47, 11, 352, 92.4),
    ("Saxby Cross South", 11950, 188, 63, 17, 468, 121.7),
    ("Wrenfield", 13020, 119, 44, 8, 301, 79.5),
    ("Otterhay", 9110, 58, 29, 3, 166, 61.3),
    ("Furzebank", 10730, 96, 40, 6, 244, 70.8),
    ("Quarry Hill", 12240, 142, 36, 12, 318, 83.1),
    ("Mordaunt", 8640, 44, 19, 2, 121, 52.7),
    ("Eastmoor Rural", 8820, 31, 13, 1, 98, 41.4),
)


def write_assessment(path: Path) -> Path:
    furniture = Furniture("Strategic Assessment 2024", "November 2024")
    return render_pages(path, _story, Meta(TITLE, AMBLEDOWN), furniture)


def _change(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


def _count(value: int) -> str:
    return f"{value:,}"


def _year_rows(series: tuple[tuple[str, tuple[int, ...]], ...], total: str = "") -> list[list[str]]:
    rows = [["Category", *YEARS, "% change on 2022-23", "% change on 2019-20"]]
    for name, values in series:
        rows.append(
            [name, *(_count(v) for v in values), _change(values[3], values[4]), _change(values[0], values[4])]
        )
    if total:
        sums = [sum(values[i] for _, values in series) for i in range(5)]
        rows.append([total, *(_count(v) for v in sums), _change(sums[3], sums[4]), _change(sums[0], sums[4])])
    return rows


def _ward(value: int) -> str:
    return "*" if value < 5 else _count(value)


def _story() -> list[Flowable]:
    crime = _year_rows(CRIME, "Total recorded crime")
    other = _year_rows(OTHER)
    widths = [118, 42, 42, 42, 42, 42, 56, 56]
    wards = [
        [
            "Ward",
            "Population (mid-2023)",
            "Violence with injury",
            "Residential burglary",
            "Possession of weapons",
            "ASB incidents",
            "All crime per 1,000",
        ]
    ]
    for name, population, violence, burglary, weapons, asb, rate in WARDS:
        wards.append(
            [
                name,
                _count(population),
                _ward(violence),
                _ward(burglary),
                _ward(weapons),
                _ward(asb),
                f"{rate:.1f}",
            ]
        )
    return [
        notice(),
        *title(
            TITLE,
            "An assessment of crime, disorder and community safety in Ambledown district, 2019-20 to 2023-24",
        ),
        p(
            "Prepared by the Tarnshire Community Safety Analysis Unit for the Strategic Board. Version 1.2, "
            "29 November 2024. Lead analyst: Priya Kendrick."
        ),
        heading("1", "Summary"),
        p(
            "Ambledown district recorded 11,646 crimes in 2023-24, 2.1% more than in 2022-23 and 7.4% more "
            "than in 2019-20, the last year before the pandemic. The district's crime rate of 98.4 crimes "
            "per 1,000 residents places it 9th of 15 in its most similar group of community safety "
            "partnerships."
        ),
        p(
            "The picture is mixed. Violence with injury, possession of weapons and shoplifting are at their "
            "highest for five years, and domestic abuse continues to rise. Anti-social behaviour, "
            "residential burglary and criminal damage are lower than five years ago. Harm is concentrated "
            "in Ambledown Central and Tollgate Park, which together hold a sixth of the population and 35% "
            "of violence with injury."
        ),
        p(
            "We recommend that the Partnership keeps four priorities for its Community Safety Strategy "
            "2025-2028, with two changes to the current five (Recommendations A and B)."
        ),
        heading("2", "Method and data"),
        p(
            "The assessment uses police recorded crime and incident data for the financial years 2019-20 to "
            "2023-24 (1 April to 31 March), Ambledown District Council's ASB casework system, hospital "
            "emergency department data shared under the Cardiff Model, Youth Justice Service and Probation "
            "caseload data, and the Tarnshire Police, Fire and Crime Commissioner's public confidence "
            "survey. Population figures are mid-2023 estimates (district total 118,400)."
        ),
        p(
            "Counts of fewer than 5 are suppressed (shown as *) in the ward tables to protect victims. Rates "
            "per 1,000 use the mid-2023 population. Percentage changes are calculated from unrounded counts."
        ),
        # Not kept with the table: it starts under them and runs over the page break, its header repeated.
        p(f'<font color="{CORAL_HEX}">2.1</font>&nbsp;&nbsp;Recorded crime by category', LOOSE_HEAD),
        p(
            "Table 1: Police recorded crime in Ambledown district by category, 2019-20 to 2023-24",
            LOOSE_CAPTION,
        ),
        stub_table(crime, widths, figures=set(range(1, 8)), totals={len(crime) - 1}),
        note("Source: Tarnshire Constabulary crime recording system, extracted 14 October 2024."),
        heading("3", "Key findings"),
        subheading("", "Violence"),
        numbered(
            "3.1",
            "Total recorded crime rose by 2.1% in 2023-24 and is now 7.4% above its pre-pandemic level.",
        ),
        numbered(
            "3.2",
            "Violence against the person (violence with and without injury and stalking and "
            "harassment) accounts for 44.8% of all recorded crime in the district.",
        ),
        numbered("3.3", "Violence without injury fell slightly (-0.9%) after three years of increases."),
        numbered(
            "3.4",
            "Violence with injury rose by 8.8% in the last year, to 1,583 offences, the highest of the five "
            "years. 41% of violence with injury in Ambledown Central happened between 10pm and 4am on a "
            "Friday or Saturday night, and emergency department data show 212 assault attendances from the "
            "district, up from 174.",
        ),
        numbered(
            "3.5",
            "Knife-enabled crime (offences in which a knife or sharp instrument was used or threatened) "
            "numbered 64 in 2023-24, against 41 in 2019-20. Possession of weapons offences rose by 43.2% "
            "over the five years.",
        ),
        subheading("", "Acquisitive crime"),
        numbered(
            "3.6",
            "Shoplifting rose by 32.7% in one year and 49.0% over five. Three stores in Ambledown town "
            "centre account for 29% of reports; retailers tell us many thefts are still not reported.",
        ),
        numbered(
            "3.7",
            "Residential burglary remains 21.5% below its 2019-20 level despite a small rise in 2023-24. "
            "Vehicle offences fell by 8.7% on the year.",
        ),
        subheading("", "Domestic abuse, anti-social behaviour and drugs"),
        numbered(
            "3.8",
            "Domestic abuse-related crime has risen every year, to 1,701 crimes in 2023-24, or 14.4 per "
            "1,000 residents. A repeat victim was involved in 38% of these crimes.",
        ),
        numbered(
            "3.9",
            "Police-recorded ASB incidents have fallen for three years running and are 22.8% below 2019-20. "
            "Reports to the District Council rose slightly, mainly about noise and neighbour disputes.",
        ),
        numbered(
            "3.10",
            "Drug offences reflect police activity more than underlying use. Drug-related harm is closely "
            "linked to serious violence and exploitation: 17 of the 26 young people open to the Youth "
            "Justice Service for violence in 2023-24 had a known link to drug supply.",
        ),
        caption("Table 2: Domestic abuse, anti-social behaviour and hate crime, 2019-20 to 2023-24"),
        stub_table(other, widths, figures=set(range(1, 8))),
        subheading("3.11", "Wards"),
        p(
            "Table 3 gives selected counts by ward for 2023-24. Ambledown Central has the highest crime rate "
            "in the district, more than five times that of Eastmoor Rural."
        ),
        caption("Table 3: Selected crime and ASB by ward, 2023-24 (* = fewer than 5)"),
        stub_table(wards, [104, 62, 56, 56, 56, 52, 60], figures=set(range(1, 7))),
        note(
            "Ward populations are mid-2023 estimates; rates are all recorded crime "
            "per 1,000 residents. Crimes "
            "with no ward recorded (about 2%) are left out."
        ),
        PageBreak(),
        heading("4", "Recommendations"),
        p("The Analysis Unit recommends that the Strategic Board:"),
        numbered(
            "A",
            "Merges the priority Drug and alcohol-related harm into the priority on serious "
            "violence, as one priority: Serious violence, drugs and exploitation.",
        ),
        numbered(
            "B",
            "Renames the priority Anti-social behaviour and neighbourhood crime as Safer "
            "neighbourhoods and town centres, taking in shoplifting and the night-time economy.",
        ),
        numbered(
            "C",
            "Keeps Domestic abuse and violence against women and girls as a priority, with a "
            "target to reduce repeat victimisation.",
        ),
        numbered("D", "Keeps Reducing reoffending as a priority, led by the Probation Service."),
        numbered(
            "E",
            "Sets up a problem-solving group for Ambledown Central and Tollgate Park, the two wards "
            "with the highest rates of violence with injury.",
        ),
        numbered(
            "F",
            "Asks Tarn Valley Integrated Care Board to share emergency department assault data "
            "every month rather than every quarter.",
        ),
        heading("5", "Glossary"),
        bullets(
            [
                "<b>ASB</b>: anti-social behaviour, behaviour that has caused or is likely to cause "
                "harassment, alarm or distress to one or more people not of the same household.",
                "<b>Cardiff Model</b>: the sharing of anonymised data on violent injuries between hospital "
                "emergency departments and community safety partners.",
                "<b>Knife-enabled crime</b>: an offence in which a knife or sharp instrument was used or "
                "threatened, whatever the offence category.",
                "<b>Most similar group</b>: the 15 community safety partnership areas most like Ambledown in "
                "population, deprivation and settlement type, used to compare crime rates.",
                "<b>Violence with injury</b>: offences of violence in which the victim is physically "
                "injured, from actual bodily harm to attempted murder; homicide is counted separately.",
            ]
        ),
    ]
