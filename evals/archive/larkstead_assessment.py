"""Partnership AA's Strategic Assessment 2023 (November 2023), on the calendar years 2020 to 2022: key
findings restating table cells in words, a method section, a 21-row crime table with three years as
columns, the change and % change that runs from one page onto the next with its header repeated, eleven
wards with population, crimes, the rate per 1,000 and ASB beside a bar chart of the rates, domestic abuse
and rural and heritage crime with the years as rows, the most similar group (position of 15), a threat,
harm, risk and trend score out of 20 rated red, amber or green, recommendations R1 to R7 with three draft
priorities and a glossary on a two-column page."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.larkstead_facts import (
    ANALYST,
    CRIMES,
    DOMESTIC,
    MSG,
    POPULATION,
    RECOMMENDED_2427,
    RURAL,
    SCORES,
    TOTALS,
    WARDS,
)
from evals.archive.larkstead_layout import (
    LAND_WIDTH,
    SMALL,
    WIDTH,
    Furniture,
    arrows,
    bar_chart,
    caption,
    framed,
    heading,
    ledger,
    masthead,
    note,
    p,
    pct,
    rate,
    render_pages,
    runin,
    subheading,
)
from evals.archive.names import LARKSTEAD

TITLE = "Larkstead Community Safety Partnership Strategic Assessment 2023"


DRIVERS = {
    "Domestic abuse and VAWG": "DA-related crime up 19.7% since 2020; repeat victims up to 36%; one domestic "
    "homicide review in the last three years",
    "Serious violence and exploitation": "Weapons possession up 19.7% in 2022; county lines activity "
    "reported in Marlpit and Fernside; young people drawn into dealing",
    "Neighbourhood crime and ASB": "3,562 ASB incidents in 2022, almost half of them in three wards; vehicle "
    "offences up 12.1%",
    "Shoplifting and retail crime": "Up 35.8% in 2022 and 53.7% since 2020, mostly in Larkstead Castle ward; "
    "low harm to individuals",
    "Fraud against older residents": "Reports rising and harm to older victims high, but local data are thin "
    "and most investigation is national",
    "Rural and heritage crime": "Thefts of farm machinery down a third in 2022; heritage crime at its lowest "
    "in three years",
    "Drug supply and misuse": "Drug offences up 19.1% in 2022; led in the county by the Combating Drugs "
    "Partnership",
}


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Assessment 2023 (calendar years 2020-2022)",
        kind="STRATEGIC ASSESSMENT",
        foot="Strategic Assessment 2023 · page {n} of {total}",
    )
    return render_pages(path, _story, Meta(TITLE, LARKSTEAD), furniture)


def _crime_table() -> list[list[str]]:
    rows = [["Crime type", "2020", "2021", "2022", "Change 2021 to 2022", "% change"]]
    for name, a, b, c in CRIMES:
        rows.append([name, f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", pct(b, c)])
    a, b, c = TOTALS
    rows.append(["All recorded crime", f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", pct(b, c)])
    return rows


def _ward_table() -> list[list[str]]:
    rows = [["Ward", "Population (mid-2021)", "Crimes 2022", "Rate per 1,000", "ASB incidents 2022"]]
    for name, people, crimes, asb in WARDS:
        rows.append([name, f"{people:,}", f"{crimes:,}", rate(crimes, people), f"{asb:,}"])
    rows.append(
        [
            "Larkstead district",
            f"{POPULATION:,}",
            f"{TOTALS[2]:,}",
            rate(TOTALS[2], POPULATION),
            f"{sum(w[3] for w in WARDS):,}",
        ]
    )
    return rows


def _story() -> list[Flowable]:
    crime = {name: (a, b, c) for name, a, b, c in CRIMES}
    shop = crime["Shoplifting"]
    burglary = crime["Residential burglary"]
    weapons = crime["Possession of weapons offences"]
    top = max(WARDS, key=lambda w: w[2] / w[1])
    lowest = min(WARDS, key=lambda w: w[2] / w[1])
    by_rate = sorted(WARDS, key=lambda w: w[2] / w[1], reverse=True)
    scores = [["Theme", "Threat", "Harm", "Risk", "Trend", "Score /20", "Rating", "What drives the score"]]
    for theme, *parts, rag in SCORES:
        scores.append([theme, *(str(x) for x in parts), str(sum(parts)), rag, DRIVERS[theme]])
    domestic = [["Year", "DA-related crimes", "DA incidents (not crimes)", "Repeat victims", "Arrests"]]
    domestic += [[y, f"{a:,}", f"{b:,}", r, f"{n:,}"] for y, a, b, r, n in DOMESTIC]
    rural = [["Year", "Thefts of farm machinery and plant", "Heritage crimes", "Livestock offences"]]
    rural += [[y, str(a), str(b), str(c)] for y, a, b, c in RURAL]
    msg = [["Measure", "Larkstead rate per 1,000", "MSG average", "Position of 15"]]
    msg += [[m, r, a, f"{pos} of 15"] for m, r, a, pos in MSG]
    return [
        *masthead(
            "Strategic assessment",
            "Strategic Assessment 2023",
            "Crime and disorder in Larkstead, January 2020 to December 2022 · November 2023 · version 1.1 "
            "for the Leadership Board",
        ),
        Spacer(1, 8),
        heading("Key findings"),
        arrows(
            [
                f"Police recorded {TOTALS[2]:,} crimes in Larkstead in 2022, {pct(TOTALS[0], TOTALS[2])} on "
                f"2020 and {pct(TOTALS[1], TOTALS[2])} on 2021: a rate of {rate(TOTALS[2], POPULATION)} "
                "crimes per 1,000 residents.",
                f"Shoplifting rose by more than a half in two years, from {shop[0]} in 2020 to {shop[2]} in "
                "2022, the fastest growth of any crime type.",
                f"Possession of weapons offences rose from {weapons[1]} to {weapons[2]} in 2022, and "
                "violence without injury passed 1,600 offences for the first time.",
                f"Residential burglary fell for the second year running, to {burglary[2]} offences.",
                f"{top[0]} ward, the town centre, has the highest crime rate ({rate(top[2], top[1])} per "
                f"1,000), about twice the district's; {lowest[0]} has the lowest "
                f"({rate(lowest[2], lowest[1])}).",
                "Domestic abuse related crime rose every year, and more than a third of victims in 2022 "
                "were repeat victims.",
                "Thefts of farm machinery fell by a third in 2022, and heritage crime was at its lowest "
                "level "
                "of the three years.",
            ]
        ),
        heading("Method and sources", "1"),
        p(
            f"The assessment was written by {ANALYST}, Senior Analyst, for the Leadership Board. It covers "
            "the three calendar years 2020, 2021 and 2022. Crimes are those recorded by Corringshire "
            "Constabulary, extracted on 4 September 2023; anti-social behaviour (ASB) incidents are those "
            "recorded by the police and the district council together, with duplicates removed. Rates use "
            "the ONS mid-2021 population estimates for the district and its wards."
        ),
        p(
            "Larkstead and District Women's Aid, Corringshire Fire and Rescue Service, Lark Valley Housing "
            "and the county council's public health team supplied data and comments. Figures for 2023 were "
            "not complete when the data were extracted and are not used."
        ),
        heading("Recorded crime", "2"),
        p(
            "Table 1 gives the crimes recorded in each year by Home Office crime type. Counts of fewer than "
            "ten change a great deal from year to year and should be read with care."
        ),
        caption("Table 1. Recorded crime in Larkstead by crime type, 2020 to 2022", keep=False),
        ledger(_crime_table(), (190, 50, 50, 50, 90, WIDTH - 430), figures=(1, 2, 3, 4, 5), total=True),
        note("Source: Corringshire Constabulary recorded crime, extracted 4 September 2023."),
        heading("Where crime happens", "3"),
        p(
            f"Crime is concentrated in the town centre ward of {top[0]} and in {by_rate[1][0]} and "
            f"{by_rate[2][0]}. Together these three wards hold just over a quarter of the district's "
            "residents but "
            "more than 40% of its crime. The rural wards have the lowest rates."
        ),
        caption("Table 2. Recorded crime and ASB by ward, 2022"),
        ledger(_ward_table(), (150, 95, 80, 80, WIDTH - 405), figures=(1, 2, 3, 4), total=True),
        Spacer(1, 6),
        bar_chart(
            [w[0] for w in reversed(by_rate)],
            [round(w[2] / w[1] * 1000, 1) for w in reversed(by_rate)],
            WIDTH,
            "Figure 1. Crimes per 1,000 residents by ward, 2022",
        ),
        CondPageBreak(200),
        heading("Domestic abuse", "4"),
        p(
            "Domestic abuse related crime rose in each of the three years. The share of victims who had "
            "been victims in the previous twelve months rose from 31% to 36%."
        ),
        caption("Table 3. Domestic abuse, 2020 to 2022"),
        framed(domestic, (60, 110, 140, 100, WIDTH - 410)),
        heading("Rural and heritage crime", "5"),
        p(
            "Rural and heritage crime has been a priority since 2022. The numbers are small and falling; "
            "the harm to farming families and to the district's heritage is real but is not growing."
        ),
        caption("Table 4. Rural and heritage crime, 2020 to 2022"),
        framed(rural, (60, 180, 120, WIDTH - 360)),
        heading("Larkstead and similar districts", "6"),
        p(
            "The Home Office most similar group (MSG) for Larkstead is fifteen districts with a similar "
            "population, economy and geography. A position of 1 is the lowest rate in the group."
        ),
        caption("Table 5. Larkstead in its most similar group, 2022"),
        framed(msg, (170, 120, 90, WIDTH - 380)),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("Scoring the themes", "7"),
        p(
            "Each theme was scored from 1 to 5 for threat, harm, risk and trend by the analyst and the "
            "delivery group leads at a workshop on 26 October 2023. A score of 16 or more is rated red, 11 "
            "to 15 amber and 10 or less green."
        ),
        caption("Table 6. Threat, harm, risk and trend scores"),
        ledger(scores, (170, 46, 46, 46, 46, 56, 52, LAND_WIDTH - 462), figures=(1, 2, 3, 4, 5)),
        note("Scores were agreed by consensus; where the leads differed the analyst's score was used."),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("Recommendations", "8"),
        runin(
            "R1",
            "The Board should adopt three priorities for 2024-27: "
            + "; ".join(f"({i}) {t.lower() if i > 1 else t}" for i, t in enumerate(RECOMMENDED_2427, 1))
            + ".",
        ),
        runin(
            "R2",
            "Rural and heritage crime, rated green, should no longer be a priority of its own but be "
            "handled within neighbourhood crime; Operation Harrier should continue while the evidence holds.",
        ),
        runin(
            "R3",
            "Town-centre ASB patrols and diversionary work should be focused on Larkstead Castle and "
            "Fernside wards.",
        ),
        runin(
            "R4",
            "Shoplifting should be tackled with the Town Centre BID within neighbourhood crime, and "
            "referred to the county's retail crime group.",
        ),
        runin(
            "R5",
            "Fraud against older residents, rated amber, should be monitored through the Commissioner's "
            "fraud work rather than made a priority of the Partnership.",
        ),
        runin(
            "R6",
            "The domestic abuse delivery group should review why repeat victimisation has risen, and "
            "report by June 2024.",
        ),
        runin(
            "R7",
            "An information sharing agreement with Lark Valley Housing should be signed by March 2024 "
            "so that its ASB reports can be included in the next assessment.",
        ),
        subheading("Glossary"),
        *[
            p(f"<b>{term}</b> {meaning}", SMALL)
            for term, meaning in (
                ("ASB", "anti-social behaviour"),
                ("DA", "domestic abuse"),
                ("IDVA", "independent domestic violence adviser"),
                ("ISA", "information sharing agreement"),
                (
                    "MSG",
                    "most similar group: the fifteen districts the Home Office judges most like Larkstead",
                ),
                ("OPFCC", "Office of the Police, Fire and Crime Commissioner"),
                ("RAG", "red, amber, green rating"),
                ("THRT", "threat, harm, risk and trend scoring (table 6)"),
                ("VAWG", "violence against women and girls"),
            )
        ],
        Spacer(1, 6),
        note(f"Contact: {ANALYST}, Senior Analyst. Version 1.1, 8 November 2023."),
    ]
