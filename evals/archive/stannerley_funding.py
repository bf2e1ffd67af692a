"""Partnership X's funding papers and the facts its documents share. The Safer Neighbourhoods Fund's
Funding Plan 2025-26 (agreed on 19 March 2025), catalogued as `other`: the outturn of 2024-25, the income
of 2025-26 in £, the allocation to each of the five new priorities in £k with its share, the bidding
timetable and what the fund will not pay for. And the Grants Panel's record of decisions of 22 January 2025:
a typed sheet in Courier boxes, signed, which the build scans to images. The people, priorities, awards and
bids of 2023-24 to 2025-26 live here for the reports, minutes, assessment and terms of reference to
share."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from evals.archive.common import FICTIONAL, Meta
from evals.archive.names import STANNERLEY, STANNERLEY_FUND, STANNERLEY_PANEL
from evals.archive.stannerley_layout import (
    SMALL,
    TYPED,
    TYPED_B,
    Furniture,
    bare,
    bullets,
    caption,
    heading,
    in_k,
    long_date,
    masthead,
    note,
    p,
    pounds,
    render_pages,
    ruled,
    typed_box,
)

TITLE_PLAN = f"{STANNERLEY}: {STANNERLEY_FUND} Funding Plan 2025-26"
TITLE_PANEL = f"{STANNERLEY_PANEL}: record of decisions"

# Places and organisations.
COUNCIL = "Stannerley Borough Council"
POLICE = "Brackenshire Police"
PCC = "Brackenshire Police and Crime Commissioner"
FIRE_SERVICE = "Brackenshire Fire and Rescue Service"
ICB = "Brackenshire and Harrowfield Integrated Care Board"
YJS = "Stannerley Youth Justice Service"
HOUSING = "Estuary Homes"
DA_SERVICE = "Clearwater Domestic Abuse Service"
CDP = "Stannerley Combating Drugs Partnership"
BID = "Stannerley Town Centre BID"
YOUTH_LINK = "Stannerley Youth Link"
RECOVERY = "Keel Recovery Trust"
CHAPLAINCY = "Stannerley Street Chaplaincy"
PUBWATCH = "Stannerley Pubwatch"

# People who appear in more than one document.
CHAIR_OLD = "Cllr Rosalind Gathercole"
CHAIR = "Cllr Sameer Bhatti"
VICE_OLD = "Superintendent Owen Treharne"
VICE = "Group Manager Fiona Caldecott"
VICE_NEW = "Superintendent Leah Morcombe"
FIRE_NEW = "Station Manager Kieran Holt"
MANAGER = "Bronwen Alderton"
ANALYST = "Callum Featherstone"
OPCC = "Marcus Beddoe"
PROBATION = "Ruth Okonjo"
ICB_REP = "Dr Harriet Sim"
YOUTH = "Ben Okoro"
HOUSING_REP = "Aisha Rahman"
PUBLIC_HEALTH = "Dr Nikhil Sethi"
BID_REP = "Colin Rudd"

PRIORITIES_2324 = (
    "Domestic abuse and sexual violence",
    "Anti-social behaviour",
    "Drug and alcohol harm",
    "Youth violence and exploitation",
)
PRIORITIES_2425 = (
    "Domestic abuse and sexual violence",
    "Anti-social behaviour",
    "Serious violence and exploitation",
    "Business and retail crime",
)
PRIORITIES_2528 = (
    "Tackling violence against women and girls",
    "Reducing serious violence",
    "A safer town centre and night-time economy",
    "Protecting residents from fraud and scams",
    "Reducing reoffending",
)

# 2023-24 awards: the Board meeting that made each, project, lead, priority, sum.
AWARDS_2324 = (
    ("2023-06-14", "Sanctuary locks and video doorbells", DA_SERVICE, PRIORITIES_2324[0], 14500),
    ("2023-06-14", "Ferrybank detached youth work", YOUTH_LINK, PRIORITIES_2324[1], 11200),
    ("2023-09-13", "Naloxone peer distribution", RECOVERY, PRIORITIES_2324[2], 6800),
    ("2023-09-13", "Knife crime workshops in secondary schools", YJS, PRIORITIES_2324[3], 9450),
    ("2023-12-06", "Town centre street chaplains", CHAPLAINCY, PRIORITIES_2324[1], 5000),
    ("2023-12-06", "Stalking advocacy pilot", DA_SERVICE, PRIORITIES_2324[0], 12400),
    ("2024-03-13", "County lines sessions for parents", "Rookley Family Hub", PRIORITIES_2324[3], 3250),
    ("2024-03-13", "Licensed venues radio network", PUBWATCH, PRIORITIES_2324[1], 4180),
)
GRANT_2324, CONTRIBUTION_2324, BROUGHT_2324 = 62000, 12000, 2150
AVAILABLE_2324 = GRANT_2324 + CONTRIBUTION_2324 + BROUGHT_2324  # 76,150
AWARDED_2324 = sum(a[4] for a in AWARDS_2324)  # 66,780
UNDERSPEND_2324 = AVAILABLE_2324 - AWARDED_2324  # 9,370

GRANT_2425, CONTRIBUTION_2425 = 58900, 12000
AVAILABLE_2425 = GRANT_2425 + CONTRIBUTION_2425 + UNDERSPEND_2324  # 80,270
GRANT_2526, CONTRIBUTION_2526 = 60000, 10000

# 2024-25 bids: ref, decided, by, applicant, scheme, priority, asked, decision, first sum, later, net.
Bid = tuple[str, str, str, str, str, str, int, str, int, str, int]
BIDS_2425: tuple[Bid, ...] = (
    ("SNF24/01", "2024-06-12", "Board", DA_SERVICE, "Stalking advocacy (year 2)", "DASV", 12400,
     "Approved", 12400, "", 12400),
    ("SNF24/02", "2024-06-12", "Board", YOUTH_LINK, "Ferrybank detached youth work", "ASB", 11200,
     "Approved", 11200, "", 11200),
    ("SNF24/03", "2024-06-12", "Board", BID, "StoreSafe radios and staff training", "BRC", 8600,
     "Deferred", 0, "Approved 16.10.2024 at £8,600", 8600),
    ("SNF24/04", "2024-06-12", "Board", "Chandlers Quay Residents' Association",
     "Alley gates in Chandlers Quay", "ASB", 19500, "Declined", 0, "", 0),
    ("SNF24/05", "2024-06-12", "Board", POLICE, "Operation Sandbar summer patrols", "ASB", 9000,
     "Approved", 9000, "Reduced to £6,300 on 16.10.2024", 6300),
    ("SNF24/06", "2024-09-23", "Officer", "Oakwell Community Centre",
     "Halloween and bonfire night diversionary activities", "ASB", 1750, "Approved", 1750,
     "Reported to the Board 16.10.2024", 1750),
    ("SNF24/07", "2024-10-16", "Board", "Thursby Park Boxing Club", "Girls' boxing and mentoring", "SVE",
     7800, "Approved (reduced)", 6000, "", 6000),
    ("SNF24/08", "2024-10-16", "Board", RECOVERY, "Naloxone peer distribution (year 2)", "-", 6800,
     "Declined", 0, "Referred to the Combating Drugs Partnership", 0),
    ("SNF24/09", "2025-01-22", "Grants Panel", "Wenlow Community Centre", "Wenlow community safety day",
     "ASB", 2400, "Approved", 2400, "", 2400),
    ("SNF24/10", "2025-01-22", "Grants Panel", "Stannerley Independent Traders",
     "Conflict training for small shops", "BRC", 3150, "Approved (reduced)", 2800, "", 2800),
    ("SNF24/11", "2025-01-22", "Grants Panel", "Brackenshire Police (Rookley neighbourhood team)",
     "Rookley bike marking and locks", "ASB", 1200, "Deferred", 0,
     "Approved 04.03.2025 by the CSP Manager at £1,200", 1200),
    ("SNF24/12", "2025-01-22", "Grants Panel", "Greyhaven Youth Club", "Youth music studio", "-", 4900,
     "Declined", 0, "", 0),
    ("SNF24/13", "2025-03-19", "Board", CHAPLAINCY, "Weekend Safe Space in the town centre", "ASB", 10400,
     "Approved (reduced)", 9750, "", 9750),
)  # fmt: skip
NET_2425 = sum(b[10] for b in BIDS_2425)  # 62,400
CARRIED_2425 = AVAILABLE_2425 - NET_2425  # 17,870
AVAILABLE_2526 = GRANT_2526 + CONTRIBUTION_2526 + CARRIED_2425  # 87,870
OFFICER_LIMIT_OLD, OFFICER_LIMIT_NEW = 2000, 2500
PANEL_LIMIT_OLD, PANEL_LIMIT_NEW = 5000, 6000

# 2025-26 allocation: line, £, share written out.
ALLOCATION_2526 = (
    (PRIORITIES_2528[0], 24000),
    (PRIORITIES_2528[1], 18000),
    (PRIORITIES_2528[2], 16000),
    (PRIORITIES_2528[3], 8000),
    (PRIORITIES_2528[4], 10000),
    ("Small grants (Grants Panel and officer decisions)", 6000),
    ("Contingency", 5870),
)


def write_plan(path: Path) -> Path:
    return render_pages(
        path,
        _plan,
        Meta(TITLE_PLAN, STANNERLEY),
        Furniture("Funding Plan 2025-26", foot="[ {n} ]", head_at="right", foot_at="centre", rule=False),
    )


def _plan() -> list[Flowable]:
    allocation_rows = [["Allocation line", "£k", "Share"]]
    for line, amount in ALLOCATION_2526:
        allocation_rows.append([line, in_k(amount), f"{amount / AVAILABLE_2526 * 100:.1f}%"])
    allocation_rows.append(["Total to allocate", in_k(AVAILABLE_2526), "100%"])
    return [
        *masthead(
            STANNERLEY,
            f"{STANNERLEY_FUND}: Funding Plan 2025-26",
            f"Agreed by the Partnership Board on {long_date('2025-03-19')}. Lead officer: {MANAGER}, "
            "CSP Manager",
        ),
        heading("Where the money comes from"),
        p(
            f"The {PCC} has confirmed a grant of £60k for 2025-26, a small rise on the "
            f"{pounds(GRANT_2425)} of 2024-25. {COUNCIL}'s contribution falls from "
            f"{pounds(CONTRIBUTION_2425)} "
            f"to {pounds(CONTRIBUTION_2526)} under the council's savings plan, and the fund carries forward "
            f"{pounds(CARRIED_2425)} unspent from 2024-25."
        ),
        caption("Table 1. Income 2025-26"),
        ruled(
            [
                ["Source", "£"],
                ["Police and Crime Commissioner grant", bare(GRANT_2526)],
                ["Stannerley Borough Council contribution", bare(CONTRIBUTION_2526)],
                ["Carried forward from 2024-25", bare(CARRIED_2425)],
                ["Total", bare(AVAILABLE_2526)],
            ],
            (300, 90),
            figures=(1,),
            total=True,
        ),
        caption("Table 2. 2024-25 outturn"),
        ruled(
            [
                ["", "£"],
                ["Available in 2024-25", bare(AVAILABLE_2425)],
                ["Net awards after later changes (13 bids decided, 10 funded)", bare(NET_2425)],
                ["Unspent, carried forward", bare(CARRIED_2425)],
            ],
            (300, 90),
            figures=(1,),
        ),
        heading("How the money is shared"),
        p(
            "The Board has split the fund across the five priorities it adopted for 2025-26 to 2027-28, "
            "weighted by the harm scores in the 2024 strategic assessment, with a pot for small grants and "
            "a contingency. Lines may be moved by the Board at any meeting."
        ),
        caption("Table 3. Indicative allocation 2025-26 (£k)"),
        ruled(allocation_rows, (300, 60, 60), figures=(1, 2), total=True),
        note("Shares are of the total to allocate and are rounded to one decimal place."),
        heading("Bidding timetable"),
        ruled(
            [
                ["Round", "Opens", "Closing date", "Decided by", "Decision meeting"],
                ["Round 1", "1 April 2025", "9 May 2025", "Board", "11 June 2025"],
                ["Round 2", "7 July 2025", "5 September 2025", "Board", "15 October 2025"],
                ["Small grants", "all year", "rolling", "Grants Panel or officer", "every two months"],
            ],
            (70, 80, 90, 110, 110),
        ),
        p(
            f"Bids of up to {pounds(OFFICER_LIMIT_NEW)} may be approved by the CSP Manager and bids of up to "
            f"{pounds(PANEL_LIMIT_NEW)} by the Grants Panel; anything larger goes to the Board. Every "
            "delegated decision is reported to the next Board meeting.",
            SMALL,
        ),
        heading("What the fund will not pay for"),
        bullets(
            [
                "capital works such as gating, fencing or cameras, which belong in the council's capital "
                "programme;",
                f"drug treatment or harm-reduction supplies, now funded through the {CDP};",
                "core staff costs of statutory agencies;",
                "schemes that started before a decision was made.",
            ],
            SMALL,
        ),
        p(
            "Application forms are on the partnership's web pages; enquiries to the CSP Manager at "
            "csp@stannerley.example.",
            SMALL,
        ),
    ]


def write_panel(path: Path) -> Path:
    """The typed original; the build ships only its scan."""
    return render_pages(path, _panel, Meta(TITLE_PANEL, STANNERLEY), Furniture("", plain=True))


PANEL_BIDS = [b for b in BIDS_2425 if b[2] == "Grants Panel"]
PANEL_SCORES = (
    ("SNF24/09", (4, 4, 4, 5)),
    ("SNF24/10", (3, 4, 3, 4)),
    ("SNF24/11", (2, 3, 4, 4)),
    ("SNF24/12", (3, 1, 2, 3)),
)
PANEL_REASONS = {
    "SNF24/09": "Meets ASB priority; good local partners",
    "SNF24/10": "Supported; venue hire removed (free council room offered)",
    "SNF24/11": "Panel asked for bike theft figures for Rookley first; bring back next round",
    "SNF24/12": "Not linked to any partnership priority",
}


def _panel() -> list[Flowable]:
    rows = [["Bid", "Applicant and scheme", "Sought", "Outcome", "Grant", "Panel's reason"]]
    for ref, _, _, applicant, scheme, _, asked, decision, first, _, _ in PANEL_BIDS:
        outcome = "Deferred" if decision == "Deferred" else decision
        rows.append(
            [ref, f"{applicant} - {scheme}", f"£{asked:,}", outcome, f"£{first:,}" if first else "NIL",
             PANEL_REASONS[ref]]
        )  # fmt: skip
    awarded = sum(b[8] for b in PANEL_BIDS)
    return [
        p("STANNERLEY COMMUNITY SAFETY PARTNERSHIP", TYPED_B),
        p("GRANTS PANEL: RECORD OF DECISIONS", TYPED_B),
        p(FICTIONAL, TYPED),
        Spacer(1, 4),
        typed_box(
            [
                ["Meeting", f"{long_date('2025-01-22')}, 10.30am, Meeting Room B, Stannerley Town Hall"],
                [
                    "Panel members",
                    f"{MANAGER} (CSP Manager, chairing); {OPCC} (Office of the Police and Crime "
                    f"Commissioner); {HOUSING_REP} ({HOUSING})",
                ],
                ["Clerk", ANALYST],
                ["Conflicts of interest", "None declared"],
                ["Limit for a single grant", f"£{PANEL_LIMIT_OLD:,}"],
            ],
            (120, 370),
            header=False,
        ),
        Spacer(1, 10),
        typed_box(rows, (64, 134, 54, 66, 54, 122)),
        Spacer(1, 10),
        p(f"Total granted at this panel: £{awarded:,} (five thousand two hundred pounds).", TYPED),
        p("SNF24/11 may return with the figures to a later panel or to the CSP Manager.", TYPED),
        p("To be reported to the Partnership Board at its meeting on 19 March 2025.", TYPED),
        PageBreak(),
        p("GRANTS PANEL 22/01/2025 - SCORING SHEET (page 2 of 2)", TYPED_B),
        p(
            "Each bid scored 1 (poor) to 5 (strong) on four criteria by the panel together. A bid needs 12 "
            "of 20 to be considered for funding.",
            TYPED,
        ),
        typed_box(
            [["Bid", "Need", "Fit with priorities", "Value for money", "Can deliver", "Total /20"]]
            + [[ref, *(str(x) for x in marks), str(sum(marks))] for ref, marks in PANEL_SCORES],
            (64, 60, 90, 90, 80, 70),
        ),
        Spacer(1, 10),
        p(
            "SNF24/11 passed the threshold but the panel wanted evidence of bike theft in Rookley before "
            "committing money.",
            TYPED,
        ),
        Spacer(1, 16),
        p("Signed (Chair of Panel): ....B. Alderton....    Dated: 23 Jan 2025", TYPED),
        p("Witnessed (OPCC): ....M. Beddoe....", TYPED),
    ]
