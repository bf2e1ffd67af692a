"""Partnership AF's Bids and Commissioning Sub-Group, 4 August 2021: typed notes in Courier under their own
heading (no furniture of the partnership's but a foot; signed and scanned to images), initials for the
members, a grid of eight bids with "Ask (£)" without the pound sign in the cells, scores out of 30 and
outcomes in capitals (approved, approved at the Sub-Group's limit below its ask, approved reduced, deferred
for safeguarding papers, not approved as funded elsewhere, referred to the Lead Officer under his limit,
withdrawn by its applicant), the pot left, monitoring of last year's grants and a review of the limit."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.kelsthorpe_facts import (
    BOXING_ASK,
    KICKABOUT_ASK,
    KVA_REP,
    LEAD_OFFICER,
    LNH_ASK,
    LOCK_STAY,
    MEDIATION_ASK,
    MEDIATION_AWARD,
    OFFICER_LIMIT_OLD,
    PRIDE,
    RURAL_SERGEANT,
    SMALL_POT,
    SUBGROUP_APPROVED_AUG,
    SUBGROUP_CHAIR,
    SUBGROUP_LIMIT_OLD,
    THEATRE_ASK,
    WATCH_ASK,
    WATCH_AWARD,
)
from evals.archive.kelsthorpe_layout import (
    TYPED,
    TYPED_B,
    TYPED_CELL,
    TYPED_NOTICE,
    WIDTH,
    Furniture,
    Signature,
    grid,
    notice,
    p,
    render,
)
from evals.archive.names import KELSTHORPE

TITLE_SUBGROUP = "Kelsthorpe CSP Bids and Commissioning Sub-Group notes, 4 August 2021"


def write_subgroup_notes(path: Path) -> Path:
    furniture = Furniture("", opening="", foot="BCSG 04/08/21 ... sheet {n}", foot_right=True)
    return render(path, _story, Meta(TITLE_SUBGROUP, KELSTHORPE), furniture)


def _story() -> list[Flowable]:
    bids = [
        ["Ref", "Applicant - project", "Ask (£)", "Score /30", "Outcome"],
        ["SG21/01", "Kelsthorpe Late Night Helpers - Fri/Sat night volunteers, Kelsthorpe Abbey",
         f"{LNH_ASK:,}", "24", "APPROVED"],
        ["SG21/02", "Mediation Wetherdale - neighbour mediation", f"{MEDIATION_ASK:,}", "22",
         f"APPROVED AT {MEDIATION_AWARD:,} (SUB-GROUP LIMIT)"],
        ["SG21/03", "Hensby Parish Watch - 8 trail cameras", f"{WATCH_ASK:,}", "19",
         f"APPROVED {WATCH_AWARD:,} - 6 CAMERAS NOT 8"],
        ["SG21/04", "Fathom Theatre Co - 'Wrong Crowd' county lines tour, 6 schools", f"{THEATRE_ASK:,}",
         "23", "DEFERRED - SAFEGUARDING POLICY AND DBS CHECKS TO BE SEEN"],
        ["SG21/05", "Saltersgate ABC - 'Jab and Move' boxing sessions", f"{BOXING_ASK:,}", "17",
         "NOT APPROVED - ALREADY FUNDED BY PFCC ACTIVE COMMUNITIES FUND"],
        ["SG21/06", "Kelsthorpe Pride - hate crime awareness stall and leaflets", f"{PRIDE:,}", "-",
         "REFERRED TO LEAD OFFICER (UNDER 1,000)"],
        ["SG21/07", "Kelsthorpe Homes Trust - Lock and Stay, 12 homes", f"{LOCK_STAY:,}", "26", "APPROVED"],
        ["SG21/08", "Kelsthorpe Town FC Community Trust - Friday Kick-About", f"{KICKABOUT_ASK:,}", "-",
         "WITHDRAWN BY APPLICANT 02/08/21"],
    ]  # fmt: skip
    styles = (TYPED_CELL, TYPED_CELL, TYPED_CELL, TYPED_CELL)
    return [
        p("WETHERDALE OPFCC / KELSTHORPE DISTRICT COUNCIL", TYPED_B),
        p("KELSTHORPE CSP - BIDS AND COMMISSIONING SUB-GROUP (BCSG)", TYPED_B),
        p("NOTE OF MEETING", TYPED_B),
        notice(WIDTH, TYPED_NOTICE),
        Spacer(1, 4),
        p(
            "Date:    Wed 04/08/21, 10.00-11.45, Committee Room 2 and Teams<br/>"
            f"Present: IS ({SUBGROUP_CHAIR}, OPFCC) - chair; LM ({LEAD_OFFICER}, KDC); "
            f"FS ({RURAL_SERGEANT}, police); PG ({KVA_REP}, KVA)<br/>"
            "Quorum:  3 incl. the chair or LM - met",
            TYPED,
        ),
        p("1. Summer round 2021", TYPED_B),
        p(
            f"Pot {SMALL_POT:,} set aside by the RAG on 15/06/21 (min. 21/15(vi)). 8 bids in by the closing "
            f"date. BCSG can award up to {SUBGROUP_LIMIT_OLD:,} a bid. Scored out of 30 (need, reach, value "
            "for money, 10 each); 18 to pass.",
            TYPED,
        ),
        grid(bids, [52, 178, 44, 40, WIDTH - 314], figs=(2, 3), styles=styles),
        p("2. Notes on the bids", TYPED_B),
        p(
            "01 - back to full weekend nights now clubs are open. Return unspent money as last year.<br/>"
            "02 - strong bid but over our limit; Mediation W. to cover the rest from its own reserves.<br/>"
            "03 - parish to share 6 cameras with Scawton Moor farms. FS to advise on siting.<br/>"
            "04 - good bid, but no safeguarding policy or DBS evidence for the actors. Can come back to "
            "the next BCSG if papers are in.<br/>"
            "05 - same sessions already paid for by the Commissioner's Active Communities Fund.<br/>"
            f"06 - under {OFFICER_LIMIT_OLD:,}: LM to decide under delegation.<br/>"
            "08 - Trust has found sponsorship; withdrew by email on 02/08/21.",
            TYPED,
        ),
        p("3. The pot", TYPED_B),
        p(
            f"Approved today: {SUBGROUP_APPROVED_AUG:,}. Left in the pot: "
            f"{SMALL_POT - SUBGROUP_APPROVED_AUG:,}, held for SG21/04 and any late autumn bids.",
            TYPED,
        ),
        p("4. Monitoring - 2020-21 grants", TYPED_B),
        p(
            "Lock and Stay 2020-21: 31 homes made safer (target 25). Recovery peer mentors: 19 people "
            "supported, 11 still in treatment at 3 months. Brigsley detached youth work: return late - LM to "
            "chase.",
            TYPED,
        ),
        p("5. AOB", TYPED_B),
        p(
            "LM: bids keep coming in above 5,000 - the terms of reference review (to the RAG in January) "
            "to look at raising the BCSG limit and the Lead Officer's. IS: the Commissioner's office moves "
            "to an online grants portal in 2022.",
            TYPED,
        ),
        p("6. Next BCSG: Wed 06/10/21.", TYPED_B),
        Spacer(1, 12),
        Signature("Signed (chair)   IS   04/08/21", seed=4),
    ]
