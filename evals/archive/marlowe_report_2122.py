"""Partnership C's annual report 2021/22: one column, "Marlowe Vale CSP | Annual Report 2021/22" running
header and "p. N" footers, members named in a sentence, priorities named in a sentence (no list), grants
in a table in £k and a budget summary in pounds; a case study restates a grant in words."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, banner, bold_row, gap, h1, h2, money, para, paras, render, table
from evals.archive.names import MARLOWE

TITLE = "Marlowe Vale Community Safety Partnership Annual Report 2021/22"
HEADER = "Marlowe Vale CSP | Annual Report 2021/22"

# (scheme, delivered by, priority, amount in pounds); printed in £k.
GRANTS = (
    (
        "Farm Watch trail cameras",
        "Hollinshire Constabulary Rural Crime Team",
        "Rural and wildlife crime",
        6800,
    ),
    ("Safe Night Out hub, Marlowe town centre", "Marlowe Vale Street Angels", "Night-time economy", 9500),
    ("Hate crime third-party reporting centres", "Netherby Community Trust", "Hate crime", 4200),
    (
        "Door staff welfare and vulnerability training",
        "District Council Licensing",
        "Night-time economy",
        3750,
    ),
    ("Hare coursing and poaching signage", "Culver Down Parish Council", "Rural and wildlife crime", 2100),
    ("Stop Hate schools workshops", "Brightwater Youth Theatre", "Hate crime", 5000),
)
# Budget summary lines in pounds: (line, amount).
BUDGET = (
    ("Police, Fire and Crime Commissioner grant", 30000),
    ("Marlowe Vale District Council contribution", 5000),
    ("Reserve brought forward from 2020/21", 4000),
)


def write_annual_report(path: Path) -> Path:
    return render(
        path,
        _story,
        Meta(TITLE, MARLOWE),
        header=lambda _page, _total: HEADER,
        footer=lambda page, _total: f"p. {page}",
    )


def thousands(amount: int) -> str:
    """An amount in pounds as printed in a £k column: 6.8, 3.75, 31.35."""
    return f"{amount / 1000:.2f}".rstrip("0").rstrip(".")


def _story() -> list[Flowable]:
    return [
        banner(),
        h1(TITLE),
        para("Published July 2022. Covers 1 April 2021 to 31 March 2022."),
        h2("Introduction from the Chair"),
        *paras(
            "I am pleased to introduce the annual report of Marlowe Vale Community Safety Partnership for "
            "2021/22, my second and last year as Chair. - Councillor Imogen Thackeray",
            "Marlowe Vale is a largely rural district of 67,900 people around the market town of Marlowe. "
            "Crime here is lower than in most comparable areas, but rural crime and hate crime both rose "
            "this year.",
        ),
        h2("Who we are"),
        para(
            "The partnership was set up under the Crime and Disorder Act 1998. Its responsible authorities "
            "are Marlowe Vale District Council, Hollinshire County Council, Hollinshire Constabulary, "
            "Hollinshire Fire and Rescue Service, the Probation Service and NHS Hollinshire Clinical "
            "Commissioning Group. The Office of the Police, Fire and Crime Commissioner, Hollinshire Public "
            "Health, the Marlowe Vale Youth Justice Team and Brightwater Domestic Abuse Service also attend. "
            "The Board met every six weeks during the year, eight meetings in all."
        ),
        h2("What we focused on"),
        para(
            "For 2021/22 the Board worked to three priorities agreed in its 2020 plan: rural and wildlife "
            "crime, violence in the night-time economy, and hate crime. Each has a lead officer and reports "
            "to every second Board meeting."
        ),
        h2("Hate crime"),
        para(
            "Recorded hate crime rose from 112 offences in 2020/21 to 139 in 2021/22. We read part of the "
            "rise as growing confidence to report: three new third-party reporting centres opened in "
            "Netherby, Marlowe and Stourley Bridge."
        ),
        PageBreak(),
        *_money(),
        PageBreak(),
        *_outcomes(),
    ]


def _money() -> list[Flowable]:
    rows = [bold_row(("Scheme", "Delivered by", "Priority", "£k"))]
    rows += [[scheme, lead, theme, thousands(amount)] for scheme, lead, theme, amount in GRANTS]
    committed = sum(g[3] for g in GRANTS)
    rows.append(["<b>Total</b>", "", "", f"<b>{thousands(committed)}</b>"])
    available = sum(amount for _line, amount in BUDGET)
    budget = [bold_row(("Budget summary 2021/22", "£"))]
    budget += [[line, money(amount)] for line, amount in BUDGET]
    budget += [
        ["<b>Total available</b>", f"<b>{money(available)}</b>"],
        ["Grants committed (Table 2)", money(committed)],
        ["Carried forward to the partnership reserve", money(available - committed)],
    ]
    return [
        h2("Money"),
        para(
            "The Board awards grants from the Commissioner's grant and the district council's "
            "contribution. Bids are invited all year and decided at the next Board meeting."
        ),
        para("<b>Table 2: Grants awarded in 2021/22 (£k)</b>"),
        table(rows, (160, 150, 130, 45), keep=True),
        gap(12),
        table(budget, (300, 90), keep=True),
        gap(),
        para(
            "Every scheme in Table 2 was delivered within the year. The underspend is held in the reserve "
            "for the partnership's response to the new strategic assessment."
        ),
    ]


def _outcomes() -> list[Flowable]:
    return [
        h2("Case study: a safer night out"),
        *paras(
            "The Safe Night Out hub opened in the Corn Market on Friday and Saturday nights from October. "
            "Street Angels volunteers, backed by nine and a half thousand pounds from the partnership, "
            "looked after 318 people over the winter, 41 of whom would otherwise have been taken to "
            "hospital.",
            "Door staff at every late-night venue in Marlowe completed welfare and vulnerability training.",
        ),
        h2("Rural and wildlife crime"),
        para(
            "Farm Watch trail cameras led to four prosecutions for hare coursing. Rural crime still rose "
            "by 15% in the year, and farmers asked for cameras that read number plates."
        ),
        h2("Reviews and training"),
        *paras(
            "One Domestic Homicide Review (DHR) was commissioned in 2021/22 and is expected to report in "
            "the autumn.",
            "Prevent awareness training reached 96 council and partner staff.",
        ),
        h2("Looking ahead"),
        para(
            "A new strategic assessment will be completed in spring 2022, and the Board will set its "
            "priorities for 2022/23 from its recommendations."
        ),
    ]
