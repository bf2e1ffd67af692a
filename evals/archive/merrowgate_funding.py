"""Partnership W's funding papers and the facts its documents share: the Community Safety Fund's Register
of Funding Decisions 2023-24 of 30 April 2024 (a landscape register, columns in its own order: reference,
date as "14/06/23", who decided, applicant, scheme, priority code, sum bid, decision, sum awarded, any later
change, net sum; then the year's income, the net commitment and the opening position of 2024-25),
catalogued as `other`; and the Bid Panel's record of decisions of 20 February 2024 (a boxed form typed in
Courier, signed, which the build scans to an image). The people, priorities, awards and bids of 2022-23 to
2024-25 live here for the minutes, reports, assessment and partnership agreement to share."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import FICTIONAL, Meta
from evals.archive.merrowgate_layout import (
    FORM,
    FORM_B,
    SMALL,
    Furniture,
    banded,
    bare,
    form,
    heading,
    note,
    notice,
    p,
    pairs,
    plain_date,
    pounds,
    render_pages,
    short_date,
    title_block,
)
from evals.archive.names import MERROWGATE, MERROWGATE_FUND

TITLE_REGISTER = f"{MERROWGATE}: {MERROWGATE_FUND} Register of Funding Decisions 2023-24"
TITLE_PANEL = f"{MERROWGATE}: {MERROWGATE_FUND} Bid Panel record of decisions"

# Places and organisations.
COUNCIL = "Merrowgate Borough Council"
COUNTY_COUNCIL = "Westhallow County Council"
POLICE = "Westhallow Constabulary"
PFCC = "Westhallow Police, Fire and Crime Commissioner"
FIRE_SERVICE = "Westhallow Fire and Rescue Service"
ICB = "Westhallow and Ferne Integrated Care Board"
YJS = "Westhallow Youth Justice Service"
HOUSING = "Merrow Homes"
DA_SERVICE = "Harriet House Domestic Abuse Service"
COHESION_FORUM = "Merrowgate Community Cohesion Forum"

# People who appear in more than one document.
CHAIR_FIRST = "Cllr Deborah Okafor"
CHAIR_SECOND = "Chief Inspector Gareth Lunn"
CHAIR_THIRD = "Cllr Priya Venkatesan"
VICE_THIRD = "Chief Inspector Ruth Adeyemi"
MANAGER_OLD = "Tobias Renshaw"
MANAGER_NEW = "Kirsty Dunmore"
ANALYST = "Imran Khalid"
FIRE = "Station Manager Leon Fairweather"
PROBATION = "Clare Hennessy"
ICB_REP = "Jo Pritchard"
OPCC = "Nadia Boateng"
HOUSING_REP = "Marcus Ilori"
YOUTH = "Declan Foy"
COUNTY = "Sophie Tranter"
PUBLIC_HEALTH = "Dr Ewan Castell"

PRIORITIES_2223 = (
    "Domestic abuse",
    "Anti-social behaviour",
    "Exploitation and county lines",
    "Hate crime and community cohesion",
)
PRIORITIES_2324 = (
    "Domestic abuse",
    "Anti-social behaviour",
    "Exploitation and county lines",
    "Serious violence",
)
PRIORITIES_2425 = (
    "Violence against women and girls",
    "Serious violence and weapon-enabled crime",
    "Neighbourhood crime and anti-social behaviour",
    "Drug-related harm and exploitation",
    "Retail crime",
)

# The fund: 2022-23 awards (date, priority, project, lead, sum).
AWARDS_2223 = (
    ("2022-07-12", "Domestic abuse", "Safe Spaces pharmacy scheme", DA_SERVICE, 8500),
    ("2022-07-12", "Anti-social behaviour", "Castlegate detached youth work", "Tidewell Youth Trust", 12000),
    ("2022-10-04", "Exploitation", "County lines awareness in schools", YJS, 6750),
    ("2022-10-04", "Anti-social behaviour", "Quayside lighting and CCTV upgrade", COUNCIL, 18200),
    ("2023-01-17", "Domestic abuse", "Perpetrator programme places", "Reframe CIC", 14000),
    ("2023-01-17", "Hate crime", "Third-party reporting centres", "Merrowgate Interfaith Network", 3500),
    ("2023-03-21", "Exploitation", "Taxi driver safeguarding training", "Merrowgate BC Licensing", 2250),
    ("2023-03-21", "Anti-social behaviour", "Night-time economy patrols", "Merrowgate Street Angels", 6250),
)
GRANT_2223, CONTRIBUTION_2223 = 62000, 15000
COMMITTED_2223 = sum(a[4] for a in AWARDS_2223)  # 71,450
UNDERSPEND_2223 = GRANT_2223 + CONTRIBUTION_2223 - COMMITTED_2223  # 5,550

GRANT_2324, CONTRIBUTION_2324 = 58500, 15000
AVAILABLE_2324 = GRANT_2324 + CONTRIBUTION_2324 + UNDERSPEND_2223  # 79,050
GRANT_2425, CONTRIBUTION_2425 = 60000, 10000

# 2023-24 bids: ref, decided, by, applicant, scheme, priority code, bid, decision, first award, change, net.
BIDS_2324: tuple[tuple[str, str, str, str, str, str, int, str, int, str, int], ...] = (
    ("CSF23-01", "2023-06-14", "Board", DA_SERVICE, "IDVA outreach in Southfields", "DA", 9800,
     "Approved", 9800, "", 9800),
    ("CSF23-02", "2023-06-14", "Board", "Tidewell Youth Trust", "Millbrook detached youth work", "ASB", 11000,
     "Approved (reduced)", 7500,
     "Withdrawn 15/01/24: the trust ceased trading; £3,750 paid, £3,750 returned to the fund", 3750),
    ("CSF23-03", "2023-06-14", "Board", "Tanners Green Boxing Club", "Gloves Not Knives", "SV", 6400,
     "Deferred (costings)", 0, "Approved 07/12/23 at £5,200", 5200),
    ("CSF23-04", "2023-06-14", "Board", "Merrowgate BC Parking Services", "ANPR cameras on the Ring Road",
     "ASB", 22000, "Declined (capital)", 0, "", 0),
    ("CSF23-05", "2023-06-14", "Board", "Ormond Park Residents' Association", "Safer Streets Walkabouts",
     "ASB", 4000, "Approved", 4000, "Reduced to £2,600 on 07/12/23", 2600),
    ("CSF23-06", "2023-09-20", "Board", "Reframe CIC", "Perpetrator programme places", "DA", 14000,
     "Approved", 14000, "", 14000),
    ("CSF23-07", "2023-09-20", "Board", "Merrowgate Street Angels", "Night-time economy patrols", "ASB",
     6250, "Approved", 6250, "", 6250),
    ("CSF23-08", "2023-09-20", "Board", YJS, "Exploitation education in schools", "EXP", 7000,
     "Approved", 7000, "", 7000),
    ("CSF23-09", "2023-09-20", "Board", "Castlegate Pubwatch", "Bleed control kits for licensed venues",
     "SV", 4600, "Approved", 4600, "", 4600),
    ("CSF23-10", "2023-11-28", "Officer (delegated)", "Merrowgate BC Licensing",
     "Operation Nightlight taxi marshals", "ASB", 1900, "Approved", 1900, "Reported to Board 07/12/23", 1900),
    ("CSF23-11", "2024-02-20", "Bid Panel", "Merrowgate Business Improvement District",
     "Retail radio link scheme", "ASB", 7200, "Approved (reduced)", 6000, "", 6000),
    ("CSF23-12", "2024-02-20", "Bid Panel", "Merrowgate BC Licensing", "Ask for Angela training", "DA",
     1850, "Approved", 1850, "", 1850),
    ("CSF23-13", "2024-02-20", "Bid Panel", "Westhallow Constabulary", "Knife amnesty bins and education",
     "SV", 3300, "Deferred to the 2024-25 round", 0, "", 0),
    ("CSF23-14", "2024-02-20", "Bid Panel", "Millbrook Community Hub", "Millbrook youth provision",
     "ASB", 5000, "Declined", 0, "", 0),
)  # fmt: skip
NET_2324 = sum(b[10] for b in BIDS_2324)  # 62,950
CARRIED_2324 = AVAILABLE_2324 - NET_2324  # 16,100
OFFICER_LIMIT_OLD, OFFICER_LIMIT_NEW = 2000, 3000
PANEL_LIMIT_OLD, PANEL_LIMIT_NEW = 7500, 10000


def write_register(path: Path) -> Path:
    return render_pages(
        path,
        _register,
        Meta(TITLE_REGISTER, MERROWGATE),
        Furniture("Register of Funding Decisions 2023-24"),
        first="landscape",
    )


def _register() -> list[Flowable]:
    out: list[Flowable] = [
        title_block(
            MERROWGATE,
            f"{MERROWGATE_FUND}: Register of Funding Decisions 2023-24",
            "Every bid decided between 1 April 2023 and 31 March 2024, with later changes. "
            f"Prepared by {MANAGER_NEW}, Community Safety Manager, 30 April 2024",
            width=726,
        ),
        notice(),
        p(
            "Priority codes: DA domestic abuse; ASB anti-social behaviour; EXP exploitation "
            "and county lines; "
            "SV serious violence. Decided by: the Board (bids over the Bid Panel's limit), the Bid Panel "
            f"(bids up to {pounds(PANEL_LIMIT_OLD)}) or an officer under delegated powers (bids up to "
            f"{pounds(OFFICER_LIMIT_OLD)}), the limits set by the Board on 14 June 2023.",
            SMALL,
        ),
    ]
    rows = [
        ["Ref", "Decided", "By", "Applicant", "Scheme", "Pri.", "Bid £", "Decision", "Awarded £",
         "Later change", "Net £"],
    ]  # fmt: skip
    for ref, day, by, applicant, scheme, code, bid, decision, first, change, net in BIDS_2324:
        rows.append(
            [ref, short_date(day), by, applicant, scheme, code, bare(bid), decision,
             bare(first) if first else "-", change or "-", bare(net)]
        )  # fmt: skip
    rows.append(
        ["Total", "", "", "14 bids", "", "", bare(sum(b[6] for b in BIDS_2324)), "",
         bare(sum(b[8] for b in BIDS_2324)), "", bare(NET_2324)]
    )  # fmt: skip
    out.append(p("<i>Table 1. Funding decisions 2023-24</i>", SMALL))
    out.append(banded(rows, (50, 44, 54, 96, 98, 26, 42, 70, 46, 152, 42), figures=(6, 8, 10), total=True))
    out += [
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("Income and commitment 2023-24", "2."),
        banded(
            [
                ["Line", "£"],
                ["Police, Fire and Crime Commissioner grant 2023-24", bare(GRANT_2324)],
                ["Merrowgate Borough Council contribution", bare(CONTRIBUTION_2324)],
                ["Underspend brought forward from 2022-23", bare(UNDERSPEND_2223)],
                ["Available 2023-24", bare(AVAILABLE_2324)],
                ["Net commitment (after changes)", bare(NET_2324)],
                ["Carried forward to 2024-25", bare(CARRIED_2324)],
            ],
            (330, 90),
            figures=(1,),
            total=True,
        ),
        p(
            "The Commissioner's grant fell from £62,000 in 2022-23 to £58,500 in 2023-24. The £3,750 "
            "returned when the Millbrook detached youth work award was withdrawn is counted in the sum "
            "carried forward, not spent again within the year."
        ),
        heading("Opening position 2024-25", "3."),
        pairs(
            [
                ("Commissioner's grant 2024-25", pounds(GRANT_2425)),
                (
                    "Council contribution 2024-25",
                    f"{pounds(CONTRIBUTION_2425)} (reduced from {pounds(CONTRIBUTION_2324)} in the "
                    "council's budget of February 2024)",
                ),
                ("Brought forward", pounds(CARRIED_2324)),
                ("Available 2024-25", pounds(GRANT_2425 + CONTRIBUTION_2425 + CARRIED_2324)),
                ("Deferred bid to be heard first", "CSF23-13 Knife amnesty bins and education (£3,300)"),
                (
                    "Delegated limits from 12 March 2024",
                    f"officer {pounds(OFFICER_LIMIT_NEW)}; Bid Panel {pounds(PANEL_LIMIT_NEW)}",
                ),
            ]
        ),
        Spacer(1, 8),
        note("The register is checked against the council's ledger at each year end."),
    ]
    return out


def write_panel(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    return render_pages(path, _panel, Meta(TITLE_PANEL, MERROWGATE), Furniture("", plain=True))


PANEL_BIDS = [b for b in BIDS_2324 if b[2] == "Bid Panel"]
PANEL_REASONS = {
    "CSF23-11": "Supported; staff training costs removed",
    "CSF23-12": "Supported in full",
    "CSF23-13": "Awaiting force match-funding; resubmit in 2024-25 round",
    "CSF23-14": "No evidence of need in Millbrook beyond existing youth offer",
}


def _panel() -> list[Flowable]:
    rows = [["Ref", "Applicant / scheme", "Asked", "Decision", "Award", "Reason"]]
    for ref, _, _, applicant, scheme, _, bid, decision, first, _, _ in PANEL_BIDS:
        rows.append(
            [ref, f"{applicant}: {scheme}", f"£{bid}", decision, f"£{first}" if first else "nil",
             PANEL_REASONS[ref]]
        )  # fmt: skip
    awarded = sum(b[8] for b in PANEL_BIDS)
    return [
        p("MERROWGATE COMMUNITY SAFETY FUND", FORM_B),
        p("BID PANEL - RECORD OF DECISIONS (ROUND 2, 2023-24)", FORM_B),
        p(FICTIONAL, FORM),
        Spacer(1, 4),
        form(
            [
                ["Date of panel", plain_date("2024-02-20")],
                ["Venue", "Room 4, Merrowgate Civic Centre"],
                [
                    "Panel",
                    f"{MANAGER_NEW} (Community Safety Manager, lead officer); {OPCC} (OPCC); "
                    f"{COUNTY} (Westhallow County Council)",
                ],
                ["Notes taken by", ANALYST],
                ["Interests declared", "None"],
                ["Panel limit per bid", f"£{PANEL_LIMIT_OLD}"],
            ],
            (130, 350),
            header=False,
        ),
        Spacer(1, 10),
        form(rows, (56, 130, 46, 84, 42, 122)),
        Spacer(1, 10),
        p(f"Total awarded this round: £{awarded} (seven thousand eight hundred and fifty pounds).", FORM),
        p("To be reported to the Partnership Board on 12 March 2024.", FORM),
        Spacer(1, 18),
        p("Signed: ........K. Dunmore........   Date: 21/02/2024", FORM),
        p("Countersigned (OPCC): ........N. Boateng........", FORM),
    ]
