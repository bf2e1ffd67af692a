"""Partnership AI's Partnership Strategic Assessment 2022 (November 2022), on the three years to 30 September
2020, 2021 and 2022: Helvetica with DejaVu Serif Bold headings and figures in DejaVu Sans Mono, page 1
under a thick rust rule, a running head at the outer edge and a foot "ECSP PSA 2022 – n/total" at the outer
edge. Page 1 the summary with key findings restating table cells in words ("up by two fifths", "more than
doubled") and the three priorities proposed; then the scope and method, recorded crime in nineteen
categories with the years as columns, the change and the percentage change, a rust table that runs on to
the next page with its header repeated; themes (domestic abuse, knife crime, youth justice, the night-time
economy and anti-social behaviour) with the years as rows in a booktabs table; eight wards ranked by rate
with the change on the year before; the most similar group; a threat assessment of ten areas scored harm
times likelihood and rated red, amber or green; recommendations R1 to R6 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.ellerdyke_facts import (
    ANALYST,
    ASB,
    CATEGORIES,
    CRIME,
    DA_CRIMES,
    DA_REPEAT,
    FTE,
    KNIFE,
    MSG,
    NTE,
    POPULATION,
    PRIORITIES_NEW,
    PRIORITIES_OLD,
    SHARP_ADMISSIONS,
    THREATS,
    TOTALS,
    WARD_CHANGE,
    WARDS,
    YEARS,
    pct,
    rag,
    rate,
)
from evals.archive.ellerdyke_layout import (
    SA,
    SA_BOOK,
    SA_CAPTION,
    SA_H,
    SA_RUST,
    WIDTH,
    Furniture,
    booktabs,
    boxed,
    boxed_note,
    notice,
    p,
    rust,
)
from evals.archive.ellerdyke_layout import render as render_pages
from evals.archive.names import ELLERDYKE

TITLE_SA = "Ellerdyke Community Safety Partnership Strategic Assessment 2022"
SA_TITLE = SA_H.clone("ElSaTitle", fontSize=22, leading=26, spaceBefore=14, spaceAfter=4)
SA_H2 = SA_H.clone("ElSaH2", fontSize=10, leading=12.5, textColor=SA_CAPTION.textColor, spaceBefore=4)
SA_SMALL = SA.clone("ElSaSmall", fontSize=8, leading=10)
LOOSE_CAPTION = SA_CAPTION.clone("ElSaLooseCaption", keepWithNext=0)


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Ellerdyke CSP \u00b7 Partnership Strategic Assessment 2022",
        label="PARTNERSHIP STRATEGIC ASSESSMENT 2022  |  OFFICIAL",
        opening="rule",
        head_place="outer",
        foot="ECSP PSA 2022 \u2013 {n}/{total}",
        place="outer",
    )
    return render_pages(path, _story, Meta(TITLE_SA, ELLERDYKE), furniture)


def _story() -> list[Flowable]:
    return [*_summary(), *_method(), *_crime(), *_themes(), *_wards(), *_threats(), *_glossary()]


def _cat(name: str, year: int) -> int:
    return CRIME[YEARS[year]][CATEGORIES.index(name)]


def _summary() -> list[Flowable]:
    top = WARDS[0]
    findings = [
        f"Police recorded {TOTALS[2]:,} crimes in the 12 months to September 2022, "
        f"{pct(TOTALS[1], TOTALS[2])} "
        f"on the year before and above the {TOTALS[0]:,} of the year to September 2020.",
        "Robbery rose by two fifths in a year, and possession of weapons offences by more than a fifth, to "
        f"{_cat('Possession of weapons offences', 2)}.",
        f"Offences involving a knife or sharp instrument reached {KNIFE[2]}, the highest of the three years.",
        f"Violence in Bridgegate on Friday and Saturday nights more than doubled as bars reopened, to "
        f"{NTE[2]} offences.",
        f"One victim of domestic abuse in three ({DA_REPEAT[2]}) was a repeat victim within the year.",
        f"Bridgegate, the town centre ward, has a crime rate of {rate(top[2], top[1])} per 1,000 residents, "
        f"almost three times the borough's {rate(TOTALS[2])}.",
        f"Anti-social behaviour fell by more than a fifth, to {ASB[2]:,} incidents, as reports of "
        "lockdown breaches stopped.",
        "Shoplifting is back above its level before the pandemic.",
    ]
    proposed = [f"{i}. {t}" for i, t in enumerate(PRIORITIES_NEW, 1)]
    return [
        Spacer(1, 4),
        p("Partnership Strategic Assessment 2022", SA_TITLE),
        p(
            f"Ellerdyke Community Safety Partnership \u00b7 November 2022 \u00b7 prepared by {ANALYST}, "
            "Partnership Analyst, Ellerdyke Metropolitan Borough Council, for the Executive",
            SA,
        ),
        notice(),
        p("Summary", SA_H),
        p(
            "This assessment looks at crime and disorder in Ellerdyke in the 12 months to 30 September 2022 "
            "and compares them with the two years before. It will inform the partnership's priorities for "
            "April 2023 to March 2026, when the current four priorities come to an end.",
            SA,
        ),
        p("Key findings", SA_H2),
        *(p(f"\u25aa&nbsp;&nbsp;{f}", SA) for f in findings),
        p("Proposed priorities for 2023-26", SA_H2),
        boxed_note([p(t, SA) for t in proposed], WIDTH),
        Spacer(1, 4),
        p(
            "The three are the areas rated Red in the threat assessment (section 6), with night-time "
            "violence in Bridgegate joined to anti-social behaviour and burglary as one neighbourhood "
            "priority. Reducing reoffending, a priority since 2020, is proposed to pass to the Ellerdyke "
            "Reducing Reoffending Board.",
            SA,
        ),
        PageBreak(),
    ]


def _method() -> list[Flowable]:
    old = "; ".join(PRIORITIES_OLD)
    return [
        p("1. About this assessment", SA_H),
        p(
            "The assessment meets the partnership's duty under the Crime and Disorder (Formulation and "
            "Implementation of Strategy) Regulations 2007 to review crime and disorder each year and to set "
            f"priorities. The priorities for 2020-23 were: {old}.",
            SA,
        ),
        p(
            "Each year in this assessment runs from 1 October to 30 September, so that the most recent year "
            "ends as close as possible to the Executive's December meeting. The three years are the year to "
            "September 2020, which includes the first national lockdown, the year to September 2021, which "
            "includes the second and third, and the year to September 2022, the first year with no "
            "restrictions.",
            SA,
        ),
        p(
            "Data come from Dunsmere Police (recorded crime and anti-social behaviour incidents, extracted "
            "on 10 October 2022), the council's anti-social behaviour team, the MARAC, Ellerdyke Women's "
            "Aid, the Youth Justice Service and hospital admissions shared by the Integrated Care Board. "
            f"Rates use the mid-2021 population estimate of {POPULATION:,} and ward estimates of the same "
            "year.",
            SA,
        ),
        p(
            "The lockdowns make the year to September 2021 an unusual comparison for crimes that depend on "
            "people going out: theft from the person, shoplifting, robbery and violence in the night-time "
            "economy. For these, the summary also compares the latest year with the year to September 2020, "
            "whose first six months came before the pandemic.",
            SA,
        ),
        p(
            "Data quality. Dunsmere Police's crime recording was last inspected in 2021 and rated as "
            "requiring improvement for violent crime; the force has since recorded more stalking and "
            "harassment and more violence without injury, and some of the rise in both comes from better "
            "recording rather than more offending. Anti-social behaviour reported to both the police and the "
            "council is counted once. Hospital admissions are counted by where the patient lives.",
            SA,
        ),
    ]


def _crime() -> list[Flowable]:
    rows = [["Crime type", *YEARS, "Change", "% change"]]
    for i, name in enumerate(CATEGORIES):
        before, after = CRIME[YEARS[1]][i], CRIME[YEARS[2]][i]
        rows.append([name, *(f"{CRIME[y][i]:,}" for y in YEARS), f"{after - before:+,}", pct(before, after)])
    rows.append(
        ["<b>Total recorded crime</b>", *(f"<b>{t:,}</b>" for t in TOTALS),
         f"<b>{TOTALS[2] - TOTALS[1]:+,}</b>", f"<b>{pct(TOTALS[1], TOTALS[2])}</b>"]
    )  # fmt: skip
    return [
        p("2. Recorded crime", SA_H),
        p(
            "Recorded crime rose by a ninth in the latest year. Most categories rose; drug offences and "
            "bicycle theft fell. Drug offences depend on police activity: the fall follows the end of "
            "Operation Tarn, a year of stop and search in Bridgegate.",
            SA,
        ),
        p(
            "Violence with injury and robbery fell in the year to September 2021 and then rose above their "
            "level of the year to September 2020. Stalking and harassment rose in both years, in part "
            "because of changes to how malicious communications are recorded. Homicide figures are too small "
            "for their percentage change to mean anything.",
            SA,
        ),
        p(
            "Theft from the person almost doubled in the latest year, but from a low base: most of the "
            "thefts were of phones in Bridgegate's bars on Friday and Saturday nights.",
            SA,
        ),
        p(
            "Table 1: recorded crime by type, Ellerdyke, years to September 2020 to 2022 (change and % "
            "change: the year to September 2022 on the year to September 2021)",
            LOOSE_CAPTION,
        ),
        rust(rows, [160, 64, 64, 64, 58, WIDTH - 410], figs=(1, 2, 3, 4, 5), styles=SA_RUST, total=True),
        Spacer(1, 4),
        p(
            "Counts are of crimes, not victims or offenders. Where a crime is later found not to have "
            "happened it is removed; the counts are as they stood on 10 October 2022.",
            SA_SMALL,
        ),
    ]


def _themes() -> list[Flowable]:
    rows = [
        ["Year", "ASB incidents", "DA-related crimes", "Repeat DA victims",
         "Knife or sharp instrument offences", "Hospital admissions, knife assault, aged under 25",
         "First-time entrants (youth justice)", "Night-time violence, Bridgegate"],
    ]  # fmt: skip
    for i, year in enumerate(YEARS):
        rows.append(
            [year, f"{ASB[i]:,}", f"{DA_CRIMES[i]:,}", DA_REPEAT[i], str(KNIFE[i]), str(SHARP_ADMISSIONS[i]),
             str(FTE[i]), str(NTE[i])]
        )  # fmt: skip
    w = (WIDTH - 70) / 7
    return [
        p("3. Themes", SA_H),
        p(
            "Table 2 brings together the measures behind the proposed priorities. Night-time violence is "
            "violence against the person recorded in Bridgegate between 9 pm and 5 am on Friday and Saturday "
            "nights.",
            SA,
        ),
        p("Table 2: themes by year, years to September 2020 to 2022", SA_CAPTION),
        booktabs(rows, [70, *([w] * 7)], figs=(1, 2, 3, 4, 5, 6, 7)),
        Spacer(1, 5),
        p(
            f"Domestic abuse related crime has risen each year, from {DA_CRIMES[0]:,} to {DA_CRIMES[2]:,}. "
            "Ellerdyke Women's Aid's IDVAs supported 412 victims at high risk in the latest year, and the "
            "MARAC heard 388 cases.",
            SA,
        ),
        p(
            "Knife crime and hospital admissions of young people for assault with a sharp object both rose "
            "in the latest year. First-time entrants to the youth justice system rose again after a fall in "
            "the year to September 2021, when courts sat less.",
            SA,
        ),
    ]


def _wards() -> list[Flowable]:
    rows = [["Ward", "Population", "Crimes", "Rate per 1,000", "Change on previous year", "ASB incidents"]]
    for (ward, population, crimes, asb), change in zip(WARDS, WARD_CHANGE, strict=True):
        rows.append([ward, f"{population:,}", f"{crimes:,}", rate(crimes, population), change, f"{asb:,}"])
    rows.append(["Ellerdyke", f"{POPULATION:,}", f"{TOTALS[2]:,}", rate(TOTALS[2]),
                 pct(TOTALS[1], TOTALS[2]), f"{ASB[2]:,}"])  # fmt: skip
    msg = [["Measure", "Ellerdyke rate per 1,000", "Group average", "Position out of 15"]]
    msg += [list(m) for m in MSG]
    return [
        p("4. Wards", SA_H),
        p(
            "Crime is concentrated in Bridgegate, the town centre ward, which holds the bus station, most of "
            "the borough's bars and the main shopping streets. The estates of Hobbleswade and Tunstead come "
            "next.",
            SA,
        ),
        p("Table 3: recorded crime and anti-social behaviour by ward, year to September 2022", SA_CAPTION),
        boxed(rows, [110, 70, 66, 76, 100, WIDTH - 422], figs=(1, 2, 3, 4, 5), styles=SA_BOOK),
        p("5. Ellerdyke and its most similar group", SA_H),
        p(
            "The Home Office's most similar group sets Ellerdyke beside the 14 community safety partnership "
            "areas most like it. A position of 1st is the lowest rate in the group.",
            SA,
        ),
        p("Table 4: rates per 1,000 residents, year to September 2022, most similar group of 15", SA_CAPTION),
        booktabs(msg, [170, 110, 100, WIDTH - 380], figs=(1, 2, 3)),
        Spacer(1, 4),
        p(
            "Ellerdyke is 13th of 15 for possession of weapons, its worst position, and 5th for shoplifting "
            "and 6th for residential burglary, where its rates are below the group average.",
            SA,
        ),
    ]


def _threats() -> list[Flowable]:
    rows = [["Area", "Harm (1-5)", "Likelihood (1-5)", "Score /25", "Confidence", "Rating"]]
    for area, harm, likelihood, confidence in THREATS:
        score = harm * likelihood
        rows.append([area, str(harm), str(likelihood), str(score), confidence, rag(score)])
    recs = [
        ("R1", "Adopt the three priorities for 2023-26 proposed on page 1."),
        ("R2", "Fund the IDVA service for three years rather than one, so that advisers can be kept."),
        ("R3", "Agree a Bridgegate night-time economy plan with the police, licensees and the council's "
               "licensing team before Christmas 2023."),
        ("R4", "Prepare the partnership's response to the Serious Violence Duty, in force from 31 January "
               "2023, with the Dunsmere Violence Reduction Unit."),
        ("R5", "Pass the lead on reducing reoffending to the Ellerdyke Reducing Reoffending Board, with a "
               "report to the Executive twice a year."),
        ("R6", "Repeat this assessment in autumn 2023 on the year to September 2023."),
    ]  # fmt: skip
    return [
        p("6. Threat assessment", SA_H),
        p(
            "Analysts from the police, the council, public health and youth justice scored each area at a "
            "workshop on 19 October 2022: harm to victims and communities and the likelihood of it "
            "happening, each from 1 to 5. The score is harm times likelihood. A score of 15 or more is rated "
            "Red, 8 to 14 Amber and 7 or less Green.",
            SA,
        ),
        p("Table 5: threat assessment, 19 October 2022", SA_CAPTION),
        rust(rows, [200, 56, 70, 56, 70, WIDTH - 452], figs=(1, 2, 3), styles=SA_RUST),
        p("7. Recommendations", SA_H),
        *(p(f"<b>{number}</b>&nbsp;&nbsp;{text}", SA) for number, text in recs),
    ]


def _glossary() -> list[Flowable]:
    terms = [
        ["Term", "Meaning"],
        ["ASB", "Anti-social behaviour"],
        ["DA", "Domestic abuse"],
        ["FTE", "First-time entrant: a child given a youth caution or conviction for the first time"],
        ["IDVA", "Independent Domestic Violence Adviser"],
        ["MARAC", "Multi-Agency Risk Assessment Conference"],
        ["MSG", "Most similar group of 15 areas, set by the Home Office"],
        [
            "VRU",
            "Violence Reduction Unit: the Dunsmere Combined Authority's team working on serious violence",
        ],
    ]
    return [
        p("8. Glossary", SA_H),
        booktabs(terms, [60, WIDTH - 60], styles=SA_BOOK),
        Spacer(1, 8),
        p(f"Questions about this assessment to {ANALYST}, Partnership Analyst.", SA),
    ]
