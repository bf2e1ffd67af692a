"""Partnership AC's governance papers. Terms of Reference version 3, adopted 24 January 2024 and in force from
1 April 2024, under the letterhead in STIX: clauses under roman headings ("IV. Quorum") numbered "(1)", a
membership table of each body, who represents it, whether a responsible authority and whether it votes, the
meetings (quarterly, not every two months), the quorum with the old one stated, the Chair and Vice-Chair from
April 2024, the three levels of funding decision and their limits with the group's old limit, sub-groups and
their chairs, and a version history. A Funding Plan 2024-25 of March 2024 on landscape pages in Helvetica
under the masthead: income in £k with three years as columns (the council's contribution cut), allocations
by the new priorities beside the old year's, a sum held for a deferred bid, bidding rounds, rules and
scoring weights."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.names import STAITHWICK
from evals.archive.staithwick_facts import (
    ALLOC_2324,
    ALLOC_2425,
    AVAILABLE_2223,
    AVAILABLE_2324,
    AVAILABLE_2425,
    CARRIED_2122,
    CHAIR,
    COUNCIL_2223,
    COUNCIL_2324,
    COUNCIL_2425,
    DA_REP,
    GRANT_2223,
    GRANT_2324,
    GRANT_2425,
    HOUSING_REP,
    ICB_REP,
    MANAGER,
    OPCC_REP,
    PRIORITIES_2124,
    PRIORITIES_2427,
    PROBATION,
    PUBLIC_HEALTH,
    RESERVE_2425,
    SVD_2324,
    SVD_2425,
    UNDERSPEND_2223,
    UNDERSPEND_2324,
    VICE,
    YJS_REP,
)
from evals.archive.staithwick_layout import (
    COLUMN,
    H1,
    H2,
    LAND,
    LOG,
    LOG_H,
    LOG_TITLE,
    NOTE,
    SMALL,
    SUBTITLE,
    TEXT,
    TITLE,
    WIDTH,
    Furniture,
    boxed,
    kfig,
    ledger,
    notice,
    p,
    render,
    sheet,
)

TITLE_TERMS = "Staithwick Community Safety Partnership Terms of Reference (version 3)"
TITLE_PLAN = "Staithwick Community Safety Partnership Funding Plan 2024-25"
POLICE_REP = "Chief Inspector Ben Haddow"


def write_terms(path: Path) -> Path:
    foot = "ToR v3 \u2014 page {n} of {total}"
    furniture = Furniture("Terms of Reference v3", opening="letterhead", foot=foot)
    return render(path, _terms, Meta(TITLE_TERMS, STAITHWICK), furniture)


def write_plan(path: Path) -> Path:
    furniture = Furniture(
        "Funding Plan 2024-25",
        label="FUNDING PLAN 2024-25",
        opening="masthead",
        foot="Funding Plan 2024-25 | {n}",
        foot_at="right",
    )
    return render(path, _plan, Meta(TITLE_PLAN, STAITHWICK), furniture, first="landscape")


def _clause(n: int, text: str) -> Flowable:
    return p(f"({n})&nbsp;&nbsp;{text}", TEXT)


def _terms() -> list[Flowable]:
    members = [
        ["Body", "Represented by (from 1 April 2024)", "Responsible authority", "Votes"],
        ["Staithwick Council", f"{CHAIR} (Chair); {MANAGER}, Community Safety Manager", "Yes", "Yes"],
        ["Norwendshire Police", f"{POLICE_REP}, until a new district commander is appointed", "Yes", "Yes"],
        ["Norwendshire Fire and Rescue Service", f"{VICE} (Vice-Chair)", "Yes", "Yes"],
        ["The Probation Service", PROBATION, "Yes", "Yes"],
        ["NHS Norwendshire Integrated Care Board", ICB_REP, "Yes", "Yes"],
        ["Staithwick Youth Justice Service", YJS_REP, "No", "Yes"],
        ["Staithwick Council Public Health", PUBLIC_HEALTH, "No", "Yes"],
        ["Office of the Police and Crime Commissioner", OPCC_REP, "No", "No (adviser)"],
        ["Beacon House Women's Aid", DA_REP, "No", "No"],
        ["Staithwick Coastal Homes", HOUSING_REP, "No", "No"],
    ]
    levels = [
        ["Who decides", "Bids of", "Reported to"],
        ["Community Safety Manager (delegated)", "up to £2,500", "the next Board meeting"],
        [
            "Funding and Performance Group",
            "£2,501 to £12,000 (£7,500 until 31 March 2024)",
            "the next Board meeting",
        ],
        ["Partnership Board", "over £12,000, and any bid the Group refers up", "-"],
    ]
    versions = [
        ["Version", "Adopted", "Main changes"],
        ["1", "April 2019", "First terms after the partnership's review"],
        ["2", "May 2021", "Priorities 2021-24; Funding and Performance Group set up"],
        ["3", "24 January 2024", "Quarterly meetings; new quorum; Group limit raised to £12,000"],
    ]
    subgroups = (
        ("Funding and Performance Group", MANAGER),
        ("Domestic Abuse and Sexual Violence Partnership", DA_REP),
        ("Serious Violence and Exploitation Group", "Inspector Dawn Kettleby"),
        ("ASB and Neighbourhoods Group", HOUSING_REP),
    )
    return [
        Spacer(1, 6),
        p("Terms of Reference", TITLE),
        p(
            "Version 3 &#183; adopted by the Partnership Board on 24 January 2024 &#183; in force 1 April "
            "2024",
            SUBTITLE,
        ),
        notice(),
        p("I. Purpose", H1),
        _clause(
            1,
            "The Staithwick Community Safety Partnership is the community safety partnership for the area of "
            "Staithwick Council under section 5 of the Crime and Disorder Act 1998.",
        ),
        _clause(
            2,
            "The Partnership Board agrees a strategic assessment and a three-year plan, sets priorities, "
            "oversees the Community Safety Fund and commissions domestic homicide reviews.",
        ),
        _clause(3, "The priorities for 2024 to 2027 are: " + "; ".join(PRIORITIES_2427) + "."),
        p("II. Membership", H1),
        ledger(members, [150, 200, 80, WIDTH - 430]),
        Spacer(1, 4),
        p("Members may send a named deputy, who counts towards the quorum and may vote.", NOTE),
        NextPageTemplate("columns"),
        PageBreak(),
        p("III. Meetings", H1),
        _clause(4, "The Board meets quarterly. Until 31 March 2024 it met every two months."),
        _clause(5, "Papers go out five working days before a meeting. Meetings are not held in public."),
        p("IV. Quorum", H1),
        _clause(
            6,
            "Four voting members, of whom at least three represent responsible authorities. (The quorum "
            "under version 2 was five voting members, at least two of them from responsible authorities.)",
        ),
        p("V. Chair and Vice-Chair", H1),
        _clause(
            7,
            "The Board elects a Chair and a Vice-Chair from its voting members each year. From 1 April 2024 "
            f"the Chair is {CHAIR} and the Vice-Chair {VICE}.",
        ),
        _clause(8, "The Vice-Chair chairs any meeting the Chair cannot attend."),
        p("VI. Funding decisions", H1),
        _clause(9, "Decisions on the Community Safety Fund are taken at three levels:"),
        boxed(levels, [78, 80, COLUMN - 158]),
        Spacer(1, 4),
        _clause(10, "A member with an interest in a bid declares it and takes no part in the decision."),
        FrameBreak(),
        p("VII. Sub-groups", H1),
        *[_clause(11 + i, f"{name}: chaired by {chair}.") for i, (name, chair) in enumerate(subgroups)],
        p("VIII. Review", H1),
        _clause(15, "These terms are reviewed every year and whenever the priorities change."),
        p("Version history", H2),
        ledger(versions, [40, 64, COLUMN - 104]),
        Spacer(1, 6),
        p(
            "Version 2's priorities for 2021-24 were: " + "; ".join(PRIORITIES_2124).lower() + ".",
            SMALL,
        ),
    ]


def _side_by_side(left: Flowable, right: Flowable, width: float) -> Flowable:
    pair = Table([[left, right]], colWidths=[width, width], hAlign="LEFT")
    pair.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return pair


def _plan() -> list[Flowable]:
    income = [
        ["Income (£k)", "2022-23", "2023-24", "2024-25"],
        ["Police and Crime Commissioner allocation", kfig(GRANT_2223), kfig(GRANT_2324), kfig(GRANT_2425)],
        ["Staithwick Council contribution", kfig(COUNCIL_2223), kfig(COUNCIL_2324), kfig(COUNCIL_2425)],
        ["Serious Violence Duty (ring-fenced)", "-", kfig(SVD_2324), kfig(SVD_2425)],
        [
            "Carried forward from the year before",
            kfig(CARRIED_2122),
            kfig(UNDERSPEND_2223),
            kfig(UNDERSPEND_2324),
        ],
        ["Total available", kfig(AVAILABLE_2223), kfig(AVAILABLE_2324), kfig(AVAILABLE_2425)],
    ]
    old = [["2023-24 allocation by the 2021-24 priorities (£k)", ""]]
    letters = ("A", "B", "C", "D")
    old += [[f"{k}. {PRIORITIES_2124[letters.index(k)]}", kfig(amount)] for k, amount in ALLOC_2324]
    alloc = [["2024-25 allocation (£k)", ""]]
    alloc += [[name, kfig(amount)] for name, amount in ALLOC_2425]
    alloc += [["Unallocated reserve", kfig(RESERVE_2425)], ["Total", kfig(AVAILABLE_2425)]]
    rounds = [
        ["Round", "Opens", "Closes", "Decided"],
        [
            "Round 1",
            "2 April 2024",
            "3 May 2024",
            "Funding and Performance Group 15 May 2024; Board 17 July 2024",
        ],
        [
            "Round 2",
            "1 August 2024",
            "6 September 2024",
            "Funding and Performance Group 25 September 2024; Board 16 October 2024",
        ],
        ["Small grants (up to £2,500)", "any time", "-", "Community Safety Manager within ten working days"],
    ]
    weights = [
        ["Scoring criterion", "Weight"],
        ["Fit with the 2024-27 priorities", "30%"],
        ["Evidence of need", "25%"],
        ["Outcomes and how they will be measured", "20%"],
        ["Value for money", "15%"],
        ["Partnership working and what happens after the grant", "10%"],
    ]
    half = (LAND - 30) / 2
    return [
        p("Community Safety Fund: Funding Plan 2024-25", LOG_TITLE),
        p("Approved by the Partnership Board on 20 March 2024. Amounts in thousands of pounds (£k).", LOG),
        notice(LAND),
        p("1. Income", LOG_H),
        sheet(income, [260, 80, 80, 80], figs={1, 2, 3}),
        Spacer(1, 4),
        p(
            "The Commissioner's allocation is unchanged from 2023-24. The council's contribution falls by a "
            "third as part of its savings for 2024-25. Serious Violence Duty money must be spent by 31 March "
            "2025.",
            LOG,
        ),
        p("2. Allocations", LOG_H),
        p(
            "The three priorities adopted on 24 January 2024 replace the four of 2021-24. Reducing "
            "reoffending no longer has an allocation; the exploitation money moves into serious violence.",
            LOG,
        ),
        _side_by_side(
            sheet(old, [half - 60, 60], figs={1}), sheet(alloc, [half - 60, 60], figs={1}), half + 15
        ),
        Spacer(1, 4),
        p(
            "The Millfield Youth Hub's bid for late opening was deferred by the Board on 24 January 2024 "
            "pending match funding; the full sum asked is held until the Board decides it on 17 April 2024.",
            LOG,
        ),
        PageBreak(),
        p("3. Bidding rounds", LOG_H),
        sheet(rounds, [140, 90, 90, LAND - 320]),
        p("4. Rules", LOG_H),
        p("(a) The fund pays for revenue costs only: no buildings, vehicles or capital works.", LOG),
        p("(b) Every bid must meet at least one of the three priorities for 2024-27.", LOG),
        p("(c) Bids with match funding from the applicant or another funder score higher.", LOG),
        p("(d) Funded projects report quarterly; money not spent by 31 March is returned to the fund.", LOG),
        p("(e) One organisation may hold no more than two awards in the same year.", LOG),
        p("5. Scoring", LOG_H),
        sheet(weights, [300, 60], figs={1}),
        Spacer(1, 4),
        p("Bids scoring below 55 out of 100 are not funded.", LOG),
    ]
