"""Partnership AJ's Strategic Intelligence Assessment 2025 (January 2025), on the calendar years 2022, 2023
and 2024: Bitstream Vera with DejaVu Serif Bold headings and tables in Helvetica, page 1 under the oxblood
"wave", a verdigris pill at the top of later pages and a foot "SIA 2025 · page n" at the left. Sections are
"Part 1" to "Part 7". Page 1 the summary with key findings restating table cells in words ("up by almost a
third", "one in every four") and the four priorities proposed for 2025-28; then the scope, sources and data
quality, recorded crime in seventeen categories with the years as columns, the change and the percentage
change, a "tide" table that runs on to the next page with its header repeated; themes (domestic abuse, serious
violence, knife crime, drug deaths, county lines, summer violence on the Quayside and anti-social behaviour)
with the years as rows; seven wards ranked by crime rate with anti-social behaviour and its summer share; the
most similar group; a MoRiLE-style scoring of ten areas (harm, likelihood and organisational gap added to a
score out of 100 and rated High, Medium or Standard); recommendations R1 to R7 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import SALTMARDEN
from evals.archive.saltmarden_facts import (
    ANALYST,
    ASB,
    CATEGORIES,
    COUNTY_LINES,
    CRIME,
    DA_CRIMES,
    DA_REPEAT,
    DRUG_DEATHS,
    KNIFE,
    MSG,
    POPULATION,
    PRIORITIES_NEW,
    PRIORITIES_OLD,
    RISKS,
    SERIOUS_VIOLENCE,
    SUMMER_ASB,
    SUMMER_NTE,
    TOTALS,
    WARDS,
    YEARS,
    pct,
    rate,
    rating,
)
from evals.archive.saltmarden_layout import (
    SA,
    SA_CAPTION,
    SA_H,
    SA_H2,
    SA_SMALL,
    SA_STYLES,
    WIDTH,
    Furniture,
    grid,
    notice,
    p,
    panel,
    tide,
)
from evals.archive.saltmarden_layout import render as render_pages

TITLE_SA = "Saltmarden Community Safety Partnership Strategic Intelligence Assessment 2025"
SA_TITLE = SA_H.clone("SlSaTitle", fontSize=23, leading=27, spaceBefore=22, spaceAfter=4)
WEAPONS = "Possession of weapons offences"
LOOSE_CAPTION = SA_CAPTION.clone("SlSaLooseCaption", keepWithNext=0)


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Intelligence Assessment 2025 \u2013 OFFICIAL",
        label="OFFICIAL  \u00b7  published January 2025",
        opening="wave",
        head_place="pill",
        foot="SIA 2025 \u00b7 page {n}",
        place="left",
        ruled=True,
    )
    return render_pages(path, _story, Meta(TITLE_SA, SALTMARDEN), furniture)


def _story() -> list[Flowable]:
    return [*_summary(), *_method(), *_crime(), *_themes(), *_wards(), *_risks(), *_glossary()]


def _cat(name: str, year: int) -> int:
    return CRIME[YEARS[year]][CATEGORIES.index(name)]


def _summary() -> list[Flowable]:
    quayside = WARDS[0]
    findings = [
        f"Police recorded {TOTALS[2]:,} crimes in Saltmarden in 2024, {pct(TOTALS[1], TOTALS[2])} on 2023 "
        f"and {TOTALS[2] - TOTALS[0]:,} more than in 2022.",
        f"Shoplifting rose by almost a third in a year, to {_cat('Shoplifting', 2):,} offences, and is now "
        "one crime in every nine.",
        f"Possession of weapons offences rose for the second year running, to {_cat(WEAPONS, 2)}; offences "
        f"involving a knife or sharp instrument reached {KNIFE[2]}.",
        f"Domestic abuse related crime rose again, to {DA_CRIMES[2]:,}, and almost one victim in three "
        f"({DA_REPEAT[2]}) was a repeat victim within the year.",
        f"Quayside, the town centre and harbour ward, has a crime rate of {rate(quayside[2], quayside[1])} "
        f"per 1,000 residents, more than three times the district's {rate(TOTALS[2])}.",
        f"Violence on the Quayside on summer weekend evenings rose to {SUMMER_NTE[2]} offences, the highest "
        "of the three years.",
        f"Anti-social behaviour rose to {ASB[2]:,} incidents after a fall in 2023; two in five incidents "
        "on the Quayside happen between June and August.",
        f"Eleven county lines were identified running into the district in 2024, against {COUNTY_LINES[0]} "
        "in 2022.",
    ]
    proposed = [p(f"<b>{i}.</b> {t}", SA) for i, t in enumerate(PRIORITIES_NEW, 1)]
    return [
        p("Strategic Intelligence Assessment 2025", SA_TITLE),
        p(
            f"Saltmarden Community Safety Partnership \u00b7 January 2025 \u00b7 prepared by {ANALYST}, "
            "Community Safety Analyst, Carrowshire County Council, for the Leadership Board",
            SA,
        ),
        notice(),
        p("Part 1: Summary", SA_H),
        p(
            "This assessment looks at crime and disorder in Saltmarden in the calendar year 2024 and "
            "compares "
            "it with 2022 and 2023. It will inform the partnership's priorities for April 2025 to March "
            "2028, "
            "when the current four priorities for 2022-25 end.",
            SA,
        ),
        p("Key findings", SA_H2),
        *(p(f"\u2013&nbsp;&nbsp;{f}", SA) for f in findings),
        p("Priorities proposed for 2025-28", SA_H2),
        panel(proposed, WIDTH),
        Spacer(1, 4),
        p(
            "The four are the areas rated High in the scoring in Part 6, with serious violence and "
            "exploitation "
            "joined as one priority and drug harm kept within it. Drug and alcohol related harm, a priority "
            "since 2022, would no longer stand alone.",
            SA,
        ),
        PageBreak(),
    ]


def _method() -> list[Flowable]:
    old = "; ".join(PRIORITIES_OLD)
    return [
        p("Part 2: Scope, sources and data quality", SA_H),
        p(
            "The assessment meets the partnership's duty to review crime and disorder each year and to set "
            f"priorities. The priorities for 2022-25 were: {old}.",
            SA,
        ),
        p(
            "Each year in this assessment is a calendar year, January to December, so that summer on the "
            "seafront falls within a single year. Data come from Carrowshire Constabulary (recorded crime "
            "and "
            "anti-social behaviour incidents, extracted on 6 January 2025), the District Council's "
            "anti-social behaviour team, the MARAC, Carrowshire Domestic Abuse Service, the Youth Justice "
            "Service, Public Health Carrowshire (drug-related deaths by year of registration) and the "
            f"Constabulary's county lines tracker. Rates use the mid-2023 population estimate of "
            f"{POPULATION:,} and ward estimates of the same year; summer visitors are not counted, so rates "
            "in Quayside and Skerrow overstate the risk to any one person.",
            SA,
        ),
        p("Context", SA_H2),
        p(
            "Saltmarden is a coastal district of seven wards on the east of Carrowshire. Its town, "
            "Saltmarden, "
            "holds the harbour, the Quayside and the seafront; Whelkby and Wrackford are estates built for "
            "the "
            "fishing industry; Sandlingham and Brinehurst are commuter villages; Marshfleet and Skerrow are "
            "coastal villages whose population doubles in summer. About 2.4 million day visits are made to "
            "the "
            "district each year, more than half of them between June and August.",
            SA,
        ),
        p(
            "The district is policed by the Constabulary's East Area. Fire and rescue, probation, youth "
            "justice "
            "and public health are organised across the county, and the District Council holds the "
            "partnership's fund and reserve.",
            SA,
        ),
        p(
            "Data quality. Anti-social behaviour reported to both the police and the council is counted "
            "once. "
            "Shoplifting has risen partly because two supermarkets joined the county's online reporting "
            "scheme in March 2024. Drug offences depend on police activity and rose with stop and search on "
            "the Quayside.",
            SA,
        ),
    ]


def _crime() -> list[Flowable]:
    rows = [["Offence category", *YEARS, "Change 2023 to 2024", "% change"]]
    for i, name in enumerate(CATEGORIES):
        before, after = CRIME[YEARS[1]][i], CRIME[YEARS[2]][i]
        rows.append([name, *(f"{CRIME[y][i]:,}" for y in YEARS), f"{after - before:+,}", pct(before, after)])
    rows.append(
        ["<b>All recorded crime</b>", *(f"<b>{t:,}</b>" for t in TOTALS),
         f"<b>{TOTALS[2] - TOTALS[1]:+,}</b>", f"<b>{pct(TOTALS[1], TOTALS[2])}</b>"]
    )  # fmt: skip
    return [
        p("Part 3: Recorded crime", SA_H),
        p(
            "Recorded crime rose in both years. Shoplifting accounts for more than half of the rise in 2024; "
            "burglary of homes fell for the second year running and bicycle theft fell after a rise in "
            "2023. Robbery figures are small and move from year to year.",
            SA,
        ),
        p(
            "Violence with injury and violence without injury rose in both years. Stalking and harassment "
            "has "
            "risen as the Constabulary records more of the malicious messages reported to it.",
            SA,
        ),
        p(
            "Criminal damage and arson fell slightly for the second year, though damage to beach huts and "
            "boats in Skerrow and Marshfleet rose.",
            SA,
        ),
        p(
            "Table 1: recorded crime by offence category, Saltmarden, calendar years 2022 to 2024",
            LOOSE_CAPTION,
        ),
        tide(rows, [170, 58, 58, 58, 80, WIDTH - 424], figs=(1, 2, 3, 4, 5), styles=SA_STYLES, total=True),
        Spacer(1, 4),
        p(
            "Counts are of crimes, not victims or offenders, as they stood on 6 January 2025. Crimes later "
            "found not to have happened are removed.",
            SA_SMALL,
        ),
    ]


def _themes() -> list[Flowable]:
    rows = [
        ["Year", "ASB incidents", "DA-related crimes", "Repeat DA victims", "Most serious violence",
         "Knife or sharp instrument offences", "Drug-related deaths", "County lines identified",
         "Quayside summer weekend violence"],
    ]  # fmt: skip
    for i, year in enumerate(YEARS):
        rows.append(
            [year, f"{ASB[i]:,}", f"{DA_CRIMES[i]:,}", DA_REPEAT[i], str(SERIOUS_VIOLENCE[i]), str(KNIFE[i]),
             str(DRUG_DEATHS[i]), str(COUNTY_LINES[i]), str(SUMMER_NTE[i])]
        )  # fmt: skip
    w = (WIDTH - 40) / 8
    return [
        p("Part 4: Themes", SA_H),
        p(
            "Table 2 brings together the measures behind the proposed priorities. Quayside summer weekend "
            "violence is violence against the person recorded in the Quayside ward on Friday and Saturday "
            "evenings (6 pm to 4 am) in June, July and August.",
            SA,
        ),
        p("Table 2: themes by calendar year, 2022 to 2024", SA_CAPTION),
        grid(rows, [40, *([w] * 8)], figs=(1, 2, 3, 4, 5, 6, 7, 8), styles=SA_STYLES),
        Spacer(1, 5),
        p(
            f"Domestic abuse related crime has risen each year, from {DA_CRIMES[0]:,} to {DA_CRIMES[2]:,}. "
            "The "
            "outreach worker funded by the partnership supported 164 victims in 2024, and the MARAC heard "
            "212 "
            "cases.",
            SA,
        ),
        p(
            "Drug-related deaths fell in 2023 and rose again in 2024. County lines running into Saltmarden "
            "use flats in Whelkby and holiday lets in Skerrow; cuckooing was found at eleven addresses in "
            "2024.",
            SA,
        ),
    ]


def _wards() -> list[Flowable]:
    rows = [
        ["Ward", "Population", "Recorded crimes", "Rate per 1,000", "ASB incidents", "ASB June to August"]
    ]
    for ward, population, crimes, asb, summer in WARDS:
        rows.append([ward, f"{population:,}", f"{crimes:,}", rate(crimes, population), f"{asb:,}", summer])
    rows.append(
        ["Saltmarden", f"{POPULATION:,}", f"{TOTALS[2]:,}", rate(TOTALS[2]), f"{ASB[2]:,}", SUMMER_ASB]
    )
    msg = [["Measure", "Saltmarden rate per 1,000", "Group average", "Position out of 15"]]
    msg += [list(m) for m in MSG]
    return [
        p("Part 5: Places", SA_H),
        p(
            "Crime is concentrated in Quayside, which holds the harbour, the bus station, most of the "
            "district's pubs and the main shopping streets. Skerrow, a village of holiday lets, has few "
            "residents but many visitors in summer.",
            SA,
        ),
        p("Table 3: recorded crime and anti-social behaviour by ward, 2024, highest rate first", SA_CAPTION),
        tide(rows, [100, 70, 80, 80, 80, WIDTH - 410], figs=(1, 2, 3, 4, 5), styles=SA_STYLES, total=True),
        p("Saltmarden and its most similar group", SA_H2),
        p(
            "The Home Office's most similar group sets Saltmarden beside the 14 community safety partnership "
            "areas most like it. A position of 1st is the lowest rate in the group.",
            SA,
        ),
        p("Table 4: rates per 1,000 residents, 2024, most similar group of 15", SA_CAPTION),
        tide(msg, [170, 110, 100, WIDTH - 380], figs=(1, 2, 3), styles=SA_STYLES),
        Spacer(1, 4),
        p(
            "Saltmarden is 14th of 15 for shoplifting, its worst position, and 5th for residential burglary, "
            "where its rate is below the group average.",
            SA,
        ),
    ]


def _risks() -> list[Flowable]:
    rows = [["Area", "Harm (of 40)", "Likelihood (of 30)", "Organisational gap (of 30)", "Score (of 100)",
             "Rating"]]  # fmt: skip
    for area, harm, likelihood, gap in RISKS:
        score = harm + likelihood + gap
        rows.append([area, str(harm), str(likelihood), str(gap), str(score), rating(score)])
    recs = [
        ("R1", "Adopt the four priorities for 2025-28 proposed in Part 1."),
        ("R2", "Fund the domestic abuse outreach worker for two years at a time, so that the post can be "
               "kept."),
        ("R3", "Work with retailers and the Carrowshire Business Crime Partnership on shop theft, including "
               "a dedicated officer if retailers will share the cost."),
        ("R4", "Keep summer patrols on the seafront and the Quayside, and review them each September."),
        ("R5", "Bring the county lines tracker and cuckooing referrals from Brinehurst Homes to each Board "
               "meeting."),
        ("R6", "Review the Small Grants Panel's limit, which has not changed since 2022."),
        ("R7", "Repeat this assessment in January 2026 on the calendar year 2025."),
    ]  # fmt: skip
    return [
        p("Part 6: Scoring the risks", SA_H),
        p(
            "Analysts from the Constabulary, the councils, public health and youth justice scored each area "
            "at "
            "a workshop on 14 January 2025, in the manner of MoRiLE: harm to victims and communities (out of "
            "40), likelihood and frequency (out of 30) and the gap in what partners can do about it (out of "
            "30). The three are added. A score of 65 or more is rated High, 45 to 64 Medium and below 45 "
            "Standard.",
            SA,
        ),
        p("Table 5: risk scoring, 14 January 2025", SA_CAPTION),
        tide(rows, [170, 52, 62, 80, 56, WIDTH - 420], figs=(1, 2, 3, 4), styles=SA_STYLES),
        p("Part 7: Recommendations", SA_H),
        *(p(f"<b>{number}</b>&nbsp;&nbsp;{text}", SA) for number, text in recs),
    ]


def _glossary() -> list[Flowable]:
    terms = [
        ["Term", "Meaning"],
        ["ASB", "Anti-social behaviour"],
        ["Cuckooing", "Taking over the home of a vulnerable person to deal drugs from it"],
        ["DA", "Domestic abuse"],
        ["MARAC", "Multi-Agency Risk Assessment Conference"],
        ["MoRiLE", "Management of Risk in Law Enforcement: a way of scoring harm, likelihood and capacity"],
        ["MSG", "Most similar group of 15 areas, set by the Home Office"],
        ["OPFCC", "Office of the Police, Fire and Crime Commissioner"],
    ]
    return [
        p("Glossary", SA_H2),
        grid(terms, [70, WIDTH - 70], styles=SA_STYLES),
        Spacer(1, 8),
        p(f"Questions about this assessment to {ANALYST}, Community Safety Analyst.", SA),
    ]
