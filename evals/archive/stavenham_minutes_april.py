"""Partnership AK's Partnership Board, 20 April 2023: formal minutes in STIX General with Helvetica Bold
headings under the "crest" opening (a mulberry shield with a citron chevron), a citron square and the title at
the left of later pages and a foot "SSPB 20.4.23 \u2013 n/total" at the right. Those present in a "boxed" grid
with their organisation and role, officers in attendance, apologies and the quorum; minutes numbered "23/05"
to "23/13", decisions "RESOLVED that" with (a) to (i): the co-chairs confirmed for 2023/24, the London Crime
Prevention Fund's two-year allocation and the budget noted, seven awards, a bid for a women's night safety hub
deferred to the Commissioning and Finance Group pending match funding, a bid for body-worn cameras not
supported, money released from the Safer Stavenham Reserve for a summer plan, the assessment's timetable and
the next meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAVENHAM
from evals.archive.stavenham_facts import (
    ASB_2324,
    BODYCAM_ASK,
    CSIB_2324,
    CUSTODY_2324,
    HUB_ASK,
    IDVA_2324,
    IOM_2324,
    LCPF_YEAR,
    NAVIGATORS,
    OUTREACH_2324,
    PERP_2324,
    PRIORITIES_OLD,
    RESERVE_AFTER_SUMMER,
    RESERVE_OPEN_2324,
    SUMMER_NIGHTS,
)
from evals.archive.stavenham_layout import (
    MIN,
    MIN_H,
    MIN_TITLE,
    WIDTH,
    Furniture,
    boxed,
    notice,
    p,
    pounds,
)
from evals.archive.stavenham_layout import render as render_pages

TITLE_APRIL = "Safer Stavenham Partnership Board minutes, 20 April 2023"
RESOLVED = MIN.clone("SvMinResolved", leftIndent=18)
SUB = MIN.clone("SvMinSub", leftIndent=40, firstLineIndent=-20, spaceAfter=3)


def write_minutes_april(path: Path) -> Path:
    furniture = Furniture(
        "Safer Stavenham Partnership Board \u2013 minutes of 20 April 2023",
        label="Partnership Board  \u00b7  minutes of the meeting of 20 April 2023",
        opening="crest",
        head_place="tag",
        foot="SSPB 20.4.23 \u2013 {n}/{total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_APRIL, STAVENHAM), furniture)


def _minute(number: str, subject: str, *texts: str) -> list[Flowable]:
    return [p(f"{number}&nbsp;&nbsp;&nbsp;{subject}", MIN_H), *(p(t, MIN) for t in texts)]


def _resolved(lead: str, *items: str) -> list[Flowable]:
    flow: list[Flowable] = [p(f"<b>RESOLVED</b> that {lead}", RESOLVED)]
    flow += [p(f"({chr(97 + i)})&nbsp;&nbsp;{item}", SUB) for i, item in enumerate(items)]
    return flow


def _story() -> list[Flowable]:
    present = [
        ["Name", "Organisation", "Role"],
        ["Cllr Desmond Olagunju (in the chair)", "London Borough of Stavenham",
         "Cabinet Member for Community Safety; co-chair"],
        ["Ch Supt Rajesh Dholakia", "Metropolitan Police, Central North BCU", "BCU Commander; co-chair"],
        ["Alistair Lascelles", "London Borough of Stavenham",
         "Corporate Director, Neighbourhoods and Environment"],
        ["Imogen Penfold", "London Borough of Stavenham", "Head of Community Safety (lead officer)"],
        ["Nadia Fairbanks", "London Fire Brigade", "Borough Commander"],
        ["Lorraine Ogundipe", "Probation Service", "Head of Stavenham and Lanthorne PDU"],
        ["Dr Owen Whitaker", "NHS North Thames ICB", "Place Director (Stavenham)"],
        ["Dr Ines Carvalho", "London Borough of Stavenham", "Director of Public Health"],
        ["Marlon Sankey", "Stavenham Youth Justice Service", "Head of Youth Justice"],
        ["Bernadette Quaye", "Ashmead Women's Centre", "Co-opted (VAWG sector)"],
        ["Saoirse Halpin", "MOPAC", "Partnership Engagement Officer (adviser)"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        p("Safer Stavenham Partnership Board", MIN_TITLE),
        p(
            "Minutes of the meeting held on Thursday 20 April 2023 at 10.00 am in Committee Room 3, "
            "Stavenham Town Hall",
            MIN,
        ),
        boxed(present, [150, 150, WIDTH - 300]),
        Spacer(1, 5),
        p(
            "<b>In attendance:</b> Tobias Hargreave (Community Safety Partnership Manager), Petra Novak "
            "(Finance Business Partner), Farah Ilsley (Strategic Analyst), Callum Reddaway (Governance "
            "Officer, minutes).",
            MIN,
        ),
        p(
            "<b>Apologies:</b> Graham Fenwright (Stavenham Homes), Yasmin Okpara (Stavenham CVS).",
            MIN,
        ),
        p(
            "<b>Quorum:</b> both co-chairs and the fire and rescue service, the probation service and the "
            "Integrated Care Board were present; the meeting was quorate.",
            MIN,
        ),
        *_minute(
            "23/05",
            "Co-chairs for 2023/24",
            "Under the terms of reference (version 2.1) the Board is co-chaired by the council's Cabinet "
            "Member with responsibility for community safety and the Commander of the Central North Basic "
            "Command Unit.",
        ),
        *_resolved(
            "Councillor Desmond Olagunju and Chief Superintendent Rajesh Dholakia be confirmed as co-chairs "
            "for 2023/24."
        ),
        *_minute("23/06", "Minutes of the meeting of 26 January 2023", "Agreed as a correct record."),
        *_minute(
            "23/07",
            "Declarations of interest",
            "Bernadette Quaye declared an interest in the bid from Ashmead Women's Centre and left the room "
            "for minute 23/09(a).",
        ),
        *_minute(
            "23/08",
            "London Crime Prevention Fund 2023-25 and the budget for 2023/24",
            f"Saoirse Halpin reported that MOPAC had confirmed the borough's London Crime Prevention Fund "
            f"allocation for the two years 2023-25: {pounds(LCPF_YEAR)} in each of 2023/24 and 2024/25 "
            f"({pounds(2 * LCPF_YEAR)} in all), with the co-commissioned services paid by MOPAC "
            "directly as before.",
            f"Petra Novak reported the council's Community Safety Investment Budget for 2023/24 of "
            f"{pounds(CSIB_2324)}, and a balance of {pounds(RESERVE_OPEN_2324)} in the Safer Stavenham "
            "Reserve at 1 April 2023.",
        ),
        *_resolved(
            f"the budget of {pounds(LCPF_YEAR + CSIB_2324)} for 2023/24 be noted, and bids be scored against "
            "the Partnership's priorities for 2021-24: "
            + "; ".join(t.lower() if i else t for i, t in enumerate(PRIORITIES_OLD))
            + "."
        ),
        *_minute(
            "23/09",
            "Bids for 2023/24",
            "Eleven bids were received by the closing date of 17 March 2023. The Commissioning and Finance "
            "Group scored them on 5 April 2023 and two were withdrawn. Tobias Hargreave presented the "
            "Group's recommendations.",
        ),
        *_resolved(
            "the following awards be made from the London Crime Prevention Fund and the Community Safety "
            "Investment Budget for 2023/24, and the following bids be determined as set out:",
            f"{pounds(IDVA_2324)} to Ashmead Women's Centre for the Independent Domestic Violence Advisers "
            "service;",
            f"{pounds(PERP_2324)} to Clearwell Family Services for the Respectful Futures perpetrator "
            "programme, from the Community Safety Investment Budget;",
            f"{pounds(OUTREACH_2324)} to Street Lines Youth Trust for the Youth Outreach Detached Team;",
            f"{pounds(NAVIGATORS)} to Redwing Youth for hospital youth violence navigators in the emergency "
            "department of St Aldric's Hospital;",
            f"{pounds(IOM_2324)} to the Probation Service for the Integrated Offender Management "
            "coordinator;",
            f"{pounds(CUSTODY_2324)} to Pathways Recovery Stavenham for a custody drug intervention worker;",
            f"{pounds(ASB_2324)} to Stavenham Homes for an anti-social behaviour caseworker;",
            f"the bid of {pounds(HUB_ASK)} from Stavenham Town Centre BID for a Women's Night Safety Hub be "
            "deferred to the Commissioning and Finance Group, pending confirmation of match funding from "
            "the BID levy and of a venue, and the Group be authorised to decide it within its limit;",
            f"the bid of {pounds(BODYCAM_ASK)} from the council's Neighbourhood Warden Service for "
            "body-worn cameras not be supported, the equipment being provided for in the council's capital "
            "programme.",
        ),
        *_minute(
            "23/10",
            "Summer violence",
            "Chief Superintendent Dholakia presented the Summer Nights plan for June to September 2023: "
            "weekend patrols with youth workers in Stavenham Central and Gannet Wharf, and late opening of "
            "two youth centres. Members asked for the plan to be evaluated.",
        ),
        *_resolved(
            f"{pounds(SUMMER_NIGHTS)} be released from the Safer Stavenham Reserve for the Summer Nights "
            f"violence reduction plan, leaving {pounds(RESERVE_AFTER_SUMMER)} in the reserve."
        ),
        *_minute(
            "23/11",
            "Strategic Assessment 2023",
            "Farah Ilsley set out the timetable: the assessment, on the financial years 2020/21 to 2022/23, "
            "will be published in November 2023 and will inform the Partnership's priorities for 2024-27, "
            "with consultation in December and January.",
        ),
        *_minute(
            "23/12",
            "Serious Violence Duty",
            "The local strategy under the Serious Violence Duty will be published by 31 January 2024. "
            "Marlon Sankey will lead for the Serious Violence Group.",
        ),
        *_minute(
            "23/13",
            "Date of next meeting",
            "Thursday 13 July 2023, 10.00 am, Committee Room 3.",
        ),
        Spacer(1, 6),
        p("<i>The meeting closed at 12.05 pm.</i>", MIN),
    ]
