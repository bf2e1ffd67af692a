"""Partnership P's annual reports and funding plan: an Annual Report 2023-24 (the members in a table, four
priorities as a numbered list, every award of the year in a column-banded table with a total and notes,
the budget, case studies in two columns); a landscape Commissioning Plan 2024-25 in £k; an Annual Report
2024-25 with a new Chair, the members in prose, the priorities as changed in March 2024, the year's
awards in £k on a two-column page and a withdrawn award of the year before."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import TARNHOLT, TARNHOLT_FUND
from evals.archive.tarnholt_layout import (
    SMALL,
    Furniture,
    banded,
    caption,
    heading,
    listing,
    note,
    notice,
    p,
    pounds,
    render_pages,
    subhead,
    thousands,
    title,
)

TITLE_2324 = "Tarnholt and Oxbarrow Community Safety Partnership: Annual Report 2023-24"
TITLE_2425 = "Tarnholt and Oxbarrow Community Safety Partnership: Annual Report 2024-25"
TITLE_PLAN = "Tarnholt and Oxbarrow Community Safety Partnership: Commissioning Plan 2024-25"

# Project, organisation, priority, when decided, award (£): every award of 2023-24 as it finally stood.
AWARDS_2324 = (
    ("Coastal Watch volunteers", "Oxbarrow Coastal Volunteers", "2", "20 June 2023", 5750),
    ("Healthy Relationships in schools", "Linnet House Domestic Abuse Service", "1", "20 June 2023", 7400),
    ("Late Night Welfare Hub", "Tarnholt Nightsafe CIC", "2", "19 September 2023 ¹", 7900),
    ("Step Up mentoring", "Oxbarrow Youth Trust", "3", "19 September 2023", 9000),
    ("Pubwatch radio link", "Oxbarrow Pubwatch", "2", "19 September 2023", 3100),
    ("Sparks Safe", "Morvenshire Fire and Rescue Service", "2", "2 November 2023 ²", 2300),
    ("Scam Shield", "Morvenshire Trading Standards", "–", "12 December 2023", 4200),
    ("Secure at Home", "Linnet House Domestic Abuse Service", "1", "12 December 2023 ³", 6600),
)
# Line, priority, what, provider, how, £k planned.
PLAN_2425 = (
    ("C1", "1", "Domestic abuse outreach worker (0.5 post)", "Linnet House Domestic Abuse Service",
     "Direct commission", 16.0),
    ("C2", "1", "Secure at Home, year 2", "Linnet House Domestic Abuse Service", "Direct commission", 6.0),
    ("C3", "2", "Sharp Choices knife crime workshops in secondary schools", "Morvenshire Youth Justice "
        "Service",
     "Direct commission", 6.0),
    ("C4", "2", "Hotspot patrols in the two town centres (overtime, matched by the force)",
     "Morvenshire Constabulary", "Grant", 8.0),
    ("C5", "3", "Late Night Welfare Hub, Tarnholt", "Tarnholt Nightsafe CIC", "Grant", 7.5),
    ("C6", "3", "Friday night football in Sorrelby and Pennacott", "Oxbarrow Youth Trust", "Grant", 4.5),
    ("C7", "4", "Step Up mentoring, year 2 (including the summer term of 2024)", "Oxbarrow Youth Trust",
     "Grant", 10.5),
    ("C8", "Any", "Open bidding round (two windows, bids of up to £5,000)", "Community groups", "Open round",
     12.0),
    ("C9", "All", "Partnership Analyst post (contribution)", "District Council", "Staffing", 8.1),
)  # fmt: skip
INCOME_2425 = (
    ("Police and Crime Commissioner's Community Safety Grant", 54.0),
    ("Tarnholt and Oxbarrow District Council", 12.0),
    ("Morvenshire County Council (new for 2024-25)", 5.0),
    ("Carried forward from 2023-24", 7.6),
)
# Project, lead, priority, £k awarded in 2024-25.
AWARDS_2425 = (
    ("Domestic abuse outreach worker", "Linnet House", "1", 16.0),
    ("Secure at Home, year 2", "Linnet House", "1", 6.0),
    ("Sharp Choices knife crime workshops", "Youth Justice Service", "2", 7.2),
    ("Hotspot patrols", "Morvenshire Constabulary", "2", 8.0),
    ("Late Night Welfare Hub", "Tarnholt Nightsafe CIC", "3", 7.5),
    ("Friday night football", "Oxbarrow Youth Trust", "3", 4.5),
    ("Step Up mentoring, year 2", "Oxbarrow Youth Trust", "4", 10.5),
    ("Seafront Safe Space (open round)", "Oxbarrow Seafront Traders", "1", 4.8),
    ("Neighbourhood Watch relaunch (open round)", "Brackenlow Residents' Association", "3", 1.9),
    ("Scam talks for older people (open round)", "Oxbarrow Silver Circle", "–", 2.4),
)


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture("Annual Report 2023-24", "TOCSP Annual Report 2023-24 | approved 16 July 2024")
    return render_pages(path, _report_2324, Meta(TITLE_2324, TARNHOLT), furniture)


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture("Annual Report 2024-25", "TOCSP Annual Report 2024-25 | approved 15 July 2025")
    return render_pages(path, _report_2425, Meta(TITLE_2425, TARNHOLT), furniture)


def write_commissioning_plan(path: Path) -> Path:
    furniture = Furniture("Commissioning Plan 2024-25", "TOCSP/FUND/2024-25  signed off 30.04.2024")
    return render_pages(path, _plan, Meta(TITLE_PLAN, TARNHOLT), furniture, first="wide")


def _report_2324() -> list[Flowable]:
    members = [
        ["Organisation", "Member at 31 March 2024", "Role"],
        ["Tarnholt and Oxbarrow District Council", "Councillor Marcus Feltham", "Chair"],
        ["Morvenshire Constabulary", "Superintendent Owen Brennock", "Vice-Chair"],
        ["Morvenshire County Council", "Councillor Ruth Cardew", "Member"],
        ["Morvenshire Fire and Rescue Service", "Group Manager Anya Selwood", "Member"],
        ["Probation Service", "Deborah Imrie", "Member"],
        ["Morvenshire and Dunmere Integrated Care Board", "Priya Langstaff", "Member"],
        ["Morvenshire Youth Justice Service", "Tom Haverford", "Invited partner"],
        ["Morvenshire Public Health", "Dr Sam Yusuf", "Invited partner"],
        ["Office of the Police and Crime Commissioner", "Lewis Kilbride", "Observer"],
        ["Linnet House Domestic Abuse Service", "Jo Rosslyn", "Invited partner"],
        ["Oxbarrow Housing Association", "Martin Thorley", "Invited partner"],
    ]
    awards = [["Project", "Organisation", "Priority", "Decided", "Award"]]
    awards += [[name, org, pri, when, pounds(amount)] for name, org, pri, when, amount in AWARDS_2324]
    total = sum(a[4] for a in AWARDS_2324)
    awards.append(["Total awarded in 2023-24", "", "", "", pounds(total)])
    budget = [
        ["", "£"],
        ["Commissioner's Community Safety Grant", "52,000"],
        ["District Council contribution", "12,000"],
        ["Brought forward from 2022-23", "4,850"],
        ["Money available", "68,850"],
        ["Community Safety Co-ordinator post", "15,000"],
        ["Awards (table above)", f"{total:,}"],
        ["Carried forward to 2024-25", f"{68_850 - 15_000 - total:,}"],
    ]
    return [
        notice(),
        *title("Annual Report 2023-24", "What the Partnership did from April 2023 to March 2024"),
        heading("", "From the Chair"),
        p(
            "This is my third and last annual report as Chair. It was a year in which we spent more of our "
            "Fund on keeping people safe at night in our town centres, paid for the first time for work "
            "to make survivors of domestic abuse safer in their own homes, and took a hard look at the "
            "evidence in our Strategic Intelligence Assessment. That assessment has changed what we will "
            "focus on from April 2024. I thank every member, and the Community Safety Team, for their work."
        ),
        p("<i>Councillor Marcus Feltham, Chair of the Partnership 2021 to 2024</i>"),
        note(
            "At its annual meeting on 25 June 2024 the Board elected Priya Langstaff (Morvenshire and "
            "Dunmere Integrated Care Board) as Chair; Superintendent Owen Brennock continues as Vice-Chair."
        ),
        heading("1", "Who we are"),
        p(
            "We are the statutory community safety partnership for Tarnholt and Oxbarrow district. The "
            "Board met four times in 2023-24 (June, September, December and March); every meeting was "
            "quorate."
        ),
        banded(members, [190, 160, 110]),
        heading("2", "Our priorities for 2023-24"),
        p("Under the Partnership Plan 2022-25 our priorities this year were:"),
        listing(
            [
                "Domestic abuse",
                "Anti-social behaviour in Tarnholt and Oxbarrow town centres",
                "Exploitation of young people",
                "Drug and alcohol-related harm",
            ],
            numbered="%s)",
        ),
        heading("3", f"The {TARNHOLT_FUND}"),
        p("The Board made eight awards from the Fund in 2023-24. Priority numbers refer to the list above."),
        caption("Awards made in 2023-24"),
        banded(awards, [130, 150, 46, 90, 60], figures=[4], totals=[len(awards) - 1]),
        note(
            "¹ First awarded £6,500; raised to £7,900 on 12 December 2023 to open over Christmas and New "
            "Year. ² Decided by the Chair between meetings and ratified by the Board on 12 December 2023. "
            "³ Awarded £8,800 on 12 December 2023; reduced to £6,600 on 19 March 2024 as 15 homes, not 20, "
            "were made secure. A bid of £18,750 for CCTV was refused as capital works; a bid for skate "
            "park lighting was withdrawn; Scam Shield served no single priority."
        ),
        caption("Where the money came from and went"),
        banded(budget, [260, 80], figures=[1], totals=[4, 7]),
        NextPageTemplate("twocol"),
        PageBreak(),
        heading("4", "Stories from the year"),
        subhead("A safe place on a Saturday night"),
        p(
            "Tarnholt Nightsafe CIC opened the Late Night Welfare Hub in Market Square on 6 October 2023. "
            "Volunteers gave water, phone charging and a safe place to wait to 341 people by the end of "
            "January, and called an ambulance eleven times. Police say the Hub saves about two officer "
            "hours a night."
        ),
        subhead("Safer at home"),
        p(
            "Secure at Home fitted stronger locks, door chains and video doorbells in the homes of fifteen "
            "survivors of domestic abuse between January and March 2024, each visit followed by a Safe and "
            "Well visit from the Fire and Rescue Service."
        ),
        subhead("Bonfire weekend"),
        p(
            "Sparks Safe, decided by the Chair in November so that it could run before bonfire night, drew "
            "46 young people to evening sessions at Wharfside and Millbeck fire stations."
        ),
        subhead("Step Up"),
        p(
            "Oxbarrow Youth Trust matched 23 young people at risk of exploitation with trained mentors. The "
            "Trust will continue the work in 2024-25 under our Commissioning Plan."
        ),
        heading("5", "Looking ahead"),
        p(
            "Acting on the Strategic Intelligence Assessment, the Board agreed on 19 March 2024 four "
            "priorities for 2024-25: domestic abuse and violence against women and girls; serious violence "
            "and knife crime; anti-social behaviour in our neighbourhoods; and exploitation of children and "
            "young people. Drug and alcohol-related harm is now led by the Morvenshire Combating Drugs "
            "Partnership."
        ),
        p(
            "Contact the Community Safety Team at community.safety@tarnholt-oxbarrow.example or on 01632 "
            "960418.",
            SMALL,
        ),
    ]


def _plan() -> list[Flowable]:
    rows = [["Line", "Priority", "What we will buy", "Provider", "How", "£k"]]
    rows += [[line, pri, what, who, how, thousands(k)] for line, pri, what, who, how, k in PLAN_2425]
    total = sum(k for *_, k in PLAN_2425)
    rows.append(["", "", "Total planned", "", "", thousands(total)])
    income = [["Income 2024-25", "£k"]]
    income += [[what, thousands(k)] for what, k in INCOME_2425]
    income.append(["Total", thousands(sum(k for _, k in INCOME_2425))])
    return [
        notice(),
        *title("Commissioning Plan 2024-25", f"How the {TARNHOLT_FUND} will be spent from April 2024"),
        p(
            "The Board agreed this plan in principle on 19 March 2024 and asked the Chair to sign off the "
            "final version, which he did on 30 April 2024. Priority numbers: 1 domestic abuse and violence "
            "against women and girls; 2 serious violence and knife crime; 3 anti-social behaviour in our "
            "neighbourhoods; 4 exploitation of children and young people. All sums are in thousands of "
            "pounds (£k)."
        ),
        banded(income, [330, 60], figures=[1], totals=[len(income) - 1], boxed=True),
        Spacer(1, 8),
        caption("Planned spending"),
        banded(rows, [34, 48, 270, 190, 100, 50], figures=[5], totals=[len(rows) - 1]),
        Spacer(1, 8),
        heading("", "The open bidding round", size=12),
        listing(
            [
                "Window 1 opens 3 June 2024 and closes 5 July 2024; decisions by the Funding Sub-Group or "
                "the Board in July.",
                "Window 2 opens 7 October 2024 and closes 8 November 2024; decisions at the December Board.",
                "Bids of up to £5,000 from voluntary and community groups, parish and town councils and "
                "public bodies, for projects finishing by 31 March 2025. No capital works.",
                "Application forms from community.safety@tarnholt-oxbarrow.example.",
            ]
        ),
        note(
            "Signed off: Councillor Marcus Feltham, Chair, 30 April 2024, as delegated by the Board on "
            "19 March 2024."
        ),
    ]


def _report_2425() -> list[Flowable]:
    awards = [["Project", "Lead", "P.", "£k"]]
    awards += [[name, lead, pri, thousands(k)] for name, lead, pri, k in AWARDS_2425]
    total = sum(a[3] for a in AWARDS_2425)
    awards.append(["Total", "", "", thousands(total)])
    return [
        notice(),
        *title(
            "Annual Report 2024-25",
            "Tarnholt and Oxbarrow Community Safety Partnership, April 2024 to March 2025",
        ),
        heading("", "Introduction"),
        p(
            "I became Chair at our annual meeting on 25 June 2024, taking over from Councillor Marcus "
            "Feltham, who had led the Partnership since 2021. It has been a year of new priorities, "
            "shaped by our Strategic Intelligence Assessment, and of a new way of spending our Fund: most "
            "of it commissioned at the start of the year, the rest through an open round."
        ),
        p(
            "<i>Priya Langstaff, Chair (Head of Safeguarding, Morvenshire and Dunmere Integrated Care "
            "Board)</i>"
        ),
        heading("1", "Our Board"),
        p(
            "Superintendent Owen Brennock was re-elected Vice-Chair in June 2024. Deborah Imrie retired from "
            "the Probation Service in January 2025; her successor as Head of the Probation Delivery Unit, "
            "Ade Kessell, joined the Board in February. Councillor Ruth Cardew continued to represent the "
            "County Council. In October 2024 the Board co-opted Tarnholt and Oxbarrow CVS, represented by "
            "Kate Ferriday, to speak for the voluntary sector. The other members were unchanged: Group "
            "Manager Anya Selwood (Fire and Rescue), Tom Haverford (Youth Justice), Dr Sam Yusuf (Public "
            "Health), Jo Rosslyn (Linnet House) and Martin Thorley (Oxbarrow Housing Association), with "
            "Lewis Kilbride observing for the Commissioner."
        ),
        heading("2", "Our priorities"),
        p(
            "From 1 April 2024 the Partnership has worked to four priorities, agreed by the Board on 19 "
            "March 2024:"
        ),
        listing(
            [
                "Domestic abuse and violence against women and girls",
                "Serious violence and knife crime",
                "Anti-social behaviour in our neighbourhoods",
                "Exploitation of children and young people",
            ],
            numbered="(%s)",
        ),
        p(
            "Drug and alcohol-related harm is no longer one of our priorities: the Morvenshire Combating "
            "Drugs Partnership leads that work and Dr Sam Yusuf is our link to it. The Board will review "
            "the priorities again once the next assessment is ready in the autumn of 2025."
        ),
        NextPageTemplate("twocol"),
        PageBreak(),
        heading("3", "Money"),
        p(
            "The Fund had £78.6k for 2024-25: the Commissioner's grant of £54k, £12k from the District "
            "Council, £5k from the County Council and £7.6k carried forward. Most of it was committed in the "
            "Commissioning Plan signed off on 30 April 2024."
        ),
        p(
            "Two things changed during the year. In September 2024 the Board raised the Sharp Choices "
            "knife crime workshops from the £6k planned to £7.2k so that they reach all six secondary "
            "schools. And in October 2024 the Board withdrew the 2023-24 award of £3,100 to Oxbarrow "
            "Pubwatch, after the Pubwatch was wound up; £1,240 that had not been spent was paid back."
        ),
        p(
            "The open round drew seven bids across its two windows and three were funded, together worth "
            "£9.1k of the £12k set aside. Pennacott Parish Council's bid of £6.5k for a youth shelter was "
            "turned down, as it was for building works and above the round's £5k limit."
        ),
        caption("Awards for 2024-25 (£k)"),
        banded(awards, [96, 70, 34, 34], figures=[2, 3], totals=[len(awards) - 1]),
        note(
            "P.: priority number, as in section 2. The Partnership Analyst post (£8.1k) is not a grant "
            "and is not shown."
        ),
        p(
            "The Fund ended the year with £2.9k, including the money returned by the Pubwatch, which is "
            "carried into 2025-26."
        ),
        heading("4", "Difference made"),
        subhead("Sharp Choices"),
        p(
            "1,930 pupils in Years 8 and 9 took part in the workshops; in the follow-up survey, 81% said "
            "they knew how to report someone carrying a knife."
        ),
        subhead("Secure at Home"),
        p(
            "After fifteen homes in 2023-24, twelve more were made secure this year, all referred by "
            "Linnet House's outreach worker."
        ),
        subhead("Friday night football"),
        p(
            "Sessions in Sorrelby and Pennacott drew an average of 38 young people a night; police "
            "recorded 14% fewer ASB incidents on Friday evenings in the two wards than a year before."
        ),
        heading("5", "Contact"),
        p(
            "Hollie Vellacott, Community Safety Manager, Council Offices, Bridge Street, Tarnholt. "
            "community.safety@tarnholt-oxbarrow.example, 01632 960418."
        ),
    ]
