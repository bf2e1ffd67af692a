"""Partnership Z's Strategic Assessment 2024 (August 2024) on the financial years 2021/22 to 2023/24:
sections numbered "Section 1" to "Section 8", an executive summary restating table cells in words, a
20-row crime table with the years as columns, change and % change, split across a page break with its
header repeated, the twelve wards with population, crimes, rate per 1,000 and ASB incidents, domestic
abuse with the years as rows, the most similar group (position of 15), a likelihood-by-impact matrix
scored out of 25 and rated red, amber or green on a landscape page, recommendations R1 to R8 with four
draft priorities, and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.brackenholme_facts import ANALYST, DRAFT_PRIORITIES_2528, POPULATION
from evals.archive.brackenholme_layout import (
    LAND_WIDTH,
    Furniture,
    banded,
    bullets,
    caption,
    change_pct,
    cover,
    heading,
    keyed,
    note,
    p,
    render_pages,
    subheading,
)
from evals.archive.common import Meta
from evals.archive.names import BRACKENHOLME

TITLE = "Brackenholme Community Safety Partnership Strategic Assessment 2024"

CRIMES: tuple[tuple[str, int, int, int], ...] = (
    ("Violence with injury", 1642, 1718, 1803),
    ("Violence without injury", 2310, 2455, 2398),
    ("Stalking and harassment", 1205, 1388, 1512),
    ("Death or serious injury by unlawful driving", 4, 6, 3),
    ("Homicide", 2, 1, 3),
    ("Rape", 121, 134, 152),
    ("Other sexual offences", 198, 221, 236),
    ("Robbery", 96, 118, 131),
    ("Residential burglary", 402, 371, 355),
    ("Business and community burglary", 176, 189, 164),
    ("Vehicle offences", 688, 642, 701),
    ("Theft from the person", 88, 97, 119),
    ("Shoplifting", 612, 744, 981),
    ("Bicycle theft", 143, 128, 137),
    ("Other theft", 905, 872, 848),
    ("Criminal damage and arson", 1198, 1142, 1087),
    ("Drug offences", 344, 402, 459),
    ("Possession of weapons", 71, 84, 102),
    ("Public order offences", 876, 931, 902),
    ("Miscellaneous crimes against society", 154, 162, 171),
)
TOTALS: tuple[int, int, int] = (
    sum(row[1] for row in CRIMES),
    sum(row[2] for row in CRIMES),
    sum(row[3] for row in CRIMES),
)

WARDS: tuple[tuple[str, int, int, int], ...] = (
    ("Brackenholme Central", 6900, 2214, 1167),
    ("Eastgate", 11800, 1396, 512),
    ("Moorside", 12400, 1288, 604),
    ("Tanners", 9300, 1127, 433),
    ("Kingsmead", 10600, 962, 389),
    ("Holme Park", 13200, 817, 301),
    ("Westfield", 12100, 804, 288),
    ("Riverside", 8800, 702, 246),
    ("Highcross", 14900, 811, 322),
    ("Lowfold", 11200, 655, 198),
    ("Netherby", 15800, 843, 264),
    ("Fellside", 11600, 0, 194),
)
WARDS_FULL = tuple(
    (name, pop, TOTALS[2] - sum(w[2] for w in WARDS[:-1]) if crimes == 0 else crimes, asb)
    for name, pop, crimes, asb in WARDS
)

DA_ROWS = (
    ("2021/22", "1,914", "1,322", "27.4%", "268"),
    ("2022/23", "2,036", "1,281", "28.9%", "291"),
    ("2023/24", "2,187", "1,240", "31.2%", "314"),
)

MATRIX = (
    ("Domestic abuse and violence against women and girls", 5, 5, "Red", "Priority"),
    ("Serious violence and knife crime", 4, 5, "Red", "Priority"),
    ("Drug-related harm", 4, 4, "Amber", "Priority (shared with the Combating Drugs Partnership)"),
    ("Anti-social behaviour", 5, 3, "Amber", "Priority"),
    ("Shoplifting and retail crime", 5, 3, "Amber", "Monitor closely"),
    ("Fraud against older residents", 3, 3, "Green", "Business as usual"),
    ("Road danger", 2, 4, "Green", "Business as usual"),
    ("Residential burglary", 2, 3, "Green", "Business as usual"),
)


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Assessment 2024", foot="Strategic Assessment 2024 · p. {n}/{total}", foot_at="left"
    )
    return render_pages(path, _story, Meta(TITLE, BRACKENHOLME), furniture)


def _rate(crimes: int, population: int) -> str:
    return f"{crimes / population * 1000:.1f}"


def _story() -> list[Flowable]:
    total_change = change_pct(TOTALS[1], TOTALS[2])
    crime_rows = [["Crime type", "2021/22", "2022/23", "2023/24", "Change", "% change"]]
    for name, a, b, c in CRIMES:
        crime_rows.append([name, f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", change_pct(b, c)])
    crime_rows.append(
        ["All recorded crime", *(f"{t:,}" for t in TOTALS), f"{TOTALS[2] - TOTALS[1]:+,}", total_change]
    )
    ward_rows = [["Ward", "Population", "Crimes 2023/24", "Rate per 1,000", "ASB incidents"]]
    for name, pop, crimes, asb in WARDS_FULL:
        ward_rows.append([name, f"{pop:,}", f"{crimes:,}", _rate(crimes, pop), f"{asb:,}"])
    asb_total = sum(w[3] for w in WARDS_FULL)
    ward_rows.append(
        ["Brackenholme", f"{POPULATION:,}", f"{TOTALS[2]:,}", _rate(TOTALS[2], POPULATION), f"{asb_total:,}"]
    )
    return [
        *cover(
            "Strategic Assessment",
            "Strategic Assessment 2024",
            "Crime and disorder in Brackenholme, April 2021 to March 2024 · August 2024",
        ),
        heading("Section 1 — Executive summary"),
        p(
            f"Recorded crime in Brackenholme rose for the third year running, to {TOTALS[2]:,} offences in "
            f"2023/24 ({total_change} on 2022/23). The borough's crime rate is "
            f"{_rate(TOTALS[2], POPULATION)} crimes per 1,000 residents."
        ),
        bullets(
            [
                "Shoplifting rose by almost a third in a year, to 981 offences, the largest rise of any "
                "crime type.",
                "Possession of weapons offences rose by a fifth and have grown every year since 2021/22.",
                "Domestic abuse-related crime reached 2,187 offences; nearly a third of victims were repeat "
                "victims.",
                "Residential burglary fell again and is now among the lowest in our most similar group.",
                "Brackenholme Central ward has the highest crime rate, more than five times the borough "
                "rate.",
            ]
        ),
        p(
            "Section 7 recommends four priorities for the Partnership Plan 2025-28, to be consulted "
            "on in the "
            "autumn of 2024."
        ),
        heading("Section 2 — Method"),
        p(
            "The assessment uses police recorded crime and incident data for the financial years 2021/22 to "
            "2023/24, ASB incidents from the police and the council, domestic abuse data from MARAC and "
            "Harbour Lights, hospital data from the ICB and the ONS mid-2022 population estimate "
            f"({POPULATION:,}). It was written by {ANALYST}, Partnership Analyst, and approved by the "
            "Executive Board's officers' group on 7 August 2024."
        ),
        heading("Section 3 — Recorded crime"),
        caption("Table 3.1 Recorded crime by type, 2021/22 to 2023/24", keep=False),
        banded(crime_rows, (170, 58, 58, 58, 52, 58), figures=(1, 2, 3, 4, 5), total=True),
        note("Change and % change compare 2023/24 with 2022/23."),
        heading("Section 4 — Where crime happens"),
        caption("Table 4.1 Wards, 2023/24"),
        banded(ward_rows, (140, 75, 85, 85, 85), figures=(1, 2, 3, 4), total=True),
        p(
            "Brackenholme Central holds the town centre and its night-time economy. Moorside and "
            "Eastgate have "
            "the most ASB outside the centre; Netherby and Fellside are rural."
        ),
        heading("Section 5 — Domestic abuse"),
        caption("Table 5.1 Domestic abuse, years as rows"),
        banded(
            [
                ["Year", "DA-related crimes", "DA incidents (non-crime)", "Repeat victims", "MARAC cases"],
                *DA_ROWS,
            ],
            (80, 95, 120, 90, 90),
            figures=(1, 2, 3, 4),
        ),
        subheading("Most similar group"),
        p(
            "Brackenholme is compared with the 14 other community safety partnership areas most like it "
            "(position 1 is the highest rate of 15)."
        ),
        banded(
            [
                ["Measure (2023/24)", "Brackenholme", "MSG average", "Position of 15"],
                ["All crime per 1,000", _rate(TOTALS[2], POPULATION), "79.4", "4th"],
                ["Shoplifting per 1,000", "7.1", "4.9", "2nd"],
                ["Violence against the person per 1,000", "41.1", "37.8", "5th"],
                ["Residential burglary per 1,000 households", "5.8", "7.6", "12th"],
            ],
            (200, 80, 80, 90),
            figures=(1, 2, 3),
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("Section 6 — Scoring the threats"),
        p(
            "Each theme is scored for likelihood (1 to 5) and impact (1 to 5); the score is their "
            "product, out "
            "of 25. Red is 20 or more, amber 12 to 19, green 11 or less."
        ),
        banded(
            [["Theme", "Likelihood", "Impact", "Score /25", "Rating", "Treatment"]]
            + [[t, str(li), str(im), str(li * im), rag, treat] for t, li, im, rag, treat in MATRIX],
            (230, 70, 60, 70, 60, LAND_WIDTH - 490),
            figures=(1, 2, 3),
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("Section 7 — Recommendations"),
        keyed(
            [
                ("R1", "Adopt four priorities for 2025-28: " + "; ".join(DRAFT_PRIORITIES_2528) + "."),
                (
                    "R2",
                    "Consult residents and partners on the draft priorities between October and November "
                    "2024.",
                ),
                ("R3", "Commission a serious violence problem profile to refresh the strategy."),
                (
                    "R4",
                    "Keep shoplifting and retail crime under close watch with the Business Improvement "
                    "District, and report quarterly.",
                ),
                ("R5", "Focus ASB work on Brackenholme Central, Moorside and Eastgate."),
                ("R6", "Review repeat domestic abuse victims' routes through MARAC."),
                ("R7", "Share the drug-related harm data with the Combating Drugs Partnership."),
                ("R8", "Repeat the assessment in 2027, with a light-touch refresh in 2025/26."),
            ]
        ),
        Spacer(1, 8),
        heading("Section 8 — Glossary"),
        keyed(
            [
                ("ASB", "Anti-social behaviour"),
                ("MARAC", "Multi-Agency Risk Assessment Conference"),
                ("MSG", "Most similar group: areas alike in population and place"),
                ("VAWG", "Violence against women and girls"),
                ("SVD", "Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)"),
                ("RAG", "Red, amber, green rating"),
            ]
        ),
        note("Figures for 2023/24 are provisional until the Home Office's final release."),
    ]
