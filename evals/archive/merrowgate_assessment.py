"""Partnership W's Strategic Intelligence Assessment 2023 (November 2023), which includes the strategic
needs assessment for the Serious Violence Duty: sections numbered "2.1", an executive summary restating
figures in words, the periods as twelve months to 30 September, recorded crime by category over three such
periods (count, change and % change), anti-social behaviour and domestic abuse with years as rows, wards
with their ASB before their crime and their population last, the most similar group (position of 15), a
threat scoring table rated Red, Amber or Green, recommendations R1 to R7 and a glossary. Its foot reads
"SIA 2023 | p. 3"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta
from evals.archive.merrowgate_funding import ANALYST, COHESION_FORUM, MANAGER_NEW, PRIORITIES_2425
from evals.archive.merrowgate_layout import (
    SMALL,
    Furniture,
    banded,
    bare,
    bullets,
    caption,
    heading,
    note,
    notice,
    p,
    pairs,
    render_pages,
    subheading,
    title_block,
)
from evals.archive.names import MERROWGATE

TITLE = f"{MERROWGATE}: Strategic Intelligence Assessment 2023"
PERIODS = ("12 months to Sep 2021", "12 months to Sep 2022", "12 months to Sep 2023")
POPULATION = 118400

CRIME: tuple[tuple[str, int, int, int], ...] = (
    ("Violence with injury", 1412, 1538, 1601),
    ("Violence without injury", 1876, 2034, 2119),
    ("Stalking and harassment", 1104, 1226, 1187),
    ("Sexual offences", 318, 362, 391),
    ("Robbery", 97, 118, 104),
    ("Residential burglary", 512, 466, 421),
    ("Vehicle offences", 688, 731, 652),
    ("Shoplifting", 604, 781, 1024),
    ("Criminal damage and arson", 1233, 1189, 1102),
    ("Drug offences", 402, 377, 349),
    ("Possession of weapons", 88, 103, 126),
    ("Public order offences", 866, 912, 844),
    ("Other crime", 1516, 1559, 1604),
)
TOTALS = (sum(r[1] for r in CRIME), sum(r[2] for r in CRIME), sum(r[3] for r in CRIME))

ASB_YEARS = (
    ("2020/21", 3904, 1508),
    ("2021/22", 3321, 1309),
    ("2022/23", 2968, 1247),
)
DA_YEARS = (("2020/21", 2041, "29%"), ("2021/22", 2118, "30%"), ("2022/23", 2203, "31%"))

# Ward: ASB incidents, crimes, population.
WARDS: tuple[tuple[str, int, int, int], ...] = (
    ("Castlegate", 948, 2740, 9120),
    ("Quayside", 590, 1544, 8310),
    ("Millbrook", 345, 1187, 14260),
    ("Southfields", 318, 1209, 16480),
    ("Tanners Green", 288, 912, 12950),
    ("Ormond Park", 178, 604, 11730),
    ("Abbotsley", 130, 488, 10840),
    ("Netherby", 101, 351, 9680),
)


def _rate(count: int) -> str:
    return f"{count / POPULATION * 1000:.1f}"


MSG = (
    ("All recorded crime", _rate(TOTALS[2]), "88.9", "10th"),
    ("Violence with injury", _rate(1601), "12.9", "9th"),
    ("Residential burglary", _rate(421), "4.4", "5th"),
    ("Shoplifting", _rate(1024), "6.1", "14th"),
    ("Possession of weapons", _rate(126), "0.9", "11th"),
)

SCORES = (
    ("Violence against women and girls", 84, "Red"),
    ("Serious violence and weapon-enabled crime", 79, "Red"),
    ("Drug-related harm and exploitation", 71, "Red"),
    ("Retail crime", 63, "Amber"),
    ("Neighbourhood crime and anti-social behaviour", 60, "Amber"),
    ("Fraud and online crime", 44, "Green"),
    ("Hate crime", 39, "Green"),
    ("Road safety", 33, "Green"),
)

RECOMMENDATIONS = (
    ("R1", "Adopt five priorities for 2024-25 to 2026-27: " + "; ".join(x.lower() for x in PRIORITIES_2425)
     + "."),
    ("R2", "Replace the Domestic Abuse Sub-Group with a Violence Against Women and Girls Sub-Group."),
    ("R3", "Set up a Retail Crime Working Group with the Business Improvement District and retailers."),
    ("R4", "Focus ASB problem-solving on Castlegate and Quayside, which hold half of all ASB incidents."),
    ("R5", "Publish the Serious Violence Strategy by 31 January 2024."),
    ("R6", "Obtain anonymised A&amp;E assault data from the Integrated Care Board."),
    ("R7", "Refresh this assessment in autumn 2024 and write a full assessment in 2026."),
)  # fmt: skip

GLOSSARY = (
    ("ASB", "Anti-social behaviour"),
    ("IDVA", "Independent Domestic Violence Adviser"),
    ("MoRiLE", "Management of Risk in Law Enforcement: the scoring method used in section 6"),
    ("MSG", "Most similar group: the 15 community safety partnership areas most like Merrowgate"),
    ("SNA", "Strategic needs assessment (Serious Violence Duty)"),
    ("VAWG", "Violence against women and girls"),
)


def _change(before: int, after: int) -> tuple[str, str]:
    diff = after - before
    return f"{diff:+,}", f"{diff / before * 100:+.1f}%"


def write_assessment(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, MERROWGATE),
        Furniture("Strategic Intelligence Assessment", "sia", "SIA 2023"),
    )


def _story() -> list[Flowable]:
    crime_rows = [["Crime category", *PERIODS, "Change", "% change"]]
    for name, a, b, c in CRIME:
        crime_rows.append([name, bare(a), bare(b), bare(c), *_change(b, c)])
    crime_rows.append(["Total recorded crime", *(bare(t) for t in TOTALS), *_change(TOTALS[1], TOTALS[2])])
    ward_rows = [
        ["Ward", "ASB incidents (police)", "ASB per 1,000", "Crimes", "Crimes per 1,000", "Population"]
    ]
    for ward, asb, crimes, people in WARDS:
        ward_rows.append(
            [ward, bare(asb), f"{asb / people * 1000:.1f}", bare(crimes), f"{crimes / people * 1000:.1f}",
             bare(people)]
        )  # fmt: skip
    total_change, total_pct = _change(TOTALS[1], TOTALS[2])
    return [
        title_block(
            MERROWGATE,
            "Strategic Intelligence Assessment 2023",
            "incorporating the Serious Violence Duty strategic needs assessment. November 2023",
        ),
        notice(),
        pairs(
            [
                ("Author", f"{ANALYST}, Community Safety Analyst, Merrowgate Borough Council"),
                ("Commissioned by", f"the Partnership Board; lead officer {MANAGER_NEW}"),
                ("Period covered", "1 October 2020 to 30 September 2023 (three twelve-month periods)"),
                ("Presented", "Partnership Board, 7 December 2023"),
            ]
        ),
        heading("Executive summary", "1."),
        p(
            f"Police recorded {bare(TOTALS[2])} crimes in Merrowgate in the twelve months to September 2023, "
            f"{total_change.lstrip('+')} more than a year earlier ({total_pct}). Most of the rise is "
            "shoplifting, up by almost a third (243 more offences), and violence. Possession of weapons "
            "offences rose by more than a fifth for the second year running. Burglary, vehicle crime and "
            "criminal damage continued to fall."
        ),
        p(
            "Anti-social behaviour fell for the third year, to 4,215 incidents in 2022/23, but half of it "
            "happens in two wards, Castlegate and Quayside. Domestic abuse-related crime has risen each year "
            "and almost one victim in three is a repeat victim. Merrowgate's shoplifting rate is the second "
            "highest in its most similar group."
        ),
        p(
            "The assessment recommends five priorities for 2024-25 to 2026-27 (section 7). Hate crime, which "
            f"has fallen, is recommended for monitoring by the {COHESION_FORUM} rather than as a priority."
        ),
        heading("Method and sources", "2."),
        p(
            "Recorded crime and ASB come from Westhallow Constabulary's crime system and the council's ASB "
            "case system; rates use the mid-2022 population estimate of 118,400. The periods are twelve "
            "months to 30 September so that the assessment could be presented in December. Threats are "
            "scored with MoRiLE (section 6)."
        ),
        PageBreak(),
        heading("Recorded crime", "3."),
        caption("Table 3.1 Police recorded crime by category, Merrowgate"),
        banded(crime_rows, (136, 66, 66, 66, 62, 62), figures=(1, 2, 3, 4, 5), total=True),
        note("Change and % change compare the 12 months to September 2023 with the 12 months before."),
        subheading("3.2 Violence and weapons"),
        p(
            "Violence with injury rose by 4.1% and violence without injury by 4.2%. Knife and weapon "
            "possession offences reached 126, the highest for five years; 41% involved someone under 25. "
            "Most serious violence is in the Castlegate night-time economy on Friday and Saturday nights."
        ),
        heading("Anti-social behaviour and domestic abuse", "4."),
        caption("Table 4.1 ASB incidents by year"),
        banded(
            [["Year", "Reported to police", "Reported to the council", "Total"]]
            + [[y, bare(a), bare(b), bare(a + b)] for y, a, b in ASB_YEARS],
            (80, 110, 130, 80),
            figures=(1, 2, 3),
        ),
        caption("Table 4.2 Domestic abuse-related crime by year"),
        banded(
            [["Year", "Domestic abuse-related crimes", "Repeat victims (%)"]]
            + [[y, bare(n), r] for y, n, r in DA_YEARS],
            (80, 170, 120),
            figures=(1, 2),
        ),
        PageBreak(),
        heading("Where: wards and comparison", "5."),
        caption("Table 5.1 ASB and crime by ward, 12 months to September 2023"),
        banded(ward_rows, (96, 70, 70, 70, 80, 70), figures=(1, 2, 3, 4, 5)),
        p(
            "Castlegate, the town centre ward, has a crime rate more than three times the "
            "borough's; Quayside, "
            "with the harbour bars, is second. Both are priority locations for problem-solving. Crimes and "
            "incidents with no ward recorded (about a fifth of crimes) are left out of the table."
        ),
        caption("Table 5.2 Most similar group (15 areas; 1st = lowest rate), crimes per 1,000 residents"),
        banded(
            [["Measure", "Merrowgate", "MSG average", "Position of 15"], *[list(m) for m in MSG]],
            (150, 80, 90, 90),
            figures=(1, 2),
        ),
        heading("Threat scoring", "6."),
        caption("Table 6.1 MoRiLE scores (maximum 100) and rating"),
        banded(
            [["Threat", "Score", "Rating"], *[[t, str(s), r] for t, s, r in SCORES]],
            (250, 60, 80),
            figures=(1,),
        ),
        p(
            "Red threats are recommended as priorities; Amber threats become priorities "
            "where the partnership "
            "adds something no single agency does. Retail crime is Amber but is recommended because the "
            "Police, Fire and Crime Commissioner's plan makes business crime a county priority.",
            SMALL,
        ),
        PageBreak(),
        heading("Recommendations", "7."),
        pairs(RECOMMENDATIONS, widths=(34, 445)),
        heading("Glossary", "8."),
        bullets([f"<b>{a}</b>: {b}" for a, b in GLOSSARY], SMALL),
    ]
