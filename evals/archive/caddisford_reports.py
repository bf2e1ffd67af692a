"""Partnership Q's annual reports. 2023-24: a contents list, the outgoing Chair's foreword, the members in
a railed table, the four priorities of the Partnership Plan 2022-25 with progress in numbered paragraphs
("2.1.1"), the year's awards in an open table with footnotes, the budget as dot leaders, stories on a
two-column page and the priorities agreed for 2024-25. 2024-25: a new Chair's introduction, the members
in prose, the changed priorities and a fifth from April 2025, the money as dot leaders with the year's
changes told in prose, and two appendices (A: every award with its first and final sum; B: the
members)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.caddisford_layout import (
    Furniture,
    caption,
    contents,
    leaders,
    listing,
    note,
    notice,
    numbered,
    open_table,
    p,
    pounds,
    railed,
    render_pages,
    section,
    subsection,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import CADDISFORD, CADDISFORD_FUND

TITLE_2324 = f"{CADDISFORD}: Annual Report 2023-24"
TITLE_2425 = f"{CADDISFORD}: Annual Report 2024-25"

# Project, organisation, priority number, decided, award.
AWARDS_2324 = (
    ("Saltry Street Pastors", "Caddisford Churches Together", "1", "11 Jul 2023 ¹", 5_600),
    ("Stalking Advocacy Pilot", "Meadowgate Domestic Abuse Service", "2", "11 Jul 2023", 11_200),
    ("Quenby Park detached youth outreach", "Caddisford Youth Partnership", "3", "11 Jul 2023", 8_400),
    ("Operation Lantern", "CDC Neighbourhood Warden Service", "1", "3 Oct 2023 ²", 2_600),
    ("Kettlewick Farm Watch", "Hallowshire Constabulary Rural Crime Team", "4", "7 Nov 2023 ³", 6_300),
    ("Ask for Angela and WAVE training", "CDC Licensing", "1", "7 Nov 2023", 1_900),
    (
        "Healthy Relationships programme, Year 9",
        "Meadowgate Domestic Abuse Service",
        "2",
        "12 Mar 2024",
        3_450,
    ),
)
# Ref, project, organisation, priority, decided, first award, final award.
AWARDS_2425 = (
    ("C1", "Stalking Advocacy Service", "Meadowgate Domestic Abuse Service", "DA", "12 Mar 2024", 12_000,
     12_000),
    ("C2", "Blades Down", "Hallowshire Youth Justice Service", "SV", "12 Mar 2024", 7_500, 5_250),
    ("C3", "Evening warden patrols", "CDC Neighbourhood Warden Service", "ASB", "12 Mar 2024", 6_000, 6_000),
    ("C4", "Safe Steps mentoring", "Caddisford Youth Partnership", "EX", "12 Mar 2024", 9_000, 9_000),
    ("C5", "Community Safety Officer post", "Caddisford District Council", "All", "12 Mar 2024", 15_500,
     15_500),
    ("G1", "Saltry Youth Cafe Friday sessions", "Saltry Youth Cafe CIC", "ASB", "16 Jul 2024", 2_400, 0),
    ("G2", "Neighbourhood Watch relaunch", "Brockwell Green Neighbourhood Watch", "ASB", "16 Jul 2024", 1_350,
     1_350),
    ("G3", "Walk Safe evening safety campaign", "Caddisford College", "DA", "16 Jul 2024", 2_200, 2_200),
    ("G4", "Christmas Safe Space", "Meadowgate Domestic Abuse Service", "DA", "11 Dec 2024", 1_750, 1_750),
    ("G5", "Taxi Marshals, Market Street rank", "CDC Licensing", "SV", "21 Jan 2025", 4_400, 4_400),
    ("G6", "ShopSafe radio link", "Caddisford Business Improvement District", "ASB", "21 Jan 2025", 3_800,
     3_800),
    ("G7", "Fight for Change", "Fennimore Boxing Academy", "SV", "21 Jan 2025", 4_600, 4_600),
)  # fmt: skip


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture("Annual Report 2023-24", "CCSP Annual Report 2023-24, approved 16 July 2024")
    return render_pages(path, _report_2324, Meta(TITLE_2324, CADDISFORD), furniture)


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture("Annual Report 2024-25", "CCSP Annual Report 2024-25, approved 15 July 2025")
    return render_pages(path, _report_2425, Meta(TITLE_2425, CADDISFORD), furniture)


def _report_2324() -> list[Flowable]:
    members = [
        ["Organisation", "Member at 31 March 2024", "Standing"],
        ["Caddisford District Council", "Councillor Janet Rowbotham (Chair)", "Responsible authority"],
        ["Hallowshire Constabulary", "Superintendent Rhiannon Tull (Vice-Chair)", "Responsible authority"],
        ["Hallowshire County Council", "Councillor Derek Pawley", "Responsible authority"],
        ["Hallowshire Fire and Rescue Service", "Group Manager Leanne Fairclough", "Responsible authority"],
        ["Probation Service, Hallowshire Delivery Unit", "Marcus Odell", "Responsible authority"],
        ["Hallowshire and Wyre Vale Integrated Care Board", "Dr Hannah Greaves", "Responsible authority"],
        ["Hallowshire Youth Justice Service", "Paul Kinsella", "Invited member"],
        ["Hallowshire Public Health", "Dr Nadia Chaudry", "Invited member"],
        ["Meadowgate Domestic Abuse Service", "Carol Finch", "Invited member"],
        ["Caddisford Homes", "Simon Brede", "Invited member"],
        ["Office of the Police and Crime Commissioner", "Elliot Marsh", "Observer"],
    ]
    awards = [["Project", "Organisation", "Priority", "Decided", "Award"]]
    awards += [[name, org, pri, when, pounds(k)] for name, org, pri, when, k in AWARDS_2324]
    total = sum(a[4] for a in AWARDS_2324)
    awards.append(["Total awarded in 2023-24", "", "", "", pounds(total)])
    budget = [
        ("Police and Crime Commissioner's Community Safety Grant", "£48,500"),
        ("Caddisford District Council contribution", "£10,000"),
        ("Brought forward from 2022-23", "£3,260"),
        ("Money available", "£61,760"),
        ("Community Safety Officer post", "£15,000"),
        ("Grants awarded (Table 3.1)", pounds(total)),
        ("Carried forward to 2024-25", pounds(61_760 - 15_000 - total)),
    ]
    return [
        notice(),
        *title(
            "Annual report", "Annual Report 2023-24", "The Partnership's work from April 2023 to March 2024"
        ),
        p("<b>Contents</b>"),
        contents(
            [
                ("1", "About the Partnership"),
                ("2", "Our priorities in 2023-24"),
                ("3", f"The {CADDISFORD_FUND}"),
                ("4", "Duties, reviews and training"),
                ("5", "Stories from the year"),
                ("6", "Looking ahead to 2024-25"),
            ]
        ),
        Spacer(1, 8),
        subsection("", "Foreword"),
        p(
            "This is my third and final annual report as Chair. In 2023-24 we put more money than ever "
            "into keeping people safe in our town centres at night, we paid for the district's first "
            "specialist stalking advocate, and our new Strategic Intelligence Assessment has shown us where "
            "we must change course. I thank every member of the Board and the Community Safety Team."
        ),
        p("<i>Councillor Janet Rowbotham, Chair of the Partnership 2021 to 2024</i>"),
        note(
            "At its annual meeting on 16 July 2024 the Board elected Superintendent Rhiannon Tull as Chair "
            "and Councillor Amir Haddad, Caddisford District Council's new Cabinet Member for Communities, "
            "as Vice-Chair."
        ),
        *section("1", "About the Partnership"),
        numbered(
            "1.1",
            "The Caddisford Community Safety Partnership is the statutory community safety partnership for "
            "the district of Caddisford, set up under the Crime and Disorder Act 1998. The district has "
            "118,600 residents: the market town of Caddisford, the river port of Saltry and a large rural "
            "area to the north.",
        ),
        numbered(
            "1.2",
            "The Board is made up of the six responsible authorities and invited members. Group Manager "
            "Leanne Fairclough joined the Board in November 2023, succeeding Station Commander Colin "
            "Ashdown on his retirement.",
        ),
        caption("Table 1.1  Board members", keep=False),
        railed(members, [170, 170, 110]),
        numbered(
            "1.3",
            "The Board met four times in 2023-24: on 18 April, 11 July and 7 November 2023 and on "
            "12 March 2024. Every meeting was quorate.",
        ),
        *section("2", "Our priorities in 2023-24"),
        numbered("2.1", "Our priorities this year were those of the Partnership Plan 2022-25:"),
        listing(
            [
                "Anti-social behaviour in Caddisford town centre and Saltry",
                "Domestic abuse",
                "Exploitation of children and young people",
                "Rural and farm crime",
            ],
            marks="1",
        ),
        subsection("2.2", "Progress"),
        numbered(
            "2.2.1",
            "Anti-social behaviour incidents in the district fell from 5,571 in 2022 to 5,038 in 2023, "
            "though the fall was slowest in Saltry.",
        ),
        numbered(
            "2.2.2",
            "Domestic abuse-related crimes rose again, to 1,754 in 2023. More victims are coming forward "
            "and the new stalking advocate is now taking referrals.",
        ),
        numbered(
            "2.2.3",
            "Rural and farm crime fell to 176 offences in 2023, the lowest in five years.",
        ),
        *section("3", f"The {CADDISFORD_FUND}"),
        numbered(
            "3.1",
            "The Board made seven awards from the Fund in 2023-24, shown in Table 3.1. Priority numbers are "
            "those of the list in section 2.",
        ),
        caption("Table 3.1  Awards made in 2023-24"),
        open_table(awards, [130, 150, 44, 70, 52], figures=[4], totals=[len(awards) - 1]),
        note(
            "¹ Awarded £4,750 on 11 July 2023; increased to £5,600 on 7 November 2023 for extra nights in "
            "December. ² Decided by the Chair between meetings and ratified by the Board on 7 November 2023. "
            "³ Deferred on 11 July 2023 until match funding was confirmed; approved on 7 November 2023. "
            "Not funded: a boxing ring and equipment (capital), a youth shelter (withdrawn by the "
            "applicant) and a speed watch scheme (not a priority)."
        ),
        caption("Table 3.2  The Fund in 2023-24"),
        leaders(budget, 380, bold=[3, 6]),
        Spacer(1, 6),
        numbered(
            "3.2",
            "The £7,310 carried forward is part of the 2024-25 Fund. Organisations can find out how to bid "
            "from the Community Safety Team; bids of up to £5,000 are welcome in the open round.",
        ),
        *section("4", "Duties, reviews and training"),
        subsection("4.1", "Domestic homicide reviews"),
        numbered(
            "4.1.1",
            "No new domestic homicide review was commissioned in 2023-24. The review commissioned in 2022 "
            "was published in November 2023 after the Home Office's quality assurance panel accepted it; "
            "its nine recommendations are overseen by the Domestic Abuse Strategic Group.",
        ),
        subsection("4.2", "Serious Violence Duty"),
        numbered(
            "4.2.1",
            "The Duty has applied since January 2023. The Partnership contributed to the county's first "
            "serious violence strategic needs assessment, and its own Strategic Intelligence Assessment "
            "2024 recommended making serious violence a local priority.",
        ),
        subsection("4.3", "Training"),
        numbered(
            "4.3.1",
            "212 frontline staff from partner organisations completed domestic abuse and stalking awareness "
            "training, and staff at 40 licensed premises were trained in Ask for Angela and Welfare and "
            "Vulnerability Engagement (WAVE).",
        ),
        NextPageTemplate("twocol"),
        PageBreak(),
        *section("5", "Stories from the year"),
        subsection("", "Street Pastors in Saltry"),
        p(
            "Volunteers from Caddisford Churches Together were out on 61 nights between September and "
            "March, helping 290 people, handing out 1,400 bottles of water and calling an ambulance nine "
            "times."
        ),
        subsection("", "A stalking advocate"),
        p(
            "With just over £11,000 from the Fund, Meadowgate's Stalking Advocacy Pilot supported 58 "
            "victims between October and March. Eleven went on to obtain stalking protection orders."
        ),
        subsection("", "Farm Watch"),
        p(
            "Kettlewick Farm Watch signed up 112 farms. Trail cameras on three farms led to two arrests "
            "for fuel theft."
        ),
        subsection("", "Operation Lantern"),
        p(
            "Extra warden patrols over Halloween and bonfire night, decided by the Chair in October so that "
            "they could start in time, cut fireworks complaints in Saltry by more than half."
        ),
        subsection("", "Youth outreach in Quenby Park"),
        p(
            "Caddisford Youth Partnership's detached youth workers met 184 young people on the streets and "
            "parks of Quenby Park, and referred 19 to the Youth Justice Service's prevention team."
        ),
        subsection("", "Healthy relationships"),
        p(
            "In February and March Meadowgate ran healthy relationships sessions for Year 9 pupils in two "
            "secondary schools, reaching 330 pupils; the rest of the programme runs into the summer term."
        ),
        *section("6", "Looking ahead to 2024-25"),
        numbered(
            "6.1",
            "On 12 March 2024, acting on the Strategic Intelligence Assessment 2024, the Board agreed the "
            "priorities for 2024-25: anti-social behaviour in all our neighbourhoods; domestic abuse and "
            "stalking; serious violence, including knife crime; and exploitation of children and young "
            "people.",
        ),
        numbered(
            "6.2",
            "Rural and farm crime is no longer one of our priorities; the Hallowshire Rural Crime "
            "Partnership now leads that work.",
        ),
        numbered(
            "6.3",
            "Most of the 2024-25 Fund has been committed to five commissioned services, set out in our "
            "Grants Programme 2024-25; the rest goes to an open grants round.",
        ),
        p("Community Safety Team: community.safety@caddisford.example, 01632 960733."),
    ]


def _report_2425() -> list[Flowable]:
    awards = [["Ref", "Project", "Organisation", "Priority", "Decided", "First award", "Final"]]
    awards += [[ref, name, org, pri, when, pounds(first), pounds(final)]
               for ref, name, org, pri, when, first, final in AWARDS_2425]  # fmt: skip
    final_total = sum(a[6] for a in AWARDS_2425)
    awards.append(["", "Total", "", "", "", "", pounds(final_total)])
    members = [
        ["Organisation", "Member at 31 March 2025"],
        ["Hallowshire Constabulary", "Superintendent Rhiannon Tull (Chair)"],
        ["Caddisford District Council", "Councillor Amir Haddad (Vice-Chair)"],
        ["Hallowshire County Council", "Councillor Derek Pawley"],
        ["Hallowshire Fire and Rescue Service", "Group Manager Leanne Fairclough"],
        ["Probation Service, Hallowshire Delivery Unit", "Beverley Strand"],
        ["Hallowshire and Wyre Vale Integrated Care Board", "Dr Hannah Greaves"],
        ["Hallowshire Youth Justice Service", "Paul Kinsella"],
        ["Hallowshire Public Health", "Dr Nadia Chaudry"],
        ["Meadowgate Domestic Abuse Service", "Carol Finch"],
        ["Caddisford Homes", "Simon Brede"],
        ["Caddisford Voluntary Action (co-opted)", "Imran Sheikh"],
        ["Office of the Police and Crime Commissioner (observer)", "Elliot Marsh"],
    ]
    money = [
        ("Police and Crime Commissioner's Community Safety Grant", "£50,000"),
        ("Caddisford District Council contribution", "£10,000"),
        ("Carried forward from 2023-24", "£7,310"),
        ("Money available", "£67,310"),
        ("Commissioned services (after the Blades Down change)", "£47,750"),
        ("Grants from the open round and the Chair's decision", "£18,100"),
        ("Returned unspent by the Neighbourhood Warden Service", "–£640"),
        ("Spent", "£65,210"),
        ("Carried forward to 2025-26", "£2,100"),
    ]
    return [
        notice(),
        *title(
            "Annual report",
            "Annual Report 2024-25",
            "Caddisford Community Safety Partnership, April 2024 to March 2025",
        ),
        p("<b>Contents</b>"),
        contents(
            [
                ("1", "The Partnership"),
                ("2", "Our priorities"),
                ("3", "Money"),
                ("4", "What difference it made"),
                ("5", "Reviews and new duties"),
                ("6", "Looking ahead to 2025-26"),
                ("A", "Appendix A: Awards 2024-25"),
                ("B", "Appendix B: Board members"),
            ]
        ),
        Spacer(1, 8),
        subsection("", "Introduction from the Chair"),
        p(
            "I was elected Chair at our annual meeting on 16 July 2024, taking over from Councillor Janet "
            "Rowbotham, who led the Partnership from 2021 to 2024. This was the first year of the "
            "priorities our Strategic Intelligence Assessment pointed us to, including serious violence, and "
            "of a Fund spent mostly on services commissioned for the whole year."
        ),
        p("<i>Superintendent Rhiannon Tull, Chair (Hallowshire Constabulary)</i>"),
        *section("1", "The Partnership"),
        numbered(
            "1.1",
            "Councillor Amir Haddad joined the Board in July 2024 as Caddisford District Council's member "
            "and was elected Vice-Chair. Marcus Odell left the Probation Service in September 2024; his "
            "successor as head of the Hallowshire Delivery Unit, Beverley Strand, joined the Board in "
            "October. In September 2024 the Board co-opted Caddisford Voluntary Action, represented by "
            "Imran Sheikh, to speak for the voluntary and community sector. The full membership is in "
            "Appendix B.",
        ),
        numbered(
            "1.2",
            "The Board met four times: on 16 July 2024, 15 October 2024, 21 January 2025 and 18 March 2025.",
        ),
        *section("2", "Our priorities"),
        numbered(
            "2.1",
            "In 2024-25 we worked to the four priorities the Board agreed on 12 March 2024:",
        ),
        listing(
            [
                "Anti-social behaviour in all our neighbourhoods",
                "Domestic abuse and stalking",
                "Serious violence, including knife crime",
                "Exploitation of children and young people",
            ],
            marks="a",
        ),
        numbered(
            "2.2",
            "Compared with 2023-24, serious violence is new; the anti-social behaviour priority has grown "
            "from two town centres to the whole district; domestic abuse now takes in stalking; and rural "
            "and farm crime has been handed to the Hallowshire Rural Crime Partnership.",
        ),
        numbered(
            "2.3",
            "On 21 January 2025 the Board added a fifth priority from 1 April 2025, shop theft and retail "
            "crime, after shoplifting rose by almost a third in 2023 and again in 2024.",
        ),
        *section("3", "Money"),
        leaders(money, 400, bold=[3, 7, 8]),
        Spacer(1, 6),
        numbered(
            "3.1",
            "Three changes were made during the year. In January 2025 the Board reduced the award for "
            "Blades Down from £7,500 to £5,250, as seven schools rather than ten took it up. It withdrew the "
            "award of £2,400 to Saltry Youth Cafe CIC, which closed before any money was paid. And in "
            "December 2024 the Chair awarded £1,750 for Christmas Safe Space between meetings, a decision "
            "the Board ratified in January.",
        ),
        numbered(
            "3.2",
            "The Taxi Marshals bid was deferred in October 2024, until the Business Improvement District "
            "confirmed its share, and approved in January 2025. Every award is listed in Appendix A.",
        ),
        *section("4", "What difference it made"),
        numbered(
            "4.1",
            "The Stalking Advocacy Service supported 96 victims in its first full year. Blades Down reached "
            "1,640 pupils in seven schools, and Safe Steps mentored 27 young people, 24 of whom had no "
            "further contact with the police during the year.",
        ),
        numbered(
            "4.2",
            "Anti-social behaviour incidents reported to the police fell by 6% in Quenby Park and 9% in "
            "Fennimore, where the evening warden patrols ran.",
        ),
        *section("5", "Reviews and new duties"),
        numbered(
            "5.1",
            "The Partnership commissioned one domestic homicide review in August 2024. It will be "
            "submitted to the Home Office in the autumn of 2025.",
        ),
        numbered(
            "5.2",
            "Under the Serious Violence Duty the Partnership contributes to the Hallowshire Serious Violence "
            "Strategy; our serious violence priority is the local part of it.",
        ),
        *section("6", "Looking ahead to 2025-26"),
        numbered(
            "6.1",
            "The Fund has £60,100 for 2025-26: the Commissioner's grant of £50,000, unchanged, £8,000 from "
            "the District Council, down from £10,000, and £2,100 carried forward.",
        ),
        numbered(
            "6.2",
            "From 1 April 2025 a Funding Panel decides open-round bids of up to £5,000 between Board "
            "meetings; larger bids go to the Board.",
        ),
        NextPageTemplate("wide"),
        PageBreak(),
        *section("A", "Appendix A: Awards 2024-25"),
        open_table(awards, [28, 170, 210, 50, 76, 70, 60], figures=[5, 6], totals=[len(awards) - 1]),
        Spacer(1, 4),
        note(
            "Priority: ASB anti-social behaviour; DA domestic abuse and stalking; SV serious violence; EX "
            "exploitation. C: commissioned for the year; G: grant. G1 was withdrawn and G4 decided by the "
            "Chair between meetings. C3 returned £640 unspent at the year end."
        ),
        NextPageTemplate("page"),
        PageBreak(),
        *section("B", "Appendix B: Board members"),
        railed(members, [250, 220]),
    ]
