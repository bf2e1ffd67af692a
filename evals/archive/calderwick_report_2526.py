"""Partnership E's annual report 2025-2026: a running header "CORA | Annual Report | April 2025 to
March 2026" and "CORA 0N" footers; a key facts table comparing two years, priorities numbered 1 to 4 in
a new order (rural crime and drug harm gone), the awards in £k grouped by priority with subtotals, a
budget table in £k, a quarterly scorecard with quarters as columns, and members in a sentence."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether

from evals.archive.common import Meta, banner, bold_row, bullets, h1, h2, para, paras, render, table
from evals.archive.names import CALDERWICK

TITLE = "Calderwick and Ortonbury Crime Reduction Alliance Annual Report 2025-2026"

PRIORITIES = (
    "Violence against women and girls, including domestic abuse and stalking",
    "Serious violence and knife crime",
    "Neighbourhood crime and anti-social behaviour",
    "Shop theft and violence against shop workers",
)
# (priority, [(project, delivered by, decided, amount in £k)]) as the awards stood on 31 March 2026.
AWARDS = (
    (
        "1. Violence against women and girls",
        (("Young people's violence adviser (YPVA)", "Halden Rise Women's Centre", "June 2025", "15.0"),),
    ),
    (
        "2. Serious violence and knife crime",
        (
            ("Riverside Reach youth mentoring", "Kettlebeck Youth Trust",
             "Deferred June 2025; approved September 2025", "11.2"),
            ("Bleed control kits for licensed premises", "Askerdale Fire and Rescue Service",
             "September 2025", "4.3"),
        ),
    ),
    (
        "3. Neighbourhood crime and ASB",
        (
            ("Alley-gating, Brindle Cross", "Calderwick District Council", "June 2025", "8.6"),
            ("Video doorbells for repeat burglary victims", "Askerdale Police",
             "July 2025 (delegated)", "1.8"),
        ),
    ),
    (
        "4. Shop theft and violence against shop workers",
        (
            ("Ortonbury Retailers' Radio Link", "Ortonbury Traders' Association",
             "June 2025; increased December 2025", "8.9"),
            ("Body-worn cameras for shop staff", "Calderwick Chamber of Trade", "March 2026", "5.0"),
        ),
    ),
)  # fmt: skip
BUDGET = (
    ("Askerdale Police and Crime Commissioner grant", "50.0"),
    ("Calderwick District Council", "6.0"),
    ("Ortonbury Borough Council", "6.0"),
    ("Drawn from the reserve", "5.0"),
)
# (measure, Q1, Q2, Q3, Q4, year, target, status), 2025-26.
SCORECARD = (
    ("ASB incidents", "1,102", "1,148", "930", "840", "4,020", "Below 4,300", "Met"),
    ("Knife crime offences", "24", "25", "19", "20", "88", "Below 96", "Met"),
    ("Shop theft offences", "301", "322", "345", "296", "1,264", "Below 1,100", "Not met"),
    ("Domestic abuse repeat victims (%)", "27", "29", "26", "28", "28", "25 or less", "Not met"),
)


def write_annual_report(path: Path) -> Path:
    return render(
        path,
        _story,
        Meta(TITLE, CALDERWICK),
        header=lambda _page, _total: "CORA | Annual Report | April 2025 to March 2026",
        footer=lambda page, _total: f"CORA {page:02d}",
    )


def _awards_table() -> Flowable:
    rows = [bold_row(("Project", "Delivered by", "Decided", "£k"))]
    total = 0.0
    for priority, projects in AWARDS:
        rows.append([f"<b>{priority}</b>", "", "", ""])
        rows += [list(project) for project in projects]
        subtotal = sum(float(project[3]) for project in projects)
        rows.append(["<i>Subtotal</i>", "", "", f"<i>{subtotal:.1f}</i>"])
        total += subtotal
    rows.append(["<b>Total awarded 2025-26</b>", "", "", f"<b>{total:.1f}</b>"])
    return table(rows, (170, 145, 140, 40), keep=True)


def _budget_table() -> Flowable:
    income = sum(float(amount) for _, amount in BUDGET)
    awarded = sum(float(p[3]) for _, projects in AWARDS for p in projects)
    rows = [bold_row(("Community Safety Fund 2025-26", "£k")), *map(list, BUDGET)]
    rows += [
        ["<b>Total available</b>", f"<b>{income:.1f}</b>"],
        ["Awarded", f"{awarded:.1f}"],
        ["Not allocated: returned to the reserve", f"{income - awarded:.1f}"],
    ]
    return table(rows, (300, 60), keep=True)


def _story() -> list[Flowable]:
    key_facts = [
        bold_row(("Measure", "2024-25", "2025-26", "Change")),
        ["Total recorded crime", "9,862", "9,541", "-3.3%"],
        ["ASB incidents", "4,415", "4,020", "-8.9%"],
        ["Domestic abuse-related crimes", "2,214", "2,301", "+3.9%"],
        ["Knife crime offences", "96", "88", "-8.3%"],
        ["Shop theft offences", "1,102", "1,264", "+14.7%"],
    ]
    scorecard = [bold_row(("Measure", "Q1", "Q2", "Q3", "Q4", "Year", "Target", "Status"))]
    scorecard += [list(row) for row in SCORECARD]
    return [
        banner(),
        h1(TITLE),
        para(
            "The report of the Alliance Executive to Calderwick District Council and Ortonbury Borough "
            "Council for the year 1 April 2025 to 31 March 2026."
        ),
        h2("Foreword"),
        *paras(
            "I became Chair of the Alliance in June 2025, when the Executive also set new priorities from "
            "the Strategic Assessment 2025. Knife crime and anti-social behaviour fell this year. Shop theft "
            "did not: it rose again, and shop workers told us about threats and assaults every week.",
            "The Executive re-elected me as Chair for 2026/27 at its meeting on 9 June 2026, with "
            "Councillor Rosalind Achebe as Vice-Chair. - Superintendent Gideon Farrow, Askerdale Police",
        ),
        para("<b>Table 1. Key facts</b>"),
        table(key_facts, (200, 70, 70, 70), keep=True),
        h2("The Alliance"),
        para(
            "The Alliance Executive brings together the responsible authorities: Calderwick District "
            "Council, Ortonbury Borough Council, Askerdale County Council, Askerdale Police, Askerdale Fire "
            "and Rescue Service, the Probation Service and Askerdale and Lowfell Integrated Care Board. The "
            "OPCC, Askerdale Youth Justice Service, Halden Rise Women's Centre and, since September 2025, "
            "Brindle Housing Trust also sit on it. The Executive met on 17 June 2025, 16 September 2025, 9 "
            "December 2025 and 10 March 2026."
        ),
        KeepTogether(
            [
                h2("Priorities 2025-26 to 2027-28"),
                para("Adopted on 17 June 2025, on the recommendation of the Strategic Assessment 2025:"),
                bullets(PRIORITIES, numbered=True),
            ]
        ),
        para(
            "Rural and heritage crime is no longer a priority: the Askerdale Rural Crime Forum reports on it "
            "once a year. Drug harm and county lines passed to the Askerdale Combating Drugs Partnership, "
            "which reports to the Executive twice a year."
        ),
        h2("Community Safety Fund"),
        KeepTogether([para("<b>Table 2. Awards by priority, 2025-26 (£ thousands)</b>"), _awards_table()]),
        para(
            "The Executive declined one bid, £3.6k from Wendle Marsh Allotment Society for fencing and shed "
            "alarms. The Radio Link award was first agreed at £6.4k for 30 shops."
        ),
        KeepTogether([para("<b>Table 3. Budget (£ thousands)</b>"), _budget_table()]),
        h2("Performance"),
        KeepTogether(
            [
                para("<b>Table 4. Quarterly scorecard, 2025-26</b>"),
                table(scorecard, (150, 38, 38, 38, 38, 42, 75, 50)),
            ]
        ),
        h2("What the money did"),
        *paras(
            "<b>Riverside Reach.</b> Kettlebeck Youth Trust's mentors met 57 young people at the Riverside "
            "Leisure Centre between October 2025 and March 2026; 12 of them had been found carrying a knife.",
            "<b>Radio Link.</b> 42 shops in Ortonbury Market now talk directly to the CCTV control room. "
            "Staff used the radios 610 times, and 38 arrests followed.",
            "<b>YPVA.</b> The young people's violence adviser took 61 referrals of young people aged 13 to "
            "19 who had been abused by a partner.",
            "<b>Alley-gating.</b> Gates were fitted to 14 alleys in Brindle Cross; burglary in the gated "
            "streets fell from 19 offences to 7.",
        ),
        h2("Looking ahead"),
        para(
            "The serious violence response strategy was published in March 2026. In 2026-27 the Executive "
            "will commission a retail crime problem profile, and the strategic assessment will be "
            "refreshed in early 2027."
        ),
    ]
