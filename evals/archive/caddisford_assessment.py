"""Partnership Q's Strategic Intelligence Assessment 2024: a contents list with dot leaders; findings in
numbered paragraphs ("3.2.1"); the calendar years 2021 to 2023 as columns of an open (rule-less) crime
table with the change, % change and rate per 1,000; neighbourhoods in a heat table tinted by rate, small
knife crime counts suppressed as "*"; five years as ROWS of a table of measures with a "% change" row; a
railed threat, harm and risk table; the most similar group; recommendations 8.1 to 8.6 and a glossary
as Appendix A."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.caddisford_layout import (
    Furniture,
    caption,
    contents,
    heat,
    note,
    notice,
    numbered,
    open_table,
    p,
    railed,
    render_pages,
    section,
    subsection,
    title,
)
from evals.archive.common import Meta, per_thousand, percent_change
from evals.archive.names import CADDISFORD

TITLE = "Caddisford Community Safety Partnership: Strategic Intelligence Assessment 2024"
POPULATION = 118_600
YEARS = ("2021", "2022", "2023")
CRIME = (
    ("Violence with injury", (1012, 1118, 1205)),
    ("Violence without injury", (1364, 1452, 1497)),
    ("Stalking and harassment", (897, 1021, 1133)),
    ("Sexual offences", (214, 247, 239)),
    ("Robbery", (38, 46, 57)),
    ("Residential burglary", (296, 271, 248)),
    ("Business and community burglary", (121, 109, 114)),
    ("Vehicle offences", (512, 498, 463)),
    ("Shoplifting", (486, 603, 798)),
    ("Theft from the person", (29, 35, 41)),
    ("All other theft", (744, 761, 702)),
    ("Criminal damage and arson", (1106, 1064, 1021)),
    ("Possession of weapons", (71, 83, 104)),
    ("Public order offences", (633, 672, 655)),
    ("Drug offences", (241, 218, 203)),
)
# Neighbourhood, residents, ASB incidents, domestic abuse-related crimes, knife or sharp instrument
# offences (None: fewer than five, suppressed), all in 2023.
NEIGHBOURHOODS = (
    ("Caddisford Town", 16200, 1342, 298, 31),
    ("Brockwell Green", 14850, 512, 221, 9),
    ("Fennimore", 15300, 604, 236, 12),
    ("Saltry", 13900, 1078, 287, 24),
    ("Quenby Park", 15750, 689, 259, 11),
    ("Marrowby", 14100, 431, 233, 7),
    ("Upper Lenning", 13200, 218, 131, None),
    ("Kettlewick and the Vale", 15300, 164, 89, None),
)
KNIFE_TOTAL = 97
# Year, ASB incidents, domestic abuse-related incidents, domestic abuse-related crimes, rural and farm
# crime offences, knife or sharp instrument offences.
TRENDS = (
    ("2019", 6412, 2488, 1402, 318, 61),
    ("2020", 7905, 2731, 1518, 287, 58),
    ("2021", 6104, 2802, 1611, 262, 66),
    ("2022", 5571, 2913, 1688, 231, 79),
    ("2023", 5038, 3046, 1754, 176, 97),
)


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Intelligence Assessment 2024", "CCSP SIA 2024  version 1.1, 16 February 2024"
    )
    return render_pages(path, _story, Meta(TITLE, CADDISFORD), furniture)


def _rate(count: int, people: int = POPULATION) -> str:
    return per_thousand(count, people)


def _totals() -> tuple[int, ...]:
    return tuple(sum(counts[i] for _, counts in CRIME) for i in range(len(YEARS)))


def _crime_table() -> Flowable:
    rows = [["Offence group", *YEARS, "Change 2022 to 2023", "% change", "Rate per 1,000 (2023)"]]
    for name, counts in CRIME:
        rows.append(
            [name, *(f"{c:,}" for c in counts), f"{counts[2] - counts[1]:+,}",
             percent_change(counts[1], counts[2]), _rate(counts[2])]
        )  # fmt: skip
    totals = _totals()
    rows.append(
        ["All recorded crime", *(f"{c:,}" for c in totals), f"{totals[2] - totals[1]:+,}",
         percent_change(totals[1], totals[2]), _rate(totals[2])]
    )  # fmt: skip
    return open_table(rows, [150, 44, 44, 44, 62, 52, 70], figures=range(1, 7), totals=[len(rows) - 1])


def _band(rate: float, limits: tuple[float, float, float]) -> int:
    return sum(rate >= limit for limit in limits)


def _neighbourhood_table() -> Flowable:
    rows = [
        [
            "Neighbourhood",
            "Residents",
            "ASB incidents",
            "ASB per 1,000",
            "Domestic abuse crimes",
            "DA per 1,000",
            "Knife offences",
        ]
    ]
    bands: dict[tuple[int, int], int] = {}
    for r, (name, people, asb, da, knife) in enumerate(NEIGHBOURHOODS, start=1):
        rows.append(
            [name, f"{people:,}", f"{asb:,}", _rate(asb, people), f"{da:,}", _rate(da, people),
             "*" if knife is None else str(knife)]
        )  # fmt: skip
        bands[(r, 3)] = _band(asb / people * 1000, (25.0, 40.0, 70.0))
        bands[(r, 5)] = _band(da / people * 1000, (10.0, 14.0, 18.0))
    asb = sum(n[2] for n in NEIGHBOURHOODS)
    da = sum(n[3] for n in NEIGHBOURHOODS)
    rows.append(
        ["District", f"{POPULATION:,}", f"{asb:,}", _rate(asb), f"{da:,}", _rate(da), str(KNIFE_TOTAL)]
    )
    return heat(rows, [124, 58, 54, 54, 66, 54, 54], bands, figures=range(1, 7), totals=[len(rows) - 1])


def _trend_table() -> Flowable:
    rows = [
        [
            "Year",
            "ASB incidents",
            "Domestic abuse-related incidents",
            "Domestic abuse-related crimes",
            "Rural and farm crime",
            "Knife or sharp instrument offences",
        ]
    ]
    for year, *counts in TRENDS:
        rows.append([year, *(f"{c:,}" for c in counts)])
    last, before = TRENDS[-1][1:], TRENDS[-2][1:]
    rows.append(["% change 2022 to 2023", *(percent_change(b, a) for b, a in zip(before, last, strict=True))])
    return open_table(rows, [100, 62, 80, 80, 70, 78], figures=range(1, 6))


def _story() -> list[Flowable]:
    totals = _totals()
    risk = [
        ["Issue", "Threat", "Harm", "Risk", "Direction"],
        ["Domestic abuse and stalking", "High", "High", "High", "Rising"],
        ["Serious violence and knife crime", "High", "High", "High", "Rising"],
        ["Exploitation of children and young people", "High", "High", "Medium", "Rising"],
        ["Anti-social behaviour", "Medium", "Medium", "Medium", "Falling"],
        ["Shop theft and retail crime", "Medium", "Low", "Medium", "Rising"],
        ["Drug-related harm", "Medium", "High", "Medium", "Stable"],
        ["Rural and farm crime", "Low", "Low", "Low", "Falling"],
    ]
    msg = [
        ["Measure (2023)", "Caddisford, rate per 1,000", "Group average", "Rank of 15 (1 = highest)"],
        ["All recorded crime", _rate(totals[2]), "74.2", "6th"],
        ["Violence with injury", _rate(1205), "8.6", "4th"],
        ["Stalking and harassment", _rate(1133), "8.1", "3rd"],
        ["Shoplifting", _rate(798), "5.1", "5th"],
        ["Residential burglary", _rate(248), "2.7", "10th"],
        ["Possession of weapons", _rate(104), "0.8", "5th"],
    ]
    return [
        notice(),
        *title(
            "Strategic assessment",
            "Strategic Intelligence Assessment 2024",
            "Crime, disorder and harm in Caddisford: police recorded crime and incidents for the calendar "
            "years 2021 to 2023, with five-year trends",
        ),
        p("<b>Contents</b>"),
        contents(
            [
                ("1", "Summary"),
                ("2", "About this assessment"),
                ("3", "Recorded crime"),
                ("4", "Neighbourhoods"),
                ("5", "Five-year trends by theme"),
                ("6", "Threat, harm and risk"),
                ("7", "Caddisford and its most similar group"),
                ("8", "Recommendations"),
                ("A", "Appendix A: Glossary"),
            ]
        ),
        Spacer(1, 6),
        *section("1", "Summary"),
        numbered(
            "1.1",
            f"Police recorded {totals[2]:,} crimes in the Caddisford district in 2023, "
            f"{totals[2] - totals[1]:,} more than in 2022 ({percent_change(totals[1], totals[2])}), or "
            f"{_rate(totals[2])} crimes for every 1,000 residents.",
        ),
        numbered(
            "1.2",
            "Shoplifting rose by almost a third in a year, the steepest rise of any offence group, and "
            "possession of weapons offences passed one hundred for the first time. Knife and sharp "
            "instrument offences have risen in each of the last three years.",
        ),
        numbered(
            "1.3",
            "Domestic abuse remains the largest source of harm. Stalking and harassment, most of it "
            "domestic, rose by 11.0% and is now the third largest offence group.",
        ),
        numbered(
            "1.4",
            "Anti-social behaviour has fallen every year since the lockdowns of 2020 and rural and farm "
            "crime is at its lowest level in five years, little more than half what it was in 2019.",
        ),
        *section("2", "About this assessment"),
        numbered(
            "2.1",
            "The assessment uses Hallowshire Constabulary's recorded crime and incident data for 1 January "
            "2019 to 31 December 2023, the District Council's anti-social behaviour case records, "
            "referrals to Meadowgate Domestic Abuse Service and the Youth Justice Service's caseload.",
        ),
        numbered(
            "2.2",
            f"Rates are per 1,000 residents, using the 2021 Census population of {POPULATION:,}. Counts of "
            "fewer than five in a neighbourhood are shown as * so that victims cannot be identified; the "
            "district totals include them.",
        ),
        numbered(
            "2.3",
            "It was written by Tomasz Wierzbicki, Community Safety Analyst, and will be presented to the "
            "Partnership Board on 12 March 2024.",
        ),
        *section("3", "Recorded crime"),
        numbered(
            "3.1",
            "Table 3.1 shows police recorded crime by offence group for the last three calendar years. The "
            "change and % change compare 2023 with 2022.",
        ),
        caption("Table 3.1  Police recorded crime by offence group, 2021 to 2023"),
        _crime_table(),
        note("Source: Hallowshire Constabulary, data extracted 8 January 2024."),
        subsection("3.2", "What the table shows"),
        numbered(
            "3.2.1",
            "Violence with injury rose by 7.8% to 1,205 offences; a third of these were in Caddisford Town "
            "and Saltry on Friday and Saturday nights.",
        ),
        numbered(
            "3.2.2",
            "Shoplifting rose from 603 offences to 798. Almost two-thirds were at the retail park and "
            "Market Street; repeat offenders account for much of the rise.",
        ),
        numbered(
            "3.2.3",
            "Residential burglary fell for the second year running, to 248 offences, and vehicle offences "
            "fell to 463.",
        ),
        *section("4", "Neighbourhoods"),
        numbered(
            "4.1",
            "Caddisford Town and Saltry have by far the highest rates of anti-social behaviour. Domestic "
            "abuse is spread more evenly: Saltry has the highest rate, Caddisford Town the second "
            "highest and Marrowby the third.",
        ),
        caption("Table 4.1  Neighbourhoods, 2023"),
        _neighbourhood_table(),
        note(
            "Shading: the deeper the colour, the higher the rate per 1,000. *: fewer than five offences. "
            "Knife offences: offences involving a knife or sharp instrument."
        ),
        *section("5", "Five-year trends by theme"),
        caption("Table 5.1  Measures by year, 2019 to 2023"),
        _trend_table(),
        subsection("5.1", "Anti-social behaviour"),
        numbered(
            "5.1.1",
            "Incidents peaked in 2020, when breaches of lockdown rules were recorded as anti-social "
            "behaviour, and have fallen in each year since. Quenby Park and Fennimore, outside the current "
            "priority areas, now account for more than a quarter of all incidents.",
        ),
        subsection("5.2", "Domestic abuse and stalking"),
        numbered(
            "5.2.1",
            "Domestic abuse-related crimes rose for the fourth year running. The Stalking Advocacy Pilot "
            "supported 41 victims in its first four months, and 60% of them had been stalked by a former "
            "partner.",
        ),
        subsection("5.3", "Serious violence"),
        numbered(
            "5.3.1",
            "Knife or sharp instrument offences rose by 22.8% in 2023. Under the Serious Violence Duty the "
            "Partnership must work with the county to prevent and reduce serious violence; at present it "
            "has no local priority for it.",
        ),
        subsection("5.4", "Exploitation of children and young people"),
        numbered(
            "5.4.1",
            "The Youth Justice Service worked with 52 children at risk of criminal exploitation in 2023, up "
            "from 37 in 2022; most were linked to drug lines from outside the county.",
        ),
        subsection("5.5", "Rural and farm crime"),
        numbered(
            "5.5.1",
            "Rural and farm crime fell by 24% in 2023 and by 45% since 2019. Since April 2023 the "
            "Constabulary's Rural Crime Team has led a county-wide Hallowshire Rural Crime Partnership with "
            "the National Farmers' Union and landowners.",
        ),
        subsection("5.6", "Shop theft and retail crime"),
        numbered(
            "5.6.1",
            "The rise in shoplifting is the largest in the most similar group. Traders in Caddisford Town "
            "report abuse of staff alongside theft.",
        ),
        *section("6", "Threat, harm and risk"),
        numbered(
            "6.1",
            "Each issue was rated High, Medium or Low for threat (how likely it is to happen), harm (how "
            "badly victims and communities are hurt) and overall risk, with its direction over the last "
            "year.",
        ),
        caption("Table 6.1  Threat, harm and risk"),
        railed(risk, [190, 60, 60, 60, 70]),
        *section("7", "Caddisford and its most similar group"),
        numbered(
            "7.1",
            "Caddisford is compared with the fifteen community safety partnerships most like it in "
            "population and character (its most similar group).",
        ),
        caption("Table 7.1  Rates per 1,000 residents against the most similar group, 2023"),
        open_table(msg, [150, 110, 80, 110], figures=range(1, 4)),
        *section("8", "Recommendations"),
        numbered(
            "8.1",
            "Keep domestic abuse as a priority and widen it to domestic abuse and stalking, continuing the "
            "Stalking Advocacy Pilot as a commissioned service.",
        ),
        numbered(
            "8.2",
            "Make serious violence, including knife crime, a priority of the Partnership, so that local "
            "work meets the Serious Violence Duty.",
        ),
        numbered(
            "8.3",
            "Widen the anti-social behaviour priority from Caddisford town centre and Saltry to all "
            "neighbourhoods, starting with Quenby Park and Fennimore.",
        ),
        numbered("8.4", "Keep the exploitation of children and young people as a priority."),
        numbered(
            "8.5",
            "Remove rural and farm crime from the Partnership's priorities and leave the lead to the "
            "Hallowshire Rural Crime Partnership, the Board receiving a yearly update from the Rural Crime "
            "Team.",
        ),
        numbered(
            "8.6",
            "Keep shop theft and retail crime under review and consider it again at the next refresh of "
            "the priorities.",
        ),
        *section("A", "Appendix A: Glossary"),
        open_table(
            [
                ["Term", "Meaning"],
                ["ASB", "Anti-social behaviour"],
                ["DA", "Domestic abuse"],
                ["Most similar group (MSG)", "The fifteen partnerships most like Caddisford, for comparison"],
                ["NTE", "Night-time economy: pubs, bars, clubs and takeaways open late"],
                [
                    "Serious Violence Duty",
                    "The duty since January 2023 on local bodies to work together to "
                    "prevent and reduce serious violence",
                ],
                ["WAVE", "Welfare and Vulnerability Engagement: training for licensed premises' staff"],
            ],
            [130, 330],
        ),
    ]
