"""Partnership A's annual reports: 2022-23 in one column with "Page N" footers, 2023-24 in two columns
with "<title> | N of M" footers and a one-column funding page. Their priorities differ on purpose."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

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
from evals.archive.names import KESTRELFORD, KESTRELFORD_ATTENDING, KESTRELFORD_AUTHORITIES

TITLE_2223 = "Kestrelford Community Safety Partnership Annual Report 2022-23"
TITLE_2324 = "Kestrelford CSP Annual Report 2023-24"

# (project, lead organisation, priority, amount) for the 2022-23 bids.
FUNDED_2223 = (
    ("Street Pastors night patrols", "Kestrelford Churches Together", "Town centre ASB", 6500),
    (
        "Target hardening for repeat burglary victims",
        "Kestrelford Borough Council",
        "Neighbourhood crime",
        11200,
    ),
    ("Domestic abuse champions training", "Harbour Lane Domestic Abuse Service", "Domestic abuse", 8900),
    ("Canal towpath lighting", "Kestrelford Borough Council", "Town centre ASB", 14000),
    ("Naloxone kits and overdose awareness", "Wessmoor Recovery Collective", "Drug-related harm", 5200),
    ("Youth diversion football", "Quarry Hythe Youth Trust", "Town centre ASB", 8500),
)
# The 2023-24 awards as they finally stood at the year end, with the meeting that made each.
FUNDED_2324 = (
    ("Street Pastors weekend patrols", "Kestrelford Street Pastors", "14 June 2023", 6000),
    ("Ostley Green youth boxing", "Ostley Green Amateur Boxing Club", "14 June 2023", 3400),
    ("Night-Time Taxi Marshals", "Borough Council Licensing Team", "20 September 2023", 9200),
    ("Safe at Home refuge support worker", "Harbour Lane Domestic Abuse Service", "20 September 2023", 5000),
    ("Larkhollow CCTV upgrade", "Kestrelford Borough Council", "6 December 2023", 11750),
    ("Sanctuary scheme lock changes", "Kestrelford Homes", "Delegated, 3 November 2023", 2750),
    (
        "Retail Radio link for town centre shops",
        "Kestrelford Business Improvement District",
        "12 March 2024",
        4800,
    ),
)


def write_annual_report_2223(path: Path) -> Path:
    """Single column, portrait, 'Page N' footers."""
    return render(
        path,
        _story_2223,
        Meta(TITLE_2223, KESTRELFORD),
        footer=lambda page, _total: f"Page {page}",
    )


def write_annual_report_2324(path: Path) -> Path:
    """Two-column prose pages and a one-column funding page; '<title> | N of M' footers."""
    return render(
        path,
        _story_2324,
        Meta(TITLE_2324, KESTRELFORD),
        footer=lambda page, total: f"{TITLE_2324} | {page} of {total}",
        first="two",
    )


def _members() -> list[Flowable]:
    return [
        para("The responsible authorities that sit on the partnership board are:"),
        bullets(KESTRELFORD_AUTHORITIES),
        para("Other bodies attend and contribute without the statutory duty:"),
        bullets(KESTRELFORD_ATTENDING),
    ]


def _story_2223() -> list[Flowable]:
    rows = [bold_row(("Project", "Lead organisation", "Priority", "Amount"))]
    rows += [[name, lead, theme, money(amount)] for name, lead, theme, amount in FUNDED_2223]
    rows.append(["<b>Total committed</b>", "", "", f"<b>{money(sum(r[3] for r in FUNDED_2223))}</b>"])
    return [
        banner(),
        h1(TITLE_2223),
        para("Foreword by the Chair, Councillor Maren Ashby"),
        *paras(
            "This is the partnership's report on the year from April 2022 to March 2023. It sets out who "
            "we are, the four priorities the board chose for the year, how the grant was spent and what it "
            "bought.",
            "Contents: 1. About the partnership; 2. Priorities for 2022-23; 3. Funding and spend; "
            "4. What the money did; 5. Reviews and training.",
        ),
        h2("1. About the partnership"),
        para(
            "Kestrelford Community Safety Partnership exists under the Crime and Disorder Act 1998. The "
            "board meets quarterly, and a meeting is quorate when three responsible authorities are "
            "present."
        ),
        *_members(),
        h2("2. Priorities for 2022-23"),
        para("For 2022-23 the board set these priorities:"),
        bullets(
            (
                "Anti-social behaviour in the town centre",
                "Domestic abuse",
                "Neighbourhood crime (burglary and vehicle crime)",
                "Drug-related harm",
            ),
            numbered=True,
        ),
        PageBreak(),
        h2("3. Funding and spend"),
        para(
            "The Wessmoor Police and Crime Commissioner granted £48,000 for 2022-23 and Kestrelford "
            "Borough Council added £12,000, an allocation of £60,000. Bids worth £54,300 were committed, "
            "leaving an underspend of £5,700 that went into the partnership reserve. The bids approved "
            "were:"
        ),
        table(rows, (170, 150, 110, 65)),
        gap(),
        h2("4. What the money did"),
        *paras(
            "Street Pastors: volunteers walked the town centre on 41 Friday and Saturday nights and helped "
            "212 people, most of them to get home safely.",
            "Canal towpath lighting: the £14k scheme lit the path between Wharf Street and the railway "
            "bridge; reports of anti-social behaviour on the towpath fell from 63 to 38 over the winter.",
            "Target hardening: 87 homes of repeat burglary victims were fitted with locks, door chains and "
            "timer switches.",
        ),
        h2("5. Reviews and training"),
        *paras(
            "Two Domestic Homicide Reviews were commissioned during the year. Domestic abuse champions "
            "training reached 96 staff across council, housing and health teams.",
        ),
    ]


def _story_2324() -> list[Flowable]:
    return [
        banner(),
        h1("Kestrelford CSP Annual Report 2023-24"),
        h2("A word from the chair"),
        *paras(
            "Councillor Maren Ashby continued as chair of the board during 2023-24. The year began with a "
            "new strategic intelligence assessment, which moved our attention from town centre disorder "
            "towards violence, shop theft and fraud.",
            "The board still meets every quarter, at Kestrelford Civic Centre, and every meeting's minutes "
            "are published on the council website.",
        ),
        h2("Who we are"),
        *_members(),
        para("From 2023-24 Kestrelford Homes also attends, as the largest social landlord in the borough."),
        h2("Our priorities for 2023-24"),
        para(
            "Following the 2023 strategic intelligence assessment the board adopted five priorities for "
            "2023-24:"
        ),
        bullets(
            (
                "Violence against women and girls",
                "Serious youth violence and knife crime",
                "Shoplifting and retail-related anti-social behaviour",
                "Fraud against older residents",
                "Domestic abuse",
            )
        ),
        para(
            "Neighbourhood crime and drug-related harm, priorities in 2022-23, are now monitored by the "
            "Safer Neighbourhoods sub-group instead of the board."
        ),
        h2("The Serious Violence Duty"),
        *paras(
            "The duty requires the partnership to publish a strategy to prevent and reduce serious "
            "violence. The Kestrelford serious violence strategy was agreed in January 2024.",
            "A Combating Drugs Partnership for the whole of Wessmoor now oversees drug-related harm, and "
            "the board receives its update twice a year.",
        ),
        h2("How the board works"),
        *paras(
            "Four sub-groups carry the work between meetings: Safer Neighbourhoods, Domestic Abuse and "
            "Violence Against Women and Girls, the Serious Violence Duty group, and the Prevent and "
            "Channel panel. Each sub-group chair reports to the board once a year.",
            "Bids for funding are invited twice a year, in April and in September. Bids over £10,000 "
            "need a letter of support from one of the responsible authorities; smaller urgent requests "
            "can be approved by the Community Safety Manager and reported to the next meeting.",
        ),
        *_money_2324(),
    ]


def _money_2324() -> list[Flowable]:
    rows = [bold_row(("Project", "Lead organisation", "Approved", "Award"))]
    rows += [[name, lead, when, money(amount)] for name, lead, when, amount in FUNDED_2324]
    total = sum(r[3] for r in FUNDED_2324)
    rows.append(["<b>Total awarded 2023-24</b>", "", "", f"<b>{money(total)}</b>"])
    return [
        NextPageTemplate("one"),
        PageBreak(),
        h2("Money in 2023-24"),
        para(
            "The Police and Crime Commissioner grant fell from £48,000 to £40,000 for 2023-24. With the "
            "council's contribution of £8,000 the allocation was £48,000. The awards below, as they stood "
            f"at the end of the year, total {money(total)}, leaving £5,100 unspent."
        ),
        table(rows, (165, 165, 110, 55)),
        gap(),
        para(
            "The Safe at Home award was first agreed at £7,500 and later reduced, and the taxi marshals "
            "bid was deferred once before approval: the minutes of each board meeting give the detail."
        ),
        NextPageTemplate("two"),
        PageBreak(),
        h2("What changed on the ground"),
        *paras(
            "Taxi marshals worked the Corn Exchange rank on 34 Saturday nights between October and March. "
            "Queues that used to end in fights now clear in under twenty minutes.",
            "Ostley Green boxing sessions drew 58 young people, 19 of them referred by the youth justice "
            "team.",
            "Retail Radio links 27 town centre shops to each other and to the police control room.",
            "The Larkhollow cameras were replaced with six high-definition units covering the shopping "
            "parade and the bus interchange.",
        ),
        h2("Reviews and learning"),
        para(
            "One Domestic Homicide Review was completed and sent to the Home Office in 2023-24; one is "
            "still in progress."
        ),
    ]
