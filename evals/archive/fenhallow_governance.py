"""Partnership AD's governance papers in Arial with DejaVu Serif Bold headings under the lime strip. Terms of
Reference version 4, approved by the Joint Strategic Board on 4 December 2024 and in force from 1 April 2025:
clauses numbered "5." with sub-clauses "5.1", a membership table of each body, its representative, whether a
responsible authority and whether it votes; then on two ruled columns the chair's rotation between the two
district councils and who holds the chair and vice-chair, quarterly meetings with minutes taken by the host
council, the quorum with the old one stated, three levels of funding decision with the old limits, the
sub-groups, their chairs and how often they meet, and a version history. A Partnership Plan 2025-28 with the
funding plan for 2025/26, adopted in March 2025: the three priorities named "Priority One" to "Priority
Three" and what became of each of the four old ones, income in £000s with three years as columns (the
Commissioner's grant, a district council's contribution and the Serious Violence Duty grant cut), the
allocations of 2025/26 by priority, bidding rounds, scoring weights and the new limits."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.fenhallow_facts import (
    ALLOC_2526,
    AVAILABLE_2324,
    AVAILABLE_2425,
    AVAILABLE_2526,
    CARRIED_2223,
    CARRY_ESTIMATE_2526,
    CDP,
    CHAIR,
    COUNTY_2324,
    COUNTY_2425,
    COUNTY_2526,
    DA_REP,
    FENHALLOW_2324,
    FENHALLOW_2425,
    FENHALLOW_2526,
    GRANT_2324,
    GRANT_2425,
    GRANT_2526,
    HEAD,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    POLICE_REP,
    PRIORITIES_2225,
    PRIORITIES_2528,
    PUBLIC_HEALTH,
    QUORUM,
    QUORUM_OLD,
    RESERVE_2526,
    SUBGROUP_LIMIT,
    SUBGROUP_LIMIT_OLD,
    SVD_2324,
    SVD_2425,
    SVD_2526,
    TULLWORTH_2324,
    TULLWORTH_2425,
    TULLWORTH_2526,
    UNDERSPEND_2324,
    VICE,
)
from evals.archive.fenhallow_layout import (
    ARIAL,
    ARIAL_HANG,
    ARIAL_SMALL,
    COLUMN,
    SERIF_H,
    SERIF_TITLE,
    WIDTH,
    Furniture,
    booktabs,
    notice,
    p,
    pounds,
    render,
    thousands,
)
from evals.archive.names import FENHALLOW

TITLE_TERMS = "Fenhallow and Tullworth CSP Joint Strategic Board: Terms of Reference, version 4"
TITLE_PLAN = "Fenhallow and Tullworth Community Safety Partnership: Partnership Plan 2025-28"
ORDINALS = ("One", "Two", "Three")


def write_terms(path: Path) -> Path:
    furniture = Furniture(
        "Joint Strategic Board \u2014 Terms of Reference v4",
        label="TERMS OF REFERENCE v4",
        opening="strip",
        foot_left="ToR v4 (December 2024)",
        foot_right="Page {n} of {total}",
    )
    return render(path, _terms, Meta(TITLE_TERMS, FENHALLOW), furniture)


def write_plan(path: Path) -> Path:
    furniture = Furniture(
        "Partnership Plan 2025-28",
        label="PARTNERSHIP PLAN 2025-28",
        opening="strip",
        foot_left="Partnership Plan 2025 to 2028",
        foot_right="- {n} -",
    )
    return render(path, _plan, Meta(TITLE_PLAN, FENHALLOW), furniture)


def _clause(number: str, text: str) -> Flowable:
    return p(f"{number}&nbsp;&nbsp;{text}", ARIAL_HANG)


def _terms() -> list[Flowable]:
    members = [
        ["Body", "Representative", "Responsible authority", "Votes"],
        [
            "Fenhallow District Council",
            "Portfolio Holder for Communities; Director of Communities",
            "Yes",
            "Yes",
        ],
        [
            "Tullworth Borough Council",
            "Cabinet Member for Neighbourhoods; Head of Neighbourhoods",
            "Yes",
            "Yes",
        ],
        ["Lindwold County Council", "A Cabinet member", "Yes", "Yes"],
        ["Lindwold Constabulary", "District commander (Chief Inspector)", "Yes", "Yes"],
        ["Lindwold Fire and Rescue Service", "Area Manager", "Yes", "Yes"],
        ["The Probation Service", "Head of the Lindwold South delivery unit", "Yes", "Yes"],
        ["NHS Lindwold and Wyke ICB", "Place director", "Yes", "Yes"],
        ["Office of the Police, Fire and Crime Commissioner", "Commissioning manager", "No", "No"],
        ["Lindwold Youth Justice Service", "Head of service", "No", "No"],
        ["Lindwold County Council Public Health", "Consultant in public health", "No", "No"],
        ["Fenlight Domestic Abuse Service", "Chief executive", "No", "No"],
    ]
    levels = [
        ["Who decides", "Up to", "Under v3"],
        ["Head of Community Safety (small grants)", pounds(OFFICER_LIMIT), pounds(OFFICER_LIMIT_OLD)],
        ["Commissioning and Resources Sub-Group", pounds(SUBGROUP_LIMIT), pounds(SUBGROUP_LIMIT_OLD)],
        ["Joint Strategic Board", "no limit", "no limit"],
    ]
    versions = [
        ["Version", "Date", "Change"],
        ["1", "April 2019", "The two district partnerships merged"],
        ["2", "May 2020", "Meetings may be held online"],
        ["3", "June 2022", "Chair alternates between the district councils; Sub-Group limit set"],
        ["4", "December 2024", "Quorum, limits, Sub-Group meetings and minute-taking changed"],
    ]
    return [
        p("Joint Strategic Board: Terms of Reference", SERIF_TITLE),
        p(
            "Version 4 | approved by the Board on 4 December 2024 | in force from 1 April 2025",
            ARIAL,
        ),
        notice(),
        p("1. Purpose", SERIF_H),
        _clause(
            "1.1",
            f"The Joint Strategic Board leads the {FENHALLOW}, the statutory partnership under the Crime and "
            "Disorder Act 1998 for the districts of Fenhallow and Tullworth. It sets priorities, agrees the "
            "Partnership Plan and decides how the Joint Community Safety Fund is spent.",
        ),
        p("2. Membership", SERIF_H),
        _clause(
            "2.1", "Each body below names one representative and a deputy. Each voting body has one vote."
        ),
        booktabs(members, [160, 190, 78, WIDTH - 428]),
        NextPageTemplate("columns"),
        PageBreak(),
        p("3. Chair and Vice-Chair", SERIF_H),
        _clause(
            "3.1",
            "The Chair is a portfolio holder of one of the two district councils, elected for two years. "
            "The chair alternates between the councils.",
        ),
        _clause("3.2", "The Vice-Chair is elected from a different responsible authority."),
        _clause(
            "3.3",
            f"For 2024-26 the Chair is {CHAIR} (Tullworth Borough Council) and the Vice-Chair {VICE} "
            "(Lindwold Fire and Rescue Service), elected on 4 December 2024.",
        ),
        p("4. Meetings", SERIF_H),
        _clause(
            "4.1",
            "The Board meets quarterly, in June, September, December and March, at Tullworth Town Hall and "
            "Fenhallow Civic Offices in turn.",
        ),
        _clause(
            "4.2",
            "Papers go out five working days before. Democratic Services of the council hosting a meeting "
            "take its minutes (under version 3 the Partnership Support Officer took them).",
        ),
        p("5. Quorum", SERIF_H),
        _clause("5.1", f"The quorum is {QUORUM}."),
        _clause("5.2", f"Under version 3 the quorum was {QUORUM_OLD}."),
        p("6. Decisions on money", SERIF_H),
        _clause("6.1", "Decisions on the Joint Community Safety Fund are taken at three levels:"),
        booktabs(levels, [COLUMN - 110, 55, 55], figs={1, 2}),
        Spacer(1, 4),
        _clause(
            "6.2",
            "Domestic homicide reviews, and any change of more than £1,000 to an award the Board made, are "
            "for the Board alone. Small grants and Sub-Group decisions are reported to the next Board.",
        ),
        FrameBreak(),
        p("7. Sub-groups", SERIF_H),
        _clause(
            "7.1",
            f"Commissioning and Resources Sub-Group: chaired by the Head of Community Safety ({HEAD}); meets "
            "every six weeks (monthly under version 3); quorum three members.",
        ),
        _clause("7.2", f"Delivery Group: chaired by {POLICE_REP}; meets monthly."),
        _clause("7.3", f"Domestic Abuse and VAWG Group: chaired by {DA_REP}."),
        _clause("7.4", f"Serious Violence Duty Steering Group: chaired by {PUBLIC_HEALTH}."),
        p("8. Interests", SERIF_H),
        _clause(
            "8.1",
            "A member with an interest in a bid declares it and takes no part in the decision.",
        ),
        p("9. Review", SERIF_H),
        _clause("9.1", "These terms are reviewed every year. Version history:"),
        booktabs(versions, [46, 70, COLUMN - 116]),
    ]


def _plan() -> list[Flowable]:
    fate = (
        f"Widened: now Priority One, {PRIORITIES_2528[0]}.",
        f"Merged with shoplifting and neighbourhood crime: now Priority Three, {PRIORITIES_2528[2]}.",
        f"Joined with serious violence and knife crime: now Priority Two, {PRIORITIES_2528[1]}.",
        f"No longer a partnership priority: the lead passes to the {CDP}, which reports to the Board "
        "every six months.",
    )
    change = [["Priority 2022-25", "What happens from April 2025"]]
    numbers = ("i", "ii", "iii", "iv")
    change += [[f"({n}) {old}", new] for n, old, new in zip(numbers, PRIORITIES_2225, fate, strict=True)]
    columns = ["2023/24", "2024/25", "2025/26"]
    income = [
        ["Income (£000s)", *columns],
        [
            "Police, Fire and Crime Commissioner's grant",
            *map(thousands, (GRANT_2324, GRANT_2425, GRANT_2526)),
        ],
        ["Fenhallow District Council", *map(thousands, (FENHALLOW_2324, FENHALLOW_2425, FENHALLOW_2526))],
        ["Tullworth Borough Council", *map(thousands, (TULLWORTH_2324, TULLWORTH_2425, TULLWORTH_2526))],
        ["Lindwold County Council", *map(thousands, (COUNTY_2324, COUNTY_2425, COUNTY_2526))],
        ["Serious Violence Duty grant", *map(thousands, (SVD_2324, SVD_2425, SVD_2526))],
        ["Brought forward", *map(thousands, (CARRIED_2223, UNDERSPEND_2324, CARRY_ESTIMATE_2526))],
        ["<b>Total</b>", *map(thousands, (AVAILABLE_2324, AVAILABLE_2425, AVAILABLE_2526))],
    ]
    alloc = [["Allocation 2025/26", "£"]]
    for k, (name, amount) in enumerate(ALLOC_2526):
        label = f"Priority {ORDINALS[k]}: {name}" if k < 3 else name
        alloc.append([label, f"{amount:,}"])
    alloc.append(["Held for bidding round 2", f"{RESERVE_2526:,}"])
    alloc.append(["<b>Total</b>", f"{AVAILABLE_2526:,}"])
    weights = [
        ["Scoring", "Weight"],
        ["Fit with a priority", "30%"],
        ["Evidence of need", "25%"],
        ["Outcomes and how they are measured", "25%"],
        ["Value for money", "10%"],
        ["Match funding or sustainability", "10%"],
    ]
    return [
        p("Partnership Plan 2025-28", SERIF_TITLE),
        p("with the funding plan for 2025/26 | adopted by the Joint Strategic Board, March 2025", ARIAL),
        notice(),
        p("Our priorities", SERIF_H),
        p(
            "The Strategic Intelligence Assessment 2024 scored nine issues. The Board adopted three "
            "priorities in principle in December 2024 and confirmed them with this plan:",
            ARIAL,
        ),
        *[p(f"<b>Priority {ORDINALS[k]}</b> \u2014 {name}", ARIAL) for k, name in enumerate(PRIORITIES_2528)],
        p("What changed, and why", SERIF_H),
        booktabs(change, [200, WIDTH - 200]),
        Spacer(1, 4),
        p(
            "Shoplifting rose by almost a third in 2023/24 and violence with injury by 15.6%, while the "
            "Combating Drugs Partnership now holds the county's grant for drug and alcohol treatment. The "
            "assessment rated domestic abuse and serious violence red.",
            ARIAL_SMALL,
        ),
        PageBreak(),
        p("Funding plan 2025/26", SERIF_H),
        p(
            "The Commissioner's grant falls by 5,600 pounds, Fenhallow District Council's contribution by "
            "2,000 pounds and the Serious Violence Duty grant to 9,900 pounds. The sum brought forward is "
            "an estimate until the 2024/25 accounts close.",
            ARIAL,
        ),
        booktabs(income, [220, 70, 70, 70], figs={1, 2, 3}),
        Spacer(1, 8),
        booktabs(alloc, [330, 80], figs={1}),
        Spacer(1, 4),
        p(
            "Priority Two includes the whole Serious Violence Duty grant. Priority One includes the district "
            "contribution to the IDVA service.",
            ARIAL_SMALL,
        ),
        p("How to bid", SERIF_H),
        _clause(
            "1.", "Round 1 closes on 2 May 2025 for decisions in June; round 2 closes on 3 October 2025."
        ),
        _clause(
            "2.",
            f"Small grants up to {pounds(OFFICER_LIMIT)} can be asked for at any time. Bids up to "
            f"{pounds(SUBGROUP_LIMIT)} are decided by the Sub-Group, larger ones by the Board.",
        ),
        _clause("3.", "The fund does not pay for capital works or for what another grant already pays for."),
        booktabs(weights, [220, 60], figs={1}),
    ]
