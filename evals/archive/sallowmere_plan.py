"""Partnership L's Community Safety Partnership Plan 2024-27 (a three-year plan, not an annual report) on
sallowmere_layout's plum-rule furniture: a vision, four priorities each one row of a column-ruled table
(Priority | Why | Lead group | Measures), the delivery groups, and a governance section naming the Chair
and Vice-Chair and the Board's member organisations in prose ("The Board brings together ...")."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta
from evals.archive.names import SALLOWMERE
from evals.archive.sallowmere_layout import (
    CELL,
    bullets,
    caption,
    heading,
    notice,
    p,
    render_pages,
    ruled,
    title,
)

TITLE = "Sallowmere Community Safety Partnership Plan 2024-27"
# priority, why, lead group, measures
PRIORITIES = (
    (
        "1. Violence against women and girls (VAWG), including domestic abuse",
        "Domestic abuse is behind nearly a third of recorded violence in Sallowmere; stalking and "
        "harassment and sexual offences are up since 2021. Rated Red in the Needs Assessment 2024.",
        "VAWG and Domestic Abuse Delivery Group",
        "Repeat victims referred to MARAC; IDVA caseload; sexual offences reported",
    ),
    (
        "2. Serious violence and knife crime",
        "Possession of weapons offences rose by a fifth in 2023 and robbery by 19.5%; the Serious "
        "Violence Duty applies to every responsible authority.",
        "Serious Violence Duty Group",
        "Hospital admissions for assault with a sharp object; weapons offences; young people reached",
    ),
    (
        "3. Anti-social behaviour and a safe town centre",
        "Sallowmere Town Centre has the highest ASB rate of any neighbourhood, nearly four times the "
        "average; residents rank ASB as their top concern.",
        "ASB and Town Centre Group",
        "ASB incidents in the Town Centre; feelings of safety after dark (residents' survey)",
    ),
    (
        "4. Drug-related harm and exploitation",
        "County lines into Marram Quay and Saltcote; drug-related deaths above the regional rate.",
        "Combating Drugs Partnership (Sallowmere sub-group)",
        "County lines closed; referrals into treatment from custody",
    ),
)


def write_plan(path: Path) -> Path:
    return render_pages(path, _story, Meta(TITLE, SALLOWMERE), "Community Safety Partnership Plan 2024-27",
                        "March 2024")  # fmt: skip


def _story() -> list[Flowable]:
    rows = [["Priority", "Why", "Lead group", "Measures"], *PRIORITIES]
    return [
        notice(),
        *title(TITLE, "Agreed by the Sallowmere Community Safety Partnership Board on 12 March 2024"),
        heading("Foreword"),
        p(
            "This plan sets out what the Sallowmere Community Safety Partnership will do over the three "
            "years from April 2024 to March 2027. It follows our Community Safety Needs Assessment 2024, "
            "which looked at recorded crime, anti-social behaviour and what residents told us, and it "
            "replaces the Partnership Plan 2021-24."
        ),
        p(
            "We have kept the plan short. Each priority has one group that leads it and a few measures the "
            "Board will look at every quarter. Where the evidence changes, the Board will review the "
            "priorities each March and say so in its annual report."
        ),
        p(
            "<i>Councillor Harriet Pickersgill, Chair of the Sallowmere Community Safety Partnership "
            "Board</i>"
        ),
        heading("Our vision"),
        p(
            "<b>A Sallowmere where people are safe and feel safe: at home, online, in the town centre after "
            "dark and in every neighbourhood.</b> We will get there by working on the few problems that do "
            "the most harm, by preventing harm before it happens and by listening to victims and "
            "residents."
        ),
        heading("How we chose the priorities"),
        bullets(
            [
                "the Needs Assessment's threat, harm and risk scores (the issues rated Red or Amber);",
                "the Serious Violence Duty and the Police and Crime Plan for Eskerdale;",
                "the residents' survey of autumn 2023 (1,386 replies); and",
                "what partners can change together that no single agency can change alone.",
            ]
        ),
        PageBreak(),
        heading("Our priorities for 2024-27"),
        p(
            "The Board has agreed four priorities. The table gives the reason for each, the group that "
            "leads it and how progress will be measured."
        ),
        caption("Priorities, lead groups and measures"),
        ruled(rows, [118, 170, 82, 105]),
        p(" "),
        p(
            "Residential burglary and vehicle crime, priorities in the 2021-24 plan, are falling and were "
            "rated Green; they will be dealt with by the police and the ASB and Town Centre Group without "
            "a priority of their own."
        ),
        heading("Delivery groups"),
        p(
            "Each priority has a lead group that reports to every Board meeting. The VAWG and Domestic "
            "Abuse Delivery Group is chaired by Mariam Hendricks of Brightling Domestic Abuse Service; the "
            "Serious Violence Duty Group by Superintendent Daniel Iredale; the ASB and Town Centre Group by "
            "Josef Kittering, the Council's Community Safety Manager; and the Sallowmere sub-group of the "
            "Combating Drugs Partnership by Beatrice Amberleigh, Director of Public Health."
        ),
        PageBreak(),
        heading("Governance"),
        p(
            "The Sallowmere Community Safety Partnership Board is the statutory community safety "
            "partnership for the area of Sallowmere Council under the Crime and Disorder Act 1998. "
            "<b>The Board brings together Sallowmere Council, Eskerdale Police, Eskerdale Fire and Rescue "
            "Service, the Probation Service and the Eskerdale and Brant Integrated Care Board</b>, the five "
            "responsible authorities, with Sallowmere Youth Justice Service, Sallowmere Public Health, the "
            "Office of the Eskerdale Police and Crime Commissioner and Brightling Domestic Abuse Service, "
            "which attend as partners without the statutory duty."
        ),
        p(
            "The Board is chaired by <b>Councillor Harriet Pickersgill</b>, Cabinet Member for Communities "
            "at Sallowmere Council, and its Vice-Chair is <b>Superintendent Daniel Iredale</b> of Eskerdale "
            "Police. The Chair and Vice-Chair are elected by the Board. It meets four times a year, in "
            "March, July, October and January; a meeting is quorate when three of the five responsible "
            "authorities are present."
        ),
        p(
            "Funding decisions are made by the Board. Between meetings the Chair, after consulting the "
            "Vice-Chair, may take urgent action on a sum of up to £10,000; each urgent action is recorded, "
            "signed and reported to the next meeting."
        ),
        heading("Funding the plan"),
        p(
            "The Partnership's Community Safety Fund is made up of an annual grant from the Eskerdale Police "
            "and Crime Commissioner and a contribution from Sallowmere Council. Voluntary and community "
            "groups, schools and partner agencies may bid for money towards one of the four priorities; "
            "bids are considered at each Board meeting."
        ),
        heading("Review"),
        p(
            "The Board will review this plan each March. The next full plan, for 2027-30, will follow a new "
            "needs assessment in 2026.",
        ),
        p("Contact: communitysafety@sallowmere.example", CELL),
    ]
