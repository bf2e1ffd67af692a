"""Partnership Z's two annual reports. The Annual Report 2023-24 (May 2024): a cover page with an "at a
glance" box and contents, then sections lettered A to G on two-column pages (the outgoing Chair's
foreword, the members in prose, the three priorities as a list, the year's awards in a banded table with
one decided under delegation and a bid declined, money in and out, stories restating sums in words, a
domestic homicide review). The Annual Report 2024-25 (July 2025): numbered parts with run-in headings on
one column (a new Chair's foreword, the members in a table, old and new priorities, the money), every bid
of the year on a landscape page with the sum asked, the first decision, any later change and the final
sum, and measures over two years."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.brackenholme_facts import (
    ANALYST,
    ANALYST_COST_2324,
    ANALYST_COST_2425,
    AVAILABLE_2324,
    AVAILABLE_2425,
    AWARDED_2324,
    AWARDED_2425,
    AWARDS_2324,
    BIDS_2425,
    BOROUGH,
    CARRIED_2223,
    CARRIED_2324,
    CARRIED_2425,
    CHAIR,
    CHAIR_OLD,
    COUNCIL,
    DHR_2324,
    DHR_2425,
    FIRE_REP,
    GRANT_2324,
    GRANT_2425,
    HARBOUR,
    HARBOUR_REP,
    HOUSING_REP,
    ICB_REP,
    KINGSMEAD,
    MANAGER,
    OPCC_REP,
    PRIORITIES_2325,
    PRIORITIES_2528,
    PROBATION,
    PUBLIC_HEALTH,
    SKATEPARK_ASK,
    SPENT_2324,
    SPENT_2425,
    SV_PROFILE_2425,
    TOWN_COUNCIL,
    VICE,
    VICE_OLD,
    YJS_REP,
)
from evals.archive.brackenholme_layout import (
    LAND_WIDTH,
    SMALL,
    WIDTH,
    Furniture,
    banded,
    bullets,
    callout,
    caption,
    cover,
    dotted_date,
    heading,
    note,
    numbered,
    p,
    pounds,
    render_pages,
    runin,
    subheading,
)
from evals.archive.common import Meta
from evals.archive.names import BRACKENHOLME

TITLE_2324 = "Brackenholme Community Safety Partnership Annual Report 2023-24"
TITLE_2425 = "Brackenholme Community Safety Partnership Annual Report 2024/25"


def write_annual_report_2324(path: Path) -> Path:
    return render_pages(
        path, _report_2324, Meta(TITLE_2324, BRACKENHOLME), Furniture("Annual Report 2023-24")
    )


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture("Annual Report 2024/25", foot="AR 2024/25 • Page {n} of {total}", foot_at="right")
    return render_pages(path, _report_2425, Meta(TITLE_2425, BRACKENHOLME), furniture)


def _report_2324() -> list[Flowable]:
    story: list[Flowable] = [
        *cover(
            "Annual Report · April 2023 to March 2024",
            "Safer Brackenholme: our year 2023-24",
            "Published May 2024 by the Executive Board of the Brackenholme Community Safety Partnership",
        ),
        Spacer(1, 10),
        callout(
            "2023-24 at a glance",
            [
                f"{len(AWARDS_2324)} projects funded from the Community Safety Fund, worth "
                f"{pounds(AWARDED_2324)}",
                f"{pounds(AVAILABLE_2324)} available to the Partnership, {pounds(CARRIED_2324)} carried into "
                "2024-25",
                "1 domestic homicide review completed and published",
                "4 Executive Board meetings and 1 development session",
            ],
            WIDTH,
        ),
        Spacer(1, 12),
        subheading("Contents"),
        p(
            "A. Foreword from the Chair &nbsp;&nbsp; B. About the Partnership &nbsp;&nbsp; C. Our priorities "
            "&nbsp;&nbsp; D. The Community Safety Fund &nbsp;&nbsp; E. Money in and money out &nbsp;&nbsp; "
            "F. Stories from the year &nbsp;&nbsp; G. Reviews and duties"
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("Foreword from the Chair", "A."),
        p(
            "This is my third and last foreword as Chair. Since the borough elections in May 2024 I "
            "no longer "
            "hold the cabinet portfolio for communities, and I will stand down as Chair at the Executive "
            "Board's annual meeting in June 2024; the Board will elect my successor then."
        ),
        p(
            "It has been a year of steady work rather than headlines. Our Sanctuary scheme has made "
            "more than "
            "sixty homes safer for people escaping domestic abuse, the redeployable cameras have "
            "followed the "
            "problems around the town centre, and Operation Thornfield has closed two addresses used for "
            "dealing. I thank every partner for their time."
        ),
        p(f"<i>{CHAIR_OLD}, Chair, Brackenholme Community Safety Partnership</i>"),
        heading("About the Partnership", "B."),
        p(
            "The Brackenholme Community Safety Partnership is the statutory partnership for the "
            "borough under "
            "the Crime and Disorder Act 1998. Its Executive Board meets four times a year. In 2023-24 the "
            f"Board was chaired by {CHAIR_OLD} of {BOROUGH}, with {VICE_OLD} of Wendlesea Police as "
            "Vice-Chair."
        ),
        p(
            "The responsible authorities are Brackenholme Borough Council, Wendlesea Police, Wendlesea Fire "
            "and Rescue Service, the Probation Service and NHS Wendlesea and Dunholt Integrated Care Board. "
            f"The Board also welcomes the Office of the Police and Crime Commissioner ({OPCC_REP}), "
            f"Brackenholme Youth Justice Service ({YJS_REP}), Brackenholme Homes ({HOUSING_REP}), "
            f"{HARBOUR} ({HARBOUR_REP}) and the council's Director of Public Health ({PUBLIC_HEALTH}). "
            f"The Community Safety Manager, {MANAGER}, supports the Board and the Fund, and the "
            f"Partnership's analyst is {ANALYST}."
        ),
        heading("Our priorities", "C."),
        p(
            "The Partnership Plan 2023-25, agreed in March 2023 from the 2022 strategic assessment, "
            "set three "
            "priorities:"
        ),
        numbered(PRIORITIES_2325),
        p(
            "Serious violence is treated as a shared thread running through all three, as the "
            "Serious Violence "
            "Duty requires, and the next strategic assessment is due in summer 2024."
        ),
        heading("The Community Safety Fund", "D."),
        p(
            "Voluntary and statutory partners bid to the Community Safety Fund. The Executive Board decides "
            f"bids; the Community Safety Manager may approve a bid of up to {pounds(5000)} under delegated "
            "powers and reports it to the next meeting. Six awards were made in 2023-24 (table D1, "
            "next page)."
        ),
        p(
            f"One bid was declined: {TOWN_COUNCIL} asked for {pounds(SKATEPARK_ASK)} to floodlight the "
            "Netherby skatepark. On 20 September 2023 the Board declined it because the fund does "
            "not pay for "
            "capital works, and pointed the town council to the borough's capital grants scheme."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        caption("Table D1. Community Safety Fund awards 2023-24"),
        banded(
            [["Ref", "Project", "Lead organisation", "Priority", "Decided", "By", "£"]]
            + [
                [ref, scheme, lead, str(pri + 1), dotted_date(when), by, f"{amount:,}"]
                for ref, when, by, scheme, lead, pri, amount in AWARDS_2324
            ]
            + [["", "Total awarded", "", "", "", "", f"{AWARDED_2324:,}"]],
            (50, 120, 90, 44, 44, 80, 50),
            figures=(6,),
            total=True,
        ),
        note("Priority numbers refer to section C. Dates are those of the decision (dd.mm.yy)."),
        heading("Money in and money out", "E."),
        banded(
            [
                ["Money in", "£"],
                ["Police and Crime Commissioner's Community Safety Grant", f"{GRANT_2324:,}"],
                [f"{BOROUGH} contribution", f"{COUNCIL:,}"],
                ["Carried forward from 2022-23", f"{CARRIED_2223:,}"],
                ["Total available", f"{AVAILABLE_2324:,}"],
            ],
            (340, 90),
            figures=(1,),
            total=True,
        ),
        Spacer(1, 8),
        banded(
            [
                ["Money out", "£"],
                ["Community Safety Fund awards (table D1)", f"{AWARDED_2324:,}"],
                ["Partnership analyst (contribution to post)", f"{ANALYST_COST_2324:,}"],
                ["Domestic homicide review (independent chair and author)", f"{DHR_2324:,}"],
                ["Total spent", f"{SPENT_2324:,}"],
            ],
            (340, 90),
            figures=(1,),
            total=True,
        ),
        p(f"The {pounds(CARRIED_2324)} not spent is carried forward into 2024-25."),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("Stories from the year", "F."),
        subheading("Safe at home"),
        p(
            "Harbour Lights used its eleven thousand two hundred pounds to fit door chains, window locks and "
            "video doorbells in 63 homes. Nobody who received the Sanctuary scheme had to leave home because "
            "of a perpetrator's return during the year."
        ),
        subheading("Friday nights at Kingsmead"),
        p(
            f"The {KINGSMEAD}'s Friday Night Fight Back sessions began in October 2023 and drew an "
            "average of "
            "27 young people a week. Police recorded youth-related ASB calls in Kingsmead ward on Friday "
            "evenings fell by about a quarter compared with the same months a year earlier."
        ),
        subheading("Naloxone in the hostels"),
        p(
            "Change Grow Live trained 48 hostel and outreach staff to carry and use naloxone. Two people who "
            "had overdosed were revived by trained staff before an ambulance arrived."
        ),
        heading("Reviews and duties", "G."),
        subheading("Domestic homicide review"),
        p(
            "The review into the death of 'Carys' (DHR 2022/01) was completed in November 2023 and published "
            "in February 2024 after the Home Office quality assurance panel. Its seven recommendations are "
            "overseen by the Domestic Abuse Sub-group."
        ),
        subheading("Serious Violence Duty"),
        p(
            "The Partnership is the local lead for the Duty. Its first serious violence strategy "
            "was published "
            "in January 2024 with the Wendlesea Violence Reduction Unit."
        ),
    ]
    return story


def _report_2425() -> list[Flowable]:
    members = [
        ["Member", "Organisation", "Role on the Board"],
        [CHAIR, BOROUGH, "Chair (from 12 June 2024)"],
        [VICE, "Wendlesea Police", "Vice-Chair (from 25 September 2024)"],
        [MANAGER, BOROUGH, "Community Safety Manager"],
        [FIRE_REP, "Wendlesea Fire and Rescue Service", "Responsible authority"],
        [PROBATION, "The Probation Service", "Responsible authority"],
        [ICB_REP, "NHS Wendlesea and Dunholt ICB", "Responsible authority"],
        [OPCC_REP, "Office of the Police and Crime Commissioner", "Adviser"],
        [YJS_REP, "Brackenholme Youth Justice Service", "Member"],
        [HOUSING_REP, "Brackenholme Homes", "Member"],
        [HARBOUR_REP, HARBOUR, "Member"],
        [PUBLIC_HEALTH, BOROUGH, "Director of Public Health"],
    ]
    rows = [["Ref", "Project", "Lead", "Asked £", "First decision", "Sum £", "Later change", "Final £"]]
    for ref, scheme, lead, asked, when, words, first, later, change, final in BIDS_2425:
        rows.append(
            [
                ref,
                scheme,
                lead,
                f"{asked:,}",
                f"{words} ({dotted_date(when)})",
                f"{first:,}" if first else "–",
                f"{change} ({dotted_date(later)})" if later else "None",
                f"{final:,}" if final else "–",
            ]
        )
    rows.append(["", "Total", "", f"{sum(b[3] for b in BIDS_2425):,}", "", "", "", f"{AWARDED_2425:,}"])
    measures = [
        ["Measure", "2023/24", "2024/25", "Change"],
        ["Domestic abuse-related crimes", "2,187", "2,264", "+3.5%"],
        ["Repeat victims referred to MARAC (%)", "31.2%", "29.6%", "−1.6 pts"],
        ["Anti-social behaviour incidents", "4,918", "4,402", "−10.5%"],
        ["Shoplifting offences", "981", "1,106", "+12.7%"],
        ["Possession of weapons offences", "102", "94", "−7.8%"],
        ["Hospital admissions for assault with a sharp object", "17", "12", "−29.4%"],
    ]
    return [
        *cover(
            "Annual Report 2024/25",
            "Annual Report 2024/25",
            "Brackenholme Community Safety Partnership · 1 April 2024 to 31 March 2025 · July 2025",
        ),
        Spacer(1, 8),
        heading("Part 1 · The Chair's foreword"),
        p(
            f"I was elected Chair at the Executive Board's annual meeting on 12 June 2024, taking over from "
            f"{CHAIR_OLD}, and I thank her for three years of leadership. In September we also said goodbye "
            f"to {VICE_OLD}, who retired from Wendlesea Police; {VICE} succeeded him as Vice-Chair."
        ),
        p(
            "This was the year we finished one plan and wrote the next. The 2024 strategic assessment and a "
            "public consultation gave us four priorities for 2025-28, and the money from the "
            "Commissioner fell "
            "for the second year running, so we have had to choose more carefully than before."
        ),
        p(f"<i>{CHAIR}, Chair</i>"),
        heading("Part 2 · Who we are"),
        runin(
            "Membership.",
            "The Executive Board in March 2025 (the Terms of Reference were revised that "
            "month, see version 2.1):",
        ),
        banded(members, (130, 190, WIDTH - 320), first_bold=True),
        runin(
            "Meetings.",
            "The Board met on 12 June 2024, 25 September 2024, 11 December 2024 and 19 March 2025, "
            "and held an "
            "extraordinary meeting online on 22 January 2025.",
        ),
        CondPageBreak(200),
        heading("Part 3 · Priorities, old and new"),
        runin(
            "2023-25.",
            "Until March 2025 we worked to the three priorities of the Partnership Plan 2023-25: "
            + "; ".join(x.lower() if i else x for i, x in enumerate(PRIORITIES_2325))
            + ".",
        ),
        runin(
            "2025-28.",
            "The strategic assessment of August 2024 proposed four draft priorities, and after consultation "
            "the Board adopted these on 22 January 2025:",
        ),
        numbered(PRIORITIES_2528),
        runin(
            "What changed and why.",
            "Drug-related harm was a draft priority but is not in the final list: consultation responses and "
            "the Commissioner asked us to leave it to the Wendlesea Combating Drugs Partnership, and retail "
            "crime and shop theft took its place after shoplifting rose by almost a third.",
        ),
        heading("Part 4 · Money"),
        banded(
            [
                ["", "£"],
                ["Police and Crime Commissioner's Community Safety Grant", f"{GRANT_2425:,}"],
                [f"{BOROUGH} contribution", f"{COUNCIL:,}"],
                ["Carried forward from 2023/24", f"{CARRIED_2324:,}"],
                ["Available in 2024/25", f"{AVAILABLE_2425:,}"],
                ["Community Safety Fund awards (final sums, Part 5)", f"{AWARDED_2425:,}"],
                ["Partnership analyst", f"{ANALYST_COST_2425:,}"],
                ["Domestic homicide review", f"{DHR_2425:,}"],
                ["Serious violence problem profile (commissioned)", f"{SV_PROFILE_2425:,}"],
                ["Spent in 2024/25", f"{SPENT_2425:,}"],
                ["Carried forward to 2025/26", f"{CARRIED_2425:,}"],
            ],
            (330, 90),
            figures=(1,),
        ),
        note(
            f"The Commissioner's grant fell from {pounds(GRANT_2324)} in 2023/24 to {pounds(GRANT_2425)}. "
            "The council's contribution was unchanged."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("Part 5 · Every bid of 2024/25 and what became of it"),
        banded(rows, (52, 130, 110, 46, 120, 40, 180, LAND_WIDTH - 678), figures=(3, 5, 7), total=True),
        note(
            "Dates dd.mm.yy. The Eastgate car park award was made at the Board meeting of 11 December 2024. "
            "The Street Pastors' bid was approved by the Community Safety Manager under delegated powers and "
            "reported to the Board on 25 September 2024."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("Part 6 · How we did"),
        banded(measures, (250, 70, 70, 70), figures=(1, 2, 3)),
        runin(
            "Knife crime.",
            "Possession of weapons offences fell for the first time in four years, and the Blunt "
            "Truth sessions "
            "reached 2,140 pupils in eleven schools.",
        ),
        runin(
            "Friday Night Fight Back.",
            f"The {KINGSMEAD} lost the use of its hall in November 2024 and sessions stopped; the award was "
            "withdrawn in January 2025 and the academy kept the £3,600 already paid for sessions delivered.",
        ),
        heading("Part 7 · Reviews and duties"),
        runin(
            "Domestic homicide review.",
            "A new review (DHR 2024/01, 'Dorothy') was commissioned in July 2024 and is expected to "
            "finish in "
            "autumn 2025.",
        ),
        runin(
            "Serious Violence Duty.",
            "The problem profile commissioned this year will refresh the serious violence strategy "
            "in 2025/26, "
            "helped by a new Serious Violence Duty allocation from the Commissioner.",
        ),
        bullets(["Contact: community.safety@brackenholme.example", "Next report: summer 2026"], SMALL),
    ]
