"""Partnership AF's Responsible Authorities Group, 10 November 2021: action notes in Bitstream Vera under the
plum masthead, those present by initials with an agency key, the items as rows of a table ("No.", "Item",
"Discussion", "Outcome", "Lead"); the new police Vice-Chair, the Sub-Group's and the Lead Officer's
decisions reported (a deferred bid since approved), the assessment adopted and three priorities for
2022-25 agreed, a second table of funding decisions (a deferred bid approved below its ask, an award
amended upwards to its ask, a bid declined as capital works, a review funded), the money so far, the terms
of reference review, the Serious Violence Duty and the integrated care board; actions numbered "A21/27"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.kelsthorpe_facts import (
    AVAILABLE_2122,
    COMMITTED_NOV,
    DHR_ADULT_C,
    MARKET_CCTV_ASK,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    PRIDE,
    PRIORITIES_NEW,
    STALKING_ASK,
    STALKING_AWARD,
    STUBBLE_AMENDED,
    STUBBLE_ASK,
    STUBBLE_AWARD,
    SUBGROUP_APPROVED_AUG,
    SUBGROUP_LIMIT,
    SUBGROUP_LIMIT_OLD,
    THEATRE_ASK,
    VICE,
    VICE_OLD,
)
from evals.archive.kelsthorpe_layout import (
    VERA,
    VERA_CELL,
    VERA_H,
    VERA_STYLES,
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

TITLE_NOVEMBER = "Kelsthorpe Responsible Authorities Group action notes, 10 November 2021"
VERA_B = VERA_CELL.clone("KeVeraCellB", fontName="KeVeraBold")


def write_notes_november(path: Path) -> Path:
    furniture = Furniture(
        "RAG action notes, 10/11/21",
        label="Responsible Authorities Group \u00b7 action notes",
        opening="masthead",
        foot="{n}/{total}",
        foot_right=True,
    )
    return render(path, _story, Meta(TITLE_NOVEMBER, KELSTHORPE), furniture)


def _story() -> list[Flowable]:
    key = [
        ["Date", "10/11/21, 2.00-4.15 pm"],
        ["Venue", "Hensby Road Fire Station, Kelsthorpe (Wetherdale Fire and Rescue Service)"],
        ["Chair", "FW \u2014 Cllr Fabian Wragge, Kelsthorpe District Council (KDC)"],
        ["Present", "BP (Wetherdale Constabulary, Vice-Chair), CS (Wetherdale County Council), CD "
         "(Wetherdale FRS), ZB (The Probation Service), AK (NHS Wetherdale CCG), IS (OPFCC), JP (YOS), "
         "HV (Public Health), BS (Kelsthorpe Homes Trust), SH (Wetherdale Women's Refuge Partnership), "
         "PG (Kelsthorpe Voluntary Action)"],
        ["Officers", "LM (Community Safety Lead Officer, KDC), CK (community safety analyst, WCC), NA "
         "(Democratic Services, KDC)"],
        ["Apologies", "None. Quorate."],
    ]  # fmt: skip
    items = [
        ["No.", "Item", "Discussion", "Outcome", "Lead"],
        ["1", "Welcome",
         f"{VICE}, district commander since 4 October 2021, was welcomed to his first meeting. "
         f"{VICE_OLD} was promoted to Superintendent at Force Headquarters from 1 October 2021.",
         "BP is Vice-Chair as the police member, in succession to LE.", "FW"],
        ["2", "Notes of 15/09/21", "No amendments.", "Agreed.", "\u2013"],
        ["3", "Decisions since the last meeting",
         f"BCSG 04/08/21: four bids approved, {pounds(SUBGROUP_APPROVED_AUG)} in all; the Fathom Theatre bid "
         f"deferred. Lead Officer, under delegation, 11/08/21: Kelsthorpe Pride {pounds(PRIDE)}. BCSG "
         f"06/10/21: Fathom Theatre's \u2018Wrong Crowd\u2019 tour approved at {pounds(THEATRE_ASK)} once "
         "its "
         "safeguarding policy and DBS checks were seen.",
         "Noted.", "LM"],
        ["4", "Strategic Intelligence Assessment 2021",
         "CK presented the assessment. Members supported the move from four priorities to three and asked "
         "that heritage crime stay visible in the rural crime work.",
         "Assessment adopted. Priorities for 2022-25, from 1 April 2022: "
         + "; ".join(f"({i}) {t}" for i, t in enumerate(PRIORITIES_NEW, 1))
         + ". Drug-related harm led by the county Drug and Alcohol Strategy Group.", "CK"],
        ["5", "Funding", "See the table below.", "Decisions as below.", "LM"],
        ["6", "Finance 2021-22",
         f"Of {pounds(AVAILABLE_2122)} available this year, {pounds(COMMITTED_NOV)} is committed including "
         f"today's decisions, leaving {pounds(AVAILABLE_2122 - COMMITTED_NOV)}. Mediation Wetherdale may "
         "close "
         "its Kelsthorpe base, which would put its grant (SG21/02) at risk.",
         "Noted. LM to report any change.", "LM"],
        ["7", "Terms of reference review",
         f"Proposals: raise the Sub-Group's limit from {pounds(SUBGROUP_LIMIT_OLD)} to "
         f"{pounds(SUBGROUP_LIMIT)} and the Lead Officer's from {pounds(OFFICER_LIMIT_OLD)} to "
         f"{pounds(OFFICER_LIMIT)}; three bidding rounds a year; a larger quorum; rename the RAG the "
         "Kelsthorpe Community Safety Partnership Board.",
         "Draft to the January meeting, to take effect from 1 April 2022.", "LM"],
        ["8", "Serious violence",
         "The Police, Crime, Sentencing and Courts Bill will place a Serious Violence Duty on the partners, "
         "expected from 2023.",
         "CK to scope a serious violence needs assessment.", "CK"],
        ["9", "AOB",
         "AK: clinical commissioning groups are to be replaced by integrated care boards, now expected "
         "from July 2022.",
         "AK to confirm who will represent the ICB.", "AK"],
    ]  # fmt: skip
    bids = [
        ["Bid", "Applicant", "Asked", "History", "Decision"],
        ["Stalking advocate", "Wetherdale Stalking Casework Service", pounds(STALKING_ASK),
         "Deferred 15/06/21 (min. 21/15(iv)) pending co-funding",
         f"APPROVED at {pounds(STALKING_AWARD)}; the Commissioner's office meets the other "
         f"{pounds(STALKING_ASK - STALKING_AWARD)}"],
        ["Operation Stubble (variation)", "Wetherdale Constabulary", pounds(STUBBLE_ASK),
         f"{pounds(STUBBLE_AWARD)} awarded 15/06/21; the force's rural crime budget could not meet the rest",
         f"AMENDED: award increased from {pounds(STUBBLE_AWARD)} to {pounds(STUBBLE_AMENDED)}"],
        ["Market place CCTV extension", "KDC Neighbourhood Services", pounds(MARKET_CCTV_ASK), "New bid",
         "DECLINED: capital works; refer to the KDC capital programme"],
        ["Domestic homicide review (Adult C)", "Independent chair and author", pounds(DHR_ADULT_C),
         "Review notified to the Home Office 28/09/21", "APPROVED"],
    ]  # fmt: skip
    actions = [
        ["No.", "Action", "Owner", "Due"],
        ["A21/27", "Decision letters for item 5", "LM", "19/11/21"],
        ["A21/28", "Publish the assessment and the new priorities on the website", "CK", "30/11/21"],
        ["A21/29", "Draft terms of reference to members", "LM", "12/01/22"],
        ["A21/30", "Scope of a serious violence needs assessment", "CK", "26/01/22"],
        ["A21/31", "Name of the ICB's representative", "AK", "26/01/22"],
        ["A21/32", "Report any change to the Mediation Wetherdale grant (SG21/02)", "LM", "26/01/22"],
    ]
    return [
        p(
            "Responsible Authorities Group \u2014 action notes",
            VERA_H.clone("KeVeraT", fontSize=14, leading=17),
        ),
        p("Kelsthorpe Community Safety Partnership", VERA),
        notice(),
        Spacer(1, 5),
        grid([[f"<b>{k}</b>", v] for k, v in key], [62, WIDTH - 62], styles=(VERA_CELL,) * 4, head=False),
        Spacer(1, 6),
        striped(items, [28, 70, 196, 148, WIDTH - 442], styles=VERA_STYLES),
        p("Item 5 \u2014 funding decisions", VERA_H),
        striped(bids, [86, 96, 46, 116, WIDTH - 344], styles=VERA_STYLES),
        p("Actions", VERA_H),
        grid(actions, [50, WIDTH - 150, 44, 56], styles=(VERA_B, VERA_B, VERA_CELL, VERA_CELL)),
        Spacer(1, 6),
        p("Next meeting: Wednesday 26 January 2022, 2.00 pm, Council Chamber, Abbey Walk.", VERA),
    ]
