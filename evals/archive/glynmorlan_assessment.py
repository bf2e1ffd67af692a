"""Partnership AG's Strategic Assessment 2023 (October 2023), on the financial years 2020/21 to 2022/23:
DejaVu Sans with figures in DejaVu Sans Mono under the green band. Page 1 the key findings restating table
cells in words and the summary; page 2 scope and method, then recorded crime in twenty-one categories with
the years as columns, the change and the rate, a banded table that runs on to page 3 with its header
repeated; ten wards ranked by rate per 1,000 with anti-social behaviour; domestic abuse, serious violence and
anti-social behaviour with the years as rows; the most similar group; on a landscape page eight candidate
priorities scored on four MoRiLE-style measures and rated red, amber or green beside recommendations R1 to
R7; and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.glynmorlan_facts import (
    ANALYST,
    ASB,
    CATEGORIES,
    CRIME,
    DA_CRIMES,
    DA_INCIDENTS,
    DA_REPEAT,
    KNIFE,
    MARAC,
    MSG,
    NTE_VIOLENCE,
    POPULATION,
    PRIORITIES_NEW,
    SCORES,
    TOTALS,
    UNDER_25_SV,
    WARDS,
    YEARS,
    rag,
    rate,
)
from evals.archive.glynmorlan_layout import (
    LAND,
    SA,
    SA_CAPTION,
    SA_H,
    SA_LINED,
    SA_STYLES,
    WIDTH,
    Furniture,
    banded,
    boxed,
    lined,
    notice,
    p,
)
from evals.archive.glynmorlan_layout import render as render_pages
from evals.archive.names import GLYNMORLAN

LOOSE_CAPTION = SA_CAPTION.clone("GySaLooseCaption", keepWithNext=0)
TITLE_SA = "Glynmorlan Community Safety Partnership Strategic Assessment 2023"


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Assessment 2023 \u2013 OFFICIAL",
        label="Strategic Assessment 2023 \u00b7 Asesiad Strategol 2023",
        opening="band",
        foot="SA 2023 | {n}/{total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_SA, GLYNMORLAN), furniture)


def _story() -> list[Flowable]:
    return [*_summary(), *_crime(), *_themes(), *_scoring(), *_glossary()]


def _cat(name: str, year: str) -> int:
    return CRIME[year][CATEGORIES.index(name)]


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


def _pct(before: int, after: int) -> str:
    return f"{(after - before) / before * 100:+.1f}%"


def _summary() -> list[Flowable]:
    top = WARDS[0]
    return [
        Spacer(1, 12),
        p("Strategic Assessment 2023", SA_H.clone("GySaTitle", fontSize=20, leading=24)),
        p(
            f"Glynmorlan Community Safety Partnership \u00b7 October 2023 \u00b7 prepared by {ANALYST}, "
            "Community Safety Analyst, for the Strategic Group",
            SA,
        ),
        notice(),
        p("Key findings", SA_H),
        p(
            f"\u2022 Recorded crime rose by 4.7% in 2022/23 to {TOTALS[2]:,} offences, and by 14% over two "
            "years.<br/>"
            "\u2022 Shoplifting rose by nearly two-thirds in two years, from "
            f"{_cat('Shoplifting', '2020/21')} "
            f"to {_cat('Shoplifting', '2022/23')} offences.<br/>"
            "\u2022 Possession of weapons offences rose by more than two-fifths over the same period, and "
            f"offences involving a knife or bladed article from {KNIFE[0]} to {KNIFE[2]}.<br/>"
            "\u2022 Residential burglary fell by about a sixth, the one large category to fall in both "
            "years.<br/>"
            f"\u2022 {top[0]}, the town centre ward, has a crime rate of {rate(top[2], top[1])} per 1,000 "
            f"residents, more than three times the borough rate of {rate(TOTALS[2])}.<br/>"
            "\u2022 Violence in Pontgarreg town centre on Friday and Saturday nights rose by 42% in two "
            f"years, to {NTE_VIOLENCE[2]} offences.<br/>"
            "\u2022 Domestic abuse related crime rose for a second year; about one victim in three "
            f"({DA_REPEAT[2]}) "
            "is a repeat victim.<br/>"
            "\u2022 Anti-social behaviour incidents fell for a second year, by 14% since 2020/21.",
            SA,
        ),
        p("Summary", SA_H),
        p(
            "Glynmorlan's rate of recorded crime is higher than most of the areas it is compared with (11th "
            "of 15 in its most similar group), and the harms that are growing \u2014 violence against women "
            "and girls, knife crime and the exploitation of young people, and weekend violence in Pontgarreg "
            "\u2014 fall hardest on the most vulnerable. The assessment recommends that the Strategic Group "
            "replace the four priorities of the Community Safety Plan 2021-24 with three for 2024-27: "
            + "violence against women, domestic abuse and sexual violence (VAWDASV); serious violence and "
            "the "
            "criminal exploitation of children and young people; and a safer Pontgarreg town centre and "
            "night-time economy, including anti-social behaviour (section 6).",
            SA,
        ),
        PageBreak(),
    ]


def _crime() -> list[Flowable]:
    rows = [["Offence category", *YEARS, "Change 21/22 to 22/23", "% change", "Rate per 1,000 (22/23)"]]
    before, after = CRIME["2021/22"], CRIME["2022/23"]
    for i, name in enumerate(CATEGORIES):
        rows.append(
            [
                name,
                *(f"{CRIME[y][i]:,}" for y in YEARS),
                f"{after[i] - before[i]:+,}",
                _pct(before[i], after[i]),
                rate(after[i]),
            ]
        )
    rows.append(
        [
            "<b>All recorded crime</b>",
            *(f"<b>{t:,}</b>" for t in TOTALS),
            f"<b>{TOTALS[2] - TOTALS[1]:+,}</b>",
            f"<b>{_pct(TOTALS[1], TOTALS[2])}</b>",
            f"<b>{rate(TOTALS[2])}</b>",
        ]
    )
    sources = [
        ["Source", "Held by", "Used for"],
        ["Recorded crime and incidents", "Dyfnant Police", "Sections 2, 3 and 4"],
        ["Anti-social behaviour case system", "Glynmorlan County Borough Council", "Sections 3 and 4"],
        ["MARAC returns", "MARAC coordinator", "Section 4"],
        ["Youth justice caseload", "Glynmorlan Youth Justice Service", "Section 4"],
        ["Most similar group figures", "Home Office and Dyfnant Police", "Section 5"],
        ["Partners' workshop scores", "Community Safety Analyst", "Section 6"],
    ]
    wards = [
        ["Rank", "Ward", "Population", "Recorded crime", "Rate per 1,000", "ASB incidents", "ASB per 1,000"]
    ]
    for i, (ward, population, crimes, asb) in enumerate(WARDS, 1):
        wards.append(
            [str(i), ward, f"{population:,}", f"{crimes:,}", rate(crimes, population), f"{asb:,}",
             rate(asb, population)]
        )  # fmt: skip
    wards.append(
        ["", "<b>Glynmorlan</b>", f"<b>{POPULATION:,}</b>", f"<b>{TOTALS[2]:,}</b>",
         f"<b>{rate(TOTALS[2])}</b>", f"<b>{ASB[2]:,}</b>", f"<b>{rate(ASB[2])}</b>"]
    )  # fmt: skip
    return [
        p("1. Scope and method", SA_H),
        p(
            "The assessment covers the three financial years 2020/21, 2021/22 and 2022/23 (April to March). "
            "It draws on Dyfnant Police recorded crime and incident data, the Council's anti-social "
            "behaviour case system, MARAC returns, Youth Justice Service data and the Pontgarreg town centre "
            "night-time economy marker, which flags offences in the town centre zone between 10 pm and 4 am "
            "on Friday and Saturday nights."
        ),
        p(
            f"Rates per 1,000 residents use the mid-2022 population estimate of {POPULATION:,}. Ward figures "
            "are for 2022/23 and count offences where they happened. The comparison with the most similar "
            "group uses the published figures for the fifteen community safety partnership areas in the "
            "group."
        ),
        p(
            "Candidate priorities were scored at a workshop of partners on 6 September 2023 on four "
            "measures, "
            "each from 1 to 5: harm, likelihood, public expectation and the gap in the partners' capacity to "
            "respond. A total of 16 or more is rated Red, 12 to 15 Amber and 11 or less Green."
        ),
        p("Data sources", SA_CAPTION),
        lined(sources, [150, 150, WIDTH - 300], styles=SA_LINED),
        p(
            "Recorded crime counts offences recorded by the police under the Home Office counting rules; "
            "changes in recording practice, such as the counting of stalking and harassment since 2018, "
            "affect some categories. Anti-social behaviour counts incidents reported to the police and the "
            "Council, with duplicates removed."
        ),
        p("2. Recorded crime", SA_H),
        p(
            "Table 1 gives recorded crime by offence category with the years as columns. Most categories of "
            "violence and theft rose in 2022/23; residential burglary, vehicle offences and criminal "
            "damage were "
            "among the exceptions."
        ),
        # Not kept with the table: the table starts under it and runs on to the next page.
        p("Table 1. Recorded crime by offence category, Glynmorlan, 2020/21 to 2022/23", LOOSE_CAPTION),
        banded(
            rows,
            [150, 46, 46, 46, 62, 52, WIDTH - 402],
            figs=(1, 2, 3, 4, 5, 6),
            styles=SA_STYLES,
            total=True,
        ),
        p("Source: Dyfnant Police recorded crime, extracted 14 April 2023.", SA_CAPTION),
        p("3. Where crime happens", SA_H),
        p(
            "Crime is concentrated in Pontgarreg Central, which holds the town centre, the bus and rail "
            "stations and most of the licensed premises. Table 2 ranks the wards by their rate of recorded "
            "crime."
        ),
        p("Table 2. Recorded crime and anti-social behaviour by ward, 2022/23", SA_CAPTION),
        lined(wards, [36, 110, 58, 64, 62, 62, WIDTH - 392], figs=(2, 3, 4, 5, 6), styles=SA_LINED),
        PageBreak(),
    ]


def _themes() -> list[Flowable]:
    themes = [
        ["Year", "Domestic abuse related crimes", "Domestic abuse incidents (no crime)", "Repeat victims",
         "MARAC cases", "Knife or bladed article offences", "Town centre night-time violence",
         "Serious violence victims under 25", "ASB incidents"],
    ]  # fmt: skip
    for i, year in enumerate(YEARS):
        themes.append(
            [year, f"{DA_CRIMES[i]:,}", f"{DA_INCIDENTS[i]:,}", DA_REPEAT[i], str(MARAC[i]), str(KNIFE[i]),
             str(NTE_VIOLENCE[i]), str(UNDER_25_SV[i]), f"{ASB[i]:,}"]
        )  # fmt: skip
    msg = [["Measure (2022/23)", "Glynmorlan rate per 1,000", "Group average", "Position of 15"]]
    msg += [list(row) for row in MSG]
    return [
        p("4. Domestic abuse, serious violence and anti-social behaviour", SA_H),
        p(
            "Table 3 brings together the measures behind the themes the partnership works on, with the years "
            "as rows. Domestic abuse related crime rose by 18% over the two years while incidents where no "
            "crime was recorded stayed level, which partners read as more victims coming forward. MARAC "
            "cases reached a new high."
        ),
        p("Table 3. Themes, Glynmorlan, 2020/21 to 2022/23", SA_CAPTION),
        boxed(themes, [44, *([(WIDTH - 44) / 8] * 8)], figs=(1, 2, 3, 4, 5, 6, 7, 8), styles=SA_LINED),
        p(
            "Serious violence under the Serious Violence Duty covers homicide, violence with injury "
            "involving "
            "a weapon, robbery and knife possession. The number of victims under 25 rose from "
            f"{UNDER_25_SV[0]} to {UNDER_25_SV[2]}; the Youth Justice Service reports more children found "
            "carrying drugs for lines from outside the county."
        ),
        p(
            "Anti-social behaviour incidents fell in both years. Pontgarreg Central accounts for about a "
            "quarter of them, mostly on weekend nights."
        ),
        p("5. How Glynmorlan compares", SA_H),
        p(
            "Glynmorlan is compared with the fourteen other community safety partnership areas most like it "
            "in population, deprivation and geography. Position 1 has the lowest rate."
        ),
        p("Table 4. Most similar group comparison, 2022/23", SA_CAPTION),
        lined(msg, [190, 100, 90, WIDTH - 380], figs=(1, 2, 3), styles=SA_LINED),
        NextPageTemplate("land"),
        PageBreak(),
    ]


def _scoring() -> list[Flowable]:
    rows = [["Candidate priority", "Harm", "Likelihood", "Public expectation", "Capacity gap", "Total",
             "Rating"]]  # fmt: skip
    for area, *scores in SCORES:
        total = sum(scores)
        rows.append([area, *(str(s) for s in scores), str(total), rag(total)])
    recommendations = (
        ("R1", "Adopt three priorities for 2024-27: " + "; ".join(_lower_first(x) for x in PRIORITIES_NEW[:2])
         + f"; and {_lower_first(PRIORITIES_NEW[2])}."),
        ("R2", "Hand the lead for substance misuse to the Dyfnant Area Planning Board, and for hate crime "
         "and cohesion to the Public Services Board's cohesion programme, with an annual report to the "
         "Group."),
        ("R3", "Publish the serious violence strategy under the Serious Violence Duty by 31 January 2024, "
         "built on sections 4 and 6 of this assessment."),
        ("R4", "Fund mentoring for children at risk of criminal exploitation from the Serious Violence Duty "
         "grant."),
        ("R5", "Keep a weekend partnership presence in Pontgarreg town centre, and review the Safe Space "
         "hub's opening hours."),
        ("R6", "Ask the police to add a retail crime marker so that shoplifting in the town centre can be "
         "tracked."),
        ("R7", "Refresh this assessment in the autumn of 2025."),
    )  # fmt: skip
    return [
        p("6. Scoring the candidate priorities", SA_H),
        p(
            "Eight candidate priorities were scored by partners at the workshop on 6 September 2023. The "
            "three "
            "rated Red become the recommended priorities; anti-social behaviour is folded into the town "
            "centre priority."
        ),
        p("Table 5. Candidate priorities scored, September 2023", SA_CAPTION),
        banded(rows, [250, 70, 70, 90, 80, 60, LAND - 620], figs=(1, 2, 3, 4, 5), styles=SA_STYLES),
        p("7. Recommendations", SA_H),
        lined(
            [["No.", "Recommendation"], *[list(r) for r in recommendations]], [40, LAND - 40], styles=SA_LINED
        ),
        NextPageTemplate("one"),
        PageBreak(),
    ]


def _glossary() -> list[Flowable]:
    terms = (
        ("APB", "Area Planning Board: the regional body in Wales that plans and commissions substance misuse "
         "services."),
        ("ASB", "Anti-social behaviour."),
        ("BCU", "Basic command unit: the police's local policing area; Glynmorlan is one BCU."),
        ("CCE", "Child criminal exploitation."),
        ("MARAC", "Multi-agency risk assessment conference, for victims of domestic abuse at high risk."),
        ("MoRiLE", "Management of Risk in Law Enforcement: a way of scoring threats by harm, likelihood and "
         "the capacity to respond."),
        ("MSG", "Most similar group: the fifteen areas most like Glynmorlan, used for comparison."),
        ("NTE", "Night-time economy."),
        ("PSB", "Public Services Board, set up under the Well-being of Future Generations (Wales) Act 2015."),
        ("SVD", "Serious Violence Duty, under the Police, Crime, Sentencing and Courts Act 2022."),
        ("VAWDASV", "Violence against women, domestic abuse and sexual violence, the term used in Wales."),
    )  # fmt: skip
    return [
        p("8. Glossary", SA_H),
        lined([["Term", "Meaning"], *[list(t) for t in terms]], [70, WIDTH - 70], styles=SA_LINED),
    ]
