"""Partnership AJ's Terms of Reference version 2.0, approved by the Leadership Board on 16 September 2025 and
in force from 1 October 2025: STIX General with DejaVu Serif Bold headings under the verdigris "band" with the
document's label in white, a verdigris pill on later pages and a foot "SCSP ToR v2.0 – p. n/total" at the
right under a short oxblood rule. Clauses "1" to "10" with sub-clauses "6.3": purpose, the priorities for
2025-28 named in a sentence, a membership table (organisation, who attends, vote), the Chair and Vice-Chair
(who holds each at approval and how they are chosen), meetings, the quorum with the old one stated, a table of
who decides how much (before and from 1 October 2025) with a new urgent power and a floor under the reserve,
the Small Grants Panel with its pass mark raised and three rounds a year, the delivery groups, conduct and
review, and a version history."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SALTMARDEN
from evals.archive.saltmarden_facts import (
    CHAIR,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    PANEL_CHAIR,
    PANEL_LIMIT,
    PANEL_LIMIT_OLD,
    PASS,
    PASS_OLD,
    PRIORITIES_NEW,
    QUORUM,
    QUORUM_OLD,
    RESERVE_FLOOR,
    URGENT_LIMIT,
    VICE,
)
from evals.archive.saltmarden_layout import (
    TOR,
    TOR_H,
    TOR_STYLES,
    TOR_TITLE,
    WIDTH,
    Furniture,
    notice,
    p,
    pounds,
    tide,
)
from evals.archive.saltmarden_layout import render as render_pages

TITLE_TERMS = "Saltmarden Community Safety Partnership Terms of Reference version 2.0 (2025)"
CLAUSE = TOR.clone("SlTorClause", leftIndent=28, firstLineIndent=-28)


def write_terms(path: Path) -> Path:
    furniture = Furniture(
        "Terms of Reference v2.0 \u2013 in force from 1 October 2025",
        label="TERMS OF REFERENCE  \u2013  VERSION 2.0",
        opening="band",
        head_place="pill",
        foot="SCSP ToR v2.0 \u2013 p. {n}/{total}",
        place="right",
        ruled=True,
    )
    return render_pages(path, _story, Meta(TITLE_TERMS, SALTMARDEN), furniture)


def _section(number: int, heading: str, *clauses: str) -> list[Flowable]:
    flow: list[Flowable] = [p(f"{number}&nbsp;&nbsp;&nbsp;{heading}", TOR_H)]
    flow += [p(f"{number}.{i}&nbsp;&nbsp;&nbsp;{text}", CLAUSE) for i, text in enumerate(clauses, 1)]
    return flow


def _story() -> list[Flowable]:
    named = ", ".join(t.lower() if i else t for i, t in enumerate(PRIORITIES_NEW[:-1]))
    priorities = f"{named} and {PRIORITIES_NEW[-1].lower()}"
    members = [
        ["Organisation", "Represented by", "Vote"],
        ["Saltmarden District Council", "Portfolio Holder for community safety; Director of Communities",
         "Yes (one)"],
        ["Carrowshire County Council", "Cabinet Member for Communities", "Yes"],
        ["Carrowshire Constabulary", "East Area Commander (Superintendent)", "Yes"],
        ["Carrowshire Fire and Rescue Service", "Station Manager, Saltmarden", "Yes"],
        ["The Probation Service", "Head of the Carrowshire East PDU", "Yes"],
        ["NHS Carrowshire and Wendmoor ICB", "Designated Nurse, Safeguarding Adults", "Yes"],
        ["Public Health Carrowshire", "Consultant in Public Health", "No"],
        ["Carrowshire Youth Justice Service", "Service Manager", "No"],
        ["Office of the Police, Fire and Crime Commissioner", "Partnerships and Commissioning Officer", "No"],
        ["Carrowshire Domestic Abuse Service", "Chief Executive", "No"],
        ["Brinehurst Homes", "Head of Tenancy Services", "No"],
        ["Saltmarden CVS", "Chief Officer (chair of the Small Grants Panel)", "No"],
        ["Carrowshire Business Crime Partnership (new)", "Business Crime Manager", "No"],
    ]  # fmt: skip
    levels = [
        ["Who decides", "Before 1 October 2025", "From 1 October 2025"],
        ["Leadership Board", f"Any bid over {pounds(PANEL_LIMIT_OLD)}; any release from the reserve",
         f"Any bid over {pounds(PANEL_LIMIT)}; any release from the reserve"],
        ["Small Grants Panel", f"Bids up to {pounds(PANEL_LIMIT_OLD)} scoring {PASS_OLD} or more out of 30",
         f"Bids up to {pounds(PANEL_LIMIT)} scoring {PASS} or more out of 30"],
        ["Community Safety Manager (delegated)", f"Up to {pounds(OFFICER_LIMIT_OLD)}",
         f"Up to {pounds(OFFICER_LIMIT)}"],
        ["Chair and Vice-Chair together (urgent)", "No such power",
         f"Releases from the reserve up to {pounds(URGENT_LIMIT)}, reported to the next meeting"],
    ]  # fmt: skip
    history = [
        ["Version", "Approved", "Changes"],
        ["1.0", "14 June 2022", "Adopted with the priorities for 2022-25."],
        ["1.1", "13 June 2023", "Integrated Care Board named; Saltmarden CVS added as a member."],
        ["2.0", "16 September 2025", "Priorities for 2025-28; quorum; higher limits for the Small Grants "
         "Panel and the Community Safety Manager; pass mark raised; urgent releases; a floor under the "
         "reserve; Carrowshire Business Crime Partnership added."],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        p("Saltmarden Community Safety Partnership", TOR_TITLE),
        p(
            "Terms of Reference of the Leadership Board",
            TOR_TITLE.clone("SlTorSub", fontSize=12.5, leading=16),
        ),
        p(
            "Version 2.0. Approved by the Leadership Board on 16 September 2025; in force from 1 October "
            "2025. "
            "Replaces version 1.1 of June 2023.",
            TOR,
        ),
        *_section(
            1,
            "Purpose",
            "The Leadership Board is the strategic group of the Saltmarden Community Safety Partnership, the "
            "community safety partnership for the district of Saltmarden under section 5 of the Crime and "
            "Disorder Act 1998.",
            "It sets the partnership's priorities from a strategic intelligence assessment, agrees a plan to "
            "deliver them, spends the Saltmarden Safer Communities Fund and holds the Community Safety "
            "Reserve.",
            f"For 2025-28 the priorities are {priorities}.",
        ),
        *_section(
            2,
            "Membership",
            "The Board's members are set out below. Each organisation with a vote has one vote, however many "
            "of its officers attend.",
        ),
        tide(members, [200, 220, WIDTH - 420], styles=TOR_STYLES),
        *_section(
            3,
            "Chair and Vice-Chair",
            "The Chair is the District Council's Portfolio Holder responsible for community safety, elected "
            "at the "
            "annual meeting each June. The Vice-Chair is the Constabulary's East Area Commander, also "
            "elected at the "
            "annual meeting.",
            f"At the approval of this version the Chair is {CHAIR} (elected 10 June 2025) and the Vice-Chair "
            f"is {VICE} (Vice-Chair since 18 March 2025, re-elected 10 June 2025).",
            "If the Chair is absent, the Vice-Chair chairs; if both are absent, the members present choose a "
            "chair from among themselves.",
        ),
        *_section(
            4,
            "Meetings",
            "The Board meets quarterly, in June (the annual meeting), September, December and March. The "
            "Chair "
            "may call an extra meeting at seven days' notice.",
            "Papers are sent out five working days before a meeting. Democratic Services of the District "
            "Council keeps the minutes.",
        ),
        *_section(
            5,
            "Quorum",
            f"A meeting is quorate with {QUORUM}.",
            f"Until 30 September 2025 the quorum was {QUORUM_OLD}.",
        ),
        *_section(
            6,
            "Funding decisions",
            "Bids to the Saltmarden Safer Communities Fund are decided as follows.",
        ),
        tide(levels, [150, 150, WIDTH - 300], styles=TOR_STYLES),
        Spacer(1, 4),
        p(
            "6.2&nbsp;&nbsp;&nbsp;Capital works (buildings, cameras, lighting, vehicles) are not funded, "
            "except "
            "equipment that moves with a project.",
            CLAUSE,
        ),
        p(
            "6.3&nbsp;&nbsp;&nbsp;The Community Safety Reserve is held by the District Council. Money may be "
            "released from it only by the Board, or in an emergency by the Chair and Vice-Chair together "
            "under "
            f"6.1, and never so that the balance falls below {pounds(RESERVE_FLOOR)}.",
            CLAUSE,
        ),
        p(
            "6.4&nbsp;&nbsp;&nbsp;A member with an interest in a bid declares it and leaves the room while "
            "the "
            "bid is decided.",
            CLAUSE,
        ),
        *_section(
            7,
            "Small Grants Panel",
            "The Small Grants Panel is chaired by the Chief Officer of Saltmarden CVS (at present "
            f"{PANEL_CHAIR}) "
            "with two voting members of the Board and the Community Safety Manager as adviser.",
            "The Board sets the Panel's pot each year. The Panel may hold up to three rounds a year. Bids "
            "are "
            f"scored out of 30; from 1 October 2025 a bid must score {PASS} or more to be funded (it was "
            f"{PASS_OLD}).",
            "The Panel may refer a bid above its limit to the Board, or one within the Community Safety "
            "Manager's limit to the Manager.",
        ),
        *_section(
            8,
            "Delivery groups",
            "Three delivery groups report to each Board meeting: the Violence Against Women and Girls Group, "
            "the Serious Violence and Exploitation Group (which is also the partnership's response to the "
            "Serious Violence Duty) and the Safer Seafront and Town Centres Group. Retail crime reports "
            "through "
            "the Safer Seafront and Town Centres Group.",
        ),
        *_section(
            9,
            "Information sharing",
            "Members share information under the Carrowshire information sharing agreement and section 115 "
            "of "
            "the Crime and Disorder Act 1998.",
        ),
        *_section(
            10,
            "Review",
            "These terms of reference are reviewed every two years, or sooner if the law changes.",
        ),
        p("Version history", TOR_H),
        tide(history, [50, 100, WIDTH - 150], styles=TOR_STYLES),
    ]
