"""Partnership K's Strategic Intelligence Assessment 2024 on lintmoor_layout's teal-band furniture: key
findings as a bulleted list, recorded crime by category with the four quarters of 2023 as columns, rates
per 1,000 population with the areas as rows, ASB by ward 2022 against 2023 split over a page break (its
header repeated under "Table 3 (continued)"), and recommendations R1 to R5."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta
from evals.archive.lintmoor_layout import (
    CELL,
    bullets,
    caption,
    heading,
    ledger,
    notice,
    p,
    render_pages,
    title,
)
from evals.archive.names import LINTMOOR

TITLE = "Lintmoor and Scarrowby Community Safety Partnership Strategic Intelligence Assessment 2024"
# category, Q1, Q2, Q3, Q4 (calendar 2023)
QUARTERS = (
    ("Violence with injury", 412, 468, 501, 437),
    ("Violence without injury", 655, 702, 731, 690),
    ("Stalking and harassment", 388, 402, 415, 397),
    ("Residential burglary", 96, 81, 74, 112),
    ("Vehicle offences", 143, 129, 151, 166),
    ("Shoplifting", 287, 301, 322, 356),
    ("Criminal damage and arson", 344, 371, 390, 329),
    ("Drug offences", 71, 84, 92, 88),
    ("Possession of weapons", 23, 31, 37, 29),
)
# area, population, all crime, ASB, domestic abuse-related (per 1,000 population, 2023)
RATES = (
    ("Lintmoor Town", "21,400", "71.3", "48.2", "16.9"),
    ("Lintmoor Rural East", "11,900", "38.4", "17.6", "9.8"),
    ("Lintmoor Rural West", "10,300", "34.1", "15.2", "8.7"),
    ("Scarrowby Harbour", "9,800", "142.6", "96.4", "24.1"),
    ("Scarrowby North", "18,700", "66.8", "41.5", "18.3"),
    ("Scarrowby South", "16,200", "58.2", "33.9", "15.6"),
    ("Partnership area", "88,300", "68.9", "43.1", "15.5"),
    ("Kelderby county", "612,000", "61.7", "36.8", "14.2"),
)
# ward, district, ASB incidents 2022, 2023
WARDS = (
    ("Abbeygate", "Lintmoor", 212, 198),
    ("Bellhill", "Lintmoor", 96, 104),
    ("Castlemead", "Lintmoor", 311, 287),
    ("Drovers", "Lintmoor", 74, 69),
    ("Eastfen", "Lintmoor", 58, 61),
    ("Hollinsway", "Lintmoor", 133, 121),
    ("Kilnworth", "Lintmoor", 88, 97),
    ("Marsh End", "Lintmoor", 47, 40),
    ("Newlands Park", "Lintmoor", 165, 178),
    ("Westfen", "Lintmoor", 52, 49),
    ("Anchor Quay", "Scarrowby", 244, 231),
    ("Brigstead", "Scarrowby", 119, 126),
    ("Cliffside", "Scarrowby", 81, 77),
    ("Fishergate", "Scarrowby", 402, 436),
    ("Gullhaven", "Scarrowby", 93, 88),
    ("Harbourside", "Scarrowby", 588, 541),
    ("Kittiwake", "Scarrowby", 104, 99),
    ("Lowtown", "Scarrowby", 276, 259),
    ("Saltings", "Scarrowby", 67, 72),
    ("Windyridge", "Scarrowby", 98, 83),
)
SPLIT = 12  # wards on the first page of Table 3
FINDINGS = (
    "Total recorded crime in the partnership area was 10,305 offences in 2023, with violence without injury "
    "the largest category (2,778 offences).",
    "Violence with injury peaked in Q3 (July to September 2023) at 501 offences, driven by the night-time "
    "economy in Scarrowby Harbour over the summer.",
    "Possession of weapons offences rose from 23 in Q1 to 37 in Q3; most involved knives and half of those "
    "caught were under 25.",
    "Scarrowby Harbour has the highest rates in the area: 142.6 crimes and 96.4 ASB incidents per 1,000 "
    "population, more than twice the partnership average.",
    "Shoplifting rose in every quarter, from 287 in Q1 to 356 in Q4.",
    "Rural crime has fallen for two years and is now a small share of recorded crime; the Rural "
    "Intelligence Network is well established.",
)
RECOMMENDATIONS = (
    "Adopt serious violence as a partnership priority for 2024-25, meeting the Serious Violence Duty, with "
    "knife crime among under-25s as its first focus.",
    "Keep domestic abuse as a priority but widen it to violence against women and girls, including "
    "stalking and harassment.",
    "Keep anti-social behaviour in town centres as a priority, concentrating on Harbourside and Fishergate "
    "wards.",
    "Stop treating rural and coastal crime as a separate priority; manage it through neighbourhood "
    "policing and the Rural Intelligence Network.",
    "Commission a drugs market profile for Scarrowby with the Kelderby Combating Drugs Partnership by "
    "30 September 2024.",
)


def write_assessment(path: Path) -> Path:
    return render_pages(path, _story, Meta(TITLE, LINTMOOR), "Strategic Intelligence Assessment 2024")


def _ward_rows(wards: tuple[tuple[str, str, int, int], ...]) -> list[list[str]]:
    rows = [["Ward", "District", "2022", "2023", "Change", "% change"]]
    for ward, district, before, after in wards:
        rows.append([ward, district, f"{before:,}", f"{after:,}", f"{after - before:+,}",
                     f"{(after - before) / before * 100:+.1f}%"])  # fmt: skip
    return rows


def _story() -> list[Flowable]:
    quarter_rows = [["Category", "Q1", "Q2", "Q3", "Q4", "2023 total"]]
    quarter_rows += [[name, *(f"{n:,}" for n in q), f"{sum(q):,}"] for name, *q in QUARTERS]
    totals = [sum(int(row[i]) for row in QUARTERS) for i in range(1, 5)]
    quarter_rows.append(["All categories above", *(f"{n:,}" for n in totals), f"{sum(totals):,}"])
    rate_rows = [["Area", "Population", "All crime per 1,000", "ASB per 1,000", "Domestic abuse per 1,000"]]
    rate_rows += [list(row) for row in RATES]
    return [
        notice(),
        *title(TITLE, "Calendar year 2023 · published February 2024"),
        heading("Summary"),
        p(
            "This assessment describes crime and anti-social behaviour in the districts of Lintmoor and "
            "Scarrowby in the calendar year 2023, and recommends the Partnership's priorities for 2024-25. "
            "It "
            "was prepared by the partnership analyst, Kelderby County Council, for the Board."
        ),
        heading("Key findings"),
        bullets(FINDINGS),
        PageBreak(),
        heading("Method"),
        p(
            "Recorded crime and ASB incidents are from Kelderby Constabulary's systems, extracted on 15 "
            "January "
            "2024. Quarters are calendar quarters: Q1 is January to March 2023, Q2 April to June, Q3 July to "
            "September and Q4 October to December. Rates use the 2022 mid-year population estimates."
        ),
        heading("Recorded crime by quarter"),
        ledger(quarter_rows, [170, 52, 52, 52, 52, 70], figures=(1, 2, 3, 4, 5), total_row=True),
        caption("Table 1. Recorded crime by category and quarter, 2023."),
        p(
            "Violence without injury was the largest category in every quarter. Residential burglary was "
            "lowest in Q3 (74) and highest in Q4 (112), when darker evenings return."
        ),
        heading("Where crime happens"),
        ledger(rate_rows, [130, 70, 85, 75, 90], figures=(1, 2, 3, 4), total_row=False),
        caption("Table 2. Rates per 1,000 population by area, 2023."),
        PageBreak(),
        heading("Anti-social behaviour by ward"),
        p("ASB incidents recorded by Kelderby Constabulary in each ward, 2022 and 2023."),
        ledger(_ward_rows(WARDS[:SPLIT]), [110, 80, 60, 60, 60, 65], figures=(2, 3, 4, 5)),
        caption("Table 3. ASB incidents by ward (continues on the next page)."),
        PageBreak(),
        p("<b>Table 3 (continued)</b>", CELL),
        ledger(_ward_rows(WARDS[SPLIT:]), [110, 80, 60, 60, 60, 65], figures=(2, 3, 4, 5)),
        caption("Table 3 (continued). ASB incidents by ward."),
        p(
            f"Across all 20 wards ASB fell from {sum(w[2] for w in WARDS):,} incidents in 2022 to "
            f"{sum(w[3] for w in WARDS):,} in 2023. Fishergate was the only large ward where it rose "
            f"markedly."
        ),
        heading("Recommendations"),
        bullets(RECOMMENDATIONS, numbered="R%s"),
    ]
