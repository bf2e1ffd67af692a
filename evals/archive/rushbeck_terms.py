"""Partnership AH's terms of reference, version 4 (approved 21 January 2025, in force 1 April 2025; catalogued
as `other`): Times under the plum ribbon, numbered clauses "5.2" hanging in a margin, a foot "RCSP Terms of
Reference v4 \u2013 page n of total" centred. The purpose and statutory basis; the membership in a ledger
(organisation, who represents it, responsible authority or not, vote) with the Chair and Vice-Chair as at
approval; meetings every two months where version 3 had them quarterly; the quorum with the old one stated;
a grid of the levels of funding decision with the limits before and after 1 April 2025 and the pass mark
raised; the Locality Fund Panel's members and rounds; the delivery groups and their chairs; conflicts of
interest; review; and a version history."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import RUSHBECK
from evals.archive.rushbeck_facts import (
    CHAIR,
    MEETINGS,
    MEETINGS_OLD,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    PANEL_LIMIT,
    PANEL_LIMIT_OLD,
    PASS_MARK,
    PASS_MARK_NEW,
    QUORUM,
    QUORUM_OLD,
    VICE,
)
from evals.archive.rushbeck_layout import (
    MIN,
    MIN_B,
    MIN_CELL,
    MIN_CELL_B,
    MIN_H,
    MIN_STYLES,
    MIN_TITLE,
    WIDTH,
    Furniture,
    grid,
    ledger,
    notice,
    p,
    pounds,
)
from evals.archive.rushbeck_layout import render as render_pages

TITLE_TERMS = "Rushbeck Community Safety Partnership Terms of Reference, version 4 (2025)"
CLAUSE = ParagraphStyle("RbClause", parent=MIN, leftIndent=34, firstLineIndent=-34, spaceAfter=4)


def write_terms(path: Path) -> Path:
    furniture = Furniture(
        "Rushbeck Community Safety Partnership",
        head_right="Terms of Reference \u2013 version 4",
        label="Terms of Reference \u2013 version 4 \u2013 January 2025",
        opening="ribbon",
        foot="RCSP Terms of Reference v4 \u2013 page {n} of {total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_TERMS, RUSHBECK), furniture)


def _clause(number: str, text: str) -> Flowable:
    return p(f"{number}\u00a0\u00a0\u00a0{text}", CLAUSE)


def _story() -> list[Flowable]:
    members = [
        ["Organisation", "Represented by", "Responsible authority", "Vote"],
        ["Rushbeck District Council", "Portfolio Holder for Communities", "Yes", "Yes"],
        ["Harlshire County Council", "Assistant Director, Community Safety", "Yes", "Yes"],
        ["Harlshire Constabulary", "Rushbeck district commander (Chief Inspector)", "Yes", "Yes"],
        ["Harlshire Fire and Rescue Service", "Station Manager, Rushbeck", "Yes", "Yes"],
        ["The Probation Service", "Head of the Harlshire Probation Delivery Unit", "Yes", "Yes"],
        ["Harlshire Integrated Care Board", "Designated Nurse for Safeguarding Adults", "Yes", "Yes"],
        ["Harlshire Youth Justice Service", "Service Manager", "No", "Yes"],
        ["Harlshire Public Health", "Public Health Principal", "No", "Yes"],
        ["Rushbeck Safe Haven", "Chief Executive", "No", "Yes"],
        ["Brookhithe Homes", "Head of Neighbourhoods", "No", "Yes"],
        ["Rushbeck Council for Voluntary Service", "Chief Officer", "No", "Yes"],
        ["Office of the Police and Crime Commissioner", "Partnerships Officer", "No", "No (adviser)"],
    ]
    levels = [
        ["Level", "Who decides", "Limit to 31 March 2025", "Limit from 1 April 2025"],
        ["Delegated", "Community Safety Manager, reporting each decision to the next Board",
         f"up to {pounds(OFFICER_LIMIT_OLD)}", f"up to {pounds(OFFICER_LIMIT)}"],
        ["Panel", "Locality Fund Panel, within the pot the Board sets each year",
         f"up to {pounds(PANEL_LIMIT_OLD)} a bid", f"up to {pounds(PANEL_LIMIT)} a bid"],
        ["Board", "Strategy Board", f"above {pounds(PANEL_LIMIT_OLD)}, any bid for more than one year",
         f"above {pounds(PANEL_LIMIT)}, any bid for more than one year"],
        ["Urgent", "Chair with the Vice-Chair, or with another member from a responsible authority",
         "any sum within the fund", "up to \u00a315,000; reported to the next Board"],
    ]  # fmt: skip
    groups = [
        ["Delivery group", "Chaired by", "Priority"],
        ["Violence Against Women and Girls Delivery Group", "Rushbeck Safe Haven", "1"],
        ["Serious Violence and Exploitation Group", "Harlshire Constabulary", "2"],
        ["Town Centres Group", "Rushbeck District Council (Head of Communities)", "3"],
        ["Community Safety Tasking Group (monthly)", "Community Safety Manager", "All"],
    ]
    history = [
        ["Version", "Approved", "Main changes"],
        ["1", "March 2015", "First terms of reference of the Strategy Board"],
        ["2", "March 2019", f"Locality Fund Panel set up; limits {pounds(PANEL_LIMIT_OLD)} and "
         f"{pounds(OFFICER_LIMIT_OLD)}"],
        ["3", "June 2022", "Integrated Care Board replaces the clinical commissioning group; urgent "
                           "decisions "
         "(paragraph 9.2)"],
        ["4", "21 January 2025", "Meetings every two months; new quorum; higher limits; pass mark raised; "
         "urgent decisions capped (now paragraph 8.5); delivery groups for the 2025-28 priorities"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 10),
        p("Rushbeck Community Safety Partnership", MIN_B),
        p("Terms of Reference of the Strategy Board", MIN_TITLE),
        p(
            "Version 4 \u00b7 approved by the Strategy Board on 21 January 2025 \u00b7 in force from 1 April "
            "2025",
            MIN,
        ),
        p("1. Purpose", MIN_H),
        _clause(
            "1.1",
            "The Rushbeck Community Safety Partnership is the community safety partnership for the "
            "district of Rushbeck under sections 5 to 7 of the Crime and Disorder Act 1998. The Strategy "
            "Board is its strategy group.",
        ),
        _clause(
            "1.2",
            "The Board sets the partnership's priorities from a strategic assessment, agrees a "
            "partnership plan, commissions domestic homicide reviews and meets the Serious Violence Duty "
            "with the other specified authorities in Harlshire.",
        ),
        p("2. Membership", MIN_H),
        _clause("2.1", "The members of the Strategy Board are:"),
        ledger(members, [160, 180, 80, WIDTH - 420], styles=MIN_STYLES),
        Spacer(1, 4),
        _clause(
            "2.2",
            "Each member organisation names one substitute. Officers of the District Council (the "
            "Community Safety Manager, the Head of Communities and Democratic Services) and the "
            "Partnership Analyst attend without a vote.",
        ),
        _clause("2.3", "The Board may co-opt members for a fixed period. A co-opted member has no vote."),
        p("3. Chair and Vice-Chair", MIN_H),
        _clause(
            "3.1",
            "The Board elects a Chair and a Vice-Chair at its annual meeting in June, each for one "
            "year. Both must represent responsible authorities, and no one may be Chair for more than three "
            "years in a row.",
        ),
        _clause(
            "3.2",
            f"When these terms were approved the Chair was {CHAIR} (Rushbeck District Council) and "
            f"the Vice-Chair {VICE} (Harlshire Constabulary).",
        ),
        p("4. Meetings", MIN_H),
        _clause(
            "4.1",
            f"The Board meets {MEETINGS}, with its annual meeting in June. Under version 3 it met "
            f"{MEETINGS_OLD}.",
        ),
        _clause(
            "4.2",
            "Papers are sent five working days before each meeting. Decisions and actions are "
            "recorded in a decision and action log and published within ten working days.",
        ),
        p("5. Quorum", MIN_H),
        _clause("5.1", f"A meeting is quorate when {QUORUM} are present."),
        _clause("5.2", f"Version 3 required {QUORUM_OLD}."),
        p("6. Decisions", MIN_H),
        _clause(
            "6.1",
            "The Board decides by consensus where it can. Otherwise a decision is taken by a "
            "majority of the voting members present, and the Chair has a casting vote.",
        ),
        p("7. Conflicts of interest", MIN_H),
        _clause(
            "7.1",
            "A member with an interest in an item, including a bid from their own organisation, "
            "declares it and takes no part in the decision. Declarations are recorded in the log.",
        ),
        p("8. Funding decisions", MIN_H),
        _clause(
            "8.1",
            "The Rushbeck Locality Safety Fund is made up of the Police and Crime Commissioner's "
            "grant, the District Council's contribution and any sum brought forward. It is held by the "
            "District Council.",
        ),
        _clause("8.2", "Decisions on the fund are taken at these levels:"),
        grid(levels, [62, 190, 116, WIDTH - 368], styles=(MIN_CELL_B, MIN_CELL_B, MIN_CELL, MIN_CELL)),
        Spacer(1, 4),
        _clause(
            "8.3",
            f"Bids are scored against six criteria, each from 0 to 5. From 1 April 2025 a bid must "
            f"score at least {PASS_MARK_NEW} out of 30 to be funded (it was {PASS_MARK} out of 30).",
        ),
        _clause(
            "8.4",
            "The fund does not pay for capital works, or for anything a partner has a statutory duty "
            "to provide.",
        ),
        _clause(
            "8.5",
            "An urgent decision is recorded in a numbered decision note, signed by those taking it, "
            "and reported to the next meeting of the Board.",
        ),
        p("9. Locality Fund Panel", MIN_H),
        _clause(
            "9.1",
            "The Panel is chaired by the District Council's Head of Communities. Its other members "
            "are the Community Safety Manager, a sergeant from the Rushbeck neighbourhood policing team, "
            "the Chief Officer of the Council for Voluntary Service and the Partnerships Officer of the "
            "Office of the Police and Crime Commissioner. Three members, including the chair or the "
            "Community Safety Manager, make a quorum.",
        ),
        _clause("9.2", "From 2025-26 the Panel holds two funding rounds a year, in September and February."),
        p("10. Delivery groups", MIN_H),
        _clause(
            "10.1", "Each priority for 2025-28 has a delivery group that reports to every Board meeting:"
        ),
        ledger(groups, [230, WIDTH - 300, 70], styles=MIN_STYLES),
        p("11. Review", MIN_H),
        _clause("11.1", "These terms are reviewed every year. The next review is due by January 2026."),
        p("Version history", MIN_H),
        ledger(history, [50, 100, WIDTH - 150], styles=MIN_STYLES),
    ]
