"""Partnership V's Partnership Strategic Assessment 2024 (March 2024), in "Chapter 3:" chapters: an
executive summary restating figures in words; the calendar years 2021 to 2023 as COLUMNS of a 21-row crime
table (change, % change, rate per 1,000) split by hand over a page break, its second part captioned
"(continued)" with the header repeated; five years as ROWS of a table whose header merges columns into
groups (anti-social behaviour, domestic abuse, serious violence); wards with crime and ASB counts and rates
under merged group headers and a priority-location flag; the most similar group (position of 15); a risk
scoring matrix rated Red, Amber or Green; recommendations R1 to R6 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, per_thousand, percent_change, signed
from evals.archive.names import WRENFOLD, WRENFOLD_BOARD
from evals.archive.wrenfold_funding import ANALYST, REOFFENDING_BOARD
from evals.archive.wrenfold_layout import (
    AGREED_TINT,
    DECLINED_TINT,
    DEFERRED_TINT,
    SMALL,
    Furniture,
    caption,
    grid,
    heading,
    key_table,
    note,
    notice,
    p,
    render_pages,
    squares,
    subheading,
    title,
)

TITLE = f"{WRENFOLD}: Partnership Strategic Assessment 2024"
POPULATION = 104600
YEARS = ("2021", "2022", "2023")

CRIME = (
    ("Violence with injury", (842, 905, 968)),
    ("Violence without injury", (1120, 1236, 1301)),
    ("Stalking and harassment", (598, 702, 745)),
    ("Homicide", (1, 2, 1)),
    ("Rape", (71, 84, 92)),
    ("Other sexual offences", (126, 149, 158)),
    ("Robbery", (48, 61, 74)),
    ("Residential burglary", (264, 251, 238)),
    ("Non-residential burglary", (118, 109, 126)),
    ("Vehicle offences", (402, 437, 415)),
    ("Theft from the person", (36, 44, 52)),
    ("Bicycle theft", (88, 92, 79)),
    ("Shoplifting", (412, 538, 706)),
    ("Other theft", (503, 547, 561)),
    ("Criminal damage", (844, 871, 826)),
    ("Arson", (33, 29, 41)),
    ("Drug trafficking", (42, 51, 63)),
    ("Possession of drugs", (198, 176, 189)),
    ("Possession of weapons", (44, 52, 67)),
    ("Public order offences", (462, 509, 534)),
    ("Miscellaneous crimes against society", (81, 77, 88)),
)
TOTALS = tuple(sum(row[1][i] for row in CRIME) for i in range(3))
SPLIT = 12  # Table 1 runs on after this many categories

# Five years as rows: (year, ASB incidents, of which town centre, DA incidents, DA-related crimes,
# knife crime offences, hospital admissions for assault with a sharp object)
TRENDS = (
    ("2019", 3480, 1105, 1620, 1012, 49, 11),
    ("2020", 5210, 1284, 1745, 1098, 41, 9),
    ("2021", 4130, 1190, 1811, 1163, 52, 12),
    ("2022", 3870, 1322, 1902, 1241, 58, 14),
    ("2023", 3655, 1417, 1968, 1309, 71, 17),
)

# Wards, 2023: (ward, population, crimes, ASB incidents, priority location)
_WARDS = (
    ("Wrenfold Town Centre", 6900, 1880, 905, "Yes"),
    ("Castle Fields", 9800, 1015, 468, "Yes"),
    ("Hatherby", 11400, 1032, 512, "Yes"),
    ("Pellow Green", 10300, 702, 389, "Yes"),
    ("Wrenfold North", 12100, 655, 301, "No"),
    ("Wrenfold South", 11800, 540, 266, "No"),
    ("Mill Reach", 10200, 488, 215, "No"),
    ("Saddlers Row", 9500, 431, 178, "No"),
    ("Lindon Marsh", 8700, 212, 146, "No"),
)


def wards() -> list[tuple[str, int, int, int, str]]:
    """The nine wards above and Thornby and Ashcombe, which takes the remainder so the wards add up."""
    rows = list(_WARDS)
    rows.append(
        (
            "Thornby and Ashcombe",
            POPULATION - sum(w[1] for w in rows),
            TOTALS[2] - sum(w[2] for w in rows),
            TRENDS[-1][1] - sum(w[3] for w in rows),
            "No",
        )
    )
    return rows


# Most similar group, 2023: (measure, Wrenfold count, MSG average rate, position of 15; 1 is the lowest)
_VIOLENCE = ("Violence with injury", "Violence without injury", "Stalking and harassment", "Homicide")
MSG = (
    ("All recorded crime", None, "74.6", "6th"),
    ("Violence against the person", None, "30.2", "7th"),
    ("Residential burglary", 238, "2.9", "4th"),
    ("Shoplifting", 706, "4.8", "14th"),
    ("Possession of weapons", 67, "0.7", "8th"),
    ("Criminal damage and arson", 826 + 41, "8.1", "9th"),
)

# Risk scoring: (issue, harm, prevalence, trend, community concern), each 1 to 5
SCORES = (
    ("Domestic abuse and violence against women and girls", 5, 4, 4, 4),
    ("Serious violence and knife crime", 5, 2, 5, 4),
    ("Anti-social behaviour (town centre and rural)", 3, 5, 2, 5),
    ("Drug-related harm and county lines", 4, 3, 3, 3),
    ("Shoplifting and retail crime", 2, 4, 5, 3),
    ("Adult reoffending", 3, 3, 2, 2),
    ("Residential burglary", 3, 2, 1, 2),
)


def rating(score: int) -> str:
    return "Red" if score >= 15 else "Amber" if score >= 11 else "Green"


def write_assessment(path: Path) -> Path:
    furniture = Furniture("Partnership Strategic Assessment 2024")
    return render_pages(path, _story, Meta(TITLE, WRENFOLD), furniture)


def _violence(i: int) -> int:
    return sum(v[i] for n, v in CRIME if n in _VIOLENCE)


def _crime_rows(rows: tuple[tuple[str, tuple[int, int, int]], ...], total: bool) -> list[list[str]]:
    out = [["Offence category", *YEARS, "Change 2022 to 2023", "% change", "Rate per 1,000 (2023)"]]
    for name, counts in (*rows, *((("All recorded crime", TOTALS),) if total else ())):
        out.append(
            [
                name,
                *(f"{c:,}" for c in counts),
                signed(counts[2] - counts[1]),
                percent_change(counts[1], counts[2]),
                per_thousand(counts[2], POPULATION),
            ]
        )
    return out


CRIME_WIDTHS = [160, 44, 44, 44, 64, 50, 71]


def _trend_table() -> list[list[str]]:
    rows = [
        [
            "Year",
            "Incidents",
            "of which town centre",
            "Incidents",
            "Related crimes",
            "Knife crime offences",
            "Hospital admissions (sharp object)",
        ]
    ]
    for year, *values in TRENDS:
        rows.append([year, *(f"{v:,}" for v in values)])
    first, last = TRENDS[0], TRENDS[-1]
    rows.append(
        ["% change 2019 to 2023", *(percent_change(a, b) for a, b in zip(first[1:], last[1:], strict=True))]
    )
    return rows


def _ward_table() -> list[list[str]]:
    rows = [
        ["Ward", "Population", "Crimes", "Rate per 1,000", "Incidents", "Rate per 1,000", "Priority location"]
    ]
    for ward, population, crimes, asb, flag in wards():
        rows.append(
            [
                ward,
                f"{population:,}",
                f"{crimes:,}",
                per_thousand(crimes, population),
                f"{asb:,}",
                per_thousand(asb, population),
                flag,
            ]
        )
    rows.append(
        [
            "Wrenfold district",
            f"{POPULATION:,}",
            f"{TOTALS[2]:,}",
            per_thousand(TOTALS[2], POPULATION),
            f"{TRENDS[-1][1]:,}",
            per_thousand(TRENDS[-1][1], POPULATION),
            "",
        ]
    )
    return rows


def _msg_table() -> list[list[str]]:
    rows = [["Measure (2023)", "Wrenfold rate per 1,000", "Most similar group average", "Position of 15"]]
    for measure, count, average, position in MSG:
        if measure == "All recorded crime":
            count = TOTALS[2]
        elif measure == "Violence against the person":
            count = _violence(2)
        assert count is not None
        rows.append([measure, per_thousand(count, POPULATION), average, position])
    return rows


def _score_table() -> tuple[list[list[str]], list[tuple[int, int, object]]]:
    rows = [["Issue", "Harm", "Prevalence", "Trend", "Community concern", "Score (of 20)", "Rating"]]
    tints: list[tuple[int, int, object]] = []
    colour = {"Red": DECLINED_TINT, "Amber": DEFERRED_TINT, "Green": AGREED_TINT}
    for r, (issue, *factors) in enumerate(SCORES):
        score = sum(factors)
        rows.append([issue, *(str(f) for f in factors), str(score), rating(score)])
        tints.append((r, 6, colour[rating(score)]))
    return rows, tints


def _story() -> list[Flowable]:
    shoplifting = dict(CRIME)["Shoplifting"]
    scores, tints = _score_table()
    first, last = TRENDS[0], TRENDS[-1]
    before = TRENDS[-2]
    return [
        *title(
            "Partnership Strategic Assessment 2024",
            f"{WRENFOLD} · prepared by the Brantshire Community Safety Analytical Team · March 2024",
        ),
        notice(),
        *heading("Chapter 1:", "Executive summary"),
        p(
            f"Police recorded {TOTALS[2]:,} crimes in Wrenfold in 2023, up by "
            f"{percent_change(TOTALS[1], TOTALS[2])[1:]} on 2022 and about a sixth more than in 2021 "
            f"({percent_change(TOTALS[0], TOTALS[2])}). The "
            "district's rate, "
            f"{per_thousand(TOTALS[2], POPULATION)} crimes per 1,000 residents, remains below the average of "
            "its most similar group of partnerships."
        ),
        p(
            f"Three things stand out. Shoplifting rose by almost a third in a year ("
            f"{percent_change(shoplifting[1], shoplifting[2])}, to {shoplifting[2]:,} offences) and has "
            f"grown by {percent_change(shoplifting[0], shoplifting[2])[1:]} since 2021. Knife crime reached "
            f"{last[5]} offences, its highest in five years, and hospital admissions for assault with a "
            f"sharp object rose from {first[6]} in 2019 to {last[6]}. Domestic abuse-related crime rose for "
            f"the fourth year running, to {last[4]:,}."
        ),
        p(
            f"Anti-social behaviour fell again, to {last[1]:,} incidents in 2023 from {before[1]:,} in 2022, "
            f"well below the peak of {TRENDS[1][1]:,} in 2020, when lockdown breaches were recorded as ASB. "
            f"But more of it happens in the town centre: {last[2]:,} incidents, "
            f"{last[2] / last[1] * 100:.0f}% of the total, against {first[2] / first[1] * 100:.0f}% in 2019."
        ),
        subheading("1.1", "Recommended priorities for 2024-25"),
        squares(
            [
                "Violence against women and girls, including domestic abuse (R1)",
                "Serious violence and knife crime (R2)",
                "Anti-social behaviour in the town centre and rural areas (R3)",
                "Drug-related harm (R4)",
            ]
        ),
        p(
            f"Reducing reoffending, a priority in 2023-24, should pass to the {REOFFENDING_BOARD} (R5). "
            "Shoplifting is rated Amber and should be kept under review (R6)."
        ),
        *heading("Chapter 2:", "Scope, sources and definitions"),
        p(
            "The assessment covers the calendar years 2021 to 2023 (five years, 2019 to 2023, for the trends "
            f"in chapter 4). Sources: Brantshire Police recorded crime and incident data for the district "
            "(extracted 8th January 2024), Brantshire Fire and Rescue Service incidents, hospital admissions "
            "data from the "
            "Brantshire and Ridings Integrated Care Board, and a residents' survey of autumn 2023 (1,146 "
            f"replies). Rates use the mid-2022 population estimate of {POPULATION:,}."
        ),
        subheading("2.1", "Definitions used in this assessment"),
        key_table(
            [
                (
                    "Serious violence",
                    "Homicide, violence with injury, robbery, and any offence in which a knife or sharp "
                    "object was used or threatened: the local definition agreed for the Serious Violence "
                    "Duty in January 2024.",
                ),
                (
                    "Knife crime offence",
                    "An offence of violence or robbery in which a knife or sharp instrument was used or "
                    "threatened, plus possession of a blade in a public place.",
                ),
                (
                    "Domestic abuse-related crime",
                    "A crime flagged by the police as domestic abuse-related: the victim and offender are "
                    "aged 16 or over and are or were intimate partners or family members.",
                ),
                (
                    "Town centre",
                    "The Wrenfold Town Centre ward and the Market Street night-time economy zone.",
                ),
            ],
            (130, 347),
        ),
        PageBreak(),
        *heading("Chapter 3:", "Recorded crime"),
        p(
            f"Table 1 gives recorded crime by category. {len(CRIME)} categories are shown; the change and "
            "rate columns compare 2023 with 2022."
        ),
        caption("Table 1: Police recorded crime by offence category, Wrenfold, 2021 to 2023"),
        grid(_crime_rows(CRIME[:SPLIT], False), CRIME_WIDTHS, figures=(1, 2, 3, 4, 5, 6)),
        note(
            "Table 1 continues on the next page. Source: Brantshire Police, crimes recorded in the calendar "
            "year."
        ),
        PageBreak(),
        caption("Table 1 (continued): Police recorded crime by offence category, Wrenfold, 2021 to 2023"),
        grid(_crime_rows(CRIME[SPLIT:], True), CRIME_WIDTHS, figures=(1, 2, 3, 4, 5, 6), total=True),
        p(
            "Violence against the person (violence with and without injury, stalking and harassment, and "
            f"homicide) totalled {_violence(2):,} offences in 2023, {_violence(2) / TOTALS[2] * 100:.1f}% of "
            f"all crime, up from {_violence(1):,} in 2022. Possession of weapons offences rose by half in "
            "two years.",
            SMALL,
        ),
        *heading("Chapter 4:", "Five-year trends"),
        caption("Table 2: Anti-social behaviour, domestic abuse and serious violence, 2019 to 2023"),
        grid(
            _trend_table(),
            [98, 56, 62, 56, 60, 70, 75],
            figures=(1, 2, 3, 4, 5, 6),
            groups=[("Anti-social behaviour", 1, 2), ("Domestic abuse", 3, 4), ("Serious violence", 5, 6)],
        ),
        note(
            "ASB: incidents recorded by Brantshire Police. Hospital admissions: Wrenfold residents admitted "
            "after an assault with a sharp object (ICB data)."
        ),
        PageBreak(),
        *heading("Chapter 5:", "Where crime happens"),
        p(
            "Four wards are proposed as priority locations for partnership tasking: Wrenfold Town Centre, "
            "Castle Fields, Hatherby and Pellow Green. Together they hold "
            f"{sum(w[2] for w in wards() if w[4] == 'Yes') / TOTALS[2] * 100:.0f}% of recorded crime and "
            f"{sum(w[1] for w in wards() if w[4] == 'Yes') / POPULATION * 100:.0f}% of the population."
        ),
        caption("Table 3: Recorded crime and anti-social behaviour by ward, 2023"),
        grid(
            _ward_table(),
            [118, 58, 52, 58, 56, 58, 77],
            figures=(1, 2, 3, 4, 5),
            groups=[("All recorded crime", 2, 3), ("Anti-social behaviour", 4, 5)],
            total=True,
        ),
        *heading("Chapter 6:", "How Wrenfold compares"),
        p(
            "Wrenfold is compared with the fourteen other partnerships in its most similar group (MSG), "
            "chosen by the Home Office for their likeness in population, deprivation and rurality. A "
            "position of 1 is the lowest rate in the group."
        ),
        caption("Table 4: Wrenfold and its most similar group, 2023"),
        grid(_msg_table(), [170, 100, 110, 97], figures=(1, 2, 3)),
        PageBreak(),
        *heading("Chapter 7:", "Assessing the risks"),
        p(
            "Each issue was scored from 1 to 5 on four factors by the analysts and the Board's lead officers "
            "at a workshop on 14th February 2024; the score is their sum, out of 20. Issues scoring 15 or "
            "more are rated Red, 11 to 14 Amber and 10 or less Green."
        ),
        caption("Table 5: Risk scoring matrix"),
        grid(scores, [170, 40, 56, 40, 62, 56, 53], figures=(1, 2, 3, 4, 5), tints=tints),
        *heading("Chapter 8:", "Recommendations"),
        key_table(
            [
                (
                    "R1",
                    "Adopt violence against women and girls, including domestic abuse, as a priority for "
                    "2024-25, and commission an IDVA and ISVA service for the district.",
                ),
                (
                    "R2",
                    "Adopt serious violence and knife crime as a priority, in line with the Serious Violence "
                    "Duty, with education in schools serving Hatherby and the town centre.",
                ),
                (
                    "R3",
                    "Keep anti-social behaviour as a priority, widened to the rural wards of Lindon Marsh "
                    "and Thornby and Ashcombe.",
                ),
                (
                    "R4",
                    "Keep drug-related harm as a priority; county lines work continues through police "
                    "tasking rather than the Partnership's fund.",
                ),
                ("R5", f"Pass reducing reoffending to the {REOFFENDING_BOARD} from April 2024."),
                (
                    "R6",
                    "Keep shoplifting and retail crime under review and report its trend to the Board in "
                    "January 2025.",
                ),
            ],
            (40, 437),
        ),
        subheading("", "Glossary"),
        key_table(
            [
                ("ASB", "Anti-social behaviour"),
                ("DHR", "Domestic homicide review"),
                ("IDVA", "Independent domestic violence adviser"),
                ("ISVA", "Independent sexual violence adviser"),
                (
                    "MSG",
                    "Most similar group: fifteen partnerships alike in population, deprivation, rurality",
                ),
                ("OPCC", "Office of the Brantshire Police and Crime Commissioner"),
                ("VAWG", "Violence against women and girls"),
            ],
            (60, 417),
        ),
        p(
            f"Contact: {ANALYST}, Senior Analyst, Brantshire Community Safety Analytical Team, for the "
            f"{WRENFOLD_BOARD}.",
            SMALL,
        ),
    ]
