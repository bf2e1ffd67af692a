"""Partnership M's Annual Report 2023-24 on orrindale_layout's amber-strip furniture, "Section N —"
headings: the outgoing Chair's foreword; the year at a glance in six boxed headline figures; the Board's
members as a two-column list (Organisation — Representative); the four priorities of the Partnership Plan
2022-25; progress under each; the year's grants in a table with a total row, and the budget (grant,
contribution, carry-forward, awarded, carried forward) in a second table with totals; and what the
Strategic Assessment 2024 proposes for the next year."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.names import ORRINDALE
from evals.archive.orrindale_layout import (
    CELL,
    Furniture,
    bullets,
    caption,
    footnote,
    glance,
    grouped,
    heading,
    minor,
    notice,
    p,
    pounds,
    render_pages,
    title,
)

TITLE = "Orrindale Safer Neighbourhoods Partnership Annual Report 2023-24"
MEMBERS = (
    ("Orrindale Borough Council", "Councillor Philippa Arkwright, Cabinet Member for Communities (Chair)"),
    ("Orrindale Borough Council", "Nathaniel Prentice, Director of Neighbourhoods"),
    ("Westrake County Council", "Councillor Hugo Pascoe"),
    ("Westrake Constabulary", "Superintendent Leonie Farrimond, Orrindale District Commander (Vice-Chair)"),
    ("Westrake Fire and Rescue Service", "Group Manager Ayodele Brackenbury"),
    ("The Probation Service", "Rhiannon Tolley, Head of the Orrindale Probation Delivery Unit"),
    ("Westrake and Lyde Integrated Care Board", "Dr Farhana Siddall, Associate Director of Safeguarding"),
    ("Office of the Westrake Police, Fire and Crime Commissioner", "Declan Mossop, Commissioning Manager"),
    ("Orrindale Youth Justice Service", "Tariq Hollingdrake, Head of Service"),
    ("Westrake Public Health", "Morwenna Tresize, Consultant in Public Health"),
    ("Orrin Valley Women's Centre", "Saoirse Kinsella, Chief Executive"),
    ("Lydgate Homes", "Graham Oakenshaw, Head of Neighbourhoods"),
)
# project, organisation, priority, award
GRANTS = (
    ("IDVA caseload support", "Orrin Valley Women's Centre", "Violence against women and girls", 21000),
    ("Good Neighbour mediation", "Lydgate Homes", "Town centre ASB", 10250),
    ("Late Shift summer detached youth work", "Orrindale Youth Trust", "Town centre ASB", 9500),
    ("Second Chances peer mentoring", "Kindred Recovery CIC", "Reducing reoffending", 8750),
    ("Stand Tall knife-crime workshops", "St Aldhelm's Amateur Boxing Club", "Serious violence", 7400),
    ("Operation Tallow town centre patrols", "Westrake Constabulary", "Town centre ASB", 6200),
    ("Cornmarket shop radio scheme", "Cornmarket Traders' Association", "Town centre ASB", 3600),
    (
        "Ask for Angela and WAVE training",
        "Orrindale Borough Council Licensing",
        "Violence against women and girls",
        2900,
    ),
    ("Fire-setting education", "Westrake Fire and Rescue Service", "Town centre ASB", 1850),
)
BUDGET = (
    ("Community Safety Grant from the Police, Fire and Crime Commissioner", 62000),
    ("Contribution from Orrindale Borough Council", 12500),
    ("Carried forward from 2022-23", 4300),
)


def write_annual_report(path: Path) -> Path:
    furniture = Furniture("Annual Report 2023-24", "OSNP/AR/2023-24 · published May 2024")
    return render_pages(path, _story, Meta(TITLE, ORRINDALE), furniture)


def _members() -> Table:
    rows = [[p(f"<b>{organisation}</b>", CELL), p(f"— {person}", CELL)] for organisation, person in MEMBERS]
    table = Table(rows, colWidths=[205, 265], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _grants() -> Flowable:
    total = sum(g[3] for g in GRANTS)
    rows = [["Project", "Organisation", "Priority", "Award"]]
    rows += [[name, lead, priority, pounds(amount)] for name, lead, priority, amount in GRANTS]
    rows.append(["Total awarded (nine projects)", "", "", pounds(total)])
    return grouped(rows, [150, 140, 120, 60], figures=(3,), totals=(len(rows) - 1,))


def _budget() -> Flowable:
    available = sum(b[1] for b in BUDGET)
    awarded = sum(g[3] for g in GRANTS)
    rows = [["Community Safety Grants 2023-24", "£"]]
    rows += [[name, pounds(amount)] for name, amount in BUDGET]
    rows.append(["Total available", pounds(available)])
    rows.append(["Awarded to projects (table above)", pounds(awarded)])
    rows.append(["Carried forward to 2024-25", pounds(available - awarded)])
    return grouped(rows, [330, 80], figures=(1,), totals=(4, 6))


def _story() -> list[Flowable]:
    return [
        notice(),
        *title(TITLE, "April 2023 to March 2024"),
        heading("Section 1 —", "Foreword"),
        p(
            "This is my third and last annual report as Chair of the Orrindale Safer Neighbourhoods "
            "Partnership. I became the Council's Cabinet Member for Finance in May 2024, and I will hand "
            "over the chair when the Board meets on 11 June 2024. I am grateful to every partner for the "
            "work this report describes."
        ),
        p(
            "The year brought fewer reports of anti-social behaviour in the town centre, a second year of "
            "knife-crime workshops in every secondary school in the borough, and more victims of domestic "
            "abuse supported than ever before. It also brought hard news: two Domestic Homicide Reviews, "
            "whose lessons the Board has taken to heart."
        ),
        p("<i>Councillor Philippa Arkwright, Chair, May 2024</i>"),
        heading("Section 2 —", "2023-24 at a glance"),
        glance(
            [
                (
                    "1,948",
                    "anti-social behaviour incidents reported to Westrake Constabulary, 8.2% fewer "
                    "than in 2022-23",
                ),
                ("£71,450", "awarded in Community Safety Grants to nine projects"),
                ("426", "victims of domestic abuse supported by Independent Domestic Violence Advisers"),
                ("38", "Stand Tall knife-crime workshops in Orrindale's secondary schools"),
                ("5", "Board meetings, with a development session on the Serious Violence Duty"),
                ("2", "Domestic Homicide Reviews completed and sent to the Home Office"),
            ],
            3,
            470,
        ),
        PageBreak(),
        heading("Section 3 —", "Who we are"),
        p(
            "The Partnership is the community safety partnership for the Borough of Orrindale under the "
            "Crime and Disorder Act 1998. Its Board sets the priorities, agrees the Partnership Plan and "
            "decides how the Community Safety Grants are spent. In 2023-24 it met on 13 June, 12 September "
            "and 12 December 2023, and on 13 February and 12 March 2024."
        ),
        minor("Members of the Board in 2023-24"),
        _members(),
        p(" "),
        p(
            "The first six organisations are the responsible authorities, which share the statutory duty; "
            "a meeting is quorate when four of them are represented. Officer support comes from Imogen "
            "Darrowby, Community Safety Manager, and Caspar Nethercott, Community Safety Analyst, both of "
            "Orrindale Borough Council."
        ),
        heading("Section 4 —", "Our priorities in 2023-24"),
        p("2023-24 was the second year of the Partnership Plan 2022-25, which sets four priorities:"),
        bullets(
            [
                "<b>Violence against women and girls</b>, including domestic abuse and stalking.",
                "<b>Anti-social behaviour in Orrindale town centre</b>, in Cornmarket and the evening "
                "economy.",
                "<b>Serious violence</b>, especially knife crime among young people.",
                "<b>Reducing reoffending</b>, through mentoring and support for people leaving prison.",
            ],
            numbered="%s)",
        ),
        heading("Section 5 —", "What we did"),
        minor("Violence against women and girls"),
        p(
            "Our grant kept three Independent Domestic Violence Advisers at the Orrin Valley Women's Centre "
            "in post, and 426 victims were supported, up from 371 in 2022-23. Ninety-four staff of pubs, "
            "clubs and taxi firms were trained in Ask for Angela and WAVE."
        ),
        minor("Anti-social behaviour in Orrindale town centre"),
        p(
            "Operation Tallow put extra patrols into Cornmarket on Friday and Saturday evenings from June to "
            "September, and the Cornmarket shop radio scheme now links 41 shops. ASB incidents across the "
            "borough fell from 2,122 in 2022-23 to 1,948."
        ),
        minor("Serious violence"),
        p(
            "St Aldhelm's Amateur Boxing Club ran 38 Stand Tall workshops. Possession of weapons offences "
            "still rose, and the Strategic Assessment 2024 asks us to concentrate on the under-25s."
        ),
        minor("Reducing reoffending"),
        p(
            "Kindred Recovery CIC's Second Chances scheme matched 27 people leaving prison with a peer "
            "mentor; 19 were still in touch with their mentor after three months."
        ),
        minor("Case study: Late Shift in Cornmarket"),
        p(
            "Orrindale Youth Trust's detached youth workers were out in Cornmarket on 24 Friday and Saturday "
            "evenings between June and September 2023. They spoke with 310 young people, most of them more "
            "than once, and referred 17 to the Trust's mentoring and sports programmes. Reports of ASB in "
            "Cornmarket on those evenings were 18% lower than on the same evenings of summer 2022."
        ),
        p(
            "\u201cWe don't move young people on; we get to know them,\u201d said the Trust's lead worker. "
            "The Trust has bid to take Late Shift to the estates north of the ring road in 2024-25."
        ),
        PageBreak(),
        heading("Section 6 —", "Funding"),
        p(
            "The Board awarded nine Community Safety Grants in 2023-24. The grants are paid for by the "
            "Police, Fire and Crime Commissioner's Community Safety Grant and a contribution from Orrindale "
            "Borough Council."
        ),
        caption("Table 6.1: Community Safety Grants awarded in 2023-24"),
        _grants(),
        p(" "),
        caption("Table 6.2: Budget summary, 2023-24"),
        _budget(),
        footnote("The amount carried forward is added to the Neighbourhood Safety Grants for 2024-25."),
        heading("Section 7 —", "Looking ahead to 2024-25"),
        p(
            "The Strategic Assessment 2024, approved on 13 February 2024, recommends that we keep violence "
            "against women and girls and serious violence as priorities, widen our town centre ASB priority "
            "to the whole borough, take on neighbourhood crime, and leave reducing reoffending to the "
            "Westrake Reducing Reoffending Board. The Board will decide its priorities for 2024-25 at its "
            "meeting on 11 June 2024."
        ),
        p(
            "From 2024-25 our grants will be called Neighbourhood Safety Grants. Bids for 2024-25 closed "
            "on 26 April 2024, and an Assessment Panel will score them in May."
        ),
    ]
