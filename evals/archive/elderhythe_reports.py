"""Partnership T's annual reports: 2022-23 (a cover, front matter numbered "ii" and a body numbered from 1,
so printed page numbers are not the file's; a contents list, the Chair's foreword, the members in a
grid-span table, how the Board works as a key table, four outcome areas, the year's awards as bare figures
under "£" and the budget); 2023-24 (the outgoing Chair's foreword naming her successor, the year on
two-column pages with stories restating sums in words, the members in a table, every award with the sum
first agreed and the final sum, bids not funded, the budget and the strategic themes from April 2024); and
2024-25 (a new Chair, an "at a glance" key table, the members in prose, the themes as a table with a fifth
from April 2025, the year's funding told in prose with sums in words, performance with years as columns,
and a landscape appendix of awards in £000 grouped by theme under merged rows)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.elderhythe_assessment import MEASURES, count, pct, total
from evals.archive.elderhythe_funding import (
    ANALYST_2324,
    AVAILABLE_2324,
    BIDS_2324,
    BROUGHT_FORWARD_2324,
    COUNCIL_2324,
    DHR_2324,
    GRANT_2324,
    HALLOWEEN_BID,
    OUTCOME_AREAS,
    THEMES,
    carried_forward_2324,
    final_awards_2324,
)
from evals.archive.elderhythe_layout import (
    NOTE,
    SMALL,
    Furniture,
    bare,
    caption,
    grid,
    guillemets,
    heading,
    key_table,
    lettered,
    note,
    notice,
    p,
    pounds,
    render_pages,
    runin,
    subheading,
    thousands,
    title,
)
from evals.archive.names import ELDERHYTHE, ELDERHYTHE_FUND, ELDERHYTHE_GROUP

TITLE_2223 = f"{ELDERHYTHE} Annual Report 2022-23"
TITLE_2324 = f"{ELDERHYTHE} Annual Report 2023-24"
TITLE_2425 = f"{ELDERHYTHE} Annual Report 2024-25"

MEMBERS_2223 = (
    ("Elderhythe District Council", "Cllr Eleanor Mabbott, Portfolio Holder for Communities", "Chair"),
    ("Elderhythe District Council", "Gareth Mildmay, Head of Communities and Housing", "Lead officer"),
    ("Vennshire County Council", "Bethan Lacey-Ward, Head of Community Safety", "Member"),
    ("Vennshire Police", "Chief Inspector Tobias Garside, District Commander, Elderhythe", "Vice-Chair"),
    (
        "Vennshire Fire and Rescue Service",
        "Station Manager Ffion Gwilliam, Elderhythe fire station",
        "Member",
    ),
    ("The Probation Service", "Lorna Ezeji, Head of the Vennshire East Probation Delivery Unit", "Member"),
    ("Vennshire Integrated Care Board", "Dr Samira Holloway, Associate Director of Safeguarding", "Member"),
    (
        "Office of the Vennshire Police and Crime Commissioner",
        "Declan Morrow, Commissioning and Partnerships Officer",
        "Co-opted",
    ),
    ("Vennshire Youth Justice Service", "Hattie Gorringe, Service Manager", "Co-opted"),
    ("Meadowlark Domestic Abuse Service", "Ruth Abernethy, Chief Executive", "Co-opted"),
    ("Havenbury Homes", "Colin Strathearn, Neighbourhoods Manager", "Co-opted"),
)

# 2022-23 awards: (project, lead organisation, outcome area, award)
AWARDS_2223 = (
    (
        "Independent Domestic Violence Adviser (IDVA) service",
        "Meadowlark Domestic Abuse Service",
        "OA2",
        21500,
    ),
    ("Quaymouth Night Helpers", "Elderhythe Churches Fellowship", "OA1", 5800),
    ("County lines awareness for taxi drivers and hoteliers", "Vennshire Police", "OA3", 2450),
    ("Keddlesby detached youth work", "Keddlesby Youth Project", "OA1", 8900),
    ("Through-the-gate mentoring", "Steadfast Mentoring Vennshire", "OA4", 9600),
    ("Safe at Home cuckooing prevention visits", "Havenbury Homes", "OA3", 4100),
    ("Healthy relationships at work", "Elderhythe District Council", "OA2", 1650),
)
GRANT_2223 = 58400
COUNCIL_2223 = 15000
BROUGHT_FORWARD_2223 = 4210
ANALYST_2223 = 12000
DHR_2223 = 4500

# 2024-25
GRANT_2425 = 53960
COUNCIL_2425 = 12500
ANALYST_2425 = 4500
# (theme, project, lead, asked, awarded, approved)
AWARDS_2425 = (
    (
        "Theme 1",
        "Independent Domestic Violence Adviser (IDVA) service",
        "Meadowlark Domestic Abuse Service",
        21500,
        20000,
        "11 Jun 2024",
    ),
    (
        "Theme 1",
        "The Anchorage drop-in, second year",
        "Meadowlark Domestic Abuse Service",
        7800,
        7800,
        "6 Aug 2024",
    ),
    ("Theme 2", "Bright Lines mentoring", "Bright Lines Youth Trust", 8150, 8150, "11 Jun 2024"),
    (
        "Theme 2",
        "Bleed control and first aid for young people",
        "Vennshire Violence Reduction Partnership",
        3800,
        3800,
        "1 Oct 2024",
    ),
    ("Theme 3", "Quaymouth Night Helpers", "Elderhythe Churches Fellowship", 6000, 6000, "11 Jun 2024"),
    (
        "Theme 3",
        "Shop Safe retail crime partnership",
        "Elderhythe Business Improvement District",
        5500,
        4400,
        "1 Oct 2024",
    ),
    ("Theme 4", "Tidemark Recovery peer mentors", "Tidemark Recovery", 7250, 7250, "26 Nov 2024"),
    (
        "Theme 4",
        "Gloves Up boxing diversion, second year",
        "Keddlesby Amateur Boxing Club",
        5600,
        5600,
        "11 Jun 2024",
    ),
)

# Performance with years as columns: (measure, 2023-24, 2024-25)
PERFORMANCE_2425 = (
    ("All recorded crime", 7212, 6958),
    ("Shoplifting", 611, 556),
    ("Violence with injury", 981, 947),
    ("Domestic abuse-related crimes", 1588, 1602),
    ("Possession of weapons offences", 79, 66),
    ("Anti-social behaviour incidents", 3402, 3115),
)


def available_2425() -> int:
    return GRANT_2425 + COUNCIL_2425 + carried_forward_2324()


def write_annual_report_2223(path: Path) -> Path:
    furniture = Furniture("Annual Report 2022-23", "PUBLISHED", "ECSP/AR/22-23 · version 1.0", front=2)
    return render_pages(path, _report_2223, Meta(TITLE_2223, ELDERHYTHE), furniture, first="cover")


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture("Annual Report 2023-24", "PUBLISHED", "ECSP/AR/23-24 · version 1.1")
    return render_pages(path, _report_2324, Meta(TITLE_2324, ELDERHYTHE), furniture)


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture("Annual Report 2024-25", "PUBLISHED", "ECSP/AR/24-25 · version 1.0")
    return render_pages(path, _report_2425, Meta(TITLE_2425, ELDERHYTHE), furniture)


def _report_2223() -> list[Flowable]:
    members = [["Organisation", "Representative", "Role on the Board"], *[list(m) for m in MEMBERS_2223]]
    awards = [["Project", "Lead organisation", "Outcome area", "£"]]
    awards += [[name, lead, area, bare(amount)] for name, lead, area, amount in AWARDS_2223]
    awarded = sum(a[3] for a in AWARDS_2223)
    awards.append(["Total awarded in 2022-23", "", "", bare(awarded)])
    income = GRANT_2223 + COUNCIL_2223 + BROUGHT_FORWARD_2223
    spent = awarded + ANALYST_2223 + DHR_2223
    budget = [
        ["Budget 2022-23", "£"],
        ["Community Safety Grant, Vennshire Police and Crime Commissioner", bare(GRANT_2223)],
        ["Elderhythe District Council contribution", bare(COUNCIL_2223)],
        ["Brought forward from 2021-22", bare(BROUGHT_FORWARD_2223)],
        ["Total available", bare(income)],
        ["Grants awarded from the Fund", bare(awarded)],
        ["Partnership analyst (share of the county unit)", bare(ANALYST_2223)],
        ["Domestic homicide review costs", bare(DHR_2223)],
        ["Total spent", bare(spent)],
        ["Carried forward to 2023-24", bare(income - spent)],
    ]
    contents = [
        ["Section", "Page"],
        ["Foreword from the Chair", "ii"],
        ["1  About the Partnership", "1"],
        ["2  Our outcome areas", "1"],
        ["3  The year in numbers", "2"],
        ["4  Funding in 2022-23", "2"],
        ["5  Domestic homicide reviews", "3"],
        ["6  Looking ahead", "3"],
    ]
    crime = (total(1), total(2))
    asb = (MEASURES[-2][3], MEASURES[-1][3])
    da = (MEASURES[-2][1], MEASURES[-1][1])
    shop = (count("Shoplifting", 1), count("Shoplifting", 2))
    burglary = (count("Residential burglary", 1), count("Residential burglary", 2))
    numbers = [
        ["Measure", "2021-22", "2022-23", "Change"],
        ["All recorded crime", bare(crime[0]), bare(crime[1]), pct(*crime)],
        ["Shoplifting", bare(shop[0]), bare(shop[1]), pct(*shop)],
        ["Residential burglary", bare(burglary[0]), bare(burglary[1]), pct(*burglary)],
        ["Domestic abuse-related crimes", bare(da[0]), bare(da[1]), pct(*da)],
        ["Anti-social behaviour incidents", bare(asb[0]), bare(asb[1]), pct(*asb)],
    ]
    return [
        Spacer(1, 40),
        notice(),
        Spacer(1, 60),
        *title(
            "Annual Report",
            "Annual Report 2022–23",
            f"{ELDERHYTHE} · 1 April 2022 to 31 March 2023",
        ),
        Spacer(1, 24),
        p("Approved by the Strategic Board on 13 June 2023 · published 19 July 2023"),
        p("Elderhythe District Council, Civic Centre, Quay Street, Elderhythe", SMALL),
        NextPageTemplate("page"),
        PageBreak(),
        heading("", "Contents"),
        grid(contents, [300, 60], figures=(1,)),
        heading("", "Foreword from the Chair"),
        p(
            "This report tells the story of our partnership's year. 2022-23 was the first year of our "
            "Partnership Plan 2022-25, and the first since the pandemic in which the night-time economy of "
            "Elderhythe and Keddlesby ran without restrictions all year. Shoplifting rose sharply, as it did "
            "across the country, and domestic abuse-related crime rose again; anti-social behaviour fell."
        ),
        p(
            f"With {pounds(GRANT_2223)} from the Police and Crime Commissioner and {pounds(COUNCIL_2223)} "
            "from "
            f"the District Council, the {ELDERHYTHE_FUND} supported seven projects. I thank every partner, "
            "volunteer and officer who made them happen."
        ),
        p("Cllr Eleanor Mabbott<br/>Chair, Elderhythe Community Safety Partnership"),
        NextPageTemplate("page"),
        PageBreak(),
        heading("1", "About the Partnership"),
        p(
            f"The {ELDERHYTHE} is the community safety partnership for Elderhythe district, set up under "
            "sections 5 and 6 of the Crime and Disorder Act 1998. Its responsible authorities are Elderhythe "
            "District Council, Vennshire County Council, Vennshire Police, Vennshire Fire and Rescue "
            "Service, "
            "the Probation Service and the Vennshire Integrated Care Board. They work with partners who are "
            "co-opted to the Strategic Board without the statutory duty."
        ),
        caption("The Strategic Board at 31 March 2023"),
        grid(members, [165, 240, 78]),
        subheading("1.1", "How the Board works"),
        key_table(
            [
                (
                    "Meetings",
                    "The Strategic Board meets quarterly. In 2022-23 it met on 14 June 2022, 20 "
                    "September 2022, 17 January 2023 and 14 March 2023.",
                ),
                ("Quorum", "Four members, at least two of them from responsible authorities."),
                (
                    "Chair",
                    "Elected each year at the annual meeting in June, with a Vice-Chair from another agency.",
                ),
                (
                    "Delivery groups",
                    "Domestic Abuse Delivery Group; ASB and Town Centres Group; Exploitation "
                    "and Serious Violence Group; Reducing Reoffending Group.",
                ),
                (
                    "Funding decisions",
                    f"The {ELDERHYTHE_GROUP} (CGG) scores bids and recommends; the Board "
                    "decides. The Chair and Vice-Chair together may take an urgent decision of up to £4,000 "
                    "between meetings, ratified at the next meeting. The CSP Manager may award small "
                    "grants of "
                    "up to £1,000, reported to the Board.",
                ),
            ]
        ),
        heading("2", "Our outcome areas"),
        p("The Partnership Plan 2022-25 sets four outcome areas:"),
        guillemets([f"<b>{code} {name}</b>: {text}." for code, name, text in OUTCOME_AREAS]),
        heading("3", "The year in numbers"),
        p(
            f"Recorded crime rose by {pct(*crime)[1:]} to {crime[1]:,} offences. Shoplifting rose by almost "
            "a "
            f"third, while residential burglary fell to {burglary[1]}. Anti-social behaviour incidents fell "
            f"for the second year, to {asb[1]:,}."
        ),
        caption("Community safety in Elderhythe district, 2021-22 and 2022-23"),
        grid(numbers, [200, 80, 80, 80], figures=(1, 2, 3)),
        note(
            "Source: Strategic Intelligence Assessment data, Vennshire Police and Elderhythe District "
            "Council."
        ),
        heading("4", "Funding in 2022-23"),
        p(
            f"The {ELDERHYTHE_FUND} (ESCF) awarded {pounds(awarded)} to seven projects in 2022-23. Every "
            "award "
            "was decided by the Strategic Board on the CGG's recommendation; no urgent decisions were needed."
        ),
        caption("Awards from the Fund in 2022-23 (sums in £)"),
        grid(awards, [180, 170, 60, 70], figures=(3,), total=True),
        Spacer(1, 8),
        caption("Budget 2022-23 (sums in £)"),
        grid(budget, [380, 100], figures=(1,), total=True),
        heading("5", "Domestic homicide reviews"),
        p(
            "The partnership commissioned one domestic homicide review (DHR) in 2022-23, into the death of a "
            "woman in Keddlesby in August 2022, known in the review as 'Maud'. An independent chair was "
            "appointed in November 2022 and the review will be sent to the Home Office in 2023-24. Its costs "
            f"are met from the Fund ({pounds(DHR_2223)} in 2022-23)."
        ),
        heading("6", "Looking ahead"),
        guillemets(
            [
                "A new Strategic Intelligence Assessment will be completed in the autumn of 2023, with a "
                "profile of serious violence for the Serious Violence Duty.",
                f"The Commissioner's grant for 2023-24 is {pounds(GRANT_2324)}, £1,600 less than in 2022-23.",
                "The first round of bids for 2023-24 goes to the Board's annual meeting in June 2023.",
            ]
        ),
        subheading("", "Terms we use"),
        p(
            "<b>CGG</b> Commissioning and Grants Group · <b>CSP</b> community safety partnership · "
            "<b>DHR</b> "
            "domestic homicide review · <b>ESCF</b> Elderhythe Safer Communities Fund · <b>IDVA</b> "
            "Independent Domestic Violence Adviser · <b>OA</b> outcome area · <b>PCC</b> Police and Crime "
            "Commissioner",
            SMALL,
        ),
    ]


def _report_2324() -> list[Flowable]:
    finals = final_awards_2324()
    awards = [["Ref", "Project", "Lead organisation", "Area", "First agreed", "Final award", "Notes"]]
    notes = {
        "ESCF 23-03": "Deferred in June; approved in September on revised costings",
        "ESCF 23-05": "Increased by urgent decision UDR 02/23-24, 28 November 2023; ratified January 2024",
        "ESCF 23-07": "Varied in January 2024; £650 returned",
        "ESCF 23-09": "£9,600 asked",
        "ESCF 23-11": "Small grant by the CSP Manager, 14 February 2024",
    }
    for ref, name, lead, area, first, final in finals:
        awards.append([ref, name, lead, area, pounds(first), pounds(final), notes.get(ref, "")])
    final_total = sum(a[5] for a in finals)
    awards.append(["", "Total", "", "", pounds(sum(a[4] for a in finals)), pounds(final_total), ""])
    declined = [b for b in BIDS_2324 if not b[6]]
    spent = final_total + ANALYST_2324 + DHR_2324
    budget = [
        ["Budget 2023-24", "Amount"],
        ["Community Safety Grant, Vennshire Police and Crime Commissioner", pounds(GRANT_2324)],
        ["Elderhythe District Council contribution", pounds(COUNCIL_2324)],
        ["Brought forward from 2022-23", pounds(BROUGHT_FORWARD_2324)],
        ["Total available", pounds(AVAILABLE_2324)],
        ["Grants awarded (final sums)", pounds(final_total)],
        ["Partnership analyst", pounds(ANALYST_2324)],
        ["Domestic homicide review costs", pounds(DHR_2324)],
        ["Total spent", pounds(spent)],
        ["Carried forward to 2024-25", pounds(carried_forward_2324())],
    ]
    members = [
        ["Organisation", "Representative", "Role"],
        ["Elderhythe District Council", "Cllr Eleanor Mabbott, Portfolio Holder for Communities", "Chair"],
        ["Elderhythe District Council", "Gareth Mildmay, Head of Communities and Housing", "Lead officer"],
        ["Vennshire County Council", "Bethan Lacey-Ward, Head of Community Safety", "Member"],
        ["Vennshire Police", "Superintendent Tobias Garside, District Commander", "Vice-Chair"],
        ["Vennshire Fire and Rescue Service", "Group Manager Marcus Eldridge (from October 2023)", "Member"],
        [
            "The Probation Service",
            "Lorna Ezeji, Head of the Vennshire East Probation Delivery Unit",
            "Member",
        ],
        [
            "Vennshire Integrated Care Board",
            "Dr Samira Holloway, Associate Director of Safeguarding",
            "Member",
        ],
        ["Office of the Vennshire PCC", "Declan Morrow, Commissioning and Partnerships Officer", "Co-opted"],
        ["Vennshire Youth Justice Service", "Hattie Gorringe, Service Manager", "Co-opted"],
        ["Meadowlark Domestic Abuse Service", "Ruth Abernethy, Chief Executive", "Co-opted"],
        ["Havenbury Homes", "Colin Strathearn, Neighbourhoods Manager", "Co-opted"],
        [
            "Vennshire Violence Reduction Partnership",
            "Kofi Dankwah, Programme Manager (from 1 October 2023)",
            "Co-opted",
        ],
    ]
    themes = [["Theme", "From 1 April 2024", "Replaces"]]
    replaced = (
        "OA2 Domestic abuse (widened)",
        "New: the Serious Violence Duty",
        "OA1 Safer town centres (widened)",
        "OA3 Exploitation and county lines (widened)",
    )
    themes += [[code, name, old] for (code, name), old in zip(THEMES, replaced, strict=True)]
    return [
        *title(
            "Annual Report",
            "Annual Report 2023-24",
            f"{ELDERHYTHE} · April 2023 to March 2024 · published 16 July 2024",
        ),
        notice(),
        heading("", "Foreword"),
        p(
            "This is my last annual report as Chair. I did not stand at the district elections in May 2024, "
            "and at the annual meeting on 11 June 2024 the Strategic Board elected Superintendent Tobias "
            "Garside of Vennshire Police as its Chair, with Cllr Niamh Brettargh, the District Council's "
            "Cabinet Member for Communities, as Vice-Chair. I wish them every success."
        ),
        p(
            "In 2023-24 we agreed our Strategic Intelligence Assessment and, from it, four new strategic "
            "themes, which replace our outcome areas from April 2024. Our Fund supported nine projects, from "
            "boxing sessions on winter evenings in Keddlesby to a new drop-in for women at risk of domestic "
            "abuse."
        ),
        p("Cllr Eleanor Mabbott<br/>Chair of the Partnership, 2021 to 2024"),
        NextPageTemplate("twocol"),
        PageBreak(),
        heading("1", "The year in brief"),
        p(
            "The Strategic Board met four times: on 13 June 2023 (the annual meeting), 19 September 2023, 23 "
            "January 2024 and 19 March 2024. The Chair and Vice-Chair took one urgent decision between "
            "meetings, on 28 November 2023, which the Board ratified in January."
        ),
        p(
            "Group Manager Marcus Eldridge succeeded Station Manager Ffion Gwilliam as the Fire and Rescue "
            "Service's member in October 2023, and the Vennshire Violence Reduction Partnership joined the "
            "Board as a co-opted member from 1 October 2023. Tobias Garside was promoted to Superintendent "
            "in February 2024."
        ),
        subheading("1.1", "Our outcome areas in 2023-24"),
        p("The year's work followed the four outcome areas of the Partnership Plan 2022-25:"),
        lettered([f"{code} {name}" for code, name, _ in OUTCOME_AREAS]),
        heading("2", "What we did"),
        runin(
            "Safer town centres.",
            "Quaymouth Night Helpers were out on 46 Friday and Saturday nights and helped 612 people. "
            "Twenty-two businesses joined the Shopwatch radio scheme, though four left during the year.",
        ),
        runin(
            "Domestic abuse.",
            "The IDVA service supported 233 victims at high risk, 31 more than in 2022-23. The Anchorage "
            "drop-in opened at the Keddlesby family hub in October 2023.",
        ),
        runin(
            "Exploitation and county lines.",
            "Police and Havenbury Homes identified four cuckooing addresses; closure orders were granted on "
            "two. Edge Aware workshops reached 1,480 pupils in Years 8 and 9.",
        ),
        runin(
            "Reducing reoffending.",
            "Steadfast Mentoring worked with 20 people leaving prison; 15 had not reoffended six months "
            "after release.",
        ),
        heading("3", "Stories from the year"),
        subheading("", "A safe place to talk"),
        p(
            "The Anchorage drop-in began life as a bid the Board could not yet support: in June 2023 "
            "members asked Meadowlark for firmer costings. By September the service had found a free room at "
            "the Keddlesby family hub, and the Board awarded nine thousand two hundred pounds. Since "
            "October, "
            "71 women have used the drop-in, 19 of whom went on to get support from an IDVA."
        ),
        subheading("", "Gloves on, not knives"),
        p(
            "Keddlesby Amateur Boxing Club's Gloves Up sessions were first funded at four thousand seven "
            "hundred and fifty pounds. When anti-social behaviour in Keddlesby North rose sharply in the "
            "autumn, the Chair and Vice-Chair agreed an extra thirteen hundred and fifty pounds so the club "
            "could run a winter block of evening sessions. Nineteen young people came on an average night."
        ),
        subheading("", "Eyes and ears in the town centre"),
        p(
            "Shopwatch radios link town centre shops with each other and with the police control room. When "
            "four businesses left the scheme the BID asked for less money, and the Board reduced its award "
            "in January."
        ),
        NextPageTemplate("page"),
        PageBreak(),
        heading("4", "Members of the Strategic Board"),
        caption("The Strategic Board at 31 March 2024"),
        grid(members, [170, 245, 68]),
        heading("5", "Funding in 2023-24"),
        p(
            f"The {ELDERHYTHE_FUND} had {pounds(AVAILABLE_2324)} to spend in 2023-24. The table gives every "
            "award with the sum the Board first agreed and the final sum after any change."
        ),
        caption("Awards from the Fund, 2023-24"),
        grid(awards, [56, 96, 86, 28, 50, 50, 117], figures=(4, 5), total=True),
        subheading("5.1", "Bids not funded"),
        guillemets(
            [
                *(
                    f"{ref} {name}, {lead}, {pounds(asked)}: declined on 13 June 2023, as capital works fall "
                    "outside the Fund's criteria."
                    for ref, name, lead, _, asked, _, _ in declined
                ),
                f"{HALLOWEEN_BID[0]} {HALLOWEEN_BID[1]}, {HALLOWEEN_BID[2]}, {pounds(HALLOWEEN_BID[4])}: "
                "declined "
                "on 23 January 2024, as the events had already taken place.",
            ]
        ),
        caption("Budget 2023-24"),
        grid(budget, [380, 100], figures=(1,), total=True),
        heading("6", "Looking ahead: strategic themes from April 2024"),
        p(
            "On 23 January 2024 the Board endorsed the Strategic Intelligence Assessment 2023 and agreed "
            "four "
            "strategic themes for 2024-25 to 2026-27. Reducing reoffending is now led by the Vennshire "
            "Reducing Reoffending Board. From April 2024 the Strategic Board meets every eight weeks."
        ),
        grid(themes, [50, 250, 180]),
        p(
            "The Commissioner's grant for 2024-25 is £53,960, 5% less than in 2023-24. At the annual meeting "
            "on 11 June 2024 the Board confirmed the IDVA service for 2024-25 at £20,000, below the £21,500 "
            "it had approved in principle in January 2024."
        ),
    ]


def _report_2425() -> list[Flowable]:
    available = available_2425()
    awarded = sum(a[4] for a in AWARDS_2425)
    carried = available - awarded - ANALYST_2425
    performance = [["Measure", "2023-24", "2024-25", "Change"]]
    performance += [[name, bare(a), bare(b), pct(a, b)] for name, a, b in PERFORMANCE_2425]
    themes = [
        ["Theme", "What it covers", "Led by"],
        [
            "Theme 1 Violence against women and girls",
            "Domestic abuse, sexual violence, stalking, harassment and safety in public places",
            "VAWG Delivery Group",
        ],
        [
            "Theme 2 Serious violence",
            "Knife crime, violence in the night-time economy, the Serious Violence Duty",
            "Exploitation and Serious Violence Group",
        ],
        [
            "Theme 3 Neighbourhood crime and anti-social behaviour",
            "ASB, shoplifting and retail crime, burglary and vehicle crime",
            "ASB and Town Centres Group",
        ],
        [
            "Theme 4 Drug-related harm and exploitation",
            "County lines, cuckooing, drug-related harm and treatment",
            "Exploitation and Serious Violence Group",
        ],
        [
            "Theme 5 Rural and coastal crime (from 1 April 2025)",
            "Hare coursing, farm and marine theft, fly-tipping linked to crime",
            "Rural and Coastal Crime Group (new)",
        ],
    ]
    appendix = [["Strategic theme and project", "Lead organisation", "Asked", "Awarded", "Approved"]]
    groups = []
    for code, name in THEMES:
        groups.append(len(appendix))
        appendix.append([f"{code}: {name}", "", "", "", ""])
        rows = [a for a in AWARDS_2425 if a[0] == code]
        for _, project, lead, asked, given, when in rows:
            appendix.append([project, lead, thousands(asked), thousands(given), when])
        appendix.append(
            [
                f"Subtotal, {code}",
                "",
                thousands(sum(r[3] for r in rows)),
                thousands(sum(r[4] for r in rows)),
                "",
            ]
        )
    appendix.append(["Total 2024-25", "", thousands(sum(a[3] for a in AWARDS_2425)), thousands(awarded), ""])
    return [
        *title(
            "Annual Report",
            "Annual Report 2024-25",
            f"{ELDERHYTHE} · the year to 31 March 2025 · published 15 July 2025",
        ),
        notice(),
        heading("", "At a glance"),
        key_table(
            [
                ("Chair", "Superintendent Tobias Garside, Vennshire Police (since 11 June 2024)"),
                (
                    "Vice-Chair",
                    "Cllr Niamh Brettargh, Cabinet Member for Communities, Elderhythe District "
                    "Council (since 11 June 2024)",
                ),
                ("Meetings", "Six Strategic Board meetings, every eight weeks"),
                ("Strategic themes", "Four in 2024-25; a fifth from 1 April 2025"),
                ("The Fund", f"{pounds(available)} available; {pounds(awarded)} awarded to eight projects"),
            ]
        ),
        heading("1", "Introduction from the Chair"),
        p(
            "I took the chair in June 2024, succeeding Cllr Eleanor Mabbott, who led the partnership for "
            "three years. This was the first year of our four strategic themes, chosen from the evidence of "
            "the Strategic Intelligence Assessment 2023, and the first in which the Board met every eight "
            "weeks rather than quarterly. Recorded crime fell, and shoplifting fell after two years of steep "
            "rises; domestic abuse-related crime did not."
        ),
        p("Superintendent Tobias Garside<br/>Chair, Elderhythe Community Safety Partnership"),
        heading("2", "Who we are"),
        p(
            "The Strategic Board brings together the responsible authorities: Elderhythe District Council "
            "(Cllr Niamh Brettargh, Vice-Chair, and Gareth Mildmay, Head of Communities and Housing, the "
            "lead "
            "officer), Vennshire County Council (Bethan Lacey-Ward), Vennshire Police (Superintendent Tobias "
            "Garside, Chair), Vennshire Fire and Rescue Service (Group Manager Marcus Eldridge), the "
            "Probation Service and the Vennshire Integrated Care Board (Dr Samira Holloway)."
        ),
        p(
            "Lorna Ezeji left the Probation Service in September 2024; Martin Pendrill, the new Head of the "
            "Vennshire East Probation Delivery Unit, has represented it since October 2024. Co-opted members "
            "are the Office of the Police and Crime Commissioner (Declan Morrow), Vennshire Youth Justice "
            "Service (Hattie Gorringe), Meadowlark Domestic Abuse Service (Ruth Abernethy) and the Vennshire "
            "Violence Reduction Partnership (Kofi Dankwah). Sophie Halsey, manager of the Elderhythe "
            "Business Improvement District, was co-opted from 1 October 2024. Havenbury Homes left the Board "
            "in 2024-25 and now takes part through the ASB and Town Centres Group."
        ),
        p(
            "The Board met on 11 June 2024 (the annual meeting), 6 August 2024, 1 October 2024, 26 November "
            "2024, 28 January 2025 and 25 March 2025. A meeting is quorate when four members are present, at "
            "least two of them from responsible authorities."
        ),
        heading("3", "Strategic themes"),
        p(
            "Our four strategic themes run from 2024-25 to 2026-27. On 25 March 2025 the Board added a fifth "
            "theme from 1 April 2025, rural and coastal crime, after the review the Strategic Intelligence "
            "Assessment had recommended (R6)."
        ),
        grid(themes, [170, 200, 113]),
        heading("4", "Funding in 2024-25"),
        p(
            f"The Police and Crime Commissioner's grant fell by 5% to {pounds(GRANT_2425)}, and the District "
            f"Council reduced its contribution from {pounds(COUNCIL_2324)} to {pounds(COUNCIL_2425)}. With "
            f"{pounds(carried_forward_2324())} brought forward from 2023-24, the {ELDERHYTHE_FUND} had "
            f"{pounds(available)} to spend."
        ),
        p(
            "For violence against women and girls, the Board confirmed the IDVA service at twenty thousand "
            "pounds in June 2024, below the twenty-one and a half thousand it had agreed in principle in "
            "January because of the lower grant, and in August gave the Anchorage drop-in a second year at "
            "seven thousand eight hundred pounds."
        ),
        p(
            "For serious violence, Bright Lines Youth Trust received eight thousand one hundred and fifty "
            "pounds for mentoring young people at risk of carrying knives, and the Violence Reduction "
            "Partnership three thousand eight hundred pounds to teach bleed control and first aid."
        ),
        p(
            "For neighbourhood crime and anti-social behaviour, Quaymouth Night Helpers received six "
            "thousand "
            "pounds, and the Business Improvement District's Shop Safe partnership four thousand four "
            "hundred, against the five and a half thousand it asked for. The Board declined a bid of eleven "
            "thousand pounds for lighting at Keddlesby skate park, as capital works, and Keddlesby Youth "
            "Project withdrew its bid for a bike project in November 2024."
        ),
        p(
            "For drug-related harm and exploitation, Tidemark Recovery received seven thousand two hundred "
            "and fifty pounds for peer mentors, and the Gloves Up boxing sessions a second year at five "
            "thousand six hundred."
        ),
        p(
            f"In all the Fund awarded {pounds(awarded)}. After {pounds(ANALYST_2425)} towards the "
            "partnership "
            f"analyst, {pounds(carried)} is carried forward to 2025-26. Appendix A lists every award."
        ),
        heading("5", "Performance"),
        caption("Community safety measures, 2023-24 and 2024-25"),
        grid(performance, [210, 80, 80, 80], figures=(1, 2, 3)),
        note("Source: Vennshire Police and Elderhythe District Council, April 2025."),
        heading("6", "Looking ahead to 2025-26"),
        guillemets(
            [
                "The new Rural and Coastal Crime Group meets for the first time in May 2025.",
                "The Strategic Intelligence Assessment will be refreshed with 2024-25 data in the autumn, "
                "ahead of the full assessment due in 2026.",
                "The Commissioner has confirmed the grant for 2025-26 at the 2024-25 level.",
            ]
        ),
        NextPageTemplate("wide"),
        PageBreak(),
        heading("A", "Appendix A: awards from the Fund, 2024-25"),
        caption("Awards by strategic theme (sums in £000)"),
        grid(
            appendix,
            [250, 220, 70, 70, 90],
            figures=(2, 3),
            total=True,
            groups=groups,
        ),
        p(
            "Not funded: Keddlesby skate park lighting, Keddlesby Town Council, 11.00 asked, declined 1 Oct "
            "2024 (capital works); Bikes for Keddlesby, Keddlesby Youth Project, 2.80 asked, withdrawn by "
            "the "
            "applicant in Nov 2024.",
            NOTE,
        ),
    ]
