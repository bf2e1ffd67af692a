"""Partnership AG's Strategic Group, 16 May 2023 (the annual meeting): formal minutes in Times under the
county borough council's bilingual letterhead, the members present as a list of names with their bodies,
those in attendance, apologies and the quorum; minutes numbered "Minute 23/01" to "Minute 23/09", the chair
passed from the council to the police by rotation, a declaration of interest, the money of 2023-24 (the
Commissioner's grant cut, the Serious Violence Duty grant not yet signed), "RESOLVED:" with parts (a) to (h):
awards as asked and below their ask, a bid deferred for the Serious Violence Duty grant, a bid refused as
capital works and a pot for the commissioning group's summer round; the strategic assessment's timetable and
the date of the next meeting, with a signature line for the Chair."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.glynmorlan_facts import (
    ANALYST,
    ANALYST_POST,
    APB_REP,
    ASB_AWARD,
    AVAILABLE_2324,
    BF_2324,
    CHAIR_2223,
    CHAIR_MAY23,
    CLERK,
    COUNCIL_2324,
    DCG_CHAIR,
    DCG_LIMIT_OLD,
    DCG_POT,
    FIRE_REP,
    GAVO_REP,
    GRANT_2223,
    GRANT_2324,
    HEAD,
    HEALTH_REP,
    HOUSING_REP,
    IDVA,
    NIGHTJAR,
    NIGHTJAR_ASK,
    PARK_LIGHTS,
    PATHWAYS_ASK,
    PHW_REP,
    PROBATION_REP,
    QUORUM_OLD,
    SAFE_ASK,
    SAFE_AWARD,
    SVD_2324,
    WA_REP,
    YJS_REP,
)
from evals.archive.glynmorlan_layout import (
    MIN,
    MIN_CENTRE,
    MIN_H,
    MIN_HANG,
    MIN_LIST,
    MIN_TITLE,
    Furniture,
    Signature,
    notice,
    p,
    pounds,
    render,
)
from evals.archive.names import GLYNMORLAN

TITLE_MAY = "Glynmorlan CSP Strategic Group minutes, 16 May 2023"


def write_minutes_may(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Group \u2013 annual meeting \u2013 16 May 2023 \u2013 minutes",
        label="Democratic Services \u00b7 Gwasanaethau Democrataidd",
        opening="council",
        foot="SG minutes 16.05.2023 \u2013 page {n} of {total}",
        place="right",
    )
    return render(path, _story, Meta(TITLE_MAY, GLYNMORLAN), furniture)


def _minute(number: str, heading: str) -> Flowable:
    return p(f"Minute 23/{number}&nbsp;&nbsp;&nbsp;{heading}", MIN_H)


def _resolutions() -> list[tuple[str, str]]:
    return [
        ("a", f"to award {pounds(IDVA)} to Morlan Valleys Women's Aid for Independent Domestic Violence "
         "Advisers;"),
        ("b", f"to award {pounds(ASB_AWARD)} to the Council for the anti-social behaviour caseworker post;"),
        ("c", f"to award {pounds(ANALYST_POST)} towards the Community Safety Analyst post;"),
        ("d", f"to award {pounds(SAFE_AWARD)} to Pontgarreg YMCA for the Safe Space night-time hub, against "
         f"a request of {pounds(SAFE_ASK)}, the opening hours over Christmas to be looked at again in the "
         "autumn;"),
        ("e", f"to award {pounds(NIGHTJAR)} to Dyfnant Police for Operation Nightjar weekend patrols, "
         f"against a request of {pounds(NIGHTJAR_ASK)};"),
        ("f", f"to defer the bid of Pathways Cymru for {pounds(PATHWAYS_ASK)} for mentoring children at risk "
         "of criminal exploitation until the Serious Violence Duty grant agreement is signed;"),
        ("g", f"not to support the bid of {pounds(PARK_LIGHTS)} for lighting in Tregwilym Park, the fund not "
         "paying for capital works, and to refer it to the Council's capital programme; and"),
        ("h", f"to set aside {pounds(DCG_POT)} for the Delivery and Commissioning Group's summer bidding "
         "round, to close on 14 July 2023."),
    ]  # fmt: skip


def _story() -> list[Flowable]:
    present = (
        f"{CHAIR_2223} (Glynmorlan County Borough Council) \u2013 in the chair for Minute 23/01",
        f"{CHAIR_MAY23} (Dyfnant Police) \u2013 in the chair from Minute 23/02",
        f"{FIRE_REP} (Dyfnant Fire and Rescue Service)",
        f"{HEALTH_REP} (Cwm Teifion University Health Board)",
        f"{PROBATION_REP} (The Probation Service in Wales)",
        f"{DCG_CHAIR} (Office of the Police and Crime Commissioner)",
        f"{YJS_REP} (Glynmorlan Youth Justice Service)",
        f"{PHW_REP} (Public Health Wales)",
        f"{WA_REP} (Morlan Valleys Women's Aid)",
        f"{GAVO_REP} (Glynmorlan Association of Voluntary Organisations)",
    )
    attendance = (
        f"{HEAD} (Head of Community Safety), {ANALYST} (Community Safety Analyst) and {CLERK} "
        "(Democratic Services Officer, minutes)"
    )
    return [
        notice(),
        Spacer(1, 8),
        p("GLYNMORLAN COMMUNITY SAFETY PARTNERSHIP", MIN_TITLE),
        p("STRATEGIC GROUP", MIN_TITLE),
        p(
            "Minutes of the annual meeting held on Tuesday 16 May 2023 at 10.00 am in the Council Chamber, "
            "Civic Centre, Pontgarreg",
            MIN_CENTRE,
        ),
        p("<b>Present:</b>", MIN),
        p("<br/>".join(present), MIN_LIST),
        p(f"<b>In attendance:</b> {attendance}.", MIN),
        p(
            f"<b>Apologies:</b> {HOUSING_REP} (Cartrefi Morlan) and {APB_REP} (Dyfnant Area Planning Board "
            "for Substance Misuse).",
            MIN,
        ),
        p(
            f"The meeting was quorate: the terms of reference require {QUORUM_OLD}, and eight of the ten "
            "voting "
            "members were present, five of them from responsible authorities.",
            MIN,
        ),
        _minute("01", "Election of Chair and Vice-Chair for 2023/24"),
        p(
            "The Chair reminded members that paragraph 4.2 of the terms of reference passes the chair each "
            "May between the Council's Cabinet Member for Communities and Safety and the commander of the "
            "police basic command unit. She thanked members for their support during 2022/23.",
            MIN,
        ),
        p(
            f"RESOLVED: that {CHAIR_MAY23} be Chair and {CHAIR_2223} be Vice-Chair of the Strategic Group "
            "for 2023/24.",
            MIN,
        ),
        p(f"{CHAIR_MAY23} took the chair.", MIN),
        _minute("02", "Declarations of interest"),
        p(
            f"{WA_REP} declared an interest in Minute 23/06(a) as an employee of Morlan Valleys Women's Aid, "
            "and left the room for that item. No other interests were declared.",
            MIN,
        ),
        _minute("03", "Minutes of the meeting held on 14 March 2023"),
        p("RESOLVED: that the minutes be approved as a correct record and signed by the Chair.", MIN),
        _minute("04", "Matters arising"),
        p(
            "Abercefni bus station CCTV: the Head of Community Safety reported that the scheme declined by "
            "the Group in September 2022 as capital works has been included in the Council's capital "
            "programme for 2024/25.",
            MIN,
        ),
        _minute("05", "Community Safety Fund 2023/24"),
        p(
            f"The Head of Community Safety reported that the Commissioner's community safety grant for "
            f"2023/24 is {pounds(GRANT_2324)}, down from {pounds(GRANT_2223)} last year. With the Council's "
            f"contribution of {pounds(COUNCIL_2324)}, {pounds(BF_2324)} brought forward from 2022/23 and the "
            f"Serious Violence Duty grant of {pounds(SVD_2324)}, {pounds(AVAILABLE_2324)} is available. The "
            "Serious Violence Duty grant is ring-fenced for serious violence and cannot be committed until "
            "the Home Office grant agreement is signed, expected in August.",
            MIN,
        ),
        p("RESOLVED: that the report be noted.", MIN),
        _minute("06", "Funding bids 2023/24"),
        p(
            "The Group considered seven bids received for the spring round, with the officers' assessment "
            f"of each. Bids of up to {pounds(DCG_LIMIT_OLD)} from the summer round will go to the Delivery "
            "and Commissioning Group.",
            MIN,
        ),
        p("RESOLVED:", MIN),
        *(p(f"({letter})&nbsp;&nbsp;{text}", MIN_HANG) for letter, text in _resolutions()),
        _minute("07", "Strategic assessment 2023"),
        p(
            f"{ANALYST} set out the timetable: data for the three years to March 2023, a workshop of "
            "partners on 6 September to score the candidate priorities, and the assessment to the Group "
            "in the autumn. The priorities of the Community Safety Plan 2021-24 stay in force until "
            "31 March 2024.",
            MIN,
        ),
        p("RESOLVED: that the timetable be agreed.", MIN),
        _minute("08", "Serious Violence Duty"),
        p(
            "The Group is the lead body for the local serious violence strategy under the Duty. A draft "
            "strategic needs assessment will be folded into the strategic assessment, and the strategy "
            "published by 31 January 2024.",
            MIN,
        ),
        _minute("09", "Date of next meeting"),
        p("Tuesday 26 September 2023 at 10.00 am, Committee Room 1, Civic Centre, Pontgarreg.", MIN),
        p("The meeting closed at 12.05 pm.", MIN),
        Spacer(1, 14),
        Signature("Chair ........................................   Date ....................", seed=3),
    ]
