"""Partnership E's annual report 2024/25: a first page with a shaded "At a glance" sidebar beside the
foreword and membership, priorities lettered A to D, awards in a table with grant references and whole
pounds, the budget in prose and a case study that restates an award in words; no running header and
"N :: CORA Annual Report 2024/25" footers."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate

from evals.archive.common import (
    SMALL,
    Meta,
    banner,
    bold_row,
    bullets,
    h1,
    h2,
    money,
    para,
    paras,
    render,
    table,
)
from evals.archive.names import CALDERWICK

TITLE = "Calderwick and Ortonbury Crime Reduction Alliance Annual Report 2024/25"

RESPONSIBLE = (
    "Calderwick District Council",
    "Ortonbury Borough Council",
    "Askerdale County Council",
    "Askerdale Police",
    "Askerdale Fire and Rescue Service",
    "The Probation Service (Askerdale)",
    "Askerdale and Lowfell Integrated Care Board",
)
ATTENDING = (
    "Office of the Askerdale Police and Crime Commissioner (OPCC)",
    "Askerdale Youth Justice Service",
    "Halden Rise Women's Centre",
)
PRIORITIES = (
    "A. Domestic abuse and stalking",
    "B. Anti-social behaviour in Calderwick and Ortonbury town centres",
    "C. Drug harm and county lines",
    "D. Rural and heritage crime",
)
# (grant reference, project, delivered by, priority letter, amount in pounds).
AWARDS = (
    ("CF24-01", "Stalking advocate (half-time post)", "Halden Rise Women's Centre", "A", 16500),
    ("CF24-02", "Friday night football, Ortonbury Market Place", "Ortonbury Borough Council Leisure",
     "B", 7800),
    ("CF24-03", "Calderwick Riverside street marshals", "Calderwick Business Watch", "B", 9250),
    ("CF24-04", "Cuckooing awareness for housing officers", "Brindle Housing Trust", "C", 3900),
    ("CF24-05", "Peer mentors for young people at risk of county lines", "Askerdale Youth Justice Service",
     "C", 11400),
    ("CF24-06", "Forensic marking of church roof lead", "Askerdale Police Rural Crime Team", "D", 6200),
    ("CF24-07", "Rural crime warning signs for Kettlebeck and Yarrowby lay-bys",
     "Askerdale County Council Highways", "D", 1400),
    ("CF24-08", "Safe Chair: domestic abuse awareness for hairdressers and barbers",
     "Halden Rise Women's Centre", "A", 1950),
)  # fmt: skip
GRANT, CALDERWICK_SHARE, ORTONBURY_SHARE, RESERVE_BEFORE = 52000, 6000, 6000, 3500


def write_annual_report(path: Path) -> Path:
    return render(
        path,
        _story,
        Meta(TITLE, CALDERWICK),
        footer=lambda page, _total: f"{page} :: CORA Annual Report 2024/25",
        first="side",
    )


def _sidebar() -> list[Flowable]:
    awarded = sum(row[4] for row in AWARDS)
    facts = (
        "<b>AT A GLANCE 2024/25</b>",
        "<b>9,862</b> crimes recorded, down 2.4% on 2023/24",
        "<b>4,415</b> ASB incidents reported",
        f"<b>{len(AWARDS)}</b> projects funded",
        f"<b>{money(awarded)}</b> awarded from the Community Safety Fund",
        "<b>4</b> meetings of the Executive",
        "<b>1</b> domestic homicide review commissioned",
        "<b>Chair:</b> Councillor Rosalind Achebe",
        "<b>Contact:</b> Hester Quayle, Alliance Coordinator, Calderwick District Council",
    )
    return [para(text, SMALL) for text in facts]


def _story() -> list[Flowable]:
    awarded = sum(row[4] for row in AWARDS)
    income = GRANT + CALDERWICK_SHARE + ORTONBURY_SHARE
    rows = [bold_row(("Ref", "Project", "Delivered by", "Priority", "Award"))]
    rows += [[ref, project, lead, letter, money(amount)] for ref, project, lead, letter, amount in AWARDS]
    rows.append(["", "<b>Total</b>", "", "", f"<b>{money(awarded)}</b>"])
    return [
        *_sidebar(),
        FrameBreak(),
        NextPageTemplate("one"),
        banner(),
        h1(TITLE),
        para("April 2024 to March 2025. Published July 2025."),
        h2("Introduction from the Chair"),
        *paras(
            "This is the second annual report of the Alliance since Calderwick and Ortonbury merged their "
            "community safety partnerships in 2023. Crime fell a little this year, and we spent almost "
            "all of our fund on the four priorities we set. Stalking is now a large part of the domestic "
            "abuse caseload, and we funded a specialist stalking advocate for the first time.",
            "In June 2025 I hand the chair to Superintendent Gideon Farrow of Askerdale Police, and stay on "
            "as Vice-Chair. - Councillor Rosalind Achebe, Ortonbury Borough Council",
        ),
        h2("Who we are"),
        para(
            "Calderwick and Ortonbury Crime Reduction Alliance is the community safety partnership for the "
            "district of Calderwick and the borough of Ortonbury (130,100 residents), under section 5 of "
            "the Crime and Disorder Act 1998. Its decision-making body is the Alliance Executive, which "
            "meets quarterly, in June, September, December and March, at the Guildhall in Calderwick and "
            "Ortonbury Town Hall in turn. A meeting is quorate when four responsible authorities are "
            "present. The responsible authorities are:"
        ),
        bullets(RESPONSIBLE),
        para("These organisations also sit on the Executive, without the statutory duty:"),
        bullets(ATTENDING),
        h2("Our priorities for 2024/25"),
        para("The Executive set four priorities for the year in June 2024:"),
        bullets(PRIORITIES),
        h2("Community Safety Fund"),
        para(
            "Any member organisation, or a voluntary group it sponsors, can bid to the Community Safety "
            "Fund. The Executive decides bids at its quarterly meetings; the Alliance Coordinator can "
            "approve bids of up to £2,000 under delegated powers and reports them to the next meeting. "
            "Grants awarded in 2024/25:"
        ),
        table(rows, (48, 170, 150, 45, 55), keep=True),
        para(
            "Awards CF24-07 and CF24-08 were approved by the Alliance Coordinator under delegated powers. "
            "The Executive declined two bids: £5,500 from Ortonbury Cricket Club for pavilion shutters "
            "(property protection is the club's own responsibility) and £14,000 for a mobile CCTV van, "
            "which Askerdale Police already provides."
        ),
        h2("Budget"),
        para(
            f"The fund had {money(income)} for 2024/25: a grant of {money(GRANT)} from the Askerdale Police "
            f"and Crime Commissioner and {money(CALDERWICK_SHARE)} from each of the two councils. Grants of "
            f"{money(awarded)} were awarded, so {money(income - awarded)} was not spent and goes into the "
            f"reserve, which now stands at {money(RESERVE_BEFORE + income - awarded)}."
        ),
        h2("Case study: Calderwick Riverside street marshals"),
        para(
            "With a little over £9k, Calderwick Business Watch put two trained marshals on the riverside "
            "between the Quayside bars and the bus station on 48 Friday and Saturday nights. They helped "
            "319 people, called an ambulance 11 times and worked with the police on 27 incidents. Violence "
            "with injury in Calderwick Riverside fell by 9% on the nights the marshals were out."
        ),
        h2("What changed in 2024/25"),
        bullets(
            (
                "Total recorded crime fell to 9,862 offences, from 10,104 in 2023/24.",
                "ASB incidents fell to 4,415, from 4,590 in 2023/24 (-3.8%).",
                "Domestic abuse-related crimes rose to 2,214 (+1.1%); 388 of them were stalking offences.",
                "The stalking advocate supported 74 victims; 58 of them said they felt safer.",
                "Church roof lead was marked at 23 churches, and lead thefts fell from 14 to 5.",
                "The peer mentors worked with 41 young people; none of them was arrested for drug supply.",
            )
        ),
        h2("Reviews"),
        para(
            "The Executive commissioned one domestic homicide review, CORA DHR 2024/1, in October 2024. "
            "Its independent chair is Margaret Oyelowo, and it is expected to report in autumn 2025."
        ),
        h2("Looking ahead"),
        para(
            "The Calderwick and Ortonbury Strategic Assessment 2025, published in February 2025, "
            "recommends new priorities for 2025/26 to 2027/28. The Executive will set them at its meeting "
            "on 17 June 2025."
        ),
    ]
