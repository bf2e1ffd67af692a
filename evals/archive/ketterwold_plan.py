"""Partnership AL's Partnership Plan 2024-2027, approved by the Executive Board on 25 April 2024: landscape
pages throughout in Bitstream Vera with DejaVu Sans Bold titles, page 1 under the "wold" mark on three columns
(a foreword by the chair and vice-chair, the county in figures, the four priorities for 2024-27 and what was
left out), then one landscape column for a "ruled" table of each priority with why (figures from the strategic
assessment restated), what will be done, the lead group and how success is measured, then three columns again
for how the Partnership works (the Executive Board, the four Locality Safety Groups and their chairs, four
delivery groups, who decides how much and the money for 2024/25). A saffron-ruled running head at the left of
later pages and a foot "KSCP Partnership Plan 2024-27 \u00b7 n" centred."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.ketterwold_facts import (
    ASB,
    BOARD_ABOVE_OLD,
    COUNCIL_2425,
    DOMESTIC,
    KNIFE,
    LEVY_2425,
    LEVY_CARRIED_2324,
    LOCALITY_FUND,
    LSG_LIMIT_OLD,
    NTE,
    PCC_2425,
    POPULATION,
    PRIORITIES_2324,
    PRIORITIES_2427,
    QUORUM,
    TOTALS,
)
from evals.archive.ketterwold_layout import (
    LAND,
    PLAN,
    PLAN_H,
    PLAN_H2,
    PLAN_STYLES,
    PLAN_TITLE,
    THIRD,
    Furniture,
    notice,
    p,
    pounds,
    ruled,
    shaded,
)
from evals.archive.ketterwold_layout import render as render_pages
from evals.archive.names import KETTERWOLD

TITLE_PLAN = "Ketterwold Safer Communities Partnership Plan 2024-2027"
FIGURE = PLAN.clone("KwPlanFigure", fontName="KwSansBold", fontSize=15, leading=17, spaceAfter=0,
                    textColor=PLAN_H.textColor)  # fmt: skip
CELL = (PLAN_STYLES[0], PLAN_STYLES[1], PLAN.clone("KwPlanCell", fontSize=7.6, leading=9.6, spaceAfter=0),
        PLAN.clone("KwPlanCellFig", fontSize=7.6, leading=9.6, spaceAfter=0, alignment=2))  # fmt: skip


def write_plan(path: Path) -> Path:
    furniture = Furniture(
        "Ketterwold Safer Communities Partnership \u2013 Partnership Plan 2024\u20132027",
        label="Partnership Plan 2024\u20132027  \u00b7  approved by the Executive Board on 25 April 2024",
        opening="wold",
        head_place="rule",
        foot="KSCP Partnership Plan 2024-27 \u00b7 {n}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_PLAN, KETTERWOLD), furniture, first="three")


def _story() -> list[Flowable]:
    return [
        *_front(),
        NextPageTemplate("land"),
        PageBreak(),
        *_table(),
        NextPageTemplate("three"),
        PageBreak(),
        *_working(),
    ]


def _front() -> list[Flowable]:
    figures = [
        (f"{POPULATION:,}", "people live in Ketterwold"),
        (f"{TOTALS[2]:,}", "crimes recorded in 2023"),
        (f"{DOMESTIC[2][2]:,}", "domestic abuse-related crimes in 2023"),
        (f"{ASB[2]:,}", "anti-social behaviour incidents in 2023, fewer than in either year before"),
    ]
    county: list[Flowable] = []
    for figure, words in figures:
        county += [p(figure, FIGURE), p(words, PLAN)]
    priorities: list[Flowable] = [
        p(f"<b>{i}</b>&nbsp;&nbsp;{t}", PLAN) for i, t in enumerate(PRIORITIES_2427, 1)
    ]
    return [
        notice(THIRD),
        Spacer(1, 6),
        p("Partnership Plan 2024\u20132027", PLAN_TITLE),
        p("Foreword", PLAN_H),
        p(
            "This is the first plan of the Ketterwold Safer Communities Partnership since Ketterwold Council "
            "took over from the county council and the four district councils on 1 April 2023. For our first "
            "year we kept the four priorities we inherited from the former county board. Our first strategic "
            "assessment, published in March 2024, looked at the whole county for the first time, and this "
            "plan "
            "follows what it found.",
            PLAN,
        ),
        p(
            "The plan runs from April 2024 to March 2027. Each priority has one group leading it and a small "
            "number of measures the Executive Board will check every quarter.",
            PLAN,
        ),
        p("Helen Tranmere, Independent Chair<br/>Ch Supt Lydia Yelland, Vice-Chair", PLAN),
        FrameBreak(),
        p("Ketterwold in figures", PLAN_H),
        *county,
        Spacer(1, 4),
        p("Source: Strategic Assessment 2024 (figures for the calendar year 2023).", PLAN),
        FrameBreak(),
        p("Our priorities for 2024\u201327", PLAN_H),
        shaded(priorities, THIRD),
        Spacer(1, 6),
        p("What has changed", PLAN_H2),
        p(
            "The priorities for 2023/24 were "
            + "; ".join(t.lower() for t in PRIORITIES_2324)
            + ". Domestic abuse and sexual violence widen into violence against women and girls; serious "
            "violence now includes the exploitation of young people; drug and alcohol harm is a priority for "
            "the first time; anti-social behaviour in town centres joins the night-time economy.",
            PLAN,
        ),
        p(
            "Rural crime is no longer a priority of the Partnership. It was graded Low in the assessment and "
            "is "
            "led from April 2024 by the Constabulary's Rural Crime Forum, which reports to the Board once a "
            "year.",
            PLAN,
        ),
    ]


def _table() -> list[Flowable]:
    rows = [
        ["Priority", "Why", "What we will do", "Lead group", "How we will know"],
        [
            "1. Violence against women and girls",
            f"Domestic abuse-related crimes reached {DOMESTIC[2][2]:,} in 2023, up for the second year; a "
            "third "
            "of victims are repeat victims.",
            "Keep the Independent Domestic Violence and Sexual Violence Advisers; run the Safe Choices "
            "perpetrator programme; healthy relationships work in schools.",
            "Domestic Abuse and Sexual Violence Partnership Board",
            "Repeat victims below 30% by March 2027; more victims supported by the advisers each year.",
        ],
        [
            "2. Serious violence and the exploitation of young people",
            f"Knife offences rose to {KNIFE[2]} in 2023; county lines run into Carnmoor and Tessford.",
            "Exploitation navigators with the Youth Justice Service; detached youth work in Carnmoor; a "
            "serious "
            "violence analyst; a response to cuckooing.",
            "Serious Violence and Exploitation Group",
            "Fewer knife offences than in 2023; every young person referred seen within five working days.",
        ],
        [
            "3. Drug and alcohol related harm",
            "Drug-related deaths rose from 41 in 2021 to 53 in 2023; residents name drug dealing as a top "
            "concern.",
            "Drug and alcohol outreach with Brightwater Recovery; naloxone for people at risk; closures of "
            "properties used for dealing.",
            "Combating Drugs Partnership",
            "More people in treatment; fewer drug-related deaths than in 2023.",
        ],
        [
            "4. Safer town centres and the night-time economy",
            f"Violence in Tessford town centre on Friday and Saturday nights rose to {NTE[2]:,} in 2023; "
            "shoplifting is up by more than a third in a year.",
            "Tessford Night Marshals and CCTV monitoring paid for partly by the late night levy; a student "
            "night "
            "safety campaign; a business crime scheme.",
            "Town Centres and Night-Time Economy Group",
            "Night-time violence in Tessford below its 2022 level; shoplifting back to its 2022 level.",
        ],
    ]
    return [
        p("The plan on a page", PLAN_H),
        p(
            "For each priority: why it matters (from the Strategic Assessment 2024), what we will do, which "
            "group leads it and how the Board will know it is working.",
            PLAN,
        ),
        ruled(rows, [120, 170, 200, 110, LAND - 600], styles=CELL),
    ]


def _working() -> list[Flowable]:
    locality = [
        ["Locality", "Chair of the Locality Safety Group"],
        ["Carnmoor", "Councillor Brian Hesketh"],
        ["Tessford", "Councillor Priya Nandhra"],
        ["Ullerby", "Councillor Susan Melhuish"],
        ["Pendlecot", "Councillor Oliver Trask"],
    ]
    deciders = [
        ["Who decides", "What"],
        ["Executive Board", f"Awards above {pounds(BOARD_ABOVE_OLD)}; every release from a reserve"],
        ["Head of Safer Communities", f"Awards up to {pounds(BOARD_ABOVE_OLD)}, by officer decision record"],
        ["Locality Safety Group", f"Awards up to {pounds(LSG_LIMIT_OLD)} from its Locality Fund of "
         f"{pounds(LOCALITY_FUND)} a year"],
    ]  # fmt: skip
    money = [
        ["2024/25", "\u00a3"],
        ["Police and Crime Commissioner's Community Safety Grant", f"{PCC_2425:,}"],
        ["Ketterwold Council (including the Locality Funds)", f"{COUNCIL_2425:,}"],
        ["Late night levy, council's share (ring-fenced)", f"{LEVY_2425:,}"],
        ["Late night levy brought forward from 2023/24", f"{LEVY_CARRIED_2324:,}"],
        ["<b>Total</b>", f"<b>{PCC_2425 + COUNCIL_2425 + LEVY_2425 + LEVY_CARRIED_2324:,}</b>"],
    ]
    return [
        p("How the Partnership works", PLAN_H),
        p(
            "The <b>Executive Board</b> sets the plan, holds the budget and checks progress. It has an "
            "independent chair, appointed by the Board, and the Constabulary's Head of Local Policing as "
            "vice-chair. It meets at least every quarter. Its quorum is " + QUORUM + ".",
            PLAN,
        ),
        p(
            "Each of the four localities, the areas of the former district councils, has a <b>Locality "
            "Safety "
            "Group</b> chaired by a local councillor, which deals with local problems and holds a small "
            "Locality Fund.",
            PLAN,
        ),
        ruled(locality, [70, THIRD - 70], styles=CELL),
        FrameBreak(),
        p("Delivery groups", PLAN_H),
        p(
            "From 2024 four groups each lead one priority and report to every Board: the Domestic Abuse and "
            "Sexual Violence Partnership Board; the Serious Violence and Exploitation Group, which also "
            "leads "
            "the Serious Violence Duty; the Combating Drugs Partnership; and a new Town Centres and "
            "Night-Time "
            "Economy Group chaired by the manager of Tessford Business Improvement District.",
            PLAN,
        ),
        p("Who decides", PLAN_H2),
        ruled(deciders, [86, THIRD - 86], styles=CELL),
        Spacer(1, 4),
        p("The Board will review these limits in 2024.", PLAN),
        FrameBreak(),
        p("Money for 2024/25", PLAN_H),
        ruled(money, [THIRD - 60, 60], figs={1}, styles=CELL, total=True),
        Spacer(1, 4),
        p(
            "The Commissioner's grant is lower than the \u00a3356,000 of 2023/24. The Board agreed the first "
            "awards for 2024/25 at its meeting on 25 April 2024; the rest is offered to bidders in two "
            "windows "
            "(see the Funding Prospectus 2024/25).",
            PLAN,
        ),
    ]
