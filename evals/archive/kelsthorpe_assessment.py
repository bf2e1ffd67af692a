"""Partnership AF's Strategic Intelligence Assessment 2021 (September 2021), on the financial years 2018/19
to 2020/21: DejaVu Sans with figures in DejaVu Sans Mono under the ochre crest. Page 1 the key findings
restating table cells in words and the summary; page 2 scope and method; then on a landscape page recorded
crime with the years as rows and thirteen categories as columns, with the change rows under them; ten wards
ranked by rate per 1,000; domestic abuse, rural and heritage crime and anti-social behaviour by type with
the years as rows; the most similar group; a residents' survey; candidate priorities scored on five
measures and banded High, Medium or Low; recommendations "Rec 1" to "Rec 6" and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.kelsthorpe_facts import (
    ANALYST,
    ASB_ENVIRONMENTAL,
    ASB_NUISANCE,
    ASB_PERSONAL,
    CATEGORIES,
    CRIME,
    DA_CRIMES,
    DA_INCIDENTS,
    DA_REPEAT,
    HERITAGE,
    MARAC,
    MSG,
    POPULATION,
    RURAL,
    SCORES,
    TOTALS,
    WARDS,
    YEARS,
    band,
)
from evals.archive.kelsthorpe_layout import (
    LAND,
    SIA,
    SIA_CAPTION,
    SIA_H,
    SIA_RULES,
    SIA_STYLES,
    WIDTH,
    Furniture,
    grid,
    notice,
    p,
    pct,
    render,
    rules,
    striped,
)
from evals.archive.names import KELSTHORPE

TITLE_SIA = "Kelsthorpe Community Safety Partnership Strategic Intelligence Assessment 2021"
SIA_GRID = (SIA_RULES[0], SIA_RULES[1], SIA_RULES[2], SIA_RULES[3])
NARROW_HEAD = SIA_STYLES[0].clone("KeSiaNarrowHead", fontName="Helvetica-Bold", fontSize=6.5, leading=8)
NARROW_HEAD_FIG = NARROW_HEAD.clone("KeSiaNarrowHeadFig", alignment=2)
NARROW_STYLES = (NARROW_HEAD, NARROW_HEAD_FIG, SIA_STYLES[2], SIA_STYLES[3])


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Intelligence Assessment 2021 \u2014 OFFICIAL",
        label="Strategic Intelligence Assessment 2021",
        opening="crest",
        foot="Page {n} of {total}",
    )
    return render(path, _story, Meta(TITLE_SIA, KELSTHORPE), furniture)


def _tight(table: Table) -> Table:
    """Narrow cell padding, so that a wide table's headings fit their columns."""
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)])
    )
    return table


def _cat(name: str, year: str) -> int:
    return CRIME[year][CATEGORIES.index(name)]


def _rate(count: int, population: int) -> str:
    return f"{count / population * 1000:.1f}"


def _summary() -> list[Flowable]:
    ranked = sorted(WARDS, key=lambda w: -w[2] / w[1])
    top, second = ranked[0], ranked[1]
    return [
        Spacer(1, 18),
        p("Strategic Intelligence Assessment 2021", SIA_H.clone("KeSiaTitle", fontSize=20, leading=24)),
        p(
            f"Kelsthorpe Community Safety Partnership \u00b7 September 2021 \u00b7 author: {ANALYST}, "
            "community "
            "safety analyst, Wetherdale County Council",
            SIA,
        ),
        notice(),
        p("Key findings", SIA_H),
        p(
            f"\u25aa Recorded crime fell by 4% in 2020/21 to {TOTALS[2]:,} offences, after rising to "
            f"{TOTALS[1]:,} in 2019/20; the pandemic closed the night-time economy for much of the year.<br/>"
            f"\u25aa Stalking and harassment has risen by more than half in two years "
            f"({_cat('Stalking and harassment', '2018/19'):,} to "
            f"{_cat('Stalking and harassment', '2020/21'):,}"
            "), and Kelsthorpe is now 13th of 15 in its most similar group for it.<br/>"
            "\u25aa Residential burglary fell by more than a quarter over the same two years, and vehicle "
            "offences by a third.<br/>"
            f"\u25aa Rural crime rose by two-fifths, from {RURAL[0]} offences in 2018/19 to {RURAL[2]} in "
            "2020/21.<br/>"
            "\u25aa Domestic abuse related crime rose in both years, by more than a fifth in all; almost one "
            "victim in three is a repeat victim.<br/>"
            f"\u25aa {top[0]}, the town centre ward, has a crime rate of {_rate(top[2], top[1])} per 1,000 "
            f"residents, well over half as much again as {second[0]}, the next highest.<br/>"
            "\u25aa Anti-social behaviour incidents peaked in 2020/21, swollen by reports of breaches of the "
            "coronavirus rules.",
            SIA,
        ),
        p("Summary", SIA_H),
        p(
            "Kelsthorpe remains a low-crime district: it has the 5th lowest rate of recorded crime of the "
            "fifteen partnerships in its most similar group. But the harms that are growing fastest \u2014 "
            "stalking, domestic abuse and the exploitation of young people by drug lines \u2014 are those "
            "that "
            "fall hardest on the most vulnerable. The assessment therefore recommends three priorities for "
            "2022 to 2025 in place of the four of 2019 to 2022: violence against women and girls, including "
            "domestic abuse and stalking; serious violence and the exploitation of young people; and "
            "neighbourhood crime and anti-social behaviour, including rural crime (section 6)."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


def _method() -> list[Flowable]:
    return [
        p("1. Scope and method", SIA_H),
        p(
            "The assessment covers the three financial years 2018/19, 2019/20 and 2020/21 (April to March), "
            "the years in which the partnership's grant is given and its performance reported. It uses "
            "Wetherdale Constabulary recorded crime and incident data, the District Council's anti-social "
            "behaviour case system, MARAC returns, Youth Offending Service data and the Constabulary's rural "
            "crime marker, which flags offences against farms, estates, quarries and rural businesses."
        ),
        p(
            f"Rates per 1,000 residents use the mid-2020 population estimate for the district of "
            f"{POPULATION:,}. Ward figures are for 2020/21 and count offences where they happened. Figures "
            "for "
            "2020/21 are shaped throughout by the national lockdowns and should be read with care."
        ),
        p(
            "Candidate priorities were scored at a workshop of partners on 2 September 2021 on five "
            "measures, each from 1 to 5: threat, harm, vulnerability of victims, community concern and the "
            "trend. A total of 18 or more is banded High, 13 to 17 Medium and 12 or less Low."
        ),
        p("2. Recorded crime", SIA_H),
        p(
            "Table 1, on the next page, gives recorded crime by category with the years as rows. Violence "
            "without injury and stalking and harassment both rose through the pandemic, while acquisitive "
            "crime fell."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
    ]


def _crime_table() -> list[Flowable]:
    short = (
        "Violence with injury", "Violence without injury", "Stalking and harassment", "Sexual offences",
        "Robbery", "Residential burglary", "Vehicle offences", "Shoplifting", "Criminal damage and arson",
        "Drug offences", "Possession of weapons", "Public order", "All other",
    )  # fmt: skip
    rows = [["Year", *short, "All crime"]]
    for year in YEARS:
        rows.append([year, *(f"{v:,}" for v in CRIME[year]), f"{sum(CRIME[year]):,}"])
    first, middle, last = (CRIME[y] for y in YEARS)
    rows.append(
        ["Change 19/20 to 20/21", *(f"{c - b:+,}" for b, c in zip(middle, last, strict=True)),
         f"{TOTALS[2] - TOTALS[1]:+,}"]
    )  # fmt: skip
    rows.append(
        ["% change 19/20 to 20/21", *(pct(b, c) for b, c in zip(middle, last, strict=True)),
         pct(TOTALS[1], TOTALS[2])]
    )  # fmt: skip
    rows.append(
        [
            "% change on 18/19",
            *(pct(a, c) for a, c in zip(first, last, strict=True)),
            pct(TOTALS[0], TOTALS[2]),
        ]
    )
    widths = [64, *([48.0] * 13), LAND - 64 - 48 * 13]
    rural = [["Year", "Rural crime (marker)", "Heritage crime", "Rural crime per 1,000"]]
    for i, year in enumerate(YEARS):
        rural.append([year, str(RURAL[i]), str(HERITAGE[i]), _rate(RURAL[i], POPULATION)])
    return [
        p("Table 1. Recorded crime by category, Kelsthorpe district, 2018/19 to 2020/21", SIA_CAPTION),
        _tight(striped(rows, widths, figs=tuple(range(1, 15)), styles=NARROW_STYLES)),
        Spacer(1, 8),
        p(
            "Stalking and harassment and public order offences rose in both years. Drug offences rose in "
            "2020/21 as officers stopped more people during the lockdowns. Robbery, residential burglary, "
            "vehicle offences and shoplifting were all lower in 2020/21 than in 2018/19."
        ),
        p("Table 2. Rural and heritage crime, 2018/19 to 2020/21", SIA_CAPTION),
        rules(rural, [80, 120, 110, 130], figs=(1, 2, 3), styles=SIA_RULES),
        p(
            "Rural crime is mostly the theft of plant, quad bikes, fuel and tools from farms and quarries, "
            "peaking at harvest. Heritage crime (lead theft from churches and damage at Hensby Priory) is "
            "rare and falling."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


def _places_and_people() -> list[Flowable]:
    rows = [["Rank", "Ward", "Population", "Crimes 2020/21", "Per 1,000", "ASB incidents", "ASB per 1,000"]]
    ranked = sorted(WARDS, key=lambda w: -w[2] / w[1])
    for rank, (ward, pop, crimes, incidents) in enumerate(ranked, 1):
        rows.append(
            [
                str(rank),
                ward,
                f"{pop:,}",
                f"{crimes:,}",
                _rate(crimes, pop),
                f"{incidents:,}",
                _rate(incidents, pop),
            ]
        )
    da = [["Year", "DA-related crimes", "DA incidents (non-crime)", "Repeat victims", "MARAC cases"]]
    for i, year in enumerate(YEARS):
        da.append([year, f"{DA_CRIMES[i]:,}", f"{DA_INCIDENTS[i]:,}", DA_REPEAT[i], str(MARAC[i])])
    asb = [["Year", "Personal", "Nuisance", "Environmental", "All ASB incidents"]]
    for i, year in enumerate(YEARS):
        total = ASB_PERSONAL[i] + ASB_NUISANCE[i] + ASB_ENVIRONMENTAL[i]
        asb.append([year, f"{ASB_PERSONAL[i]:,}", f"{ASB_NUISANCE[i]:,}", f"{ASB_ENVIRONMENTAL[i]:,}",
                    f"{total:,}"])  # fmt: skip
    return [
        p("3. Where crime happens", SIA_H),
        p(
            "Table 3. Recorded crime and anti-social behaviour by ward, 2020/21, ranked by crime rate",
            SIA_CAPTION,
        ),
        grid(rows, [34, 110, 66, 76, 60, 76, WIDTH - 422], figs=(0, 2, 3, 4, 5, 6), styles=SIA_GRID),
        p(
            "Kelsthorpe Abbey holds the market place, the bus station and most of the district's pubs, so "
            "many "
            "of its victims live elsewhere. Ousemere and Scawton, the most rural wards, have the lowest "
            "rates "
            "of recorded crime but the most rural crime."
        ),
        p("4. Domestic abuse and anti-social behaviour", SIA_H),
        p("Table 4. Domestic abuse, 2018/19 to 2020/21", SIA_CAPTION),
        grid(da, [60, 100, 120, 90, WIDTH - 370], figs=(1, 2, 3, 4), styles=SIA_GRID),
        p(
            "Domestic abuse related crime rose by a fifth over the two years and referrals to the MARAC by "
            "more than a quarter. The share of repeat victims rose from 27% to 32%."
        ),
        p("Table 5. Anti-social behaviour incidents by type, 2018/19 to 2020/21", SIA_CAPTION),
        grid(asb, [60, 90, 90, 100, WIDTH - 340], figs=(1, 2, 3, 4), styles=SIA_GRID),
        p(
            "Nuisance incidents rose by two-fifths in 2020/21, most of them reports of gatherings in breach "
            "of "
            "the coronavirus rules; personal incidents, aimed at a particular person or household, also rose "
            "sharply."
        ),
    ]


def _comparison() -> list[Flowable]:
    msg = [["Measure, 2020/21", "Kelsthorpe per 1,000", "MSG average", "Position of 15"]]
    msg += [list(row) for row in MSG]
    return [
        p("5. How Kelsthorpe compares", SIA_H),
        p(
            "The Home Office's most similar group (MSG) for Kelsthorpe is fifteen community safety "
            "partnership "
            "areas like it in population, rurality and deprivation. Position 1 is the lowest rate in the "
            "group."
        ),
        p("Table 6. Kelsthorpe in its most similar group, 2020/21", SIA_CAPTION),
        rules(msg, [180, 110, 90, WIDTH - 380], figs=(1, 2, 3), styles=SIA_RULES),
        p(
            "In the District Council's residents' survey of February 2021, 81% of 1,212 respondents said "
            "they "
            "felt safe in their neighbourhood after dark, but only 58% in Kelsthorpe Abbey. Speeding, dog "
            "fouling and drug dealing were the problems most often named; in the rural wards, theft from "
            "farms "
            "came second to speeding."
        ),
    ]


def _priorities() -> list[Flowable]:
    rows = [
        ["Candidate priority", "Threat", "Harm", "Vulnerability", "Concern", "Trend", "Total /25", "Band"]
    ]
    for name, *scores in SCORES:
        total = sum(scores)
        rows.append([name, *map(str, scores), str(total), f"<b>{band(total)}</b>"])
    recommendations = (
        "Adopt violence against women and girls, including domestic abuse and stalking, as a priority for "
        "2022-25, in place of domestic abuse alone.",
        "Adopt serious violence and the exploitation of young people as a priority, and prepare for the "
        "Serious Violence Duty in the Police, Crime, Sentencing and Courts Bill; county lines sits here.",
        "Bring anti-social behaviour and rural crime together as one priority: neighbourhood crime and "
        "anti-social behaviour, including rural crime.",
        "Pass the lead on drug-related harm to the Wetherdale Drug and Alcohol Strategy Group, the "
        "partnership receiving its reports.",
        "Stop treating heritage crime as a priority of its own; keep it within the rural crime work.",
        "Commission a problem profile of stalking in 2022, and refresh this assessment in the autumn of "
        "2023.",
    )
    glossary = (
        ("ASB", "anti-social behaviour"),
        ("DA", "domestic abuse"),
        ("MARAC", "multi-agency risk assessment conference for victims at high risk of domestic abuse"),
        ("MSG", "most similar group: fifteen comparable areas chosen by the Home Office"),
        ("VAWG", "violence against women and girls"),
        ("Rural crime marker", "the Constabulary's flag on offences against rural premises"),
    )
    return [
        p("6. Recommended priorities for 2022 to 2025", SIA_H),
        p("Table 7. Candidate priorities scored at the partners' workshop, 2 September 2021", SIA_CAPTION),
        _tight(
            striped(
                rows,
                [170, 44, 44, 48, 44, 44, 44, WIDTH - 438],
                figs=(1, 2, 3, 4, 5, 6),
                styles=NARROW_STYLES,
            )
        ),
        p(
            "Three areas are banded High. Drug-related harm, hate crime, fraud and road safety are banded "
            "Medium; road safety scores highly for community concern but is led by the county's Road Safety "
            "Partnership."
        ),
        p("7. Recommendations", SIA_H),
        *[p(f"<b>Rec {i}.</b> {text}", SIA) for i, text in enumerate(recommendations, 1)],
        p("Glossary", SIA_H),
        p("; ".join(f"<b>{a}</b>: {b}" for a, b in glossary) + ".", SIA),
    ]


def _story() -> list[Flowable]:
    return [*_summary(), *_method(), *_crime_table(), *_places_and_people(), *_comparison(), *_priorities()]
