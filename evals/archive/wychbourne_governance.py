"""Partnership AB's governance papers. Terms of Reference and Membership, version 2.0, adopted 10 June
2025: clauses under "§" headings with sub-clauses "§4.2"; page 1 under the crest with the purpose and the
statutory basis; a membership table (each seat, who holds it in June 2025, whether a responsible
authority, whether it votes); then a page of two columns with a rule between them (meetings, quorum, Chair
and Vice-Chair, decisions and the delegated limits, sub-groups and their chairs, review) and a table of
versions. A Community Safety Funding Plan 2026/27 of March 2026 on landscape pages in Helvetica: the money
with the years as columns (the borough's contribution cut), the allocations by the new priorities in £k,
the bidding rounds, the eligibility rules and the scoring weights."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, Spacer

from evals.archive.common import Meta
from evals.archive.names import WYCHBOURNE
from evals.archive.wychbourne_facts import (
    AVAILABLE_2526,
    AVAILABLE_2627,
    BOROUGH_2526,
    BOROUGH_2627,
    CHAIR,
    CHAIR_OLD,
    COUNTY_REP,
    DA_REP,
    FIRE_REP,
    GRANT_2526,
    GRANT_2627,
    HEAD,
    HOUSING_REP,
    ICB_REP,
    IDVA_2627,
    OPCC_REP,
    PRIORITIES_2629,
    PROBATION,
    PUBLIC_HEALTH,
    STALKING_AWARD,
    SVD_2526,
    SVD_2627,
    UNDERSPEND_2425,
    UNDERSPEND_2526,
    YJS_REP,
)
from evals.archive.wychbourne_layout import (
    CELL,
    COLUMN,
    H1,
    LAND,
    LOG,
    LOG_H,
    LOG_STYLES,
    LOG_TITLE,
    NOTE,
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
    thousands,
    zebra,
)

TITLE_TERMS = "Wychbourne Community Safety Partnership: Terms of Reference and Membership (version 2.0)"
TITLE_PLAN = "Wychbourne Community Safety Partnership: Community Safety Funding Plan 2026/27"


def write_terms(path: Path) -> Path:
    furniture = Furniture(
        "Terms of Reference and Membership v2.0",
        code="ToR v2.0",
        opening="crest",
        foot="ToR v2.0 · {n}/{total}",
    )
    return render(path, _terms, Meta(TITLE_TERMS, WYCHBOURNE), furniture)


def write_plan(path: Path) -> Path:
    furniture = Furniture(
        "Community Safety Funding Plan 2026/27",
        code="FP 26/27",
        opening="",
        foot="Funding Plan 2026/27 · {n}",
        foot_at="left",
    )
    return render(path, _plan, Meta(TITLE_PLAN, WYCHBOURNE), furniture, first="landscape")


def _clause(n: int, title: str) -> Flowable:
    return p(f"§{n}&nbsp;&nbsp;{title}", H1)


def _sub(ref: str, text: str) -> Flowable:
    return p(f"<b>§{ref}</b>&nbsp; {text}", SMALL)


MEMBERS = (
    ("Wychbourne Borough Council: Cabinet Member for Communities (Chair)", CHAIR_OLD, "Yes", "Yes"),
    ("Calvershire Police: Neighbourhood Policing Area commander (Vice-Chair)", CHAIR, "Yes", "Yes"),
    ("Wychbourne Borough Council: Head of Community Safety", HEAD, "Yes", "Yes"),
    ("Calvershire County Council: Community Safety Manager", COUNTY_REP, "Yes", "Yes"),
    ("Calvershire Fire and Rescue Service: station manager", FIRE_REP, "Yes", "Yes"),
    ("The Probation Service: head of the delivery unit", PROBATION, "Yes", "Yes"),
    ("NHS Calvershire Integrated Care Board: Head of Safeguarding", ICB_REP, "Yes", "Yes"),
    ("Office of the Police and Crime Commissioner: Partnerships Manager", OPCC_REP, "No", "No (adviser)"),
    ("Calvershire Youth Justice Service: service manager", YJS_REP, "No", "Yes"),
    ("Calvershire Public Health: consultant", PUBLIC_HEALTH, "No", "Yes"),
    ("Juniper Place Domestic Abuse Service: chief executive", DA_REP, "No", "Yes"),
    ("Wychbourne Homes: Head of Tenancy Services", HOUSING_REP, "No", "Yes"),
)


def _terms() -> list[Flowable]:
    rows = [["Seat", "Held in June 2025 by", "Responsible authority", "Votes"]]
    rows += [list(member) for member in MEMBERS]
    versions = [
        ["Version", "Date", "Change"],
        ["1.0", "April 2021", "First terms of reference"],
        ["1.1", "May 2023", "Resources Sub-Group created"],
        ["2.0", "10 June 2025", "Quorum changed; delegated limit raised to £5,000"],
    ]
    return [
        Spacer(1, 8),
        p("Terms of Reference and Membership", TITLE),
        p(
            "Version 2.0 &middot; adopted by the Steering Group on 10 June 2025 &middot; next review June "
            "2027",
            SUBTITLE,
        ),
        notice(),
        _clause(1, "Purpose"),
        _sub(
            "1.1",
            "The Wychbourne Community Safety Partnership (WCSP) brings together the bodies responsible for "
            "community safety in the borough of Wychbourne to agree shared priorities, commission work "
            "against "
            "them and hold one another to account.",
        ),
        _sub(
            "1.2",
            "Its Steering Group is the partnership's decision-making body and spends the Community Safety "
            "Grant "
            "that the Police and Crime Commissioner allocates to the borough each year.",
        ),
        _clause(2, "Statutory basis"),
        _sub(
            "2.1",
            "The partnership is constituted under sections 5 to 7 of the Crime and Disorder Act 1998. Its "
            "responsible authorities must formulate and implement a strategy to reduce crime and disorder, "
            "combat substance misuse and reduce reoffending.",
        ),
        _sub(
            "2.2",
            "The partnership is also a specified authority for the Serious Violence Duty (Police, Crime, "
            "Sentencing and Courts Act 2022) and commissions domestic homicide reviews under section 9 of "
            "the "
            "Domestic Violence, Crime and Victims Act 2004.",
        ),
        _clause(3, "Membership"),
        _sub(
            "3.1",
            "The Steering Group has the seats below. Each organisation names a deputy with authority to "
            "decide "
            "in the member's absence.",
        ),
        zebra(rows, [196, 130, 72, WIDTH - 398]),
        p(
            "Names are those of the holders when this version was adopted and are updated on the website.",
            NOTE,
        ),
        NextPageTemplate("columns"),
        FrameBreak(),
        _clause(4, "Meetings"),
        _sub(
            "4.1",
            "The Steering Group meets at least four times a year, normally in March, June, September and "
            "December.",
        ),
        _sub(
            "4.2",
            "Papers are circulated five working days before a meeting. Meetings are not open to the public.",
        ),
        _sub(
            "4.3",
            "An extraordinary meeting may be called by the Chair or by any three responsible authorities.",
        ),
        _clause(5, "Quorum"),
        _sub(
            "5.1",
            "A meeting is quorate when three responsible authorities are present, one of them the Borough "
            "Council "
            "or the Police. (Until June 2025 the quorum was any four members.)",
        ),
        _sub(
            "5.2",
            "An inquorate meeting may discuss items but its decisions must be ratified at the next meeting.",
        ),
        _clause(6, "Chair and Vice-Chair"),
        _sub(
            "6.1",
            "The Chair and Vice-Chair are elected by the voting members from among themselves at the first "
            "meeting "
            "held after 1 January each year, and come from different organisations.",
        ),
        _sub(
            "6.2",
            "The Vice-Chair acts as Chair whenever the Chair is absent or the office of Chair is vacant.",
        ),
        _clause(7, "Decisions and delegation"),
        _sub(
            "7.1",
            "Decisions are made by consensus; where a vote is needed, a simple majority of voting members "
            "present decides, and the Chair has a casting vote.",
        ),
        _sub("7.2", "Bids for more than £10,000 are decided by the Steering Group."),
        _sub(
            "7.3",
            "The Resources Sub-Group appraises every bid and decides bids of up to £10,000, and may vary or "
            "reduce an award it made or one referred to it. It recommends larger bids to the Steering Group.",
        ),
        _sub(
            "7.4",
            "The Head of Community Safety may approve a grant of up to £5,000 (previously £3,000) after "
            "consulting "
            "the Chair, in urgent cases or between rounds, and reports it to the next Steering Group.",
        ),
        _sub("7.5", "A member with an interest in a bid declares it and takes no part in the decision."),
        _clause(8, "Sub-groups"),
        _sub(
            "8.1",
            f"<b>Resources Sub-Group</b>: chaired by the Head of Community Safety ({HEAD}); meets three "
            "times a year; quorum three members.",
        ),
        _sub(
            "8.2", f"<b>VAWG Delivery Group</b>: chaired by the chief executive of Juniper Place ({DA_REP})."
        ),
        _sub(
            "8.3",
            "<b>Town Centre Tasking Group</b>: chaired by the police Neighbourhood Inspector; meets monthly.",
        ),
        _sub(
            "8.4",
            "Serious violence and Prevent are overseen at county level by the Calvershire Serious Violence "
            "Board and the Channel panel.",
        ),
        _clause(9, "Review"),
        _sub("9.1", "These terms are reviewed every two years, or sooner if the law or the funding changes."),
        p("Versions", H1),
        open_table(versions, [46, 66, COLUMN - 112]),
    ]


def _plan() -> list[Flowable]:
    money = [
        ["Source", "2025/26 (£)", "2026/27 (£)", "Change"],
        [
            "Police and Crime Commissioner: Community Safety Grant",
            f"{GRANT_2526:,}",
            f"{GRANT_2627:,}",
            pct(GRANT_2526, GRANT_2627),
        ],
        [
            "Wychbourne Borough Council contribution",
            f"{BOROUGH_2526:,}",
            f"{BOROUGH_2627:,}",
            pct(BOROUGH_2526, BOROUGH_2627),
        ],
        [
            "Calvershire County Council: Serious Violence Duty (ring-fenced)",
            f"{SVD_2526:,}",
            f"{SVD_2627:,}",
            pct(SVD_2526, SVD_2627),
        ],
        [
            "Carried forward from the previous year",
            f"{UNDERSPEND_2425:,}",
            f"{UNDERSPEND_2526:,}",
            pct(UNDERSPEND_2425, UNDERSPEND_2526),
        ],
        [
            "<b>Total available</b>",
            f"<b>{AVAILABLE_2526:,}</b>",
            f"<b>{AVAILABLE_2627:,}</b>",
            pct(AVAILABLE_2526, AVAILABLE_2627),
        ],
    ]
    idva, stalking = IDVA_2627, STALKING_AWARD
    allocations = [
        ["Line", "Already committed", "Held for a deferred bid", "Open to bids", "Total (£k)"],
        [f"1. {PRIORITIES_2629[0]}", thousands(idva), thousands(stalking), "10.8", "40.0"],
        [f"2. {PRIORITIES_2629[1]}", "-", "-", "26.0", "26.0"],
        [f"3. {PRIORITIES_2629[2]}", "-", "-", "18.0", "18.0"],
        ["Serious Violence Duty (county strategy, ring-fenced)", "-", "-", "12.5", "12.5"],
        ["Analysis and community engagement", "5.0", "-", "-", "5.0"],
        ["Contingency reserve", "-", "-", "-", "10.46"],
        ["<b>Total</b>", "", "", "", f"<b>{thousands(AVAILABLE_2627)}</b>"],
    ]
    rounds = [
        ["Round", "Opens", "Closes", "Bids up to £10,000 decided by", "Larger bids decided by"],
        [
            "Round 1",
            "1 April 2026",
            "15 May 2026",
            "Resources Sub-Group, 2 June 2026",
            "Steering Group, 9 June 2026",
        ],
        [
            "Round 2",
            "1 September 2026",
            "9 October 2026",
            "Resources Sub-Group, 10 November 2026",
            "Steering Group, 8 December 2026",
        ],
    ]
    weights = [
        ["Criterion", "Weight"],
        ["Fit with the 2026-29 priorities", "30%"],
        ["Evidence of need (the strategic assessment or local data)", "20%"],
        ["Outcomes and how they will be measured", "20%"],
        ["Value for money and other funding secured", "15%"],
        ["Community involvement in designing the project", "15%"],
    ]
    return [
        p("Community Safety Funding Plan 2026/27", LOG_TITLE),
        p(
            "Wychbourne Community Safety Partnership &middot; approved in draft by the Steering Group on 3 "
            "March 2026 "
            "&middot; final version issued 20 March 2026",
            LOG,
        ),
        notice(LAND),
        p("1. Money available", LOG_H),
        zebra(money, [330, 100, 100, 80], figs={1, 2, 3}, total=True, styles=LOG_STYLES),
        p(
            "The Borough Council has reduced its contribution by £5,000 as part of its budget savings for "
            "2026/27. "
            "The Commissioner's grant is held at the 2025/26 level. The carry-forward is the 2025/26 "
            "underspend, "
            "agreed by the Commissioner on 12 February 2026.",
            LOG,
        ),
        p("2. Planned allocations by priority (£k)", LOG_H),
        zebra(allocations, [300, 100, 120, 90, 80], figs={1, 2, 3, 4}, total=True, styles=LOG_STYLES),
        p(
            "Committed: the IDVA post at Juniper Place, agreed in principle for a third year on 3 March "
            "2026, and the "
            "analyst's time. Held: the Stalking Support Clinic, deferred on 3 March 2026 to the June "
            "meeting.",
            LOG,
        ),
        p("3. Bidding rounds", LOG_H),
        zebra(rounds, [60, 90, 90, 200, 180], styles=LOG_STYLES),
        p("4. Who may bid and what for", LOG_H),
        p(
            "Voluntary and community groups, parish and town councils, schools and statutory partners "
            "working in "
            "the borough may bid. The most one bid may receive is £15,000, for up to twelve months; projects "
            "that "
            "run on must bid again. Equipment may make up no more than a quarter of a bid. We do not fund "
            "work "
            "that is a statutory duty of the applicant, security of private or commercial premises, or "
            "building "
            "works.",
            LOG,
        ),
        p("5. How bids are scored", LOG_H),
        open_table(weights, [300, 60], figs={1}),
        p(
            "A bid must score at least 60 out of 100 to be recommended. The Resources Sub-Group scores every "
            "bid "
            "and its scores are given to the Steering Group with larger bids.",
            LOG,
        ),
        p("Enquiries: the Community Safety Team, Wychbourne Borough Council.", CELL),
    ]
