"""Partnership H's Annual Report 2022-23: a portrait first page (the Chair's word, members as a dashed list
with the year's changes), a page of prose in two columns (the partnership, its 2022-23 priorities named in
a sentence, the PSPO and DHR spelled out, crime rounded from the assessment), a "Key achievements" page with
a dashed list under each priority, and a funding page: a framed grid in pounds and pence with an "Approved"
and a "Status" column (Complete, Ongoing, Withdrawn), the money in a second grid and a look ahead that rounds
the Commissioner's 2023-24 grant. Bar "PELLINGHAM AND STOURMERE CSP · ANNUAL REPORT 2022-23", top line
"Annual Report 2022/23", foot "Published September 2023" and a boxed "N/M"."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta
from evals.archive.names import PELLINGHAM
from evals.archive.pellingham_layout import (
    Furniture,
    dashes,
    grid,
    heading,
    notice,
    p,
    pounds,
    render_pages,
    title,
)

TITLE = "Pellingham and Stourmere Community Safety Partnership Annual Report 2022-23"
MEMBERS = (
    "Pellingham District Council: Councillor Harriet Quennell (Chair until 15 November 2022), then "
    "Councillor Tobias Wyndham",
    "Stourmere Borough Council: Councillor Devika Raghunathan (Vice-Chair from 15 November 2022)",
    "Vexmoor County Council: Councillor Rupert Ingleby",
    "Vexmoor Police: Superintendent Owain Brackley (Chair from 15 November 2022)",
    "Vexmoor Fire and Rescue Service: Group Manager Isla Trevanion",
    "The Probation Service (Vexmoor North): Gareth Lomax, then Priya Dellow from March 2023",
    "Vexmoor and Tamsey Integrated Care Board: Nadia Baines",
    "Attending: the Office of the Police and Crime Commissioner (Jasper Nettleford), Vexmoor Youth Justice "
    "Service (Marisol Keane), Caddon Lodge domestic abuse service (Leah Stannard)",
)
# (ref, project, lead organisation, priority, approved, amount, status)
AWARDS = (
    ("PS22-01", "Keyholder sanctuary scheme", "Caddon Lodge", "1", "15 Nov 2022", 6250.00, "Complete"),
    ("PS22-02", "Stourmere Night Owls", "Stourmere Night Owls CIO", "2",
     "15 Nov 2022, varied 7 Mar 2023", 5250.00, "Ongoing"),
    ("PS22-03", "Friday Night Football", "Pellingham Leisure Trust", "3", "15 Nov 2022", 3120.50, "Complete"),
    ("PS22-04", "Rural Watch trail cameras", "Pellingham Rural Watch", "2", "13 Sep 2022", 2310.00,
     "Withdrawn"),
    ("PS22-05", "Think Twice knife crime lessons", "Vexmoor Youth Justice Service", "3", "13 Sep 2022",
     8400.00, "Complete"),
    ("PS22-06", "Stourmere Recovery Café", "Stourmere Recovery Network", "4", "14 Jun 2022", 4875.25,
     "Ongoing"),
    ("PS22-07", "Walk and Talk night safety audit", "Stourmere Borough Council", "1", "7 Mar 2023", 1995.00,
     "Ongoing"),
)  # fmt: skip
GRANT, COUNCILS, IDVA, DHR = 82150.00, 7500.00, 45000.00, 12600.00


def write_annual_report(path: Path) -> Path:
    return render_pages(
        path,
        _story,
        Meta(TITLE, PELLINGHAM),
        Furniture(
            bar=lambda _page, _total: "PELLINGHAM AND STOURMERE CSP · ANNUAL REPORT 2022-23",
            top=lambda _page, _total: "Annual Report 2022/23",
            foot=lambda _page, _total: "Published September 2023",
            number=lambda page, total: f"{page}/{total}",
        ),
    )


def _story() -> list[Flowable]:
    return [
        *_welcome(),
        NextPageTemplate("columns"),
        PageBreak(),
        *_year(),
        NextPageTemplate("portrait"),
        PageBreak(),
        *_achievements(),
        PageBreak(),
        *_money(),
    ]


def _welcome() -> list[Flowable]:
    return [
        notice(),
        *title("Annual Report 2022-23", "Pellingham and Stourmere Community Safety Partnership"),
        heading("A word from the Chair"),
        p(
            "I took over as Chair in November 2022 from Councillor Harriet Quennell, who stood down when "
            "she became Leader of Pellingham District Council. I thank her for three years of steady "
            "leadership. This was a year of two halves: a busy summer in Stourmere town centre, then a "
            "winter in which our Joint Strategic Needs Assessment made us look hard at what we fund and why."
        ),
        p(
            "Most of what this report describes was done by volunteers and front-line staff. Their work is "
            "why the Board has agreed new priorities for 2023-24, set out at the end of this report."
        ),
        p("<i>Superintendent Owain Brackley, Vexmoor Police, Chair</i>"),
        heading("Who sits on the Board"),
        dashes(MEMBERS),
    ]


def _year() -> list[Flowable]:
    return [
        heading("About the Partnership"),
        p(
            "The Pellingham and Stourmere Community Safety Partnership is the statutory partnership under "
            "the Crime and Disorder Act 1998 for two districts: Pellingham, a largely rural district of "
            "about 68,400 people, and the borough of Stourmere, a market town and its suburbs of about "
            "91,700. The two councils merged their community safety partnerships in 2019 and share one "
            "Community Safety Manager, Joanne Kirkbride. The Board meets four times a year, alternating "
            "between Pellingham House and Stourmere Town Hall; three responsible authorities make a quorum."
        ),
        heading("Our priorities in 2022-23"),
        p(
            "Our priorities this year were domestic abuse and sexual violence, anti-social behaviour, "
            "serious violence, and drug-related harm. Each has a lead officer and reports to every Board."
        ),
        heading("Crime in the two districts"),
        p(
            "The Joint Strategic Needs Assessment published in January 2023 found that recorded crime rose "
            "by almost 10% in Pellingham and by about 8% in Stourmere between 2020-21 and 2021-22, with "
            "nearly 14,300 crimes across the two districts in 2021-22. Violence rose fastest; drug offences "
            "fell in both districts."
        ),
        heading("The Public Spaces Protection Order"),
        p(
            "The Public Spaces Protection Order (PSPO) for Stourmere town centre, which bans drinking in "
            "the street when asked to stop and lets officers disperse groups causing alarm, was due to "
            "lapse in January 2023. More than 400 people answered the consultation, over three quarters of "
            "them in favour, and Stourmere Borough Council renewed it for three years from 1 February 2023."
        ),
        heading("Domestic Homicide Review"),
        p(
            "The Partnership commissioned one Domestic Homicide Review (DHR) in the year, DHR PS/2022/01, "
            "after a death in Stourmere in August 2022. An independent chair, Ms Frances Okereke, was "
            "appointed in October. The review will be sent to the Home Office when it is complete."
        ),
        heading("Case study: the Night Owls"),
        p(
            "Stourmere Night Owls are volunteers in red jackets who walk the town centre on Friday and "
            "Saturday nights, handing out water and flip-flops and helping people get home. The Partnership "
            "first gave them four and a half thousand pounds and topped this up in March when their radio "
            "and first-aid costs rose. Between December and March they were out on 34 nights and helped 219 "
            "people, eleven of whom they handed to an ambulance crew."
        ),
    ]


def _achievements() -> list[Flowable]:
    return [
        heading("Key achievements"),
        p("<b>Priority 1: Domestic abuse and sexual violence</b>"),
        dashes(
            (
                "The Keyholder sanctuary scheme made 57 survivors' homes secure so they could stay in them.",
                "Our Independent Domestic Violence Advisers (IDVAs) supported 412 high-risk victims.",
                "The domestic abuse champions network grew from 38 to 64 members across both councils.",
            )
        ),
        p("<b>Priority 2: Anti-social behaviour</b>"),
        dashes(
            (
                "The Stourmere town centre PSPO was renewed for a further three years.",
                "Night Owls volunteers were out on 34 nights and helped 219 people.",
                "ASB incidents reported to the police in Pellingham Market ward fell by 11%.",
            )
        ),
        p("<b>Priority 3: Serious violence</b>"),
        dashes(
            (
                "Think Twice knife crime lessons reached 2,860 pupils in 14 secondary schools.",
                "Friday Night Football ran 48 sessions in Pellingham with an average of 31 young people a "
                "night.",
                "Partners agreed a Vexmoor-wide approach to the Serious Violence Duty in January 2023.",
            )
        ),
        p("<b>Priority 4: Drug-related harm</b>"),
        dashes(
            (
                "The Stourmere Recovery Café opened in October 2022 and averages 38 visitors a week.",
                "Vexmoor Police obtained closure orders on six properties used for drug dealing.",
            )
        ),
    ]


def _money() -> list[Flowable]:
    rows = [["Ref", "Project", "Lead organisation", "Priority", "Approved", "Amount", "Status"]]
    rows += [[r, n, o, pr, a, pounds(m), s] for r, n, o, pr, a, m, s in AWARDS]
    awarded = sum(a[5] for a in AWARDS if a[6] != "Withdrawn")
    rows.append(["", "Total awarded (excluding withdrawn)", "", "", "", pounds(awarded), ""])
    income = GRANT + 2 * COUNCILS
    spent = IDVA + DHR + awarded
    budget = [
        ["", "£"],
        ["Police and Crime Commissioner's grant", pounds(GRANT)[1:]],
        ["Pellingham District Council contribution", pounds(COUNCILS)[1:]],
        ["Stourmere Borough Council contribution", pounds(COUNCILS)[1:]],
        ["<b>Total income</b>", f"<b>{pounds(income)[1:]}</b>"],
        ["IDVA service contract (Caddon Lodge)", pounds(IDVA)[1:]],
        ["Domestic Homicide Review costs", pounds(DHR)[1:]],
        ["Community Safety Fund projects (table above)", pounds(awarded)[1:]],
        ["<b>Total spending</b>", f"<b>{pounds(spent)[1:]}</b>"],
        ["<b>Underspend carried forward to 2023-24</b>", f"<b>{pounds(income - spent)[1:]}</b>"],
    ]
    return [
        heading("Funding in 2022-23"),
        p(
            "Projects funded from the Community Safety Fund. Priority numbers are those of the Key "
            "achievements page. The Rural Watch award was withdrawn when the group could not find a site "
            "for its cameras; none of it was paid."
        ),
        grid(rows, (50, 110, 100, 46, 68, 58, 56)),
        heading("Where the money came from and went"),
        grid(budget, (300, 90), header=1),
        heading("Looking ahead to 2023-24"),
        p(
            "On 7 March 2023 the Board agreed four priorities for 2023-24: domestic abuse and sexual "
            "violence; serious violence; anti-social behaviour; and neighbourhood crime (burglary and "
            "vehicle crime). Drug-related harm becomes a cross-cutting theme led by the Vexmoor Combating "
            "Drugs Partnership. The Commissioner has confirmed a grant of £86,400 for 2023-24, and the "
            "underspend is carried forward to the Delivery Plan 2023-24."
        ),
    ]
