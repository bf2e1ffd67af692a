"""Partnership S's annual reports: 2022-23 (one column, a figures ribbon, "01" headings, the members and
the year's awards in whole pounds in rounded tables); 2023 to 2024 (opening in two columns, the year's
awards in £k on a landscape page with first and final sums, three stories on a three-column page, the
new priorities from April 2024); and 2024-25 (a new Chair, the members in prose, the priorities as a
table, the year's funding told only in prose)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak

from evals.archive.common import Meta
from evals.archive.fallowden_assessment import MEASURES, pct, total
from evals.archive.fallowden_layout import (
    NOTE,
    SMALL,
    Furniture,
    arrows,
    k,
    k_change,
    note,
    notice,
    numbered,
    p,
    render_pages,
    ribbon,
    rounded,
    section,
    subsection,
    thousands,
    title,
    whole,
)
from evals.archive.names import FALLOWDEN, FALLOWDEN_BOARD, FALLOWDEN_FUND, FALLOWDEN_PANEL

TITLE_2223 = f"{FALLOWDEN} Annual Report 2022/23"
TITLE_2324 = f"{FALLOWDEN} Annual Report 2023 to 2024"
TITLE_2425 = f"{FALLOWDEN} Annual Report 2024-25"

MEMBERS_2223 = (
    ("Fallowden District Council", "Cllr Rosalind Tembe, Cabinet Member for Communities", "Chair"),
    ("Fallowden District Council", "Owen Strickley, Community Safety and Resilience Manager", "Lead officer"),
    (
        "Dunmarsh County Council",
        "Priya Venkataraman, Assistant Director, Communities and Prevention",
        "Responsible authority",
    ),
    (
        "Dunmarsh Police",
        "Chief Inspector Marcus Hebden, Fallowden and Kettlebridge Neighbourhood Policing",
        "Vice-Chair",
    ),
    (
        "Dunmarsh Fire and Rescue Service",
        "Group Manager Tessa Vardy, Prevention and Protection",
        "Responsible authority",
    ),
    (
        "The Probation Service (Dunmarsh)",
        "Graham Tulliver, Head of Probation Delivery Unit",
        "Responsible authority",
    ),
    (
        "Dunmarsh and Wrayside Integrated Care Board",
        "Dr Siobhan Kearsley, Place Director for Fallowden",
        "Responsible authority",
    ),
    (
        "Office of the Dunmarsh Police and Crime Commissioner",
        "Tobias Hanlon, Commissioning Officer",
        "Attends",
    ),
    ("Dunmarsh Youth Justice Service", "Ayesha Mahmood, Team Manager", "Attends"),
    ("Foxglove Domestic Abuse Service", "Jo Carrick, Chief Executive", "Attends"),
    ("Fallowden Council for Voluntary Service", "Dev Lakhani, Chief Officer", "Attends"),
)

# 2022-23: (project, lead organisation, priority, award)
AWARDS_2223 = (
    ("After Dark Welfare Patrols", "Fallowden Faith Forum", "Anti-social behaviour", 6800),
    ("Kettlebridge Youth Outreach Bus", "Kettlebridge Youth Network", "Anti-social behaviour", 9250),
    (
        "Independent Domestic Violence Adviser (IDVA)",
        "Foxglove Domestic Abuse Service",
        "Domestic abuse",
        18000,
    ),
    ("Scam Champions", "Silver Years Dunmarsh", "Fraud and scams", 4400),
    ("Hostel Outreach and Naloxone", "Turning Tides Recovery", "Drugs and alcohol", 7600),
    ("Safe Shops scheme", "Fallowden Business Improvement District", "Anti-social behaviour", 2950),
)


def write_annual_report_2223(path: Path) -> Path:
    furniture = Furniture("Annual Report", "2022/23", "FCSP/AR/2223 · published 12 July 2023")
    return render_pages(path, _report_2223, Meta(TITLE_2223, FALLOWDEN), furniture)


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture("Annual Report", "2023 to 2024", "FCSP/AR/2324 · published 9 July 2024")
    return render_pages(path, _report_2324, Meta(TITLE_2324, FALLOWDEN), furniture, first="twocol")


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture("Annual Report", "2024-25", "FCSP/AR/2425 · published 15 July 2025")
    return render_pages(path, _report_2425, Meta(TITLE_2425, FALLOWDEN), furniture)


def _report_2223() -> list[Flowable]:
    members = [["Organisation", "Representative", "Role on the Board"], *[list(m) for m in MEMBERS_2223]]
    awards = [["Project", "Lead organisation", "Priority", "Award"]]
    awards += [[name, lead, theme, whole(amount)] for name, lead, theme, amount in AWARDS_2223]
    awarded = sum(a[3] for a in AWARDS_2223)
    awards.append(["Total awarded 2022/23", "", "", whole(awarded)])
    income = 48500 + 12000 + 3260
    spent = awarded + 6500 + 2100
    budget = [
        ["Budget line", "£"],
        ["Community Safety Grant from the Dunmarsh Police and Crime Commissioner", whole(48500)],
        ["Contribution from Fallowden District Council", whole(12000)],
        ["Carried forward from 2021/22", whole(3260)],
        ["Total available", whole(income)],
        ["Awards from the Fund (table above)", whole(awarded)],
        ["Domestic homicide review costs", whole(6500)],
        ["Training and partnership support", whole(2100)],
        ["Total spent", whole(spent)],
        ["Carried forward to 2023/24", whole(income - spent)],
    ]
    return [
        *title(
            FALLOWDEN,
            "Annual Report 2022/23",
            "April 2022 to March 2023 · approved by the Board on 20 June 2023",
        ),
        notice(),
        ribbon(
            [
                (f"{total(2):,}", f"crimes recorded in the district, {pct(total(1), total(2))} on 2021/22"),
                (
                    f"{MEASURES[-1][1]:,}",
                    f"anti-social behaviour incidents, {pct(MEASURES[-2][1], MEASURES[-1][1])}",
                ),
                (whole(awarded), f"awarded from the {FALLOWDEN_FUND}"),
                ("6", "projects funded"),
            ],
            479,
        ),
        *section("01", "Foreword from the Chair", "Foreword"),
        p(
            "This is the partnership's report on the year from April 2022 to March 2023. It was a year in "
            "which the cost of living bore down on many families in Fallowden and Kettlebridge, and in "
            "which shoplifting and violence in the town centre rose while burglary fell again. Partners "
            "kept the night-time economy safe, put a second domestic abuse adviser into the district and "
            "trained more than two hundred residents to spot a scam."
        ),
        p(
            "I thank every partner, and the volunteers of the After Dark patrols in particular, who gave "
            "more than 1,900 hours on Friday and Saturday nights. <i>Cllr Rosalind Tembe, Chair of the "
            f"{FALLOWDEN_BOARD} since June 2021</i>"
        ),
        *section("02", "About the partnership", "About us"),
        p(
            f"The {FALLOWDEN} is the community safety partnership for Fallowden district, in the county of "
            "Dunmarsh. It exists under the Crime and Disorder Act 1998, which requires the responsible "
            "authorities (the councils, police, fire and rescue, probation and health) to work together "
            "to reduce crime and disorder, anti-social behaviour, substance misuse and reoffending. Other "
            "organisations attend the Board without the statutory duty. The Board's members in 2022/23 "
            "were:"
        ),
        rounded(members, [150, 225, 104], first_bold=True),
        *section("03", "How we work", "How we work"),
        p(
            "The Board meets four times a year, in March, June, September and December; the June meeting "
            "is the annual meeting, at which the Chair and Vice-Chair are elected. A meeting is quorate "
            "when four members are present, at least three of them from responsible authorities."
        ),
        arrows(
            [
                f"The <b>{FALLOWDEN_PANEL}</b> (the lead officer, the Commissioner's commissioning officer "
                "and the Council for Voluntary Service) decides bids to the Fund of up to £5,000.",
                "The <b>Board</b> decides every bid above £5,000.",
                "Between meetings, the <b>Chair</b> may take an urgent decision of up to £3,000, which the "
                "next Board is asked to ratify.",
            ]
        ),
        *section("04", "Our priorities for 2022/23", "Priorities"),
        p("The Partnership Plan 2021-24 sets four priorities, which the Board confirmed in March 2022:"),
        arrows(
            [
                "Anti-social behaviour and town centre safety",
                "Domestic abuse",
                "Drugs and alcohol misuse",
                "Fraud and scams against older people",
            ]
        ),
        *section("05", "What we funded", "Funding"),
        p(
            f"The {FALLOWDEN_FUND} made six awards in 2022/23. Bids of £5,000 or less were decided by the "
            "Small Grants Panel; the rest by the Board."
        ),
        rounded(awards, [160, 150, 104, 65], figures=(3,), total=True),
        note(
            "A bid from Fallowden District Council for replacement CCTV cameras was not funded: the grant "
            "cannot pay for capital works."
        ),
        *section("06", "Budget 2022/23", "Budget"),
        rounded(budget, [380, 99], figures=(1,)),
        p(
            f"The underspend of {whole(income - spent)} is carried forward into the Fund for 2023/24.",
            SMALL,
        ),
        *section("07", "Domestic homicide reviews", "DHRs"),
        p(
            "The partnership commissioned one domestic homicide review (DHR) in 2022, into the death of a "
            "woman in Kettlebridge, known as Adult A. Its independent chair reported to the Board in "
            "March 2023 and the review is with the Home Office. Its costs in 2022/23 were £6,500."
        ),
        *section("08", "Looking ahead", "Looking ahead"),
        p(
            "In 2023/24 the Board will commission a new Strategic Intelligence Assessment from the county's "
            "Insight Team and use it to set priorities for 2024 to 2027, when the current plan ends."
        ),
    ]


# 2023-24: (ref, project, lead, priority, asked, first awarded, final, decided)
AWARDS_2324 = (
    ("SP23-01", "IDVA service", "Foxglove Domestic Abuse Service", "Domestic abuse", 18500, 18500, 18500,
     "Board, 20 Jun 2023"),
    ("SP23-02", "After Dark Welfare Patrols", "Fallowden Faith Forum", "ASB and town centre", 7200, 6500,
     6500,
     "Board, 20 Jun 2023"),
    ("SP23-03", "Kettlebridge Youth Outreach Bus", "Kettlebridge Youth Network", "ASB and town centre", 9800,
     9800, 11300, "Board, 20 Jun 2023; increased by the Chair, 16 Jan 2024"),
    ("SP23-04", "Scam Champions", "Silver Years Dunmarsh", "Fraud and scams", 4200, 4200, 4200,
     "Small Grants Panel, 6 Jun 2023"),
    ("SP23-05", "Safe Shops scheme", "Fallowden Business Improvement District", "ASB and town centre", 3100,
     3100, 1150, "Small Grants Panel, 6 Jun 2023; withdrawn 12 Mar 2024"),
    ("SP23-06", "Edge of Harm knife crime workshops", "Dunmarsh Youth Justice Service", "Serious violence",
     5600, 5600, 5600, "Board, 20 Jun 2023"),
    ("SP23-07", "Hostel Outreach and Naloxone", "Turning Tides Recovery", "Drugs and alcohol", 8400, 7900,
     7900,
     "Deferred 20 Jun 2023; Board, 19 Sep 2023"),
)  # fmt: skip


def _report_2324() -> list[Flowable]:
    members = [["Organisation", "Representative"]]
    members += [[org, rep.split(",")[0]] for org, rep, _ in MEMBERS_2223]
    final = sum(a[6] for a in AWARDS_2324)
    first = sum(a[5] for a in AWARDS_2324)
    asked = sum(a[4] for a in AWARDS_2324)
    grid = [
        [
            "Ref",
            "Project",
            "Lead organisation",
            "Priority",
            "Asked (£k)",
            "First awarded (£k)",
            "Change (£k)",
            "Final (£k)",
            "Decided by",
        ]
    ]
    for ref, name, lead, theme, ask, award, end, decided in AWARDS_2324:
        grid.append([ref, name, lead, theme, k(ask), k(award), k_change(end - award), k(end), decided])
    grid.append(["", "Total 2023 to 2024", "", "", k(asked), k(first), k_change(final - first), k(final), ""])
    income = 51000 + 12000 + 6160
    spent = final + 4800 + 2300
    budget = [
        ["", "£"],
        ["Community Safety Grant (Police and Crime Commissioner)", whole(51000)],
        ["Fallowden District Council contribution", whole(12000)],
        ["Brought forward from 2022/23", whole(6160)],
        ["Available in 2023 to 2024", whole(income)],
        ["Final awards (see the table of awards)", whole(final)],
        ["Domestic homicide reviews", whole(4800)],
        ["Training and partnership support", whole(2300)],
        ["Spent in 2023 to 2024", whole(spent)],
        ["Carried forward to 2024-25", whole(income - spent)],
    ]
    return [
        *title(FALLOWDEN, "Annual Report 2023 to 2024", "Our work from April 2023 to March 2024"),
        notice(),
        *section("01", "Introduction", "Introduction"),
        p(
            "This report tells partners and residents what the Fallowden Community Safety Partnership did "
            "between April 2023 and March 2024, what it spent and what it learned. It was the last year "
            "of the Partnership Plan 2021-24, and the year in which the Board set new priorities for 2024 "
            "to 2027 from a new Strategic Intelligence Assessment."
        ),
        p(
            "Councillor Rosalind Tembe chaired the Board throughout the year. She stood down after the "
            "district elections of May 2024, and on 18 June 2024 the Board elected Councillor Fenella "
            "Ormesby as its Chair and Group Manager Tessa Vardy as Vice-Chair."
        ),
        *section("02", "Who we are", "Members"),
        p(
            "The partnership brings together the responsible authorities and partners that attend "
            "without the statutory duty. In 2023 to 2024 they were represented by:"
        ),
        rounded(members, [118, 108], first_bold=True),
        note(
            "Graham Tulliver retired on 31 March 2024; Nasreen Bhatt has represented the Probation Service "
            "since April 2024. Greenmantle Homes joined the Board as a co-opted member in June 2024."
        ),
        *section("03", "Our priorities in 2023 to 2024", "Priorities"),
        p("The Board worked to the four priorities of the Partnership Plan 2021-24:"),
        numbered(
            [
                "Anti-social behaviour and town centre safety",
                "Domestic abuse",
                "Drugs and alcohol misuse",
                "Fraud and scams against older people",
            ]
        ),
        p(
            "Serious violence was not yet a priority, but the Serious Violence Duty led the Board to fund "
            "knife crime workshops in schools for the first time."
        ),
        *section("04", "The year in brief", "The year in brief"),
        arrows(
            [
                "The Strategic Intelligence Assessment 2023 was published in November 2023 and considered "
                "by the Board on 5 December 2023.",
                "The Board met four times: 20 June, 19 September and 5 December 2023 and 12 March 2024.",
                "One urgent decision was taken by the Chair between meetings, on 16 January 2024, and "
                "ratified on 12 March 2024.",
                "The domestic homicide review into the death of Adult A was published in February 2024.",
            ]
        ),
        NextPageTemplate("wide"),
        PageBreak(),
        *section("05", "Awards from the Safer Places Fund, 2023 to 2024", "Awards"),
        p(
            "Every award of the year, in thousands of pounds: what was asked, what was first awarded, how "
            "it changed during the year and the final sum.",
            SMALL,
        ),
        rounded(grid, [44, 128, 120, 82, 46, 52, 46, 46, 162], figures=(4, 5, 6, 7), total=True),
        note(
            "The Safe Shops award was withdrawn when the Business Improvement District was wound up; "
            "£1.95k of the £3.1k awarded was returned unspent, so £1.15k was spent. A bid of £14.0k from "
            "Fallowden District Council for replacement CCTV cameras in Lowfield was declined as capital "
            "works."
        ),
        NextPageTemplate("threecol"),
        PageBreak(),
        *section("06", "Stories from the year", "Stories"),
        subsection("The bus that stayed out later"),
        p(
            "When anti-social behaviour around Kettlebridge South rose over the autumn, the Youth Outreach "
            "Bus added eight Friday evening sessions in February and March 2024. The Chair agreed an extra "
            "£1,500 between meetings so that the sessions could start before the Board next met, taking "
            "the award to eleven thousand three hundred pounds. Youth workers met 146 young people on "
            "those evenings alone.",
            SMALL,
        ),
        p(
            "“We were seeing the same faces at the bus station every Friday. The bus gave them somewhere "
            "to go.” <i>Youth worker, Kettlebridge Youth Network</i>",
            NOTE,
        ),
        FrameBreak(),
        subsection("Knife crime workshops"),
        p(
            "Edge of Harm, run by the Dunmarsh Youth Justice Service, took a ninety-minute workshop on the "
            "consequences of carrying a knife into all five secondary schools in the district, reaching "
            "2,240 pupils in Years 8 and 9. A parents' evening version followed in January.",
            SMALL,
        ),
        p(
            "Teachers asked for the workshops to be repeated every year, and the Youth Justice Service "
            "has bid again for 2024-25.",
            SMALL,
        ),
        p(
            "Evaluation forms from 1,870 pupils showed that the share who thought carrying a knife made "
            "them safer fell from 14% before the workshop to 4% after it.",
            SMALL,
        ),
        FrameBreak(),
        subsection("A safer night out"),
        p(
            "The After Dark Welfare Patrols, volunteers from the Fallowden Faith Forum, were out on 96 "
            "nights. They handed out 1,300 bottles of water, helped 212 people home safely and called an "
            "ambulance eleven times. The Board gave them £6,500, a little less than the £7,200 they asked "
            "for, and the patrols shortened their Friday hours to match.",
            SMALL,
        ),
        subsection("Naloxone in the hostels"),
        p(
            "Turning Tides Recovery trained hostel staff and residents to use naloxone. Its bid was held "
            "over in June until the county confirmed match funding, and was approved in September.",
            SMALL,
        ),
        NextPageTemplate("page"),
        PageBreak(),
        *section("07", "Budget 2023 to 2024", "Budget"),
        rounded(budget, [380, 99], figures=(1,)),
        p(
            f"{whole(income - spent)} is carried forward into 2024-25, including the £1,950 returned from "
            "the Safe Shops scheme.",
            SMALL,
        ),
        *section("08", "Priorities from April 2024", "New priorities"),
        p(
            "On 12 March 2024 the Board adopted four priorities for 2024 to 2027, following the "
            "recommendations of the Strategic Intelligence Assessment 2023:"
        ),
        numbered(
            [
                "Violence against women and girls",
                "Serious violence and knife crime",
                "Anti-social behaviour and town centre safety",
                "Drug-related harm and exploitation",
            ]
        ),
        p(
            "Fraud and scams against older people is no longer a partnership priority: the Dunmarsh "
            "Safeguarding Adults Board now leads that work across the county."
        ),
        *section("09", "Domestic homicide reviews", "DHRs"),
        p(
            "The review into the death of Adult A was published in February 2024 with nine "
            "recommendations, six of them already complete. Its costs in 2023 to 2024 were £4,800. No new "
            "review was commissioned in the year."
        ),
    ]


def _report_2425() -> list[Flowable]:
    priorities = [
        ["Priority (2024 to 2027)", "Why it matters", "Lead group"],
        [
            "Violence against women and girls",
            "Domestic abuse-related crime rose every year from 2018-19 to 2022-23.",
            "Domestic Abuse and VAWG Delivery Group",
        ],
        [
            "Serious violence and knife crime",
            "Knife-enabled offences rose from 52 to 66 in 2022-23; the Serious Violence Duty applies.",
            "Serious Violence Working Group",
        ],
        [
            "Anti-social behaviour and town centre safety",
            "Fallowden Central and Lowfield have the highest crime rates in the district.",
            "ASB Problem-Solving Group",
        ],
        [
            "Drug-related harm and exploitation",
            "County lines activity and drug-related deaths; the Combating Drugs Partnership's local plan.",
            "Exploitation Forum",
        ],
    ]
    income = 46900 + 10500 + 6910
    awarded = 17500 + 8600 + 6200 + 10400 + 8100 + 2400
    spent = awarded + 5900 + 1600
    budget = [
        ["2024-25", "£"],
        ["Police and Crime Commissioner's grant", whole(46900)],
        ["District council contribution", whole(10500)],
        ["Brought forward from 2023 to 2024", whole(6910)],
        ["Total available", whole(income)],
        ["Awards", whole(awarded)],
        ["Domestic homicide reviews", whole(5900)],
        ["Training and partnership support", whole(1600)],
        ["Carried forward to 2025-26", whole(income - spent)],
    ]
    return [
        *title(FALLOWDEN, "Annual Report 2024-25", "The first year of our priorities for 2024 to 2027"),
        notice(),
        *section("1", "A word from the Chair", "Chair's welcome"),
        p(
            "I became Chair of the partnership in June 2024, taking over from Councillor Rosalind Tembe, "
            "and I want to thank her for three years of steady leadership. This was the first year of our "
            "new priorities, and a year of tighter budgets: the Commissioner's grant fell by eight per "
            "cent and the district council's contribution was reduced too. We made every pound count."
        ),
        p("<i>Councillor Fenella Ormesby, Chair, Fallowden Community Safety Partnership</i>"),
        *section("2", "Who we are", "Membership"),
        p(
            "The Board is chaired by Councillor Fenella Ormesby, Cabinet Member for Communities and Leisure "
            "at Fallowden District Council, with Group Manager Tessa Vardy of Dunmarsh Fire and Rescue "
            "Service as Vice-Chair. Owen Strickley, the council's Community Safety and Resilience Manager, "
            "is the partnership's lead officer."
        ),
        p(
            "The other responsible authorities are represented by Priya Venkataraman (Dunmarsh County "
            "Council), Nasreen Bhatt (the Probation Service, who succeeded Graham Tulliver in April 2024) "
            "and Dr Siobhan Kearsley (Dunmarsh and Wrayside Integrated Care Board). Dunmarsh Police was "
            "represented by Chief Inspector Marcus Hebden until December 2024, when he moved to a "
            "county-wide role; Chief Inspector Ewan Delacourt has represented the police since January "
            "2025."
        ),
        p(
            "Tobias Hanlon (Office of the Police and Crime Commissioner), Ayesha Mahmood (Dunmarsh Youth "
            "Justice Service), Jo Carrick (Foxglove Domestic Abuse Service) and Dev Lakhani (Fallowden "
            "Council for Voluntary Service) attend without the statutory duty, and Ruth Akinola of "
            "Greenmantle Homes joined in June 2024 as the Board's first housing member."
        ),
        *section("3", "Our priorities", "Priorities"),
        p(
            "The Board adopted these priorities on 12 March 2024, from the Strategic Intelligence "
            "Assessment 2023."
        ),
        rounded(priorities, [150, 210, 119], first_bold=True),
        *section("4", "Where the money went", "Funding"),
        p(
            "The Commissioner's Community Safety Grant for 2024-25 was £46,900, down from £51,000, and the "
            "district council's contribution fell from £12,000 to £10,500. With £6,910 brought forward, the "
            f"{FALLOWDEN_FUND} had {whole(income)} to spend."
        ),
        p(
            "In March 2024 the Board had approved the IDVA service at Foxglove Domestic Abuse Service in "
            "principle at £19,000; when the smaller grant was confirmed, the Board reduced the award to "
            "£17,500 at its annual meeting on 18 June 2024. The same meeting approved the Fallowden Night "
            "Hub, a Friday and Saturday night welfare hub run by the Fallowden Faith Forum, at £10,000 "
            "against the £12,000 asked, after the bid had been deferred in March for a costed volunteer "
            "plan; and it gave £6,200 to the Edge of Harm knife crime workshops for a second year."
        ),
        p(
            "The Night Hub opened in September 2024 but could find volunteers for only two nights in four, "
            "so in January 2025 the Board reduced its award from £10,000 to £8,600. In September 2024 the "
            "Board approved £10.4k for the Kettlebridge Youth Outreach Bus and £8.1k for Turning Tides "
            "Recovery's hostel outreach, and in November 2024 the Small Grants Panel gave £2,400 to Safer "
            "Nights training for bar and door staff, run by the council's licensing team."
        ),
        p(
            "A second year of Scam Champions was not funded, because fraud is no longer a partnership "
            f"priority. In all, the Fund's awards for 2024-25 came to {thousands(awarded)}."
        ),
        rounded(budget, [380, 99], figures=(1,)),
        *section("5", "Serious Violence Duty", "Serious violence"),
        p(
            "With the county's Violence Reduction Partnership the Board published a local serious violence "
            "action plan in October 2024. Knife-enabled offences in the district fell from 71 in 2023-24 "
            "to 58 in 2024-25, the first fall since 2020-21."
        ),
        *section("6", "Domestic homicide reviews", "DHRs"),
        p(
            "One new review was commissioned in August 2024, into the death of a man in Fallowden, known "
            "as Adult B. Its costs in 2024-25 were £5,900; it is expected to report in late 2025."
        ),
        *section("7", "Bidding for funding in 2025-26", "How to bid"),
        p(
            "The Fund's open round for 2025-26 runs from 1 May to 13 June 2025. Any voluntary or community "
            "group, school or public body working in Fallowden district may bid, for a project that meets "
            "one of the four priorities. The form is on the district council's website."
        ),
        arrows(
            [
                "Bids of up to £5,000 are decided by the Small Grants Panel in early July.",
                "Larger bids go to the Board on 16 September 2025.",
                "The grant cannot pay for capital works, such as cameras, lighting or building repairs.",
                "Ask Owen Strickley, the lead officer, at communitysafety@fallowden.example before you bid.",
            ]
        ),
    ]
