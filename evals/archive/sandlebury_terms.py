"""Partnership AM's terms of reference, version 3.0, adopted by the Board on 28 April 2022: STIX General with
DejaVu Sans Bold headings under the indigo "crest", a plain running head on later pages and a foot "Terms of
Reference v3.0 (April 2022) · p. n" centred. Numbered clauses 1 to 9 with sub-clauses "5.2": purpose, the
statutory basis, the membership in a "boxed" table (organisation, who represents it, whether a responsible
authority, a co-opted member or an adviser), the chair and vice-chair (by office, with the holders at April
2022), meetings, voting and the quorum, the sub-groups in a table (chair, how often, which priority), who
decides how much, the Partnership Reserve's rules and the review date."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SANDLEBURY
from evals.archive.sandlebury_facts import PANEL_LIMIT, PRIORITIES_2225, RESERVE_FLOOR, URGENT_LIMIT
from evals.archive.sandlebury_layout import (
    TOR,
    TOR_H,
    TOR_TITLE,
    WIDTH,
    Furniture,
    boxed,
    notice,
    p,
    pounds,
)
from evals.archive.sandlebury_layout import render as render_pages

TITLE_TERMS = "Sandlebury Community Safety Partnership Board terms of reference, version 3.0 (April 2022)"
CLAUSE = TOR.clone("SbTorClause", leftIndent=26, firstLineIndent=-26)


def write_terms(path: Path) -> Path:
    furniture = Furniture(
        "Terms of Reference \u2013 version 3.0",
        label="Board Terms of Reference \u2013 version 3.0",
        opening="crest",
        head_place="plain",
        foot="Terms of Reference v3.0 (April 2022) \u00b7 p. {n}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_TERMS, SANDLEBURY), furniture)


def _clauses(number: int, heading: str, *texts: str) -> list[Flowable]:
    flow: list[Flowable] = [p(f"{number}.&nbsp;&nbsp;{heading}", TOR_H)]
    flow += [p(f"{number}.{i}&nbsp;&nbsp;&nbsp;{t}", CLAUSE) for i, t in enumerate(texts, 1)]
    return flow


def _story() -> list[Flowable]:
    members = [
        ["Organisation", "Represented by", "Membership"],
        ["Sandlebury District Council", "Portfolio Holder for Communities (Chair); Director of Communities",
         "Responsible authority"],
        ["Wendleshire County Council", "Head of Community Safety", "Responsible authority"],
        ["Wendleshire Police", "District Commander (Vice-Chair)", "Responsible authority"],
        ["Wendleshire Fire and Rescue Service", "Station Manager, Prevention", "Responsible authority"],
        ["Probation Service (Wendleshire Probation Delivery Unit)", "Senior Probation Officer",
         "Responsible authority"],
        ["NHS Wendleshire Clinical Commissioning Group (its successor Integrated Care Board from 1 July "
         "2022)", "Designated Nurse for Safeguarding", "Responsible authority"],
        ["Lanternway Domestic Abuse Service", "Chief Executive", "Co-opted member"],
        ["Kestmoor Housing", "Neighbourhoods Manager", "Co-opted member"],
        ["Wendleshire Youth Justice Service", "Team Manager (Sandlebury)", "Co-opted member"],
        ["Office of the Police, Fire and Crime Commissioner for Wendleshire",
         "Partnerships and Commissioning Officer", "Adviser (no vote)"],
    ]  # fmt: skip
    groups = [
        ["Group", "Chaired by", "Meets", "Leads on"],
        ["VAWG Delivery Group", "Chief Executive, Lanternway", "Every two months", "Priority 1"],
        ["Serious Violence Steering Group (new)", "District Commander, Wendleshire Police", "Quarterly",
         "Priority 2"],
        ["Neighbourhood Tasking Group", "Community Safety Manager", "Weekly", "Priority 3"],
        ["Small Grants Panel", "Community Safety Manager", "Three rounds a year", "All priorities"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        p("Sandlebury Community Safety Partnership Board: Terms of Reference", TOR_TITLE),
        p(
            "Version 3.0, adopted by the Board on 28 April 2022 (replacing version 2.1 of June 2020). Next "
            "review: April 2023.",
            TOR,
        ),
        *_clauses(
            1,
            "Purpose",
            "The Sandlebury Community Safety Partnership brings together the agencies responsible for "
            "reducing crime, disorder, anti-social behaviour, substance misuse and reoffending in "
            "Sandlebury district. The Board is its strategic body.",
            "The Board sets the Partnership's priorities from an annual strategic assessment, agrees a plan "
            "to deliver them, decides how the Community Safety Fund is spent and holds the sub-groups to "
            "account. Its priorities for April 2022 to March 2025 are: "
            f"{'; '.join(t.lower() for t in PRIORITIES_2225)}.",
        ),
        *_clauses(
            2,
            "Statutory basis",
            "The Partnership is constituted under sections 5 to 7 of the Crime and Disorder Act 1998. The "
            "responsible authorities have a duty to work together to formulate and implement a strategy.",
            "The Police, Fire and Crime Commissioner and the Partnership must co-operate with each other "
            "(Police Reform and Social Responsibility Act 2011), and the Partnership is a specified body "
            "under the Serious Violence Duty.",
        ),
        *_clauses(
            3,
            "Membership",
            "The Board's members are set out below. Each organisation names a deputy who may attend and vote "
            "in the member's place.",
        ),
        boxed(members, [190, 170, WIDTH - 360]),
        *_clauses(
            4,
            "Chair and vice-chair",
            "The Board is chaired by the district council's Portfolio Holder for Communities. The vice-chair "
            "is the District Commander of Wendleshire Police. At April 2022 these are Councillor Miriam "
            "Oakhurst and Chief Inspector Damian Sowerby.",
            "When the council appoints a new Portfolio Holder for Communities, he or she takes the chair "
            "from the next meeting of the Board.",
        ),
        *_clauses(
            5,
            "Meetings, voting and quorum",
            "The Board meets quarterly. The Chair may call an extra meeting on ten working days' notice.",
            "The Board is quorate when five members are present, including the Chair or Vice-Chair and at "
            "least three of the six responsible authorities.",
            "Decisions are reached by consensus where possible, otherwise by a simple majority of the voting "
            "members present; the Chair has a casting vote. Co-opted members vote; advisers do not.",
            "Members declare any interest in an item and take no part in a decision on a bid from their own "
            "organisation.",
        ),
        *_clauses(6, "Sub-groups", "The Board has four sub-groups, each reporting to every meeting."),
        boxed(groups, [170, 170, 90, WIDTH - 430]),
        *_clauses(
            7,
            "Funding and who decides",
            "The Partnership's budget is the Police, Fire and Crime Commissioner's Community Safety Fund "
            "allocation for the district and the district council's contribution, part of which is held as "
            "the Small Grants Pot.",
            f"The Board decides bids above {pounds(PANEL_LIMIT)} and every release from the Partnership "
            f"Reserve. The Small Grants Panel decides bids of up to {pounds(PANEL_LIMIT)} from the Small "
            "Grants Pot and reports them to the next Board.",
            f"In an emergency the Community Safety Manager may commit up to {pounds(URGENT_LIMIT)}, "
            "reporting the decision to the next meeting of the Board.",
        ),
        *_clauses(
            8,
            "Partnership Reserve",
            "Any underspend on the year's budget is added to the Partnership Reserve at the year end.",
            "The reserve is for one-off pilots and emergencies, not for continuing services. Only the Board "
            f"may release money from it, and its balance is kept at or above {pounds(RESERVE_FLOOR)}.",
        ),
        *_clauses(
            9,
            "Review",
            "These terms of reference are reviewed every year at the Board's April meeting.",
        ),
    ]
