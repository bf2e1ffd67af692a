"""Partnership Y's Constitution and Terms of Reference, version 3.0 (adopted on 13 March 2024, in force from
1 April 2024), catalogued as `other`: a membership table on page 1 (organisation, seat, kind of member and
vote), then clauses set in two columns and headed "Clause 4" with numbered paragraphs ("6.2"): purpose,
chair and vice-chair, meetings, the quorum as raised, voting, funding decisions and the delegated limits as
changed (the Coordinator's raised, a sub-group's new), the sub-groups and their chairs, and a table of
versions with what each changed."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta
from evals.archive.iverbeck_facts import (
    CHAIR,
    COORDINATOR,
    COORDINATOR_LIMIT,
    COORDINATOR_LIMIT_OLD,
    COUNTY_REP,
    LANTERNS_REP,
    PROBATION,
    RURAL_SGT,
    SUBGROUP_LIMIT,
    VICE,
)
from evals.archive.iverbeck_layout import (
    GUTTER,
    LEFT,
    RIGHT,
    SMALL,
    Furniture,
    cover,
    heading,
    keyed,
    lined,
    note,
    p,
    pounds,
    render_pages,
)
from evals.archive.names import IVERBECK, IVERBECK_BOARD, IVERBECK_FUND, IVERBECK_SUBGROUP

TITLE = f"{IVERBECK}: Constitution and Terms of Reference (version 3.0, April 2024)"
COLUMN = (A4[0] - LEFT - RIGHT - GUTTER) / 2


def write_terms(path: Path) -> Path:
    return render_pages(
        path,
        _terms,
        Meta(TITLE, IVERBECK),
        Furniture(
            "Constitution and Terms of Reference",
            "ICSP/GOV/3.0",
            foot="Version 3.0 (April 2024) - {n}",
            foot_at="left",
        ),
    )


def _clause(number: int, text: str) -> Flowable:
    return heading(text, f"Clause {number}")


def _para(number: str, text: str) -> Flowable:
    return p(f"<b>{number}</b>&nbsp;&nbsp;{text}")


def _terms() -> list[Flowable]:
    members = [
        ["Organisation", "Seat", "Member as", "Vote"],
        ["Iverbeck District Council", "Portfolio Holder for Communities; Head of Community Services",
         "Responsible authority", "One vote"],
        ["Haslingshire County Council", "Community Safety Lead", "Responsible authority", "One vote"],
        ["Haslingshire Constabulary", "District Commander", "Responsible authority", "One vote"],
        ["Haslingshire Fire and Rescue Service", "Group Manager, Prevention", "Responsible authority",
         "One vote"],
        ["The Probation Service (Haslingshire)", "Head of Delivery Unit", "Responsible authority",
         "One vote"],
        ["NHS Haslingshire and Tenbury ICB", "Designated Nurse, Safeguarding Adults", "Responsible authority",
         "One vote"],
        ["Office of the Police, Fire and Crime Commissioner", "Policy Officer", "Adviser", "None"],
        ["Haslingshire Youth Justice Service", "Service Manager", "Co-opted", "None"],
        ["Beckside Housing", "Neighbourhoods Manager", "Co-opted", "None"],
        ["Lanterns Domestic Abuse Service", "Chief Executive", "Co-opted", "None"],
        ["Iverbeck Voluntary Action", "Chief Officer", "Co-opted", "None"],
        ["Haslingshire Constabulary Rural Crime Team", "Rural Crime Sergeant", "Co-opted (new in 3.0)",
         "None"],
    ]  # fmt: skip
    subgroups = [
        ["Sub-group", "Chair", "Meets"],
        ["Domestic Abuse and VAWG Delivery Group", f"{LANTERNS_REP} (Lanterns)", "Every two months"],
        ["Serious Violence Steering Group", f"{VICE} (Police)", "Quarterly"],
        ["Neighbourhoods and ASB Tasking", "Head of Community Services", "Monthly"],
        ["Rural Crime Forum (new)", f"{RURAL_SGT}", "Quarterly"],
        ["Reducing Reoffending Group", f"{PROBATION} (Probation)", "Quarterly"],
        ["Tasking and Funding Sub-Group (new)", f"{COUNTY_REP} (County Council)", "Monthly"],
    ]
    versions = [
        ["Version", "Adopted", "What changed"],
        ["1.0", "May 2019", "First constitution of the partnership."],
        ["2.0", "June 2021", "The Strategy Group replaces the Executive Board; Partnership Plan 2021-24."],
        ["2.1", "June 2022",
         f"The CSP Coordinator may approve bids of up to {pounds(COORDINATOR_LIMIT_OLD)}."],
        ["3.0", "13 March 2024",
         f"Quorum raised to five; Coordinator's limit raised to {pounds(COORDINATOR_LIMIT)}; "
         "Tasking and Funding Sub-Group and Rural Crime Forum set up; Rural Crime Team co-opted."],
    ]  # fmt: skip
    return [
        *cover(
            "Constitution and Terms of Reference",
            f"Version 3.0. Adopted by the {IVERBECK_BOARD} on 13 March 2024; in force from 1 April 2024.",
        ),
        _clause(1, "Membership"),
        p(
            "The Strategy Group is the partnership's board. Its members are the organisations below; each "
            "names a deputy who may attend and vote in the member's place."
        ),
        lined(members, (150, 165, 100, 64), first_bold=True),
        note("Other organisations may be invited to attend for an item."),
        NextPageTemplate("columns"),
        PageBreak(),
        _clause(2, "Purpose"),
        _para(
            "2.1",
            "The Iverbeck Community Safety Partnership is the community safety partnership for Iverbeck "
            "district under sections 5 to 7 of the Crime and Disorder Act 1998.",
        ),
        _para(
            "2.2",
            "It works to reduce crime and disorder, anti-social behaviour, the misuse of drugs and alcohol, "
            "reoffending and serious violence, and it prepares a strategic assessment at least every three "
            "years and a three-year Partnership Plan with a delivery plan for each year.",
        ),
        _clause(3, "Chair and Vice-Chair"),
        _para(
            "3.1",
            "The Group elects its Chair at its first meeting after the district council elections each May, "
            "from the elected councillors among its members. The Chair serves for one year and may be "
            "re-elected.",
        ),
        _para(
            "3.2",
            "The Vice-Chair is elected at the same meeting from a responsible authority other than the "
            "Chair's. If both are absent the members present choose who chairs.",
        ),
        _clause(4, "Meetings"),
        _para(
            "4.1",
            "The Group holds at least four ordinary meetings a year, usually in June, October, December and "
            "March. Papers are sent five working days before.",
        ),
        _para(
            "4.2",
            "The Chair may call an extraordinary meeting on five working days' notice, which may be held "
            "online.",
        ),
        _clause(5, "Quorum"),
        _para(
            "5.1",
            "A meeting is quorate when five members are present, at least three of them from different "
            "responsible authorities. (Until 31 March 2024 the quorum was four members, two of them from "
            "responsible authorities.)",
        ),
        _clause(6, "Decisions and voting"),
        _para("6.1", "The Group decides by consensus wherever it can."),
        _para(
            "6.2",
            "Where a vote is needed each responsible authority has one vote and the Chair has a casting "
            "vote. "
            "Advisers and co-opted members do not vote.",
        ),
        _para(
            "6.3",
            "A member with a personal or organisational interest in a bid declares it and takes no part in "
            "the decision.",
        ),
        _clause(7, "Funding decisions"),
        _para(
            "7.1",
            f"Bids to the {IVERBECK_FUND} are decided according to their size:",
        ),
        lined(
            [
                ["Bid of", "Decided by"],
                [
                    f"up to {pounds(COORDINATOR_LIMIT)}",
                    "the CSP Coordinator, with the Head of Community Services",
                ],
                [
                    f"{pounds(COORDINATOR_LIMIT + 1)} to {pounds(SUBGROUP_LIMIT)}",
                    "the Tasking and Funding Sub-Group",
                ],
                [f"over {pounds(SUBGROUP_LIMIT)}", "the Strategy Group"],
            ],
            (70, COLUMN - 70),
        ),
        _para(
            "7.2",
            "Every decision taken under delegation is reported to the next meeting of the Group, which may "
            "ask for any bid to be brought to it instead.",
        ),
        _para(
            "7.3",
            "The Group may vary or withdraw an award if the project changes, stops or finds other money.",
        ),
        _clause(8, "Sub-groups"),
        _para(
            "8.1",
            f"Sub-groups carry out the delivery plan and report to every meeting. The {IVERBECK_SUBGROUP} "
            "also decides bids under Clause 7 and reviews the fund's spending each quarter.",
        ),
        lined(subgroups, (86, 84, 58), first_bold=True),
        _clause(9, "Information sharing"),
        _para(
            "9.1",
            "Members share information under section 115 of the Crime and Disorder Act 1998 and the "
            "Iverbeck Information Sharing Protocol (2022).",
        ),
        _clause(10, "Review"),
        _para("10.1", "These terms are reviewed every year, by the March meeting."),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("Schedule: versions of this document"),
        lined(versions, (54, 80, 345)),
        heading("Adoption"),
        keyed(
            [
                ("Adopted by", f"the {IVERBECK_BOARD}, meeting of 13 March 2024"),
                ("Signed for the partnership", f"{CHAIR}, Chair"),
                ("Next review due", "by March 2025"),
                ("Document owner", f"{COORDINATOR}, CSP Coordinator"),
            ]
        ),
        p("Enquiries to the CSP Coordinator, Iverbeck District Council: safer@iverbeck.example.", SMALL),
    ]
