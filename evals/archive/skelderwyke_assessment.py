"""Partnership AE's Strategic Assessment 2022 (September 2022), on the calendar years 2019 to 2021: DejaVu
Serif under a graphite tab, tables in Helvetica with figures in Courier. Page 1 the executive summary with
key findings restating cells in words; then the method, recorded crime in seventeen categories with the
years as columns and the change (continued across a page break with its header repeated), ten wards ranked
by rate per 1,000, domestic abuse, anti-social behaviour and knife crime with the years as rows, the most
similar group; and on a landscape page candidate priorities scored with MoRiLE and rated red, amber or green,
recommendations R1 to R7 and a glossary."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import SKELDERWYKE
from evals.archive.skelderwyke_facts import (
    ANALYST,
    ASB,
    CRIME,
    DA_CRIMES,
    DA_INCIDENTS,
    DA_REPEAT,
    KNIFE,
    MARAC,
    MORILE,
    MSG,
    POPULATION,
    TOTALS,
    WARDS,
    YEARS,
)
from evals.archive.skelderwyke_layout import (
    COURIER_STYLES,
    LAND,
    ROSE,
    SA,
    SA_CAPTION,
    SA_H,
    TURQ,
    WIDTH,
    Furniture,
    boxed,
    notice,
    open_table,
    p,
    pct,
    render,
    signed,
)

TITLE_SA = "Skelderwyke Community Safety Partnership Strategic Assessment 2022"
SA_CAPTION_SPLIT = SA_CAPTION.clone("SkSaCaptionSplit", keepWithNext=0)
RAG_COLOUR = {"Red": ROSE, "Amber": "#d98b12", "Green": TURQ}


def write_assessment(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Assessment 2022 \u2014 OFFICIAL",
        label="Strategic Assessment 2022",
        opening="tab",
        foot="Page {n}",
        foot_left="SSP/SA/2022",
    )
    return render(path, _story, Meta(TITLE_SA, SKELDERWYKE), furniture)


def _crime(name: str) -> tuple[str, int, int, int]:
    return next(row for row in CRIME if row[0] == name)


def _summary() -> list[Flowable]:
    stalking, burglary = _crime("Stalking and harassment"), _crime("Residential burglary")
    return [
        Spacer(1, 14),
        p("Strategic Assessment 2022", SA_H.clone("SkSaTitle", fontSize=21, leading=25, textColor="#33363d")),
        p(f"Skelderwyke Community Safety Partnership \u00b7 September 2022 \u00b7 prepared by {ANALYST}", SA),
        notice(),
        p("Executive summary", SA_H),
        p(
            f"Recorded crime in Skelderwyke fell from {TOTALS[0]:,} offences in 2019 to {TOTALS[1]:,} in "
            "2020, "
            f"when the pandemic closed the night-time economy, and rose again to {TOTALS[2]:,} in 2021, "
            "still "
            f"below its level before the pandemic. That is {TOTALS[2] / POPULATION * 1000:.1f} crimes per "
            "1,000 "
            "residents, above the average of our most similar group of areas."
        ),
        p("Key findings", SA_H),
        p(
            f"\u2022 Stalking and harassment has risen every year and is now two-fifths higher than in 2019 "
            f"({stalking[1]:,} to {stalking[3]:,}).<br/>"
            f"\u2022 Residential burglary has fallen by a third since 2019 ({burglary[1]:,} to "
            f"{burglary[3]:,}).<br/>"
            "\u2022 Castle Quay, the city centre ward, has more than twice the crime rate of any other ward; "
            "Kittiwake Dock is second.<br/>"
            "\u2022 Domestic abuse related crime rose in both years, and more than a third of victims are "
            "now "
            "repeat victims.<br/>"
            "\u2022 Knife-enabled offences fell in 2020 but in 2021 reached their highest level of the "
            "three years.<br/>"
            "\u2022 Anti-social behaviour peaked in 2020, inflated by reports of breaches of coronavirus "
            "rules."
        ),
        p(
            "The assessment recommends three priorities for 2023 to 2026, set out in section 7: serious "
            "violence "
            "and knife crime, violence against women and girls including domestic abuse, and anti-social "
            "behaviour and neighbourhood crime including retail crime."
        ),
    ]


def _method_and_crime() -> list[Flowable]:
    rows = [["Offence category", *map(str, YEARS), "Change 2020 to 2021", "% change", "% on 2019"]]
    for name, a, b, c in CRIME:
        rows.append([name, f"{a:,}", f"{b:,}", f"{c:,}", signed(c - b), pct(b, c), pct(a, c)])
    a, b, c = TOTALS
    rows.append(
        ["<b>All recorded crime</b>", f"{a:,}", f"{b:,}", f"{c:,}", signed(c - b), pct(b, c), pct(a, c)]
    )
    return [
        p("1. Method", SA_H),
        p(
            "This assessment uses Northmarch Police recorded crime and incident data, the City Council's "
            "anti-social behaviour case records, MARAC returns and Youth Justice Service data for the "
            "calendar "
            "years 2019, 2020 and 2021. Calendar years are used, rather than financial years, so that the "
            "figures "
            "can be compared with the police force's own strategic assessment. Rates use the mid-2020 "
            "population "
            f"estimate of {POPULATION:,}."
        ),
        p(
            "Ward figures are for 2021 and are counted by where an offence happened, not where a victim "
            "lives. "
            "Figures for 2020 are affected throughout by the national restrictions of that year and should "
            "be read "
            "with care; comparisons are therefore also made with 2019, the last full year before the "
            "pandemic."
        ),
        p("2. Recorded crime", SA_H),
        p(
            "Table 1 gives recorded crime by category. The change columns compare 2021 with 2020 and with "
            "2019.",
        ),
        p("Table 1. Recorded crime by offence category, Skelderwyke, 2019 to 2021", SA_CAPTION_SPLIT),
        open_table(
            rows, [148, 46, 46, 46, 62, 60, WIDTH - 408], figs=(1, 2, 3, 4, 5, 6), styles=COURIER_STYLES
        ),
    ]


def _wards() -> list[Flowable]:
    rows = [["Rank", "Ward", "Population", "Crimes 2021", "Rate per 1,000", "Violence", "ASB incidents"]]
    ranked = sorted(WARDS, key=lambda w: -w[2] / w[1])
    for rank, (ward, pop, crimes, violence, asb) in enumerate(ranked, 1):
        rows.append(
            [
                str(rank),
                ward,
                f"{pop:,}",
                f"{crimes:,}",
                f"{crimes / pop * 1000:.1f}",
                f"{violence:,}",
                f"{asb:,}",
            ]
        )
    return [
        p("3. Where crime happens", SA_H),
        p("Table 2. Recorded crime by ward, 2021, ranked by rate per 1,000 residents", SA_CAPTION),
        open_table(
            rows, [34, 100, 64, 64, 70, 60, WIDTH - 392], figs=(0, 2, 3, 4, 5, 6), styles=COURIER_STYLES
        ),
        p(
            "Castle Quay's rate reflects its night-time economy and shopping centre: many of its victims "
            "live "
            "elsewhere. Skelder Vale, the most rural ward, has the lowest rate."
        ),
    ]


def _people() -> list[Flowable]:
    rows = [
        [
            "Year",
            "DA-related crimes",
            "DA incidents (non-crime)",
            "Repeat victims",
            "MARAC cases",
            "Knife-enabled offences",
            "ASB incidents",
        ]
    ]
    for i, year in enumerate(YEARS):
        rows.append(
            [
                str(year),
                f"{DA_CRIMES[i]:,}",
                f"{DA_INCIDENTS[i]:,}",
                DA_REPEAT[i],
                f"{MARAC[i]:,}",
                f"{KNIFE[i]:,}",
                f"{ASB[i]:,}",
            ]
        )
    msg = [["Measure (2021)", "Skelderwyke per 1,000", "Group average", "Position of 15"]]
    msg += [list(row) for row in MSG]
    return [
        p("4. Domestic abuse, knife crime and anti-social behaviour", SA_H),
        p("Table 3. Domestic abuse, knife crime and anti-social behaviour, 2019 to 2021", SA_CAPTION),
        boxed(rows, [40, 66, 80, 60, 62, 80, WIDTH - 388], figs=(1, 2, 3, 4, 5, 6)),
        p(
            "Domestic abuse related crime has grown by a fifth since 2019. The proportion of repeat victims "
            "referred to the MARAC rose from 31% to 35%. Anti-social behaviour incidents fell by a fifth in "
            "2021 "
            "from the peak of 2020 as restrictions ended."
        ),
        p("5. How we compare", SA_H),
        p(
            "Skelderwyke is compared with the fourteen other community safety partnership areas in its most "
            "similar group (MSG), chosen by the Home Office for their likeness in population and "
            "deprivation. "
            "Position 1 is the lowest rate."
        ),
        p("Table 4. Skelderwyke in its most similar group, 2021", SA_CAPTION),
        boxed(msg, [170, 100, 90, WIDTH - 360], figs=(1, 2, 3)),
        p(
            "Skelderwyke sits in the bottom half of its group for all recorded crime and for violence, but "
            "in "
            "the top half for residential burglary and robbery."
        ),
        p("6. What residents tell us", SA_H),
        p(
            "In the City Council's residents' survey of autumn 2021, 64% of 1,840 respondents said they felt "
            "safe in their area after dark, down from 69% in 2019. Women were less likely to feel safe than "
            "men "
            "(57% against 72%). Drug dealing and using, speeding and litter were the three problems most "
            "often "
            "named, and one in four respondents in Castle Quay named people being drunk or rowdy."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
    ]


def _priorities() -> list[Flowable]:
    rows = [["Candidate priority", "Threat and risk", "Harm", "MoRiLE score", "Rating"]]
    for name, risk, harm, rating in MORILE:
        colour = RAG_COLOUR[rating]
        rows.append(
            [
                name,
                str(risk),
                str(harm),
                str(risk + harm),
                f'<font color="{_hex(colour)}"><b>{rating}</b></font>',
            ]
        )
    recommendations = (
        "Adopt serious violence and knife crime as a priority, meeting the Serious Violence Duty from "
        "January 2023.",
        "Adopt violence against women and girls, including domestic abuse, as a priority.",
        "Keep anti-social behaviour and neighbourhood crime as a priority, adding retail crime to it.",
        "Fold violence in the night-time economy into the serious violence priority.",
        "Pass the lead on exploitation and county lines to the Safeguarding Children Partnership's "
        "exploitation sub-group.",
        "Fund the analyst post in full so that a problem profile of serious violence can be written in 2023.",
        "Repeat this assessment in 2025.",
    )
    glossary = (
        ("ASB", "anti-social behaviour"),
        ("DA", "domestic abuse"),
        ("MARAC", "multi-agency risk assessment conference, for victims of domestic abuse at high risk"),
        ("MoRiLE", "Management of Risk in Law Enforcement, a scoring of threat, risk and harm"),
        ("MSG", "most similar group of fifteen areas, set by the Home Office"),
        ("RAG", "red, amber, green rating; red is the highest concern"),
    )
    return [
        p("7. Recommended priorities for 2023 to 2026", SA_H),
        p(
            "Threat, risk and harm were scored by a workshop of partners in July 2022 using the MoRiLE "
            "(Management "
            "of Risk in Law Enforcement) method. The scores and ratings are in Table 5."
        ),
        p("Table 5. Candidate priorities scored by the MoRiLE workshop, July 2022", SA_CAPTION),
        boxed(rows, [300, 90, 70, 90, LAND - 550], figs=(1, 2, 3)),
        Spacer(1, 6),
        p("Recommendations", SA_H),
        *[p(f"<b>R{i}</b>\u2002{text}", SA) for i, text in enumerate(recommendations, 1)],
        p("Glossary", SA_H),
        p("; ".join(f"<b>{a}</b> {b}" for a, b in glossary) + ".", SA),
    ]


def _hex(colour: object) -> str:
    if isinstance(colour, str):
        return colour
    return colour.hexval().replace("0x", "#")  # type: ignore[attr-defined]


def _story() -> list[Flowable]:
    return [*_summary(), *_method_and_crime(), *_wards(), *_people(), *_priorities()]
