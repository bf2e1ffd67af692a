"""Partnership AB's Strategic Assessment 2025, presented on 9 December 2025, marked OFFICIAL at the top and
foot of every page, with decimal headings "3.0" and "3.1": key findings that restate table cells in words, the
method and sources, recorded crime by category with the three financial years as columns and the change
(split across a page break with its header repeated), a bar chart of shoplifting, domestic abuse and
anti-social behaviour with the years as rows, ten wards with rates per 1,000, the most similar group
(position of 15), a scoring of nine candidate priorities out of 25 rated red, amber or green on a landscape
page, recommendations R1 to R6 naming four priorities, and a glossary on a page of two columns."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import WYCHBOURNE
from evals.archive.wychbourne_facts import (
    ANALYST,
    ASB,
    CRIME,
    CRIME_TOTALS,
    DOMESTIC,
    DRUGS,
    MSG,
    POPULATION,
    RECOMMENDED_2629,
    SCORES,
    WARDS,
)
from evals.archive.wychbourne_layout import (
    AUBERGINE,
    CAPTION,
    H1,
    H2,
    LAND,
    NOTE,
    OCHRE,
    SMALL,
    SUBTITLE,
    TITLE,
    WIDTH,
    Furniture,
    notice,
    open_table,
    p,
    pct,
    render,
    zebra,
)

LOOSE_CAPTION = ParagraphStyle("WyLooseCaption", parent=CAPTION, keepWithNext=0)
TITLE_SA = "Wychbourne Community Safety Partnership: Strategic Assessment 2025"
YEARS = ("2022/23", "2023/24", "2024/25")


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Assessment 2025",
        code="SA 2025",
        opening="crest",
        foot="Strategic Assessment 2025 | Page {n} of {total}",
        foot_at="left",
        marking="OFFICIAL",
    )
    return render(path, _story, Meta(TITLE_SA, WYCHBOURNE), furniture)


def _crime(name: str) -> tuple[int, int, int]:
    for row in CRIME:
        if row[0] == name:
            return row[1], row[2], row[3]
    raise KeyError(name)


def _findings() -> list[Flowable]:
    total = CRIME_TOTALS
    shop = _crime("Shoplifting")
    stalking = _crime("Stalking and harassment")
    burglary = _crime("Burglary - residential")
    market = next(w for w in WARDS if w[0] == "Market Cross")
    items = (
        f"Recorded crime rose from {total[0]:,} offences in 2022/23 to {total[2]:,} in 2024/25, up "
        f"{pct(total[0], total[2])[1:]} over the period and {pct(total[1], total[2])[1:]} in the last year.",
        f"Shoplifting is the fastest-growing offence: up by three-fifths over three years ({shop[0]:,} to "
        f"{shop[2]:,}) and by more than a quarter in 2024/25 alone.",
        f"Stalking and harassment rose by almost a quarter, to {stalking[2]:,} offences; more than a third "
        "of all "
        "violence is now domestic abuse-related.",
        f"Anti-social behaviour has fallen for two years, by a sixth overall, to {ASB[2][1]:,} incidents. "
        "Residential "
        f"burglary fell by {pct(burglary[0], burglary[2])[1:]}.",
        f"Market Cross, the town centre ward, has a crime rate of {market[2] / market[1] * 1000:.1f} per "
        "1,000 "
        "residents, more than two and a half times that of any other ward, and six in ten of the borough's "
        "shop "
        "thefts.",
        "Wychbourne's shoplifting rate is the second highest of the fifteen partnerships in its most similar "
        "group.",
    )
    return [p(f"&#9656; {item}") for item in items]


def _table_crime() -> Flowable:
    rows = [["Offence category", *YEARS, "Change", "% change"]]
    for name, a, _b, c in CRIME:
        rows.append([name, f"{a:,}", f"{_b:,}", f"{c:,}", f"{c - a:+,}", pct(a, c)])
    t = CRIME_TOTALS
    rows.append(
        ["<b>All recorded crime</b>", *(f"<b>{v:,}</b>" for v in t), f"{t[2] - t[0]:+,}", pct(t[0], t[2])]
    )
    return zebra(rows, [178, 58, 58, 58, 56, WIDTH - 408], figs={1, 2, 3, 4, 5}, total=True)


def _chart() -> Drawing:
    drawing = Drawing(WIDTH, 120)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 18, 250, 92
    chart.data = [tuple(_crime("Shoplifting"))]
    chart.categoryAxis.categoryNames = list(YEARS)
    chart.categoryAxis.labels.fontName = "WySans"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 1200, 300
    chart.valueAxis.labels.fontName = "WySans"
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = AUBERGINE
    chart.bars[0].strokeColor = OCHRE
    drawing.add(chart)
    return drawing


def _story() -> list[Flowable]:
    domestic = [
        [
            "Year",
            "DA-related incidents",
            "DA-related crimes",
            "Share of violence",
            "MARAC cases",
            "Repeat MARAC",
        ]
    ]
    domestic += [[y, f"{i:,}", f"{c:,}", s, str(m), r] for y, i, c, s, m, r in DOMESTIC]
    asb = [["Year", "ASB incidents", "of which town centres", "Youth-related", "Fly-tipping reports"]]
    asb += [[y, f"{a:,}", f"{b:,}", f"{c:,}", f"{d:,}"] for y, a, b, c, d in ASB]
    wards = [["Ward", "Population", "Crimes", "Rate per 1,000", "ASB incidents", "Shoplifting"]]
    for ward, pop, crimes, asb_n, shop in WARDS:
        wards.append(
            [ward, f"{pop:,}", f"{crimes:,}", f"{crimes / pop * 1000:.1f}", f"{asb_n:,}", f"{shop:,}"]
        )
    borough_rate = f"{CRIME_TOTALS[2] / POPULATION * 1000:.1f}"
    wards.append(
        ["<b>Wychbourne</b>", f"{POPULATION:,}", f"{CRIME_TOTALS[2]:,}", borough_rate,
         f"{ASB[2][1]:,}", f"{_crime('Shoplifting')[2]:,}"]
    )  # fmt: skip
    msg = [["Measure (2024/25)", "Wychbourne rate per 1,000", "Group average", "Position of 15"]]
    msg += [list(row) for row in MSG]
    return [
        Spacer(1, 6),
        p("Strategic Assessment 2025", TITLE),
        p(
            "Crime, disorder and community safety in Wychbourne, April 2022 to March 2025. Presented to the "
            "Steering "
            f"Group on 9 December 2025. Author: {ANALYST}, Partnership Analyst.",
            SUBTITLE,
        ),
        notice(),
        p("1.0&nbsp;&nbsp;Key findings", H1),
        *_findings(),
        p("2.0&nbsp;&nbsp;Method and sources", H1),
        p(
            "Recorded crime is Calvershire Police data for the financial years 2022/23 to 2024/25, extracted "
            "on "
            "14 August 2025 and counted by Home Office offence category. Anti-social behaviour combines "
            "police "
            "incidents with the Borough Council's reports. Domestic abuse data come from the police and the "
            "Calvershire MARAC. Rates use the ONS mid-2024 population estimate of "
            f"{POPULATION:,}. The most similar group (MSG) is the Home Office's group of fifteen comparable "
            "partnership areas.",
            SMALL,
        ),
        p(
            "Candidate priorities were scored with partners at a workshop on 21 October 2025 (section 9.0).",
            SMALL,
        ),
        PageBreak(),
        p("3.0&nbsp;&nbsp;Recorded crime", H1),
        p(
            "Table 1 sets out every offence category. Overall crime rose in each year, with the increase "
            "driven by "
            "shoplifting, stalking and harassment and sexual offences, while acquisitive crimes such as "
            "burglary, "
            "vehicle and bicycle theft fell."
        ),
        p("3.1&nbsp;&nbsp;Offences by category", H2),
        p(
            "Shoplifting alone added 395 offences over the period, more than two-thirds of the whole rise. "
            "Police "
            "attribute part of the increase to better reporting by the larger stores since the Shop Alert "
            "radio "
            "scheme began, but the number of repeat offenders arrested also doubled.",
        ),
        p(
            "Violence without injury and stalking and harassment rose steadily. Much of the growth in "
            "stalking and "
            "harassment is online behaviour by ex-partners, recorded since 2023 under the revised Home "
            "Office "
            "counting rules. Rape and other sexual offences rose by a fifth and by 13% respectively.",
        ),
        p("Figure 1: Shoplifting offences by year", CAPTION),
        _chart(),
        p(
            "Theft from the person and robbery of personal property also rose, concentrated in Market Cross "
            "on "
            "Friday and Saturday evenings. Criminal damage and arson fell for a second year, as did vehicle "
            "offences after the Tansley Park car parks were relit in 2023.",
        ),
        p("Table 1: Recorded crime by offence category, financial years", LOOSE_CAPTION),
        _table_crime(),
        p("4.0&nbsp;&nbsp;Domestic abuse", H1),
        p("Table 2: Domestic abuse, years as rows", CAPTION),
        zebra(domestic, [58, 84, 80, 80, 70, WIDTH - 372], figs={1, 2, 3, 4, 5}),
        p(
            "The share of violence that is domestic abuse-related rose from about a third to 37%. Repeat "
            "referrals to MARAC (the multi-agency risk assessment conference) rose to a third, within the "
            "28-40% "
            "range SafeLives regards as expected.",
        ),
        p("5.0&nbsp;&nbsp;Anti-social behaviour", H1),
        p("Table 3: Anti-social behaviour incidents, years as rows", CAPTION),
        zebra(asb, [58, 90, 110, 90, WIDTH - 348], figs={1, 2, 3, 4}),
        p(
            "Anti-social behaviour fell by 16.5% over the period. Fly-tipping is the exception and is "
            "handled by the "
            "Borough Council's enforcement team.",
        ),
        p("6.0&nbsp;&nbsp;Wards", H1),
        p("Table 4: Crime and anti-social behaviour by ward, 2024/25", CAPTION),
        zebra(wards, [110, 70, 60, 80, 80, WIDTH - 400], figs={1, 2, 3, 4, 5}, total=True),
        p("7.0&nbsp;&nbsp;Drugs and exploitation", H1),
        p(
            "Drug trafficking offences rose by almost half over the period, reflecting police activity "
            "against "
            "county lines run into Ottersby from outside the county. Referrals of children to the National "
            "Referral Mechanism (NRM) as possible victims of criminal exploitation have doubled.",
        ),
        p("Table 5: Drugs and exploitation indicators, financial years", CAPTION),
        zebra(_drugs(), [220, 66, 66, 66], figs={1, 2, 3}),
        p(
            "Partners at the workshop agreed that drug-related harm and criminal exploitation overlap "
            "heavily: most "
            "children referred to the NRM were found running drugs.",
        ),
        p("8.0&nbsp;&nbsp;Most similar group", H1),
        p("Table 6: Wychbourne against its most similar group, 2024/25 (position 1 = lowest rate)", CAPTION),
        open_table(msg, [170, 110, 90, 80], figs={1, 2, 3}),
        p("Source: iQuanta, rates per 1,000 residents.", NOTE),
        NextPageTemplate("landscape"),
        PageBreak(),
        *_scoring(),
        NextPageTemplate("columns"),
        PageBreak(),
        *_recommendations(),
    ]


def _drugs() -> list[list[str]]:
    rows = [["Indicator", *YEARS]]
    rows.append(["Drug trafficking offences", *(f"{v:,}" for v in _crime("Drug offences - trafficking"))])
    rows += [[name, *(str(v) for v in values)] for name, *values in DRUGS]
    return rows


def _scoring() -> list[Flowable]:
    rows = [
        [
            "Candidate priority",
            "Volume",
            "Harm",
            "Trend",
            "Public concern",
            "Capacity gap",
            "Score /25",
            "Rating",
        ]
    ]
    for issue, *scores, rag in SCORES:
        rows.append([issue, *(str(s) for s in scores), str(sum(scores)), rag])
    return [
        p("9.0&nbsp;&nbsp;Scoring the candidate priorities", H1),
        p(
            "Each issue was scored from 1 (low) to 5 (high) on five measures at the partners' workshop. "
            "Volume and "
            "trend come from the tables above; harm uses the Cambridge Crime Harm Index; public concern "
            "comes from "
            "the 2025 residents' survey; the capacity gap is partners' judgement of how far existing "
            "services fall "
            "short. An issue scoring 18 or more is rated red, 13 to 17 amber and 12 or less green.",
        ),
        p("Table 7: Priority scoring matrix", CAPTION),
        zebra(rows, [230, 62, 62, 62, 84, 84, 70, LAND - 654], figs={1, 2, 3, 4, 5, 6}),
        p(
            "Serious violence scores amber: knife crime is low and stable, and the county's Serious Violence "
            "Duty "
            "strategy now funds most of the work. Anti-social behaviour scores amber because it is falling "
            "and is "
            "well served by neighbourhood policing.",
        ),
    ]


def _recommendations() -> list[Flowable]:
    recs = (
        f"Adopt four priorities for 2026-2029: {RECOMMENDED_2629[0]}; {RECOMMENDED_2629[1]}; "
        f"{RECOMMENDED_2629[2]}; and {RECOMMENDED_2629[3]}.",
        "Stop treating anti-social behaviour as a separate partnership priority and monitor it through the "
        "Town "
        "Centre Tasking Group.",
        "Agree with the county how the Serious Violence Duty allocation will be spent locally, so that no "
        "project "
        "is funded twice.",
        "Commission a joint problem profile of shop theft in Market Cross with the Business Improvement "
        "District.",
        "Ask Juniper Place and the police for stalking data by perpetrator, to test whether repeat "
        "perpetrators "
        "drive the rise.",
        "Refresh this assessment in 2027, with a short annual update of the crime tables.",
    )
    glossary = (
        ("ASB", "Anti-social behaviour."),
        ("DA", "Domestic abuse."),
        ("IDVA", "Independent Domestic Violence Adviser: a specialist who supports high-risk victims."),
        (
            "MARAC",
            "Multi-agency risk assessment conference: a meeting on the highest-risk domestic abuse cases.",
        ),
        (
            "MSG",
            "Most similar group: fifteen areas alike in population and deprivation, used for comparison.",
        ),
        ("RAG", "Red, amber, green rating."),
        (
            "SVD",
            "Serious Violence Duty, placed on specified authorities by the Police, Crime, Sentencing and "
            "Courts Act 2022.",
        ),
        ("VAWG", "Violence against women and girls."),
    )
    return [
        p("10.0&nbsp;&nbsp;Recommendations", H1),
        *(p(f"<b>R{i}</b>&nbsp; {text}") for i, text in enumerate(recs, start=1)),
        FrameBreak(),
        p("11.0&nbsp;&nbsp;Glossary", H1),
        *(p(f"<b>{term}</b> &#8212; {meaning}", SMALL) for term, meaning in glossary),
        Spacer(1, 8),
        p(
            f"Contact: {ANALYST}, Community Safety Team, Wychbourne Borough Council. This assessment is "
            "marked "
            "OFFICIAL and may be shared with partners.",
            NOTE,
        ),
    ]
