"""Partnership AL's Executive Board, 22 June 2023: formal minutes in DejaVu Serif with Helvetica Bold item
headings under the council's letterhead ("council"), a saffron-ruled running head at the left of later pages
and a foot "Page n of total" at the left. Those present in a "ledger" table with their organisation and role,
officers in attendance, apologies and the quorum; items "EB/23/14" to "EB/23/23" with decisions as "RESOLVED
\u2013" (1), (2), (3): an interest declared, the Locality Safety Groups' chairs, the budget for 2023/24 (the
Commissioner's grant, the council's contribution with four Locality Funds and the late night levy), the
Locality Legacy Reserve's balances by former partnership and its rules, ten awards in a table, a mediation bid
deferred pending costings for each locality and a bid for ultrasonic youth deterrents not supported, money
released from the Carnmoor legacy balance for summer evenings, the interim priorities confirmed and the
strategic assessment commissioned, the delegations, an actions table and the next meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ketterwold_facts import (
    AWARDS_2324_JUNE,
    BOARD_ABOVE_OLD,
    COUNCIL_2324,
    JUNE_TOTAL_2324,
    LEGACY_OPEN,
    LEGACY_TOTAL,
    LEVY_2324,
    LOCALITY_FUND,
    LSG_LIMIT_OLD,
    MEDIATION_ASK,
    OLD_BODIES,
    PCC_2324,
    PRIORITIES_2324,
    SUMMER_NIGHTS,
    ULTRASONIC_ASK,
)
from evals.archive.ketterwold_layout import (
    MIN,
    MIN_H,
    MIN_STYLES,
    MIN_TITLE,
    WIDTH,
    Furniture,
    headed,
    ledger,
    notice,
    p,
    pounds,
    ruled,
)
from evals.archive.ketterwold_layout import render as render_pages
from evals.archive.names import KETTERWOLD

TITLE_JUNE = "Ketterwold Safer Communities Partnership Executive Board minutes, 22 June 2023"
RESOLVED = MIN.clone("KwMinResolved", leftIndent=22)
SUB = MIN.clone("KwMinSub", leftIndent=44, firstLineIndent=-22, spaceAfter=3)
CELL = (MIN_STYLES[0], MIN_STYLES[1], MIN.clone("KwMinCell", fontSize=8, leading=9.8, spaceAfter=0),
        MIN.clone("KwMinCellFig", fontSize=8, leading=9.8, spaceAfter=0, alignment=2))  # fmt: skip
INK_HEAD = headed(CELL, MIN_H.textColor, "KwMinInk")


def write_minutes_june(path: Path) -> Path:
    furniture = Furniture(
        "KSCP Executive Board \u2013 minutes \u2013 22 June 2023",
        label="Ketterwold Safer Communities Partnership \u2013 Executive Board",
        opening="council",
        head_place="rule",
        foot="Page {n} of {total}",
        place="left",
    )
    return render_pages(path, _story, Meta(TITLE_JUNE, KETTERWOLD), furniture)


def _item(number: int, subject: str, *texts: str) -> list[Flowable]:
    return [p(f"EB/23/{number}&nbsp;&nbsp;&nbsp;{subject}", MIN_H), *(p(t, MIN) for t in texts)]


def _resolved(*items: str) -> list[Flowable]:
    if len(items) == 1:
        return [p(f"<b>RESOLVED \u2013</b> {items[0]}", RESOLVED)]
    flow: list[Flowable] = [p("<b>RESOLVED \u2013</b>", RESOLVED)]
    flow += [p(f"({i})&nbsp;&nbsp;{item}", SUB) for i, item in enumerate(items, 1)]
    return flow


def _story() -> list[Flowable]:
    present = [
        ["Name", "Organisation", "Role"],
        ["Helen Tranmere (in the chair)", "Appointed by the Board", "Independent Chair"],
        ["Ch Supt Lydia Yelland", "Ketterwold Constabulary", "Head of Local Policing; Vice-Chair"],
        ["Cllr Anne-Marie Prowse", "Ketterwold Council", "Executive Member for Communities and Safety"],
        ["Stephen Aldwinckle", "Ketterwold Council", "Director of Communities"],
        ["Tom Rudkin", "Ketterwold Fire and Rescue Service", "Group Manager, Prevention"],
        ["Sunita Varley", "Probation Service", "Head of Ketterwold Probation Delivery Unit"],
        ["Dr Fiona Raikes", "Ketterwold and Amberside ICB", "Director of Place"],
        ["Dr Kwabena Osei-Hart", "Ketterwold Council", "Director of Public Health"],
        ["Dean Colbourne", "Ketterwold Youth Justice Service", "Head of Service"],
        ["Lucy Barnfather", "Office of the Police and Crime Commissioner", "Head of Commissioning (adviser)"],
    ]
    legacy = [["Former partnership", "Locality", "Balance at 1 April 2023"]]
    legacy += [
        [body, place, pounds(LEGACY_OPEN[place])]
        for body, place in zip(OLD_BODIES[:4], LEGACY_OPEN, strict=True)
    ]
    legacy.append(["<b>Locality Legacy Reserve</b>", "", f"<b>{pounds(LEGACY_TOTAL)}</b>"])
    awards = [["Ref.", "Project", "Organisation", "Priority", "Award"]]
    awards += [[ref, project, org, str(priority), pounds(amount)]
               for ref, project, org, priority, _, _, amount in AWARDS_2324_JUNE]  # fmt: skip
    awards.append(["", "<b>Total</b>", "", "", f"<b>{pounds(JUNE_TOTAL_2324)}</b>"])
    actions = [
        ["No.", "Action", "Owner", "Due"],
        ["1", "Send award letters and grant conditions for G23/01 to G23/10", "Idris Mabbott", "7 July 2023"],
        ["2", "Ask Ketterwold Mediation for costings for each locality", "Idris Mabbott", "September 2023"],
        ["3", "Offer Pendlecot Town Council a detached youth work session at the recreation ground",
         "Dean Colbourne", "31 July 2023"],
        ["4", "Agree the data sources and timetable for the strategic assessment", "Beatrix Colquhoun",
         "November 2023"],
        ["5", "Publish officer decision records on the council's website within five working days",
         "Joanna Threlfall", "Ongoing"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 8),
        p("EXECUTIVE BOARD", MIN_TITLE),
        p(
            "Minutes of the meeting of the Executive Board of the Ketterwold Safer Communities Partnership "
            "held "
            "on Thursday 22 June 2023 at 2.00 pm in the Abbeygate Room, County Hall, Tessford",
            MIN.clone("KwMinCentre", alignment=1),
        ),
        ledger(present, [150, 170, WIDTH - 320], styles=CELL),
        Spacer(1, 5),
        p(
            "<b>In attendance:</b> Joanna Threlfall (Head of Safer Communities), Idris Mabbott (Partnership "
            "Manager), Colin Pardew (Finance Business Partner) and Ellie Fortnum (Democratic Services "
            "Officer, "
            "minutes). <b>Apologies:</b> Rachel Oduya (Ketterwold Domestic Abuse Service). The meeting was "
            "quorate.",
            MIN,
        ),
        *_item(
            14,
            "Welcome, apologies and declarations of interest",
            "The Chair welcomed members to the Board's second meeting. Dean Colbourne declared an interest "
            "in "
            "the bid for youth diversion workers (G23/07), made by his service, and took no part in the "
            "decision on it.",
        ),
        *_item(
            15,
            "Minutes of 27 April 2023 and matters arising",
            "The minutes of the inaugural meeting were agreed. All four Locality Safety Groups have now met. "
            "Their chairs are Councillor Brian Hesketh (Carnmoor), Councillor Priya Nandhra (Tessford), "
            "Councillor Susan Melhuish (Ullerby) and Councillor Oliver Trask (Pendlecot).",
        ),
        *_item(
            16,
            "Budget for 2023/24",
            f"Colin Pardew reported that the Police and Crime Commissioner has confirmed a Community Safety "
            f"Grant of {pounds(PCC_2324)} for 2023/24. The council contributes {pounds(COUNCIL_2324)}, of "
            "which "
            f"{pounds(4 * LOCALITY_FUND)} is held as four Locality Funds of {pounds(LOCALITY_FUND)}, one for "
            f"each Locality Safety Group. The council's share of the late night levy in Tessford town "
            "centre, "
            f"{pounds(LEVY_2324)}, is ring-fenced to the night-time economy.",
        ),
        *_resolved(f"that a budget for 2023/24 of {pounds(PCC_2324 + COUNCIL_2324 + LEVY_2324)} be noted."),
        *_item(
            17,
            "Locality Legacy Reserve",
            "On vesting day, 1 April 2023, the balances held by the four former district partnerships passed "
            "to Ketterwold Council. Officers proposed that they be held as one Locality Legacy Reserve with "
            "a "
            "balance for each locality.",
        ),
        ledger(legacy, [230, 100, WIDTH - 330], figs={2}, styles=CELL),
        Spacer(1, 4),
        *_resolved(
            "that each locality's balance be spent only in that locality until 31 March 2025;",
            "that releases from the Locality Legacy Reserve be decided by the Board, on the recommendation "
            "of "
            "the Locality Safety Group where there is one;",
            "that any balances left on 31 March 2025 be pooled into a Community Safety Reserve from 1 April "
            "2025.",
        ),
        *_item(
            18,
            "Bids for 2023/24",
            "Fourteen bids were received in the spring round and scored by officers against the interim "
            "priorities. Idris Mabbott presented ten for approval, with two others needing a decision of the "
            "Board.",
            "The bid from Ketterwold Mediation for a county-wide community mediation service was costed for "
            "the county as a whole; members asked what would be delivered in each locality. The bid from "
            f"Pendlecot Town Council was within the Head of Safer Communities' limit of "
            f"{pounds(BOARD_ABOVE_OLD)} but was referred to the Board because of the issues it raised.",
        ),
        ruled(awards, [48, 170, 160, 44, WIDTH - 422], figs={3, 4}, styles=INK_HEAD),
        Spacer(1, 4),
        *_resolved(
            f"that the ten awards in the table above be approved, totalling {pounds(JUNE_TOTAL_2324)};",
            f"that the bid of {pounds(MEDIATION_ASK)} from Ketterwold Mediation for a county-wide community "
            "mediation service be deferred until costings for each of the four localities are provided;",
            f"that the bid of {pounds(ULTRASONIC_ASK)} from Pendlecot Town Council for ultrasonic youth "
            "deterrent devices at Pendlecot recreation ground not be supported: the devices affect every "
            "young "
            "person nearby whatever their behaviour, and are contrary to the Partnership's approach of "
            "engaging "
            "young people.",
        ),
        *_item(
            19,
            "Carnmoor Summer Nights",
            "The Carnmoor Locality Safety Group recommended late-opening sport and youth sessions in parks "
            "on "
            "Friday evenings from 21 July to 1 September 2023, when calls about anti-social behaviour by "
            "young "
            "people are highest.",
        ),
        *_resolved(
            f"that {pounds(SUMMER_NIGHTS)} be released from the Carnmoor balance of the Locality Legacy "
            f"Reserve for Carnmoor Summer Nights, leaving {pounds(LEGACY_OPEN['Carnmoor'] - SUMMER_NIGHTS)} "
            "in "
            "that balance."
        ),
        *_item(
            20,
            "Priorities and the strategic assessment",
            "Until the Partnership has its own assessment, the priorities of the former Ketterwold County "
            "Community Safety Board's plan are carried over for 2023/24. Beatrix Colquhoun, Senior "
            "Intelligence "
            "Analyst, will prepare the first county-wide strategic assessment, covering the calendar years "
            "2021 "
            "to 2023, for March 2024; a partnership plan for 2024-27 will follow.",
        ),
        *_resolved(
            "that the interim priorities for 2023/24 be: "
            + "; ".join(f"({chr(97 + i)}) {t.lower()}" for i, t in enumerate(PRIORITIES_2324))
            + "; and that the strategic assessment be commissioned as proposed."
        ),
        *_item(
            21,
            "Delegations",
            f"The Board decides awards above {pounds(BOARD_ABOVE_OLD)}. The Head of Safer Communities "
            "decides "
            f"awards up to {pounds(BOARD_ABOVE_OLD)} by officer decision record, and each Locality Safety "
            "Group "
            f"awards of up to {pounds(LSG_LIMIT_OLD)} from its Locality Fund. No officer decisions had been "
            "taken since vesting day.",
        ),
        *_item(22, "Actions"),
        ruled(actions, [30, 270, 100, WIDTH - 400], styles=INK_HEAD),
        *_item(
            23,
            "Date of next meeting",
            "Thursday 21 September 2023 at 2.00 pm, Abbeygate Room, County Hall.",
        ),
    ]
