"""Partnership Z's governing papers of March 2025. Terms of Reference version 2.1: clauses numbered 1.1,
1.2, ... on two-column pages, a membership table with the kind of member and a vote, the quorum and the
delegated limits as raised (the old ones stated beside them), a new Funding Panel, sub-groups and their
chairs, a table of versions. A Community Safety Fund Prospectus 2025/26 whose headings are questions
("Who can apply?"), money written "£7,500.00" and ring-fences in £k, two bidding rounds with dates like
"Fri 9 May 2025". And an Action Plan 2025/26 on landscape pages: actions coded "VAWG1" or "RC2" with lead,
quarter due and a red, amber or green status, and measures with a baseline and a target."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.brackenholme_facts import (
    ANALYST_COST_2526,
    AVAILABLE_2526,
    CARRIED_2425,
    CHAIR,
    COUNCIL,
    DHR_RESERVE_2526,
    GRANT_2526,
    HARBOUR_REP,
    MANAGER,
    NEW_LIMIT,
    OLD_LIMIT,
    PANEL_LIMIT,
    PRIORITIES_2528,
    RING_FENCES_2526,
    SVD_2526,
    VICE,
)
from evals.archive.brackenholme_layout import (
    COLUMN,
    LAND_WIDTH,
    Furniture,
    banded,
    bullets,
    cover,
    heading,
    keyed,
    note,
    p,
    pence,
    pounds,
    render_pages,
    subheading,
    thousands,
)
from evals.archive.common import Meta
from evals.archive.names import BRACKENHOLME

TITLE_TERMS = "Brackenholme Community Safety Partnership Terms of Reference (version 2.1, March 2025)"
TITLE_PROSPECTUS = "Brackenholme Community Safety Fund Prospectus 2025/26"
TITLE_PLAN = "Brackenholme Community Safety Partnership Action Plan 2025/26"


def write_terms(path: Path) -> Path:
    furniture = Furniture("Terms of Reference v2.1", foot="ToR v2.1 – {n}")
    return render_pages(path, _terms, Meta(TITLE_TERMS, BRACKENHOLME), furniture)


def write_prospectus(path: Path) -> Path:
    furniture = Furniture(
        "Fund Prospectus 2025/26", foot="Community Safety Fund 2025/26 Prospectus  |  {n}", foot_at="right"
    )
    return render_pages(path, _prospectus, Meta(TITLE_PROSPECTUS, BRACKENHOLME), furniture)


def write_plan(path: Path) -> Path:
    furniture = Furniture("Action Plan 2025/26", foot="Action Plan 2025-26 | {n} of {total}", foot_at="left")
    return render_pages(path, _plan, Meta(TITLE_PLAN, BRACKENHOLME), furniture, first="landscape")


def _clause(number: str, text: str) -> Flowable:
    return p(f"<b>{number}</b>&nbsp;&nbsp;{text}")


def _terms() -> list[Flowable]:
    members = [
        ["Member", "Kind", "Vote"],
        [
            "Brackenholme Borough Council (2 seats: cabinet member and Director of Communities)",
            "Responsible authority",
            "Yes",
        ],
        ["Wendlesea Police", "Responsible authority", "Yes"],
        ["Wendlesea Fire and Rescue Service", "Responsible authority", "Yes"],
        ["The Probation Service", "Responsible authority", "Yes"],
        ["NHS Wendlesea and Dunholt Integrated Care Board", "Responsible authority", "Yes"],
        ["Office of the Police and Crime Commissioner", "Adviser", "No"],
        ["Brackenholme Youth Justice Service", "Co-opted member", "Yes"],
        ["Brackenholme Homes", "Co-opted member", "Yes"],
        ["Harbour Lights Domestic Abuse Service", "Co-opted member", "Yes"],
        ["Director of Public Health", "Co-opted member", "Yes"],
    ]
    versions = [
        ["Version", "Date", "Change"],
        ["1.0", "June 2019", "First terms of reference"],
        ["2.0", "June 2022", "Serious Violence Duty added; sub-groups renamed"],
        ["2.1", "March 2025", "Quorum raised; delegated limit raised; Funding Panel created"],
    ]
    return [
        *cover(
            "Governance",
            "Terms of Reference",
            "Executive Board of the Brackenholme Community Safety Partnership · version 2.1 · approved "
            "19 March 2025",
        ),
        Spacer(1, 6),
        heading("Purpose", "1."),
        _clause(
            "1.1",
            "The Brackenholme Community Safety Partnership is the community safety partnership for "
            "the borough under section 5 of the Crime and Disorder Act 1998.",
        ),
        _clause(
            "1.2",
            "Its Executive Board sets the Partnership's priorities from a strategic assessment, "
            "agrees a Partnership Plan and an annual action plan, and decides how the Community Safety "
            "Fund is spent.",
        ),
        _clause("1.3", "The priorities for 2025-28 are: " + "; ".join(PRIORITIES_2528) + "."),
        heading("Membership", "2."),
        banded(members, (270, 130, 50), first_bold=True),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("Chair and Vice-Chair", "3."),
        _clause(
            "3.1",
            "The Board elects a Chair and a Vice-Chair at its annual meeting in June, from different "
            "responsible authorities.",
        ),
        _clause("3.2", f"At the date of this version the Chair is {CHAIR} and the Vice-Chair is {VICE}."),
        heading("Meetings and quorum", "4."),
        _clause(
            "4.1",
            "The Board meets four times a year (June, September, December and March). The Chair may "
            "call an extraordinary meeting, in person or online, on five working days' notice.",
        ),
        _clause(
            "4.2",
            "A meeting is quorate when five members are present, at least three of them from "
            "different responsible authorities. (Until version 2.1 the quorum was three members "
            "including two responsible authorities.)",
        ),
        _clause(
            "4.3",
            "Decisions are by consensus; failing that, by a simple majority of voting members "
            "present, the Chair having a casting vote.",
        ),
        _clause("4.4", "A member with an interest in an item declares it and takes no part in the decision."),
        heading("Funding decisions", "5."),
        _clause(
            "5.1",
            f"The Community Safety Manager may approve a bid of up to {pounds(NEW_LIMIT)} under "
            f"delegated powers (raised from {pounds(OLD_LIMIT)} in version 2.1) and reports it to the "
            "next Board meeting.",
        ),
        _clause(
            "5.2",
            f"A Funding Panel of three voting members decides bids over {pounds(NEW_LIMIT)} and up "
            f"to {pounds(PANEL_LIMIT)}. It meets after each bidding round.",
        ),
        _clause(
            "5.3",
            f"Bids over {pounds(PANEL_LIMIT)}, and any change to an award already made, are decided "
            "by the Board.",
        ),
        heading("Sub-groups", "6."),
        keyed(
            [
                ("VAWG Sub-group", f"Chair: {HARBOUR_REP}, Harbour Lights"),
                ("Serious Violence Delivery Group", f"Chair: {VICE}"),
                ("ASB and Retail Crime Group", f"Chair: {MANAGER}, Community Safety Manager"),
                ("Funding Panel", "Chair: the Vice-Chair of the Board"),
            ],
            (100, COLUMN - 100),
        ),
        heading("Review", "7."),
        _clause("7.1", "These terms are reviewed every three years or when the law changes."),
        NextPageTemplate("portrait"),
        PageBreak(),
        subheading("Versions"),
        banded(versions, (60, 90, 300)),
    ]


def _prospectus() -> list[Flowable]:
    for_bids = AVAILABLE_2526 - ANALYST_COST_2526 - DHR_RESERVE_2526
    fences = [["Ring-fence", "£k", "Share"]] + [
        [name, thousands(amount), f"{amount / for_bids * 100:.0f}%"] for name, amount in RING_FENCES_2526
    ]
    fences.append(["Total for bids", thousands(for_bids), "100%"])
    return [
        *cover(
            "Funding",
            "Community Safety Fund: Prospectus 2025/26",
            "How to bid, what we fund and how we decide · Brackenholme Community Safety Partnership",
        ),
        heading("How much money is there?"),
        banded(
            [
                ["Income 2025/26", "£"],
                ["Police and Crime Commissioner's Community Safety Grant", pence(GRANT_2526)],
                ["Serious Violence Duty allocation (via the Commissioner)", pence(SVD_2526)],
                ["Brackenholme Borough Council contribution", pence(COUNCIL)],
                ["Carried forward from 2024/25", pence(CARRIED_2425)],
                ["Total", pence(AVAILABLE_2526)],
            ],
            (320, 110),
            figures=(1,),
            total=True,
        ),
        p(
            f"Before bidding opens the Board has set aside {pence(ANALYST_COST_2526)} for the Partnership "
            f"analyst and {pence(DHR_RESERVE_2526)} as a reserve for domestic homicide reviews, leaving "
            f"{pence(for_bids)} for bids, ring-fenced by priority:"
        ),
        banded(fences, (300, 60, 60), figures=(1, 2), total=True),
        heading("Who can apply?"),
        p(
            "Voluntary and community groups, charities, social enterprises, schools and the public bodies on "
            "the Partnership. Groups must have a bank account in the organisation's name and a safeguarding "
            "policy."
        ),
        heading("How much can I ask for?"),
        p(
            f"From {pence(500)} to {pence(PANEL_LIMIT)}. Small grants of up to {pence(1000)} can be asked "
            "for at any time and are decided within three weeks."
        ),
        heading("What will the fund not pay for?"),
        bullets(
            [
                "capital works such as building, lighting, gates or fencing",
                "work that has already started or is a statutory duty of the applicant",
                "projects longer than twelve months",
                "salaries for posts that are not linked to a priority",
            ]
        ),
        heading("When are the rounds?"),
        banded(
            [
                ["Round", "Opens", "Closes", "Decided by", "Decision date"],
                [
                    "Round 1",
                    "Tue 1 April 2025",
                    "Fri 9 May 2025",
                    "Funding Panel / Board",
                    "Wed 11 June 2025",
                ],
                ["Round 2", "Mon 1 Sept 2025", "Fri 3 Oct 2025", "Funding Panel / Board", "Wed 10 Dec 2025"],
            ],
            (60, 95, 95, 120, 100),
        ),
        heading("Who decides?"),
        p(
            f"Bids up to {pence(NEW_LIMIT)}: the Community Safety Manager. Bids from {pence(NEW_LIMIT + 1)} "
            f"to {pence(PANEL_LIMIT)}: the Funding Panel. Anything larger, and any change to an award: the "
            "Executive Board (Terms of Reference, section 5)."
        ),
        heading("How are bids scored?"),
        banded(
            [
                ["Criterion", "Points"],
                ["Fit with a 2025-28 priority", "30"],
                ["Evidence of need", "25"],
                ["Outcomes and how they are measured", "20"],
                ["Value for money", "15"],
                ["Partnership and match funding", "10"],
                ["Total (bids under 60 are not funded)", "100"],
            ],
            (300, 60),
            figures=(1,),
            total=True,
        ),
        p("Send bids to community.safety@brackenholme.example using form CSF1."),
    ]


def _plan() -> list[Flowable]:
    widths = (46, 250, 130, 60, 70, LAND_WIDTH - 556)
    actions = [
        ["Code", "Action", "Lead", "Due", "Status", "Done when"],
        [
            "VAWG1",
            "Run the young people's domestic abuse worker service in all secondary schools",
            "Harbour Lights",
            "Q2",
            "Green",
            "All 9 schools have a named contact",
        ],
        [
            "VAWG2",
            "Review routes through MARAC for repeat victims (assessment R6)",
            "VAWG Sub-group",
            "Q3",
            "Amber",
            "Review reported to the Board",
        ],
        [
            "VAWG3",
            "Complete DHR 2024/01 'Dorothy' and publish it",
            "Community Safety Manager",
            "Q3",
            "Amber",
            "Published after Home Office sign-off",
        ],
        [
            "SV1",
            "Refresh the serious violence strategy from the problem profile",
            "SV Delivery Group",
            "Q2",
            "Green",
            "Strategy agreed by the Board",
        ],
        [
            "SV2",
            "Extend Blunt Truth sessions to primary year 6",
            "Brackenholme College",
            "Q4",
            "Green",
            "1,000 year 6 pupils reached",
        ],
        [
            "SV3",
            "Weapons sweeps and knife arches at night-time venues",
            "Wendlesea Police",
            "Q1-Q4",
            "Green",
            "Monthly operation logged",
        ],
        [
            "ASB1",
            "Problem-solving plans for Brackenholme Central, Moorside and Eastgate",
            "ASB and Retail Crime Group",
            "Q2",
            "Amber",
            "Three plans agreed",
        ],
        [
            "ASB2",
            "Install the upgraded CCTV at Eastgate car park (BCSF24-08)",
            "ASB Team",
            "Q1",
            "Red",
            "Cameras live; delayed by the supplier",
        ],
        [
            "RC1",
            "Extend the Shopwatch radio link to Netherby",
            "Business Improvement District",
            "Q3",
            "Green",
            "20 more shops linked",
        ],
        [
            "RC2",
            "Set up a retail crime tasking meeting every month",
            "Wendlesea Police",
            "Q1",
            "Green",
            "First meeting held",
        ],
    ]
    measures = [
        ["Priority", "Measure", "Baseline (2024/25)", "Target 2025/26"],
        ["Violence against women and girls", "Repeat victims at MARAC", "29.6%", "27%"],
        ["Serious violence and knife crime", "Possession of weapons offences", "94", "85"],
        ["Serious violence and knife crime", "Hospital admissions, sharp object", "12", "10"],
        ["Anti-social behaviour and neighbourhood crime", "ASB incidents", "4,402", "4,100"],
        ["Retail crime and shop theft", "Shoplifting offences", "1,106", "1,000"],
    ]
    return [
        *cover(
            "Delivery",
            "Action Plan 2025/26",
            "Year 1 of the Partnership Plan 2025-28 · agreed by the Executive Board on 19 March 2025",
            width=LAND_WIDTH,
        ),
        Spacer(1, 6),
        p(
            "Status at 19 March 2025: Green on track, Amber at risk, Red delayed. Due dates are quarters of "
            "2025/26 (Q1 April to June)."
        ),
        banded(actions, widths),
        PageBreak(),
        heading("Measures"),
        banded(measures, (220, 220, 110, 110), figures=(2, 3)),
        note(f"Plan owner: {MANAGER}. Reviewed by the Board each quarter."),
    ]
