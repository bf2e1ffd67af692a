"""Partnership AG's Strategic Group, 12 December 2023: a record of decisions and actions in Helvetica under
the green band, a boxed key of date, venue, chair and those present by initials with their bodies; the items
as rows of a banded table ("Item", "Subject", "What was said", "Agreed", "Lead"): the new police Chair's
first meeting, the commissioning group's and delegated decisions reported with a deferred bid since approved
and an award withdrawn after a first payment, the urgent decision's outcome, the assessment adopted and
three priorities for 2024-27 agreed, the money so far and the terms of reference review; a second table of
funding decisions (a deferred bid approved below its revised ask, an award amended downwards, a review
funded, a two-year bid declined) and a lined table of actions numbered "A23/31"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.glynmorlan_facts import (
    ASB_AMENDED,
    ASB_AWARD,
    AVAILABLE_2324,
    BOXING,
    BOXING_PAID,
    CHAIR_DEC23,
    CHAIR_MAY23,
    COMMITTED_DEC,
    DCG_LIMIT,
    DCG_LIMIT_OLD,
    DHR_ADULT_F,
    HEAD_LIMIT,
    HEAD_LIMIT_OLD,
    LANTERN,
    PATHWAYS_ASK,
    PATHWAYS_AWARD,
    PATHWAYS_REVISED,
    PRIDE,
    PRIORITIES_NEW,
    RURAL_WATCH,
    SVD_2324,
    YOUTH_BUS_ASK,
)
from evals.archive.glynmorlan_layout import (
    REC,
    REC_CELL,
    REC_CELL_B,
    REC_H,
    REC_STYLES,
    WIDTH,
    Furniture,
    banded,
    boxed,
    lined,
    notice,
    p,
    pounds,
)
from evals.archive.glynmorlan_layout import render as render_pages
from evals.archive.names import GLYNMORLAN

TITLE_DECEMBER = "Glynmorlan CSP Strategic Group record of decisions and actions, 12 December 2023"


def write_record_december(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Group \u00b7 record of decisions and actions \u00b7 12/12/2023",
        label="Strategic Group \u00b7 record of decisions and actions",
        opening="band",
        foot="Page {n} of {total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_DECEMBER, GLYNMORLAN), furniture)


def _story() -> list[Flowable]:
    key = [
        ["Date", "Tuesday 12/12/2023, 14.00-16.20"],
        ["Venue", "Abercefni Community Fire Station, Heol y Bont, Abercefni"],
        ["Chair", f"AB \u2013 {CHAIR_DEC23}, Dyfnant Police (first meeting as Chair)"],
        ["Vice-Chair", "MP \u2013 Cllr Meinir Prothero, Glynmorlan County Borough Council (GCBC)"],
        ["Present", "CH (Cwm Teifion UHB), LT (OPCC), BR (Youth Justice Service), EM (Public Health Wales), "
         "OPL (Area Planning Board), NF (Cartrefi Morlan), HS (Morlan Valleys Women's Aid), TH (GAVO)"],
        ["Officers", "GMR (Head of Community Safety, GCBC), FC (Community Safety Analyst), CD (Democratic "
         "Services, notes)"],
        ["Apologies", "DE (Dyfnant Fire and Rescue Service), MO (The Probation Service in Wales). Quorate: "
         "eight voting members, three of them responsible authorities."],
    ]  # fmt: skip
    priorities = "; ".join(f"({i}) {t}" for i, t in enumerate(PRIORITIES_NEW, 1))
    items = [
        ["Item", "Subject", "What was said", "Agreed", "Lead"],
        ["1", "Chair",
         f"{CHAIR_DEC23} became commander of the Glynmorlan BCU on 2 October 2023 and takes the chair for "
         "the "
         f"rest of 2023/24. {CHAIR_MAY23} moved to Head of Professional Standards at force headquarters on "
         "30 September 2023.",
         "Members thanked RVL for his time as Chair.", "AB"],
        ["2", "Record of 26/09/23", "No changes.", "Agreed as a true record.", "\u2013"],
        ["3", "Decisions since the last meeting",
         f"DCG 08/11/23 approved Llanhowel Rural Watch trail cameras at {pounds(RURAL_WATCH)} (deferred on "
         f"09/08/23 for a match funding letter, since received). Head of Community Safety, under delegated "
         f"powers, 15/08/23: Glynmorlan Pride {pounds(PRIDE)}. Tregwilym ABC withdrew from its "
         f"{pounds(BOXING)} award on 20/11/23 after losing its hall: {pounds(BOXING_PAID)} was paid for the "
         f"first quarter and the other {pounds(BOXING - BOXING_PAID)} returns to the fund.",
         "Noted.", "GMR"],
        ["4", "Urgent decision UD 2023/02",
         f"Operation Lantern ({pounds(LANTERN)}, Serious Violence Duty grant) ran on all eight weekends with "
         "no knife offences in the zone.",
         "Outcome noted. Bleed control kits to stay in the premises.", "GMR"],
        ["5", "Strategic Assessment 2023",
         "FC presented the assessment. Members agreed that anti-social behaviour should sit within the town "
         "centre priority and not stand alone.",
         f"Assessment adopted. Priorities for 2024-27, from 1 April 2024: {priorities}. Substance misuse led "
         "by the APB; hate crime and cohesion by the PSB.", "FC"],
        ["6", "Funding", "See the table of funding decisions below.", "Decisions as below.", "GMR"],
        ["7", "Finance 2023/24",
         f"Of {pounds(AVAILABLE_2324)} available, {pounds(COMMITTED_DEC)} is now committed including today's "
         f"decisions, leaving {pounds(AVAILABLE_2324 - COMMITTED_DEC)}. Any of the {pounds(SVD_2324)} "
         "Serious "
         "Violence Duty grant not spent by 31 March goes back to the Commissioner.",
         "Noted.", "GMR"],
        ["8", "Terms of reference",
         f"Proposals: raise the DCG's limit from {pounds(DCG_LIMIT_OLD)} to {pounds(DCG_LIMIT)} and the Head "
         f"of Community Safety's from {pounds(HEAD_LIMIT_OLD)} to {pounds(HEAD_LIMIT)}; meet five times a "
         "year; a fixed quorum; keep the rotation of the chair.",
         "Draft to the meeting of 19 March 2024, to take effect from 1 April 2024.", "GMR"],
        ["9", "Any other business",
         "TH: GAVO's volunteer centre moves to the Market Hall in January.", "Noted.", "TH"],
    ]  # fmt: skip
    decisions = [
        ["Bid", "Applicant", "Asked", "Background", "Decision"],
        ["Mentoring for children at risk of criminal exploitation", "Pathways Cymru", pounds(PATHWAYS_ASK),
         f"Deferred 16/05/23 (Minute 23/06(f)) until the Serious Violence Duty grant agreement was signed "
         f"(signed 22/08/23). Revised bid of {pounds(PATHWAYS_REVISED)} for January to March.",
         f"APPROVED at {pounds(PATHWAYS_AWARD)} from the Serious Violence Duty grant"],
        ["Anti-social behaviour caseworker", "GCBC", pounds(ASB_AWARD),
         f"{pounds(ASB_AWARD)} awarded 16/05/23; the post was vacant from July to September.",
         f"AMENDED: award reduced from {pounds(ASB_AWARD)} to {pounds(ASB_AMENDED)}"],
        ["Domestic homicide review (Adult F)", "Independent chair and author", pounds(DHR_ADULT_F),
         "Review notified to the Home Office on 3 November 2023.", "APPROVED"],
        ["Blaenrhos Youth Bus, 2024 to 2026", "Blaenrhos Youth Project", f"{pounds(YOUTH_BUS_ASK)} a year",
         "Referred by the DCG because the bid covers two years. No end-of-year report for 2022/23.",
         "DECLINED: may apply again in the 2024/25 round with outcome data"],
    ]  # fmt: skip
    actions = [
        ["No.", "Action", "Owner", "Due"],
        ["A23/31", "Decision letters for item 6", "GMR", "22/12/23"],
        ["A23/32", "Publish the assessment and the priorities for 2024-27 on the website", "FC", "31/01/24"],
        ["A23/33", "Publish the serious violence strategy", "FC", "31/01/24"],
        ["A23/34", "Draft terms of reference to members", "GMR", "05/03/24"],
        [
            "A23/35",
            "Report to the March meeting on the Safe Space hub's Christmas opening",
            "GMR",
            "19/03/24",
        ],
        ["A23/36", "Ask the police for a retail crime marker (assessment R6)", "AB", "19/03/24"],
    ]
    key_styles = (REC_CELL_B, REC_CELL, REC_CELL_B, REC_CELL)
    return [
        p("Record of decisions and actions", REC_H.clone("GyRecT", fontSize=15, leading=19)),
        p("Glynmorlan Community Safety Partnership \u2013 Strategic Group", REC),
        notice(),
        Spacer(1, 5),
        boxed(key, [70, WIDTH - 70], figs=(1,), styles=key_styles, head=False),
        Spacer(1, 6),
        banded(items, [30, 72, 190, 146, WIDTH - 438], styles=REC_STYLES),
        p("Item 6 \u2013 funding decisions", REC_H),
        banded(decisions, [100, 80, 52, 150, WIDTH - 382], styles=REC_STYLES),
        p("Actions", REC_H),
        lined(actions, [50, WIDTH - 150, 44, 56], styles=(REC_CELL_B, REC_CELL_B, REC_CELL, REC_CELL)),
        Spacer(1, 6),
        p("Next meeting: Tuesday 19 March 2024, 10.00 am, Council Chamber, Civic Centre, Pontgarreg.", REC),
    ]
