"""Partnership W's annual reports. The Annual Report 2022 to 2023 (July 2023): one column, a contents list
on page 1, sections numbered "1" to "9", the outgoing Chair's foreword, the members, four priorities, the
fund's awards in a table whose columns run date, priority, project, delivered by and £, a budget summary,
stories restating sums in words, performance of two financial years, a domestic homicide review, and what
comes next. The Annual Report 2023/24 (July 2024): two-column pages with unnumbered headings, the new
Chair's foreword, members who joined and left, the meetings held, the priorities of 2023/24 beside those
of 2024/25, every funded project on a landscape page in £k (asked, first decision, final), the budget and
a performance table."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.merrowgate_funding import (
    ANALYST,
    AVAILABLE_2324,
    AWARDS_2223,
    BIDS_2324,
    CARRIED_2324,
    CHAIR_FIRST,
    CHAIR_SECOND,
    CHAIR_THIRD,
    COHESION_FORUM,
    COMMITTED_2223,
    CONTRIBUTION_2223,
    CONTRIBUTION_2324,
    CONTRIBUTION_2425,
    COUNTY,
    DA_SERVICE,
    FIRE,
    GRANT_2223,
    GRANT_2324,
    GRANT_2425,
    HOUSING,
    HOUSING_REP,
    ICB_REP,
    MANAGER_NEW,
    MANAGER_OLD,
    NET_2324,
    OPCC,
    PRIORITIES_2223,
    PRIORITIES_2324,
    PRIORITIES_2425,
    PROBATION,
    PUBLIC_HEALTH,
    UNDERSPEND_2223,
    VICE_THIRD,
    YOUTH,
)
from evals.archive.merrowgate_layout import (
    SMALL,
    Furniture,
    banded,
    bare,
    bullets,
    caption,
    heading,
    month_date,
    note,
    notice,
    numbered,
    p,
    pairs,
    panel,
    pounds,
    render_pages,
    short_date,
    subheading,
    thousands,
    title_block,
)
from evals.archive.names import MERROWGATE, MERROWGATE_FUND

TITLE_2223 = f"{MERROWGATE} Annual Report 2022 to 2023"
TITLE_2324 = f"{MERROWGATE} Annual Report 2023/24"


def write_annual_report_2223(path: Path) -> Path:
    return render_pages(
        path, _story_2223, Meta(TITLE_2223, MERROWGATE), Furniture("Annual Report 2022 to 2023")
    )


def _story_2223() -> list[Flowable]:
    award_rows = [["Approved", "Priority", "Project", "Delivered by", "£"]]
    for day, priority, project, lead, amount in AWARDS_2223:
        award_rows.append([month_date(day), priority, project, lead, bare(amount)])
    award_rows.append(["Total", "", "8 projects", "", bare(COMMITTED_2223)])
    return [
        title_block(MERROWGATE, "Annual Report 2022 to 2023", "Published July 2023"),
        notice(),
        subheading("Contents"),
        pairs(
            [
                ("1", "Foreword"),
                ("2", "About the partnership"),
                ("3", "Our priorities in 2022 to 2023"),
                ("4", f"The {MERROWGATE_FUND}"),
                ("5", "Budget summary"),
                ("6", "What the funding achieved"),
                ("7", "Crime and anti-social behaviour"),
                ("8", "Domestic homicide reviews"),
                ("9", "Looking ahead"),
            ],
            widths=(30, 449),
        ),
        heading("Foreword", "1"),
        p(
            "This is my last annual report as Chair. I have chaired the partnership since 2020 and leave the "
            "Board this summer on stepping down from the council's cabinet. The year brought the Serious "
            "Violence Duty, which began on 31 January 2023, and a second year of rising shoplifting. I thank "
            f"{CHAIR_SECOND}, our Vice-Chair, and {MANAGER_OLD}, our Community Safety Manager, for their "
            "support."
        ),
        p(f"<i>{CHAIR_FIRST}, Chair, Merrowgate Community Safety Partnership, May 2023</i>"),
        heading("About the partnership", "2"),
        p(
            "The Merrowgate Community Safety Partnership is the statutory partnership required by the Crime "
            "and Disorder Act 1998 for the borough of Merrowgate, in the county of Westhallow. Its Board "
            "met four times in 2022 to 2023. Members during the year were:"
        ),
        bullets(
            [
                f"Merrowgate Borough Council: {CHAIR_FIRST} (Chair), Cabinet Member for Communities",
                f"Westhallow Constabulary: {CHAIR_SECOND} (Vice-Chair), Merrowgate district commander",
                f"Westhallow Fire and Rescue Service: {FIRE}",
                f"Probation Service: {PROBATION}, Head of the Merrowgate Probation Delivery Unit",
                f"Westhallow and Ferne Integrated Care Board: {ICB_REP}, Designated Nurse for Safeguarding",
                f"Westhallow County Council: {COUNTY}, Community Safety Lead",
                f"Westhallow Youth Justice Service: {YOUTH} (co-opted)",
                f"{HOUSING}: {HOUSING_REP} (co-opted)",
                f"Office of the Police, Fire and Crime Commissioner: {OPCC} (adviser)",
            ],
            SMALL,
        ),
        heading("Our priorities in 2022 to 2023", "3"),
        p("The priorities, set from the 2021 strategic assessment, were:"),
        numbered(list(PRIORITIES_2223)),
        heading(f"The {MERROWGATE_FUND}", "4"),
        p(
            "The fund is the Police, Fire and Crime Commissioner's grant to the partnership with a "
            "contribution from the council. Bids are invited in four rounds and decided by the Board. Eight "
            "projects were funded in 2022 to 2023."
        ),
        caption("Table 1: awards from the fund, 2022 to 2023"),
        banded(award_rows, (62, 92, 150, 125, 50), figures=(4,), total=True),
        heading("Budget summary", "5"),
        banded(
            [
                ["", "£"],
                ["Police, Fire and Crime Commissioner grant", bare(GRANT_2223)],
                ["Merrowgate Borough Council contribution", bare(CONTRIBUTION_2223)],
                ["Total available", bare(GRANT_2223 + CONTRIBUTION_2223)],
                ["Awarded (Table 1)", bare(COMMITTED_2223)],
                ["Underspend carried forward to 2023 to 2024", bare(UNDERSPEND_2223)],
            ],
            (300, 80),
            figures=(1,),
        ),
        heading("What the funding achieved", "6"),
        subheading("Safe Spaces in pharmacies"),
        p(
            f"With eight and a half thousand pounds from the fund, {DA_SERVICE} signed up 23 pharmacies as "
            "Safe Spaces where victims of domestic abuse can ask for help in a consultation room. Staff in "
            "every pharmacy were trained and 17 people were referred to the service from them."
        ),
        subheading("Detached youth work in Castlegate"),
        p(
            "Tidewell Youth Trust's youth workers made 340 contacts with young people in the town centre on "
            "Thursday and Friday evenings. Reports of youth-related ASB in Castlegate fell by 14%."
        ),
        subheading("Quayside lighting and CCTV"),
        p(
            "The largest award of the year, just over eighteen thousand pounds, paid for "
            "brighter lighting on "
            "the harbour walk and four new CCTV cameras linked to the council's control room."
        ),
        heading("Crime and anti-social behaviour", "7"),
        banded(
            [
                ["Measure", "2021 to 2022", "2022 to 2023", "Change"],
                ["Total recorded crime", "11,702", "11,950", "+2.1%"],
                ["Anti-social behaviour incidents", "4,630", "4,215", "-9.0%"],
                ["Domestic abuse-related crime", "2,118", "2,190", "+3.4%"],
                ["Shoplifting", "763", "985", "+29.1%"],
                ["Hate crime", "214", "187", "-12.6%"],
            ],
            (190, 80, 80, 60),
            figures=(1, 2, 3),
        ),
        note(
            "Financial years, April to March. Source: Westhallow Constabulary and Merrowgate Borough Council."
        ),
        heading("Domestic homicide reviews", "8"),
        p(
            "The partnership commissioned one domestic homicide review in February 2023, known as DHR Ellen. "
            "An independent chair was appointed and the review will report in 2024."
        ),
        heading("Looking ahead", "9"),
        p(
            "The Board will elect a new Chair at its annual meeting in June 2023 and agree "
            "the priorities for "
            "2023 to 2024. A Strategic Intelligence Assessment, including the strategic needs assessment for "
            "the Serious Violence Duty, will be written in the autumn."
        ),
    ]


def write_annual_report_2324(path: Path) -> Path:
    return render_pages(
        path, _story_2324, Meta(TITLE_2324, MERROWGATE), Furniture("Annual Report 2023/24"), first="columns"
    )


MEMBERS_2324 = (
    ("Merrowgate Borough Council", CHAIR_THIRD, "Vice-Chair from June 2023; Chair from January 2024"),
    ("Westhallow Constabulary", CHAIR_SECOND, "Chair June to December 2023; left the Board"),
    ("Westhallow Constabulary", VICE_THIRD, "Joined December 2023; Vice-Chair from January 2024"),
    ("Westhallow Fire and Rescue Service", FIRE, ""),
    ("Probation Service", PROBATION, ""),
    ("Westhallow and Ferne ICB", ICB_REP, ""),
    ("Westhallow County Council", COUNTY, ""),
    ("Westhallow Youth Justice Service", YOUTH, "Co-opted"),
    (HOUSING, HOUSING_REP, "Co-opted"),
    ("Westhallow Public Health", PUBLIC_HEALTH, "Co-opted from March 2024"),
)


def _story_2324() -> list[Flowable]:
    fund_rows = [["Ref", "Project", "Lead", "Asked", "First decision", "Final", "Note"]]
    for ref, day, by, lead, scheme, _, bid, decision, first, change, net in BIDS_2324:
        if not first and not net:
            continue
        first_text = f"{thousands(first)} ({short_date(day)})" if first else f"{decision} ({short_date(day)})"
        fund_rows.append([ref, scheme, lead, thousands(bid), first_text, thousands(net), change or by])
    fund_rows.append(["", "Total", "", "", "", thousands(NET_2324), ""])
    return [
        title_block(MERROWGATE, "Annual Report 2023/24", "Published July 2024", width=228),
        notice(),
        heading("Foreword from the Chair"),
        p(
            "I took the chair in January 2024 when Gareth Lunn, who had chaired the Board since June 2023, "
            "was promoted and moved to another command. I thank him, and I welcome Ruth Adeyemi, the new "
            "district commander, as Vice-Chair."
        ),
        p(
            "This report covers a year in which the partnership published its first Serious Violence "
            "Strategy, agreed new priorities from its Strategic Intelligence Assessment, and spent less "
            "than it had available because one funded charity closed."
        ),
        p(f"<i>{CHAIR_THIRD}, Chair</i>"),
        heading("The Board in 2023/24"),
        p(
            "The Board met four times: on 14 June 2023 (the annual meeting), 20 September 2023, 7 December "
            "2023 and 12 March 2024. The Bid Panel met once, on 20 February 2024. "
            f"{MANAGER_NEW} became Community Safety Manager in September 2023 on the retirement of "
            f"{MANAGER_OLD}."
        ),
        panel(
            "Year at a glance",
            [
                "11 projects funded, net £62,950",
                "64 victims supported by IDVA outreach",
                "112 young people on Gloves Not Knives",
                "1 domestic homicide review completed",
            ],
            228,
        ),
        heading("Our priorities"),
        p("In 2023/24 the priorities agreed at the annual meeting were:"),
        bullets(list(PRIORITIES_2324), SMALL),
        p(
            f"Hate crime and community cohesion, a priority in 2022/23, passed to the {COHESION_FORUM}. "
            "From April 2024 the priorities, recommended by the Strategic Intelligence Assessment and "
            "agreed in December 2023, are:"
        ),
        numbered(list(PRIORITIES_2425), SMALL),
        FrameBreak(),
        heading("Members"),
        banded(
            [["Organisation", "Member", "Change in year"], *[list(m) for m in MEMBERS_2324]],
            (78, 70, 80),
        ),
        heading("Stories from the year"),
        subheading("IDVA outreach in Southfields"),
        p(
            f"{DA_SERVICE}'s outreach adviser, funded with just under ten thousand pounds, supported 64 "
            "victims who had not been in touch with any service before, 22 of them at high risk."
        ),
        subheading("Gloves Not Knives"),
        p(
            "Tanners Green Boxing Club's programme, funded in December after its costs were revised, has "
            "worked with 112 young people, 30 of them referred by the Youth Justice Service."
        ),
        subheading("Operation Nightlight"),
        p(
            "Taxi marshals at the Castlegate rank on nine December nights helped 1,460 passengers home; no "
            "assault was recorded at the rank on those nights."
        ),
        subheading("A charity's closure"),
        p(
            "Tidewell Youth Trust ceased trading in January 2024. The Board withdrew its award for detached "
            "youth work in Millbrook on 15 January; half had been paid and the rest returned to the fund."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading(f"{MERROWGATE_FUND}: projects funded in 2023/24 (£k)"),
        banded(fund_rows, (52, 150, 150, 48, 100, 48, 178), figures=(3, 5)),
        note(
            "Asked: the sum bid. First decision: the sum first awarded, or the decision, and its date. "
            "Final: after later changes. Bids declined or deferred with nothing paid are not listed."
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("Budget"),
        banded(
            [
                ["", "£"],
                ["Commissioner's grant", bare(GRANT_2324)],
                ["Council contribution", bare(CONTRIBUTION_2324)],
                ["Brought forward from 2022/23", bare(UNDERSPEND_2223)],
                ["Available", bare(AVAILABLE_2324)],
                ["Spent or committed", bare(NET_2324)],
                ["Carried forward to 2024/25", bare(CARRIED_2324)],
            ],
            (150, 70),
            figures=(1,),
        ),
        p(
            f"For 2024/25 the Commissioner's grant is {pounds(GRANT_2425)}. The council's contribution falls "
            f"to {pounds(CONTRIBUTION_2425)}, a cut of five thousand pounds, as part of its budget savings."
        ),
        heading("Serious Violence Duty"),
        p(
            "The Serious Violence Strategy was published on 31 January 2024, as the Board had agreed. It is "
            "overseen by a Serious Violence Steering Group chaired by the Vice-Chair."
        ),
        heading("Domestic homicide review"),
        p(
            "The overview report of DHR Ellen was agreed by the Board on 12 March 2024 and sent to the Home "
            "Office quality assurance panel. It makes nine recommendations, six for local agencies."
        ),
        CondPageBreak(120),
        heading("Performance"),
        banded(
            [
                ["Measure", "2022/23", "2023/24"],
                ["Total recorded crime", "11,950", "11,580"],
                ["ASB incidents", "4,215", "3,890"],
                ["Domestic abuse-related crime", "2,190", "2,262"],
                ["Shoplifting", "985", "1,140"],
                ["Possession of weapons", "118", "131"],
            ],
            (110, 55, 55),
            figures=(1, 2),
        ),
        note(f"Financial years. Compiled by {ANALYST}."),
        Spacer(1, 4),
    ]
