"""Partnership AK's Annual Report 2023/24 (July 2024): Bitstream Vera with DejaVu Serif Bold Italic headings,
page 1 under the "chevrons" opening in one column (the title, the co-chairs' foreword saying who co-chaired
the year and who took over in May 2024, the year at a glance in a porcelain callout), then two columns with
a wide gutter (the partnership, the Board and its Commissioning and Finance Group with the old limits and
quorum, four delivery groups, the priorities of 2021-24 as bullets with what was done and the five of 2024-27
as a numbered list, stories restating awards in words, domestic homicide reviews), then one column for every
award of the year in a "stripe" table with priority, deciding body and date ("20.4.23") and what changed
later, the money and the reserve, bids not funded and the year ahead. A citron square and the title at the
left of later pages; a foot "n | Annual Report 2023/24" on the outer edge."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table

from evals.archive.common import Meta
from evals.archive.names import STAVENHAM
from evals.archive.stavenham_facts import (
    ASB_2324,
    AVAILABLE_2324,
    AWARDS_2324,
    BINS_ASK,
    BODYCAM_ASK,
    CFG_LIMIT_OLD,
    COBNUT,
    COMMITTED_2324,
    CSIB_2324,
    CSIB_2425,
    HOCS_LIMIT_OLD,
    HUB_ASK,
    JAN_TOTAL_2425,
    LCPF_YEAR,
    OFF_ROAD_ASK,
    OUTREACH_2324,
    PRIORITIES_NEW,
    PRIORITIES_OLD,
    QUORUM_OLD,
    RESERVE_CLOSE_2324,
    RESERVE_OPEN_2324,
    RETURNED_2324,
    SECURITY_ASK,
    SUMMER_NIGHTS,
    TO_RESERVE_2324,
    UNDERSPEND_2324,
)
from evals.archive.stavenham_layout import (
    AR,
    AR_H1,
    AR_H2,
    AR_SMALL,
    AR_STYLES,
    AR_TITLE,
    LAND,
    WIDTH,
    Furniture,
    callout,
    notice,
    p,
    point_date,
    pounds,
    stripe,
)
from evals.archive.stavenham_layout import render as render_pages

TITLE_2324 = "Safer Stavenham Partnership Annual Report 2023/24"
FIGURE = AR_TITLE.clone("SvArFigure", fontSize=15, leading=17, spaceAfter=0, spaceBefore=0)
NOTES = {
    "SSP23-03": f"amended from {pounds(OUTREACH_2324)} (Board, 25.1.24): vacant posts",
    "SSP23-07": f"amended from {pounds(ASB_2324)} (CFG, 11.10.23): post vacant to June",
    "SSP23-13": f"asked {pounds(HUB_ASK)}; deferred by the Board on 20.4.23 for match funding",
    "SSP23-15": f"asked {pounds(BINS_ASK)} for three; deferred by the CFG on 11.10.23",
}


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture(
        "Safer Stavenham Partnership  \u00b7  Annual Report 2023/24",
        label="Annual Report 2023/24",
        opening="chevrons",
        head_place="tag",
        foot="{n} | Annual Report 2023/24",
        place="outer",
    )
    return render_pages(path, _story, Meta(TITLE_2324, STAVENHAM), furniture)


def _story() -> list[Flowable]:
    return [*_front(), *_partnership(), *_funding(), *_money()]


def _front() -> list[Flowable]:
    glance = [
        (pounds(AVAILABLE_2324), "to spend from MOPAC's London Crime Prevention Fund and the council"),
        (str(len(AWARDS_2324)), "awards, and two operations paid for from the Safer Stavenham Reserve"),
        ("412", "victims of domestic abuse supported by the Independent Domestic Violence Advisers"),
        ("486", "women helped by the Women's Night Safety Hub between December and March"),
    ]
    cells = [[p(figure, FIGURE), p(words, AR_SMALL)] for figure, words in glance]
    return [
        Spacer(1, 4),
        notice(),
        p("Annual Report 2023/24", AR_TITLE),
        p("The Safer Stavenham Partnership, April 2023 to March 2024. Published July 2024.", AR),
        p("Foreword from the co-chairs", AR_H1),
        p(
            "This is the Partnership's report on 2023/24, the last year of our priorities for 2021-24 and "
            "the year in which we agreed five new ones for 2024-27 from the Strategic Assessment 2023.",
            AR,
        ),
        p(
            "Councillor Desmond Olagunju, then Cabinet Member for Community Safety, co-chaired the "
            "Partnership with Chief Superintendent Rajesh Dholakia, the Central North BCU Commander, "
            "throughout 2023/24. On 22 May 2024 Councillor Olagunju became Cabinet Member for Housing and "
            "Regeneration, and Councillor Hannah Verrall, the new Cabinet Member for Community Safety and "
            "Cohesion, took his place as co-chair. We thank him for three years in the chair.",
            AR,
        ),
        p(
            "Robbery and shoplifting rose, and domestic abuse reached its highest level in three years. "
            "The money we spent went to the services that meet victims first: advocates, youth workers in "
            "the emergency department and on the streets, and a safe space for women at night.",
            AR,
        ),
        p(
            "<b>Councillor Hannah Verrall</b>, co-chair, and <b>Chief Superintendent Rajesh Dholakia</b>, "
            "co-chair. Approved by the Partnership Board on 11 July 2024.",
            AR,
        ),
        p("The year at a glance", AR_H1),
        callout([Table(cells, colWidths=[110, WIDTH - 140], hAlign="LEFT")], WIDTH),
        NextPageTemplate("two"),
        PageBreak(),
    ]


def _partnership() -> list[Flowable]:
    old = [
        (PRIORITIES_OLD[0], "the Summer Nights plan, the youth outreach team, navigators in the emergency "
         "department and two weapon surrender bins."),
        (PRIORITIES_OLD[1], "advocates for victims, a perpetrator programme, the Women's Night Safety Hub "
         "and bystander training in 40 licensed premises."),
        (PRIORITIES_OLD[2], "a caseworker at Stavenham Homes, community mediation and a hate crime reporting "
         "centre."),
        (PRIORITIES_OLD[3], "the Integrated Offender Management coordinator and a drug worker in custody."),
    ]  # fmt: skip
    return [
        p("About the Partnership", AR_H1),
        p(
            "The Safer Stavenham Partnership is the community safety partnership for the London Borough of "
            "Stavenham under the Crime and Disorder Act 1998. Its responsible authorities are the council, "
            "the Metropolitan Police (Central North BCU), the London Fire Brigade, the Probation Service and "
            "NHS North Thames Integrated Care Board. Public health, the Youth Justice Service, Ashmead "
            "Women's Centre, Stavenham Homes and Stavenham CVS also sit on the Board, and MOPAC attends as "
            "an adviser.",
            AR,
        ),
        p("How we decide", AR_H2),
        p(
            "The Partnership Board meets quarterly; in 2023/24 it met on 20 April, 13 July and 19 October "
            "2023 and 25 January 2024. Under the terms of reference (version 2.1) it decides awards above "
            f"{pounds(CFG_LIMIT_OLD)} and every release from the Safer Stavenham Reserve. The Commissioning "
            f"and Finance Group, chaired by the Corporate Director, Neighbourhoods and Environment, meets "
            f"monthly and decides awards from £5,001 to {pounds(CFG_LIMIT_OLD)}; the Head of Community "
            f"Safety may award up to {pounds(HOCS_LIMIT_OLD)} under delegated powers. Both report to the "
            f"Board. The Board is quorate with {QUORUM_OLD}.",
            AR,
        ),
        p(
            "Four delivery groups carry the priorities: the Serious Violence Group, the VAWG Strategic "
            "Group, the ASB Partnership Group and the Reducing Reoffending Board.",
            AR,
        ),
        p("Our priorities for 2021-24", AR_H1),
        p("In the last year of these priorities our money paid for:", AR),
        *(p(f"\u2022&nbsp;&nbsp;<b>{name}</b>: {done}", AR) for name, done in old),
        p("Our priorities for 2024-27", AR_H1),
        p(
            "Agreed by the Board on 25 January 2024, after the Strategic Assessment 2023 and a consultation "
            "to which 41 organisations and 312 residents replied:",
            AR,
        ),
        *(p(f"{i}.&nbsp;&nbsp;{t}", AR) for i, t in enumerate(PRIORITIES_NEW, 1)),
        p("What the money did", AR_H1),
        p("Advocates for victims", AR_H2),
        p(
            "The Independent Domestic Violence Advisers at Ashmead Women's Centre, funded with ninety-six "
            "thousand pounds, supported 412 victims, 61% of them at high risk. Referrals rose by a fifth.",
            AR,
        ),
        p("Youth workers where violence happens", AR_H2),
        p(
            "The Youth Outreach Detached Team worked with 318 young people in Stavenham Central, Gannet "
            "Wharf "
            "and Halewood. Two posts were empty in the autumn, so the award was cut to sixty-one and a half "
            "thousand pounds and the rest returned to the fund.",
            AR,
        ),
        p("Summer Nights and Operation Cobnut", AR_H2),
        p(
            f"The Summer Nights plan, paid for with {pounds(SUMMER_NIGHTS)} from the reserve, ran from June "
            "to September 2023. Operation Cobnut, a robbery operation at the Gannet Wharf interchange paid "
            "for "
            f"with {pounds(COBNUT)} from the reserve, began on 1 February 2024; robbery of personal property "
            "at the interchange fell by 23% in February and March against November and December.",
            AR,
        ),
        p("Domestic homicide reviews", AR_H2),
        p(
            "The Board commissioned two domestic homicide reviews in July 2023, at a cost of sixteen "
            "thousand "
            "pounds. One has been sent to the Home Office; the other will be finished in the autumn.",
            AR,
        ),
        NextPageTemplate("land"),
        PageBreak(),
    ]


def _funding() -> list[Flowable]:
    rows = [["Ref", "Project", "Provider", "Priority", "Decided by", "Date", "Award", "Note"]]
    for ref, project, provider, priority, body, iso, amount in AWARDS_2324:
        note = NOTES.get(ref, "")
        decided = "HoCS" if body.startswith("Head") else body
        rows.append([ref, project, provider, str(priority), decided, point_date(iso), pounds(amount), note])
    total = f"<b>{pounds(COMMITTED_2324)}</b>"
    rows.append(["", "<b>Total awarded from the year's budget</b>", "", "", "", "", total, ""])
    return [
        p("What we funded in 2023/24", AR_H1),
        p(
            "Every award made from the year's budget, with the final sum after any later change. Priorities "
            "are numbered as in the list of 2021-24 (1 serious violence, 2 violence against women and girls, "
            "3 anti-social behaviour, 4 reoffending). HoCS: the Head of Community Safety under delegated "
            "powers; CFG: the Commissioning and Finance Group.",
            AR,
        ),
        stripe(rows, [56, 150, 150, 46, 70, 52, 62, LAND - 586], figs={6}, styles=AR_STYLES, total=True),
        Spacer(1, 4),
        p(
            f"Paid from the Safer Stavenham Reserve: the Summer Nights plan, {pounds(SUMMER_NIGHTS)} (Board, "
            f"20.4.23), and Operation Cobnut, {pounds(COBNUT)} (Board, 25.1.24).",
            AR,
        ),
        NextPageTemplate("one"),
        PageBreak(),
    ]


def _money() -> list[Flowable]:
    budget = [
        ["2023/24", "£"],
        ["London Crime Prevention Fund (MOPAC), year 1 of 2023-25", pounds(LCPF_YEAR)],
        ["Community Safety Investment Budget (the council)", pounds(CSIB_2324)],
        ["Available", pounds(AVAILABLE_2324)],
        ["Awarded (after changes)", pounds(COMMITTED_2324)],
        ["Underspend", pounds(UNDERSPEND_2324)],
        ["of which moved into the Safer Stavenham Reserve", pounds(TO_RESERVE_2324)],
        ["of which returned to MOPAC", pounds(RETURNED_2324)],
    ]
    reserve = [
        ["Safer Stavenham Reserve", "£"],
        ["Balance at 1 April 2023", pounds(RESERVE_OPEN_2324)],
        ["Summer Nights plan (Board, 20 April 2023)", f"-{pounds(SUMMER_NIGHTS)}"],
        ["Operation Cobnut (Board, 25 January 2024)", f"-{pounds(COBNUT)}"],
        ["Part of the year's underspend (Board, 18 April 2024)", f"+{pounds(TO_RESERVE_2324)}"],
        ["Balance at 31 March 2024", pounds(RESERVE_CLOSE_2324)],
    ]
    declined = [
        ["Bid not funded", "Asked", "Decided", "Why"],
        ["Body-worn cameras (Neighbourhood Warden Service)", pounds(BODYCAM_ASK), "Board, 20.4.23",
         "in the council's capital programme"],
        ["Private security patrols (Ferrers Cross Market Traders' Association)", pounds(SECURITY_ASK),
         "CFG, 11.10.23", "private security is not funded"],
    ]  # fmt: skip
    return [
        p("The money", AR_H1),
        stripe(budget, [WIDTH - 110, 110], figs={1}, styles=AR_STYLES, total=False),
        Spacer(1, 6),
        stripe(reserve, [WIDTH - 110, 110], figs={1}, styles=AR_STYLES, total=True),
        p("Bids we did not fund", AR_H2),
        stripe(declined, [190, 60, 80, WIDTH - 330], figs={1}, styles=AR_STYLES),
        p("The year ahead", AR_H1),
        p(
            f"The budget for 2024/25 is {pounds(LCPF_YEAR + CSIB_2425)}: the second year of the London Crime "
            f"Prevention Fund allocation and {pounds(CSIB_2425)} from the council, "
            f"{pounds(CSIB_2324 - CSIB_2425)} "
            f"less than in 2023/24. The Board awarded {pounds(JAN_TOTAL_2425)} to eight projects on 25 "
            f"January 2024 and deferred the Off Road mentoring bid of {pounds(OFF_ROAD_ASK)} to October "
            "2024. "
            "New terms of reference, with higher limits and five delivery groups for the new priorities, "
            "will go to the Board in October.",
            AR,
        ),
    ]
