"""Partnership O's Strategic Intelligence Assessment 2024 (November 2024) on brindlecote_layout's
furniture: an executive summary restating some cells in words, the method, recorded crime on a landscape
page with the years 2019-20 to 2023-24 as ROWS and the categories as columns (footnotes under it, a
"% change" row) and the most similar group position in prose; ASB, domestic abuse and hate crime with the
quarters of 2023-24 as rows; ward notes in prose with some figures only there, then crime and ASB by ward
with rates per 1,000 in a table that starts under its caption and runs over the page break with its
header repeated, small knife crime counts suppressed as "[c]"; findings F1 to F8, recommendations R1 to
R7 (one priority renamed, one added, one dropped) with a RAG-rated table of the proposed priorities, and a
glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.brindlecote_layout import (
    Furniture,
    band,
    caption,
    hanging,
    listing,
    note,
    notice,
    p,
    render_pages,
    tiles,
    title,
)
from evals.archive.common import Meta, per_thousand
from evals.archive.names import BRINDLECOTE

TITLE = "Brindlecote Community Safety Board Strategic Intelligence Assessment 2024"
POPULATION = 104_600

CATEGORIES = (
    "Violence with injury", "Violence without injury", "Stalking and harassment", "Robbery",
    "Possession of weapons¹", "Residential burglary", "Vehicle offences", "Shoplifting",
    "Criminal damage and arson", "Drug offences", "All recorded crime²",
)  # fmt: skip
YEARS = (
    ("2019-20", (1012, 1384, 1106, 58, 104, 402, 611, 588, 1143, 297, 8214)),
    ("2020-21", (874, 1421, 1268, 41, 112, 338, 487, 402, 1021, 366, 7688)),
    ("2021-22", (963, 1592, 1437, 47, 121, 341, 502, 471, 1086, 318, 8301)),
    ("2022-23", (1041, 1655, 1502, 52, 126, 356, 548, 612, 1094, 284, 8705)),
    ("2023-24", (1097, 1618, 1471, 63, 149, 329, 566, 848, 1052, 301, 8912)),
)
# (ward, population, all crime, ASB incidents, knife-enabled offences; None is fewer than five)
WARDS = (
    ("Brindlecote Central", 7900, 1874, 702, 31),
    ("Millbrook", 9800, 702, 268, 7),
    ("St Osyth's", 8600, 611, 214, None),
    ("Tollbar", 10400, 1046, 455, 14),
    ("Ferrowby Bridge", 9100, 688, 251, None),
    ("Sedgeworth East", 8200, 902, 349, 19),
    ("Sedgeworth West", 7700, 571, 188, 6),
    ("Copley Heath", 6300, 298, 74, None),
    ("Rushford", 8900, 533, 167, None),
    ("Wexcombe", 9600, 498, 151, 5),
    ("Oxlade", 10200, 712, 259, 8),
    ("Netherstowe", 7900, 477, 196, None),
)
KNIFE_TOTAL = 101
QUARTERS = (
    ("Q1 (April to June 2023)", 912, 402, 268, 38),
    ("Q2 (July to September 2023)", 1018, 431, 241, 44),
    ("Q3 (October to December 2023)", 731, 447, 259, 29),
    ("Q4 (January to March 2024)", 613, 395, 230, 31),
)
PREVIOUS_YEAR = ("2022-23 total", 3566, 1588, 1062, 127)


def write_assessment(path: Path) -> Path:
    furniture = Furniture("Strategic Intelligence Assessment 2024", "BCSB SIA 2024", "November 2024")
    return render_pages(path, _story, Meta(TITLE, BRINDLECOTE), furniture, first="plain")


def _change(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


def _ward_row(ward: tuple[str, int, int, int, int | None]) -> list[str]:
    name, population, crime, asb, knife = ward
    return [
        name,
        f"{population:,}",
        f"{crime:,}",
        per_thousand(crime, population),
        f"{asb:,}",
        per_thousand(asb, population),
        "[c]" if knife is None else str(knife),
    ]


def _story() -> list[Flowable]:
    crime = [["Year", *CATEGORIES]]
    crime += [[year, *(f"{n:,}" for n in counts)] for year, counts in YEARS]
    last, previous = YEARS[-1][1], YEARS[-2][1]
    crime.append(
        ["% change 2022-23 to 2023-24", *(_change(b, a) for b, a in zip(previous, last, strict=True))]
    )
    ward_head = ["Ward", "Population¹", "All crime", "Crime per 1,000", "ASB incidents", "ASB per 1,000",
                 "Knife-enabled offences"]  # fmt: skip
    total_crime = sum(w[2] for w in WARDS)
    total_asb = sum(w[3] for w in WARDS)
    wards = [
        ward_head,
        *(_ward_row(w) for w in WARDS),
        ["Brindlecote district", f"{POPULATION:,}", f"{total_crime:,}", per_thousand(total_crime, POPULATION),
         f"{total_asb:,}", per_thousand(total_asb, POPULATION), str(KNIFE_TOTAL)],
    ]  # fmt: skip
    quarter_head = ["Quarter", "ASB incidents", "Domestic abuse-related crimes",
                    "Domestic abuse incidents (not crimes)", "Hate crimes"]  # fmt: skip
    totals = [sum(int(q[i]) for q in QUARTERS) for i in range(1, 5)]
    quarters = [
        quarter_head,
        *([q[0], *(f"{n:,}" for n in q[1:])] for q in QUARTERS),
        ["2023-24 total", *(f"{n:,}" for n in totals)],
        [PREVIOUS_YEAR[0], *(f"{n:,}" for n in PREVIOUS_YEAR[1:])],
        ["% change on 2022-23", *(_change(b, a) for b, a in zip(PREVIOUS_YEAR[1:], totals, strict=True))],
    ]
    proposed = [
        ["Proposed priority 2025-26", "Basis", "Risk rating"],
        ["Anti-social behaviour and neighbourhood nuisance", "Retain (R1)", "Amber"],
        ["Domestic abuse and violence against women and girls", "Rename 'Domestic abuse' (R2)", "Red"],
        ["Serious violence and knife crime", "Retain (R3)", "Red"],
        ["Drug-related harm", "Retain (R4)", "Amber"],
        ["Retail crime and town centre safety", "New (R5)", "Red"],
        ["Rural and heritage crime", "Remove as a Board priority (R6)", "Green"],
    ]
    return [
        notice(),
        *title(
            "Strategic Intelligence Assessment 2024", "Brindlecote Community Safety Board – November 2024"
        ),
        band("1. Executive summary"),
        listing(
            [
                "Recorded crime in the district rose by 2.4% in 2023-24 to 8,912 offences, a rate of 85.2 "
                "per 1,000 residents. It is the third year of increase since the low of 2020-21.",
                "Shoplifting rose by more than a third (+38.6%), from 612 to 848 offences, the largest rise "
                "of any category.",
                "Possession of weapons offences reached 149, the highest in the five years, and 101 offences "
                "involved a knife or sharp instrument.",
                "Anti-social behaviour fell by 8.2% to 3,274 incidents, but Brindlecote Central's ASB rate "
                "is more than twice the district's.",
                "Domestic abuse-related crime rose for the third year running.",
                "Rural crime fell sharply, from 124 flagged offences in 2022-23 to 87 in 2023-24.",
            ]
        ),
        band("2. Method"),
        p(
            "This assessment covers the five financial years from 1 April 2019 to 31 March 2024. Recorded "
            "crime and ASB incidents are from Garrenshire Constabulary's crime and incident systems, "
            "extracted on 2 September 2024; domestic abuse and hate crime are flagged offences. Population "
            "figures are ONS mid-2022 estimates. Offences are counted in the year they were recorded. The "
            "assessment was prepared by the Garrenshire Community Safety Analysis Team for the Board."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        band("3. Recorded crime, 2019-20 to 2023-24"),
        caption("Table 1: Recorded crime by category and year, Brindlecote district"),
        tiles(crime, [88, *([59] * 10), 76], figures=tuple(range(1, 12)), totals=(len(crime) - 1,)),
        note(
            "¹ Possession of weapons includes possession of an article with a blade or point and of "
            "offensive weapons.  ² All recorded crime includes categories not shown (theft from the "
            "person, other theft, public order and miscellaneous offences), so the columns do not add up to "
            "it.  Source: Garrenshire Constabulary, extracted 2 September 2024."
        ),
        p(
            "Brindlecote's rate of 85.2 crimes per 1,000 residents in 2023-24 placed it 7th highest of the "
            "15 districts in its most similar group, whose average was 79.6. In 2022-23 it was 9th."
        ),
        NextPageTemplate("plain"),
        PageBreak(),
        band("4. Anti-social behaviour, domestic abuse and hate crime by quarter"),
        caption("Table 2: Incidents and flagged crimes by quarter, 2023-24"),
        tiles(quarters, [130, 70, 82, 90, 60], figures=(1, 2, 3, 4), totals=(5,)),
        note("Domestic abuse incidents are incidents recorded by the police that were not crimes."),
        band("5. Crime and anti-social behaviour by ward, 2023-24"),
        p(
            "Crime is concentrated in Brindlecote Central, which holds the town centre and the night-time "
            "economy: 21% of the district's crime in 8% of its population. Copley Heath has the lowest "
            "crime rate. Tollbar and Sedgeworth East follow Brindlecote Central for ASB."
        ),
        p(
            "<b>Brindlecote Central.</b> The night-time economy drives violence without injury and public "
            "order offences on Friday and Saturday nights; shoplifting in the town centre rose from 204 "
            "offences in 2022-23 to 331 in 2023-24. ASB here is mostly street drinking and begging around "
            "the bus station."
        ),
        p(
            "<b>Tollbar.</b> The Tollbar Estate accounts for most of the ward's ASB. Reports fell after the "
            "CCTV upgrade was installed in March 2024, too late to show in these figures."
        ),
        p(
            "<b>Sedgeworth East.</b> Knife-enabled offences in the ward more than doubled, from 8 in 2022-23 "
            "to 19, mostly among young people near the retail park and the skate park."
        ),
        p(
            "<b>Millbrook.</b> ASB fell by a fifth after the detached youth work project began in September "
            "2023."
        ),
        p(
            "<b>Rural wards.</b> Copley Heath, Rushford, Wexcombe and Netherstowe together hold 31% of the "
            "population but 20% of recorded crime."
        ),
        caption("Table 3: Crime, ASB and knife-enabled offences by ward, 2023-24", keep=False),
        tiles(wards, [96, 58, 52, 58, 56, 56, 64], figures=(1, 2, 3, 4, 5, 6), totals=(len(wards) - 1,)),
        note(
            "¹ ONS mid-2022 estimates. Rates are per 1,000 residents.  [c] Fewer than five offences: "
            "suppressed so that victims cannot be identified; the district total includes them."
        ),
        band("6. Key findings"),
        hanging(
            "F1",
            "Shoplifting is the fastest-growing crime, up 38.6% in a year; most of the rise is in "
            "Brindlecote Central and the Sedgeworth retail park.",
        ),
        hanging(
            "F2",
            "Possession of weapons offences rose by 18.3%, to 149. Knife-enabled offences are "
            "concentrated in Brindlecote Central (31) and Sedgeworth East (19).",
        ),
        hanging("F3", "Robbery remains low in number (63) but is at its highest in five years."),
        hanging(
            "F4",
            "Domestic abuse-related crime rose by 5.5% to 1,675, with Q3 the highest quarter (447). "
            "Stalking and harassment is now the second largest category in Table 1.",
        ),
        hanging("F5", "ASB fell by 8.2%; the summer quarter (Q2, 1,018 incidents) remains the peak."),
        hanging("F6", "Residential burglary fell to 329, its lowest in five years."),
        hanging(
            "F7",
            "Rural and heritage crime fell by 29.8%; the Garrenshire Rural Crime Forum, formed in "
            "2023, now coordinates the response across the county.",
        ),
        hanging("F8", "Hate crime rose by 11.8% to 142, from a low base."),
        band("7. Recommendations"),
        hanging(
            "R1",
            "Retain anti-social behaviour and neighbourhood nuisance as a priority, focused on "
            "Brindlecote Central, Tollbar and Sedgeworth East.",
        ),
        hanging(
            "R2",
            "Rename the domestic abuse priority 'Domestic abuse and violence against women and "
            "girls', to take in stalking, harassment and women's safety at night.",
        ),
        hanging(
            "R3",
            "Retain serious violence and knife crime, with the Serious Violence Duty response "
            "strategy as its plan.",
        ),
        hanging("R4", "Retain drug-related harm."),
        hanging(
            "R5",
            "Add a new priority, 'Retail crime and town centre safety', working with the Business "
            "Improvement District.",
        ),
        hanging(
            "R6",
            "Remove rural and heritage crime as a Board priority and leave it to the Garrenshire "
            "Rural Crime Forum, with a yearly report to the Board.",
        ),
        hanging(
            "R7",
            "Agree a data-sharing protocol with NHS Garrenshire Integrated Care Board for "
            "emergency department attendances for assaults with a sharp object.",
        ),
        caption("Table 4: Proposed priorities for 2025-26 and their risk rating"),
        tiles(proposed, [200, 150, 70], rag=2),
        band("8. Glossary"),
        p(
            "<b>ASB</b> anti-social behaviour.  <b>Knife-enabled offence</b> an offence in which a knife or "
            "sharp instrument was used or threatened.  <b>Most similar group</b> the 15 districts the Home "
            "Office judges most like Brindlecote.  <b>[c]</b> a count suppressed for confidentiality."
        ),
    ]
