"""Partnership D's annual reports. 2023-24: one column, a contents list, members in a table, priorities
numbered, awards in a table in pounds with the lead organisation and a budget table; "Quillbrook SCP |
Page N of M" footers. 2024-25: a running header "... Annual Report 2024 to 2025", "- N -" footers, two
columns after the first page, members and priorities in sentences, one paragraph per funded project with
amounts written as "£9.8k", "£14,500.00", "£1.2m"; acquisitive crime dropped, serious violence added."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak

from evals.archive.common import Meta, banner, bold_row, bullets, h1, h2, money, para, paras, render, table
from evals.archive.names import QUILLBROOK

TITLE_2324 = "Quillbrook Safer Communities Partnership Annual Report 2023-24"
TITLE_2425 = "Quillbrook Safer Communities Partnership Annual Report 2024 to 2025"

# (organisation, representative, role) in 2023-24.
MEMBERS_2324 = (
    ("Morwenshire Constabulary", "Superintendent Marcus Delaney (Chair)", "Responsible authority"),
    ("Quillbrook District Council", "Councillor Annika Thorne (Vice-Chair)", "Responsible authority"),
    ("Morwenshire County Council", "Nell Ashworth", "Responsible authority"),
    ("Morwenshire Fire and Rescue Service", "Group Manager Fiona Ekwueme", "Responsible authority"),
    ("The Probation Service", "Bethan Carrow", "Responsible authority"),
    ("Morwenshire and Tamsett Integrated Care Board", "Dr Samir Haddad", "Responsible authority"),
    ("Office of the Morwenshire Police and Crime Commissioner", "Yvonne Petrakis", "Attends"),
    ("Morwenshire Youth Justice Service", "Declan Forsyth", "Attends"),
    ("Saltings Domestic Abuse Service", "Keturah Mills", "Attends"),
)
PRIORITIES_2324 = (
    "Domestic abuse and violence against women and girls",
    "Anti-social behaviour in our town centres",
    "Drug-related harm and exploitation",
    "Acquisitive crime: residential burglary and vehicle crime",
)
# (project, lead organisation, priority, amount in pounds, approved).
AWARDS_2324 = (
    ("Independent Domestic Violence Adviser (half-time post)", "Saltings Domestic Abuse Service",
     "Domestic abuse and VAWG", 18000, "Apr 2023"),
    ("Rookhaven neighbour mediation", "Tidewater Mediation", "Anti-social behaviour", 8400, "Apr 2023"),
    ("Night Guardians town centre welfare volunteers", "Quillbrook Night Guardians",
     "Anti-social behaviour", 5600, "Jun 2023"),
    ("County lines awareness in schools", "Morwenshire Youth Justice Service",
     "Drug-related harm and exploitation", 6700, "Jun 2023"),
    ("Naloxone training for hostel and outreach staff", "Morwenshire Public Health",
     "Drug-related harm and exploitation", 3150, "Sep 2023"),
    ("Door and window locks for repeat burglary victims", "Morwenshire Constabulary Crime Prevention Unit",
     "Acquisitive crime", 7250, "Sep 2023"),
    ("Bike marking events", "Morwenshire Constabulary", "Acquisitive crime", 1900, "Dec 2023"),
)  # fmt: skip
BUDGET_2324 = (
    ("Police and Crime Commissioner grant", 48000),
    ("Quillbrook District Council contribution", 8000),
    ("Reserve brought forward from 2022-23", 3000),
)


def write_annual_report_2324(path: Path) -> Path:
    return render(
        path,
        _story_2324,
        Meta(TITLE_2324, QUILLBROOK),
        footer=lambda page, total: f"Quillbrook SCP | Page {page} of {total}",
    )


def write_annual_report_2425(path: Path) -> Path:
    return render(
        path,
        _story_2425,
        Meta(TITLE_2425, QUILLBROOK),
        header=lambda _page, _total: "Quillbrook Safer Communities Partnership - Annual Report 2024 to 2025",
        footer=lambda page, _total: f"- {page} -",
    )


def _story_2324() -> list[Flowable]:
    awarded = sum(row[3] for row in AWARDS_2324)
    income = sum(amount for _, amount in BUDGET_2324)
    awards = [bold_row(("Project", "Lead organisation", "Priority", "Amount", "Approved"))]
    awards += [
        [project, lead, theme, money(amount), when] for project, lead, theme, amount, when in AWARDS_2324
    ]
    awards.append(["<b>Total awarded</b>", "", "", f"<b>{money(awarded)}</b>", ""])
    budget = [bold_row(("Budget 2023-24", "Amount"))]
    budget += [[line, money(amount)] for line, amount in BUDGET_2324]
    budget += [
        ["<b>Total available</b>", f"<b>{money(income)}</b>"],
        ["Awarded to projects", money(awarded)],
        ["Unspent, carried to the reserve for 2024-25", money(income - awarded)],
    ]
    return [
        banner(),
        h1(TITLE_2324),
        para("Published June 2024. Covers 1 April 2023 to 31 March 2024."),
        h2("Contents"),
        bullets(
            (
                "Foreword from the Chair",
                "About the partnership",
                "Our priorities for 2023-24",
                "Community Safety Fund",
                "What we achieved",
                "Looking ahead",
            ),
            numbered=True,
        ),
        h2("1. Foreword from the Chair"),
        *paras(
            "This is the last annual report of my two years as Chair. Quillbrook is a safe place to live: "
            "crime is below the average of similar areas, and burglary fell again this year. Domestic abuse "
            "remains our biggest concern. - Superintendent Marcus Delaney, Chair, Quillbrook Safer "
            "Communities Partnership",
        ),
        h2("2. About the partnership"),
        para(
            "Quillbrook Safer Communities Partnership is the community safety partnership for Quillbrook "
            "district (population 63,400), set up under the Crime and Disorder Act 1998. Its Board met five "
            "times in 2023-24: in April, June, September and December 2023 and in March 2024. Four "
            "sub-groups report to it: the Domestic Abuse and VAWG Delivery Group, the ASB Tasking Group, the "
            "Drugs and Exploitation Group and the Community Cohesion Group."
        ),
        para("<b>Table 1. Board members, 2023-24</b>"),
        table(
            [bold_row(("Organisation", "Representative", "Role")), *map(list, MEMBERS_2324)],
            (200, 185, 110),
            keep=True,
        ),
        KeepTogether([h2("3. Our priorities for 2023-24"), bullets(PRIORITIES_2324, numbered=True)]),
        h2("4. Community Safety Fund"),
        para(
            "Partners bid to the Community Safety Fund at any Board meeting. Bids must meet a priority; "
            "bids under £2,500 can be approved by the Community Safety Manager under delegated powers."
        ),
        para("<b>Table 2. Awards from the Community Safety Fund, 2023-24</b>"),
        table(awards, (150, 130, 100, 55, 55), keep=True),
        para("<b>Table 3. Budget summary</b>"),
        table(budget, (300, 100), keep=True),
        h2("5. What we achieved"),
        bullets(
            (
                "The IDVA supported 112 victims at high risk of serious harm; 71% said they felt safer when "
                "their case closed.",
                "ASB incidents fell to 3,402, from 3,650 in 2022-23 (-6.8%).",
                "Residential burglary fell to 131 offences, from 155 in 2022-23.",
                "340 bikes were marked at 12 events.",
                "85 hostel and outreach staff were trained to give naloxone; staff used it 9 times.",
                "County lines awareness sessions reached 1,900 pupils in 14 schools.",
                "Domestic abuse-related crimes rose to 1,251 (+3.0%), which we read partly as more victims "
                "coming forward.",
            )
        ),
        h2("Case study: Rookhaven neighbour mediation"),
        para(
            "With just over £8k from the fund, Tidewater Mediation took on 46 neighbour disputes referred by "
            "the police and the council in Rookhaven; 39 were resolved without further enforcement."
        ),
        h2("6. Looking ahead"),
        para(
            "At its meeting on 14 May 2024 the Board adopted its priorities for 2024-25, drawing on the "
            "Quillbrook Strategic Assessment 2024. Serious violence becomes a priority under the Serious "
            "Violence Duty, and acquisitive crime leaves the list: burglary will be monitored through "
            "neighbourhood policing. Councillor Annika Thorne chairs the partnership from May 2024."
        ),
    ]


def _story_2425() -> list[Flowable]:
    return [
        banner(),
        h1(TITLE_2425),
        para("Covering April 2024 to March 2025. Published July 2025."),
        h2("Chair's foreword"),
        *paras(
            "I took over as Chair in May 2024 from Superintendent Marcus Delaney, who stays on as "
            "Vice-Chair. This year we made serious violence a priority, published our first Serious "
            "Violence Duty strategy, and welcomed Quillbrook Homes to the Board.",
            "Anti-social behaviour fell for the second year in a row, but domestic abuse still accounts "
            "for more than a fifth of all crime in the district. - Councillor Annika Thorne, Chair",
        ),
        h2("Our partnership"),
        para(
            "The Board brings together Quillbrook District Council, Morwenshire County Council, Morwenshire "
            "Constabulary, Morwenshire Fire and Rescue Service, the Probation Service and the Morwenshire "
            "and Tamsett Integrated Care Board, the responsible authorities. The Office of the Morwenshire "
            "Police and Crime Commissioner, Morwenshire Youth Justice Service, Saltings Domestic Abuse "
            "Service and, since September 2024, Quillbrook Homes also sit on the Board. It met four times: "
            "on 14 May 2024, 10 September 2024, 14 January 2025 and 11 March 2025. Tobias Wren, Community "
            "Safety Manager at Quillbrook District Council, supports the Board."
        ),
        NextPageTemplate("two"),
        PageBreak(),
        h2("Our priorities"),
        para(
            "Our priorities for 2024-25 were domestic abuse and violence against women and girls; serious "
            "violence; drug-related harm and exploitation; and anti-social behaviour. Serious violence "
            "replaced acquisitive crime, a priority in 2023-24, after the Strategic Assessment 2024 found "
            "that residential burglary had fallen by 18% and that weapons offences were rising."
        ),
        h2("Where the money went"),
        *paras(
            "<b>Safe at Home.</b> Saltings Domestic Abuse Service received £9.8k, agreed in May 2024, to "
            "fit locks, door chains and alarms in the homes of domestic abuse victims. 47 homes were made "
            "safer and 44 households were able to stay in their homes.",
            "<b>Rookhaven detached youth work.</b> The bid from Rookhaven Youth Collective was deferred in "
            "May 2024 until a delivery plan was provided, and the Board approved it in September 2024 at "
            "£14,500.00. Youth workers met 260 young people at 38 evening sessions by March 2025.",
            "<b>Operation Lantern.</b> Evening patrols in Quillbrook Central by Morwenshire Constabulary. "
            "The Board first agreed £16k in May 2024; in January 2025 it reduced the award to £11.5k because "
            "the Constabulary paid for two shifts a week itself. ASB in Quillbrook Central fell by 14% in "
            "the months the patrols ran.",
            "<b>Blade Aware.</b> £6k to Morwenshire Youth Justice Service for knife crime education, agreed "
            "in September 2024: 2,150 pupils in nine secondary schools took part.",
            "<b>Serious violence needs assessment.</b> £12.4k to Morwenshire County Council, agreed in "
            "January 2025, for analyst time to refresh the needs assessment behind the Serious Violence "
            "Duty strategy. It reports in June 2025.",
            "<b>Graffiti removal in Marrowby.</b> £2,300 to Quillbrook District Council Streetscene, "
            "approved under delegated powers on 3 December 2024.",
            "<b>Safer Streets.</b> Outside our own fund, the Police and Crime Commissioner's bid to the Home "
            "Office Safer Streets Fund brought £1.2m to Morwenshire. £186k of it was spent in Quillbrook "
            "Central on brighter street lighting and six new CCTV cameras.",
            "<b>Not funded.</b> The Board declined a £7,200 bid for a CCTV camera at Brantwick skatepark in "
            "September 2024: there had been few incidents at the site, and the bid did not cover monitoring "
            "and maintenance after the first year.",
        ),
        h2("Budget"),
        para(
            "The fund had £66,000 for 2024-25: £50,000 from the Police and Crime Commissioner, £8,000 from "
            "Quillbrook District Council and £8,000 brought forward from the reserve. Awards came to "
            "£56,500 once Operation Lantern was reduced. In March 2025 the Board agreed to carry the "
            "remaining £9,500 into the reserve for 2025-26."
        ),
        h2("Outcomes"),
        bullets(
            (
                "ASB incidents fell to 3,115, from 3,402 in 2023-24 (-8.4%).",
                "Domestic abuse-related crimes fell slightly, to 1,226 (-2.0%).",
                "Possession of weapons offences fell to 61, from 66 in 2023-24.",
                "Residential burglary stayed low at 127 offences.",
            )
        ),
        h2("Looking ahead to 2025-26"),
        para(
            "The strategic assessment will be refreshed in autumn 2025. The priorities stay the same for "
            "2025-26, and the Board will publish the DHR 01/23 overview report once the Home Office has "
            "quality assured it."
        ),
    ]
