"""Partnership L's Annual Report 2024-25 on sallowmere_layout's plum-rule furniture, written mostly in
prose: the Chair's introduction (a new Chair since July 2024), a membership table (Organisation |
Representative | Role), the priorities of the plan's first year and the one added at the March 2025
review, a page in two columns with case studies in boxed side panels, and the year's funding in a table
in £k (Project | Lead | £k) with the budget told in prose."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak

from evals.archive.common import Meta
from evals.archive.names import SALLOWMERE
from evals.archive.sallowmere_layout import (
    bullets,
    caption,
    heading,
    in_k,
    notice,
    p,
    panel,
    render_pages,
    ruled,
    title,
)

TITLE = "Sallowmere Community Safety Partnership Annual Report 2024-25"
# organisation, representative, role (at 31 March 2025)
MEMBERS = (
    ("Eskerdale Police", "Superintendent Daniel Iredale", "Chair; responsible authority"),
    ("Sallowmere Council", "Councillor Rukhsana Merriott", "Vice-Chair; responsible authority"),
    ("Eskerdale Fire and Rescue Service", "Group Manager Oluwaseun Nkemelu", "Responsible authority"),
    ("The Probation Service", "Claire Haverigg", "Responsible authority"),
    ("Eskerdale and Brant Integrated Care Board", "Dr Samuel Lowther", "Responsible authority"),
    ("Sallowmere Public Health", "Beatrice Amberleigh", "Partner; leads the drugs sub-group"),
    ("Sallowmere Youth Justice Service", "Gethin Sowerby", "Partner"),
    ("Brightling Domestic Abuse Service", "Mariam Hendricks", "Partner; chairs the VAWG group"),
    ("Chalkhithe Housing Association", "Leonie Dashwood", "Partner (joined November 2024)"),
    ("Office of the Eskerdale Police and Crime Commissioner", "Alys Threlfall", "Adviser, not voting"),
)
# project, lead, amount in pounds
FUNDING = (
    ("Summer Streets diversionary activities", "Sallowmere Council Youth Service", 12000),
    ("Doorstep Guard video doorbells", "Sallowmere Neighbourhood Watch Association", 4200),
    ("Nightlight welfare hub", "Sallowmere Night Stewards", 9500),
    ("Second Independent Domestic Violence Adviser", "Brightling Domestic Abuse Service", 22000),
    ("Town Centre Radio Link", "Sallowmere Town Centre BID", 3600),
    ("Edge Sense knife-crime workshops", "Tollbridge Youth Trust", 14500),
    ("WAVE bystander training", "Sallowmere Council Licensing Team", 5000),
    ("Secure Doors (Chair's urgent action)", "Brightling Domestic Abuse Service", 6400),
)
FUND = 82000
PANEL_WIDTH = 222.0


def write_annual_report(path: Path) -> Path:
    return render_pages(path, _story, Meta(TITLE, SALLOWMERE), "Annual Report 2024-25", "July 2025")


def _funding_table() -> Flowable:
    total = sum(amount for _, _, amount in FUNDING)
    rows = [["Project", "Lead", "£k"], *([name, lead, in_k(amount)] for name, lead, amount in FUNDING)]
    rows.append(["Total awarded", "", in_k(total)])
    return ruled(rows, [200, 215, 55], figures=(2,), total_row=True)


def _story() -> list[Flowable]:
    total = sum(amount for _, _, amount in FUNDING)
    members = [["Organisation", "Representative", "Role"], *MEMBERS]
    return [
        notice(),
        *title(TITLE, "The first year of the Community Safety Partnership Plan 2024-27"),
        heading("Introduction from the Chair"),
        p(
            "I took over as Chair of the Board in July 2024, when Councillor Harriet Pickersgill stood down "
            "on becoming Leader of Sallowmere Council. I want to thank her for chairing the Partnership "
            "from 2021 to 2024 and for steering the new plan through. Councillor Rukhsana Merriott was "
            "elected Vice-Chair at the same meeting."
        ),
        p(
            "This was the first year of our Community Safety Partnership Plan 2024-27. We put a second "
            "Independent Domestic Violence Adviser into post, took knife-crime education into five "
            "secondary schools and opened a welfare hub in the town centre at weekends. Recorded crime "
            "fell by 1.8% in 2024-25, but shoplifting rose again, and the Board has made it a priority "
            "for the coming year."
        ),
        p("<i>Superintendent Daniel Iredale, Chair, Sallowmere Community Safety Partnership Board</i>"),
        heading("What the Partnership does"),
        p(
            "The Partnership is the statutory community safety partnership for Sallowmere under the Crime "
            "and Disorder Act 1998. Its Board met four times in 2024-25, on 16 July 2024, 15 October 2024, "
            "21 January 2025 and 11 March 2025, and the Chair took one urgent action between meetings."
        ),
        PageBreak(),
        heading("Who sits on the Board"),
        caption("Board membership at 31 March 2025"),
        ruled(members, [185, 160, 130]),
        heading("Our priorities"),
        p(
            "In 2024-25 the Partnership worked to the four priorities of the Plan 2024-27: violence against "
            "women and girls, including domestic abuse; serious violence and knife crime; anti-social "
            "behaviour and a safe town centre; and drug-related harm and exploitation."
        ),
        p(
            "At its review on 11 March 2025 the Board kept all four and added a fifth, <b>shop theft and "
            "retail crime</b>, as recommendation R5 of the Needs Assessment 2024 had proposed: shoplifting "
            "rose from 1,152 offences in 2023 to 1,391 in 2024. From April 2025 the Partnership therefore "
            "has five priorities."
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("The year in practice"),
        p(
            "Most of the Partnership's work is done by its delivery groups and by the projects the "
            "Community Safety Fund pays for. Three of them are described in the panels on this page."
        ),
        p(
            "The VAWG and Domestic Abuse Delivery Group met every six weeks. With the second IDVA in post "
            "from 1 October 2024, the number of high-risk victims waiting more than two days for a first "
            "contact fell from 31 in the first half of the year to 6 in the second."
        ),
        p(
            "The Serious Violence Duty Group published the Partnership's serious violence strategy in "
            "September 2024. Possession of weapons offences fell from 126 in 2023 to 117 in 2024."
        ),
        p(
            "The ASB and Town Centre Group worked with the Business Improvement District on the Town "
            "Centre Radio Link, which now connects 46 shops to the CCTV control room."
        ),
        p(
            "The Combating Drugs Partnership's Sallowmere sub-group, led by Public Health, closed four "
            "county lines with Eskerdale Police and saw referrals into treatment from custody rise from 58 "
            "to 83. Chalkhithe Housing Association joined the Board in November 2024 and now brings its "
            "tenancy data on anti-social behaviour to the ASB and Town Centre Group."
        ),
        FrameBreak(),
        panel(
            "Case study: Nightlight welfare hub",
            [
                "Volunteers from Sallowmere Night Stewards opened the hub in Market Square on Friday and "
                "Saturday nights from August 2024.",
                "By March 2025 they had helped 512 people, most of them young women separated from "
                "friends, and called an ambulance 19 times.",
            ],
            PANEL_WIDTH,
        ),
        p(" "),
        panel(
            "Case study: Edge Sense",
            [
                "Tollbridge Youth Trust ran knife-crime workshops for 1,140 pupils in Years 8 and 9 in five "
                "secondary schools. The Board's award of fourteen and a half thousand pounds paid for two "
                "youth workers and a former paramedic.",
                "Nine in ten pupils said afterwards that they knew what to do if a friend carried a knife.",
            ],
            PANEL_WIDTH,
        ),
        p(" "),
        panel(
            "Case study: Secure Doors",
            [
                "When referrals doubled in the autumn, the Chair approved extra money by urgent action in "
                "December 2024. By 31 March 2025 Brightling Domestic Abuse Service had made 71 homes "
                "secure so that victims could stay in them.",
            ],
            PANEL_WIDTH,
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("Funding"),
        p(
            "The Community Safety Fund for 2024-25 was £82,000: the Police and Crime Commissioner's grant "
            "of £72,000 and £10,000 from Sallowmere Council. The Board awarded money to eight projects; "
            "the table gives the amounts in thousands of pounds."
        ),
        caption("Awards from the Community Safety Fund 2024-25 (£k)"),
        _funding_table(),
        p(" "),
        p(
            f"Of the £82,000, £{total:,} was awarded and £{FUND - total:,} was left unspent. The "
            "Commissioner's office agreed on 24 April 2025 that the unspent money be carried forward to "
            "2025-26."
        ),
        p(
            "Two awards changed during the year. The Doorstep Guard award was cut to £4,200 in July 2024, "
            "as fewer homes were eligible than expected, and the award of £7,800 to Fenny Cross Amateur "
            "Boxing Club for Corner Men mentoring was rescinded in October 2024 when the club lost its "
            "premises. One bid, for CCTV at Gorsebeck skate park, was declined."
        ),
        heading("Looking ahead to 2025-26"),
        bullets(
            [
                "a shop theft action plan with the Business Improvement District and Eskerdale Police;",
                "a new domestic abuse needs assessment, due in autumn 2025; and",
                "the next Community Safety Needs Assessment, in 2026.",
            ]
        ),
    ]
