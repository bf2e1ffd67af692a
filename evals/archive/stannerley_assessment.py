"""Partnership X's Strategic Assessment 2024 (October 2024), over the financial years 2021/22 to 2023/24:
an executive summary that puts table cells into words, sections numbered "Section 3", recorded crime by
category with the years as columns (count, change, % change) in a table long enough to run on to the next
page with its header repeated, anti-social behaviour by type and domestic abuse with the years as rows,
wards with population first and shares in %, the most similar group (rank of 15), a harm and likelihood
matrix rated Red, Amber or Green, recommendations R1 to R6 and a glossary. Its foot reads "SA24 / 3"."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from evals.archive.common import Meta
from evals.archive.names import STANNERLEY
from evals.archive.stannerley_funding import ANALYST, BID, CDP, MANAGER, PRIORITIES_2528
from evals.archive.stannerley_layout import (
    CAPTION,
    SMALL,
    Furniture,
    bare,
    bullets,
    caption,
    heading,
    keyed,
    masthead,
    note,
    p,
    render_pages,
    ruled,
    subheading,
)

TITLE = f"{STANNERLEY}: Strategic Assessment 2024"
LOOSE_CAPTION = ParagraphStyle("StLooseCaption", parent=CAPTION, keepWithNext=0)
YEARS = ("2021/22", "2022/23", "2023/24")
POPULATION = 104600

CRIME: tuple[tuple[str, int, int, int], ...] = (
    ("Violence with injury", 1188, 1242, 1317),
    ("Violence without injury", 1530, 1611, 1689),
    ("Stalking and harassment", 842, 905, 968),
    ("Sexual offences", 231, 266, 274),
    ("Robbery", 58, 71, 89),
    ("Residential burglary", 402, 371, 355),
    ("Business and community burglary", 144, 139, 162),
    ("Vehicle offences", 517, 488, 463),
    ("Theft from the person", 96, 118, 131),
    ("Shoplifting", 611, 704, 936),
    ("Bicycle theft", 187, 203, 246),
    ("Other theft", 842, 816, 790),
    ("Criminal damage and arson", 1004, 957, 921),
    ("Drug offences", 318, 296, 341),
    ("Possession of weapons", 61, 72, 94),
    ("Public order offences", 699, 731, 702),
    ("Miscellaneous crimes against society", 148, 156, 171),
)
TOTALS = (sum(r[1] for r in CRIME), sum(r[2] for r in CRIME), sum(r[3] for r in CRIME))  # 8,878; 9,146; 9,649

# Year: personal, nuisance, environmental ASB incidents; the Town Centre ward's share.
ASB: tuple[tuple[str, int, int, int, str], ...] = (
    ("2021/22", 612, 2455, 398, "27%"),
    ("2022/23", 574, 2290, 371, "29%"),
    ("2023/24", 548, 2148, 402, "31%"),
)
# Year: domestic abuse-related crimes, repeat victims (%), cases heard at MARAC.
DOMESTIC: tuple[tuple[str, int, str, int], ...] = (
    ("2021/22", 1642, "27%", 188),
    ("2022/23", 1719, "29%", 203),
    ("2023/24", 1804, "30%", 221),
)
# Ward: population, crimes 2023/24, ASB incidents 2023/24.
WARDS: tuple[tuple[str, int, int, int], ...] = (
    ("Town Centre", 7840, 2710, 960),
    ("Ferrybank", 12300, 1420, 505),
    ("Chandlers Quay", 10950, 1105, 372),
    ("Oakwell", 14200, 1012, 330),
    ("Rookley", 13650, 898, 281),
    ("Wenlow", 11800, 744, 226),
    ("Thursby Park", 15400, 690, 214),
    ("Greyhaven", 18460, 812, 210),
)
ASB_2324 = sum(a[1] + a[2] + a[3] for a in ASB if a[0] == "2023/24")

MSG = (
    ("All recorded crime", "84.7", "11th"),
    ("Violence with injury", "11.8", "10th"),
    ("Shoplifting", "6.3", "14th"),
    ("Residential burglary", "4.1", "4th"),
    ("Possession of weapons", "0.8", "9th"),
)
MSG_COUNTS = {
    "All recorded crime": TOTALS[2],
    "Violence with injury": 1317,
    "Shoplifting": 936,
    "Residential burglary": 355,
    "Possession of weapons": 94,
}

MATRIX = (
    ("Violence against women and girls", 5, 5, "Red"),
    ("Serious violence", 5, 4, "Red"),
    ("Town centre and night-time economy (ASB, retail crime, violence)", 4, 5, "Red"),
    ("Fraud and scams against residents", 4, 4, "Amber"),
    ("Reoffending", 4, 4, "Amber"),
    ("Business and retail crime on its own", 3, 5, "Amber"),
    ("Drug-related harm", 4, 3, "Amber"),
    ("Hate crime", 3, 2, "Green"),
    ("Rural and wildlife crime", 2, 2, "Green"),
)

RECOMMENDATIONS = (
    ("R1", "Adopt five priorities for 2025-26 to 2027-28: " + "; ".join(x.lower() for x in PRIORITIES_2528)
     + "."),
    ("R2", f"Fold business and retail crime into the town centre priority, with the {BID} chairing a Town "
     "Centre Safety Group."),
    ("R3", "Replace the Domestic Abuse Sub-Group with a Violence Against Women and Girls Delivery Group."),
    ("R4", "Set up a Reducing Reoffending Group led by the Probation Service."),
    ("R5", "Agree with the Integrated Care Board a quarterly feed of anonymised A&amp;E assault data."),
    ("R6", "Refresh this assessment each autumn and write the next full assessment in 2027."),
)  # fmt: skip

GLOSSARY = (
    ("ASB", "Anti-social behaviour: personal, nuisance or environmental"),
    ("MARAC", "Multi-Agency Risk Assessment Conference, for victims of domestic abuse at high risk"),
    ("MSG", "Most similar group: the 15 areas the Home Office judges most like Stannerley"),
    ("NTE", "Night-time economy"),
    ("RAG", "Red, Amber, Green rating of a threat's harm multiplied by its likelihood"),
    ("VAWG", "Violence against women and girls"),
)


def _change(before: int, after: int) -> tuple[str, str]:
    diff = after - before
    return f"{diff:+,}", f"{diff / before * 100:+.1f}%"


def _per_1000(count: int, people: int = POPULATION) -> str:
    return f"{count / people * 1000:.1f}"


def write_assessment(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, STANNERLEY),
        Furniture("Strategic Assessment 2024 | OFFICIAL", foot="SA24 / {n}", head_at="right", foot_at="left"),
    )


def _story() -> list[Flowable]:
    crime_rows = [["Offence group", *YEARS, "Change", "% change"]]
    for name, a, b, c in CRIME:
        crime_rows.append([name, bare(a), bare(b), bare(c), *_change(b, c)])
    crime_rows.append(["All recorded crime", *(bare(t) for t in TOTALS), *_change(TOTALS[1], TOTALS[2])])
    ward_rows = [["Ward", "Population", "Crimes", "Crimes per 1,000", "ASB incidents", "Share of all ASB"]]
    for ward, people, crimes, asb in WARDS:
        ward_rows.append(
            [ward, bare(people), bare(crimes), _per_1000(crimes, people), bare(asb),
             f"{asb / ASB_2324 * 100:.1f}%"]
        )  # fmt: skip
    total_diff, total_pct = _change(TOTALS[1], TOTALS[2])
    return [
        *masthead(
            STANNERLEY,
            "Strategic Assessment 2024",
            "Crime, disorder and community safety in Stannerley, financial years 2021/22 to 2023/24",
        ),
        keyed(
            [
                ("Prepared by", f"{ANALYST}, Community Safety Analyst, Stannerley Borough Council"),
                ("For", f"the Partnership Board (lead officer {MANAGER}, CSP Manager)"),
                ("Data to", "31 March 2024"),
                ("Published", "October 2024; presented to the Board on 16 October 2024"),
                ("Status", "OFFICIAL. Figures are provisional where marked"),
            ]
        ),
        heading("Executive summary", "Section 1"),
        p(
            f"Police recorded {bare(TOTALS[2])} crimes in Stannerley in 2023/24, {total_diff.lstrip('+')} "
            "more "
            f"than in 2022/23 ({total_pct}). The rise is led by shoplifting, up by a third to 936 offences, "
            "and by violence. Possession of weapons offences rose from 72 to 94, a rise of almost a third, "
            "most of them knives carried in the town centre at night."
        ),
        p(
            f"Anti-social behaviour fell for the second year running, to {bare(ASB_2324)} incidents, but "
            "almost a third of it now happens in the Town Centre ward, where fewer than one resident in "
            "thirteen lives. Domestic abuse-related crime reached 1,804 offences, the most recorded, and "
            "three victims in ten were repeat victims."
        ),
        p(
            "Set against its most similar group, Stannerley has the second highest shoplifting rate of the "
            "fifteen areas but one of the lowest burglary rates. Section 7 recommends five priorities for "
            "2025-26 to 2027-28. Drug-related harm is scored Amber and is left to the "
            f"{CDP}."
        ),
        heading("Sources and method", "Section 2"),
        p(
            "Recorded crime comes from Brackenshire Police's crime recording system, grouped as the Office "
            "for National Statistics groups offences; ASB from the police and council case systems combined; "
            "domestic abuse from crimes the police flagged as domestic abuse-related and the MARAC "
            "coordinator's returns. Rates use the mid-2023 population estimate of 104,600. Years are "
            "financial years, April to March."
        ),
        p(
            "Threats were scored by the analysts and sub-group chairs on a five-point scale for harm and a "
            "five-point scale for likelihood; the product of the two gives the rating in Section 6 (Red 20 "
            "or more, Amber 12 to 19, Green below 12)."
        ),
        heading("Recorded crime", "Section 3"),
        p(
            "Table 3.1 gives each offence group over three years. Offences with no ward recorded are counted "
            "in the borough totals here but left out of the ward table in Section 5."
        ),
        p(
            "Violent crime (with and without injury) accounts for almost a third of all crime. Robbery, "
            "while "
            "small in number, has risen by half in two years, mostly phone robberies from young people near "
            "the bus station and the seafront. Burglary of homes continues to fall, though burglaries of "
            "businesses and community buildings rose in 2023/24. Bicycle theft is concentrated around the "
            "railway station in Rookley."
        ),
        p("Table 3.1 Police recorded crime by offence group, Stannerley, 2021/22 to 2023/24", LOOSE_CAPTION),
        ruled(crime_rows, (170, 58, 58, 58, 58, 60), figures=(1, 2, 3, 4, 5), total=True),
        note("Change and % change compare 2023/24 with 2022/23."),
        p(
            "Stalking and harassment offences have risen every year since 2021/22, in part because of better "
            "recording of stalking by the force. Sexual offences rose by 3.0% in the latest year, following "
            "a "
            "steeper rise in 2022/23."
        ),
        heading("Anti-social behaviour and domestic abuse", "Section 4"),
        caption("Table 4.1 ASB incidents by type"),
        ruled(
            [["Year", "Personal", "Nuisance", "Environmental", "Total", "In Town Centre ward"]]
            + [[y, bare(a), bare(b), bare(c), bare(a + b + c), s] for y, a, b, c, s in ASB],
            (60, 70, 70, 80, 70, 100),
            figures=(1, 2, 3, 4, 5),
        ),
        caption("Table 4.2 Domestic abuse"),
        ruled(
            [["Year", "Domestic abuse-related crimes", "% of all crime", "Repeat victims", "MARAC cases"]]
            + [
                [y, bare(n), f"{n / t * 100:.1f}%", r, bare(m)]
                for (y, n, r, m), t in zip(DOMESTIC, TOTALS, strict=True)
            ],
            (60, 140, 80, 90, 80),
            figures=(1, 2, 3, 4),
        ),
        p(
            "Two in three domestic abuse victims are women; the share of cases heard at MARAC where the "
            "victim had been referred before rose to 30%."
        ),
        CondPageBreak(300),
        heading("Place and comparison", "Section 5"),
        caption("Table 5.1 Crime and ASB by ward, 2023/24"),
        ruled(ward_rows, (90, 70, 60, 80, 70, 80), figures=(1, 2, 3, 4, 5)),
        p(
            "The Town Centre ward's crime rate is more than three times the borough's (92.2 per 1,000). "
            "Ferrybank, with the seafront, has the second highest ASB count.",
            SMALL,
        ),
        caption("Table 5.2 Most similar group, rates per 1,000 residents, 2023/24 (1st = lowest of 15)"),
        ruled(
            [["Measure", "Stannerley", "Group average", "Rank of 15"]]
            + [[m, _per_1000(MSG_COUNTS[m]), avg, rank] for m, avg, rank in MSG],
            (150, 80, 90, 80),
            figures=(1, 2),
        ),
        heading("Threat assessment", "Section 6"),
        caption("Table 6.1 Harm and likelihood matrix"),
        ruled(
            [["Threat", "Harm (1-5)", "Likelihood (1-5)", "Score", "Rating"]]
            + [[t, str(h), str(lk), str(h * lk), r] for t, h, lk, r in MATRIX],
            (230, 55, 70, 45, 55),
            figures=(1, 2, 3),
        ),
        PageBreak(),
        heading("Recommendations", "Section 7"),
        keyed(RECOMMENDATIONS, widths=(30, 457)),
        subheading("Glossary"),
        bullets([f"<b>{a}</b>: {b}" for a, b in GLOSSARY], SMALL),
    ]
