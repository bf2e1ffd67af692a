"""Partnership AG's Delivery and Commissioning Group, 9 August 2023: the group's pro forma record of a funding
round, printed labels in Helvetica with the entries typed in Courier under a boxed form head with the
reference "DCG 2023/2" in a daffodil box (signed and scanned to images on both pages); those present by
initials, the pot set aside by the Strategic Group and the group's limit, a boxed table of eight bids with
"Asked" without the pound sign and scores out of 25, outcomes in capitals (approved, approved reduced,
deferred for a match funding letter, referred to the Head of Community Safety under his limit, withdrawn by
its applicant, not supported as capital and above the limit), the pot left, monitoring of last year's
grants and the next meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.glynmorlan_facts import (
    BOXING,
    CAFE_ASK,
    CAFE_AWARD,
    DCG_APPROVED_AUG,
    DCG_CHAIR,
    DCG_LIMIT_OLD,
    DCG_POT,
    GAVO_REP,
    HEAD,
    HEAD_LIMIT_OLD,
    PASTORS,
    PRIDE,
    RURAL_WATCH,
    SANCTUARY,
    SERGEANT,
    SKATE_CCTV,
    YJS_REP,
    YOUTH_FORUM_ASK,
)
from evals.archive.glynmorlan_layout import (
    FORM,
    FORM_B,
    FORM_LABEL,
    TYPED,
    TYPED_CELL,
    WIDTH,
    Furniture,
    Signature,
    boxed,
    notice,
    p,
    render,
)
from evals.archive.names import GLYNMORLAN

TITLE_DCG = "Glynmorlan CSP Delivery and Commissioning Group record of funding round, 9 August 2023"


def write_dcg_record(path: Path) -> Path:
    furniture = Furniture(
        "DCG 2023/2 \u2013 record of funding round \u2013 continued",
        label="DCG 2023/2",
        opening="form",
        foot="Form DCG-3 (rev. 2021)     sheet {n} of {total}",
        place="left",
    )
    return render(path, _story, Meta(TITLE_DCG, GLYNMORLAN), furniture)


def _story() -> list[Flowable]:
    head = [
        ["Meeting", "Delivery and Commissioning Group (DCG) - summer round 2023"],
        ["Date / time / place", "Wed 9 Aug 2023, 14.00-15.50, Committee Room 3, Civic Centre + Teams"],
        ["Present", f"LT ({DCG_CHAIR}, OPCC) - chair; GMR ({HEAD}, Head of Community Safety); "
                 f"IB ({SERGEANT}, Pontgarreg NPT); TH ({GAVO_REP}, GAVO); BR ({YJS_REP}, YJS)"],
        ["Quorum (3, incl. chair or GMR)", "Met"],
        ["Pot / limit", f"{DCG_POT:,} set aside by Strategic Group 16/05/23 (Minute 23/06(h)). "
                 f"DCG may award up to {DCG_LIMIT_OLD:,} per bid. Pass mark 15/25."],
    ]  # fmt: skip
    bids = [
        ["Ref", "Applicant - project", "Asked", "Score /25", "Decision"],
        ["DCG23/01", "Pontgarreg Churches Together - Street Pastors, Fri/Sat nights", f"{PASTORS:,}", "21",
         "APPROVED"],
        ["DCG23/02", "Tregwilym ABC - youth diversion sessions, 2 nights a week", f"{BOXING:,}", "19",
         "APPROVED"],
        ["DCG23/03", "Cam Nesaf Recovery - Abercefni Recovery Cafe", f"{CAFE_ASK:,}", "17",
         f"APPROVED REDUCED TO {CAFE_AWARD:,} (RENT AND VOLUNTEER COSTS ONLY)"],
        ["DCG23/04", "Llanhowel Community Council - Rural Watch trail cameras", f"{RURAL_WATCH:,}", "16",
         "DEFERRED - NEEDS LETTER CONFIRMING COMMUNITY COUNCIL MATCH FUNDING"],
        ["DCG23/05", "Glynmorlan Pride - hate crime stall and leaflets", f"{PRIDE:,}", "-",
         f"REFERRED TO HEAD OF COMMUNITY SAFETY (UNDER {HEAD_LIMIT_OLD:,})"],
        ["DCG23/06", "Penybryn Youth Forum - detached youth work", f"{YOUTH_FORUM_ASK:,}", "-",
         "WITHDRAWN BY APPLICANT 07/08/23 - FUNDED BY YOUTH SUPPORT GRANT"],
        ["DCG23/07", "Cartrefi Morlan - Sanctuary scheme, 16 homes", f"{SANCTUARY:,}", "22", "APPROVED"],
        ["DCG23/08", "Cwmdderw Skate Park Users - CCTV at the skate park", f"{SKATE_CCTV:,}", "-",
         "NOT SUPPORTED - CAPITAL WORKS, AND ABOVE THE DCG LIMIT"],
    ]  # fmt: skip
    styles = (FORM_B, FORM_B, TYPED_CELL, TYPED_CELL)
    return [
        notice(),
        Spacer(1, 6),
        p(
            "RECORD OF FUNDING ROUND / COFNOD Y CYLCH ARIANNU",
            FORM_B.clone("GyFormT", fontSize=11, leading=14),
        ),
        boxed(head, [150, WIDTH - 150], figs=(1,), styles=(FORM_LABEL, TYPED, FORM_LABEL, TYPED), head=False),
        p("1. Bids received by the closing date (14/07/23)", FORM_B),
        boxed(bids, [56, 176, 46, 38, WIDTH - 316], figs=(2, 3), styles=styles),
        p("2. Notes on the bids", FORM_B),
        p(
            "01 - as last year; pastors to log referrals to the Safe Space hub.<br/>"
            "02 - club to send attendance figures each quarter. Paid quarterly in advance.<br/>"
            "03 - staff costs are met by the APB; DCG pays rent and volunteer expenses only.<br/>"
            "04 - good bid; the community council promised half the cost of the cameras but no letter yet. "
            "Can come back to the November DCG.<br/>"
            f"05 - under {HEAD_LIMIT_OLD:,}: GMR to decide under delegated powers.<br/>"
            "06 - Forum emailed on 07/08/23: Welsh Government Youth Support Grant now covers the work.<br/>"
            "08 - capital, and over our limit anyway. Suggest the Town Council's community grants.",
            TYPED,
        ),
        p("3. The pot", FORM_B),
        p(
            f"Approved today: {DCG_APPROVED_AUG:,}. Left: {DCG_POT - DCG_APPROVED_AUG:,}, held for DCG23/04 "
            "and an autumn mini-round.",
            TYPED,
        ),
        p("4. Monitoring - 2022/23 grants", FORM_B),
        p(
            "Blaenrhos Youth Bus: 412 contacts Dec-Mar, end-of-year report still not in - GMR to chase. "
            "Street Pastors 2022/23: 48 nights out, 96 people helped to the Safe Space hub. Recovery Cafe: "
            "31 regulars, 9 now volunteering.",
            TYPED,
        ),
        p("5. Any other business", FORM_B),
        p(
            "GMR: the terms of reference are to be reviewed over the winter; bids above the DCG limit keep "
            "coming in, so the review will look at raising it. LT: the OPCC moves to an online grants "
            "portal from April 2024. BR: YJS can help the boxing club with its attendance returns.",
            TYPED,
        ),
        p("6. Next DCG", FORM_B),
        p("Wed 8 Nov 2023, 14.00, Committee Room 3.", TYPED),
        Spacer(1, 10),
        p("Signed as a true record by the chair of the DCG:", FORM),
        Signature("L. Tanat   09/08/2023", seed=5, font="Courier"),
    ]
