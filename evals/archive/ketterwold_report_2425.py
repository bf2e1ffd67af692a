"""Partnership AL's Annual Report 2024/25 (July 2025): Times with STIX General Bold titles, page 1 under the
juniper "band" down the left edge on one column (the year in four figures in sandstone boxes, the new
Independent Chair's introduction saying whom he followed and when, and the four priorities of 2024-27 with
what was done), then two columns with a saffron rule between them: how the Partnership has worked since the
limits changed on 1 October 2024 (the delegation over the legacy reserve used once) and the Board's meetings,
the money and both reserves in £k with the legacy balances pooled on 1 April 2025, and the year ahead (the
budget for 2025/26 and a decision of April 2025 told only here); then a landscape page of every award of the
year in £k with what happened to it later and the bids declined, one of them told only here. A saffron-ruled
running head at the left of later pages and a foot "\u2014 n \u2014" centred."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.ketterwold_facts import (
    ARCHES_ASK,
    AVAILABLE_2425,
    AWARDS_2425,
    AWARDS_2526,
    BOARD_ABOVE_NEW,
    BOARD_ABOVE_OLD,
    COMMITTED_2425,
    COUNCIL_2425,
    COUNCIL_2526,
    LEGACY_CLOSE_2324,
    LEGACY_CLOSE_2425,
    LEGACY_ODR_LIMIT,
    LEVY_2425,
    LEVY_2526_ESTIMATE,
    LEVY_CARRIED_2324,
    LEVY_CARRIED_2425,
    LOCALITY_FUND,
    LOCALITY_SPENT_2425,
    LSG_LIMIT_NEW,
    LSG_LIMIT_OLD,
    NAVIGATORS_2425,
    OPERATION_BRAMBLE,
    PCC_2425,
    PCC_2526,
    PERP_EXPANSION,
    PERP_EXPANSION_ASK,
    POOLED,
    PRIORITIES_2427,
    RESERVE_CLOSE_2425,
    RESERVE_OPEN_2526,
    SAFE_SPACE,
    SKATEPARK_ASK,
    TO_RESERVE_2324,
    TO_RESERVE_2425,
    UNDERSPEND_2425,
)
from evals.archive.ketterwold_layout import (
    AR2,
    AR2_FIG,
    AR2_H1,
    AR2_H2,
    AR2_SMALL,
    AR2_STYLES,
    AR2_TITLE,
    HALF,
    LAND,
    SAFFRON,
    SANDSTONE,
    WIDTH,
    Furniture,
    headed,
    kilo,
    ledger,
    notice,
    p,
    pounds,
    ruled,
    short_date,
)
from evals.archive.ketterwold_layout import render as render_pages
from evals.archive.names import KETTERWOLD

TITLE_2425 = "Ketterwold Safer Communities Partnership Annual Report 2024/25"
DRONE_ASK = 9600  # declined by ODR/2025/004 on 3 March 2025: told only here
CELL = tuple(s.clone(f"{s.name}Land", fontSize=7.9, leading=9.6) for s in AR2_STYLES)
INK = headed(AR2_STYLES, AR2_TITLE.textColor, "KwAr2Ink")
LATER = {
    "G24/04": f"increased from {kilo(NAVIGATORS_2425)} by the Board on 23 Jan 2025: referrals doubled",
    "G24/13": "above the officer limit then in force, so decided by the Board",
    "G24/14": f"decided under the officer limit of {pounds(BOARD_ABOVE_NEW)} in force from 1 Oct 2024",
    "G24/15": "window 2",
    "G24/11": "window 1",
    "G24/12": "window 1; paid from the late night levy",
    "G24/07": "paid from the late night levy",
}


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture(
        "Ketterwold Safer Communities Partnership \u00b7 Annual Report 2024/25",
        label="ANNUAL REPORT 2024/25",
        opening="band",
        head_place="rule",
        foot="\u2014 {n} \u2014",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_2425, KETTERWOLD), furniture)


def _story() -> list[Flowable]:
    return [
        *_front(),
        *_priorities(),
        NextPageTemplate("two"),
        PageBreak(),
        *_working(),
        *_money(),
        NextPageTemplate("land"),
        PageBreak(),
        *_awards(),
    ]


def _figures() -> Table:
    numbers = [
        (f"\u00a3{kilo(AVAILABLE_2425)}k", "to spend in 2024/25"),
        (str(len(AWARDS_2425)), "awards, and 43 Locality Fund grants"),
        ("1,284", "victims supported by the Independent Domestic Violence Advisers"),
        (f"\u00a3{kilo(POOLED)}k", "of legacy balances pooled into the Community Safety Reserve"),
    ]
    cells = [[[p(figure, AR2_FIG), p(words, AR2_SMALL)] for figure, words in numbers]]
    box = Table(cells, colWidths=[WIDTH / 4] * 4, hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SANDSTONE),
                ("LINEABOVE", (0, 0), (-1, 0), 2.5, SAFFRON),
                ("LINEAFTER", (0, 0), (-2, -1), 3, "white"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def _front() -> list[Flowable]:
    return [
        notice(),
        Spacer(1, 6),
        p("Annual Report 2024/25", AR2_TITLE),
        p("Ketterwold Safer Communities Partnership, April 2024 to March 2025", AR2),
        Spacer(1, 4),
        _figures(),
        p("Introduction from the Independent Chair", AR2_H1),
        p(
            "I became the Partnership's Independent Chair on 1 October 2024, taking over from Helen "
            "Tranmere, "
            "who chaired it from its creation on 1 April 2023 until 30 September 2024 and saw through our "
            "first "
            "strategic assessment and the Partnership Plan 2024-2027. My first meeting was on 28 November "
            "2024. "
            "Chief Superintendent Lydia Yelland remains Vice-Chair.",
            AR2,
        ),
        p(
            "This was the first year of our plan. Domestic abuse services were busier than ever; knife "
            "offences "
            "fell after three years of rises; shoplifting did not. We changed how decisions are made so that "
            "smaller and urgent ones are quicker, and on 1 April 2025 we brought the four former districts' "
            "legacy balances together into one Community Safety Reserve.",
            AR2,
        ),
        p("<i>Dr Marcus Quennell, Independent Chair, July 2025</i>", AR2),
    ]


def _priorities() -> list[Flowable]:
    done = (
        "The advisers supported 1,284 victims, up 14% again. The share of repeat victims fell to 31%. "
        "Halfmoon Theatre Company ran healthy relationships workshops in 18 schools.",
        "Knife offences fell to 331 in 2024 from 346 in 2023. The exploitation navigators worked with 96 "
        "young "
        "people, so many that the Board increased their award in January. Operation Bramble followed two "
        "stabbings in Carnmoor.",
        "Brightwater Recovery's outreach engaged 412 people and gave out 380 naloxone kits; eleven "
        "properties "
        "used for dealing were closed.",
        "Violence in Tessford town centre on Friday and Saturday nights fell to 1,318 in 2024. Shoplifting "
        "kept "
        "rising, to 3,702 offences. The Tessford Safe Space opened in October.",
    )
    flow: list[Flowable] = [p("Our priorities, 2024\u201327", AR2_H1)]
    for i, (title, words) in enumerate(zip(PRIORITIES_2427, done, strict=True), 1):
        flow += [p(f"{i}. {title}", AR2_H2), p(words, AR2)]
    return flow


def _working() -> list[Flowable]:
    limits = [
        ["", "To 30 Sep 2024", "From 1 Oct 2024"],
        ["Board: awards above", pounds(BOARD_ABOVE_OLD), pounds(BOARD_ABOVE_NEW)],
        ["Head of Safer Communities: up to", pounds(BOARD_ABOVE_OLD), pounds(BOARD_ABOVE_NEW)],
        ["Locality Safety Group: up to", pounds(LSG_LIMIT_OLD), pounds(LSG_LIMIT_NEW)],
        ["Legacy reserve by officer: up to", "-", pounds(LEGACY_ODR_LIMIT)],
    ]
    return [
        p("How we worked", AR2_H1),
        p(
            "The Executive Board met five times: on 25 April, 18 July, 26 September and 28 November 2024 and "
            "on "
            "23 January 2025. On 26 September it raised the limits below from 1 October 2024, and let the "
            "Head "
            "of Safer Communities release small sums from a locality's legacy balance when its Locality "
            "Safety "
            f"Group recommends it. That power was used once, to release {pounds(SAFE_SPACE)} for the "
            "Tessford "
            "Safe Space.",
            AR2,
        ),
        ruled(limits, [HALF - 120, 60, 60], figs={1, 2}, styles=INK),
        Spacer(1, 4),
        p(
            f"Each Locality Fund stayed at {pounds(LOCALITY_FUND)}. The four groups made 43 grants between "
            "them.",
            AR2,
        ),
    ]


def _awards() -> list[Flowable]:
    rows = [["Ref.", "Project", "Organisation", "Priority", "Decided by", "Date", "£k", "Later"]]
    for ref, project, org, priority, who, date, amount in AWARDS_2425:
        rows.append(
            [ref, project, org, str(priority), who, short_date(date), kilo(amount), LATER.get(ref, "")]
        )
    locality = sum(LOCALITY_SPENT_2425.values())
    rows.append(["", "Locality Fund grants (43)", "Four Locality Safety Groups", "-", "LSGs",
                 "through the year", kilo(locality), ""])  # fmt: skip
    rows.append(["", "<b>Total</b>", "", "", "", "", f"<b>{kilo(COMMITTED_2425)}</b>", ""])
    return [
        p("What we funded in 2024/25", AR2_H1),
        p(
            "Every award of the year, in thousands of pounds, with what changed later. Officer decision "
            "records "
            "are shown by their reference.",
            AR2_SMALL,
        ),
        ledger(rows, [38, 150, 150, 40, 70, 54, 36, LAND - 538], figs={3, 6}, styles=CELL, total=True),
        Spacer(1, 6),
        p("Bids we declined", AR2_H2),
        p(
            f"Knife arches for the Constabulary ({kilo(ARCHES_ASK)}k; Board, 23 January 2025: police "
            "equipment). "
            f"CCTV at Ullerby skate park ({kilo(SKATEPARK_ASK)}k; ODR/2024/038: capital works). A drone for "
            f"anti-social behaviour patrols asked for by Ullerby Town Council ({kilo(DRONE_ASK)}k; "
            "ODR/2025/004, "
            "3 March 2025: police equipment).",
            AR2,
        ),
    ]


def _money() -> list[Flowable]:
    budget = [
        ["2024/25", "£k"],
        ["Commissioner's Community Safety Grant", kilo(PCC_2425)],
        ["Ketterwold Council", kilo(COUNCIL_2425)],
        ["Late night levy", kilo(LEVY_2425)],
        ["Levy brought forward", kilo(LEVY_CARRIED_2324)],
        ["<b>Available</b>", f"<b>{kilo(AVAILABLE_2425)}</b>"],
        ["Committed", kilo(COMMITTED_2425)],
        ["<b>Underspend</b>", f"<b>{kilo(UNDERSPEND_2425)}</b>"],
        ["levy carried forward", kilo(LEVY_CARRIED_2425)],
        ["into the Community Safety Reserve", kilo(TO_RESERVE_2425)],
    ]
    reserve = [
        ["Community Safety Reserve", "£k"],
        ["1 April 2024", kilo(TO_RESERVE_2324)],
        ["Operation Bramble (Jan 2025)", f"-{kilo(OPERATION_BRAMBLE)}"],
        ["Underspend 2024/25", f"+{kilo(TO_RESERVE_2425)}"],
        ["<b>31 March 2025</b>", f"<b>{kilo(RESERVE_CLOSE_2425)}</b>"],
        ["Legacy balances pooled", f"+{kilo(POOLED)}"],
        ["<b>1 April 2025</b>", f"<b>{kilo(RESERVE_OPEN_2526)}</b>"],
    ]
    legacy = [["Legacy balance", "1 Apr 2024", "31 Mar 2025"]]
    for place in LEGACY_CLOSE_2425:
        legacy.append([place, kilo(LEGACY_CLOSE_2324[place]), kilo(LEGACY_CLOSE_2425[place])])
    budget_2526 = PCC_2526 + COUNCIL_2526 + LEVY_2526_ESTIMATE + LEVY_CARRIED_2425
    return [
        p("Our money", AR2_H1),
        ruled(budget, [HALF - 50, 50], figs={1}, styles=INK),
        Spacer(1, 5),
        ruled(reserve, [HALF - 50, 50], figs={1}, styles=INK),
        Spacer(1, 5),
        ruled(legacy, [HALF - 120, 60, 60], figs={1, 2}, styles=INK),
        Spacer(1, 4),
        p(
            "The Locality Legacy Reserve held the four former district partnerships' balances from vesting "
            "day. "
            "From 1 April 2025 there is one Community Safety Reserve, released by the Board.",
            AR2,
        ),
        p("The year ahead", AR2_H1),
        p(
            f"The Commissioner has kept the Community Safety Grant at {pounds(PCC_2526)} for 2025/26, but "
            "the "
            f"council's contribution falls to {pounds(COUNCIL_2526)}. With the levy (an estimated "
            f"{pounds(LEVY_2526_ESTIMATE)}) and the levy carried forward, we have {pounds(budget_2526)}. The "
            f"Board agreed six continuing awards worth {pounds(sum(a[2] for a in AWARDS_2526))} in January.",
            AR2,
        ),
        p(
            "In March 2025 the Commissioner decided to commission perpetrator programmes across the county "
            "only "
            f"from 2026/27. On 24 April 2025 the Board therefore approved {pounds(PERP_EXPANSION)} for "
            "Northgate "
            "Change to run Safe Choices in Pendlecot and Ullerby for 2025/26, less than the "
            f"{pounds(PERP_EXPANSION_ASK)} asked for and deferred in January.",
            AR2,
        ),
        p(
            "The Strategic Assessment will be refreshed in spring 2026. The Board's meetings in 2025/26 are "
            "on 24 "
            "April, 17 July, 25 September and 27 November 2025 and 22 January and 19 March 2026.",
            AR2,
        ),
    ]
