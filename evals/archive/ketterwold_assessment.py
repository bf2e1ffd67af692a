"""Partnership AL's Strategic Assessment 2024 (March 2024), its first county-wide one, on the calendar years
2021, 2022 and 2023: Arial with DejaVu Serif Display titles, page 1 under the juniper "band" down the left
edge, a juniper square with the page number in the top right corner of later pages beside the title, and a
foot "Ketterwold Strategic Assessment 2024 | page n of total" at the right. Sections are "Section 1" to
"Section 8". The summary restates table cells in words ("well over half as many again", "one in three") and
recommends four priorities for 2024-27; then the sources and caveats; recorded crime in nineteen categories
with the years as columns, the change and the percentage change ("ledger", running on to the next page with
its header repeated) and three flagged series under it; domestic abuse with the years as rows; the four
localities (the former districts) with crime and anti-social behaviour rates and the change on 2022;
Ketterwold beside its most similar group of fifteen areas (position 1 = lowest rate); ten themes scored for
threat, harm and risk and graded High, Medium or Low; recommendations "Rec 1" to "Rec 7" and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ketterwold_facts import (
    ANALYST,
    ASB,
    CRIME,
    DOMESTIC,
    KNIFE,
    LOCALITY_CRIME,
    LOCALITY_POP,
    MSG,
    NTE,
    POPULATION,
    PRIORITIES_2324,
    PRIORITIES_2427,
    RISKS,
    RURAL,
    TOTALS,
    YEARS,
    pct,
    rate,
    risk_level,
    risk_score,
)
from evals.archive.ketterwold_layout import (
    SA,
    SA_CAPTION,
    SA_H,
    SA_H2,
    SA_SMALL,
    SA_STYLES,
    SA_TITLE,
    WIDTH,
    Furniture,
    ledger,
    notice,
    p,
    shaded,
)
from evals.archive.ketterwold_layout import render as render_pages
from evals.archive.names import KETTERWOLD

TITLE_SA = "Ketterwold Safer Communities Partnership Strategic Assessment 2024"
LOOSE_CAPTION = SA_CAPTION.clone("KwSaLooseCaption", keepWithNext=0)
BULLET = SA.clone("KwSaBullet", leftIndent=12, firstLineIndent=-9)


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Assessment 2024",
        label="STRATEGIC ASSESSMENT 2024",
        opening="band",
        head_place="corner",
        foot="Ketterwold Strategic Assessment 2024 | page {n} of {total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_SA, KETTERWOLD), furniture)


def _story() -> list[Flowable]:
    return [*_summary(), *_method(), *_crime(), *_domestic(), *_localities(), *_msg(), *_risks(), *_end()]


def _row(name: str) -> tuple[str, int, int, int]:
    return next(row for row in CRIME if row[0] == name)


def _summary() -> list[Flowable]:
    shop = _row("Shoplifting")
    burglary = _row("Non-residential burglary")
    findings = [
        f"Police recorded {TOTALS[2]:,} crimes in Ketterwold in 2023, {rate(TOTALS[2])} for every 1,000 "
        f"residents: {pct(TOTALS[1], TOTALS[2])} on 2022 and {pct(TOTALS[0], TOTALS[2])} on 2021.",
        f"Shoplifting is well over half as many again as in 2021, at {shop[3]:,} offences in 2023, and "
        "Ketterwold now has the third highest rate in its most similar group.",
        f"Domestic abuse-related crimes rose for the second year, to {DOMESTIC[2][2]:,}, while arrests fell; "
        f"one in three victims ({DOMESTIC[2][4]}%) had been a victim in the previous year.",
        f"Offences involving a knife or sharp instrument rose to {KNIFE[2]}, and violence in Tessford town "
        f"centre on Friday and Saturday nights to {NTE[2]:,}.",
        f"Non-residential burglary, much of it from farms and outbuildings, rose to {burglary[3]:,}, but "
        "crimes "
        f"flagged as rural fell to {RURAL[2]}.",
        f"Anti-social behaviour incidents fell for the second year running, to {ASB[2]:,}.",
        "Tessford has the highest crime rate of the four localities; Pendlecot the lowest.",
    ]
    proposed = [p(f"{i}.&nbsp;&nbsp;{t}", SA) for i, t in enumerate(PRIORITIES_2427, 1)]
    return [
        notice(),
        Spacer(1, 6),
        p("Strategic Assessment 2024", SA_TITLE),
        p(
            f"Crime, disorder and substance misuse in Ketterwold, January 2021 to December 2023. Prepared by "
            f"{ANALYST}, Senior Intelligence Analyst, Ketterwold Council, for the Executive Board of the "
            "Ketterwold Safer Communities Partnership. Published 14 March 2024.",
            SA,
        ),
        p("Section 1. Summary", SA_H),
        p(
            "This is the Partnership's first strategic assessment since Ketterwold Council was created on 1 "
            "April 2023, and the first to look at the whole county at once. It meets the duty under the "
            "Crime "
            "and Disorder Act 1998 to assess crime and disorder, and informs the Partnership Plan for April "
            "2024 to March 2027. Until then the Partnership has worked to four interim priorities carried "
            "over "
            f"from the former county board ({'; '.join(t.lower() for t in PRIORITIES_2324)}).",
            SA,
        ),
        p("Key findings", SA_H2),
        *(p(f"\u2022&nbsp;&nbsp;{f}", BULLET) for f in findings),
        p("Recommended priorities for 2024-27", SA_H2),
        shaded(proposed, WIDTH),
        Spacer(1, 4),
        p(
            "The four bring together the themes graded High and Medium in Section 7. Rural crime is graded "
            "Low "
            "and is recommended to pass to the Constabulary's Rural Crime Forum; anti-social behaviour in "
            "town "
            "centres becomes part of the fourth priority.",
            SA,
        ),
    ]


def _method() -> list[Flowable]:
    sources = [
        ["Source", "Held by", "Period", "Used in"],
        ["Recorded crime", "Ketterwold Constabulary", "Jan 2021 - Dec 2023", "Sections 3, 5, 6"],
        [
            "Anti-social behaviour incidents",
            "Ketterwold Constabulary",
            "Jan 2021 - Dec 2023",
            "Sections 3, 5",
        ],
        [
            "Domestic abuse incidents and arrests",
            "Ketterwold Constabulary",
            "Jan 2021 - Dec 2023",
            "Section 4",
        ],
        ["MARAC cases", "Ketterwold Domestic Abuse Service", "Jan 2021 - Dec 2023", "Section 4"],
        ["Most similar group", "Home Office (iQuanta)", "Jan - Dec 2023", "Section 6"],
        ["Drug treatment and deaths", "Public Health, Ketterwold Council", "2021 - 2023", "Section 7"],
        ["Residents' survey", "Ketterwold Council (2,316 replies)", "Autumn 2023", "Section 7"],
    ]
    return [
        p("Section 2. About this assessment", SA_H),
        p(
            "Figures are for calendar years. Rates per 1,000 residents use the mid-2022 population estimate "
            "of "
            f"{POPULATION:,} for the county and the estimates for each former district for the localities. "
            "The "
            "four localities follow the boundaries of the district councils abolished on 1 April 2023.",
            SA,
        ),
        p(
            "The first months of 2021 were under national lockdown rules, so some crimes (shoplifting and "
            "theft from the person especially) were unusually low; comparisons with 2021 should be read with "
            "that in mind. Crimes recorded by British Transport Police are not included.",
            SA,
        ),
        p("Table A. Data sources", SA_CAPTION),
        ledger(sources, [150, 150, 100, WIDTH - 400], styles=SA_STYLES),
        p("The county", SA_H2),
        p(
            "Ketterwold is a largely rural county with four market towns. Carnmoor, in the north, is the "
            "largest town and the most deprived, with two neighbourhoods among the most deprived tenth in "
            "England. Tessford is the county town, with the county's main shopping centre, its college and a "
            "night-time economy that draws visitors from across the county on Friday and Saturday nights; a "
            "late night levy has applied in the town centre since 2019. Ullerby and Pendlecot are smaller "
            "towns surrounded by farmland and villages.",
            SA,
        ),
        p(
            "Ketterwold Constabulary polices the county through four neighbourhood policing areas that match "
            "the localities. Drug supply into Carnmoor and Tessford is linked to county lines from two "
            "cities "
            "outside the county, and most knife offences happen in those two towns.",
            SA,
        ),
        p("Data quality", SA_H2),
        p(
            "The Constabulary changed its crime recording system in May 2022. Checks found no break in the "
            "series, but some crimes recorded in the weeks after the change had no location, which is why "
            "the "
            "localities in Section 5 do not add up to the county total. Rates for 2021 and 2022 use the same "
            "population estimate as 2023.",
            SA,
        ),
    ]


def _crime() -> list[Flowable]:
    rows = [["Offence group", *YEARS, "Change 2022-23", "% change"]]
    for name, a, b, c in CRIME:
        rows.append([name, f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", pct(b, c)])
    a, b, c = TOTALS
    rows.append(["<b>All recorded crime</b>", f"<b>{a:,}</b>", f"<b>{b:,}</b>", f"<b>{c:,}</b>",
                 f"<b>{c - b:+,}</b>", f"<b>{pct(b, c)}</b>"])  # fmt: skip
    flagged = [["Flagged series", *YEARS, "Change 2022-23", "% change"]]
    for name, series in (
        ("Knife or sharp instrument offences", KNIFE),
        ("Rural crime (flagged)", RURAL),
        ("Violence, Tessford town centre, Fri-Sat nights", NTE),
        ("Anti-social behaviour incidents (not crimes)", ASB),
    ):
        flagged.append(
            [name, *(f"{n:,}" for n in series), f"{series[2] - series[1]:+,}", pct(series[1], series[2])]
        )
    widths = [WIDTH - 5 * 60, 60, 60, 60, 60, 60]
    return [
        p("Section 3. Recorded crime", SA_H),
        p(
            "Table 1 shows crime recorded by Ketterwold Constabulary in each year by offence group, with the "
            "change from 2022 to 2023. Violence without injury remains the largest group; shoplifting rose "
            "the "
            "most.",
            SA,
        ),
        p("Table 1. Recorded crime by offence group, Ketterwold, 2021 to 2023", LOOSE_CAPTION),
        ledger(rows, widths, figs={1, 2, 3, 4, 5}, total=True),
        Spacer(1, 6),
        p("Table 2. Flagged series (the crimes are already counted in Table 1)", SA_CAPTION),
        ledger(flagged, widths, figs={1, 2, 3, 4, 5}),
    ]


def _domestic() -> list[Flowable]:
    rows = [["Year", "Domestic abuse incidents", "Domestic abuse-related crimes", "Arrests", "Arrest rate",
             "Repeat victims", "MARAC cases"]]  # fmt: skip
    for year, incidents, crimes, arrests, repeat, marac in DOMESTIC:
        rows.append([year, f"{incidents:,}", f"{crimes:,}", f"{arrests:,}", f"{arrests / crimes * 100:.0f}%",
                     f"{repeat}%", str(marac)])  # fmt: skip
    return [
        p("Section 4. Domestic abuse", SA_H),
        p(
            "An incident is any report of domestic abuse to the police; a crime is recorded where an offence "
            "is "
            "identified. Arrests are shown against related crimes.",
            SA,
        ),
        p("Table 3. Domestic abuse, by year", SA_CAPTION),
        ledger(rows, [46, *([(WIDTH - 46) / 6] * 6)], figs={1, 2, 3, 4, 5, 6}),
    ]


def _localities() -> list[Flowable]:
    rows = [["Locality", "Population", "Crimes 2023", "Crimes per 1,000", "Change on 2022", "ASB incidents",
             "ASB per 1,000"]]  # fmt: skip
    ranked = sorted(LOCALITY_CRIME, key=lambda k: -LOCALITY_CRIME[k][0] / LOCALITY_POP[k])
    for place in ranked:
        crimes, asb, before = LOCALITY_CRIME[place]
        people = LOCALITY_POP[place]
        rows.append([place, f"{people:,}", f"{crimes:,}", rate(crimes, people), pct(before, crimes),
                     f"{asb:,}", rate(asb, people)])  # fmt: skip
    unplaced = TOTALS[2] - sum(v[0] for v in LOCALITY_CRIME.values())
    return [
        p("Section 5. The four localities", SA_H),
        p(
            "Table 4. Crime and anti-social behaviour by locality, 2023 (highest crime rate first)",
            SA_CAPTION,
        ),
        ledger(rows, [80, *([(WIDTH - 80) / 6] * 6)], figs={1, 2, 3, 4, 5, 6}),
        Spacer(1, 3),
        p(
            f"{unplaced:,} crimes had no location that could be placed in a locality. Tessford holds the "
            "county town's centre and its night-time economy, where the late night levy applies; Carnmoor is "
            "the largest town and has the most crime in number.",
            SA_SMALL,
        ),
    ]


def _msg() -> list[Flowable]:
    rows = [["Measure, 2023", "Ketterwold per 1,000", "Group average per 1,000", "Position of 15"]]
    rows += [[measure, ours, average, str(position)] for measure, ours, average, position in MSG]
    return [
        p("Section 6. Compared with similar areas", SA_H),
        p(
            "Ketterwold is compared with the fourteen other areas in its most similar group. Position 1 is "
            "the "
            "area with the lowest rate, so a higher position is worse.",
            SA,
        ),
        p("Table 5. Ketterwold and its most similar group, 2023", SA_CAPTION),
        ledger(rows, [WIDTH - 3 * 100, 100, 100, 100], figs={1, 2, 3}),
    ]


def _risks() -> list[Flowable]:
    rows = [["Theme", "Harm (1-5)", "Likelihood (1-5)", "Gap (1-3)", "Score", "Grade"]]
    for row in sorted(RISKS, key=lambda r: -risk_score(r)):
        score = risk_score(row)
        rows.append([row[0], *(str(n) for n in row[1:]), str(score), risk_level(score)])
    return [
        p("Section 7. Threat, harm and risk", SA_H),
        p(
            "Each theme was scored for the harm it does to victims and communities and for how likely it is "
            "to "
            "happen, each from 1 to 5, and for the gap between the problem and what partners can already do, "
            "from 1 to 3. The score is harm times likelihood, plus the gap. A score of 17 or more is graded "
            "High, 11 to 16 Medium and 10 or less Low.",
            SA,
        ),
        p("Table 6. Themes scored and graded", SA_CAPTION),
        ledger(rows, [WIDTH - 5 * 62, 62, 62, 62, 62, 62], figs={1, 2, 3, 4}),
        p(
            "Drug-related deaths in Ketterwold rose from 41 in 2021 to 53 in 2023; most residents who "
            "answered "
            "the survey (61%) named drug dealing as a problem where they live.",
            SA,
        ),
    ]


def _end() -> list[Flowable]:
    recommendations = [
        "Adopt the four recommended priorities for 2024-27 in a partnership plan, each led by one group.",
        "Keep the Independent Domestic Violence Advisers and plan for referrals rising by about a tenth a "
        "year.",
        "Set up a Serious Violence and Exploitation Group to lead the Serious Violence Duty and fund an "
        "analyst "
        "for it.",
        "Join the Partnership's drug and alcohol work to the Combating Drugs Partnership.",
        "Form a Town Centres and Night-Time Economy Group with Tessford Business Improvement District, using "
        "the late night levy.",
        "Pass rural crime to the Constabulary's Rural Crime Forum, reporting to the Board once a year.",
        "Refresh the figures each spring and repeat the full assessment for 2027.",
    ]
    glossary = [
        ["Term", "Meaning"],
        ["ASB", "Anti-social behaviour"],
        ["iQuanta", "The Home Office's tool for comparing police and partnership areas"],
        [
            "MARAC",
            "Multi-Agency Risk Assessment Conference, for victims of domestic abuse at high risk of harm",
        ],
        [
            "Most similar group",
            "Fifteen areas alike in population, deprivation and make-up, used for comparison",
        ],
        ["NTE", "Night-time economy"],
        [
            "Serious Violence Duty",
            "The duty on partners since January 2023 to work together against serious violence",
        ],
    ]
    return [
        p("Section 8. Recommendations", SA_H),
        *(p(f"<b>Rec {i}</b>&nbsp;&nbsp;{t}", SA) for i, t in enumerate(recommendations, 1)),
        p("Glossary", SA_H2),
        ledger(glossary, [100, WIDTH - 100], styles=SA_STYLES),
    ]
