"""Partnership X's board minutes in three styles. The annual meeting of Wednesday 12 June 2024 as formal
minutes: items numbered "Item 5.", a present / in attendance / apologies grid, decisions in "RESOLVED:"
blocks numbered (1), (2) or (a), (b). The meeting of 16 October 2024 as notes: those present as initials
with a key, narrative paragraphs ("The Board agreed to fund ... at £..."), and an actions table of number,
action, owner and due date. The meeting of 19 March 2025 as minutes numbered "Min. 25/09", each decision
after "Decision:" and each action on an "ACTION:" line."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import STANNERLEY, STANNERLEY_BOARD, STANNERLEY_FUND
from evals.archive.stannerley_funding import (
    ANALYST,
    AVAILABLE_2425,
    AVAILABLE_2526,
    BID,
    BID_REP,
    CARRIED_2425,
    CDP,
    CHAIR,
    CHAIR_OLD,
    CHAPLAINCY,
    CONTRIBUTION_2425,
    CONTRIBUTION_2526,
    DA_SERVICE,
    FIRE_NEW,
    GRANT_2324,
    GRANT_2425,
    GRANT_2526,
    HOUSING,
    HOUSING_REP,
    ICB_REP,
    MANAGER,
    OFFICER_LIMIT_NEW,
    OFFICER_LIMIT_OLD,
    OPCC,
    PANEL_LIMIT_NEW,
    PANEL_LIMIT_OLD,
    PRIORITIES_2425,
    PRIORITIES_2528,
    PROBATION,
    PUBLIC_HEALTH,
    RECOVERY,
    UNDERSPEND_2324,
    VICE,
    VICE_NEW,
    VICE_OLD,
    YOUTH,
    YOUTH_LINK,
)
from evals.archive.stannerley_layout import (
    SMALL,
    Furniture,
    full_date,
    heading,
    keyed,
    masthead,
    note,
    numbered,
    p,
    pounds,
    render_pages,
    ruled,
    subheading,
)

TITLE_JUNE = f"{STANNERLEY_BOARD}: minutes of the annual meeting, 12 June 2024"
TITLE_OCTOBER = f"{STANNERLEY_BOARD}: notes and actions, 16 October 2024"
TITLE_MARCH = f"{STANNERLEY_BOARD}: minutes, 19 March 2025"


def write_minutes_june(path: Path) -> Path:
    return render_pages(
        path,
        _june,
        Meta(TITLE_JUNE, STANNERLEY),
        Furniture("Board minutes: 12 June 2024", foot="{n} of {total}", foot_at="centre"),
    )


def _item(number: int, text: str) -> Flowable:
    return subheading(f"Item {number}.&nbsp;&nbsp;{text}")


def _june() -> list[Flowable]:
    return [
        *masthead(
            STANNERLEY,
            "Partnership Board: minutes of the annual meeting",
            f"{full_date('2024-06-12')}, 2.00pm, the Council Chamber, Stannerley Town Hall",
        ),
        keyed(
            [
                (
                    "Present",
                    f"{CHAIR} (Stannerley Borough Council, Executive Member for Communities and "
                    f"Neighbourhoods), in the chair from Item 3; {VICE_OLD} (Brackenshire Police), in the "
                    "chair "
                    f"for Items 1 and 2; {VICE} (Brackenshire Fire and Rescue Service); {PROBATION} "
                    f"(Probation Service); {ICB_REP} (Brackenshire and Harrowfield ICB); {YOUTH} (Stannerley "
                    f"Youth Justice Service); {HOUSING_REP} ({HOUSING})",
                ),
                (
                    "In attendance",
                    f"{OPCC} (Office of the Police and Crime Commissioner); {MANAGER} (CSP Manager); "
                    f"{ANALYST} (Community Safety Analyst, minutes); {BID_REP} ({BID}, for Item 7)",
                ),
                ("Apologies", f"{PUBLIC_HEALTH} (Director of Public Health)"),
            ]
        ),
        Spacer(1, 4),
        _item(1, "Apologies and quorum"),
        p(
            "Apologies were received as listed. Five responsible authorities were represented and the "
            "meeting was quorate, the quorum being four members of whom two must be responsible "
            "authorities."
        ),
        _item(2, "Declarations of interest"),
        p(
            f"{HOUSING_REP} declared an interest in bid SNF24/04 because {HOUSING} owns homes backing on to "
            "the Chandlers Quay alleys. She left the room for that decision."
        ),
        _item(3, "Election of Chair and Vice-Chair for 2024-25"),
        p(
            f"{VICE_OLD} reported that {CHAIR_OLD}, who had chaired the Board since May 2021, was not "
            "re-elected to the council on 2 May 2024. The Board recorded its thanks to her. He did not seek "
            "re-election as Vice-Chair, as he retires from the police in the autumn."
        ),
        p(
            f"RESOLVED: (1) that {CHAIR} be elected Chair of the Board for 2024-25; (2) that {VICE} be "
            "elected Vice-Chair for 2024-25."
        ),
        _item(4, "Minutes of the meeting held on 13 March 2024"),
        p("RESOLVED: that the minutes be signed as a correct record."),
        _item(5, "Partnership priorities 2024-25"),
        p(
            f"{MANAGER} presented the annual review of priorities. The {CDP}, set up under the national "
            "drugs "
            "strategy, now commissions drug and alcohol work across the borough, and the Serious Violence "
            "Duty asks the partnership to look beyond youth violence."
        ),
        p("RESOLVED:"),
        numbered(
            [
                "that the priorities for 2024-25 be "
                + ", ".join(x.lower() if i else x for i, x in enumerate(PRIORITIES_2425[:-1]))
                + f" and {PRIORITIES_2425[-1].lower()}, the last of these new this year;",
                f"that drug and alcohol harm cease to be a Board priority and be led by the {CDP}, which "
                "will "
                "report to the Board twice a year;",
                "that youth violence and exploitation be widened to serious violence and exploitation.",
            ],
            kind="1",
            form="(%s)",
        ),
        _item(6, f"{STANNERLEY_FUND}: budget 2024-25"),
        p(
            f"The Commissioner's grant for 2024-25 is {pounds(GRANT_2425)}, "
            f"{pounds(GRANT_2324 - GRANT_2425)} "
            f"less than in 2023-24. With the council's {pounds(CONTRIBUTION_2425)} and "
            f"{pounds(UNDERSPEND_2324)} brought forward, {pounds(AVAILABLE_2425)} is available."
        ),
        p(
            "RESOLVED: that the budget be noted and that the delegated limits stay at "
            f"{pounds(OFFICER_LIMIT_OLD)} "
            f"for the CSP Manager and {pounds(PANEL_LIMIT_OLD)} for the Grants Panel until the terms of "
            "reference are reviewed."
        ),
        _item(7, "Bids to the fund, round 1"),
        p("Five bids were considered with officers' scores. RESOLVED:"),
        numbered(
            [
                f"SNF24/01: to approve £12,400 for {DA_SERVICE} to continue its stalking advocacy for a "
                "second year;",
                f"SNF24/02: to approve £11,200 for {YOUTH_LINK}'s detached youth work in Ferrybank;",
                f"SNF24/03: to defer the bid of £8,600 from the {BID} for StoreSafe radios and staff "
                "training "
                "until the BID shows the retailers' match funding;",
                "SNF24/04: to decline the bid of £19,500 from Chandlers Quay Residents' Association for "
                "alley "
                "gates, capital works being outside the fund's criteria, and to refer the residents to the "
                "council's capital programme;",
                "SNF24/05: to approve £9,000 for Brackenshire Police's Operation Sandbar, patrols on ten "
                "summer weekends in Ferrybank and on the seafront.",
            ],
            kind="a",
            form="(%s)",
        ),
        _item(8, "Strategic Assessment 2024"),
        p(
            f"RESOLVED: that {ANALYST} prepare the Strategic Assessment 2024, covering the three financial "
            "years to March 2024, for the Board's meeting in October."
        ),
        _item(9, "Domestic Homicide Review (DHR Juniper)"),
        p(
            "The review commissioned in November 2023 has an independent chair and expects a draft overview "
            "report in December 2024. The Board noted the update."
        ),
        _item(10, "Date of next meeting"),
        p("Wednesday 16 October 2024 at 2.00pm."),
        Spacer(1, 12),
        p("Chair ..................................................  Date .........................", SMALL),
    ]


def write_notes_october(path: Path) -> Path:
    return render_pages(
        path,
        _october,
        Meta(TITLE_OCTOBER, STANNERLEY),
        Furniture("Board notes and actions, 16 October 2024", foot="p.{n}", head_at="right"),
    )


KEY = (
    ("SB", f"{CHAIR}, Chair (Stannerley Borough Council)"),
    ("FC", f"{VICE}, Vice-Chair (Brackenshire Fire and Rescue Service)"),
    ("LM", f"{VICE_NEW} (Brackenshire Police)"),
    ("RO", f"{PROBATION} (Probation Service)"),
    ("HS", f"{ICB_REP} (Brackenshire and Harrowfield ICB)"),
    ("BO", f"{YOUTH} (Stannerley Youth Justice Service)"),
    ("AR", f"{HOUSING_REP} ({HOUSING})"),
    ("MB", f"{OPCC} (OPCC)"),
    ("BA", f"{MANAGER} (CSP Manager)"),
    ("CF", f"{ANALYST} (Community Safety Analyst, notes)"),
    ("CR", f"{BID_REP} ({BID}), for item 4"),
)

ACTIONS_OCTOBER = (
    ("A24/14", "Consult partners and the residents' panel on the five recommended priorities", "CF",
     "29/11/24"),
    ("A24/15", "Write to Keel Recovery Trust explaining the referral to the Combating Drugs Partnership",
     "BA", "25/10/24"),
    ("A24/16", "Issue a revised Operation Sandbar grant agreement for seven weekends", "BA", "31/10/24"),
    ("A24/17", "Draft revised terms of reference (quorum and delegated limits)", "BA", "19/03/25"),
    ("A24/18", "Share anonymised A&amp;E assault data with the analyst each quarter", "HS", "31/01/25"),
    ("A24/19", "Bring the DHR Juniper overview report to the Board", "RO", "11/12/24"),
)  # fmt: skip


def _october() -> list[Flowable]:
    return [
        *masthead(
            STANNERLEY,
            "Board meeting: notes and actions",
            "Wednesday 16 October 2024, 2.00pm to 4.30pm, Ferrybank Community Hub",
        ),
        subheading("Who was there"),
        keyed(KEY, widths=(34, 453)),
        p(f"Apologies: {PUBLIC_HEALTH} (Public Health). Quorate.", SMALL),
        heading("Welcome", "1"),
        p(
            "SB welcomed LM, the new district commander, who joins the Board as the police's member in place "
            f"of {VICE_OLD}, who retired at the end of September. Members thanked Owen for six years on the "
            "Board."
        ),
        heading("Notes of 12 June 2024", "2"),
        p(
            "Agreed. Operation Sandbar ran on ten weekends from July, three of them paid for from the Home "
            "Office's hotspot patrol funding, which the force secured after the June meeting (see item 4)."
        ),
        heading("Strategic Assessment 2024", "3"),
        p(
            "CF presented the assessment. Recorded crime rose by 5.5% in 2023/24; shoplifting rose by a "
            "third "
            "and possession of weapons by almost a third; ASB fell again but a growing share of it is in the "
            "Town Centre ward. Domestic abuse-related crime is at its highest level."
        ),
        p(
            "Members discussed whether fraud belonged among the priorities when it is largely investigated "
            "nationally. MB said older residents' losses to scams were the commonest complaint to the "
            "Commissioner's office. The Board agreed to consult partners and the residents' panel on the "
            "five priorities the assessment recommends and to decide them in March 2025."
        ),
        heading("Safer Neighbourhoods Fund", "4"),
        p(
            "CR confirmed that 26 town centre retailers have pledged £4,300 towards StoreSafe, the match "
            "funding asked for in June. The Board agreed to fund StoreSafe radios and staff training at "
            "£8,600, the sum first requested."
        ),
        p(
            "Because three of the Operation Sandbar weekends were covered by hotspot funding, the Board "
            "amended its decision of 12 June 2024 so that the award for Operation Sandbar is reduced from "
            "£9,000 to £6,300. The police will invoice for seven weekends."
        ),
        p(
            "Thursby Park Boxing Club asked for £7,800 for a girls' boxing and mentoring programme with the "
            "Youth Justice Service. The Board agreed to fund it at £6,000, leaving out equipment the club "
            "can "
            "borrow from the county boxing association."
        ),
        p(
            f"The Board declined {RECOVERY}'s bid of £6,800 for a second year of naloxone peer distribution: "
            f"drug harm is no longer a Board priority and the {CDP} now holds the budget for it. The bid is "
            "referred to that partnership."
        ),
        p(
            "The Board noted that BA approved £1,750 under delegated powers on 23 September 2024 for "
            "Oakwell Community Centre's Halloween and bonfire night diversionary activities. After today's "
            "decisions £34,020 of the year's fund remains uncommitted."
        ),
        heading("Serious violence", "5"),
        p(
            "LM reported two knife arch operations at the railway station in September, with no weapons "
            "found. The refreshed strategic needs assessment will be part of the Strategic Assessment."
        ),
        heading("Terms of reference", "6"),
        p(
            "With more members sending deputies, BA suggested the quorum and the delegated limits be "
            "reviewed together. The Board agreed she should draft changes for March."
        ),
        heading("Any other business", "7"),
        p("HS said the ICB can share anonymised A&amp;E assault data from January 2025."),
        heading("Actions", "8"),
        ruled(
            [["No.", "Action", "Owner", "Due"], *[list(a) for a in ACTIONS_OCTOBER]],
            (46, 340, 44, 56),
        ),
        Spacer(1, 8),
        p("<b>Next meeting:</b> Wednesday 11 December 2024, 2.00pm, Stannerley Town Hall.", SMALL),
        note("Initials are explained in the key at the top. Notes by CF, checked by the Chair."),
    ]


def write_minutes_march(path: Path) -> Path:
    return render_pages(
        path,
        _march,
        Meta(TITLE_MARCH, STANNERLEY),
        Furniture("CSP Board 19.03.2025", foot="Page {n}", foot_at="centre"),
    )


def _minute(number: str, text: str) -> Flowable:
    return subheading(f"Min. {number}&nbsp;&nbsp;{text}")


def _march() -> list[Flowable]:
    return [
        *masthead(
            STANNERLEY,
            f"{STANNERLEY_BOARD}: minutes",
            "Wednesday 19 March 2025 at 10.00am in Committee Room 1, Stannerley Town Hall",
        ),
        p(
            f"<b>Members present:</b> {CHAIR} (Chair); {VICE} (Vice-Chair); {VICE_NEW}; {PROBATION}; "
            f"{ICB_REP}; {YOUTH}; {HOUSING_REP}; {PUBLIC_HEALTH}.",
            SMALL,
        ),
        p(
            f"<b>Also present:</b> {FIRE_NEW} (Brackenshire Fire and Rescue Service, observing); {OPCC} "
            f"(OPCC); {MANAGER} (CSP Manager); {ANALYST} (minutes).",
            SMALL,
        ),
        _minute("25/07", "Apologies"),
        p("None. The meeting was quorate."),
        _minute("25/08", "Minutes of 11 December 2024 and matters arising"),
        p(
            "Agreed. The DHR Juniper overview report, agreed by the Board in December, was published on 28 "
            "February 2025 after the Home Office quality assurance panel accepted it."
        ),
        _minute("25/09", "Vice-Chair"),
        p(
            f"{VICE} leaves the Board on 31 March to lead the fire service's regional protection hub; "
            f"{FIRE_NEW} will be the fire service's member from April. The Chair thanked her for her year "
            "as Vice-Chair."
        ),
        p(
            f"Decision: {VICE_NEW} is elected Vice-Chair from 1 April 2025 until the annual meeting in June "
            "2025."
        ),
        _minute("25/10", "Priorities 2025-26 to 2027-28"),
        p(
            "The consultation agreed in October drew 386 responses, 71% of them supporting the recommended "
            "priorities. Retail crime is folded into the town centre priority; domestic abuse and sexual "
            "violence continue within violence against women and girls."
        ),
        p("Decision: the partnership's priorities from 1 April 2025 are:"),
        numbered(list(PRIORITIES_2528), SMALL),
        _minute("25/11", "Terms of reference"),
        p(
            "Decision: the revised terms of reference are adopted from 1 April 2025. The quorum becomes five "
            "members including three responsible authorities (it was four including two). The CSP "
            f"Manager's delegated limit rises from {pounds(OFFICER_LIMIT_OLD)} to "
            f"{pounds(OFFICER_LIMIT_NEW)} "
            f"and the Grants Panel's from {pounds(PANEL_LIMIT_OLD)} to {pounds(PANEL_LIMIT_NEW)}. The "
            "Director of Public Health becomes a full member."
        ),
        _minute("25/12", "Grants Panel and delegated decisions"),
        p(
            "The Board noted the Grants Panel's record of 22 January 2025: grants of £2,400 to Wenlow "
            "Community Centre and £2,800 to Stannerley Independent Traders (£5,200 in all); a bid deferred; "
            "a bid declined. The deferred bid, Rookley bike marking and locks, came back with figures "
            "showing bike theft in Rookley up by a fifth, and the CSP Manager approved it in full "
            "(£1,200) under delegated powers on 4 March 2025."
        ),
        _minute("25/13", "Bid SNF24/13: Weekend Safe Space"),
        p(
            f"The {CHAPLAINCY} asked for £10,400 to run a Weekend Safe Space in the town centre on Friday "
            "and Saturday nights from April, with first aid, phone charging and a quiet room."
        ),
        p(
            "Decision: approved at £9,750. The volunteers' uniforms (£650) will be paid for by the Town "
            "Centre BID instead."
        ),
        _minute("25/14", f"{STANNERLEY_FUND}: Funding Plan 2025-26"),
        p(
            f"The Commissioner confirmed on 3 March a grant of {pounds(GRANT_2526)} for 2025-26. The "
            "council's "
            f"contribution falls to {pounds(CONTRIBUTION_2526)}. With {pounds(CARRIED_2425)} carried "
            "forward, "
            f"{pounds(AVAILABLE_2526)} is to be allocated."
        ),
        p(
            "Decision: the Funding Plan 2025-26 is agreed, with £24k for violence against women and girls "
            "the largest line."
        ),
        p(f"ACTION: {MANAGER} to publish the Funding Plan and open round 1 on 1 April 2025.", SMALL),
        _minute("25/15", "Annual report"),
        p(f"ACTION: {ANALYST} to draft the Annual Report 2024-25 for the annual meeting.", SMALL),
        p(
            f"ACTION: {VICE_NEW} to convene the Serious Violence Group under the new terms of reference by "
            "30 April 2025.",
            SMALL,
        ),
        _minute("25/16", "Next meeting"),
        p("The annual meeting: Wednesday 11 June 2025, 2.00pm, the Council Chamber."),
    ]
