"""Partnership AH's Strategy Board, 21 January 2025: a decision and action log in DejaVu Sans on landscape
pages under the plum ribbon, a foot "Decision and action log 21/01/2025 \u2013 page n" at the right. A grid of
the meeting's particulars (those present by initials with an agency key, apologies, quorum); the items as
rows of a plum table numbered "AL25/01" with a summary, the decision, an owner and a status: a new police
Vice-Chair elected, officer decisions reported, the decision note on the marshals noted, the assessment
adopted and three priorities for 2025-28 agreed, funding changes (an award cut, a bid deferred by the Panel
approved below its ask, a review funded), the terms of reference version 4 approved with the old and new
rules, the money and the Commissioner's grant for 2025-26 as indicated; then a ledger of actions "A25/01"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import RUSHBECK
from evals.archive.rushbeck_facts import (
    ASB_AMENDED,
    ASB_AWARD,
    AVAILABLE_2425,
    CHAIR,
    DHR_M,
    DISTRICT_2526,
    FINAL_2425,
    GRANT_2526_INDICATED,
    KICKSTART,
    KICKSTART_ASK,
    MARSHALS_EXTRA,
    MARSHALS_FINAL,
    MEETINGS,
    MEETINGS_OLD,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    PANEL_LIMIT,
    PANEL_LIMIT_OLD,
    PRIORITIES_NEW,
    QUORUM,
    QUORUM_OLD,
    SHOPWATCH,
    SIGNS,
    VICE,
    VICE_OLD,
)
from evals.archive.rushbeck_layout import (
    LAND,
    LOG,
    LOG_CELL,
    LOG_CELL_B,
    LOG_H,
    LOG_STYLES,
    PLUM,
    Furniture,
    grid,
    ledger,
    notice,
    p,
    plum,
    pounds,
)
from evals.archive.rushbeck_layout import render as render_pages

TITLE_JANUARY = "Rushbeck CSP Strategy Board decision and action log, 21 January 2025"


def write_action_log(path: Path) -> Path:
    furniture = Furniture(
        "RCSP Strategy Board \u2013 decision and action log",
        head_right="Tuesday 21 January 2025",
        label="Strategy Board \u2013 decision and action log",
        opening="ribbon",
        foot="Decision and action log 21/01/2025 \u2013 page {n}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_JANUARY, RUSHBECK), furniture, first="land")


def _story() -> list[Flowable]:
    key = [
        ["Meeting", "Strategy Board, Tuesday 21 January 2025, 2.00 pm to 4.30 pm, Eastwold Fire Station "
         "community room"],
        ["Chair", f"TRH \u2013 {CHAIR} (RDC)"],
        ["Present", "PL (HC), GP (HCC), LC (HFRS), IS (PS), FL (ICB), RH (OPCC), PK (YJS), TW (PH), LA "
                    "(RSH), "
         "CM (BH), NF (CVS)"],
        ["Officers", "RT (Community Safety Manager), HS (Head of Communities), DA (Partnership Analyst), JP "
         "(Democratic Services, log)"],
        ["Apologies", "None"],
        ["Quorum", "Met: twelve members present, all six responsible authorities represented"],
        ["Agency key", "RDC Rushbeck District Council; HCC Harlshire County Council; HC Harlshire "
                       "Constabulary; "
         "HFRS Harlshire Fire and Rescue Service; PS Probation Service; ICB Harlshire Integrated Care Board; "
         "OPCC Office of the Police and Crime Commissioner; YJS Youth Justice Service; PH Harlshire Public "
         "Health; RSH Rushbeck Safe Haven; BH Brookhithe Homes; CVS Rushbeck Council for Voluntary Service"],
    ]  # fmt: skip
    priorities = "; ".join(f"({i}) {t}" for i, t in enumerate(PRIORITIES_NEW, 1))
    items = [
        ["Ref", "Item", "Summary", "Decision", "Owner", "Status"],
        ["AL25/01", "Vice-Chair",
         f"{VICE_OLD} retired on 30 November 2024. {VICE} became Rushbeck district commander on 2 December "
         "2024.",
         f"{VICE} (PL) elected Vice-Chair for the rest of 2024-25.", "\u2013", "Done"],
        ["AL25/02", "Log of 24/09/24 and officer decisions",
         f"Agreed as a correct record. Decisions of the Community Safety Manager under delegated powers: "
         f"Sandling Green Neighbourhood Watch signs {pounds(SIGNS)} (24/09/24, referred by the Panel); "
         f"Shopwatch radios top-up, Rushbeck Town Centre BID, {pounds(SHOPWATCH)} (14/11/24).",
         "Noted.", "RT", "Done"],
        ["AL25/03", "Decision note DN 2024/07",
         f"Night Safe Marshals extended to 31 March 2025 by the Chair and GP on 2 December 2024: a further "
         f"{pounds(MARSHALS_EXTRA)}, total award {pounds(MARSHALS_FINAL)}.",
         "Noted. The BID to bring its evaluation to the June 2025 meeting.", "RT", "Open"],
        ["AL25/04", "Strategic Assessment 2024",
         "DA presented the assessment (November 2024). Members asked that child exploitation stay visible "
         "within priority 2.",
         f"Assessment adopted. Priorities for 2025-28, from 1 April 2025: {priorities}. Drug and alcohol "
         "harm "
         "led by the Harlshire Combating Drugs Partnership, reporting every six months.", "DA", "Done"],
        ["AL25/05", "Locality Safety Fund: changes and new bids",
         f"(a) Anti-social behaviour caseworker: the post was vacant from August to October 2024. "
         f"(b) Kickstart Nights, Marrick Bridge Community Trust: asked {pounds(KICKSTART_ASK)}; deferred by "
         "the "
         "Panel on 17/09/24; attendance figures and a delivery plan now received. "
         "(c) Domestic homicide review (Adult M): notified to the Home Office on 8 January 2025.",
         f"(a) Award reduced from {pounds(ASB_AWARD)} to {pounds(ASB_AMENDED)}. "
         f"(b) Approved at {pounds(KICKSTART)} for January to March 2025, paid monthly on attendance "
         "returns. "
         f"(c) {pounds(DHR_M)} approved, half this year and half in 2025-26.", "RT", "Done"],
        ["AL25/06", "Terms of reference, version 4",
         f"Changes proposed: the Board to meet {MEETINGS} instead of {MEETINGS_OLD}; quorum to be {QUORUM} "
         f"(was {QUORUM_OLD}); the Panel's limit from {pounds(PANEL_LIMIT_OLD)} to {pounds(PANEL_LIMIT)} a "
         f"bid; the Community Safety Manager's from {pounds(OFFICER_LIMIT_OLD)} to {pounds(OFFICER_LIMIT)}.",
         "Approved, in force from 1 April 2025.", "JP", "Done"],
        ["AL25/07", "Money",
         f"After today's decisions {pounds(FINAL_2425)} of the {pounds(AVAILABLE_2425)} available in 2024-25 "
         f"is committed. The Commissioner has indicated a grant of {pounds(GRANT_2526_INDICATED)} for "
         f"2025-26. The District Council's budget proposes {pounds(DISTRICT_2526)} for 2025-26, down from "
         "\u00a325,000.",
         "Noted. No spring Panel round: the rest is carried into 2025-26.", "RT", "Done"],
        ["AL25/08", "Any other business",
         "LC: the fire service will refer households at risk of cuckooing found on home safety visits. "
         "NF: CVS volunteer fair on 15 March.", "Noted.", "\u2013", "Done"],
    ]  # fmt: skip
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["A25/01", "Publish the assessment and the priorities for 2025-28 on the partnership's web pages",
         "DA", "28/02/2025", "Open"],
        ["A25/02", "Decision letters for AL25/05", "RT", "31/01/2025", "Open"],
        ["A25/03", "Update the Locality Safety Fund register 2024-25", "RT", "31/01/2025", "Open"],
        ["A25/04", "Send terms of reference version 4 to every member organisation", "JP", "31/03/2025",
         "Open"],
        ["A25/05", "Stalking flag audit with Harlshire Constabulary (assessment R6)", "PL", "30/09/2025",
         "Open"],
        ["A25/06", "Propose meeting dates for 2025-26 (six meetings)", "JP", "18/03/2025", "Open"],
    ]  # fmt: skip
    key_styles = (LOG_CELL_B, LOG_CELL, LOG_CELL_B, LOG_CELL)
    return [
        Spacer(1, 8),
        p("Decision and action log", LOG_H.clone("RbLogT", fontSize=15, leading=19, textColor=PLUM)),
        p("Rushbeck Community Safety Partnership \u2013 Strategy Board", LOG),
        notice(LAND),
        Spacer(1, 5),
        grid(key, [80, LAND - 80], figs=(1,), styles=key_styles, head=False),
        Spacer(1, 6),
        plum(items, [46, 92, 236, 236, 40, LAND - 650], styles=LOG_STYLES),
        p("Actions", LOG_H),
        ledger(actions, [50, LAND - 230, 50, 70, 60], styles=(LOG_CELL_B, LOG_CELL_B, LOG_CELL, LOG_CELL)),
        Spacer(1, 6),
        p(
            "Next meeting: Tuesday 18 March 2025, 2.00 pm, Council Chamber, Council Offices, Priory Walk, "
            "Rushbeck. From April 2025 the Board meets every two months.",
            LOG,
        ),
    ]
