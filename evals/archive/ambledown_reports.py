"""Partnership N's two annual reports on ambledown_layout's furniture, laid out unlike each other.

The Annual Report 2023-24 opens on a portrait page (contents and the outgoing Chair's foreword) and runs
on in two columns: the members in a stub table (Organisation | Represented by | Status), the five
priorities of the Partnership Plan 2022-25 as numbered sub-headings, and the Community Safety Fund's
projects in a table with a total and the budget in prose. The Annual Report 2024-25 is one column with a
shaded "At a glance" sidebar on its first pages: the new Chair's introduction, the members told in prose
(one joined, one left, one successor), the priorities as changed in January 2025 (one merged into
another, one renamed) and the year's funding told in prose only, with the changes to awards."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak

from evals.archive.ambledown_layout import (
    CAPTION,
    SMALL,
    Furniture,
    bullets,
    caption,
    glance,
    heading,
    note,
    notice,
    p,
    pounds,
    render_pages,
    stub_table,
    subheading,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import AMBLEDOWN

TITLE_2324 = "Ambledown Community Safety Partnership Annual Report 2023-24"
TITLE_2425 = "Ambledown Community Safety Partnership Annual Report 2024-25"

MEMBERS_2324 = (
    (
        "Ambledown District Council",
        "Cllr Marguerite Ellacott (Chair); Lorraine Spratling",
        "Responsible authority",
    ),
    (
        "Tarnshire County Council",
        "Cllr Devika Ransome; Dr Helen Aspinall (Public Health)",
        "Responsible authority",
    ),
    ("Tarnshire Constabulary", "Superintendent Graham Pettifer (Vice-Chair)", "Responsible authority"),
    ("Tarnshire Fire and Rescue Service", "Group Manager Callum Yeardley", "Responsible authority"),
    ("Probation Service, Tarnshire North Probation Delivery Unit", "Gideon Hale", "Responsible authority"),
    ("Tarn Valley Integrated Care Board", "Dr Anjali Rowntree", "Responsible authority"),
    ("Office of the Tarnshire Police, Fire and Crime Commissioner", "Petra Vintner", "Attending partner"),
    ("Tarnshire Youth Justice Service", "Kerry Bastable", "Attending partner"),
    ("Beacon Row Women's Aid", "Nadia Qureshi", "Attending partner"),
    ("StepClear Recovery (drug and alcohol service)", "Simon Varley", "Attending partner"),
    ("Ambledown Council for Voluntary Service", "Martin Pyecroft", "Attending partner"),
)

PROJECTS_2324 = (
    (
        "Independent Domestic Violence Adviser (IDVA) service contribution",
        "Beacon Row Women's Aid",
        "1",
        30000,
    ),
    ("Community Safety Coordinator post (part-funded)", "Ambledown District Council", "All", 21400),
    ("Tollgate Park Friday youth sessions", "Tarnshire Youth Justice Service", "3", 6950),
    ("Saxby Cross neighbour mediation", "Ambledown Council for Voluntary Service", "2", 4380),
    ("Naloxone training and kits", "StepClear Recovery", "4", 3265),
    ("Operation Lantern night-time economy patrols", "Tarnshire Constabulary", "2", 8700),
    ("Through-the-gate mentoring", "Probation Service", "5", 9840),
    ("Purple Door domestic abuse awareness for employers", "Beacon Row Women's Aid", "1", 2615),
)


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture("Annual Report 2023-24", "July 2024")
    return render_pages(path, _story_2324, Meta(TITLE_2324, AMBLEDOWN), furniture)


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture("Annual Report 2024-25", "July 2025")
    return render_pages(path, _story_2425, Meta(TITLE_2425, AMBLEDOWN), furniture, first="sidebar")


def _story_2324() -> list[Flowable]:
    total = sum(row[3] for row in PROJECTS_2324)
    projects = [("Project", "Lead organisation", "Priority", "Amount")]
    projects += [(name, lead, priority, pounds(amount)) for name, lead, priority, amount in PROJECTS_2324]
    projects.append(("Total allocated 2023-24", "", "", pounds(total)))
    members = [("Organisation", "Represented by", "Status"), *MEMBERS_2324]
    return [
        notice(),
        *title(TITLE_2324, "Working together for a safer Ambledown, April 2023 to March 2024"),
        p("<b>Contents</b>", SMALL),
        bullets(
            [
                "Foreword from the Chair",
                "About the Partnership and its members",
                "Our priorities in 2023-24 and what we did",
                "The Community Safety Fund 2023-24",
                "Statutory duties and reviews",
                "Looking ahead to 2024-25",
            ],
            SMALL,
            numbered="%s.",
        ),
        heading("", "Foreword from the Chair"),
        p(
            "This is my third and last annual report as Chair of the Ambledown Community Safety Partnership. "
            "Over the year our members have worked on the five priorities of the Partnership Plan 2022-25, "
            "and the Community Safety Fund supported eight projects across the district, from the IDVA "
            "service to Friday evening sessions for young people in Tollgate Park."
        ),
        p(
            "The Strategic Board has agreed that the Chair should rotate between the responsible "
            "authorities. I will therefore stand down at the Board's meeting in September 2024, and the "
            "Board will elect my successor there. I thank every partner, and in particular our Vice-Chair, "
            "Superintendent Graham Pettifer, for their support."
        ),
        p("<i>Councillor Marguerite Ellacott, Chair, Ambledown Community Safety Partnership</i>"),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("1", "About the Partnership"),
        p(
            "The Ambledown Community Safety Partnership (the CSP) is the statutory partnership for the "
            "district of Ambledown under sections 5 to 7 of the Crime and Disorder Act 1998. Its responsible "
            "authorities are the district and county councils, the police, the fire and rescue service, "
            "the Probation Service and the Integrated Care Board. Other organisations attend the Strategic "
            "Board and its groups without the statutory duty."
        ),
        p(
            "The Strategic Board met four times in 2023-24, in June, September, December and March. Bids to "
            "the Community Safety Fund are decided by the Board on the advice of its Community Safety Fund "
            "Panel, which met three times. A meeting is quorate when four "
            "responsible authorities are present."
        ),
        caption("Table 1: Members of the Strategic Board, 2023-24"),
        stub_table(members, [92, 84, 54]),
        heading("2", "Our priorities in 2023-24"),
        p(
            "The Partnership Plan 2022-25 set five priorities, chosen from the Strategic Assessment of 2022. "
            "They applied for the whole of 2023-24."
        ),
        subheading("2.1", "Priority 1: Domestic abuse and violence against women and girls"),
        p(
            "The IDVA service received 412 referrals, up from 367 in 2022-23. The Purple Door programme "
            "trained 23 local employers to recognise and respond to domestic abuse among their staff."
        ),
        subheading("2.2", "Priority 2: Anti-social behaviour and neighbourhood crime"),
        p(
            "Police-recorded ASB incidents fell to 3,760, from 3,988 the year before. Operation Lantern "
            "put extra patrols into Ambledown town centre on 38 Friday and Saturday nights."
        ),
        subheading("2.3", "Priority 3: Serious violence and knife crime"),
        p(
            "The Tollgate Park Friday sessions reached 146 young people. The Partnership began its work "
            "under the Serious Violence Duty with the county's other CSPs."
        ),
        subheading("2.4", "Priority 4: Drug and alcohol-related harm"),
        p(
            "StepClear Recovery trained 118 people to use naloxone and handed out 64 kits. Referrals into "
            "treatment from the police custody suite rose by 11%."
        ),
        subheading("2.5", "Priority 5: Reducing reoffending"),
        p(
            "Through-the-gate mentors met 31 people on their release from prison; 22 were in settled "
            "accommodation three months later."
        ),
        heading("3", "The Community Safety Fund 2023-24"),
        p(
            "The Fund is made up of the grant from the Tarnshire Police, Fire and Crime Commissioner "
            "(£92,750 in 2023-24), a contribution of £15,000 from Ambledown District Council and £6,180 "
            "carried forward from 2022-23, giving £113,930 in all."
        ),
        caption("Table 2: Projects funded from the Community Safety Fund, 2023-24"),
        stub_table(projects, [78, 62, 44, 43], figures={3}, totals={len(projects) - 1}),
        p(
            f"Of the {pounds(113930)} available, {pounds(total)} was allocated. The Board placed £20,000 of "
            "the remainder in a partnership reserve and carried £6,780 forward into 2024-25."
        ),
        heading("4", "Statutory duties and reviews"),
        p(
            "One Domestic Homicide Review (Ambledown DHR 2023/01) was commissioned in November 2023 and was "
            "in progress at the year end. The Partnership's Prevent work is led by the county Prevent "
            "Partnership Board."
        ),
        heading("5", "Looking ahead to 2024-25"),
        p(
            "A new Strategic Assessment will be written in the autumn of 2024, and a new three-year "
            "Community Safety Strategy will replace the Partnership Plan 2022-25 from April 2025."
        ),
    ]


def _story_2425() -> list[Flowable]:
    return [
        notice(),
        *title(TITLE_2425, "April 2024 to March 2025"),
        heading("", "Introduction from the Chair"),
        p(
            "I became Chair of the Partnership on 17 September 2024, when Councillor Marguerite Ellacott "
            "stood down after three years, and Councillor Devika Ransome of Tarnshire County Council was "
            "elected Vice-Chair. I thank Marguerite for her leadership."
        ),
        p(
            "This was a year of review. Our Strategic Assessment, completed in November 2024, showed "
            "violence with injury at its highest level for five years and a sharp rise in shoplifting, while "
            "anti-social behaviour continued to fall. In January 2025 the Board used it to reshape our "
            "priorities, and in March 2025 we published the Community Safety Strategy 2025-2028."
        ),
        p("<i>Superintendent Graham Pettifer, Tarnshire Constabulary, Chair</i>"),
        heading("1", "Who we are"),
        p(
            "The Partnership brings together Ambledown District Council, Tarnshire County Council, "
            "Tarnshire Constabulary, Tarnshire Fire and Rescue Service, the Probation Service (Tarnshire "
            "North Probation Delivery Unit) and Tarn Valley Integrated Care Board as responsible "
            "authorities, with the Office of the Tarnshire Police, Fire and Crime Commissioner, Tarnshire "
            "Youth Justice Service, Beacon Row Women's Aid and Ambledown Council for Voluntary Service "
            "attending as partners."
        ),
        p(
            "Two changes were made to the membership during the year. Copperfield Housing Trust, the largest "
            "social landlord in the district, joined the Strategic Board in September 2024, represented by "
            "Joanna Treacher. StepClear Recovery left the Board when its drug and alcohol treatment contract "
            "ended on 30 September 2024; the new provider, Northway Recovery, has attended since January "
            "2025."
        ),
        FrameBreak(),
        p("<b>At a glance: 2024-25</b>", CAPTION),
        *glance(
            [
                ("11,460", "crimes recorded in the district, down 1.6%"),
                ("3,512", "ASB incidents reported to the police"),
                ("447", "referrals to the IDVA service"),
                ("£83,020", "allocated from the Community Safety Fund"),
                ("8", "projects funded"),
                ("212", "frontline staff trained in DA Matters"),
            ]
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("2", "Our priorities"),
        p(
            "During 2024-25 the Partnership worked to the five priorities of the Partnership Plan 2022-25. "
            "On 21 January 2025, having considered the Strategic Assessment, the Board agreed two changes "
            "that take effect in the Community Safety Strategy 2025-2028:"
        ),
        bullets(
            [
                "Drug and alcohol-related harm is no longer a priority of its own: it is merged into serious "
                "violence, as the new priority Serious violence, drugs and exploitation.",
                "Anti-social behaviour and neighbourhood crime is renamed Safer neighbourhoods and town "
                "centres, to take in retail crime and the night-time economy.",
            ]
        ),
        p("The Partnership's priorities from April 2025 are therefore:"),
        bullets(
            [
                "Domestic abuse and violence against women and girls",
                "Serious violence, drugs and exploitation",
                "Safer neighbourhoods and town centres",
                "Reducing reoffending",
            ],
            numbered="%s.",
        ),
        heading("3", "What we did"),
        subheading("", "Domestic abuse and violence against women and girls"),
        p(
            "Referrals to the IDVA service rose again, to 447. Twelve men took up the fourteen funded places "
            "on the Change Track programme for perpetrators of domestic abuse, run by Pathway Change CIC, "
            "and 212 frontline "
            "staff completed DA Matters training. Women's safety walk audits in Ambledown and Saxby Cross "
            "led to new lighting on two footpaths."
        ),
        subheading("", "Serious violence and drugs"),
        p(
            "The Tollgate Park Boxing Academy ran 44 sessions for young people referred by the Youth "
            "Justice Service and schools. Possession of weapons offences rose for the fifth year running."
        ),
        subheading("", "Anti-social behaviour and the town centres"),
        p(
            "The town-centre Safe Space, run by Ambledown Street Pastors, opened on 31 nights and helped 208 "
            "people, 57 of whom would otherwise have needed an ambulance or police attendance."
        ),
        heading("4", "The Community Safety Fund 2024-25"),
        p(
            "The Tarnshire Police, Fire and Crime Commissioner's grant for 2024-25 was £96,400. With "
            "Ambledown District Council's contribution of £15,000 and £6,780 carried forward from 2023-24, "
            "the Fund had £118,180 to spend."
        ),
        p(
            "By the end of the year £83,020 had been allocated to eight projects, "
            "of which £81,400 was spent. "
            "Two commitments made in March 2024 took the largest share: £31,500 towards the IDVA service "
            "and £22,000 towards the Community Safety Coordinator post. The Strategic Board awarded new "
            "grants at its September meeting, and the Community Safety Fund Panel decided the rest in "
            "November."
        ),
        p(
            "Several awards changed during the year. The Safe Space award was increased from £3,950 to "
            "£4,430 to open on extra nights over Christmas, and the Tollgate Park Boxing Academy's award "
            "rose from £7,480 to £8,630. The award of £2,875 for Blunt Truth, a knife crime drama for "
            "schools, was withdrawn in February 2025 when the theatre company delivering it closed. Change "
            "Track spent £1,620 less than its grant of £11,340, because two places were not taken up."
        ),
        p(
            "The £36,780 left unspent at 31 March 2025 was carried forward with "
            "the Commissioner's agreement: "
            "£20,000 is held in the partnership reserve, and £16,780 was added to the Fund for 2025-26."
        ),
        heading("5", "Reviews and duties"),
        p(
            "The Domestic Homicide Review commissioned in November 2023 (Ambledown DHR 2023/01) was sent to "
            "the Home Office quality assurance panel in February 2025. No new review was commissioned in "
            "2024-25."
        ),
        note(
            "Figures for 2024-25 are provisional police and partner data at 30 April 2025. Earlier years are "
            "in the Strategic Assessment 2024."
        ),
    ]
