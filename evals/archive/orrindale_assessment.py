"""Partnership M's Strategic Assessment 2024 on orrindale_layout's amber-strip furniture, "Section N —"
headings: the assessment year (October 2022 to September 2023) against the year before; recorded crime in
a grouped table (group heading rows such as "Violence against the person" over indented sub-rows; both
years' counts, the rate per 1,000 beside the count, the change and the rank in the most similar group;
"–" for suppressed counts and "n/a" where no comparison exists; a total row; footnotes ¹ ² * under it);
ASB by ward in a table set beside a paragraph; domestic abuse measures with "n/a" cells; key findings;
recommendations as "Recommendation 1:" to "Recommendation 6:"; definitions."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, per_thousand, percent_change
from evals.archive.names import ORRINDALE
from evals.archive.orrindale_layout import (
    Furniture,
    beside,
    bullets,
    caption,
    footnote,
    grouped,
    heading,
    minor,
    notice,
    p,
    recommendation,
    render_pages,
    title,
)

TITLE = "Orrindale Strategic Assessment 2024"
POPULATION = 121_600
# Group headings (None) and offences: previous year, assessment year, MSG rank (None: n/a), suppressed.
CRIME: tuple[tuple[str, int, int, int | None, bool] | str, ...] = (
    "Violence against the person",
    ("Violence with injury", 1318, 1402, 9, False),
    ("Violence without injury", 1955, 2087, 11, False),
    ("Stalking and harassment", 1244, 1173, 8, False),
    ("Death or serious injury by unlawful driving*", 3, 2, None, True),
    "Sexual offences",
    ("Rape", 118, 131, 7, False),
    ("Other sexual offences", 196, 224, 10, False),
    "Acquisitive crime",
    ("Residential burglary", 402, 486, 13, False),
    ("Vehicle offences", 611, 743, 14, False),
    ("Shoplifting", 903, 1037, 6, False),
    ("Theft from the person", 88, 79, 4, False),
    ("Robbery of personal property", 71, 84, 5, False),
    "Damage, public order and other offences",
    ("Criminal damage and arson", 1264, 1190, 7, False),
    ("Public order offences", 1032, 988, 8, False),
    ("Possession of weapons", 97, 121, 12, False),
    ("Drug offences", 366, 341, 6, False),
)
TOTAL_RANK = 9
# ward, population (mid-2022), ASB incidents previous year, assessment year
WARDS = (
    ("Cornmarket", 12700, 861, 742),
    ("Fellgate North", 14200, 288, 311),
    ("Wyke End", 13100, 251, 276),
    ("Abbeyfields", 15800, 214, 171),
    ("Tanners Green", 14900, 167, 139),
    ("Priory Vale", 16400, 189, 148),
    ("Stonecrop", 17300, 139, 118),
    ("Orrin Mead", 17200, 127, 106),
)
# group of wards: ward, residential burglaries, vehicle offences (assessment year)
NEIGHBOURHOOD = (
    ("Town centre", (("Cornmarket", 52, 118),)),
    ("North of the ring road", (("Fellgate North", 63, 96), ("Wyke End", 58, 88))),
    (
        "Suburban wards",
        (
            ("Abbeyfields", 108, 121),
            ("Priory Vale", 91, 109),
            ("Tanners Green", 44, 79),
            ("Stonecrop", 38, 70),
            ("Orrin Mead", 32, 62),
        ),
    ),
)
DOMESTIC = (
    ("Domestic abuse-related crimes", "2,105", "2,214", "+5.2%"),
    ("Domestic abuse incidents not recorded as crimes", "1,561", "1,486", "-4.8%"),
    ("Victims who were repeat victims within 12 months", "29%", "31%", "+2 points"),
    ("Cases heard at MARAC", "297", "318", "+7.1%"),
    ("Stalking offences flagged as domestic abuse¹", "n/a", "402", "n/a"),
    ("Domestic homicides", "0", "1", "n/a"),
)


def write_assessment(path: Path) -> Path:
    furniture = Furniture("Strategic Assessment 2024", "OSNP/SA/2024 · approved 13 February 2024")
    return render_pages(path, _story, Meta(TITLE, ORRINDALE), furniture)


def _rate(count: int, population: int = POPULATION) -> str:
    return per_thousand(count, population)


def _crime_table() -> Flowable:
    rows: list[list[str]] = [
        [
            "Offence",
            "Previous year (count)",
            "Assessment year (count)",
            "Rate per 1,000¹",
            "Change",
            "MSG rank²",
        ],
    ]
    groups: list[int] = []
    before_total = after_total = 0
    for entry in CRIME:
        if isinstance(entry, str):
            groups.append(len(rows))
            rows.append([entry, "", "", "", "", ""])
            continue
        name, before, after, rank, suppressed = entry
        before_total += before
        after_total += after
        if suppressed:
            rows.append([name, "–", "–", "–", "n/a", "n/a"])
        else:
            rows.append(
                [
                    name,
                    f"{before:,}",
                    f"{after:,}",
                    _rate(after),
                    percent_change(before, after),
                    str(rank) if rank else "n/a",
                ]
            )
    rows.append(
        [
            "All recorded crime (excluding fraud)³",
            f"{before_total:,}",
            f"{after_total:,}",
            _rate(after_total),
            percent_change(before_total, after_total),
            str(TOTAL_RANK),
        ]
    )
    return grouped(
        rows,
        [168, 66, 70, 60, 52, 54],
        figures=(1, 2, 3, 4, 5),
        groups=groups,
        totals=(len(rows) - 1,),
        indent=True,
    )


def _ward_table() -> Flowable:
    ranked = sorted(WARDS, key=lambda w: -w[3] / w[1])
    rows = [["Ward", "ASB", "Per 1,000", "Rank"]]
    for rank, (ward, population, _, after) in enumerate(ranked, start=1):
        rows.append([ward, f"{after:,}", _rate(after, population), str(rank)])
    total = sum(w[3] for w in WARDS)
    rows.append(["Orrindale", f"{total:,}", _rate(total), "–"])
    return grouped(rows, [80, 52, 46, 32], figures=(1, 2, 3), totals=(len(rows) - 1,))


def _neighbourhood_table() -> Flowable:
    rows = [["Ward", "Residential burglary", "Share*", "Vehicle offences"]]
    groups = []
    for group, wards in NEIGHBOURHOOD:
        groups.append(len(rows))
        rows.append([group, "", "", ""])
        for ward, burglary, vehicle in wards:
            rows.append([ward, str(burglary), f"{burglary / 486:.0%}", str(vehicle)])
    burglary_total = sum(w[1] for _, wards in NEIGHBOURHOOD for w in wards)
    vehicle_total = sum(w[2] for _, wards in NEIGHBOURHOOD for w in wards)
    rows.append(["Orrindale", str(burglary_total), "100%", str(vehicle_total)])
    return grouped(
        rows, [170, 100, 70, 100], figures=(1, 2, 3), groups=groups, totals=(len(rows) - 1,), indent=True
    )


def _story() -> list[Flowable]:
    asb_before = sum(w[2] for w in WARDS)
    asb_after = sum(w[3] for w in WARDS)
    domestic = [["Measure", "Previous year", "Assessment year", "Change"], *DOMESTIC]
    return [
        notice(),
        *title(TITLE, "Crime, anti-social behaviour and community safety in the Borough of Orrindale"),
        p(
            "Prepared by Caspar Nethercott, Community Safety Analyst, Orrindale Borough Council, for the "
            "Orrindale Safer Neighbourhoods Partnership. Approved by the Partnership Board on 13 February "
            "2024. This assessment informs the Partnership's priorities for 2024-25."
        ),
        heading("Section 1 —", "Purpose and method"),
        p(
            "The Crime and Disorder Act 1998 requires the Partnership to assess crime, disorder, substance "
            "misuse and reoffending in the borough each year and to set its priorities from that "
            "assessment. This document covers the <b>assessment year</b>, 1 October 2022 to 30 September "
            "2023, and compares it with the <b>previous year</b>, 1 October 2021 to 30 September 2022."
        ),
        p(
            "Recorded crime and anti-social behaviour (ASB) incidents are from Westrake Constabulary; "
            "domestic abuse measures from the Constabulary and the Orrindale MARAC; population from the "
            "mid-2022 estimates (121,600 residents). Comparisons with the most similar group (MSG) of 15 "
            "community safety partnership areas use the Home Office's published rates."
        ),
        heading("Section 2 —", "Key findings"),
        bullets(
            [
                "Recorded crime rose by 4.3% to 10,088 offences, a rate of 83.0 per 1,000 residents, ninth "
                "of the 15 areas in the MSG.",
                "Neighbourhood crime rose by 18.8%, from 1,172 to 1,392 offences. Vehicle offences rose by "
                "more than a fifth (+21.6%) and residential burglary by 20.9%; Orrindale now has the "
                "second-highest rate of vehicle offences in its MSG.",
                "Possession of weapons offences rose by a quarter (+24.7%), and 46% of knife-enabled "
                "offences involved a suspect aged under 25.",
                "ASB incidents fell by 10.1% across the borough, but rose in Fellgate North and Wyke End. "
                "Cornmarket, the town centre, still has by far the highest rate.",
                "Domestic abuse-related crimes rose by 5.2% to 2,214, and almost a third of victims were "
                "repeat victims.",
                "Reoffending is now overseen countywide: the Westrake Reducing Reoffending Board, chaired "
                "by the Probation Service, was set up in April 2023.",
            ]
        ),
        PageBreak(),
        heading("Section 3 —", "Recorded crime"),
        p(
            "Table 3.1 sets out recorded crime by offence group. For each offence it gives the count in "
            "both years, the rate per 1,000 residents in the assessment year, the change, and Orrindale's "
            "rank among the 15 areas of its most similar group."
        ),
        caption("Table 3.1: Recorded crime by offence group, previous year and assessment year"),
        _crime_table(),
        footnote("¹ Rate per 1,000 residents in the assessment year, on the mid-2022 population of 121,600."),
        footnote(
            "² Position among the 15 areas of the most similar group, where 1 is the lowest rate; n/a "
            "where the Home Office publishes no comparison."
        ),
        footnote("³ Fraud is recorded nationally by Action Fraud and is not included."),
        footnote(
            "* Fewer than five offences in a year: counts and rate suppressed (shown –), but included "
            "in the total."
        ),
        p(" "),
        p(
            "Violence against the person remains the largest group, at 4,664 offences. The steepest rises "
            "were in vehicle offences, residential burglary and possession of weapons; the largest falls in "
            "theft from the person, drug offences and criminal damage and arson. Shoplifting rose by 14.8% "
            "but Orrindale's rate is below the middle of its MSG (sixth of 15)."
        ),
        PageBreak(),
        heading("Section 4 —", "Anti-social behaviour"),
        beside(
            [
                p(
                    f"The Constabulary recorded {asb_after:,} ASB incidents in the assessment year, against "
                    f"{asb_before:,} in the previous year, a fall of 10.1%. Table 4.1, beside this text, "
                    "ranks the eight wards by their rate per 1,000 residents."
                ),
                p(
                    "Cornmarket, which takes in the town centre and its evening economy, accounts for more "
                    "than a third of all incidents (742), although these fell by 14%. The two wards that "
                    "rose, Fellgate North (311, up from 288) and Wyke End (276, up from 251), are the "
                    "estates to the north of the ring road, where most reports were of groups of young "
                    "people and of off-road motorbikes on open land."
                ),
                p(
                    "Because the current priority names only the town centre, none of the Partnership's "
                    "ASB work reaches these two wards. Recommendation 2 proposes a wider priority."
                ),
            ],
            [caption("Table 4.1: ASB incidents by ward, assessment year, ranked by rate"), _ward_table()],
            (246, 214),
        ),
        heading("Section 5 —", "Domestic abuse and violence against women and girls"),
        caption("Table 5.1: Domestic abuse measures"),
        grouped(domestic, [230, 76, 84, 80], figures=(1, 2, 3)),
        footnote(
            "¹ The Constabulary began flagging stalking offences as domestic abuse in October 2022, so "
            "no figure exists for the previous year."
        ),
        p(" "),
        p(
            "The rise in domestic abuse-related crime is partly a rise in reporting: the Orrin Valley "
            "Women's Centre's outreach doubled its referrals from GP practices. One domestic homicide in "
            "the assessment year is the subject of a Domestic Homicide Review."
        ),
        PageBreak(),
        heading("Section 6 —", "Neighbourhood crime and serious violence"),
        p(
            "Neighbourhood crime (see Section 8) rose from 1,172 to 1,392 offences (+18.8%). Abbeyfields and "
            "Priory Vale, the two largest suburban wards, had 41% of the borough's residential burglaries; "
            "vehicle offences were spread more widely, with thefts of catalytic converters and of vehicles "
            "with keyless entry both rising. Neighbourhood crime is not among the Partnership's current "
            "priorities, and no partner funds work on it in Orrindale beyond routine policing."
        ),
        caption("Table 6.1: Residential burglary and vehicle offences by ward, assessment year"),
        _neighbourhood_table(),
        footnote("* Share of the borough's 486 residential burglaries."),
        p(" "),
        p(
            "Knife-enabled offences rose from 71 to 88. Under the Serious Violence Duty the Partnership "
            "contributes to the Westrake serious violence strategic needs assessment, which found that "
            "Orrindale's victims and suspects are younger than the county's."
        ),
        heading("Section 7 —", "Recommendations"),
        p("The Analyst recommends that the Board:"),
        recommendation(
            1,
            "Keep violence against women and girls as a priority, with domestic abuse, "
            "stalking and repeat victims at its centre.",
        ),
        recommendation(
            2,
            "Widen the priority 'Anti-social behaviour in Orrindale town centre' into one "
            "covering public spaces across the borough, so that Fellgate North and Wyke End "
            "are included.",
        ),
        recommendation(
            3,
            "Adopt neighbourhood crime (residential burglary and vehicle crime) as a new "
            "priority for 2024-25, with target hardening for repeat victims.",
        ),
        recommendation(
            4,
            "Keep serious violence as a priority, concentrating on possession of weapons and "
            "on young people under 25.",
        ),
        recommendation(
            5,
            "Stop treating reducing reoffending as a Partnership priority, and ask the "
            "Westrake Reducing Reoffending Board for an annual report instead.",
        ),
        recommendation(
            6, "Commission a shoplifting problem profile for Cornmarket, to report by September 2024."
        ),
        heading("Section 8 —", "Definitions"),
        minor("Assessment year"),
        p("1 October 2022 to 30 September 2023. The previous year is 1 October 2021 to 30 September 2022."),
        minor("Most similar group (MSG)"),
        p(
            "The 15 community safety partnership areas, Orrindale among them, that the Home Office groups "
            "together as most alike in population, deprivation and setting, so that their crime rates can "
            "fairly be compared."
        ),
        minor("Neighbourhood crime"),
        p(
            "Residential burglary, vehicle offences, theft from the person and robbery of personal "
            "property, taken together."
        ),
        minor("Knife-enabled offence"),
        p("An offence in which a knife or sharp instrument was used or threatened."),
        minor("Repeat victim"),
        p(
            "A victim of a domestic abuse-related crime or incident who had reported another in the 12 "
            "months before."
        ),
        minor("MARAC"),
        p(
            "Multi-Agency Risk Assessment Conference: the monthly meeting at which partners plan the safety "
            "of victims of domestic abuse at high risk of serious harm."
        ),
    ]
