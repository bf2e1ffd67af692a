"""Partnership G's Annual Report 2022-23: a first page with a boxed grid of six "2022-23 at a glance" figure
tiles under the title, headings "Section N – Title", members as a two-column ledger (Member | Organisation),
priorities as "Priority N:" paragraphs, a funding ledger with "RSF22-" references, the budget in prose, a
summer operation told only in this year's report and a case study restating an award in words. Band lines
"Safer Ravensholt Partnership" and "Annual Report 2022-23"; a centred "Page N" foot."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.common import Meta, money
from evals.archive.names import RAVENSHOLT
from evals.archive.ravensholt_layout import Furniture, heading, label, ledger, p, render_pages, tiles, title

TITLE = "Safer Ravensholt Partnership Annual Report 2022-23"
MEMBERS = (
    ("Councillor Harriet Venning (Chair)", "Ravensholt Borough Council"),
    ("Chief Superintendent Dominic Fairweather (Vice-Chair)", "Lindmarsh Constabulary"),
    ("Glenys Fairbank", "Lindmarsh County Council"),
    ("Group Manager Priya Sandhu", "Lindmarsh Fire and Rescue Service"),
    ("Elspeth Rourke", "Probation Service (Lindmarsh)"),
    ("Dr Samira Quist", "Lindmarsh and Coldharbour Integrated Care Board"),
    ("Jonty Marwood", "Office of the Lindmarsh Police and Crime Commissioner (OPCC)"),
    ("Kerensa Doyle", "Ravensholt Youth Justice Service"),
    ("Abena Osei", "Lantern House (domestic abuse service)"),
)
PRIORITIES = (
    ("Anti-social behaviour and town centre safety", "ASB Tasking Group"),
    ("Domestic abuse", "Domestic Abuse Partnership Group"),
    ("Serious violence and knife crime", "Serious Violence Group"),
    ("Drug-related harm", "Substance Misuse Delivery Group"),
)
# (ref, project, delivered by, amount)
AWARDS = (
    ("RSF22-01", "IDVA service top-up", "Lantern House", 9500),
    ("RSF22-02", "Operation Nightjar: summer ASB patrols", "Lindmarsh Constabulary", 6000),
    ("RSF22-03", "Kickabout Fridays youth football", "Ravensholt Youth Collective", 7200),
    ("RSF22-04", "Blunt Truth knife crime workshops", "Ravensholt Youth Justice Service", 5800),
    ("RSF22-05", "Town Centre Ambassadors", "Ravensholt Business Improvement District", 11000),
    ("RSF22-06", "Safe Surgery: domestic abuse training for GP practices",
     "Lindmarsh and Coldharbour Integrated Care Board", 4000),
    ("RSF22-07", "Naloxone kits and training", "Turnpike Recovery Service", 4500),
    ("RSF22-08", "Door and window locks for burglary victims", "Lindmarsh Fire and Rescue Service", 6500),
)  # fmt: skip
GRANT, COUNCIL = 48000, 10000


def write_annual_report(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, RAVENSHOLT),
        Furniture(
            band_left=lambda _page, _total: "Safer Ravensholt Partnership",
            band_right=lambda _page, _total: "Annual Report 2022-23",
            foot=lambda page, _total: f"Page {page}",
        ),
    )


def _story() -> list[Flowable]:
    spent = sum(a[3] for a in AWARDS)
    income = GRANT + COUNCIL
    glance = (
        ("12,185", "crimes recorded, up 3.7% on 2021-22"),
        ("4,812", "ASB incidents, down 9.0% from 5,288"),
        (money(income), "Community Safety Fund"),
        (str(len(AWARDS)), "projects funded"),
        ("2,137", "domestic abuse-related crimes"),
        ("1", "domestic homicide review commissioned"),
    )
    members = [["Member", "Organisation"], *map(list, MEMBERS)]
    awards = [["Ref", "Project", "Delivered by", "Amount"]]
    awards += [[r, proj, by, money(a)] for r, proj, by, a in AWARDS]
    awards.append(["", "<b>Total</b>", "", f"<b>{money(spent)}</b>"])
    return [
        label(),
        title("Annual Report 2022-23"),
        p("Safer Ravensholt Partnership: April 2022 to March 2023. Published July 2023."),
        p("<b>2022-23 AT A GLANCE</b>"),
        tiles(glance, 3, 495),
        heading("Section 1 – Foreword"),
        p(
            "Our partnership's second year under its 2022-24 priorities brought falling anti-social "
            "behaviour and rising violence. We put more money into the town centre at night and into "
            "support for victims of domestic abuse. I thank every member organisation for its work. - "
            "Councillor Harriet Venning, Chair of the Safer Ravensholt Board"
        ),
        heading("Section 2 – About the Partnership"),
        p(
            "The Safer Ravensholt Partnership is the community safety partnership for the Borough of "
            "Ravensholt (148,600 residents), under the Crime and Disorder Act 1998. Its Board meets four "
            "times a year and is quorate when three responsible authorities are present. Members in 2022-23:"
        ),
        ledger(members, (230, 265)),
        p("The Community Safety Manager, Owain Petrakis, supports the Board."),
        heading("Section 3 – Priorities 2022-24"),
        p("The Board set four priorities in 2022 from the Strategic Intelligence Assessment 2022:"),
        *(
            p(f"<b>Priority {n}:</b> {name} (led by the {lead})")
            for n, (name, lead) in enumerate(PRIORITIES, 1)
        ),
        heading("Section 4 – Community Safety Fund 2022-23"),
        p("The Board funded these projects in 2022-23:"),
        ledger(awards, (60, 200, 170, 65)),
        p(
            f"The fund had {money(income)}: {money(GRANT)} from the Lindmarsh Police and Crime Commissioner "
            f"and {money(COUNCIL)} from Ravensholt Borough Council. {money(spent)} was spent and the "
            f"{money(income - spent)} not spent is carried forward to 2023-24."
        ),
        heading("Section 5 – Operation Nightjar"),
        p(
            "From July to September 2022 Lindmarsh Constabulary ran Operation Nightjar, evening patrols in "
            "Ravensholt Park and Carrow Fields with the Council's ASB officers. The operation issued 46 "
            "dispersal notices and seized 9 off-road bikes, and ASB reports in Ravensholt Park fell by 31% "
            "compared with the summer of 2021."
        ),
        heading("Section 6 – Case study: Town Centre Ambassadors"),
        p(
            "With £11k from the fund, the Ravensholt BID put two ambassadors on the streets of Market Square "
            "on Friday and Saturday nights. They helped 1,140 people in the year, from lost phones to "
            "calling an ambulance, and the Board has agreed a second year in its Commissioning Plan 2023-24."
        ),
        heading("Section 7 – Domestic homicide reviews and new duties"),
        p(
            "In November 2022 the Board commissioned DHR Rowan, a domestic homicide review chaired by "
            "Gillian Marchetti. The Serious Violence Duty came into force on 31 January 2023; the Board is "
            "the partnership through which the specified authorities in Ravensholt will meet it."
        ),
    ]
