"""Partnership AI's Terms of Reference version 3 (approved 25 January 2024, in force 1 April 2024): DejaVu
Serif with no opening furniture but a boxed title block (document, version, approved, in force, review), a
running head centred between two slate rules and a foot "ECSP ToR v3 · page n of total" at the right. Clauses
numbered "5.2" under numbered headings: purpose; a boxed membership table with the responsible authorities'
votes and a new non-voting member; the Chair and Vice-Chair (two years, alternating between the council and
the police) with who held them at approval; meetings every quarter instead of every eight weeks; the quorum
with the old one stated; a table of who decides how much with the limits before and from 1 April 2024 and a
new urgent power; the reserve's floor; the Grants Sub-Group with its pass mark raised; conflicts of interest;
delivery groups; and a version history."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.ellerdyke_facts import (
    CHAIR,
    MEETINGS,
    MEETINGS_OLD,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    QUORUM_OLD,
    RESERVE_FLOOR,
    SUBGROUP_LIMIT,
    SUBGROUP_LIMIT_OLD,
    VICE,
)
from evals.archive.ellerdyke_layout import (
    SLATE,
    TOR,
    TOR_CELL,
    TOR_H,
    TOR_STYLES,
    WIDTH,
    Furniture,
    boxed,
    notice,
    p,
    pounds,
)
from evals.archive.ellerdyke_layout import render as render_pages
from evals.archive.names import ELLERDYKE

TITLE_TERMS = "Ellerdyke Community Safety Partnership Terms of Reference, version 3 (2024)"
URGENT_LIMIT = 5000
TOR_TITLE = TOR_H.clone("ElTorTitle", fontSize=17, leading=21, spaceBefore=0, spaceAfter=2)


def write_terms(path: Path) -> Path:
    furniture = Furniture(
        "Ellerdyke Community Safety Partnership \u2013 Terms of Reference v3",
        opening="",
        head_place="centre",
        foot="ECSP ToR v3 \u00b7 page {n} of {total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_TERMS, ELLERDYKE), furniture)


def _clauses(section: int, title: str, *texts: str) -> list[Flowable]:
    flow: list[Flowable] = [p(f"{section}&nbsp;&nbsp;&nbsp;{title}", TOR_H)]
    flow += [p(f"{section}.{i}&nbsp;&nbsp;&nbsp;{text}", TOR) for i, text in enumerate(texts, 1)]
    return flow


def _title_block() -> Table:
    rows = [
        [p("Ellerdyke Community Safety Partnership", TOR_CELL), ""],
        [p("Terms of Reference", TOR_TITLE), ""],
        [p("<b>Version</b>", TOR_CELL), p("3", TOR_CELL)],
        [p("<b>Approved by</b>", TOR_CELL), p("the Executive, 25 January 2024 (minute 7/24)", TOR_CELL)],
        [p("<b>In force from</b>", TOR_CELL), p("1 April 2024", TOR_CELL)],
        [p("<b>Replaces</b>", TOR_CELL), p("version 2, July 2020", TOR_CELL)],
        [p("<b>Next review</b>", TOR_CELL), p("January 2026", TOR_CELL)],
    ]
    table = Table(rows, colWidths=[110, WIDTH - 110], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 1), (-1, 1)),
                ("BOX", (0, 0), (-1, -1), 1.2, SLATE),
                ("LINEBELOW", (0, 1), (-1, 1), 0.6, SLATE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _story() -> list[Flowable]:
    members = [
        ["Organisation", "Represented by", "Vote"],
        ["Ellerdyke Metropolitan Borough Council", "Cabinet Member for Stronger Communities", "Yes"],
        ["Dunsmere Police", "Ellerdyke district commander (Chief Superintendent)", "Yes"],
        ["Dunsmere Fire and Rescue Service", "Group Manager, Ellerdyke", "Yes"],
        ["The Probation Service", "Head of the Ellerdyke and Calvesby PDU", "Yes"],
        ["NHS Dunsmere Integrated Care Board", "Associate Director of Safeguarding", "Yes"],
        ["Office of the Deputy Mayor for Policing and Crime", "Policy Officer", "No"],
        ["Ellerdyke Public Health", "Consultant in Public Health", "No"],
        ["Ellerdyke Youth Justice Service", "Head of Youth Justice", "No"],
        ["Dunsmere Violence Reduction Unit (new in version 3)", "Locality Lead", "No"],
        ["Ellerdyke Women's Aid", "Chief Executive", "No"],
        ["Saxonholt Homes", "Head of Neighbourhoods", "No"],
        ["Ellerdyke Voluntary Action", "Chief Officer", "No"],
    ]
    limits = [
        ["Who decides", "Under version 2 (to 31 March 2024)", "From 1 April 2024", "Reported to"],
        ["Head of Safer Communities, under delegated powers", f"Up to {pounds(OFFICER_LIMIT_OLD)}",
         f"Up to {pounds(OFFICER_LIMIT)}", "The next Executive"],
        ["Grants Sub-Group, from a pot the Executive sets", f"Up to {pounds(SUBGROUP_LIMIT_OLD)}",
         f"Up to {pounds(SUBGROUP_LIMIT)}", "The next Executive"],
        ["Chair and Vice-Chair together, when a decision cannot wait", "No such power",
         f"Up to {pounds(URGENT_LIMIT)}", "The next Executive"],
        ["The Executive", f"Over {pounds(SUBGROUP_LIMIT_OLD)}", f"Over {pounds(SUBGROUP_LIMIT)}", "\u2013"],
        ["Release from the Partnership Reserve", "The Executive only",
         f"The Executive only; the reserve may not fall below {pounds(RESERVE_FLOOR)}", "\u2013"],
    ]  # fmt: skip
    history = [
        ["Version", "Date", "Changes"],
        ["1", "June 2017", "First terms of reference of the Executive."],
        ["2", "July 2020", "Priorities for 2020-23; the Grants Sub-Group created; delegated limits of "
                           f"{pounds(SUBGROUP_LIMIT_OLD)} and {pounds(OFFICER_LIMIT_OLD)}."],
        ["3", "25 January 2024", "Quarterly meetings; new quorum; higher limits; urgent decisions; a floor "
                                 "under the reserve; pass mark raised; the Violence Reduction Unit joins."],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        _title_block(),
        *_clauses(
            1,
            "Purpose",
            "The Ellerdyke Community Safety Partnership is the community safety partnership for the "
            "Metropolitan Borough of Ellerdyke under sections 5 to 7 of the Crime and Disorder Act 1998. "
            "Its Executive is the partnership's strategic body.",
            "The Executive sets the partnership's priorities from a strategic assessment, agrees a "
            "partnership plan, spends the Safer Ellerdyke Fund and holds the Partnership Reserve, and "
            "meets the partnership's duties on domestic homicide reviews and serious violence.",
        ),
        *_clauses(2, "Membership", "The Executive's members are:"),
        boxed(members, [200, WIDTH - 240, 40], styles=TOR_STYLES),
        Spacer(1, 4),
        p(
            "2.2&nbsp;&nbsp;&nbsp;Each voting member names a substitute, who may vote in their place. Other "
            "organisations may be invited to attend for an item.",
            TOR,
        ),
        *_clauses(
            3,
            "Chair and Vice-Chair",
            "The Executive elects a Chair and a Vice-Chair from its voting members at its annual meeting in "
            "May, for two years.",
            "The chair alternates between the council and the police; the Vice-Chair comes from whichever of "
            "the two does not hold the chair. The Vice-Chair chairs the Grants Sub-Group.",
            f"When these terms were approved the Chair was {CHAIR} (Dunsmere Police), elected in May 2023, "
            f"and the Vice-Chair {VICE} (the council).",
        ),
        *_clauses(
            4,
            "Meetings",
            f"The Executive meets {MEETINGS}. Under version 2 it met {MEETINGS_OLD}.",
            "The Chair may call an extra meeting on five working days' notice. Papers are sent five working "
            "days before a meeting.",
        ),
        *_clauses(
            5,
            "Quorum",
            "A meeting is quorate when at least half of the voting members are present, which is three of "
            "the five, and the council and the police are among them. A substitute counts towards the "
            "quorum.",
            f"Under version 2 a meeting was quorate with {QUORUM_OLD}.",
            "If a meeting is not quorate it may go ahead, but its decisions must be confirmed at the next "
            "quorate meeting.",
        ),
        *_clauses(
            6,
            "Decisions on money",
            "Decisions on the Safer Ellerdyke Fund and the Partnership Reserve are taken as follows:",
        ),
        boxed(limits, [150, 110, 140, WIDTH - 400], styles=TOR_STYLES),
        Spacer(1, 4),
        p(
            "6.2&nbsp;&nbsp;&nbsp;A bid is decided by the lowest level whose limit covers it. A bid "
            "above the "
            "Grants Sub-Group's limit is referred to the Executive with the Sub-Group's recommendation.",
            TOR,
        ),
        p(
            "6.3&nbsp;&nbsp;&nbsp;An urgent decision by the Chair and Vice-Chair is recorded in writing with "
            "the reasons it could not wait, and is reported to the next meeting.",
            TOR,
        ),
        *_clauses(
            7,
            "Grants Sub-Group",
            "The Grants Sub-Group is the Vice-Chair (chair), a neighbourhood inspector of Dunsmere "
            "Police and "
            "a member named by Ellerdyke Voluntary Action, advised by the Head of Safer Communities without "
            "a vote. Three voting members, the chair among them, make a quorum.",
            "Bids are scored on five criteria, each out of 5. From 1 April 2024 a bid must score at least 15 "
            "out of 25 to be funded; the pass mark was 13.",
        ),
        *_clauses(
            8,
            "Conflicts of interest",
            "A member with an interest in a bid declares it, leaves the room while it is decided and does "
            "not vote. Declarations are minuted.",
        ),
        *_clauses(
            9,
            "Delivery groups",
            "Three delivery groups report to each meeting, one for each priority of 2023-26: the Domestic "
            "Abuse and VAWG Board, the Serious Violence Delivery Group and the Safer Neighbourhoods Group.",
        ),
        *_clauses(10, "Version history"),
        boxed(history, [50, 90, WIDTH - 140], styles=TOR_STYLES),
    ]
