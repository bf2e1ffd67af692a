"""Partnership C's annual report 2022 to 2023: one column, "<partnership> - Annual Report 2022 to 2023"
header and "N / M" footers, members in a table, priorities as a numbered list, awards with a "Date
approved" column, a budget summary in prose; a case study restates an award in words."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import (
    Meta,
    banner,
    bold_row,
    bullets,
    gap,
    h1,
    h2,
    money,
    para,
    paras,
    render,
    table,
)
from evals.archive.names import MARLOWE

TITLE = "Marlowe Vale Community Safety Partnership Annual Report 2022 to 2023"

MEMBERS = (
    ("Marlowe Vale District Council", "Responsible authority"),
    ("Hollinshire County Council", "Responsible authority"),
    ("Hollinshire Constabulary", "Responsible authority"),
    ("Hollinshire Fire and Rescue Service", "Responsible authority"),
    ("The Probation Service, Hollinshire", "Responsible authority"),
    ("Hollinshire and Downe Integrated Care Board", "Responsible authority (from July 2022)"),
    ("Office of the Police, Fire and Crime Commissioner", "Attends"),
    ("Hollinshire Public Health", "Attends"),
    ("Marlowe Vale Youth Justice Team", "Attends"),
    ("Brightwater Domestic Abuse Service", "Attends"),
    ("Valehome Housing", "Attends (from October 2022)"),
)
# (project, lead organisation, amount, date approved) as the awards stood on 31 March 2023.
AWARDS = (
    ("Sharp Choices schools programme", "Marlowe Vale Youth Justice Team", 7400, "8 June 2022"),
    ("Netherby youth outreach van", "Netherby Community Trust", 3400, "8 June 2022"),
    (
        "Additional IDVA hours",
        "Brightwater Domestic Abuse Service",
        8000,
        "8 June 2022 (amended 12 October 2022)",
    ),
    ("Pharmacy safe rooms", "Hollinshire Public Health", 1950, "19 August 2022 (delegated)"),
    (
        "Farm Watch phase 2: ANPR cameras",
        "Hollinshire Constabulary Rural Crime Team",
        12600,
        "12 October 2022",
    ),
    ("County lines awareness for taxi drivers", "District Council Licensing", 2850, "15 February 2023"),
    ("Stourley Bridge CCTV camera relocation", "Marlowe Vale District Council", 5300, "15 February 2023"),
)


def write_annual_report(path: Path) -> Path:
    return render(
        path,
        _story,
        Meta(TITLE, MARLOWE),
        header=lambda _page, _total: f"{MARLOWE} - Annual Report 2022 to 2023",
        footer=lambda page, total: f"{page} / {total}",
    )


def _story() -> list[Flowable]:
    members = [bold_row(("Organisation", "Membership"))] + [list(m) for m in MEMBERS]
    return [
        banner(),
        h1(TITLE),
        h2("Foreword"),
        *paras(
            "Chief Inspector Leah Brannigan of Hollinshire Constabulary was elected Chair in June 2022, "
            "with Councillor Imogen Thackeray as Vice-Chair.",
            "This year the partnership acted on its 2022 strategic assessment: domestic abuse and serious "
            "violence now head our priorities, and for the first time we fund work on the exploitation of "
            "young people.",
        ),
        h2("Membership"),
        para(
            "The Integrated Care Board replaced the Clinical Commissioning Group as the health member in "
            "July 2022. The Board is quorate when four responsible authorities are present."
        ),
        table(members, (260, 200), keep=True),
        gap(),
        h2("How we work"),
        para(
            "From October 2022 the Board meets quarterly rather than every six weeks. Two sub-groups, the "
            "Domestic Abuse Board and the Rural Crime Group, report to every meeting; the Hate Crime Forum "
            "reports twice a year."
        ),
        PageBreak(),
        h2("Our priorities"),
        para("The Board adopted four priorities for 2022/23, recommended by the 2022 strategic assessment:"),
        bullets(
            (
                "Domestic abuse and violence against women and girls (VAWG)",
                "Serious violence, including knife crime",
                "Rural and wildlife crime",
                "Exploitation of children and young people, including county lines",
            ),
            numbered=True,
        ),
        para(
            "Violence in the night-time economy is now part of the serious violence priority. Hate crime, "
            "a priority in 2021/22, is monitored by the Hate Crime Forum."
        ),
        *_awards(),
        PageBreak(),
        *_stories(),
    ]


def _awards() -> list[Flowable]:
    rows = [bold_row(("Project", "Lead organisation", "Amount", "Date approved"))]
    rows += [[name, lead, money(amount), when] for name, lead, amount, when in AWARDS]
    total = sum(a[2] for a in AWARDS)
    rows.append(["<b>Total</b>", "", f"<b>{money(total)}</b>", ""])
    return [
        h2("Funding awarded"),
        table(rows, (150, 160, 55, 120), keep=True),
        gap(),
        h2("Budget summary"),
        para(
            "Income for 2022/23 was the Police, Fire and Crime Commissioner's grant of £38,000 and the "
            f"district council's £6,000, with £7,650 brought forward from the reserve: £51,650 available. "
            f"Awards totalled {money(total)}, so £10,150 was carried forward to the reserve for 2023/24. "
            "One bid was declined during the year, the £18,000 Ashcombe BMX track."
        ),
    ]


def _stories() -> list[Flowable]:
    return [
        h2("Case study: more time for high-risk victims"),
        *paras(
            "Brightwater used eight thousand pounds from the partnership to add an Independent Domestic "
            "Violence Adviser for three days a week. The adviser supported 64 high-risk victims between "
            "November and March, and 51 of them stayed engaged until their case was closed.",
        ),
        h2("Rural crime"),
        para(
            "The six ANPR cameras of Farm Watch phase 2 went live on the roads into the eastern parishes in "
            "January 2023. Thefts of farm vehicles fell from 23 in 2021/22 to 14 in 2022/23."
        ),
        h2("The Serious Violence Duty"),
        para(
            "The Serious Violence Duty came into force on 31 January 2023. The partnership will publish a "
            "strategic needs assessment and a strategy by January 2024; the Community Safety Officer leads "
            "the work."
        ),
        h2("Reviews and training"),
        *paras(
            "The Domestic Homicide Review commissioned in 2021/22 was published in November 2022. A second "
            "review was commissioned in February 2023.",
            "Prevent awareness training reached 140 staff, and 212 taxi drivers completed the county lines "
            "awareness course.",
        ),
    ]
