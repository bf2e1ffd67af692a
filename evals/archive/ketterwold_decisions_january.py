"""Partnership AL's Executive Board, 23 January 2025: a "decisions and actions" sheet on landscape pages in
Bitstream Vera under the "wold" mark, a juniper square with the page number in the top right corner of later
pages beside the title, and a foot "EB 23.01.2025 \u2014 sheet n of total" at the left. Those present in one
line with initials and bodies; a "ledger" grid of items "EB/25/01" to "EB/25/10" with what was said, the
decision in capitals ("NOTED", "APPROVED", "VARIED", "DEFERRED", "NOT APPROVED", "RELEASED") and the lead:
officer decisions reported (one of them a refusal), an award of 2024/25 varied upward, the budget for 2025/26
with the Commissioner's grant held and the council's contribution cut, six awards for 2025/26, a perpetrator
programme bid deferred for the Commissioner's commissioning decision, knife arches not approved, money
released from the Community Safety Reserve for a knife crime operation and the legacy balances to be pooled;
then an actions table."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ketterwold_facts import (
    ARCHES_ASK,
    AWARDS_2526,
    COUNCIL_2425,
    COUNCIL_2526,
    LEGACY_CLOSE_2425,
    LEVY_2526_ESTIMATE,
    NALOXONE,
    NAVIGATORS_2425,
    NAVIGATORS_AMENDED_2425,
    OPERATION_BRAMBLE,
    PCC_2526,
    PERP_EXPANSION_ASK,
    POOLED,
    RESERVE_AFTER_BRAMBLE,
    SAFE_SPACE,
    SANCTUARY_2425,
    SKATEPARK_ASK,
    TO_RESERVE_2324,
)
from evals.archive.ketterwold_layout import (
    LAND,
    SHEET,
    SHEET_H,
    SHEET_STYLES,
    SHEET_TITLE,
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

TITLE_JANUARY = (
    "Ketterwold Safer Communities Partnership Executive Board decisions and actions, 23 January 2025"
)
INK_HEAD = headed(SHEET_STYLES, SHEET_H.textColor, "KwSheetInk")


def write_decisions_january(path: Path) -> Path:
    furniture = Furniture(
        "Executive Board \u2013 decisions and actions \u2013 23 January 2025",
        label="Executive Board  \u00b7  decisions and actions  \u00b7  23.01.2025",
        opening="wold",
        head_place="corner",
        foot="EB 23.01.2025 \u2014 sheet {n} of {total}",
        place="left",
    )
    return render_pages(path, _story, Meta(TITLE_JANUARY, KETTERWOLD), furniture, first="land")


def _story() -> list[Flowable]:
    awards_2526 = "; ".join(f"{name}, {org}: {pounds(amount)}" for name, org, amount in AWARDS_2526)
    total_2526 = sum(a[2] for a in AWARDS_2526)
    budget_2526 = PCC_2526 + COUNCIL_2526 + LEVY_2526_ESTIMATE
    legacy = ", ".join(f"{place} {pounds(amount)}" for place, amount in LEGACY_CLOSE_2425.items())
    items = [
        ["Item", "Subject", "Summary", "Decision", "Lead"],
        ["EB/25/01", "Minutes of 28 November 2024",
         f"Agreed. Matter arising: the Tessford Safe Space opened on 18 October 2024 with "
         f"{pounds(SAFE_SPACE)} "
         "from the Tessford legacy balance (ODR/2024/031) and had helped 146 people by 31 December.",
         "AGREED", "Chair"],
        ["EB/25/02", "Officer decisions since the last meeting",
         f"ODR/2024/036: {pounds(SANCTUARY_2425)} to Moorside Housing for the sanctuary scheme, under the "
         f"limit in force since 1 October. ODR/2024/037: {pounds(NALOXONE)} to Brightwater Recovery for "
         f"naloxone. ODR/2024/038: bid of {pounds(SKATEPARK_ASK)} from Ullerby Town Council for CCTV at the "
         "skate park refused (capital works).",
         "NOTED", "JT"],
        ["EB/25/03", "Exploitation navigators (G24/04)",
         "Referrals to the Youth Justice Service's navigators have doubled since the summer; a third worker "
         "has been covering since November. DC declared an interest and left the room.",
         f"VARIED: award for 2024/25 increased from {pounds(NAVIGATORS_2425)} to "
         f"{pounds(NAVIGATORS_AMENDED_2425)} (+{pounds(NAVIGATORS_AMENDED_2425 - NAVIGATORS_2425)}), met "
         "from "
         "the forecast underspend", "IM"],
        ["EB/25/04", "Budget 2025/26",
         f"The Commissioner confirmed on 9 January 2025 a Community Safety Grant of {pounds(PCC_2526)}, the "
         f"same as 2024/25. The council's draft budget cuts its contribution from {pounds(COUNCIL_2425)} to "
         f"{pounds(COUNCIL_2526)}; the Locality Funds stay at \u00a312,000 each. Levy estimate "
         f"{pounds(LEVY_2526_ESTIMATE)}.",
         f"NOTED: planning budget {pounds(budget_2526)} for 2025/26", "CP"],
        ["EB/25/05", "Awards for 2025/26 (continuing services)",
         f"Six services scored against the Partnership Plan: {awards_2526}.",
         f"APPROVED: six awards, {pounds(total_2526)} in all", "IM"],
        ["EB/25/06", "Bid: Safe Choices in Pendlecot and Ullerby",
         f"Northgate Change bid {pounds(PERP_EXPANSION_ASK)} to run the perpetrator programme in two more "
         "localities. The Commissioner is deciding in March whether to commission perpetrator work across "
         "the county.",
         "DEFERRED to the meeting of 24 April 2025, after the Commissioner's decision", "LB / IM"],
        ["EB/25/07", "Bid: knife arches",
         f"Ketterwold Constabulary bid {pounds(ARCHES_ASK)} for two knife arches, referred to the Board by "
         "the "
         "Head of Safer Communities. Arches can be borrowed from the regional pool.",
         "NOT APPROVED: police equipment is not funded by the Partnership", "LY"],
        ["EB/25/08", "Operation Bramble",
         "Two stabbings in Carnmoor town centre in December. The Serious Violence and Exploitation Group "
         "proposes eight weeks of patrols, youth outreach and knife education from February.",
         f"RELEASED: {pounds(OPERATION_BRAMBLE)} from the Community Safety Reserve (balance "
         f"{pounds(TO_RESERVE_2324)} before, {pounds(RESERVE_AFTER_BRAMBLE)} after)", "LY / DC"],
        ["EB/25/09", "Locality Legacy Reserve",
         f"Balances at 31 December 2024: {legacy}. As agreed on 22 June 2023 they are pooled into the "
         "Community Safety Reserve on 1 April 2025; Locality Safety Groups may still recommend releases "
         "until 31 March.",
         f"NOTED: {pounds(POOLED)} to be pooled", "CP"],
        ["EB/25/10", "Date of next meeting", "Thursday 24 April 2025, 2.00 pm, County Hall, Tessford.", "-",
         "-"],
    ]  # fmt: skip
    actions = [
        ["Ref.", "Action", "Owner", "Due", "Status"],
        [
            "A25/01",
            "Send variation letter for G24/04 to the Youth Justice Service",
            "IM",
            "31 Jan 2025",
            "Open",
        ],
        [
            "A25/02",
            "Issue award letters for 2025/26 after the council sets its budget",
            "IM",
            "28 Feb 2025",
            "Open",
        ],
        [
            "A25/03",
            "Report the Commissioner's decision on perpetrator commissioning",
            "LB",
            "24 Apr 2025",
            "Open",
        ],
        ["A25/04", "Report on Operation Bramble to the Board", "LY", "24 Apr 2025", "Open"],
        [
            "A24/31",
            "Review of the delegations after six months (from 26 Sep 2024)",
            "JT",
            "24 Apr 2025",
            "Open",
        ],
        [
            "A24/27",
            "Publish all officer decision records on the website (from 18 Jul 2024)",
            "JT",
            "-",
            "Done",
        ],
    ]
    return [
        notice(LAND),
        Spacer(1, 6),
        p("Executive Board: decisions and actions", SHEET_TITLE),
        p(
            "Thursday 23 January 2025, 2.00 pm to 4.15 pm, Council Chamber, Carnmoor Civic Centre. "
            "<b>Chair:</b> Dr Marcus Quennell (Independent Chair). <b>Present:</b> Ch Supt Lydia Yelland "
            "(LY, "
            "Vice-Chair), Cllr Anne-Marie Prowse, Stephen Aldwinckle, Tom Rudkin, Sunita Varley, Dr Fiona "
            "Raikes, Dr Kwabena Osei-Hart, Dean Colbourne (DC), Rachel Oduya, Lucy Barnfather (LB, OPCC, "
            "adviser). <b>Officers:</b> Joanna Threlfall (JT), Idris Mabbott (IM), Colin Pardew (CP), Ellie "
            "Fortnum (notes). <b>Apologies:</b> none. Quorate.",
            SHEET,
        ),
        ledger(items, [52, 110, 330, 200, LAND - 692], styles=SHEET_STYLES),
        p("Actions", SHEET_H),
        ruled(actions, [52, 400, 60, 80, LAND - 592], styles=INK_HEAD),
    ]
