"""Partnership X's Terms of Reference and Membership, as revised by the Board on 19 March 2025 and in force
from 1 April 2025, catalogued as `other`: numbered clauses ("4.2"), a membership table with organisation,
member, role and category (responsible authority, co-opted, adviser), the chair and vice-chair, the quorum
as changed, meetings, delegated limits as raised, the sub-groups with their chairs, and a record of the
document's versions."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.names import STANNERLEY, STANNERLEY_BOARD, STANNERLEY_FUND, STANNERLEY_PANEL
from evals.archive.stannerley_funding import (
    ANALYST,
    BID,
    BID_REP,
    CDP,
    CHAIR,
    DA_SERVICE,
    FIRE_NEW,
    HOUSING,
    HOUSING_REP,
    ICB_REP,
    MANAGER,
    OFFICER_LIMIT_NEW,
    OFFICER_LIMIT_OLD,
    OPCC,
    PANEL_LIMIT_NEW,
    PANEL_LIMIT_OLD,
    PROBATION,
    PUBLIC_HEALTH,
    VICE_NEW,
    YOUTH,
)
from evals.archive.stannerley_layout import (
    Furniture,
    heading,
    masthead,
    note,
    p,
    pounds,
    render_pages,
    ruled,
)

TITLE = f"{STANNERLEY}: Terms of Reference and Membership (April 2025)"
RA = "Responsible authority"

MEMBERS = (
    ("Stannerley Borough Council", CHAIR, "Chair; Executive Member for Communities and Neighbourhoods",
     RA),
    ("Stannerley Borough Council", PUBLIC_HEALTH, "Director of Public Health (full member from April 2025)",
     RA),
    ("Brackenshire Police", VICE_NEW, "Vice-Chair; district commander", RA),
    ("Brackenshire Fire and Rescue Service", FIRE_NEW, "Station manager, Stannerley", RA),
    ("Probation Service", PROBATION, "Head of the Stannerley Probation Delivery Unit", RA),
    ("Brackenshire and Harrowfield ICB", ICB_REP, "Designated Nurse, Safeguarding", RA),
    ("Stannerley Youth Justice Service", YOUTH, "Service manager", "Co-opted"),
    (HOUSING, HOUSING_REP, "Head of Tenancy Services", "Co-opted"),
    ("Office of the Police and Crime Commissioner", OPCC, "Commissioning Officer", "Adviser (no vote)"),
)  # fmt: skip

SUBGROUPS = (
    ("Violence Against Women and Girls Delivery Group", ICB_REP, f"replaces the Domestic Abuse Sub-Group; "
     f"{DA_SERVICE} attends"),
    ("Serious Violence Group", VICE_NEW, "the Serious Violence Duty, with the Youth Justice Service"),
    ("Town Centre Safety Group", BID_REP, f"ASB, retail crime and the night-time economy; {BID}"),
    ("Reducing Reoffending Group", PROBATION, "new in 2025"),
    (STANNERLEY_PANEL, MANAGER, f"small grants up to {pounds(PANEL_LIMIT_NEW)}"),
)  # fmt: skip


def write_terms(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, STANNERLEY),
        Furniture("Terms of Reference (April 2025)", foot="ToR {n}/{total}", rule=False),
    )


def _clause(number: str, text: str) -> Flowable:
    return p(f"<b>{number}</b>&nbsp;&nbsp;{text}")


def _story() -> list[Flowable]:
    return [
        *masthead(
            STANNERLEY,
            "Terms of Reference and Membership",
            "Adopted by the Partnership Board on 19 March 2025; in force from 1 April 2025",
        ),
        heading("Purpose", "1"),
        _clause(
            "1.1",
            f"The {STANNERLEY_BOARD} is the strategy group that the Crime and Disorder Act 1998 requires of "
            "the responsible authorities in the borough of Stannerley. It agrees the partnership's "
            "priorities from a strategic assessment, publishes a plan, and oversees the Serious Violence "
            "Duty and domestic homicide reviews.",
        ),
        _clause(
            "1.2",
            f"It decides bids to the {STANNERLEY_FUND} above the delegated limits in clause 6 and holds "
            f"the {CDP} to account for drug and alcohol harm.",
        ),
        heading("Membership", "2"),
        _clause(
            "2.1",
            "Each member organisation names one member and one deputy. A deputy attending counts towards the "
            "quorum.",
        ),
        ruled(
            [["Organisation", "Member", "Role", "Category"], *[list(m) for m in MEMBERS]],
            (120, 110, 160, 97),
        ),
        heading("Chair and Vice-Chair", "3"),
        _clause(
            "3.1",
            "The Board elects a Chair and a Vice-Chair at its annual meeting in June, for one year. One is "
            "to be from the council and the other from another responsible authority.",
        ),
        _clause(
            "3.2",
            f"For 2024-25 the Chair is {CHAIR}. {VICE_NEW} is Vice-Chair from 1 April 2025, elected on 19 "
            "March 2025 to complete the year.",
        ),
        heading("Quorum", "4"),
        _clause(
            "4.1",
            "A meeting is quorate when five members are present, of whom at least three represent "
            "responsible authorities.",
        ),
        _clause(
            "4.2",
            "Until 31 March 2025 the quorum was four members including two responsible authorities. It was "
            "raised because deputies may now count.",
        ),
        heading("Meetings", "5"),
        _clause(
            "5.1",
            "The Board meets at least four times a year, one of them the annual meeting in June. Papers go "
            f"out five working days before. Minutes are taken by {ANALYST} or another officer of the "
            "Community Safety Team.",
        ),
        heading("Funding decisions", "6"),
        _clause(
            "6.1",
            f"The CSP Manager may approve a bid of up to {pounds(OFFICER_LIMIT_NEW)} (previously "
            f"{pounds(OFFICER_LIMIT_OLD)}).",
        ),
        _clause(
            "6.2",
            f"The {STANNERLEY_PANEL} (the CSP Manager, the Commissioner's officer and one Board member) may "
            f"approve a bid of up to {pounds(PANEL_LIMIT_NEW)} (previously {pounds(PANEL_LIMIT_OLD)}).",
        ),
        _clause(
            "6.3",
            "Larger bids, and any bid a member asks to be called in, are decided by the Board. Every "
            "delegated decision is reported to the next Board meeting.",
        ),
        heading("Sub-groups", "7"),
        ruled(
            [["Group", "Chair", "Remit"], *[list(s) for s in SUBGROUPS]],
            (170, 110, 207),
        ),
        heading("Review", "8"),
        _clause("8.1", "These terms are reviewed each March. The next review is due in March 2026."),
        ruled(
            [
                ["Version", "Agreed", "Main change"],
                ["1.0", "June 2019", "First terms of reference"],
                ["2.0", "June 2022", "Combating Drugs Partnership added to clause 1.2"],
                [
                    "3.0",
                    "19 March 2025",
                    "Quorum raised; delegated limits raised; Director of Public Health "
                    "a full member; new sub-groups",
                ],
            ],
            (50, 90, 347),
        ),
        note("Printed copies are uncontrolled. The current version is kept by the CSP Manager."),
    ]
