"""Partnership AC's Strategic Assessment 2023, presented to the Board in November 2023: Vera text with figures
in DejaVu Sans Mono, under the coral tab; headings "3 | Recorded crime" and "3a"; the calendar years 2020 to
2022 (not financial years). Page 1: a summary restating table cells in words ("more than a third") and the
method; then the sixteen offence categories with the years as columns, the change and % change in a ledger;
domestic abuse and anti-social behaviour with the years as rows and eight neighbourhood areas with rates per
1,000; on a landscape page the most similar group (position of 15) and eight candidate priorities scored out
of 20 and rated red, amber or green; on two columns recommendations R1 to R6 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAITHWICK
from evals.archive.staithwick_facts import (
    ANALYST,
    AREAS,
    ASB_YEARS,
    CRIME,
    CRIME_TOTALS,
    DOMESTIC,
    MSG,
    POPULATION,
    RRB,
    SCORES,
)
from evals.archive.staithwick_layout import (
    CAPTION,
    H1,
    H2,
    HEAD_TEAL,
    HEAD_TEAL_FIG,
    MONO,
    SA_SMALL,
    SA_TEXT,
    SUBTITLE,
    TITLE,
    WIDTH,
    Furniture,
    boxed,
    ledger,
    notice,
    p,
    pct,
    render,
)

TITLE_SA = "Staithwick Community Safety Partnership Strategic Assessment 2023"
MONO_STYLES = (HEAD_TEAL, HEAD_TEAL_FIG, SA_SMALL, MONO)


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Assessment 2023",
        label="STRATEGIC ASSESSMENT 2023",
        opening="tab",
        foot="SA 2023 \u00b7 page {n} of {total}",
    )
    return render(path, _story, Meta(TITLE_SA, STAITHWICK), furniture)


def _h(n: int, title: str) -> Flowable:
    return p(f"{n} | {title}", H1)


def _t(text: str) -> Flowable:
    return p(text, SA_TEXT)


def _crime(name: str) -> tuple[str, int, int, int]:
    return next(row for row in CRIME if row[0] == name)


def _rate(count: int, population: int) -> str:
    return f"{count / population * 1000:.1f}"


def _story() -> list[Flowable]:
    rows = [["Offence category", "2020", "2021", "2022", "Change 2021-22", "% change"]]
    for name, a, b, c in CRIME:
        rows.append([name, f"{a:,}", f"{b:,}", f"{c:,}", f"{c - b:+,}", pct(b, c)])
    t0, t1, t2 = CRIME_TOTALS
    rows.append(["<b>All recorded crime</b>", f"{t0:,}", f"{t1:,}", f"{t2:,}", f"{t2 - t1:+,}", pct(t1, t2)])
    domestic = [["Year", "Domestic abuse incidents", "Domestic abuse crimes", "MARAC cases"]]
    domestic += [[y, f"{i:,}", f"{c:,}", str(m)] for y, i, c, m in DOMESTIC]
    asb = [["Year", "ASB incidents (police and council)"]]
    asb += [[y, f"{n:,}"] for y, n in ASB_YEARS]
    areas = [
        ["Neighbourhood area", "Population", "Crimes 2022", "Crimes per 1,000", "ASB 2022", "ASB per 1,000"]
    ]
    for name, pop, crimes, asb_n in AREAS:
        areas.append([name, f"{pop:,}", f"{crimes:,}", _rate(crimes, pop), f"{asb_n:,}", _rate(asb_n, pop)])
    asb_total = ASB_YEARS[-1][1]
    areas.append(
        ["<b>Staithwick</b>", f"{POPULATION:,}", f"{t2:,}", _rate(t2, POPULATION), f"{asb_total:,}",
         _rate(asb_total, POPULATION)]
    )  # fmt: skip
    msg = [["Measure, 2022", "Staithwick per 1,000", "MSG average per 1,000", "Position of 15"]]
    msg += [list(row) for row in MSG]
    scores = [["Candidate priority", "Threat", "Harm", "Trend", "Public concern", "Score /20", "Rating"]]
    for name, a, b, c, d, rag in SCORES:
        scores.append([name, str(a), str(b), str(c), str(d), str(a + b + c + d), rag])
    vwi, weapons, shop, burglary = (
        _crime("Violence with injury"),
        _crime("Possession of weapons"),
        _crime("Shoplifting"),
        _crime("Residential burglary"),
    )
    recommendations = (
        "Adopt domestic abuse and sexual violence as a priority for 2024-27.",
        "Adopt serious violence as a priority, joined with exploitation and county lines: the same young "
        "people appear in both.",
        "Keep anti-social behaviour as a priority, framed around neighbourhood confidence, with "
        "Harbourside and the Old Town as focus areas.",
        f"Pass the lead on reducing reoffending to the {RRB} and receive an annual report from it.",
        "Ask the ICB to share emergency department assault data (ISTV) every month.",
        "Refresh this assessment in the autumn of 2025.",
    )
    glossary = (
        ("ASB", "anti-social behaviour"),
        ("ISTV", "information sharing to tackle violence: anonymised assault data from A&amp;E"),
        ("MARAC", "multi-agency risk assessment conference for high-risk domestic abuse victims"),
        ("MSG", "most similar group: fifteen comparable areas chosen by the Home Office"),
        ("RAG", "red, amber, green rating"),
        ("SVD", "Serious Violence Duty, in force since January 2023"),
        ("VRU", "Norwendshire Violence Reduction Unit"),
    )
    return [
        Spacer(1, 4),
        p("Strategic Assessment 2023", TITLE),
        p(
            "Crime and disorder in Staithwick, January 2020 to December 2022 &#183; Version 1.0 for the "
            f"Partnership Board, 22 November 2023 &#183; {ANALYST}, Partnership Analyst",
            SUBTITLE,
        ),
        notice(WIDTH - 30),
        _h(1, "Summary"),
        _t(
            f"Recorded crime rose by just over 9% in 2022, to {t2:,} offences, after a smaller rise in 2021. "
            f"Violence with injury rose by 15% in a year to {vwi[3]:,}. Possession of weapons offences "
            "rose by "
            "more than a third, and shoplifting by almost a quarter."
        ),
        _t(
            f"Residential burglary fell for a second year, to {burglary[3]:,}. Anti-social behaviour fell by "
            "6% and is now about a seventh lower than in 2020. Domestic abuse crimes rose by 6%."
        ),
        _t(
            "The Old Town has the highest crime rate of the eight neighbourhood areas and Harbourside the "
            "highest rate of anti-social behaviour. Against its most similar group Staithwick is 13th of 15 "
            "for violence with injury."
        ),
        _t(
            "Scoring with partners rated two issues red: domestic abuse and sexual violence, and serious "
            "violence and weapons. Recommendations R1 to R6 are in section 9."
        ),
        _h(2, "Method"),
        p(
            "Police recorded crime for the calendar years 2020, 2021 and 2022 (Norwendshire Police, "
            "extracted "
            "3 August 2023). Anti-social behaviour combines police incidents and council reports. Rates use "
            f"the mid-2022 population estimate of {POPULATION:,}. Candidate priorities were scored at a "
            "partner workshop on 12 October 2023; each of four factors is scored 1 to 5. A total of 16 or "
            "more is rated red, 11 to 15 amber and 10 or less green.",
            SA_SMALL,
        ),
        PageBreak(),
        _h(3, "Recorded crime"),
        _t(
            f"Shoplifting rose from {shop[2]} to {shop[3]}, concentrated in the Old Town. Weapons possession "
            f"rose from {weapons[2]} to {weapons[3]}, partly through more stop and search near the quay."
        ),
        p("3a Table 1: Recorded crime by offence category, calendar years", CAPTION),
        ledger(
            rows, [170, 54, 54, 54, 80, WIDTH - 412], figs={1, 2, 3, 4, 5}, total=True, styles=MONO_STYLES
        ),
        Spacer(1, 6),
        _t(
            "Violence without injury and stalking and harassment continue to rise, in part because of "
            "changes "
            "to recording rules in 2022. Robbery is low in number and fluctuates."
        ),
        PageBreak(),
        _h(4, "Domestic abuse"),
        p("4a Table 2: Domestic abuse, years as rows", CAPTION),
        ledger(domestic, [60, 130, 130, 90], figs={1, 2, 3}, styles=MONO_STYLES),
        _t(
            "Domestic abuse incidents have risen every year since 2020. MARAC cases reached 183 in 2022; "
            "the hospital IDVA, funded by the partnership since 2021, now accounts for one referral in five."
        ),
        _h(5, "Anti-social behaviour"),
        p("5a Table 3: Anti-social behaviour incidents, years as rows", CAPTION),
        ledger(asb, [60, 200], figs={1}, styles=MONO_STYLES),
        _h(6, "Neighbourhood areas"),
        p("6a Table 4: Crime and anti-social behaviour by neighbourhood area, 2022", CAPTION),
        ledger(
            areas, [120, 66, 66, 80, 66, WIDTH - 398], figs={1, 2, 3, 4, 5}, total=True, styles=MONO_STYLES
        ),
        _t(
            "The Old Town (the night-time economy and the shopping streets) and Harbourside (the quay "
            "and the "
            "bus station) together account for a third of recorded crime."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        _h(7, "How Staithwick compares"),
        p(
            "7a Table 5: Staithwick and its most similar group, rates per 1,000 residents (1 = lowest)",
            CAPTION,
        ),
        boxed(msg, [190, 120, 140, 100], figs={1, 2, 3}),
        _h(8, "Scoring candidate priorities"),
        p("8a Table 6: Candidate priorities scored by partners, 12 October 2023", CAPTION),
        boxed(scores, [230, 60, 60, 60, 90, 70, 70], figs={1, 2, 3, 4, 5}),
        Spacer(1, 4),
        p(
            "Reducing reoffending was not scored: it is measured county-wide and led by the Reducing "
            "Reoffending Board.",
            SA_SMALL,
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        _h(9, "Recommendations"),
        *[_t(f"<b>R{i}</b>&nbsp;&nbsp;{text}") for i, text in enumerate(recommendations, start=1)],
        FrameBreak(),
        _h(10, "Glossary"),
        *[p(f"<b>{term}</b> &#8212; {meaning}", SA_SMALL) for term, meaning in glossary],
        Spacer(1, 8),
        p("Contact", H2),
        p(f"{ANALYST}, Partnership Analyst, Community Safety Team, Harbour House.", SA_SMALL),
    ]
