"""Partnership AD's Strategic Intelligence Assessment 2024, October 2024: DejaVu Sans with figures in DejaVu
Sans Mono, under the cerise corner with a protective marking; headings "§3" and tables "Table 3.1"; the
financial years 2021/22 to 2023/24. Page 1: key findings restating table cells in words ("almost a third",
"nearly three times") and the method; then fourteen offence categories with the years as columns, the change
and % change in a zebra table, and the two districts side by side with rates per 1,000; ten wards with
rates, domestic abuse and anti-social behaviour with the years as rows; on a landscape page the most similar
group (position of 15) and nine candidate priorities scored out of 25 and rated red, amber or green; on two
ruled columns recommendations R1 to R7 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, ListFlowable, ListItem, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.fenhallow_facts import (
    ANALYST,
    ASB_YEARS,
    CDP,
    CRIME,
    CRIME_TOTALS,
    DOMESTIC,
    FENHALLOW_CRIME,
    MSG,
    POP_FENHALLOW,
    POP_TULLWORTH,
    POPULATION,
    SCORES,
    TULLWORTH_CRIME,
    WARDS,
)
from evals.archive.fenhallow_layout import (
    CELL,
    COLUMN,
    HEAD_CERISE,
    HEAD_CERISE_FIG,
    LAND,
    MONO_FIG,
    SA_CAPTION,
    SA_H1,
    SA_SMALL,
    SA_TEXT,
    TITLE,
    WIDTH,
    Furniture,
    framed,
    notice,
    p,
    pct,
    render,
    zebra,
)
from evals.archive.names import FENHALLOW

TITLE_SIA = "Fenhallow and Tullworth Community Safety Partnership Strategic Intelligence Assessment 2024"
MONO = (HEAD_CERISE, HEAD_CERISE_FIG, CELL, MONO_FIG)


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "OFFICIAL \u2014 FTCSP Strategic Intelligence Assessment 2024",
        label="SIA 2024",
        opening="corner",
        foot_right="SIA 2024 \u2014 {n}/{total}",
    )
    return render(path, _story, Meta(TITLE_SIA, FENHALLOW), furniture)


def _h(n: int, title: str) -> Flowable:
    return p(f"\u00a7{n}&nbsp;&nbsp;{title}", SA_H1)


def _t(text: str) -> Flowable:
    return p(text, SA_TEXT)


def _crime(name: str) -> tuple[str, int, int, int, int]:
    return next(row for row in CRIME if row[0] == name)


def _rate(count: int, population: int) -> str:
    return f"{count / population * 1000:.1f}"


def _bullets(items: list[str]) -> Flowable:
    return ListFlowable(
        [ListItem(p(text, SA_TEXT), leftIndent=12) for text in items],
        bulletType="bullet",
        start="\u25aa",
        leftIndent=12,
        bulletFontSize=8,
    )


def _story() -> list[Flowable]:
    t0, t1, t2 = CRIME_TOTALS
    table31 = [["Offence category", "2021/22", "2022/23", "2023/24", "Change", "% change"]]
    for name, a, b, c, _ in CRIME:
        table31.append([name, f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", pct(b, c)])
    table31.append(
        ["<b>All recorded crime</b>", f"{t0:,}", f"{t1:,}", f"{t2:,}", f"{t2 - t1:+,}", pct(t1, t2)]
    )
    table32 = [["Offence category, 2023/24", "Fenhallow", "per 1,000", "Tullworth", "per 1,000"]]
    for name, _, _, c, f in CRIME:
        table32.append([name, f"{f:,}", _rate(f, POP_FENHALLOW), f"{c - f:,}", _rate(c - f, POP_TULLWORTH)])
    table32.append(
        ["<b>All recorded crime</b>", f"{FENHALLOW_CRIME:,}", _rate(FENHALLOW_CRIME, POP_FENHALLOW),
         f"{TULLWORTH_CRIME:,}", _rate(TULLWORTH_CRIME, POP_TULLWORTH)]
    )  # fmt: skip
    wards = [["Ward", "District", "Population", "Crimes", "per 1,000", "ASB incidents", "ASB per 1,000"]]
    ranked = sorted(WARDS, key=lambda w: -w[3] / w[2])
    for name, district, pop, crimes, incidents in ranked:
        wards.append(
            [
                name,
                district,
                f"{pop:,}",
                f"{crimes:,}",
                _rate(crimes, pop),
                f"{incidents:,}",
                _rate(incidents, pop),
            ]
        )
    domestic = [
        ["Year", "Domestic abuse incidents", "Domestic abuse crimes", "Repeat victims %", "MARAC cases"]
    ]
    domestic += [[y, f"{i:,}", f"{c:,}", r, str(m)] for y, i, c, r, m in DOMESTIC]
    asb = [["Year", "ASB incidents (police and councils)", "% change"]]
    asb += [
        [y, f"{n:,}", "" if k == 0 else pct(ASB_YEARS[k - 1][1], n)] for k, (y, n) in enumerate(ASB_YEARS)
    ]
    msg = [["Measure, 2023/24", "FTCSP per 1,000", "Group average per 1,000", "Position of 15 (1 = lowest)"]]
    for measure, average, position in MSG:
        count = t2 if measure == "All recorded crime" else _crime(measure)[3]
        msg.append([measure, _rate(count, POPULATION), average, position])
    scores = [["Issue", "Harm", "Volume", "Trend", "Community concern", "Capacity gap", "Score /25", "RAG"]]
    for name, a, b, c, d, e, rag in SCORES:
        scores.append([name, str(a), str(b), str(c), str(d), str(e), str(a + b + c + d + e), rag])
    vwi, shop, weapons, burglary = (
        _crime("Violence with injury"),
        _crime("Shoplifting"),
        _crime("Possession of weapons"),
        _crime("Residential burglary"),
    )
    top = ranked[0]
    asb_now, asb_before = ASB_YEARS[2][1], ASB_YEARS[1][1]
    recommendations = (
        "Keep violence against women and girls, including domestic abuse, as the first priority for 2025-28.",
        "Adopt serious violence and knife crime as a priority, joined with exploitation: the same young "
        "people appear in both, and the Serious Violence Duty asks for it.",
        "Merge town-centre anti-social behaviour and shoplifting into one priority for neighbourhood crime "
        "and anti-social behaviour, with the Market Quarter and Fenhallow Town Centre as focus wards.",
        f"Pass the lead on drug and alcohol related harm to the {CDP}, which now holds the grant for it, "
        "and receive a report from it every six months.",
        "Ask the Integrated Care Board for emergency department assault data every month.",
        "Review the grant process so that small bids are decided faster, including the delegated limits.",
        "Refresh this assessment in the autumn of 2026.",
    )
    glossary = (
        ("ASB", "anti-social behaviour"),
        ("CDP", "Combating Drugs Partnership"),
        ("IDVA", "independent domestic violence adviser"),
        ("MARAC", "multi-agency risk assessment conference, for victims of domestic abuse at high risk"),
        ("MSG", "most similar group: fifteen areas like ours, compared by the Home Office"),
        ("RAG", "red, amber, green rating"),
        ("SVD", "Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)"),
        ("VAWG", "violence against women and girls"),
    )
    return [
        Spacer(1, 8),
        p("Strategic Intelligence Assessment 2024", TITLE),
        p("Financial years 2021/22 to 2023/24 \u2022 October 2024", SA_TEXT),
        notice(),
        _h(1, "Key findings"),
        _bullets(
            [
                f"Recorded crime rose by {pct(t1, t2)[1:]} to {t2:,} offences in 2023/24, {t2 - t1:,} more "
                "than the year before.",
                f"Shoplifting rose by almost a third ({pct(shop[2], shop[3])[1:]}) to {shop[3]:,} and has "
                f"risen by more than half since 2021/22 ({pct(shop[1], shop[3])[1:]}).",
                f"Violence with injury rose by {pct(vwi[2], vwi[3])[1:]} to {vwi[3]:,}; possession of "
                f"weapons offences by more than a quarter, to {weapons[3]}.",
                f"Residential burglary fell for a second year, to {burglary[3]}.",
                f"Anti-social behaviour incidents fell by {pct(asb_before, asb_now)[1:]} to {asb_now:,}.",
                f"{top[0]} has the highest crime rate of any ward, {_rate(top[3], top[2])} per 1,000 "
                f"residents, nearly three times the partnership's {_rate(t2, POPULATION)}.",
                f"Almost a third of domestic abuse victims ({DOMESTIC[-1][3]}%) were repeat victims.",
            ]
        ),
        _h(2, "Method"),
        _t(
            "Crime figures are police recorded crime for 1 April 2021 to 31 March 2024, extracted from "
            "Lindwold Constabulary's records in July 2024. ASB incidents combine police calls and both "
            "district councils' case logs. Rates use mid-2022 population estimates: "
            f"{POP_FENHALLOW:,} for Fenhallow and {POP_TULLWORTH:,} for Tullworth, {POPULATION:,} in all. "
            f"Prepared by {ANALYST}, Community Safety Analyst."
        ),
        PageBreak(),
        _h(3, "Recorded crime"),
        p("Table 3.1  Recorded crime by offence category, Fenhallow and Tullworth", SA_CAPTION),
        zebra(table31, [170, 60, 60, 60, 60, WIDTH - 410], figs={1, 2, 3, 4, 5}, total=True, styles=MONO),
        p("Table 3.2  The two districts in 2023/24, counts and rates per 1,000 residents", SA_CAPTION),
        zebra(table32, [170, 70, 60, 70, WIDTH - 370], figs={1, 2, 3, 4}, total=True, styles=MONO),
        _t(
            f"Tullworth, the smaller district, had {TULLWORTH_CRIME - FENHALLOW_CRIME:,} more crimes than "
            "Fenhallow. Its robbery rate is more than twice Fenhallow's and its shoplifting rate 1.7 times."
        ),
        PageBreak(),
        _h(4, "Places"),
        p("Table 4.1  Wards by crime rate, 2023/24", SA_CAPTION),
        zebra(wards, [110, 62, 62, 54, 54, 66, WIDTH - 408], figs={2, 3, 4, 5, 6}, styles=MONO),
        _h(5, "Domestic abuse and anti-social behaviour"),
        p("Table 5.1  Domestic abuse, by year", SA_CAPTION),
        zebra(domestic, [70, 110, 110, 90, WIDTH - 380], figs={1, 2, 3, 4}, styles=MONO),
        p("Table 5.2  Anti-social behaviour incidents, by year", SA_CAPTION),
        zebra(asb, [70, 180, 80], figs={1, 2}, styles=MONO),
        _t(
            "ASB fell in every ward but the Market Quarter, where it rose for the third year running; "
            "the Safer Streets work there began only in the autumn of 2023."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        _h(6, "How we compare"),
        p("Table 6.1  Fenhallow and Tullworth against its most similar group", SA_CAPTION),
        framed(msg, [200, 120, 150, 160], figs={1, 2, 3}),
        _h(7, "Scoring the candidate priorities"),
        _t(
            "Each issue was scored from 1 to 5 on harm, volume, trend, community concern and the gap in the "
            "partnership's capacity, for a score out of 25: 20 or more is red, 13 to 19 amber, 12 or less "
            "green."
        ),
        p("Table 7.1  Candidate priorities, scored", SA_CAPTION),
        framed(scores, [200, 50, 50, 50, 90, 80, 70, LAND - 590], figs={1, 2, 3, 4, 5, 6}),
        NextPageTemplate("columns"),
        PageBreak(),
        _h(8, "Recommendations"),
        *[p(f"<b>R{k}</b>&nbsp;&nbsp;{text}", SA_TEXT) for k, text in enumerate(recommendations, 1)],
        _h(9, "Glossary"),
        zebra([["Term", "Meaning"], *[[a, b] for a, b in glossary]], [44, COLUMN - 44], styles=MONO),
        Spacer(1, 6),
        p("Questions about this assessment go to the Community Safety Analyst.", SA_SMALL),
    ]
