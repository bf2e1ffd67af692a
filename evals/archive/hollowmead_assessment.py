"""Partnership U's Strategic Intelligence Assessment 2022 (December 2022): an executive summary restating
figures in words, the financial years 2019-20 to 2021-22 as COLUMNS of a 23-row crime table with the
change, the percentage change, each category's share of the total and the rate per 1,000, running over a
page break with its header repeated; five years as ROWS of a table of anti-social behaviour, domestic
abuse, repeat victims (a percentage), deliberate fires and knife crime with a "% change" row; wards with
rates, their share of crime and a hotspot flag and a totals row; domestic abuse victims by age band with
percentages; the most similar group (position of 15); a harm scoring table rated Red, Amber or Green;
recommendations R1 to R6 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable

from evals.archive.common import Meta, per_thousand, percent_change, signed
from evals.archive.hollowmead_layout import (
    SMALL,
    Furniture,
    caption,
    dashes,
    heading,
    note,
    notice,
    p,
    render_pages,
    short_date,
    spine,
    subheading,
    tags,
    title,
)
from evals.archive.hollowmead_minutes import ANALYST_NAME
from evals.archive.names import HOLLOWMEAD, HOLLOWMEAD_BOARD

TITLE = f"{HOLLOWMEAD} Strategic Intelligence Assessment 2022"
POPULATION = 118400
YEARS = ("2019-20", "2020-21", "2021-22")

# Recorded crime by category, financial years 2019-20 to 2021-22.
CRIME = (
    ("Violence with injury", (1042, 938, 1186)),
    ("Violence without injury", (1318, 1402, 1597)),
    ("Stalking and harassment", (704, 866, 951)),
    ("Death or serious injury by unlawful driving", (4, 3, 5)),
    ("Homicide", (2, 1, 1)),
    ("Rape", (88, 79, 104)),
    ("Other sexual offences", (161, 138, 187)),
    ("Robbery of personal property", (71, 52, 66)),
    ("Robbery of business property", (12, 8, 9)),
    ("Burglary: residential", (312, 244, 229)),
    ("Burglary: business and community", (148, 121, 133)),
    ("Vehicle offences", (611, 468, 502)),
    ("Theft from the person", (59, 31, 44)),
    ("Bicycle theft", (131, 117, 98)),
    ("Shoplifting", (566, 402, 611)),
    ("All other theft offences", (702, 588, 640)),
    ("Criminal damage", (1064, 972, 1018)),
    ("Arson", (41, 37, 52)),
    ("Drug trafficking", (38, 45, 61)),
    ("Possession of drugs", (233, 281, 247)),
    ("Possession of weapons offences", (54, 61, 79)),
    ("Public order offences", (538, 577, 689)),
    ("Miscellaneous crimes against society", (97, 88, 102)),
)
TOTALS = tuple(sum(row[1][i] for row in CRIME) for i in range(3))

# Five years as rows: ASB incidents, DA-related crimes, repeat DA victims (%), deliberate fires, knife crime.
TRENDS = (
    ("2017-18", 4812, 1204, "31.2", 118, 38),
    ("2018-19", 4655, 1288, "32.8", 131, 44),
    ("2019-20", 4498, 1356, "33.5", 109, 51),
    ("2020-21", 6930, 1512, "35.9", 97, 47),
    ("2021-22", 5212, 1609, "36.4", 126, 63),
)

# Wards, 2021-22: (ward, population, crimes, ASB incidents, hotspot)
_WARDS = (
    ("Minster Gate", 9800, 1690, 1162, "Yes"),
    ("Brackwater East", 11200, 1290, 842, "Yes"),
    ("Brackwater West", 10900, 660, 391, "No"),
    ("Castle Mound", 10400, 820, 455, "No"),
    ("Kilnsey Park", 12100, 985, 604, "Yes"),
    ("Marsh Lane", 10600, 590, 322, "No"),
    ("St Ebba's", 11300, 610, 371, "No"),
    ("Saltery Cross", 9700, 520, 310, "No"),
    ("Wickham Green", 10200, 390, 218, "No"),
    ("Lowfold", 11000, 450, 262, "No"),
)


def _wards() -> list[tuple[str, int, int, int, str]]:
    """The ten wards above and Eastings, which takes the remainder so that the wards add up."""
    rows = list(_WARDS)
    rows.append(
        (
            "Eastings",
            POPULATION - sum(w[1] for w in rows),
            TOTALS[2] - sum(w[2] for w in rows),
            TRENDS[-1][1] - sum(w[3] for w in rows),
            "No",
        )
    )
    return rows


# Domestic abuse victims by age band, 2021-22
DA_AGES = (("16 to 24", 392), ("25 to 34", 511), ("35 to 44", 368), ("45 to 54", 198), ("55 and over", 140))
FEMALE_VICTIMS = 1197

# Most similar group: (measure, Hollowmead rate, MSG average, position of 15; 1 is the lowest rate)
_MSG = (
    ("All recorded crime", None, "71.2", "9"),
    ("Violence against the person", None, "28.6", "11"),
    ("Burglary: residential", 229, "3.1", "4"),
    ("Vehicle offences", 502, "5.6", "6"),
    ("Shoplifting", 611, "4.4", "10"),
    ("Criminal damage and arson", 1018 + 52, "8.9", "8"),
)

# Harm scoring: (issue, harm, likelihood, community concern)
SCORES = (
    ("Violence against women and girls, including domestic abuse", 5, 4, 4),
    ("Serious violence and knife crime", 5, 3, 4),
    ("Anti-social behaviour and the night-time economy", 3, 4, 5),
    ("Drugs and exploitation (county lines)", 4, 3, 4),
    ("Shoplifting and business crime", 2, 4, 3),
    ("Deliberate fires", 3, 2, 3),
    ("Burglary and vehicle crime", 2, 3, 2),
)
RED = colors.Color(0.93, 0.68, 0.66)
AMBER = colors.Color(0.98, 0.84, 0.6)
GREEN = colors.Color(0.75, 0.89, 0.74)


def rag(score: int) -> str:
    return "Red" if score >= 18 else "Amber" if score >= 11 else "Green"


def write_assessment(path: Path) -> Path:
    furniture = Furniture("Strategic Intelligence Assessment 2022", "HCSP/SIA/2022 final v2", "2022-12-06")
    return render_pages(path, _story, Meta(TITLE, HOLLOWMEAD), furniture)


def _violence() -> tuple[int, ...]:
    names = (
        "Violence with injury",
        "Violence without injury",
        "Stalking and harassment",
        "Homicide",
        "Death or serious injury by unlawful driving",
    )
    return tuple(sum(v[i] for n, v in CRIME if n in names) for i in range(3))


def _crime_table() -> list[list[str]]:
    rows = [
        [
            "Offence category",
            *YEARS,
            "Change on 2020-21",
            "% change",
            "Share of 2021-22 total",
            "Rate per 1,000, 2021-22",
        ]
    ]
    for name, counts in (*CRIME, ("All recorded crime", TOTALS)):
        rows.append(
            [
                name,
                *(f"{c:,}" for c in counts),
                signed(counts[2] - counts[1]),
                percent_change(counts[1], counts[2]),
                f"{counts[2] / TOTALS[2] * 100:.1f}%",
                per_thousand(counts[2], POPULATION),
            ]
        )
    return rows


def _trend_table() -> list[list[str]]:
    rows = [
        [
            "Year",
            "ASB incidents",
            "Domestic abuse-related crimes",
            "Repeat DA victims",
            "Deliberate fires",
            "Knife crime offences",
        ]
    ]
    for year, asb, da, repeat, fires, knife in TRENDS:
        rows.append([year, f"{asb:,}", f"{da:,}", f"{repeat}%", str(fires), str(knife)])
    first, last = TRENDS[0], TRENDS[-1]
    rows.append(
        [
            "% change 2017-18 to 2021-22",
            percent_change(first[1], last[1]),
            percent_change(first[2], last[2]),
            f"{float(last[3]) - float(first[3]):+.1f} points",
            percent_change(first[4], last[4]),
            percent_change(first[5], last[5]),
        ]
    )
    return rows


def _ward_table() -> list[list[str]]:
    rows = [
        [
            "Ward",
            "Population",
            "Crimes 2021-22",
            "Rate per 1,000",
            "Share of crime",
            "ASB incidents",
            "Hotspot",
        ]
    ]
    for ward, population, crimes, asb, hotspot in _wards():
        rows.append(
            [
                ward,
                f"{population:,}",
                f"{crimes:,}",
                per_thousand(crimes, population),
                f"{crimes / TOTALS[2] * 100:.1f}%",
                f"{asb:,}",
                hotspot,
            ]
        )
    rows.append(
        [
            "Hollowmead",
            f"{POPULATION:,}",
            f"{TOTALS[2]:,}",
            per_thousand(TOTALS[2], POPULATION),
            "100.0%",
            f"{TRENDS[-1][1]:,}",
            "",
        ]
    )
    return rows


def _msg_table() -> list[list[str]]:
    rows = [["Measure, 2021-22", "Hollowmead rate per 1,000", "Most similar group average", "Position of 15"]]
    for measure, count, average, position in _MSG:
        if measure == "All recorded crime":
            count = TOTALS[2]
        elif measure == "Violence against the person":
            count = _violence()[2]
        assert count is not None
        rows.append([measure, per_thousand(count, POPULATION), average, position])
    return rows


def _score_table() -> tuple[list[list[str]], list[tuple[int, int, colors.Color]]]:
    rows = [["Issue", "Harm (1-5)", "Likelihood (1-5)", "Community concern (1-5)", "Score", "Rating"]]
    tints = []
    for r, (issue, harm, likelihood, concern) in enumerate(SCORES, start=1):
        score = harm * likelihood + concern
        rating = rag(score)
        rows.append([issue, str(harm), str(likelihood), str(concern), str(score), rating])
        tints.append((r, 5, {"Red": RED, "Amber": AMBER, "Green": GREEN}[rating]))
    return rows, tints


def _da_table() -> list[list[str]]:
    total = sum(n for _, n in DA_AGES)
    rows = [["Age band", "Victims 2021-22", "% of victims"]]
    for band, count in DA_AGES:
        rows.append([band, f"{count:,}", f"{count / total * 100:.1f}%"])
    rows.append(["All victims aged 16 and over", f"{total:,}", "100.0%"])
    return rows


def _story() -> list[Flowable]:
    total_change = percent_change(TOTALS[1], TOTALS[2])
    violence = _violence()
    scores, tints = _score_table()
    da_total = sum(n for _, n in DA_AGES)
    sexual = tuple(sum(v[i] for n, v in CRIME if n in ("Rape", "Other sexual offences")) for i in (1, 2))
    return [
        *title(
            "Hollowmead Community Safety Partnership",
            "Strategic Intelligence Assessment 2022",
            "Prepared by the Wyvernshire Community Safety Analysis Unit for the Board · data to 31 March "
            "2022",
        ),
        notice(),
        *heading("1", "Executive summary"),
        p(
            f"Police recorded {TOTALS[2]:,} crimes in Hollowmead in 2021-22, {total_change} on 2020-21, "
            f"when lockdowns held crime down, and {percent_change(TOTALS[0], TOTALS[2])} on 2019-20. "
            f"Violence against the person (including stalking and harassment) rose to {violence[2]:,} "
            "offences, about a sixth more than the year before "
            f"({percent_change(violence[1], violence[2])}). Domestic abuse-related crime has risen in "
            "each of the last five years, by a third in all, and more than a third of victims are repeat "
            "victims."
        ),
        p(
            "Anti-social behaviour fell back from its peak in 2020-21 but is still above the level of "
            "2017-18, and is concentrated in Minster Gate, the town centre, and Brackwater East. Knife "
            "crime offences reached 63, the highest in five years. Residential burglary fell again, to "
            "its lowest level in the period."
        ),
        p(
            "We recommend that the Partnership adopts violence against women and girls and serious "
            "violence as priorities for 2023-24, keeps anti-social behaviour and drugs, and passes "
            "burglary and vehicle crime to the county's Neighbourhood Crime Board (section 7)."
        ),
        *heading("2", "Method and sources"),
        tags(
            [
                (
                    "Period",
                    "Financial years 2019-20 to 2021-22 (1 April 2019 to 31 March 2022); five years for "
                    "the trends in section 3.2",
                ),
                ("Crime data", "Wyvernshire Police recorded crime, extracted 4 July 2022"),
                (
                    "Other sources",
                    "Police ASB incidents, Wyvernshire Fire and Rescue Service incidents, Safe Harbour "
                    "Domestic Abuse Service referrals, hospital data for assault admissions",
                ),
                ("Population", f"{POPULATION:,} (ONS mid-2021 estimate); rates are per 1,000 residents"),
                ("Authors", f"{ANALYST_NAME} and the Wyvernshire Community Safety Analysis Unit"),
            ]
        ),
        p(
            "Small numbers (homicide, death by driving) vary a great deal from year to year and their "
            "percentage changes should be read with care. Where the text restates a figure from a table "
            "it is rounded."
        ),
        *heading("3", "Recorded crime"),
        p(
            "Table 3.1 sets out recorded crime by category for the three years. The change and percentage "
            "change compare 2021-22 with 2020-21. The share column gives each category's part of all "
            "crime in 2021-22."
        ),
        caption("Table 3.1  Recorded crime by offence category, 2019-20 to 2021-22", keep=False),
        spine(
            _crime_table(),
            [150, 44, 44, 44, 50, 48, 53, 54],
            figures=(1, 2, 3, 4, 5, 6, 7),
            total=True,
            first_bold=False,
        ),
        note("Source: Wyvernshire Police. Rate per 1,000 uses the mid-2021 population."),
        subheading("3.2", "Five-year trends"),
        p(
            "Table 3.2 sets the years as rows. Anti-social behaviour peaked in 2020-21, when breaches of "
            "the coronavirus rules were recorded as ASB."
        ),
        caption(
            "Table 3.2  Anti-social behaviour, domestic abuse, fires and knife crime, 2017-18 to 2021-22"
        ),
        spine(_trend_table(), [120, 66, 82, 72, 70, 77], figures=(1, 2, 3, 4, 5), total=True),
        note(
            "Repeat DA victims: the percentage of victims with another domestic abuse crime in the 12 "
            "months before."
        ),
        subheading("3.3", "Where crime happens"),
        caption("Table 3.3  Crime and anti-social behaviour by ward, 2021-22"),
        spine(_ward_table(), [100, 62, 66, 62, 62, 70, 65], figures=(1, 2, 3, 4, 5), total=True),
        note(
            "Hotspot: a ward whose crime rate is more than one and a half times the Hollowmead rate, or "
            "with more than 600 ASB incidents."
        ),
        *heading("4", "Domestic abuse and violence against women and girls"),
        p(
            f"There were {TRENDS[-1][2]:,} domestic abuse-related crimes in 2021-22, {TRENDS[-1][3]}% of "
            f"whose victims were repeat victims. Of the {da_total:,} victims aged 16 and over, "
            f"{FEMALE_VICTIMS:,} ({FEMALE_VICTIMS / da_total * 100:.1f}%) were women. Referrals to Safe "
            "Harbour's Independent Domestic Violence Advisers rose by 14% on the year. Rape and other "
            f"sexual offences rose by {percent_change(sexual[0], sexual[1]).lstrip('+')}."
        ),
        caption("Table 4.1  Victims of domestic abuse-related crime by age band, 2021-22"),
        spine(_da_table(), [180, 90, 90], figures=(1, 2), total=True),
        *heading("5", "How Hollowmead compares"),
        p(
            "Hollowmead's most similar group (MSG) is the 15 community safety partnership areas most like "
            "it in population, deprivation and geography. Position 1 has the lowest rate."
        ),
        caption("Table 5.1  Rates per 1,000 residents against the most similar group, 2021-22"),
        spine(_msg_table(), [180, 100, 110, 80], figures=(1, 2, 3)),
        *heading("6", "Scoring the issues"),
        p(
            "Each issue is scored for harm, likelihood and community concern from 1 (low) to 5 (high). "
            "The score is harm multiplied by likelihood, plus community concern. Red is 18 or more, Amber "
            "11 to 17 and Green 10 or less."
        ),
        caption("Table 6.1  Issue scores and ratings"),
        spine(scores, [210, 50, 60, 70, 42, 55], figures=(1, 2, 3, 4), tints=tints),
        *heading("7", "Recommendations"),
        tags(
            [
                (
                    "R1",
                    "Adopt violence against women and girls as a priority for 2023-24, replacing domestic "
                    "abuse and sexual violence and widening it to harassment in public places.",
                ),
                (
                    "R2",
                    "Adopt serious violence as a priority for 2023-24 and lead the Serious Violence Duty "
                    "locally from 31 January 2023.",
                ),
                (
                    "R3",
                    "Keep anti-social behaviour and a safe night-time economy as a priority, with a focus "
                    "on Minster Gate, Brackwater East and Kilnsey Park.",
                ),
                (
                    "R4",
                    "Keep drugs and exploitation as a priority, working with the county's Combating Drugs "
                    "Partnership.",
                ),
                (
                    "R5",
                    "Pass burglary and vehicle crime, rated Green, to the Wyvernshire Neighbourhood Crime "
                    "Board from 1 April 2023.",
                ),
                (
                    "R6",
                    "Agree by September 2023 to share hospital emergency department data on assaults with "
                    "the Analysis Unit.",
                ),
            ],
            widths=(40, 447),
        ),
        *heading("8", "Glossary"),
        tags(
            [
                (
                    "ASB",
                    "Anti-social behaviour: behaviour that causes or is likely to cause harassment, alarm "
                    "or distress.",
                ),
                ("DA", "Domestic abuse."),
                (
                    "IDVA",
                    "Independent Domestic Violence Adviser: a specialist who supports high-risk victims.",
                ),
                ("MSG", "Most similar group: the 15 areas most like Hollowmead, used for comparison."),
                (
                    "NTE",
                    "Night-time economy: pubs, clubs, bars and takeaways open in the evening and at night.",
                ),
                (
                    "SVD",
                    "Serious Violence Duty: the duty on local bodies, from 31 January 2023, to work "
                    "together to prevent and reduce serious violence.",
                ),
                ("VAWG", "Violence against women and girls."),
                (
                    "County lines",
                    "Drug dealing across county boundaries using dedicated phone lines, often exploiting "
                    "children.",
                ),
                (
                    "Hotspot",
                    "A ward with a crime rate over one and a half times Hollowmead's, or over 600 ASB "
                    "incidents a year.",
                ),
            ],
            widths=(80, 407),
        ),
        p(
            f"This assessment was presented to the {HOLLOWMEAD_BOARD} on {short_date('2023-01-25')}.",
            SMALL,
        ),
        dashes(["Wyvernshire Community Safety Analysis Unit, County Hall, Wyvern Bridge."], SMALL),
    ]
