"""Partnership P's Strategic Intelligence Assessment 2023: the financial years 2019-20 to 2022-23 as
columns with the change and % change over the last year and the rate per 1,000; the crime table runs
over a page break with its header repeated; trends in ASB and domestic abuse; ward figures with rates
per 1,000 and small knife crime counts suppressed as "<5"; a landscape priority-scoring matrix; findings
in two columns; recommendations "Rec. 1" to "Rec. 7" in a boxed table; a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta, per_thousand, percent_change
from evals.archive.names import TARNHOLT
from evals.archive.tarnholt_layout import (
    Furniture,
    banded,
    caption,
    heading,
    listing,
    note,
    notice,
    p,
    render_pages,
    subhead,
    title,
)

TITLE = "Tarnholt and Oxbarrow Community Safety Partnership: Strategic Intelligence Assessment 2023"
POPULATION = 104_300
YEARS = ("2019-20", "2020-21", "2021-22", "2022-23")
CRIME = (
    ("Violence with injury", (812, 744, 861, 934)),
    ("Violence without injury", (1105, 1188, 1302, 1347)),
    ("Stalking and harassment", (688, 802, 915, 882)),
    ("Sexual offences", (176, 158, 201, 223)),
    ("Robbery", (41, 29, 37, 48)),
    ("Burglary – residential", (302, 241, 228, 251)),
    ("Burglary – business and community", (118, 96, 104, 97)),
    ("Vehicle offences", (455, 361, 398, 442)),
    ("Theft from the person", (37, 18, 26, 31)),
    ("Shoplifting", (521, 389, 446, 612)),
    ("Bicycle theft", (88, 94, 71, 65)),
    ("All other theft", (702, 566, 640, 671)),
    ("Criminal damage and arson", (1033, 962, 1011, 968)),
    ("Drug offences", (214, 263, 197, 176)),
    ("Possession of weapons", (58, 61, 74, 96)),
    ("Public order offences", (498, 533, 612, 590)),
    ("Miscellaneous crimes against society", (104, 97, 118, 109)),
)
# Ward, residents, ASB incidents 2022-23, domestic abuse-related crimes 2022-23, knife crime offences
# 2022-23 (None: fewer than five, suppressed).
WARDS = (
    ("Tarnholt Central", 9850, 812, 195, 21),
    ("Tarnholt East", 11240, 403, 176, 9),
    ("Haddon Cross", 10410, 287, 121, None),
    ("Millbeck", 12060, 519, 236, 12),
    ("Sorrelby", 10980, 468, 219, 7),
    ("Ebbfield", 8720, 196, 88, None),
    ("Brackenlow", 7930, 142, 64, None),
    ("Wharfside", 9140, 734, 201, 17),
    ("Oxbarrow Cliffs", 11570, 331, 139, 6),
    ("Pennacott", 12400, 505, 250, 8),
)
KNIFE_TOTAL = 88
# Issue, harm, scale, trend, community concern (each scored 1 to 5).
SCORES = (
    ("Domestic abuse and violence against women and girls", 5, 5, 3, 4),
    ("Serious violence and knife crime", 5, 2, 5, 4),
    ("Anti-social behaviour", 2, 5, 2, 5),
    ("Exploitation of children and young people", 5, 2, 4, 2),
    ("Shoplifting and retail crime", 1, 4, 5, 2),
    ("Drug and alcohol-related harm", 4, 3, 1, 3),
    ("Fraud and scams against older residents", 3, 2, 3, 2),
)


def write_assessment(path: Path) -> Path:
    furniture = Furniture("Strategic Intelligence Assessment 2023", "TOCSP SIA 2023  v1.2  28 Nov 2023")
    return render_pages(path, _story, Meta(TITLE, TARNHOLT), furniture)


def _rate(count: int, people: int = POPULATION) -> str:
    return per_thousand(count, people)


def _totals() -> tuple[int, ...]:
    return tuple(sum(counts[i] for _, counts in CRIME) for i in range(len(YEARS)))


def _crime_table() -> Flowable:
    rows = [["Offence group", *YEARS, "Change", "% change", "Rate per 1,000, 2022-23"]]
    for name, counts in CRIME:
        rows.append(
            [name, *(f"{c:,}" for c in counts), f"{counts[3] - counts[2]:+,}",
             percent_change(counts[2], counts[3]), _rate(counts[3])]
        )  # fmt: skip
    totals = _totals()
    rows.append(
        ["All recorded crime", *(f"{c:,}" for c in totals), f"{totals[3] - totals[2]:+,}",
         percent_change(totals[2], totals[3]), _rate(totals[3])]
    )  # fmt: skip
    return banded(rows, [136, 46, 46, 46, 46, 46, 52, 60], figures=range(1, 8), totals=[len(rows) - 1])


def _ward_table() -> Flowable:
    rows = [
        [
            "Ward",
            "Residents",
            "ASB incidents",
            "ASB per 1,000",
            "Domestic abuse-related crimes",
            "DA per 1,000",
            "Knife crime offences",
        ]
    ]
    for ward, people, asb, da, knife in WARDS:
        rows.append(
            [ward, f"{people:,}", f"{asb:,}", _rate(asb, people), f"{da:,}", _rate(da, people),
             "<5" if knife is None else str(knife)]
        )  # fmt: skip
    asb = sum(w[2] for w in WARDS)
    da = sum(w[3] for w in WARDS)
    rows.append(
        ["District", f"{POPULATION:,}", f"{asb:,}", _rate(asb), f"{da:,}", _rate(da), str(KNIFE_TOTAL)]
    )
    return banded(rows, [104, 58, 58, 58, 78, 58, 64], figures=range(1, 7), totals=[len(rows) - 1])


def _story() -> list[Flowable]:
    totals = _totals()
    scoring = [["Issue", "Harm", "Scale", "Trend", "Community concern", "Score (of 20)", "Rank"]]
    ranked = sorted(SCORES, key=lambda s: -sum(s[1:]))
    for rank, (issue, *marks) in enumerate(ranked, start=1):
        scoring.append([issue, *(str(m) for m in marks), str(sum(marks)), str(rank)])
    recommendations = [
        ["No.", "Recommendation", "Suggested lead"],
        [
            "Rec. 1",
            "Widen the domestic abuse priority to domestic abuse and violence against women and girls, "
            "with a VAWG action plan in place by September 2024.",
            "Domestic Abuse and Sexual Violence Forum",
        ],
        [
            "Rec. 2",
            "Make serious violence and knife crime a priority in its own right, so that the Partnership "
            "meets the Serious Violence Duty locally.",
            "Youth Exploitation and Violence Group; Morvenshire Constabulary",
        ],
        [
            "Rec. 3",
            "Take the anti-social behaviour priority beyond the two town centres to every neighbourhood, "
            "starting with Millbeck, Sorrelby and Pennacott.",
            "ASB Case Review Panel",
        ],
        ["Rec. 4", "Keep the exploitation of children and young people as a priority.",
         "Youth Exploitation and Violence Group"],
        [
            "Rec. 5",
            "Pass the lead on drug and alcohol-related harm to the Morvenshire Combating Drugs Partnership, "
            "keeping one Board member as the link.",
            "Morvenshire Public Health",
        ],
        [
            "Rec. 6",
            "Agree by March 2025 to receive anonymised assault data from the minor injuries unit at "
            "Tarnholt Community Hospital (the Cardiff model), so that violence not reported to the police "
            "can be mapped.",
            "Morvenshire and Dunmere Integrated Care Board",
        ],
        [
            "Rec. 7",
            "Consider a priority on fraud and scams against older residents.",
            "Community Safety Manager",
        ],
    ]  # fmt: skip
    asb_years = (5212, 6034, 4811, 4397)
    da_rows = [
        ["Measure", *YEARS, "% change, last year"],
        [
            "Anti-social behaviour incidents",
            *(f"{n:,}" for n in asb_years),
            percent_change(asb_years[2], asb_years[3]),
        ],
        ["Domestic abuse-related incidents", "2,104", "2,241", "2,388", "2,415", percent_change(2388, 2415)],
        ["Domestic abuse-related crimes", "1,402", "1,533", "1,611", "1,689", percent_change(1611, 1689)],
        ["Repeat victims of domestic abuse (%)", "27%", "29%", "31%", "33%", "–"],
        ["Hate crimes", "86", "97", "112", "104", percent_change(112, 104)],
    ]
    return [
        notice(),
        *title(
            "Strategic Intelligence Assessment 2023",
            "Crime, disorder and harm in Tarnholt and Oxbarrow, April 2019 to March 2023",
        ),
        heading("1", "Summary"),
        p(
            f"Police recorded {totals[3]:,} crimes in the district in 2022-23, "
            f"{totals[3] - totals[2]:,} more "
            f"than the year before ({percent_change(totals[2], totals[3])}), a rate of {_rate(totals[3])} "
            "crimes per 1,000 residents. "
            "The rise is driven by violence and by shoplifting, which rose by more than a "
            "third. Possession of weapons offences have climbed every year since 2019-20 and are now "
            "two-thirds higher than they were then. Anti-social behaviour fell for the second year running."
        ),
        p(
            "Domestic abuse remains the greatest source of harm: one in three victims in 2022-23 had "
            "reported abuse in the previous twelve months. Against its most similar group of fifteen "
            "community safety partnerships, Tarnholt and Oxbarrow has the 9th highest rate of recorded "
            "crime (the group average is 79.1 per 1,000)."
        ),
        heading("2", "How this assessment was made"),
        p(
            "The assessment uses Morvenshire Constabulary's recorded crime and incident data for the four "
            "financial years from April 2019 to March 2023, District Council ASB case data, Linnet House "
            "referrals and the Youth Justice Service's caseload. Rates use the 2021 Census population of "
            f'{POPULATION:,}. Counts of fewer than five are shown as "&lt;5" to protect victims. It was '
            "written by Fiona Garvey, Partnership Analyst, and presented to the Board on 12 December 2023."
        ),
        heading("3", "Recorded crime"),
        p(
            "Table 1 sets out police recorded crime by offence group. The change and % change compare "
            "2022-23 with 2021-22."
        ),
        p(
            "Recording practice changed in 2020-21, when the force began to record every stalking and "
            "harassment report separately; figures for that group before 2020-21 are not strictly "
            "comparable. Lockdowns cut theft and burglary in 2020-21, so the assessment compares the latest "
            "year mainly with 2021-22."
        ),
        caption("Table 1  Police recorded crime by offence group, 2019-20 to 2022-23", keep=False),
        _crime_table(),
        note("Source: Morvenshire Constabulary, extracted 3 July 2023. Rates per 1,000 residents."),
        heading("4", "Anti-social behaviour, domestic abuse and hate crime"),
        caption("Table 2  Incident and victim measures, 2019-20 to 2022-23"),
        banded(da_rows, [160, 54, 54, 54, 54, 80], figures=range(1, 6)),
        Spacer(1, 6),
        p(
            "ASB incidents peaked in 2020-21, when lockdown breaches were logged as ASB, and have fallen "
            "since. Domestic abuse-related crimes have risen in each of the four years, and the share of "
            "repeat victims has grown from 27% to 33%."
        ),
        heading("5", "Wards"),
        p(
            "Tarnholt Central and Wharfside, the two town centres, have the highest ASB rates. Pennacott has "
            "the highest number of domestic abuse-related crimes, and Millbeck the second highest."
        ),
        caption("Table 3  Ward figures, 2022-23"),
        _ward_table(),
        note(
            "&lt;5: fewer than five offences, suppressed; the district total includes them. Knife crime: "
            "offences involving a knife or sharp instrument."
        ),
        NextPageTemplate("wide"),
        PageBreak(),
        heading("6", "Scoring the issues"),
        p(
            "Each issue was scored from 1 to 5 for harm, scale, trend and community concern (the last from "
            "the residents' survey of summer 2023), giving a score out of 20."
        ),
        caption("Table 4  Priority scoring matrix"),
        banded(scoring, [280, 60, 60, 60, 100, 80, 50], figures=range(1, 7)),
        Spacer(1, 8),
        note("Ties are broken by harm, then by trend."),
        caption("Table 5  Tarnholt and Oxbarrow against its most similar group, 2022-23"),
        banded(
            [
                [
                    "Measure",
                    "Rate per 1,000, Tarnholt and Oxbarrow",
                    "Most similar group average",
                    "Position of 15 (1 = highest rate)",
                ],
                ["All recorded crime", _rate(totals[3]), "79.1", "9th"],
                ["Violence with injury", _rate(934), "8.1", "5th"],
                ["Shoplifting", _rate(612), "4.4", "3rd"],
                ["Burglary – residential", _rate(251), "2.9", "11th"],
                ["Possession of weapons", _rate(96), "0.7", "4th"],
                ["Anti-social behaviour incidents", _rate(4397), "38.5", "6th"],
            ],
            [200, 170, 150, 170],
            figures=range(1, 4),
        ),
        NextPageTemplate("twocol"),
        PageBreak(),
        heading("7", "Findings"),
        subhead("Violence and weapons"),
        p(
            "Violence with injury rose by 8.5% in 2022-23. Possession of weapons offences rose from 74 to "
            "96. Knife crime is most common in Tarnholt Central and Wharfside; young people aged 15 to 19 "
            "were a third of those found with a knife."
        ),
        subhead("Domestic abuse"),
        p(
            "Domestic abuse-related crimes reached 1,689. Stalking and harassment, a category in which "
            "most offences are domestic, fell slightly, from 915 to 882."
        ),
        subhead("Anti-social behaviour"),
        p(
            "ASB fell across the district but not in Pennacott and Sorrelby, where residents told the survey "
            "it was their main worry. Incidents are still concentrated in the two town centres at night."
        ),
        subhead("Exploitation"),
        p(
            "The Youth Justice Service worked with 41 children at risk of criminal exploitation in 2022-23, "
            "up from 29; most were linked to drug lines running from Dunmere to Oxbarrow."
        ),
        subhead("Drugs"),
        p(
            "Drug offences fell for the second year (from 197 to 176), which reflects fewer stop and "
            "searches "
            "rather than less drug use. The Combating Drugs Partnership now leads on treatment and supply."
        ),
        heading("8", "Recommendations"),
        banded(recommendations, [34, 150, 70], boxed=True),
        heading("9", "Glossary"),
        listing(
            [
                "<b>ASB</b> – anti-social behaviour",
                "<b>Cardiff model</b> – sharing anonymised hospital data on assaults with police and "
                "partners",
                "<b>CDP</b> – Combating Drugs Partnership",
                "<b>MSG</b> – most similar group: fifteen partnerships with similar populations",
                "<b>VAWG</b> – violence against women and girls",
                "<b>Knife crime</b> – offences involving a knife or sharp instrument",
            ]
        ),
    ]
