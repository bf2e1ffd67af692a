"""Partnership AK's Strategic Assessment 2023 (November 2023), on the financial years 2020/21, 2021/22 and
2022/23: DejaVu Sans with STIX Bold headings and tables in DejaVu Sans Mono, page 1 under the mulberry
"masthead", a mulberry bar across the top of later pages with the title under it at the right, and a foot of
the page in lower-case roman numerals between dashes, centred. Sections are numbered "1." to "9.". The
executive summary's key findings restate table cells in words ("more than a third", "half as many again") and
five priorities are proposed for 2024-27; then the scope and sources, recorded crime in twenty-one categories
with the years as columns, the change and the percentage change ("booktabs", running on to the next page with
its header repeated) and two flagged series under it; violence against women and girls with the years as rows;
eight wards ranked by crime rate with anti-social behaviour calls and their rate; Stavenham beside London
(rate per 1,000 and rank of 32 boroughs); ten themes scored on harm, volume, trend and public concern and
rated Red, Amber or Green; recommendations R1 to R8 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAVENHAM
from evals.archive.stavenham_facts import (
    ANALYST,
    ASB_CALLS,
    CRIME,
    HATE,
    KNIFE,
    LONDON,
    POPULATION,
    PRIORITIES_NEW,
    PRIORITIES_OLD,
    SCORES,
    TOTALS,
    VAWG,
    WARDS,
    YEARS,
    pct,
    rag,
    rate,
    score,
)
from evals.archive.stavenham_layout import (
    SA,
    SA_CAPTION,
    SA_H,
    SA_H2,
    SA_SMALL,
    SA_STYLES,
    SA_TITLE,
    WIDTH,
    Furniture,
    booktabs,
    callout,
    notice,
    p,
)
from evals.archive.stavenham_layout import render as render_pages

TITLE_SA = "Safer Stavenham Partnership Strategic Assessment 2023"
LOOSE_CAPTION = SA_CAPTION.clone("SvSaLooseCaption", keepWithNext=0)


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Assessment 2023  |  OFFICIAL",
        label="STRATEGIC ASSESSMENT 2023",
        opening="masthead",
        head_place="bar",
        foot="\u2014 {roman} \u2014",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_SA, STAVENHAM), furniture)


def _story() -> list[Flowable]:
    return [*_summary(), *_method(), *_crime(), *_vawg(), *_wards(), *_london(), *_themes(), *_end()]


def _row(name: str) -> tuple[str, int, int, int]:
    return next(row for row in CRIME if row[0] == name)


def _summary() -> list[Flowable]:
    shop, robbery, theft = (
        _row("Shoplifting"),
        _row("Robbery of personal property"),
        _row("Theft from the person"),
    )
    central = WARDS[0]
    findings = [
        f"Police recorded {TOTALS[2]:,} crimes in Stavenham in 2022/23, {pct(TOTALS[1], TOTALS[2])} on "
        f"2021/22 and {pct(TOTALS[0], TOTALS[2])} on 2020/21, the first year of the pandemic.",
        f"Shoplifting rose by more than a third in a year, to {shop[3]:,} offences; only five London "
        "boroughs have a higher rate.",
        f"Robbery of personal property is half as many again as in 2020/21 ({robbery[3]} offences against "
        f"{robbery[1]}), and theft from the person rose to {theft[3]:,}.",
        f"Offences involving a knife or sharp instrument rose for the second year running, to {KNIFE[2]}.",
        f"Domestic abuse offences reached {VAWG[2][1]:,}, the highest of the three years, while arrests "
        f"fell to {VAWG[2][2]:,}; more than a third of MARAC cases were repeats.",
        f"Stavenham Central, the town centre ward, has a crime rate of {rate(central[2], central[1])} per "
        f"1,000 residents, almost twice the borough's {rate(TOTALS[2])}.",
        f"Anti-social behaviour calls fell for the second year, to {ASB_CALLS[2]:,}, but remain above the "
        "London rate.",
        f"Racially or religiously aggravated offences rose to {HATE[2]}, and community tension was reported "
        "in two wards after events overseas.",
    ]
    proposed = [p(f"<b>{i}.</b>&nbsp;&nbsp;{t}", SA) for i, t in enumerate(PRIORITIES_NEW, 1)]
    return [
        notice(),
        p("Strategic Assessment 2023", SA_TITLE),
        p(
            f"Crime and disorder in the London Borough of Stavenham, April 2020 to March 2023. Prepared by "
            f"{ANALYST}, Strategic Analyst, for the Safer Stavenham Partnership Board. Published 15 November "
            "2023.",
            SA,
        ),
        p("1. Executive summary", SA_H),
        p(
            "This assessment meets the Partnership's duty to assess crime and disorder in the borough each "
            "year. It covers the financial years 2020/21, 2021/22 and 2022/23 and will inform the "
            "Partnership's priorities for April 2024 to March 2027, when the four priorities of 2021-24 "
            f"({'; '.join(t.lower() for t in PRIORITIES_OLD)}) end.",
            SA,
        ),
        p("Key findings", SA_H2),
        *(p(f"\u25aa&nbsp;&nbsp;{f}", SA) for f in findings),
        p("Priorities proposed for 2024-27", SA_H2),
        callout(proposed, WIDTH),
        Spacer(1, 4),
        p(
            "The five follow the themes rated Red and Amber in section 7. Reducing reoffending, rated Green, "
            "would no longer be a priority of its own: Integrated Offender Management is to become part of "
            "MOPAC's co-commissioned service from April 2024.",
            SA,
        ),
    ]


def _method() -> list[Flowable]:
    sources = [
        ["Source", "Held by", "Used for"],
        ["Recorded crime", "Metropolitan Police", "Sections 3, 5 and 6"],
        ["Calls about anti-social behaviour", "Metropolitan Police", "Sections 5 and 6"],
        ["Domestic abuse offences and arrests", "Metropolitan Police", "Section 4"],
        ["MARAC cases", "MARAC coordinator, the council", "Section 4"],
        ["Assaults seen in the emergency department", "St Aldric's Hospital", "Section 7"],
        ["Residents' survey 2023 (1,204 replies)", "The council", "Section 7"],
        ["London figures", "MOPAC", "Section 6"],
    ]
    return [
        p("2. Scope, sources and data quality", SA_H),
        p(
            "Figures are for financial years (April to March). Recorded crime is taken from the Metropolitan "
            "Police crime data published for the borough; anti-social behaviour from calls to police; "
            "domestic abuse and MARAC figures from the police and the MARAC coordinator; hospital data from "
            f"St Aldric's Hospital. Rates use the mid-2022 population estimate of {POPULATION:,}.",
            SA,
        ),
        p(
            "2020/21 was shaped by the lockdowns: some crimes fell sharply and anti-social behaviour calls "
            "included reports of breaches of the rules. Comparisons with 2020/21 should be read with care.",
            SA,
        ),
        p("Table A. Sources", SA_CAPTION),
        booktabs(sources, [180, 150, WIDTH - 330]),
        p("The borough", SA_H2),
        p(
            "Stavenham is a borough of eight wards in north London, with a young population (a third of "
            "residents are under 25), a busy town centre and market at Stavenham Central and one of the "
            "largest Underground and bus interchanges outside zone 1 at Gannet Wharf. Its night-time "
            "economy is concentrated on Market Street and the Old Exchange. Housing is mixed: large council "
            "estates at Halewood and Oriel Fields, managed by Stavenham Homes, and owner-occupied streets in "
            "Ashmead Park and Larchmont Rise.",
            SA,
        ),
        p(
            "The borough is policed by the Metropolitan Police's Central North Basic Command Unit, which it "
            "shares with the London Borough of Lanthorne. Each ward has a Safer Neighbourhoods Team; the "
            "BCU's Violence Suppression Unit works across both boroughs.",
            SA,
        ),
        p(
            "Crimes recorded by British Transport Police on the railway and Underground, including at Gannet "
            "Wharf station, are not in the police figures used here; where they matter (robbery and theft "
            "from the person at the interchange) they are described in words. Fraud reported to Action "
            "Fraud is also left out, because it is not recorded by borough in a way that can be compared "
            "over the three years.",
            SA,
        ),
    ]


def _crime() -> list[Flowable]:
    rows = [["Offence category", *YEARS, "Change", "% change"]]
    for name, a, b, c in CRIME:
        rows.append([name, f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", pct(b, c)])
    a, b, c = TOTALS
    rows.append(["<b>Total recorded crime</b>", f"<b>{a:,}</b>", f"<b>{b:,}</b>", f"<b>{c:,}</b>",
                 f"<b>{c - b:+,}</b>", f"<b>{pct(b, c)}</b>"])  # fmt: skip
    flagged = [
        ["Flagged offences (counted above)", *YEARS, "Change", "% change"],
        ["Knife or sharp instrument", *(f"{n:,}" for n in KNIFE), f"{KNIFE[2] - KNIFE[1]:+,}",
         pct(KNIFE[1], KNIFE[2])],
        ["Racially or religiously aggravated", *(f"{n:,}" for n in HATE), f"{HATE[2] - HATE[1]:+,}",
         pct(HATE[1], HATE[2])],
    ]  # fmt: skip
    widths = [WIDTH - 5 * 62, 62, 62, 62, 62, 62]
    return [
        p("3. Recorded crime", SA_H),
        p(
            "Table 1 gives recorded crime by category in each year; the change and percentage change compare "
            "2022/23 with 2021/22. Violence without injury is the largest category.",
            SA,
        ),
        p("Table 1. Recorded crime by category, Stavenham, 2020/21 to 2022/23", LOOSE_CAPTION),
        booktabs(rows, widths, figs={1, 2, 3, 4, 5}, total=True),
        Spacer(1, 6),
        p("Table 2. Flagged offences", SA_CAPTION),
        booktabs(flagged, widths, figs={1, 2, 3, 4, 5}),
    ]


def _vawg() -> list[Flowable]:
    rows = [["Year", "Domestic abuse offences", "Domestic abuse arrests", "Arrest rate",
             "Sexual offences", "MARAC cases", "Repeat MARAC cases"]]  # fmt: skip
    for year, offences, arrests, sexual, marac, repeat in VAWG:
        rows.append([year, f"{offences:,}", f"{arrests:,}", f"{arrests / offences * 100:.0f}%", f"{sexual:,}",
                     str(marac), f"{repeat}%"])  # fmt: skip
    return [
        p("4. Violence against women and girls", SA_H),
        p(
            "Domestic abuse offences rose in each year, while arrests fell in 2022/23. Sexual offences (rape "
            "and other sexual offences) rose by more than a quarter over the period.",
            SA,
        ),
        p("Table 3. Violence against women and girls, by year", SA_CAPTION),
        booktabs(rows, [54, *([(WIDTH - 54) / 6] * 6)], figs={1, 2, 3, 4, 5, 6}),
    ]


def _wards() -> list[Flowable]:
    ranked = sorted(WARDS, key=lambda w: -w[2] / w[1])
    rows = [
        ["Rank", "Ward", "Population", "Recorded crimes", "Crimes per 1,000", "ASB calls", "ASB per 1,000"]
    ]
    for i, (ward, people, crimes, asb) in enumerate(ranked, 1):
        rows.append([str(i), ward, f"{people:,}", f"{crimes:,}", rate(crimes, people), f"{asb:,}",
                     rate(asb, people)])  # fmt: skip
    unplaced = TOTALS[2] - sum(w[2] for w in WARDS)
    return [
        p("5. Where crime happens: wards, 2022/23", SA_H),
        p("Table 4. Wards ranked by crime rate, 2022/23", SA_CAPTION),
        booktabs(rows, [34, 100, *([(WIDTH - 134) / 5] * 5)], figs={0, 2, 3, 4, 5, 6}),
        p(
            f"Anti-social behaviour calls to police fell from {ASB_CALLS[0]:,} in 2020/21 to "
            f"{ASB_CALLS[1]:,} "
            f"in 2021/22 and {ASB_CALLS[2]:,} in 2022/23.",
            SA,
        ),
        p(
            f"{unplaced:,} offences had no ward recorded and are left out of the table. Stavenham Central "
            "holds the town centre, the market and the main bus station; Gannet Wharf the Underground "
            "interchange, where most robberies of personal property happen.",
            SA_SMALL,
        ),
    ]


def _london() -> list[Flowable]:
    rows = [["Measure, 2022/23", "Stavenham per 1,000", "London per 1,000", "Rank of 32"]]
    rows += [[measure, ours, london, str(rank)] for measure, ours, london, rank in LONDON]
    return [
        p("6. How Stavenham compares with London", SA_H),
        p(
            "Rank 1 is the borough with the highest rate of the 32 London boroughs (the City of London is "
            "left out).",
            SA,
        ),
        p("Table 5. Stavenham and London, 2022/23", SA_CAPTION),
        booktabs(rows, [WIDTH - 3 * 90, 90, 90, 90], figs={1, 2, 3}),
    ]


def _themes() -> list[Flowable]:
    rows = [["Theme", "Harm", "Volume", "Trend", "Concern", "Score /20", "Rating"]]
    for row in sorted(SCORES, key=lambda r: -score(r)):
        rows.append([row[0], *(str(n) for n in row[1:]), str(score(row)), rag(score(row))])
    return [
        p("7. Assessing the themes", SA_H),
        p(
            "Each theme was scored from 1 to 5 on harm to victims and communities, volume, trend over the "
            "three years and public concern (the residents' survey and councillors' casework). A score of "
            "15 or more is rated Red, 12 to 14 Amber and 11 or less Green.",
            SA,
        ),
        p("Table 6. Themes scored and rated", SA_CAPTION),
        booktabs(rows, [WIDTH - 6 * 50, 50, 50, 50, 50, 50, 50], figs={1, 2, 3, 4, 5}),
    ]


def _end() -> list[Flowable]:
    recommendations = [
        "Adopt the five priorities proposed for 2024-27 and align the delivery groups to them.",
        "Keep the Independent Domestic Violence Advisers service and plan for more referrals.",
        "Bring serious youth violence and exploitation together under one group, which also leads the "
        "Serious Violence Duty.",
        "Work with the Combating Drugs Partnership on drug markets around Gannet Wharf.",
        "Target robbery and theft from the person at the Gannet Wharf interchange with British Transport "
        "Police.",
        "Develop a business crime response with Stavenham Town Centre BID for shoplifting.",
        "Set up a forum for hate crime and community tension with faith and community groups.",
        "Repeat this assessment in autumn 2025, with a refresh of the figures in 2024.",
    ]
    glossary = [
        ["Term", "Meaning"],
        ["ASB", "Anti-social behaviour"],
        ["BCU", "Basic Command Unit of the Metropolitan Police (Central North: Stavenham and Lanthorne)"],
        ["IOM", "Integrated Offender Management"],
        ["MARAC", "Multi-Agency Risk Assessment Conference, for victims of domestic abuse at high risk"],
        ["MOPAC", "Mayor's Office for Policing and Crime"],
        ["VAWG", "Violence against women and girls"],
    ]
    return [
        p("8. Recommendations", SA_H),
        *(p(f"<b>R{i}</b>&nbsp;&nbsp;{t}", SA) for i, t in enumerate(recommendations, 1)),
        p("9. Glossary", SA_H),
        booktabs(glossary, [60, WIDTH - 60], styles=SA_STYLES),
    ]
