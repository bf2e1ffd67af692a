"""Partnership AM's Strategic Intelligence Assessment 2022 (8 February 2022) on the calendar years 2019, 2020
and 2021: DejaVu Sans with Times Bold titles, page 1 under the indigo "banner", later pages under an indigo
"bar" with the title in white, and a foot "Strategic Intelligence Assessment 2022 — n of total" centred.
Parts are lettered A to H. The summary restates table cells in words ("about a tenth more", "nearly one in
three", "the fourth highest") and recommends three priorities for 2022-25 in place of the four of 2021-22;
then the sources; recorded crime in twenty-one categories with the years as columns, the change from 2020 to
2021 and the percentage change ("band", running on to the next page with its header repeated) and a flagged
knife crime series; anti-social behaviour and domestic abuse each with the years as rows; the seven wards
ranked by crime rate; Sandlebury beside its most similar group of fifteen districts (1 = lowest rate); ten
themes scored MoRiLE-style for impact, likelihood and confidence and rated Red, Amber or Green;
recommendations R1 to R6 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SANDLEBURY
from evals.archive.sandlebury_facts import (
    ANALYST,
    ASB,
    CRIME,
    DOMESTIC,
    KNIFE,
    MSG,
    POPULATION,
    PRIORITIES_2122,
    PRIORITIES_2225,
    RISKS,
    TOTALS,
    WARD_CRIME,
    WARD_POP,
    YEARS,
    pct,
    rag,
    rate,
    risk_score,
)
from evals.archive.sandlebury_layout import (
    BRICK,
    SA,
    SA_CAPTION,
    SA_H,
    SA_H2,
    SA_SMALL,
    SA_TITLE,
    WIDTH,
    Furniture,
    band,
    boxed_panel,
    notice,
    p,
)
from evals.archive.sandlebury_layout import render as render_pages

TITLE_SIA = "Sandlebury Community Safety Partnership Strategic Intelligence Assessment 2022"
BULLET = SA.clone("SbSaBullet", leftIndent=12, firstLineIndent=-9)
LOOSE_CAPTION = SA_CAPTION.clone("SbSaLooseCaption", keepWithNext=0)


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Sandlebury CSP  \u00b7  Strategic Intelligence Assessment 2022",
        label="Strategic Intelligence Assessment 2022",
        opening="banner",
        head_place="bar",
        foot="Strategic Intelligence Assessment 2022 \u2014 {n} of {total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_SIA, SANDLEBURY), furniture)


def _story() -> list[Flowable]:
    return [*_summary(), *_method(), *_crime(), *_asb_and_domestic(), *_wards(), *_msg(), *_risks(), *_end()]


def _row(name: str) -> tuple[str, int, int, int]:
    return next(row for row in CRIME if row[0] == name)


def _summary() -> list[Flowable]:
    rape, other_sexual = _row("Rape"), _row("Other sexual offences")
    stalking, burglary = _row("Stalking and harassment"), _row("Residential burglary")
    asb_totals = [sum(row[1:]) for row in ASB]
    findings = [
        f"Police recorded {TOTALS[2]:,} crimes in Sandlebury district in 2021, {rate(TOTALS[2])} for every "
        f"1,000 residents: about a tenth more than in 2020 ({pct(TOTALS[1], TOTALS[2])}) and "
        f"{pct(TOTALS[0], TOTALS[2])[1:]} above 2019, before the pandemic.",
        f"Sexual offences rose by about a third in a year: rape from {rape[2]} to {rape[3]} and other sexual "
        f"offences from {other_sexual[2]} to {other_sexual[3]}.",
        f"Stalking and harassment has risen every year, to {stalking[3]:,}, and Sandlebury now has the "
        "fourth highest rate in its most similar group.",
        f"Domestic abuse-related crimes rose for the second year running, to {DOMESTIC[2][2]:,}; nearly one "
        f"in three victims ({DOMESTIC[2][3]}%) had been a victim in the previous twelve months.",
        f"Offences involving a knife or sharp instrument rose by half in two years, from {KNIFE[0]} to "
        f"{KNIFE[2]}.",
        f"Residential burglary fell for the second year, to {burglary[3]}, the lowest of the three years.",
        f"Anti-social behaviour incidents fell by more than a fifth from the 2020 peak of {asb_totals[1]:,}, "
        f"when lockdown breaches were reported as ASB, to {asb_totals[2]:,}.",
        "Sandlebury Central ward, the town centre, has a crime rate more than two and a half times that of "
        "the district.",
    ]
    proposed = [p(f"{i}.&nbsp;&nbsp;<b>{t}</b>", SA) for i, t in enumerate(PRIORITIES_2225, 1)]
    return [
        notice(),
        Spacer(1, 8),
        p("Strategic Intelligence Assessment 2022", SA_TITLE),
        p(
            "Crime, disorder and substance misuse in Sandlebury district, January 2019 to December 2021. "
            f"Prepared by {ANALYST}, Community Safety Analyst, Sandlebury District Council, for the Board of "
            "the Sandlebury Community Safety Partnership. Version 1.2, published 8 February 2022.",
            SA,
        ),
        p("A. Summary", SA_H),
        p(
            "The Crime and Disorder Act 1998 requires the Partnership to assess crime, disorder and "
            "substance misuse in the district every year and to set its priorities from that assessment. "
            "This full assessment replaces the refresh of January 2021 and covers three calendar years. "
            "Since April 2021 the Partnership has worked to four priorities: "
            f"{'; '.join(t.lower() for t in PRIORITIES_2122)}.",
            SA,
        ),
        p("What the figures show", SA_H2),
        *(p(f"\u2013&nbsp;&nbsp;{f}", BULLET) for f in findings),
        p("Priorities recommended for April 2022 to March 2025", SA_H2),
        boxed_panel(proposed, WIDTH, edge=BRICK),
        Spacer(1, 4),
        p(
            "Domestic abuse joins sexual offences and violence in public places under the first priority. "
            "Drugs and exploitation are no longer a priority of their own: county lines and cuckooing are "
            "tackled through the second. Anti-social behaviour and neighbourhood crime (burglary and "
            "vehicle crime, now rated Green) come together as the third.",
            SA,
        ),
    ]


def _method() -> list[Flowable]:
    sources = [
        ["Data", "Source", "Covers", "Part"],
        ["Recorded crime and flags", "Wendleshire Police", "Jan 2019 to Dec 2021", "C, E"],
        ["Anti-social behaviour incidents", "Wendleshire Police", "Jan 2019 to Dec 2021", "D, E"],
        ["Domestic abuse incidents and crimes", "Wendleshire Police", "Jan 2019 to Dec 2021", "D"],
        ["High-risk domestic abuse referrals", "Lanternway Domestic Abuse Service", "2019 to 2021", "D"],
        ["Most similar group", "Home Office (iQuanta)", "Jan to Dec 2021", "F"],
        ["Residents' survey", "Sandlebury District Council (1,148 replies)", "Sept 2021", "G"],
    ]
    return [
        p("B. How the assessment was made", SA_H),
        p(
            "Figures are for calendar years. Rates per 1,000 residents use the mid-2020 population estimate "
            f"of {POPULATION:,} for the district and the ward estimates for the same year. Crimes recorded "
            "by British Transport Police are not included.",
            SA,
        ),
        p(
            "2020 was shaped by the pandemic: theft and burglary fell while reports of anti-social "
            "behaviour rose because breaches of the lockdown rules were recorded as ASB. Comparisons with "
            "2020 should be read with that in mind; 2019 is shown as the last ordinary year.",
            SA,
        ),
        p("Table B1. Data used", SA_CAPTION),
        band(sources, [150, 170, 100, WIDTH - 420]),
        p("The district", SA_H2),
        p(
            "Sandlebury is one of six districts in Wendleshire, a two-tier county: Wendleshire County "
            "Council is responsible for children's services, adult social care, public health, trading "
            "standards and the roads, and Sandlebury District Council for housing, licensing, parks, waste "
            "and the town centre's CCTV. The market town of Sandlebury holds about half of the district's "
            "residents and its only night-time economy; Ashenmoor, Lowmarsh and Tillingford are large "
            "villages on the edge of the town, and Brayfield and Pellcombe is a rural ward of farms and "
            "small villages.",
            SA,
        ),
        p(
            "Wendleshire Police polices the district as one of its five local policing areas, under a "
            "District Commander. Two county lines, from cities outside Wendleshire, supply drugs into the "
            "town; both were disrupted in 2021 and both have since resumed.",
            SA,
        ),
        p("Data quality", SA_H2),
        p(
            "An audit of crime recording by the force in 2020 led to more stalking, harassment and "
            "malicious communications being recorded as crimes from the autumn of that year. Part of the "
            "rise in stalking and harassment in 2021 reflects that change rather than more offending.",
            SA,
        ),
    ]


def _crime() -> list[Flowable]:
    rows = [["Offence category", *YEARS, "Change 2020 to 2021", "% change"]]
    for name, a, b, c in CRIME:
        rows.append([name, f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", pct(b, c)])
    a, b, c = TOTALS
    rows.append(["<b>Total recorded crime</b>", f"<b>{a:,}</b>", f"<b>{b:,}</b>", f"<b>{c:,}</b>",
                 f"<b>{c - b:+,}</b>", f"<b>{pct(b, c)}</b>"])  # fmt: skip
    knife = [
        ["Flagged series", *YEARS, "Change 2020 to 2021", "% change"],
        ["Knife or sharp instrument offences", *(str(n) for n in KNIFE), f"{KNIFE[2] - KNIFE[1]:+}",
         pct(KNIFE[1], KNIFE[2])],
    ]  # fmt: skip
    widths = [WIDTH - 5 * 58, 58, 58, 58, 58, 58]
    return [
        p("C. Recorded crime", SA_H),
        p(
            "Table C1 shows the crimes recorded by Wendleshire Police in Sandlebury district in each year, "
            "by the Home Office's offence categories, with the change from 2020 to 2021. Violence without "
            "injury is the largest category; sexual offences and homicide rose the most in percentage terms, "
            "though homicide from very small numbers.",
            SA,
        ),
        p("Table C1. Recorded crime by offence category, Sandlebury district, 2019 to 2021", LOOSE_CAPTION),
        band(rows, widths, figs={1, 2, 3, 4, 5}, total=True),
        Spacer(1, 5),
        p("Table C2. Knife crime (already counted in Table C1)", SA_CAPTION),
        band(knife, widths, figs={1, 2, 3, 4, 5}),
    ]


def _asb_and_domestic() -> list[Flowable]:
    asb = [["Year", "Personal", "Nuisance", "Environmental", "All ASB incidents", "Per 1,000 residents"]]
    for year, personal, nuisance, environmental in ASB:
        total = personal + nuisance + environmental
        asb.append([year, f"{personal:,}", f"{nuisance:,}", f"{environmental:,}", f"{total:,}", rate(total)])
    domestic = [["Year", "Domestic abuse incidents", "Domestic abuse-related crimes", "Share of all crime",
                 "Repeat victims", "High-risk (MARAC) referrals"]]  # fmt: skip
    for (year, incidents, crimes, repeat, marac), total in zip(DOMESTIC, TOTALS, strict=True):
        domestic.append([year, f"{incidents:,}", f"{crimes:,}", f"{crimes / total * 100:.1f}%", f"{repeat}%",
                         str(marac)])  # fmt: skip
    six = [70, *([(WIDTH - 70) / 5] * 5)]
    return [
        p("D. Anti-social behaviour and domestic abuse", SA_H),
        p("Table D1. Anti-social behaviour incidents by type", SA_CAPTION),
        band(asb, six, figs={1, 2, 3, 4, 5}),
        Spacer(1, 3),
        p(
            "Personal ASB targets a person or a household; nuisance ASB affects a community; environmental "
            "ASB harms a place (fly-tipping, graffiti, abandoned vehicles).",
            SA_SMALL,
        ),
        p("Table D2. Domestic abuse", SA_CAPTION),
        band(domestic, six, figs={1, 2, 3, 4, 5}),
    ]


def _wards() -> list[Flowable]:
    rows = [["Rank", "Ward", "Population", "Crimes 2021", "Crimes per 1,000", "ASB 2021", "ASB per 1,000"]]
    ranked = sorted(WARD_CRIME, key=lambda w: -WARD_CRIME[w][0] / WARD_POP[w])
    for i, ward in enumerate(ranked, 1):
        crimes, asb = WARD_CRIME[ward]
        people = WARD_POP[ward]
        rows.append([str(i), ward, f"{people:,}", f"{crimes:,}", rate(crimes, people), f"{asb:,}",
                     rate(asb, people)])  # fmt: skip
    return [
        p("E. Wards", SA_H),
        p("Table E1. Crime and ASB by ward, 2021, ranked by crime rate (1 = highest)", SA_CAPTION),
        band(rows, [34, 136, *([(WIDTH - 170) / 5] * 5)], figs={0, 2, 3, 4, 5, 6}),
        Spacer(1, 3),
        p(
            "Sandlebury Central holds the town centre, its shops and its night-time economy, so its rate is "
            "high against a small resident population. Brayfield and Pellcombe is the rural east of the "
            "district; much of its crime is theft from farms and vehicles.",
            SA_SMALL,
        ),
    ]


def _msg() -> list[Flowable]:
    rows = [["Measure, 2021", "Sandlebury per 1,000", "Group average per 1,000", "Position of 15"]]
    rows += [[measure, ours, average, str(position)] for measure, ours, average, position in MSG]
    return [
        p("F. Compared with similar districts", SA_H),
        p(
            "Sandlebury is compared with the fourteen other districts in its most similar group. Position 1 "
            "is the district with the lowest rate and 15 the highest.",
            SA,
        ),
        p("Table F1. Sandlebury and its most similar group, 2021", SA_CAPTION),
        band(rows, [WIDTH - 3 * 104, 104, 104, 104], figs={1, 2, 3}),
    ]


def _risks() -> list[Flowable]:
    rows = [["Theme", "Impact (1-5)", "Likelihood (1-5)", "Confidence (1-3)", "Score", "Rating"]]
    for row in sorted(RISKS, key=lambda r: -risk_score(r)):
        score = risk_score(row)
        rows.append([row[0], *(str(n) for n in row[1:]), str(score), rag(score)])
    return [
        p("G. Threat, harm and risk", SA_H),
        p(
            "Each theme was scored in the style of MoRiLE for its impact on victims and communities and its "
            "likelihood, each from 1 to 5, and for the partners' confidence that they can act on it, from "
            "1 (well placed) to 3 (little in place). The score is the product of the three. A score of 40 "
            "or more is rated Red, 15 to 39 Amber and under 15 Green.",
            SA,
        ),
        p("Table G1. Themes scored and rated", SA_CAPTION),
        band(rows, [WIDTH - 5 * 60, 60, 60, 60, 60, 60], figs={1, 2, 3, 4}),
        Spacer(1, 3),
        p(
            "In the residents' survey 44% named speeding as a problem where they live, more than any crime; "
            "road safety is led by Wendleshire County Council as highway authority and is rated Green here.",
            SA,
        ),
    ]


def _end() -> list[Flowable]:
    recommendations = [
        "Adopt the three recommended priorities for April 2022 to March 2025 and review them each spring.",
        "Prepare for the Serious Violence Duty expected in 2023 by commissioning a serious violence "
        "problem profile for the district.",
        "Keep the Independent Domestic Violence Adviser for the Sandlebury caseload and add bystander "
        "training for the night-time economy.",
        "Focus town centre work on Sandlebury Central, including a safe space on Friday and Saturday nights.",
        "Keep weekly ASB tasking and the ASB Early Intervention Officer, and bring burglary and vehicle "
        "crime into the same neighbourhood tasking.",
        "Refresh the figures each January and carry out the next full assessment for 2025.",
    ]
    glossary = [
        ["Term", "Meaning"],
        ["ASB", "Anti-social behaviour"],
        ["IDVA", "Independent Domestic Violence Adviser, who supports victims at high risk"],
        ["MARAC", "Multi-Agency Risk Assessment Conference for victims of domestic abuse at high risk"],
        ["MoRiLE", "Management of Risk in Law Enforcement, a method of scoring threat, harm and risk"],
        ["Most similar group", "Fifteen districts alike in population, deprivation and make-up"],
        ["VAWG", "Violence against women and girls"],
    ]
    return [
        p("H. Recommendations", SA_H),
        *(p(f"<b>R{i}</b>&nbsp;&nbsp;{t}", SA) for i, t in enumerate(recommendations, 1)),
        p("Glossary", SA_H2),
        band(glossary, [100, WIDTH - 100]),
    ]
