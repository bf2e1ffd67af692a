"""Partnership AF's governance papers: the Terms of Reference of January 2022 (in force from 1 April 2022)
in DejaVu Serif under the ochre crest, sections "Section 5 - Quorum" with clauses "5(a)", the Group renamed
the Board, a membership table with the statutory members and votes, the Chair and Vice-Chair, meetings,
the quorum with the old one stated, a table of the levels of funding decision with the limits before and
after, the delivery groups and their chairs and a version history; and the Group's action tracker as at
26 January 2022, on a landscape page in Helvetica with a status for each action and what became of it
(the Commissioner's grant for 2022-23 as first indicated, an award withdrawn, an action carried over)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.kelsthorpe_facts import (
    GRANT_2223_INDICATED,
    MEDIATION_AWARD,
    MEDIATION_PAID,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    QUORUM,
    QUORUM_OLD,
    ROUNDS,
    ROUNDS_OLD,
    SUBGROUP_LIMIT,
    SUBGROUP_LIMIT_OLD,
)
from evals.archive.kelsthorpe_layout import (
    CELL,
    LAND,
    TOR,
    TOR_CELL,
    TOR_CELL_B,
    TOR_CLAUSE,
    TOR_H,
    WIDTH,
    Furniture,
    grid,
    notice,
    p,
    pounds,
    render,
    striped,
)
from evals.archive.names import KELSTHORPE

TITLE_TERMS = "Kelsthorpe Community Safety Partnership Board Terms of Reference 2022"
TITLE_TRACKER = "Kelsthorpe Responsible Authorities Group action tracker, 26 January 2022"
URGENT_LIMIT = 10000


def write_terms(path: Path) -> Path:
    furniture = Furniture(
        "Terms of Reference 2022",
        label="Terms of Reference 2022",
        opening="crest",
        foot="ToR 2022 \u2014 page {n}",
        foot_right=True,
    )
    return render(path, _terms, Meta(TITLE_TERMS, KELSTHORPE), furniture)


def write_tracker(path: Path) -> Path:
    furniture = Furniture(
        "RAG action tracker at 26 January 2022",
        label="RAG action tracker \u00b7 as at 26 January 2022",
        opening="masthead",
        foot="Action tracker {n} of {total}",
    )
    return render(path, _tracker, Meta(TITLE_TRACKER, KELSTHORPE), furniture, first="landscape")


def _section(number: int, heading: str, *clauses: str) -> list[Flowable]:
    out: list[Flowable] = [p(f"Section {number} \u2014 {heading}", TOR_H)]
    if len(clauses) == 1:
        return [*out, p(clauses[0], TOR)]
    out += [p(f"{number}({chr(ord('a') + i)})\u2003{text}", TOR_CLAUSE) for i, text in enumerate(clauses)]
    return out


def _terms() -> list[Flowable]:
    members = [
        ["Organisation", "Represented by", "Statutory", "Votes"],
        ["Kelsthorpe District Council", "Cabinet Member for Communities (Chair); Director of Place", "Yes",
         "2"],
        ["Wetherdale County Council", "Assistant Director, Communities", "Yes", "1"],
        ["Wetherdale Constabulary", "District Commander (Vice-Chair)", "Yes", "1"],
        ["Wetherdale Fire and Rescue Service", "Group Manager, Prevention", "Yes", "1"],
        ["The Probation Service", "Head of the Kelsthorpe and Wetherdale North PDU", "Yes", "1"],
        ["NHS Wetherdale CCG; from 1 July 2022 the NHS Wetherdale and Coldbeck ICB", "Director of Place "
         "Commissioning", "Yes", "1"],
        ["Office of the Police, Fire and Crime Commissioner", "Commissioning Manager", "No", "1"],
        ["Wetherdale Public Health", "Consultant in Public Health", "No", "1"],
        ["Wetherdale Youth Offending Service", "Head of Service", "No", "1"],
        ["Kelsthorpe Homes Trust", "Director of Housing", "No", "1"],
        ["Wetherdale Women's Refuge Partnership", "Chief Executive", "No", "1"],
        ["Kelsthorpe Voluntary Action", "Chief Officer", "No", "1"],
    ]  # fmt: skip
    levels = [
        ["Who decides", "From 1 April 2022", "Until 31 March 2022"],
        ["The Board", f"Bids above {pounds(SUBGROUP_LIMIT)}; every award to a responsible authority",
         f"Bids above {pounds(SUBGROUP_LIMIT_OLD)}"],
        ["Bids and Commissioning Sub-Group", f"Bids up to {pounds(SUBGROUP_LIMIT)}, in {ROUNDS}",
         f"Bids up to {pounds(SUBGROUP_LIMIT_OLD)}, in {ROUNDS_OLD}"],
        ["Community Safety Lead Officer", f"Grants up to {pounds(OFFICER_LIMIT)}, reported to the next Board",
         f"Grants up to {pounds(OFFICER_LIMIT_OLD)}"],
        ["Chair and Vice-Chair together (urgency)",
         f"Up to {pounds(URGENT_LIMIT)} between meetings, reported to the next Board", "The same"],
    ]  # fmt: skip
    groups = [
        ["Group", "Chaired by", "Meets"],
        ["Bids and Commissioning Sub-Group", "OPFCC Commissioning Manager", "Three times a year"],
        ["Violence Against Women and Girls Delivery Group", "Chief Executive, Wetherdale Women's Refuge "
         "Partnership", "Every two months"],
        ["Serious Violence and Exploitation Group", "Head of the Youth Offending Service",
         "Every two months"],
        ["Neighbourhood and Rural Crime Group", "Neighbourhood Inspector, Wetherdale Constabulary",
         "Monthly"],
    ]  # fmt: skip
    history = [
        ["Version", "Agreed", "What changed"],
        ["1", "April 2016", "Responsible Authorities Group formed"],
        ["2", "June 2019", f"Bids and Commissioning Sub-Group created, limit {pounds(SUBGROUP_LIMIT_OLD)}"],
        [
            "3",
            "26 January 2022",
            "Renamed the Board; quorum, limits and rounds changed; in force 1 April 2022",
        ],
    ]
    styles = (TOR_CELL_B, TOR_CELL_B, TOR_CELL, TOR_CELL)
    return [
        Spacer(1, 24),
        p(
            "Kelsthorpe Community Safety Partnership Board",
            TOR_H.clone("KeTorTitle", fontSize=17, leading=21),
        ),
        p(
            "Terms of Reference \u2014 agreed by the Responsible Authorities Group on 26 January 2022, in "
            "force "
            "from 1 April 2022, to be reviewed by January 2024",
            TOR,
        ),
        notice(),
        *_section(
            1,
            "Name and purpose",
            "From 1 April 2022 the Responsible Authorities Group is renamed the Kelsthorpe Community Safety "
            "Partnership Board (\u201cthe Board\u201d). It remains the strategic body of the Kelsthorpe "
            "Community Safety Partnership under the Crime and Disorder Act 1998.",
            "The Board sets the partnership's priorities from a strategic intelligence assessment, agrees a "
            "partnership plan, oversees the delivery groups and spends the Community Safety Initiatives "
            "Fund.",
        ),
        *_section(2, "Membership", "The Board's members are set out below."),
        grid(members, [170, WIDTH - 270, 54, 46], figs=(3,), styles=styles),
        *_section(
            3,
            "Chair and Vice-Chair",
            "The Chair is the District Council's Cabinet Member for Communities, elected each year at the "
            "first meeting after the Council's annual meeting.",
            "The Vice-Chair is the Wetherdale Constabulary district commander for Kelsthorpe.",
        ),
        *_section(
            4,
            "Meetings",
            "The Board meets quarterly. The Chair may call an extra meeting at five working days' notice.",
            "Papers are sent five working days before a meeting. Minutes are taken by the District Council's "
            "Democratic Services and published once agreed.",
        ),
        *_section(
            5,
            "Quorum",
            f"The quorum is {QUORUM}.",
            f"Until 31 March 2022 the quorum was {QUORUM_OLD}.",
        ),
        *_section(
            6,
            "Funding decisions",
            "Decisions on the Community Safety Initiatives Fund are made at the levels in the table below.",
            "The fund does not pay for capital works, nor for anything a partner is already funded to do.",
        ),
        grid(levels, [140, (WIDTH - 140) / 2, (WIDTH - 140) / 2], styles=styles),
        p(
            "6(c)\u2003Bids to the Sub-Group are scored out of 30 \u2014 need, reach and value for money, "
            "ten each \u2014 and must score 18 to be funded.",
            TOR_CLAUSE,
        ),
        *_section(7, "Delivery groups", "Each group reports to every Board meeting."),
        grid(groups, [180, WIDTH - 290, 110], styles=styles),
        *_section(
            8,
            "Interests",
            "A member with an interest in a bid declares it and takes no part in the decision.",
        ),
        p("Version history", TOR_H),
        grid(history, [50, 90, WIDTH - 140], styles=styles),
    ]


def _tracker() -> list[Flowable]:
    rows = [
        ["Ref", "Raised", "Action", "Owner", "Due", "Status", "Update at 26/01/22"],
        ["A21/13", "15/06/21", "Membership list and website for The Probation Service", "LM", "30/06/21",
         "Complete", "Done 28/06/21."],
        ["A21/15", "15/06/21", "Confirm the Commissioner's co-funding of the stalking bid", "IS", "20/10/21",
         "Complete", "Confirmed; bid approved 10/11/21."],
        ["A21/22", "15/09/21", "Saltersgate car park cameras: report when working", "LM", "10/11/21",
         "Complete", "Working since 6 December 2021."],
        ["A21/27", "10/11/21", "Decision letters for the November funding decisions", "LM", "19/11/21",
         "Complete", "Sent 16/11/21."],
        ["A21/28", "10/11/21", "Publish the assessment and the new priorities", "CK", "30/11/21", "Complete",
         "On the website since 25/11/21."],
        ["A21/29", "10/11/21", "Draft terms of reference to members", "LM", "12/01/22", "Complete",
         "On today's agenda."],
        ["A21/30", "10/11/21", "Scope a serious violence needs assessment", "CK", "26/01/22", "Carried over",
         "Waiting for Home Office guidance; now due 30/06/22."],
        ["A21/31", "10/11/21", "Name the ICB's representative", "AK", "26/01/22", "Carried over",
         "ICB start moved to 1 July 2022; name to the June Board."],
        ["A21/32", "10/11/21", "Report any change to the Mediation Wetherdale grant (SG21/02)", "LM",
         "26/01/22",
         "Complete", f"Service closed its Kelsthorpe base in December. Award of {pounds(MEDIATION_AWARD)} "
         f"withdrawn 12/01/22; {pounds(MEDIATION_PAID)} paid for July to September, the rest back in the "
         "fund."],
        ["A22/01", "26/01/22", "Commissioner's grant for 2022-23", "IS", "31/03/22", "Open",
         f"Indicated at {pounds(GRANT_2223_INDICATED)}; to be confirmed in March."],
        ["A22/02", "26/01/22", "Terms of reference: website and members' pack from 1 April", "NA", "01/04/22",
         "Open", "\u2013"],
    ]  # fmt: skip
    return [
        p(
            "Responsible Authorities Group \u2014 action tracker",
            TOR_H.clone("KeTrackT", fontName="Helvetica-Bold", fontSize=15, leading=18),
        ),
        p(
            "Kelsthorpe Community Safety Partnership \u00b7 as at the meeting of 26 January 2022",
            CELL.clone("KeTrackSub", fontSize=9.5, leading=12),
        ),
        notice(LAND),
        Spacer(1, 6),
        striped(rows, [44, 52, 200, 40, 52, 62, LAND - 450]),
        Spacer(1, 6),
        p(
            "Owners: LM Lorcan Mattocks (Community Safety Lead Officer); CK Clemency Kettlewell (analyst); "
            "IS "
            "Imelda Stanbridge (OPFCC); AK Dr Anwen Kitteridge (CCG); NA Nerys Allonby (Democratic "
            "Services).",
            CELL.clone("KeTrackKey", fontSize=8, leading=10),
        ),
    ]
