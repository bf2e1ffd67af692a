"""Partnership AK's terms of reference, version 3.0, approved by the Partnership Board on 17 October 2024 and
in force from 1 November 2024: DejaVu Serif with Bitstream Vera Bold headings under the "crest" opening, a
citron square and the title at the left of later pages and a foot "SSP Terms of Reference v3.0 \u00b7 n of
total" centred. Clauses numbered "1.1"; the priorities of 2024-27 named in a sentence; a membership table
("stripe") with votes and two changes; the co-chairs at approval; the Board quarterly and the Commissioning
and Finance Group every six weeks (monthly before); the quorum with the old one stated; a table of who decides
how much until 31 October 2024 and from 1 November 2024 ("boxed"), with the co-chairs' new urgent power over
the reserve and a floor under it; five delivery groups with their chairs replacing four; reporting; and a
version history."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAVENHAM
from evals.archive.stavenham_facts import (
    CFG_LIMIT_NEW,
    CFG_LIMIT_OLD,
    HOCS_LIMIT_NEW,
    HOCS_LIMIT_OLD,
    PRIORITIES_NEW,
    QUORUM_NEW,
    QUORUM_OLD,
    RESERVE_FLOOR,
    URGENT_LIMIT,
)
from evals.archive.stavenham_layout import (
    TOR,
    TOR_H,
    TOR_STYLES,
    TOR_TITLE,
    WIDTH,
    Furniture,
    boxed,
    notice,
    p,
    pounds,
    stripe,
)
from evals.archive.stavenham_layout import render as render_pages

TITLE_TERMS = "Safer Stavenham Partnership terms of reference, version 3.0"
CLAUSE = TOR.clone("SvTorClause", leftIndent=26, firstLineIndent=-26)
WHITE_HEAD = (TOR_STYLES[0].clone("SvTorWhite", textColor=colors.white), *TOR_STYLES[1:])


def write_terms(path: Path) -> Path:
    furniture = Furniture(
        "Safer Stavenham Partnership \u2013 Terms of Reference, version 3.0",
        label="Terms of Reference  \u00b7  version 3.0  \u00b7  from 1 November 2024",
        opening="crest",
        head_place="tag",
        foot="SSP Terms of Reference v3.0 \u00b7 {n} of {total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_TERMS, STAVENHAM), furniture)


def _clauses(section: int, *texts: str) -> list[Flowable]:
    return [p(f"{section}.{i}&nbsp;&nbsp;&nbsp;{t}", CLAUSE) for i, t in enumerate(texts, 1)]


def _story() -> list[Flowable]:
    named = ", ".join(t.lower() for t in PRIORITIES_NEW[:-1]) + " and " + PRIORITIES_NEW[-1].lower()
    members = [
        ["Body", "Represented by", "Vote"],
        ["London Borough of Stavenham", "Cabinet Member for Community Safety and Cohesion (co-chair)", "Yes"],
        ["London Borough of Stavenham", "Corporate Director, Neighbourhoods and Environment", "Yes"],
        ["Metropolitan Police Service", "Commander, Central North BCU (co-chair)", "Yes"],
        ["London Fire Brigade", "Borough Commander", "Yes"],
        ["Probation Service", "Head of the Stavenham and Lanthorne PDU", "Yes"],
        ["NHS North Thames Integrated Care Board", "Place Director (Stavenham)", "Yes"],
        ["London Borough of Stavenham", "Director of Public Health", "Yes"],
        ["Stavenham Youth Justice Service", "Head of Youth Justice", "Yes"],
        ["Ashmead Women's Centre", "Chief Executive (a member from version 3.0; co-opted before)", "Yes"],
        ["Stavenham Homes", "Director of Housing Management", "Yes"],
        ["Stavenham CVS", "Chief Executive (a vote from version 3.0; attended without one before)", "Yes"],
        ["Mayor's Office for Policing and Crime", "Partnership Engagement Officer (adviser)", "No"],
        ["London Borough of Stavenham", "Head of Community Safety (lead officer)", "No"],
    ]
    limits = [
        ["Decided by", "Until 31 October 2024 (version 2.1)", "From 1 November 2024 (version 3.0)"],
        ["Head of Community Safety, under delegated powers", f"awards up to {pounds(HOCS_LIMIT_OLD)}",
         f"awards up to {pounds(HOCS_LIMIT_NEW)}"],
        ["Commissioning and Finance Group", f"awards from £5,001 to {pounds(CFG_LIMIT_OLD)}",
         f"awards from £10,001 to {pounds(CFG_LIMIT_NEW)}"],
        ["Partnership Board", f"awards above {pounds(CFG_LIMIT_OLD)}; every release from the Safer Stavenham "
         "Reserve", f"awards above {pounds(CFG_LIMIT_NEW)}; releases from the Safer Stavenham Reserve"],
        ["The two co-chairs jointly, when a decision cannot wait for the Board", "no power",
         f"releases from the Safer Stavenham Reserve of up to {pounds(URGENT_LIMIT)}, reported to the next "
         "Board"],
        ["Floor under the reserve", "none",
         f"no release may take the balance below {pounds(RESERVE_FLOOR)} without a decision of the Board"],
    ]  # fmt: skip
    groups = [
        ["Delivery group", "Priority", "Chaired by"],
        ["VAWG Strategic Group", "1", "Director of Public Health"],
        ["Violence and Exploitation Group (leads the Serious Violence Duty)", "2", "Head of Youth Justice"],
        ["Combating Drugs Partnership (Stavenham)", "3", "Place Director (Stavenham), NHS North Thames ICB"],
        ["Neighbourhoods Group", "4", "Superintendent for Neighbourhoods, Central North BCU"],
        ["Hate Crime and Cohesion Forum", "5", "Chief Executive, Stavenham CVS"],
    ]
    history = [
        ["Version", "Approved", "Changes"],
        ["1.0", "April 2018", "First terms of reference after the merger of the safer neighbourhoods board"],
        ["2.0", "May 2020", "Commissioning and Finance Group set up; London Crime Prevention Fund rules"],
        ["2.1", "June 2022", "Ashmead Women's Centre co-opted; priorities for 2021-24"],
        ["3.0", "17 October 2024", "Limits raised; co-chairs' urgent power and floor under the reserve; "
         "quorum; the Group every six weeks; five delivery groups; Ashmead Women's Centre a member and "
         "Stavenham CVS given a vote"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        p("Terms of Reference", TOR_TITLE),
        p(
            "Safer Stavenham Partnership Board and its Commissioning and Finance Group. Version 3.0, "
            "approved "
            "by the Partnership Board on 17 October 2024 and in force from 1 November 2024. Review due by "
            "October 2026.",
            TOR,
        ),
        p("1. Purpose", TOR_H),
        *_clauses(
            1,
            "The Safer Stavenham Partnership is the community safety partnership for the London Borough of "
            "Stavenham under sections 5 and 6 of the Crime and Disorder Act 1998. The Partnership Board is "
            "its strategic body.",
            "The Board commissions a strategic assessment, sets the Partnership's priorities and plan, "
            "decides how the money it holds is spent and holds its delivery groups to account.",
            f"The Partnership's priorities for 2024-27 are {named}.",
        ),
        p("2. Membership", TOR_H),
        stripe(members, [170, WIDTH - 210, 40], styles=TOR_STYLES),
        Spacer(1, 4),
        *_clauses(
            2,
            "Each member names a deputy who may attend and vote in their place.",
            "Other organisations may be invited for an item. Members declare any interest in an item and "
            "leave the room for a decision on a bid from their organisation.",
        ),
        p("3. Co-chairs", TOR_H),
        *_clauses(
            3,
            "The Board is co-chaired by the council's Cabinet Member with responsibility for community "
            "safety and the Commander of the Central North BCU. At the date of approval these are "
            "Councillor Hannah Verrall and Chief Superintendent Rajesh Dholakia.",
            "The co-chairs take turns to chair meetings. Where one co-chair is absent the other chairs.",
        ),
        p("4. Meetings", TOR_H),
        *_clauses(
            4,
            "The Board meets quarterly, in January, April, July and October. A co-chair may call an "
            "extraordinary meeting on five working days' notice.",
            "The Commissioning and Finance Group meets every six weeks (monthly until 31 October 2024). It "
            "is chaired by the Corporate Director, Neighbourhoods and Environment.",
        ),
        p("5. Quorum", TOR_H),
        *_clauses(
            5,
            f"The Board is quorate when {QUORUM_NEW} are present. Until 31 October 2024 the quorum was "
            f"{QUORUM_OLD}.",
            "The Commissioning and Finance Group is quorate with three voting members, one of them from "
            "Finance.",
        ),
        p("6. Decisions on money", TOR_H),
        boxed(limits, [150, (WIDTH - 150) / 2, (WIDTH - 150) / 2], styles=WHITE_HEAD),
        Spacer(1, 4),
        *_clauses(
            6,
            "An award may be amended by the body that made it, or by a body with a higher limit. Every "
            "decision made under delegation or by the co-chairs is reported to the next Board.",
        ),
        p("7. Delivery groups", TOR_H),
        *_clauses(
            7,
            "Five delivery groups, one for each priority, replace the four of version 2.1 (the Serious "
            "Violence Group, the VAWG Strategic Group, the ASB Partnership Group and the Reducing "
            "Reoffending Board). Each reports to every second Board meeting.",
        ),
        stripe(groups, [220, 50, WIDTH - 270], styles=TOR_STYLES),
        p("8. Reporting", TOR_H),
        *_clauses(
            8,
            "The Board reports once a year to the council's Overview and Scrutiny Committee and publishes "
            "an annual report. The lead officer makes quarterly returns to MOPAC on the London Crime "
            "Prevention Fund.",
        ),
        p("9. Version history", TOR_H),
        stripe(history, [50, 90, WIDTH - 140], styles=TOR_STYLES),
    ]
