"""Partnership AH's Strategic Assessment 2024 (November 2024), on the financial years 2021/22 to 2023/24: STIX
General with figures in DejaVu Sans Mono under the plum ribbon, a foot "RCSP SA 2024 \u00b7 page n of total"
at the left. Page 1 the executive summary with key findings restating table cells in words ("up by almost a
third", "more than three times") and the priorities proposed; then scope and method and recorded crime in
twenty categories with the years as columns, the change and the percentage change, a plum table that runs on
to the next page with its header repeated; nine wards ranked by rate per 1,000 with anti-social behaviour;
domestic abuse, serious violence, the night-time economy and anti-social behaviour with the years as rows;
the most similar group; on a landscape page eight areas scored on four measures out of 5 and rated red, amber
or green, with recommendations R1 to R7; and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import RUSHBECK
from evals.archive.rushbeck_facts import (
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
from evals.archive.rushbeck_layout import (
    LAND,
    SA,
    SA_CAPTION,
    SA_H,
    SA_LEDGER,
    SA_STYLES,
    WIDTH,
    Furniture,
    grid,
    ledger,
    notice,
    p,
    plum,
)
from evals.archive.rushbeck_layout import render as render_pages

LOOSE_CAPTION = SA_CAPTION.clone("RbSaLooseCaption", keepWithNext=0)
TITLE_SA = "Rushbeck Community Safety Partnership Strategic Assessment 2024"


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Assessment 2024",
        head_right="OFFICIAL \u2013 for partnership use",
        label="Strategic Assessment 2024",
        opening="ribbon",
        foot="RCSP SA 2024 \u00b7 page {n} of {total}",
        place="left",
    )
    return render_pages(path, _story, Meta(TITLE_SA, RUSHBECK), furniture)


def _story() -> list[Flowable]:
    return [*_summary(), *_crime(), *_themes(), *_scoring(), *_glossary()]


def _cat(name: str, year: str) -> int:
    return CRIME[year][CATEGORIES.index(name)]


def _pct(before: int, after: int) -> str:
    if before == 0:
        return "n/a"
    return f"{(after - before) / before * 100:+.1f}%"


def _change(before: int, after: int) -> str:
    return f"{after - before:+,}"


def _summary() -> list[Flowable]:
    top = WARDS[0]
    proposed = "".join(f"<br/>{i}. {t}" for i, t in enumerate(PRIORITIES_NEW, 1))
    return [
        Spacer(1, 16),
        p("Strategic Assessment 2024", SA_H.clone("RbSaTitle", fontSize=21, leading=25)),
        p(
            f"Rushbeck Community Safety Partnership \u00b7 November 2024 \u00b7 prepared by {ANALYST}, "
            "Partnership Analyst, Harlshire County Council, for the Strategy Board",
            SA,
        ),
        notice(),
        p("Executive summary", SA_H),
        p("Key findings", SA_H.clone("RbSaH2", fontSize=10.5, leading=13, spaceBefore=2)),
        p(
            f"\u2022 Recorded crime rose by 4.6% in 2023/24 to {TOTALS[2]:,} offences, the second rise in a "
            "row.<br/>"
            "\u2022 Shoplifting rose by almost a third in a year and is now 70% higher than in 2021/22, when "
            f"{_cat('Shoplifting', '2021/22')} offences were recorded.<br/>"
            "\u2022 Possession of weapons offences rose by just over a fifth, and offences involving a knife "
            f"or sharp instrument by half in two years, from {KNIFE[0]} to {KNIFE[2]}.<br/>"
            "\u2022 Residential burglary fell for the second year running and is down by about a seventh on "
            "2021/22.<br/>"
            f"\u2022 {top[0]}, the town centre ward, has a crime rate of {rate(top[2], top[1])} per 1,000 "
            f"residents, more than three times the district rate of {rate(TOTALS[2])}.<br/>"
            "\u2022 Domestic abuse related crime rose for the second year, and nearly one victim in three "
            f"({DA_REPEAT[2]}) is a repeat victim.<br/>"
            "\u2022 Violence in Rushbeck town centre on Friday and Saturday nights rose by over a third in "
            "two "
            f"years, to {NTE_VIOLENCE[2]} offences.<br/>"
            f"\u2022 Anti-social behaviour fell again, to {ASB[2]:,} incidents.",
            SA,
        ),
        p("What this means", SA_H.clone("RbSaH3", fontSize=10.5, leading=13, spaceBefore=4)),
        p(
            "Rushbeck is not a high-crime district: it sits in the middle of its most similar group for most "
            "crime types. But the assessment points to three areas where harm is high and rising and where "
            "the partnership can add most. It proposes that the Strategy Board replace the four priorities "
            "of "
            f"2023-26 with three priorities for 2025-28:{proposed}",
            SA,
        ),
        p(
            "Drug and alcohol related harm scores lower than in 2022, and the Harlshire Combating Drugs "
            "Partnership now leads on it; child exploitation is proposed to sit within the serious violence "
            "priority. The scoring is on page 5 and the recommendations beside it.",
            SA,
        ),
        PageBreak(),
    ]


def _crime() -> list[Flowable]:
    rows = [["Crime type", *YEARS, "Change", "% change"]]
    for i, name in enumerate(CATEGORIES):
        before, after = CRIME["2022/23"][i], CRIME["2023/24"][i]
        rows.append([name, *(f"{CRIME[y][i]:,}" for y in YEARS), _change(before, after), _pct(before, after)])
    rows.append(
        ["<b>All recorded crime</b>", *(f"<b>{t:,}</b>" for t in TOTALS),
         f"<b>{_change(TOTALS[1], TOTALS[2])}</b>",
         f"<b>{_pct(TOTALS[1], TOTALS[2])}</b>"]
    )  # fmt: skip
    wards = [["Ward", "Population", "Crimes 2023/24", "Rate per 1,000", "ASB incidents"]]
    for ward, population, crimes, asb in WARDS:
        wards.append([ward, f"{population:,}", f"{crimes:,}", rate(crimes, population), f"{asb:,}"])
    wards.append(["<b>Rushbeck district</b>", f"<b>{POPULATION:,}</b>", f"<b>{TOTALS[2]:,}</b>",
                  f"<b>{rate(TOTALS[2])}</b>", f"<b>{ASB[2]:,}</b>"])  # fmt: skip
    return [
        p("1. Scope and method", SA_H),
        p(
            "This assessment covers the three financial years from 1 April 2021 to 31 March 2024. It uses "
            "crimes recorded by Harlshire Constabulary, anti-social behaviour incidents reported to the "
            "police and the District Council, domestic abuse data from the MARAC and from Rushbeck Safe "
            "Haven, hospital emergency department data on assaults shared by the Integrated Care Board, "
            "and youth justice data. Police data were extracted on 3 July 2024; later reclassifications are "
            "not included.",
            SA,
        ),
        p(
            f"Rates use the mid-2022 population estimate for the district, {POPULATION:,}, and for each "
            "ward. "
            "Comparisons with other areas use the Home Office's most similar group of 15 community safety "
            "partnership areas; a position of 1st means the lowest rate in the group.",
            SA,
        ),
        p(
            "Each possible priority was scored from 1 to 5 on four measures: harm to victims and "
            "communities, volume and trend, community concern (from the residents' survey and councillors' "
            "casework) and the gap between the need and what partners already do. Scores were agreed at an "
            "analysts' workshop on 2 October 2024 with police, council, health and youth justice analysts.",
            SA,
        ),
        p(
            "Counts are of crimes, not victims: one victim may be the subject of several crimes. Where a "
            "category holds fewer than ten crimes a year its percentage change is not a reliable guide "
            "and should not be read as a trend.",
            SA,
        ),
        p(
            "Data quality. Harlshire Constabulary's crime recording was inspected in 2023 and rated good. "
            "Anti-social behaviour incidents reported to the District Council are matched against police "
            "incidents so that one incident reported to both is counted once. Hospital data are counted by "
            "the patient's home postcode, so they include assaults that took place outside the district. "
            "Youth justice data cover children aged 10 to 17 only.",
            SA,
        ),
        p(
            "Context. Rushbeck is a mainly rural district with two market towns, Rushbeck and Eastwold, and "
            "the larger estates of Coldharbour and Marrick Bridge. Its population grew by about 4% between "
            "the 2011 and 2021 censuses, and the share aged over 65 is above the national average. The "
            "Rushbeck Market ward holds the town centre's shops, bars and bus station.",
            SA,
        ),
        p("2. Recorded crime", SA_H),
        p(
            "Recorded crime rose in both years. The rise in 2023/24 was driven by shoplifting, stalking and "
            "harassment and violence with injury; violence without injury, criminal damage and residential "
            "burglary fell.",
            SA,
        ),
        p(
            "Table 1: recorded crime by type, Rushbeck district, 2021/22 to 2023/24 (change and % change are "
            "2023/24 on 2022/23)",
            LOOSE_CAPTION,
        ),
        plum(rows, [168, 58, 58, 58, 60, WIDTH - 402], figs=(1, 2, 3, 4, 5), styles=SA_STYLES),
        Spacer(1, 6),
        p("3. Where crime happens", SA_H),
        p(
            "Crime is concentrated in the town centre ward of Rushbeck Market and in Eastwold and "
            "Coldharbour. The three wards hold under a third of the population but over half of recorded "
            "crime.",
            SA,
        ),
        p("Table 2: recorded crime and anti-social behaviour by ward, 2023/24, ranked by rate", SA_CAPTION),
        ledger(wards, [150, 76, 90, 86, WIDTH - 402], figs=(1, 2, 3, 4), styles=SA_LEDGER),
    ]


def _themes() -> list[Flowable]:
    themes = [
        ["Year", "DA-related crimes", "DA incidents (not crimes)", "Repeat victims", "MARAC cases",
         "Knife offences", "Serious violence victims under 25", "Night-time violence, town centre",
         "ASB incidents"],
    ]  # fmt: skip
    for i, year in enumerate(YEARS):
        themes.append(
            [year, f"{DA_CRIMES[i]:,}", f"{DA_INCIDENTS[i]:,}", DA_REPEAT[i], str(MARAC[i]), str(KNIFE[i]),
             str(UNDER_25_SV[i]), str(NTE_VIOLENCE[i]), f"{ASB[i]:,}"]
        )  # fmt: skip
    msg = [["Measure (2023/24)", "Rushbeck rate per 1,000", "Group average", "Position out of 15"]]
    msg += [list(m) for m in MSG]
    w = (WIDTH - 46) / 8
    return [
        p("4. Themes", SA_H),
        p(
            "Table 3 brings together the measures behind the proposed priorities. Night-time violence is "
            "violence against the person recorded in Rushbeck town centre between 10 pm and 4 am on Friday "
            "and Saturday nights.",
            SA,
        ),
        p(
            "Table 3: domestic abuse, serious violence and anti-social behaviour, 2021/22 to 2023/24",
            SA_CAPTION,
        ),
        grid(themes, [46, *([w] * 8)], figs=(1, 2, 3, 4, 5, 6, 7, 8), styles=SA_LEDGER),
        p(
            f"Domestic abuse related crime rose from {DA_CRIMES[0]:,} to {DA_CRIMES[2]:,} in two years, "
            "while "
            "incidents not recorded as crimes stayed level. Stalking and harassment, much of it by former "
            f"partners, reached {_cat('Stalking and harassment', '2023/24'):,} offences. The MARAC heard "
            f"{MARAC[2]} cases in 2023/24.",
            SA,
        ),
        p(
            f"Victims of serious violence aged under 25 rose from {UNDER_25_SV[0]} to {UNDER_25_SV[2]}. The "
            "Youth Justice Service reports more under-18s arrested for carrying knives, most of them in "
            "Coldharbour and Eastwold.",
            SA,
        ),
        p("5. Rushbeck and its most similar group", SA_H),
        p(
            "Table 4: rates per 1,000 residents, 2023/24, against the most similar group of 15 areas",
            SA_CAPTION,
        ),
        ledger(msg, [170, 110, 100, WIDTH - 380], figs=(1, 2, 3), styles=SA_LEDGER),
        p(
            "Shoplifting is where Rushbeck stands out most: 13th of 15, with a rate well above the group "
            "average. Residential burglary is low for the group.",
            SA,
        ),
        NextPageTemplate("land"),
        PageBreak(),
    ]


def _scoring() -> list[Flowable]:
    rows = [["Area", "Harm", "Volume and trend", "Community concern", "Capacity gap", "Total /20", "RAG"]]
    for area, *scores in SCORES:
        total = sum(scores)
        rows.append([area, *(str(s) for s in scores), str(total), rag(total)])
    recs = [
        ["No.", "Recommendation"],
        ["R1", "Adopt three priorities for 2025-28: violence against women and girls; serious violence and "
         "knife crime involving young people; safer town centres (anti-social behaviour and shop theft)."],
        ["R2", "Pass the lead on drug and alcohol related harm to the Harlshire Combating Drugs Partnership, "
         "with a report to the Strategy Board every six months."],
        ["R3", "Evaluate the Night Safe Marshals pilot before deciding on any extension, using the "
         "town-centre night-time violence count."],
        ["R4", "Agree a shop theft problem-solving plan for Rushbeck Market and Eastwold with the BID and "
         "the police."],
        ["R5", "Share knife possession data for under-25s between the police and the Youth Justice Service "
         "every quarter."],
        ["R6", "Audit how stalking is flagged in police records before the next assessment."],
        ["R7", "Refresh this assessment in autumn 2026."],
    ]  # fmt: skip
    return [
        p("6. Scoring the possible priorities", SA_H),
        p(
            "Each area was scored from 1 (low) to 5 (high) on the four measures. A total of 15 or more is "
            "rated Red, 11 to 14 Amber and 10 or less Green. Red areas are proposed as priorities; Amber "
            "areas are kept under review by a lead partner.",
            SA,
        ),
        p("Table 5: scoring of possible priorities, agreed 2 October 2024", SA_CAPTION),
        ledger(rows, [230, 62, 90, 100, 82, 64, 60], figs=(1, 2, 3, 4, 5), styles=SA_LEDGER),
        p("7. Recommendations", SA_H),
        plum(recs, [40, LAND - 40], styles=(*SA_STYLES[:2], SA_STYLES[2], SA_STYLES[2])),
        NextPageTemplate("one"),
        PageBreak(),
    ]


def _glossary() -> list[Flowable]:
    terms = [
        ["Term", "Meaning"],
        ["ASB", "Anti-social behaviour"],
        ["BID", "Business Improvement District: Rushbeck Town Centre BID, run by town centre businesses"],
        ["CSP", "Community Safety Partnership, the statutory partnership under the Crime and Disorder Act "
                "1998"],
        ["DA", "Domestic abuse"],
        ["IDVA", "Independent Domestic Violence Adviser, who supports victims at high risk"],
        ["MARAC", "Multi-Agency Risk Assessment Conference, which plans safety for high-risk victims of "
         "domestic abuse"],
        ["MSG", "Most similar group: the 15 areas most like Rushbeck, set by the Home Office"],
        ["NTE", "Night-time economy"],
        ["RAG", "Red, amber, green: the rating given to each scored area"],
        ["VAWG", "Violence against women and girls"],
    ]  # fmt: skip
    return [
        p("8. Glossary", SA_H),
        ledger(terms, [70, WIDTH - 70], styles=SA_LEDGER),
        Spacer(1, 10),
        p(
            f"Questions about this assessment to {ANALYST}, Partnership Analyst, or to the Community Safety "
            "Team, Rushbeck District Council.",
            SA,
        ),
    ]
