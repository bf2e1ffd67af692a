"""Partnership Y's Strategic Intelligence Assessment 2023, on calendar years 2020 to 2022 (unlike its annual
reports' financial years): sections numbered "1.0", "2.0" with sub-sections "4.1"; an executive summary
that restates table cells in words; a 17-row crime table with the years as columns, the change and the %
change, which runs across a page break with its header repeated; wards with population, crimes, rate per
1,000, ASB and rank; domestic abuse with the years as rows; knife crime and rural crime across three
years; ASB by type; the most similar group (position of 15 for three measures); a scoring matrix on a
landscape page (five factors scored 1 to 5, a total of 25 and a band of Priority, Monitor or Business as
usual); recommendations lettered A to G and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta
from evals.archive.iverbeck_facts import (
    ANALYST,
    COUNTY,
    DRAFT_PRIORITIES_2427,
    POLICE,
    POPULATION,
)
from evals.archive.iverbeck_layout import (
    SMALL,
    Furniture,
    bare,
    caption,
    change_pct,
    cover,
    dashes,
    heading,
    keyed,
    lined,
    note,
    p,
    render_pages,
    subheading,
)
from evals.archive.names import IVERBECK, IVERBECK_BOARD

TITLE = f"{IVERBECK} Strategic Intelligence Assessment 2023"

CRIME = (
    ("Violence with injury", 842, 881, 937),
    ("Violence without injury", 1164, 1298, 1371),
    ("Stalking and harassment", 612, 705, 688),
    ("Sexual offences", 198, 241, 262),
    ("Robbery", 41, 38, 52),
    ("Residential burglary", 352, 301, 279),
    ("Business and community burglary", 133, 121, 140),
    ("Vehicle offences", 402, 377, 415),
    ("Theft from the person", 36, 44, 49),
    ("Shoplifting", 388, 402, 517),
    ("Bicycle theft", 97, 88, 76),
    ("All other theft", 520, 498, 541),
    ("Criminal damage and arson", 731, 702, 689),
    ("Drug offences", 214, 236, 198),
    ("Possession of weapons offences", 48, 57, 71),
    ("Public order offences", 401, 452, 478),
    ("Miscellaneous crimes against society", 92, 88, 97),
)
TOTALS = (sum(r[1] for r in CRIME), sum(r[2] for r in CRIME), sum(r[3] for r in CRIME))
# Ward, population (mid-2021), crimes 2022, ASB incidents 2022.
WARDS = (
    ("Iverbeck Central", 9850, 1412, 498),
    ("Millbeck", 11420, 806, 362),
    ("Tanyard", 8960, 655, 281),
    ("Kilnhurst", 10210, 598, 214),
    ("Thornley Cross", 12640, 702, 246),
    ("Saltby Marsh", 7830, 371, 197),
    ("Ewecote and Fold", 6940, 214, 58),
    ("Holm Lane", 10150, 634, 201),
    ("St Oswald's", 13480, 781, 188),
    ("Furnace Hill", 12820, 687, 210),
)
ASB_2022 = sum(w[3] for w in WARDS)
# Year, DA incidents, DA-related crimes, MARAC cases, repeat MARAC %.
DOMESTIC = (
    (2020, 2012, 1046, 148, 27),
    (2021, 2144, 1121, 171, 29),
    (2022, 2260, 1164, 183, 31),
)
KNIFE = (
    ("Offences involving a knife or sharp instrument", 31, 38, 49),
    ("Hospital admissions for assault with a sharp object (residents)", 6, 9, 11),
)
RURAL = (
    ("Farm and agricultural thefts", 64, 71, 88),
    ("Quad bike and machinery thefts", 19, 23, 31),
    ("Hare coursing and poaching reports", 42, 57, 73),
    ("Fly-tipping on farmland (council reports)", 118, 131, 149),
)
ASB_TYPES = (("Personal", 612), ("Nuisance", 1561), ("Environmental", 282))
# Theme, harm, volume, trend, public concern, gap in response; band.
SCORES = (
    ("Domestic abuse and violence against women and girls", 5, 5, 4, 4, 4, "Priority"),
    ("Serious violence and knife crime", 5, 3, 5, 4, 3, "Priority"),
    ("Anti-social behaviour and neighbourhood crime", 3, 5, 2, 5, 3, "Priority"),
    ("Rural crime, including wildlife crime", 3, 3, 5, 4, 4, "Priority"),
    ("Drug supply and exploitation", 4, 3, 3, 3, 1, "Monitor"),
    ("Shoplifting and retail crime", 2, 3, 5, 3, 1, "Monitor"),
    ("Fraud and scams", 3, 2, 3, 2, 1, "Business as usual"),
    ("Road safety and speeding", 2, 3, 1, 3, 1, "Business as usual"),
)
MSG = (
    ("All recorded crime", "65.8", "69.4", "6th"),
    ("Violence against the person", "28.7", "27.1", "9th"),
    ("Shoplifting", "5.0", "4.1", "11th"),
)

assert sum(w[1] for w in WARDS) == POPULATION and sum(w[2] for w in WARDS) == TOTALS[2]
assert sum(n for _, n in ASB_TYPES) == ASB_2022
assert f"{TOTALS[2] / POPULATION * 1000:.1f}" == MSG[0][1]


def write_assessment(path: Path) -> Path:
    return render_pages(
        path,
        _assessment,
        Meta(TITLE, IVERBECK),
        Furniture("Strategic Intelligence Assessment 2023", "ICSP/SIA/2023 v1.1",
                  foot="SIA 2023 - page {n} of {total}", foot_at="centre"),
    )  # fmt: skip


def _rate(crimes: int, population: int) -> str:
    return f"{crimes / population * 1000:.1f}"


def _assessment() -> list[Flowable]:
    crime_rows = [["Offence group", "2020", "2021", "2022", "Change 2021 to 2022", "% change"]]
    for name, a, b, c in CRIME:
        crime_rows.append([name, bare(a), bare(b), bare(c), f"{c - b:+,}", change_pct(b, c)])
    crime_rows.append(["All recorded crime", *(bare(t) for t in TOTALS), f"{TOTALS[2] - TOTALS[1]:+,}",
                       change_pct(TOTALS[1], TOTALS[2])])  # fmt: skip
    ranked = sorted(WARDS, key=lambda w: -w[2] / w[1])
    ward_rows = [["Ward", "Population", "Crimes 2022", "Rate per 1,000", "ASB incidents 2022", "Rank (rate)"]]
    for ward, population, crimes, asb in WARDS:
        ward_rows.append([ward, bare(population), bare(crimes), _rate(crimes, population), bare(asb),
                          str(ranked.index((ward, population, crimes, asb)) + 1)])  # fmt: skip
    ward_rows.append(["Iverbeck district", bare(POPULATION), bare(TOTALS[2]), _rate(TOTALS[2], POPULATION),
                      bare(ASB_2022), ""])  # fmt: skip
    da_rows = [["Year", "Domestic abuse incidents", "Domestic abuse-related crimes", "Share of all crime",
                "MARAC cases", "Repeat MARAC cases"]]  # fmt: skip
    for (year, incidents, crimes, marac, repeat), total in zip(DOMESTIC, TOTALS, strict=True):
        da_rows.append([str(year), bare(incidents), bare(crimes), f"{crimes / total * 100:.1f}%", str(marac),
                        f"{repeat}%"])  # fmt: skip
    score_rows = [["Theme", "Harm", "Volume", "Trend", "Public concern", "Gap in response", "Score (of 25)",
                   "Band"]]  # fmt: skip
    for theme, *marks, band in SCORES:
        values = [int(m) for m in marks]
        score_rows.append([theme, *(str(m) for m in values), str(sum(values)), band])
    shoplifting = CRIME[9]
    return [
        *cover(
            "Strategic Intelligence Assessment 2023",
            f"Calendar years 2020 to 2022 (data to 31 December 2022). Prepared by {ANALYST}, Community "
            "Safety "
            f"Analyst, {COUNTY}, for the {IVERBECK_BOARD}, October 2023.",
        ),
        heading("Executive summary", "1.0"),
        p(
            f"Police recorded {bare(TOTALS[2])} crimes in Iverbeck district in 2022, "
            f"{bare(TOTALS[2] - TOTALS[1])} more than in 2021 (a rise of "
            f"{change_pct(TOTALS[1], TOTALS[2]).lstrip('+')}) and well above the lockdown-affected total of "
            f"2020. That is {_rate(TOTALS[2], POPULATION)} crimes per 1,000 residents, below the average of "
            "the district's most similar group."
        ),
        p(
            "The rise was led by violence without injury and by shoplifting, which went up by more than a "
            f"quarter ({bare(shoplifting[2])} to {bare(shoplifting[3])}). Knife crime has risen for two "
            "years "
            "running and rural crime, especially hare coursing, is growing fast from a low base. Residential "
            "burglary fell for a second year. Domestic abuse remains the largest source of harm: one crime "
            "in "
            "six is domestic abuse-related, and nearly a third of MARAC cases are repeats."
        ),
        p(
            "The assessment recommends four priorities for the Partnership Plan 2024-27 (Section 6.0), one "
            "of "
            "them new:"
        ),
        dashes(list(DRAFT_PRIORITIES_2427)),
        heading("Method and sources", "2.0"),
        p(
            f"Crime figures are those recorded by {POLICE} and extracted on 16 January 2023. ASB incidents "
            "combine police and district council reports. Domestic abuse data add MARAC returns; hospital "
            "data "
            "come from the ICB; rural figures from the force's Rural Crime Team and the council's "
            f"fly-tipping records. Rates use the ONS mid-2021 population of {bare(POPULATION)}. 2020 was "
            "affected by the pandemic and should be read with care.",
            SMALL,
        ),
        heading("Recorded crime", "3.0"),
        p(
            "Table 3.1 gives every offence group for the three years. The groups follow the Home Office "
            "counting rules in force at the time of extraction."
        ),
        caption("Table 3.1. Police recorded crime by offence group, calendar years", keep=False),
        lined(crime_rows, (170, 48, 48, 48, 80, 60), figures=(1, 2, 3, 4, 5), total=True),
        subheading("3.1 Where crime happens"),
        p(
            "Iverbeck Central, the town centre ward, has by far the highest rate, as town centres do: it "
            "holds the shops, the night-time economy and the bus station. Millbeck and Tanyard follow."
        ),
        caption("Table 3.2. Crime and ASB by ward, 2022"),
        lined(ward_rows, (110, 64, 64, 70, 84, 60), figures=(1, 2, 3, 4, 5), total=True),
        heading("Themes", "4.0"),
        subheading("4.1 Domestic abuse"),
        caption("Table 4.1. Domestic abuse, calendar years"),
        lined(da_rows, (46, 84, 96, 70, 66, 80), figures=(1, 2, 3, 4, 5)),
        p(
            "Incidents and crimes have both risen each year. The share of MARAC cases that are repeats rose "
            "from 27% to 31%, now inside the 28 to 40 per cent range SafeLives expects of a MARAC, which "
            "suggests better identification rather than failure."
        ),
        subheading("4.2 Serious violence and knife crime"),
        lined(
            [["Measure", "2020", "2021", "2022"], *([m, str(a), str(b), str(c)] for m, a, b, c in KNIFE)],
            (280, 50, 50, 50),
            figures=(1, 2, 3),
        ),
        p(
            "Possession of weapons offences rose from 57 to 71. Most knife-enabled offences were in Iverbeck "
            "Central and Millbeck, and a third of suspects were under 25."
        ),
        subheading("4.3 Anti-social behaviour"),
        p(
            f"{bare(ASB_2022)} ASB incidents were reported in 2022: "
            + ", ".join(f"{bare(n)} {t.lower()}" for t, n in ASB_TYPES)
            + ". Off-road bikes on Saltby Marsh and groups of young people in the town centre were the "
            "commonest complaints."
        ),
        subheading("4.4 Rural crime"),
        lined(
            [["Measure", "2020", "2021", "2022"], *([m, str(a), str(b), str(c)] for m, a, b, c in RURAL)],
            (280, 50, 50, 50),
            figures=(1, 2, 3),
        ),
        p(
            "Hare coursing reports have almost doubled in two years. Farmers told the consultation events "
            "that "
            "they no longer report thefts of small items because nothing happens, so the true figure is "
            "higher."
        ),
        heading("Comparison with similar areas", "5.0"),
        p(
            "The Home Office's most similar group (MSG) sets Iverbeck beside 14 other districts like it. "
            "Position 1 is the lowest rate of the 15.",
            SMALL,
        ),
        lined(
            [["Measure (2022)", "Iverbeck per 1,000", "MSG average per 1,000", "Position of 15"], *MSG],
            (160, 90, 110, 80),
            figures=(1, 2, 3),
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("Prioritisation", "6.0"),
        p(
            "Each theme was scored from 1 (low) to 5 (high) on five factors at a workshop of partners on 5 "
            "September 2023, in the manner of MoRiLE. Themes scoring 17 or more are recommended as "
            "priorities; 12 to 16 to be monitored; below 12 left to business as usual.",
            SMALL,
        ),
        lined(score_rows, (230, 48, 48, 48, 70, 76, 70, 110), figures=(1, 2, 3, 4, 5, 6), first_bold=True),
        note(
            "Drug supply and exploitation scores 14: the county Combating Drugs Partnership leads on drugs, "
            "and exploitation is picked up under serious violence."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("Recommendations", "7.0"),
        keyed(
            [
                ("Recommendation A", f"Adopt '{DRAFT_PRIORITIES_2427[0]}' as a priority for 2024-27."),
                (
                    "Recommendation B",
                    f"Adopt '{DRAFT_PRIORITIES_2427[1]}' as a priority and name a local lead for the Serious "
                    "Violence Duty.",
                ),
                (
                    "Recommendation C",
                    f"Adopt '{DRAFT_PRIORITIES_2427[2]}' as a priority, focused on Iverbeck Central and "
                    "Millbeck.",
                ),
                (
                    "Recommendation D",
                    f"Adopt '{DRAFT_PRIORITIES_2427[3]}' as a new priority and set up a Rural Crime Forum "
                    "with farmers, landowners and the Rural Crime Team.",
                ),
                (
                    "Recommendation E",
                    "Monitor shoplifting through the Neighbourhoods and ASB Tasking group rather than making "
                    "it a priority.",
                ),
                (
                    "Recommendation F",
                    "Refer drug supply to the county Combating Drugs Partnership and keep exploitation "
                    "within "
                    "the serious violence priority.",
                ),
                (
                    "Recommendation G",
                    "Agree with the ICB by March 2024 to share anonymised A&amp;E assault data, so that "
                    "violence "
                    "not reported to police can be mapped.",
                ),
            ]
        ),
        heading("Glossary", "8.0"),
        keyed(
            [
                ("ASB", "Anti-social behaviour."),
                ("MARAC", "Multi-Agency Risk Assessment Conference: a meeting that plans the safety of "
                          "domestic abuse victims at high risk of serious harm or homicide."),
                ("MoRiLE", "Management of Risk in Law Enforcement: a method of scoring threat, harm and risk "
                           "to rank themes against each other."),
                ("MSG", "Most similar group: areas grouped by the Home Office as alike in their population "
                        "and social make-up, so that their crime rates can be compared fairly."),
                ("Serious Violence Duty", "The duty under the Police, Crime, Sentencing and Courts Act 2022 "
                                          "on local bodies to work together to prevent serious violence, in "
                                          "force from 31 January 2023."),
                ("VAWG", "Violence against women and girls."),
            ]
        ),
    ]  # fmt: skip
