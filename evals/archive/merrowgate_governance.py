"""Partnership W's Partnership Agreement and Membership Schedule, adopted by the Board on 12 March 2024 and
catalogued as `other`: clauses numbered "Clause 4" with "4.2" paragraphs, the membership schedule as a
table of organisation, member, deputy and category, the chair and vice-chair, the meeting cycle, the
quorum (changed from the 2021 agreement), the funding delegations (raised), the sub-groups and who chairs
them (one replaced, one new), information sharing and review."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta
from evals.archive.merrowgate_funding import (
    CHAIR_THIRD,
    COUNTY,
    FIRE,
    HOUSING,
    HOUSING_REP,
    ICB_REP,
    MANAGER_NEW,
    OFFICER_LIMIT_NEW,
    OFFICER_LIMIT_OLD,
    OPCC,
    PANEL_LIMIT_NEW,
    PANEL_LIMIT_OLD,
    PROBATION,
    PUBLIC_HEALTH,
    VICE_THIRD,
    YOUTH,
)
from evals.archive.merrowgate_layout import (
    SMALL,
    Furniture,
    banded,
    heading,
    note,
    notice,
    p,
    pounds,
    render_pages,
    title_block,
)
from evals.archive.names import MERROWGATE, MERROWGATE_BOARD

TITLE = f"{MERROWGATE_BOARD}: Partnership Agreement and Membership Schedule 2024"

SCHEDULE = (
    ("Merrowgate Borough Council", f"{CHAIR_THIRD}, Cabinet Member for Communities (Chair)",
     "Head of Community Services", "Responsible authority"),
    ("Westhallow Constabulary", f"{VICE_THIRD}, district commander (Vice-Chair)", "Inspector, Neighbourhoods",
     "Responsible authority"),
    ("Westhallow Fire and Rescue Service", FIRE, "Prevention Manager", "Responsible authority"),
    ("Probation Service", f"{PROBATION}, Head of PDU", "Senior Probation Officer", "Responsible authority"),
    ("Westhallow and Ferne Integrated Care Board", ICB_REP, "Named GP for Safeguarding",
     "Responsible authority"),
    ("Westhallow County Council", COUNTY, "Community Safety Officer", "Responsible authority"),
    ("Westhallow Youth Justice Service", YOUTH, "Team Manager", "Co-opted"),
    (HOUSING, HOUSING_REP, "Tenancy Enforcement Lead", "Co-opted"),
    ("Westhallow Public Health", PUBLIC_HEALTH, "Public Health Principal", "Co-opted (new)"),
    ("Office of the Police, Fire and Crime Commissioner", OPCC, "Commissioning Officer", "Adviser, no vote"),
)  # fmt: skip

SUB_GROUPS = (
    ("Violence Against Women and Girls Sub-Group", PROBATION, "Replaces the Domestic Abuse Sub-Group"),
    ("Serious Violence Steering Group", VICE_THIRD, "Oversees the Serious Violence Strategy"),
    ("ASB and Neighbourhood Problem-Solving Group", MANAGER_NEW, "Meets monthly"),
    ("Drugs and Exploitation Group", YOUTH, "Links to the county Combating Drugs Partnership"),
    ("Retail Crime Working Group", "Owen Castleton, Merrowgate BID manager", "New in 2024"),
)


def write_agreement(path: Path) -> Path:
    return render_pages(
        path, _story, Meta(TITLE, MERROWGATE), Furniture("Partnership Agreement 2024", folio="slash")
    )


def _clause(number: int, text: str) -> Flowable:
    return heading(text, f"Clause {number}")


def _story() -> list[Flowable]:
    return [
        title_block(
            MERROWGATE,
            "Partnership Agreement and Membership Schedule 2024",
            "Adopted by the Partnership Board on 12 March 2024; replaces the agreement of June 2021",
        ),
        notice(),
        _clause(1, "Purpose"),
        p(
            "1.1 The Merrowgate Community Safety Partnership is the partnership the responsible authorities "
            "for the borough of Merrowgate are required to form under section 5 of the Crime and Disorder "
            "Act 1998. 1.2 It works to reduce crime, disorder, anti-social behaviour, reoffending and "
            "substance misuse, and is a specified authority under the Serious Violence Duty."
        ),
        _clause(2, "Membership"),
        p(
            "2.1 The Board's members are named in the Membership Schedule. 2.2 Each organisation names a "
            "deputy who may attend and vote in the member's absence. 2.3 The Board may co-opt members; "
            "Westhallow Public Health is co-opted from the adoption of this agreement."
        ),
        banded(
            [["Organisation", "Member", "Deputy", "Category"], *[list(r) for r in SCHEDULE]],
            (135, 160, 100, 84),
        ),
        note("Membership Schedule as at 12 March 2024."),
        _clause(3, "Chair and Vice-Chair"),
        p(
            "3.1 The Chair and Vice-Chair are elected each year at the annual meeting in June, from the "
            "members of different responsible authorities. 3.2 The Chair for 2023-24 from 1 January 2024 "
            f"is {CHAIR_THIRD} and the Vice-Chair is {VICE_THIRD}, as agreed by the Board on 7 December 2023."
        ),
        _clause(4, "Meetings and quorum"),
        p(
            "4.1 The Board meets four times a year, in June, September, December and March; the June meeting "
            "is the annual meeting. 4.2 The Chair may call an extra meeting at ten working days' notice."
        ),
        p(
            "4.3 The quorum is four members, including at least three responsible authorities, one of which "
            "must be the council or the police. (Under the 2021 agreement it was three members including two "
            "responsible authorities.) 4.4 Decisions are made by consensus or, failing that, by a simple "
            "majority of members present; the Chair has a casting vote."
        ),
        _clause(5, "Funding decisions"),
        p(
            "5.1 Awards from the Merrowgate Community Safety Fund are made as follows, each reported to the "
            "next Board meeting:"
        ),
        banded(
            [
                ["Bid of", "Decided by", "Until 12 March 2024"],
                [
                    f"up to {pounds(OFFICER_LIMIT_NEW)}",
                    "Community Safety Manager (delegated)",
                    f"up to {pounds(OFFICER_LIMIT_OLD)}",
                ],
                [
                    f"up to {pounds(PANEL_LIMIT_NEW)}",
                    "Bid Panel (three officers, one from the OPCC)",
                    f"up to {pounds(PANEL_LIMIT_OLD)}",
                ],
                [f"over {pounds(PANEL_LIMIT_NEW)}", "Partnership Board", f"over {pounds(PANEL_LIMIT_OLD)}"],
            ],
            (110, 230, 130),
        ),
        p(
            "5.2 A member with an interest in a bid declares it and takes no part in the "
            "decision. 5.3 Capital "
            "schemes are not funded unless the Commissioner's grant conditions allow them."
        ),
        _clause(6, "Sub-groups"),
        banded([["Sub-group", "Chair", "Note"], *[list(s) for s in SUB_GROUPS]], (190, 150, 139)),
        _clause(7, "Information sharing"),
        p(
            "7.1 Members share information under the Merrowgate Information Sharing Protocol and section 115 "
            "of the Crime and Disorder Act 1998. 7.2 Depersonalised data is shared quarterly for the "
            "performance report.",
        ),
        _clause(8, "Review"),
        p(
            "8.1 This agreement is reviewed every year at the annual meeting and rewritten at least every "
            "three years.",
            SMALL,
        ),
    ]
