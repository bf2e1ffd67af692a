"""Partnership X's annual reports. The Annual Report 2023-24 (July 2024): one column, a contents list on
page 1, sections numbered 1 to 10, an introduction by the new Chair about a year chaired by his predecessor,
the members, four priorities, the fund's awards in a table whose columns run meeting date ("14.06.2023"),
project, lead organisation, priority and amount in pounds and pence, a budget summary, stories restating
sums in words, performance of two financial years, the Serious Violence Duty and a domestic homicide review;
its running head sits at the left over a rule and its foot reads "Page 3 of 6". The Annual Report 2024/25
(July 2025): two-column pages with unnumbered headings, the Chair's foreword, a boxed "in numbers" callout,
the meetings held, the priorities of 2024/25 and those from April 2025, members and their changes, stories,
every bid of the year on a landscape page in £k (asked, who decided, the decision and its date, the final
sum), the budget, the domestic homicide review and a performance table; its head is centred in capitals
with no rule and its foot is "Annual Report 2024 to 2025 ..... 3"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import STANNERLEY, STANNERLEY_FUND, STANNERLEY_SHORT
from evals.archive.stannerley_funding import (
    ANALYST,
    AVAILABLE_2324,
    AVAILABLE_2425,
    AWARDED_2324,
    BIDS_2425,
    BROUGHT_2324,
    CARRIED_2425,
    CDP,
    CHAIR,
    CHAIR_OLD,
    CONTRIBUTION_2324,
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
    NET_2425,
    OPCC,
    PRIORITIES_2324,
    PRIORITIES_2425,
    PRIORITIES_2528,
    PROBATION,
    PUBLIC_HEALTH,
    UNDERSPEND_2324,
    VICE,
    VICE_NEW,
    VICE_OLD,
    YOUTH,
)
from evals.archive.stannerley_funding import AWARDS_2324 as AWARDS
from evals.archive.stannerley_layout import (
    SMALL,
    Furniture,
    bare,
    bullets,
    callout,
    caption,
    dotted_date,
    heading,
    in_k,
    keyed,
    masthead,
    note,
    numbered,
    p,
    pence,
    pounds,
    render_pages,
    ruled,
    subheading,
)

TITLE_2324 = f"{STANNERLEY} Annual Report 2023-24"
TITLE_2425 = f"{STANNERLEY} Annual Report 2024/25"


def write_annual_report_2324(path: Path) -> Path:
    return render_pages(
        path,
        _story_2324,
        Meta(TITLE_2324, STANNERLEY),
        Furniture(f"{STANNERLEY_SHORT} | Annual Report 2023-24"),
    )


def _story_2324() -> list[Flowable]:
    award_rows = [["Board meeting", "Project", "Lead organisation", "Priority", "Amount"]]
    for when, project, lead, priority, amount in AWARDS:
        award_rows.append([dotted_date(when), project, lead, priority, pence(amount)])
    award_rows.append(["Total", "Eight projects", "", "", pence(AWARDED_2324)])
    return [
        *masthead(STANNERLEY, "Annual Report 2023-24", "1 April 2023 to 31 March 2024. Published July 2024"),
        subheading("Contents"),
        keyed(
            [
                ("1", "Introduction from the Chair"),
                ("2", "About the partnership"),
                ("3", "Priorities for 2023-24"),
                ("4", f"The {STANNERLEY_FUND}"),
                ("5", "Budget summary"),
                ("6", "Making a difference: three projects"),
                ("7", "How crime and disorder changed"),
                ("8", "The Serious Violence Duty"),
                ("9", "Domestic homicide reviews"),
                ("10", "Looking ahead"),
            ],
            widths=(30, 457),
        ),
        heading("Introduction from the Chair", "1"),
        p(
            "I was elected Chair at the Board's annual meeting in June 2024, so this report describes a "
            "year "
            f"led by my predecessor, {CHAIR_OLD}, who chaired the partnership from May 2021 until she left "
            "the council in May 2024. I thank her, and our Vice-Chair for the year, "
            f"{VICE_OLD} of Brackenshire Police, for their leadership."
        ),
        p(
            "It was a year of rising shoplifting and weapon possession, but also of falling anti-social "
            "behaviour, the partnership's first Serious Violence Strategy, and eight projects funded from "
            "the "
            "Safer Neighbourhoods Fund."
        ),
        p(f"<i>{CHAIR}, Chair, Stannerley Community Safety Partnership</i>"),
        heading("About the partnership", "2"),
        p(
            "The Stannerley Community Safety Partnership brings together the bodies the Crime and Disorder "
            "Act 1998 makes responsible for reducing crime and disorder in the borough of Stannerley, a "
            "unitary council area on the Brack estuary. The Board met on 14 June 2023, 13 September 2023, "
            "6 December 2023 and 13 March 2024. Its members in 2023-24 were:"
        ),
        bullets(
            [
                f"{CHAIR_OLD} (Chair), Stannerley Borough Council",
                f"{VICE_OLD} (Vice-Chair), Brackenshire Police",
                f"{VICE}, Brackenshire Fire and Rescue Service",
                f"{PROBATION}, Probation Service",
                f"{ICB_REP}, Brackenshire and Harrowfield Integrated Care Board",
                f"{YOUTH}, Stannerley Youth Justice Service (co-opted)",
                f"{HOUSING_REP}, {HOUSING} (co-opted)",
                f"{OPCC}, Office of the Police and Crime Commissioner (adviser)",
            ],
            SMALL,
        ),
        KeepTogether(
            [
                heading("Priorities for 2023-24", "3"),
                p("Drawn from the 2022 strategic assessment, the Board's four priorities for the year were:"),
                numbered(list(PRIORITIES_2324)),
            ]
        ),
        heading(f"The {STANNERLEY_FUND}", "4"),
        p(
            "The fund combines the Police and Crime Commissioner's community safety grant with a "
            "contribution "
            "from the council. The Board decides bids at each of its quarterly meetings."
        ),
        caption("Table 1. Projects funded in 2023-24"),
        ruled(award_rows, (62, 140, 120, 106, 59), figures=(4,), total=True),
        heading("Budget summary", "5"),
        ruled(
            [
                ["", "£"],
                ["Police and Crime Commissioner grant", bare(GRANT_2324)],
                ["Stannerley Borough Council contribution", bare(CONTRIBUTION_2324)],
                ["Brought forward from 2022-23", bare(BROUGHT_2324)],
                ["Total available", bare(AVAILABLE_2324)],
                ["Awarded (Table 1)", bare(AWARDED_2324)],
                ["Underspend carried forward to 2024-25", bare(UNDERSPEND_2324)],
            ],
            (300, 80),
            figures=(1,),
        ),
        heading("Making a difference: three projects", "6"),
        subheading("Sanctuary locks and video doorbells"),
        p(
            f"Fourteen and a half thousand pounds allowed {DA_SERVICE} to make 118 homes safer for survivors "
            "of domestic abuse who chose to stay in their own homes, with new locks, door chains and video "
            "doorbells fitted within a week of referral."
        ),
        subheading("Knife crime workshops"),
        p(
            "With just under £9.5k the Youth Justice Service ran workshops for 3,400 pupils in all six "
            "secondary schools, led by a youth worker and a trauma surgeon from the district hospital."
        ),
        subheading("Licensed venues radio network"),
        p(
            "Twenty-two pubs and bars joined a shared radio network with the council's CCTV room, so door "
            "staff can warn each other about people who have been refused entry or caused trouble."
        ),
        heading("How crime and disorder changed", "7"),
        ruled(
            [
                ["Measure", "2022/23", "2023/24", "Change"],
                ["Police recorded crime", "9,146", "9,649", "+5.5%"],
                ["Anti-social behaviour incidents", "3,235", "3,098", "-4.2%"],
                ["Domestic abuse-related crime", "1,719", "1,804", "+4.9%"],
                ["Shoplifting", "704", "936", "+33.0%"],
                ["Possession of weapons", "72", "94", "+30.6%"],
            ],
            (200, 70, 70, 60),
            figures=(1, 2, 3),
        ),
        note("Financial years. Source: Brackenshire Police and Stannerley Borough Council."),
        heading("The Serious Violence Duty", "8"),
        p(
            "The partnership published its first Serious Violence Strategy on 31 January 2024, built on a "
            "strategic needs assessment written with the youth justice and health members."
        ),
        heading("Domestic homicide reviews", "9"),
        p(
            "The Board commissioned one review in November 2023, DHR Juniper, after the death of a woman in "
            "September 2023. An independent chair has been appointed."
        ),
        heading("Looking ahead", "10"),
        p(
            "The Board agreed its priorities for 2024-25 at the annual meeting on 12 June 2024, and a new "
            "Strategic Assessment will be presented in the autumn of 2024."
        ),
    ]


def write_annual_report_2425(path: Path) -> Path:
    return render_pages(
        path,
        _story_2425,
        Meta(TITLE_2425, STANNERLEY),
        Furniture(
            "STANNERLEY COMMUNITY SAFETY PARTNERSHIP  \u00b7  ANNUAL REPORT 2024/25",
            foot="Annual Report 2024 to 2025",
            head_at="centre",
            rule=False,
            leader=True,
        ),
        first="columns",
    )


MEMBERS_2425 = (
    ("Stannerley Borough Council", CHAIR, f"Chair from June 2024 (succeeding {CHAIR_OLD})"),
    ("Stannerley Borough Council", PUBLIC_HEALTH, "Full member from April 2025"),
    ("Brackenshire Police", VICE_OLD, "Retired September 2024"),
    ("Brackenshire Police", VICE_NEW, "Joined October 2024; Vice-Chair from April 2025"),
    ("Brackenshire Fire and Rescue Service", VICE, "Vice-Chair June 2024 to March 2025; left"),
    ("Brackenshire Fire and Rescue Service", FIRE_NEW, "Member from April 2025"),
    ("Probation Service", PROBATION, ""),
    ("Brackenshire and Harrowfield ICB", ICB_REP, ""),
    ("Stannerley Youth Justice Service", YOUTH, "Co-opted"),
    (HOUSING, HOUSING_REP, "Co-opted"),
)
DECIDERS = {"Board": "Board", "Officer": "CSP Manager", "Grants Panel": "Grants Panel"}
PRIORITY_NAMES = {
    "DASV": "Domestic abuse and sexual violence",
    "ASB": "Anti-social behaviour",
    "SVE": "Serious violence and exploitation",
    "BRC": "Business and retail crime",
    "-": "None",
}


def _decision_text(decision: str, first: int, change: str, when: str) -> str:
    text = f"{in_k(first) if first else decision} ({dotted_date(when)})"
    return f"{text}; {change}" if change else text


def _story_2425() -> list[Flowable]:
    fund_rows = [["Ref", "Scheme", "Lead organisation", "Priority", "Asked £k", "Decided by",
                  "First decision, then any change", "Final £k"]]  # fmt: skip
    for ref, when, by, lead, scheme, code, asked, decision, first, change, net in BIDS_2425:
        fund_rows.append(
            [ref, scheme, lead, PRIORITY_NAMES[code], in_k(asked), DECIDERS[by],
             _decision_text(decision, first, change, when), in_k(net)]
        )  # fmt: skip
    fund_rows.append(["", "Total", "13 bids", "", in_k(sum(b[6] for b in BIDS_2425)), "", "", in_k(NET_2425)])
    return [
        *masthead(STANNERLEY, "Annual Report 2024/25", "April 2024 to March 2025. Published July 2025"),
        heading("Foreword from the Chair"),
        p(
            "This is my first full year as Chair. The Board agreed new priorities for the next three years "
            "after consulting residents, revised its terms of reference, and funded ten projects."
        ),
        p(
            f"I thank {VICE}, our Vice-Chair until March 2025, and welcome {VICE_NEW}, Vice-Chair from "
            "April, who joined us in October as the police's district commander."
        ),
        p(f"<i>{CHAIR}, Chair</i>"),
        callout(
            "2024/25 in numbers",
            [
                f"10 projects funded, {pounds(NET_2425)} net",
                "3 bids declined; 2 deferred and later approved",
                "386 responses to the priorities consultation",
                f"{pounds(CARRIED_2425)} carried forward to 2025/26",
            ],
            232,
        ),
        heading("The Board's year"),
        p(
            "The Board met on 12 June 2024 (the annual meeting), 16 October 2024, 11 December 2024 and 19 "
            f"March 2025. The Grants Panel, chaired by {MANAGER}, met on 22 January 2025."
        ),
        heading("Priorities"),
        p("The priorities agreed for 2024/25 at the annual meeting were:"),
        bullets(list(PRIORITIES_2425), SMALL),
        p(
            f"Drug and alcohol harm, a priority in 2023/24, passed to the {CDP}. From April 2025, after the "
            "2024 Strategic Assessment and a public consultation, the priorities are:"
        ),
        numbered(list(PRIORITIES_2528), SMALL),
        heading("Members and changes"),
        ruled(
            [["Organisation", "Member", "Change in the year"], *[list(m) for m in MEMBERS_2425]],
            (78, 70, 84),
        ),
        heading("Stories from the year"),
        subheading("StoreSafe"),
        p(
            "Twenty-six town centre shops now share radios with the CCTV room and the police. The scheme, "
            "funded with eight thousand six hundred pounds once retailers had pledged their share, trained "
            "140 shop staff in the first six months.",
            SMALL,
        ),
        subheading("Girls' boxing and mentoring"),
        p(
            "Thursby Park Boxing Club worked with 48 girls, 15 of them referred by the Youth Justice "
            "Service; the Board's six thousand pounds paid for coaches and mentors.",
            SMALL,
        ),
        subheading("Weekend Safe Space"),
        p(
            "The Street Chaplaincy's Safe Space opens on Friday and Saturday nights from April 2025 in the "
            "old tourist information centre.",
            SMALL,
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading(f"{STANNERLEY_FUND}: every bid decided in 2024/25 (£k)"),
        ruled(fund_rows, (44, 130, 120, 92, 44, 62, 188, 44), figures=(4, 7), total=True),
        note(
            "Asked: the sum bid. First decision: the sum first awarded (or the decision) and the date. "
            "Final: "
            "after any later change; declined bids are shown at 0.0."
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("Budget"),
        ruled(
            [
                ["2024/25", "£"],
                ["Commissioner's grant", bare(GRANT_2425)],
                ["Council contribution", bare(CONTRIBUTION_2425)],
                ["Brought forward from 2023/24", bare(UNDERSPEND_2324)],
                ["Available", bare(AVAILABLE_2425)],
                ["Net awards", bare(NET_2425)],
                ["Carried forward to 2025/26", bare(CARRIED_2425)],
            ],
            (160, 70),
            figures=(1,),
        ),
        p(
            f"For 2025/26 the Commissioner's grant is {pounds(GRANT_2526)} and the council's contribution "
            f"{pounds(CONTRIBUTION_2526)}, two thousand pounds less than this year.",
            SMALL,
        ),
        heading("Domestic homicide review"),
        p(
            "The DHR Juniper overview report was published on 28 February 2025. Its seven recommendations "
            "include routine enquiry about abuse in GP surgeries and a single referral route to the "
            "domestic abuse service.",
            SMALL,
        ),
        CondPageBreak(140),
        heading("Performance"),
        ruled(
            [
                ["Measure", "2023/24", "2024/25"],
                ["Police recorded crime", "9,649", "9,402"],
                ["ASB incidents", "3,098", "2,911"],
                ["Domestic abuse-related crime", "1,804", "1,858"],
                ["Shoplifting", "936", "1,012"],
                ["Possession of weapons", "94", "81"],
            ],
            (120, 55, 55),
            figures=(1, 2),
        ),
        note(f"Financial years. Compiled by {ANALYST}."),
        Spacer(1, 4),
    ]
