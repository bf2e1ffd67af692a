"""Partnership R's Strategic Intelligence Assessment 2023 (issued 24th January 2023): the calendar years
2020 to 2022 under a header cell spanning three columns, the change from 2021 to 2022 under another
spanning two, the rate per 1,000; wards with abbreviated column heads and a key, knife crime counts under
five shown as "n<5"; ASB by year; a priority-scoring table with abbreviated heads; the most similar group;
recommendations R-01 to R-06 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta, per_thousand, percent_change
from evals.archive.corvenbridge_layout import (
    Furniture,
    keyed,
    note,
    notice,
    p,
    render_pages,
    section,
    squares,
    subsection,
    title,
    zebra,
)
from evals.archive.names import CORVENBRIDGE

TITLE = f"{CORVENBRIDGE}: Strategic Intelligence Assessment 2023"
POPULATION = 118_400

# Offence group -> recorded offences in 2020, 2021, 2022.
CRIME = (
    ("Violence against the person", 3412, 3688, 3951),
    ("Sexual offences", 287, 334, 362),
    ("Robbery", 61, 58, 74),
    ("Residential burglary", 402, 371, 428),
    ("Business and community burglary", 158, 149, 171),
    ("Vehicle offences", 611, 583, 640),
    ("Theft from the person", 96, 118, 133),
    ("Shoplifting", 512, 604, 779),
    ("Other theft", 1122, 1087, 1140),
    ("Criminal damage and arson", 1004, 962, 1011),
    ("Drug offences", 266, 241, 298),
    ("Possession of weapons", 58, 71, 83),
    ("Public order offences", 845, 902, 955),
    ("Miscellaneous crimes against society", 174, 166, 181),
)

# Ward -> population, and in 2022: all crime, ASB incidents, domestic-abuse-related crimes, knife crimes.
WARDS = (
    ("Bellcote", 9_850, 512, 204, 88, 3),
    ("Castle Hythe", 14_120, 2_318, 862, 301, 19),
    ("Kilnbrook", 12_460, 1_407, 498, 236, 11),
    ("Priory Fields", 13_380, 1_036, 312, 198, 6),
    ("Ridgeway", 11_940, 664, 187, 142, 4),
    ("St Edith's", 15_210, 1_281, 401, 251, 9),
    ("Thornlow", 13_070, 1_192, 233, 219, 8),
    ("Upper Brandle", 8_310, 398, 74, 61, 2),
    ("Wickbourne", 20_060, 1_398, 105, 274, 7),
)

ASB_YEARS = (("2020", 3118), ("2021", 3402), ("2022", 2876))

# Issue -> threat, harm, vulnerability, trend (each 1 to 5).
SCORES = (
    ("Town centre ASB and the night-time economy", 4, 3, 4, 4),
    ("Domestic abuse and sexual violence", 4, 5, 5, 4),
    ("Exploitation and county lines", 4, 5, 5, 3),
    ("Burglary and rural theft", 3, 3, 3, 4),
    ("Shoplifting", 3, 2, 1, 4),
    ("Serious violence and knife crime", 3, 4, 3, 2),
    ("Hate crime", 2, 4, 3, 2),
)


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Intelligence Assessment 2023", "24.01.23", "Ref: CVCSP/SIA/2023 · OFFICIAL"
    )
    return render_pages(path, _story, Meta(TITLE, CORVENBRIDGE), furniture)


def _rate(count: int, population: int = POPULATION) -> str:
    return per_thousand(count, population)


def _crime_table() -> list[list[str]]:
    rows = [
        ["", "Recorded offences", "", "", "Change 2021 to 2022", "", "Rate per 1,000"],
        ["Offence group", "2020", "2021", "2022", "No.", "%", "2022"],
    ]
    totals = [0, 0, 0]
    for name, a, b, c in CRIME:
        rows.append([name, f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", percent_change(b, c), _rate(c)])
        totals = [totals[0] + a, totals[1] + b, totals[2] + c]
    a, b, c = totals
    rows.append(
        ["All recorded crime", f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", percent_change(b, c), _rate(c)]
    )
    return rows


def _ward_table() -> list[list[str]]:
    rows = [["Ward", "Pop.", "Crime", "Rate /1k", "ASB", "ASB /1k", "DA", "Knife"]]
    for ward, population, crime, asb, da, knife in WARDS:
        rows.append(
            [
                ward,
                f"{population:,}",
                f"{crime:,}",
                _rate(crime, population),
                f"{asb:,}",
                _rate(asb, population),
                f"{da:,}",
                "n<5" if knife < 5 else str(knife),
            ]
        )
    return rows


def _score_table() -> list[list[str]]:
    rows = [["Issue", "Thr.", "Harm", "Vuln.", "Trend", "Score", "Rank"]]
    scored = sorted(SCORES, key=lambda s: -(s[1] + s[2] + s[3] + s[4]))
    rank = {s[0]: i + 1 for i, s in enumerate(scored)}
    for issue, t, h, v, tr in SCORES:
        rows.append([issue, str(t), str(h), str(v), str(tr), str(t + h + v + tr), str(rank[issue])])
    return rows


def _story() -> list[Flowable]:
    total_2021 = sum(r[2] for r in CRIME)
    total_2022 = sum(r[3] for r in CRIME)
    return [
        *title(
            "Strategic Intelligence Assessment 2023", "Crime, disorder and harm in Corvenbridge, 2020 to 2022"
        ),
        notice(),
        section("I", "Summary"),
        p(
            f"Recorded crime in Corvenbridge rose from {total_2021:,} offences in 2021 to {total_2022:,} in "
            f"2022, {percent_change(total_2021, total_2022)}. "
            "The largest rise was in shoplifting, up by more than a "
            "quarter (604 to 779). Violence against the person remains the largest group at 3,951 offences. "
            "Anti-social behaviour incidents fell for the first time in three years, to 2,876."
        ),
        p(
            "Castle Hythe, which holds the town centre and the Quayside night-time economy area, has the "
            "highest crime rate of any ward, at almost twice the district rate. Four county lines were "
            "known to be running into the district during 2022."
        ),
        p(
            "The assessment recommends four priorities for 2023 to 2025: town centre anti-social behaviour "
            "and the night-time economy; domestic abuse and sexual violence; exploitation and county lines; "
            "and burglary and rural theft (see sections VII and VIII)."
        ),
        section("II", "Method"),
        squares(
            [
                "Recorded crime from Brathwold Constabulary, calendar years 2020, 2021 and 2022.",
                "ASB incidents reported to the police and to Corvenbridge District Council.",
                "Referrals to Lamplight Domestic Abuse Service and the MARAC.",
                f"Population of {POPULATION:,} (mid-2021 estimate) for rates per 1,000 residents.",
            ]
        ),
        note("Figures were extracted on 6th January 2023 and may differ slightly from later published data."),
        NextPageTemplate("wide"),
        PageBreak(),
        section("III", "Recorded crime by offence group"),
        p(
            "Table 1: recorded offences, 2020 to 2022, with the change over the last year and the rate in "
            "2022."
        ),
        zebra(
            _crime_table(),
            [200, 70, 70, 70, 78, 70, 80],
            figures=range(1, 7),
            spans=[(0, 1, 3), (0, 4, 5)],
            header_rows=2,
            total=True,
            first_bold=True,
        ),
        note("Rates per 1,000 residents use the mid-2021 population estimate of 118,400."),
        NextPageTemplate("page"),
        PageBreak(),
        section("IV", "Places"),
        p(
            "Table 2 sets each ward's recorded crime and ASB in 2022 against its population. Counts of knife "
            "crime under five are suppressed to protect victims."
        ),
        zebra(_ward_table(), [92, 52, 52, 54, 48, 54, 46, 50], figures=range(1, 8), first_bold=True),
        keyed(
            [
                ("Pop.", "Resident population, mid-2021"),
                ("Crime / Rate /1k", "All recorded crime in 2022 and the rate per 1,000 residents"),
                ("ASB / ASB /1k", "ASB incidents in 2022 and the rate per 1,000 residents"),
                ("DA", "Domestic-abuse-related crimes in 2022"),
                ("Knife", "Knife or sharp instrument offences in 2022; n<5 means fewer than five"),
            ]
        ),
        section("V", "Themes"),
        subsection("V.1", "Anti-social behaviour"),
        zebra(
            [["Year", "ASB incidents", "Change"]]
            + [
                [year, f"{count:,}", "" if i == 0 else percent_change(ASB_YEARS[i - 1][1], count)]
                for i, (year, count) in enumerate(ASB_YEARS)
            ],
            [80, 90, 80],
            figures=(1, 2),
        ),
        p(
            "Incidents fell by 15.5% in 2022, but Castle Hythe still accounts for almost a third of them, "
            "most "
            "between 10pm and 3am on Fridays and Saturdays."
        ),
        subsection("V.2", "Domestic abuse and sexual violence"),
        p(
            "Domestic-abuse-related crime reached 1,770 offences in 2022 and sexual offences rose by 8.4%. "
            "Lamplight Domestic Abuse Service took 912 referrals, 17% more than in 2021."
        ),
        subsection("V.3", "Exploitation and county lines"),
        p(
            "Four county lines were known to be running into Corvenbridge in 2022, and 23 children were "
            "referred to the Exploitation Forum as at risk of criminal exploitation."
        ),
        subsection("V.4", "Burglary and rural theft"),
        p(
            "Residential burglary rose by 15.4%, and thefts of plant, tools and quad bikes from farms and "
            "allotments around Upper Brandle and Bellcote doubled."
        ),
        section("VI", "Most similar group"),
        p(
            "Among the 15 districts in its most similar group, Corvenbridge ranks 9th of 15 for all recorded "
            "crime per 1,000 residents, but 3rd of 15 for shoplifting and 4th of 15 for violence with injury."
        ),
        section("VII", "Scoring the issues"),
        p(
            "Each issue was scored from 1 to 5 for threat, harm, vulnerability and trend; the four with the "
            "highest scores are recommended as priorities."
        ),
        zebra(_score_table(), [200, 40, 40, 40, 40, 44, 40], figures=range(1, 7), first_bold=True),
        note("Thr. = threat; Vuln. = vulnerability of those affected; Score = the sum of the four scores."),
        section("VIII", "Recommendations"),
        keyed(
            [
                (
                    "R-01",
                    "Adopt four priorities for 2023 to 2025: town centre anti-social behaviour and the "
                    "night-time economy; domestic abuse and sexual violence; exploitation and county lines; "
                    "burglary and rural theft.",
                ),
                ("R-02", "Fund a safe space for the night-time economy in Castle Hythe at weekends."),
                ("R-03", "Increase independent domestic violence advocate (IDVA) capacity."),
                ("R-04", "Commission mentoring for children at risk of exploitation."),
                (
                    "R-05",
                    "Keep shoplifting under review with the retail crime forum; do not make it a priority.",
                ),
                ("R-06", "Prepare for the Serious Violence Duty, which starts on 31st January 2023."),
            ]
        ),
        section("IX", "Glossary"),
        keyed(
            [
                ("ASB", "Anti-social behaviour"),
                ("IDVA", "Independent domestic violence advocate"),
                ("MARAC", "Multi-agency risk assessment conference"),
                ("Most similar group", "The 15 districts most like Corvenbridge, as set by the Home Office"),
                ("OPFCC", "Office of the Police, Fire and Crime Commissioner"),
            ]
        ),
    ]
