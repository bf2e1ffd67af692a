"""Partnership AI's Annual Report 2022/23 (September 2023): STIX General with DejaVu Sans Bold headings, under
the rust band on page 1; a running head at the outer edge and a foot "Annual Report 2022/23 · n" at the outer
edge. Page 1 the title across the page over three columns with slate hairlines between them: the Chair's
foreword (who chaired the year, who took the chair and became Vice-Chair in May 2023), the year at a glance,
the partnership's members, how it meets and decides (the quorum and limits before April 2024), the four
priorities of 2020-23 as a numbered list and the three agreed for 2023-26; page 2 on one column every award of
the year in a rust table with the priority, the deciding body and the date, a bid declined, and the money with
a sum returned and part of the underspend moved into the reserve beside the reserve's own account; page 3 on
three columns stories restating awards in words, the domestic homicide review, the Serious Violence Duty and
the year ahead with the Mayor's grant for 2023/24 indicated and then confirmed lower."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer, Table

from evals.archive.common import Meta
from evals.archive.ellerdyke_facts import (
    ADVOCATE_2223,
    ANALYST_2223,
    AVAILABLE_2223,
    BF_2223,
    CARRIED_2223,
    CCTV,
    CCTV_ASK,
    CHAIR,
    CHAIR_OLD,
    CITY_REGION_GRANT,
    COMMITTED_2223,
    COUNCIL_2223,
    DHR_B,
    GRANT_2223,
    GRANT_2324,
    GRANT_2324_INDICATED,
    HATE_WEEK,
    HUB_2223,
    HUB_AMENDED_2223,
    IDVA_2223,
    IDVA_2324,
    KEYSTONE,
    MEETINGS_OLD,
    OFFICER,
    OFFICER_LIMIT_OLD,
    POT_2223,
    PRIORITIES_NEW,
    PRIORITIES_OLD,
    QUORUM_OLD,
    RESERVE_CLOSE_2223,
    RESERVE_OPEN_2223,
    RINGFIT_2223,
    RINGFIT_RETURNED_2223,
    SMALL_2223,
    SMALL_TOTAL_2223,
    SPEEDWATCH,
    SPENT_2223,
    SUBGROUP_LIMIT_OLD,
    TO_RESERVE_2223,
    VICE,
)
from evals.archive.ellerdyke_layout import (
    H1,
    H2,
    PULL,
    SMALL,
    STANDFIRST,
    TEXT,
    TITLE,
    WIDTH,
    Furniture,
    boxed_note,
    notice,
    p,
    pounds,
    rust,
)
from evals.archive.ellerdyke_layout import render as render_pages
from evals.archive.names import ELLERDYKE

TITLE_2223 = "Ellerdyke Community Safety Partnership Annual Report 2022/23"
BIG = PULL.clone("ElBig", fontSize=17, leading=19, spaceBefore=5, spaceAfter=0)


def write_annual_report_2223(path: Path) -> Path:
    furniture = Furniture(
        "Ellerdyke Community Safety Partnership \u00b7 Annual Report 2022/23",
        label="Annual Report 2022/23  \u00b7  published September 2023",
        opening="band",
        head_place="outer",
        foot="Annual Report 2022/23 \u00b7 {n}",
        place="outer",
    )
    return render_pages(path, _story, Meta(TITLE_2223, ELLERDYKE), furniture, first="threefront")


def _story() -> list[Flowable]:
    return [*_opening(), *_partnership(), *_funding(), *_stories()]


def _opening() -> list[Flowable]:
    glance = [
        (pounds(AVAILABLE_2223), "in the Safer Ellerdyke Fund for 2022/23"),
        ("13", "projects and reviews paid for from the fund and the Partnership Reserve"),
        ("412", "victims at high risk supported by IDVAs"),
        ("117", "homes in Hobbleswade made safer by Operation Keystone"),
    ]
    return [
        Spacer(1, 2),
        p("Annual Report 2022/23", TITLE),
        p(
            "What the Ellerdyke Community Safety Partnership did between April 2022 and March 2023, and what "
            "it spent",
            STANDFIRST,
        ),
        notice(),
        NextPageTemplate("three"),
        FrameBreak(),
        p("Foreword", H1),
        p(
            f"{CHAIR_OLD} chaired the partnership throughout 2022/23, her second year in the chair, and this "
            "report is a record of her leadership. Under our practice the chair passes between the council "
            "and the police every two years.",
        ),
        p(
            "At the annual meeting on 18 May 2023 I was elected Chair for 2023-25, and "
            f"{VICE}, the council's new Cabinet Member for Stronger Communities, was elected Vice-Chair. "
            "We thank Councillor Oyetunde for two years of steady leadership.",
        ),
        p(
            "It was the first full year without pandemic restrictions. Bridgegate's bars were busy again and "
            "violence at night rose with them; so did knife crime. Our Strategic Assessment 2022 set this "
            "out, and in March the Executive agreed three new priorities for 2023-26.",
        ),
        p(f"<i>{CHAIR}, Chair, Ellerdyke Community Safety Partnership</i>", SMALL),
        p("The year at a glance", H1),
        *(f for figure, words in glance for f in (p(figure, BIG), p(words, SMALL))),
    ]


def _partnership() -> list[Flowable]:
    return [
        p("About the partnership", H1),
        p(
            "The partnership is Ellerdyke's community safety partnership under the Crime and Disorder Act "
            "1998. Its responsible authorities are Ellerdyke Metropolitan Borough Council, Dunsmere Police, "
            "Dunsmere Fire and Rescue Service, the Probation Service and NHS Dunsmere Integrated Care Board, "
            "which took the place of the clinical commissioning group on 1 July 2022.",
        ),
        p(
            "The Office of the Deputy Mayor for Policing and Crime, Ellerdyke Public Health, the Youth "
            "Justice Service, Ellerdyke Women's Aid, Saxonholt Homes and Ellerdyke Voluntary Action also sit "
            "on the Executive, without a vote.",
        ),
        p("How we meet and decide", H2),
        p(
            f"The Executive met {MEETINGS_OLD} in 2022/23, six times in all. A meeting is quorate with "
            f"{QUORUM_OLD}.",
        ),
        p(
            f"The Executive decides bids over {pounds(SUBGROUP_LIMIT_OLD)}. The Grants Sub-Group, chaired by "
            f"the Vice-Chair, decides bids of up to {pounds(SUBGROUP_LIMIT_OLD)} from a pot the Executive "
            f"sets, and the Head of Safer Communities, {OFFICER}, may award up to "
            f"{pounds(OFFICER_LIMIT_OLD)} under delegated powers. Only the Executive may release money from "
            "the Partnership Reserve.",
        ),
        p("Our priorities for 2020-23", H1),
        p("The year was the last of the four priorities set in 2020:"),
        *(p(f"<b>{i}.</b>&nbsp;{t}", TEXT) for i, t in enumerate(PRIORITIES_OLD, 1)),
        p("Priorities for 2023-26", H2),
        p(
            "On 16 March 2023, after consulting partners and the residents' panel on the Strategic "
            "Assessment 2022, the Executive agreed three priorities from April 2023:",
        ),
        boxed_note([p(f"{i}. {t}", SMALL) for i, t in enumerate(PRIORITIES_NEW, 1)], 140),
        Spacer(1, 4),
        p(
            "Reducing reoffending passed to the Ellerdyke Reducing Reoffending Board, which reports to the "
            "Executive twice a year.",
        ),
        NextPageTemplate("one"),
        PageBreak(),
    ]


def _funding() -> list[Flowable]:
    rows = [["Ref", "Project", "Organisation", "Priority", "Decided by, date", "Award (\u00a3)"]]
    rows += [
        ["E22-01", "Independent Domestic Violence Advisers", "Ellerdyke Women's Aid", "1",
         "Executive, 14 July 2022", f"{IDVA_2223:,}"],
        ["E22-02", "ASB victim advocate", "Dunsmere Victim Care", "2", "Executive, 14 July 2022",
         f"{ADVOCATE_2223:,}"],
        ["E22-03", f"Ring Fit youth diversion ({pounds(RINGFIT_RETURNED_2223)} returned unspent)",
         "Cinder Lane Boxing Club", "4", "Executive, 14 July 2022", f"{RINGFIT_2223:,}"],
        ["E22-04", "Partnership analyst", "Ellerdyke MBC", "All", "Executive, 14 July 2022",
         f"{ANALYST_2223:,}"],
        ["E22-05", f"Bridgegate Welfare Hub (awarded {HUB_2223:,}; cut on 8 December 2022)",
         "Ellerdyke Nightlight Volunteers", "2", "Executive, 14 July 2022", f"{HUB_AMENDED_2223:,}"],
        ["E22-06", "Bridgegate CCTV upgrade (deferred in July)", "Ellerdyke MBC", "2",
         "Executive, 8 December 2022", f"{CCTV:,}"],
        ["E22-07", "Domestic homicide review (Adult B)", "Independent chair", "1",
         "Executive, 8 December 2022", f"{DHR_B:,}"],
        ["E22-08", "Hate Crime Awareness Week events", "Ellerdyke Voluntary Action", "4",
         "Head of Safer Communities, 11 October 2022", f"{HATE_WEEK:,}"],
    ]  # fmt: skip
    rows += [[ref, project, org, str(priority), "Grants Sub-Group, 6 October 2022", f"{amount:,}"]
             for ref, project, org, priority, amount in SMALL_2223]  # fmt: skip
    rows.append(["", "<b>Total awarded from the fund</b>", "", "", "", f"<b>{COMMITTED_2223:,}</b>"])
    money = [
        ["Safer Ellerdyke Fund 2022/23", "\u00a3"],
        ["Mayor's Community Safety Grant", f"{GRANT_2223:,}"],
        ["Council contribution", f"{COUNCIL_2223:,}"],
        ["Brought forward from 2021/22", f"{BF_2223:,}"],
        ["<b>Available</b>", f"<b>{AVAILABLE_2223:,}</b>"],
        ["Awarded", f"{COMMITTED_2223:,}"],
        ["Returned unspent (Ring Fit)", f"{RINGFIT_RETURNED_2223:,}"],
        ["<b>Spent</b>", f"<b>{SPENT_2223:,}</b>"],
        ["Moved to the Partnership Reserve", f"{TO_RESERVE_2223:,}"],
        ["<b>Carried forward to 2023/24</b>", f"<b>{CARRIED_2223:,}</b>"],
    ]
    reserve = [
        ["Partnership Reserve 2022/23", "\u00a3"],
        ["At 1 April 2022", f"{RESERVE_OPEN_2223:,}"],
        ["Operation Keystone (released 8 December 2022)", f"-{KEYSTONE:,}"],
        ["From the fund's underspend (agreed 16 March 2023)", f"+{TO_RESERVE_2223:,}"],
        ["<b>At 31 March 2023</b>", f"<b>{RESERVE_CLOSE_2223:,}</b>"],
    ]
    half = (WIDTH - 20) / 2
    return [
        p("Funding in 2022/23", H1),
        p(
            "Every award from the Safer Ellerdyke Fund in 2022/23. Priority numbers are those of 2020-23 on "
            f"page 1. The Executive also declined a bid of {pounds(SPEEDWATCH)} from Otterlade Residents' "
            "Association for a community speedwatch, as road safety is not one of our priorities. The "
            f"Grants Sub-Group spent {pounds(SMALL_TOTAL_2223)} of its {pounds(POT_2223)} pot; the rest "
            "went back into the fund.",
        ),
        rust(rows, [44, 150, 118, 42, 88, WIDTH - 442], figs=(3, 5), total=True),
        Spacer(1, 8),
        p("The money", H1),
        p(
            f"Ellerdyke's share of the Mayor's Community Safety Grant ({CITY_REGION_GRANT} across the city "
            "region's five boroughs) is the largest part of the fund. The Executive moved part of the "
            "underspend into the Partnership Reserve in March and carried the rest forward.",
        ),
        Table(
            [[rust(money, [half - 64, 64], figs=(1,)), rust(reserve, [half - 64, 64], figs=(1,))]],
            colWidths=[half + 10, half + 10],
            hAlign="LEFT",
            style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        ),
        NextPageTemplate("three"),
        PageBreak(),
    ]


def _stories() -> list[Flowable]:
    return [
        p("What the money did", H1),
        p("Safer at home", H2),
        p(
            "Ellerdyke Women's Aid's three IDVAs supported 412 victims at high risk of serious harm, paid "
            f"for by the partnership's {pounds(IDVA_2223)}. Caseloads ran well above the safe level all "
            "year, and the Strategic Assessment recommends funding the service for three years at a time.",
        ),
        p("Ring Fit", H2),
        p(
            "Cinder Lane Boxing Club ran Ring Fit twice a week in Hobbleswade and Tunstead for 86 young "
            "people referred by schools and the Youth Justice Service. When the club's coach was ill in "
            f"February it cancelled six sessions and handed back {pounds(RINGFIT_RETURNED_2223)}.",
        ),
        p("Bridgegate at night", H2),
        p(
            "Ellerdyke Nightlight Volunteers opened the Bridgegate Welfare Hub on 70 Friday and Saturday "
            "nights and helped 640 people, from lost phones to first aid. St Aldhelm's church lent its hall "
            "free of charge from December, saving the partnership two and a half thousand pounds.",
        ),
        p(
            "Four new cameras went up in Market Street and the bus station in February, after the Executive "
            "asked for firm quotes in July: the upgrade cost less than the bid first asked for, "
            f"{pounds(CCTV)} against {pounds(CCTV_ASK)}.",
        ),
        p("Operation Keystone", H2),
        p(
            "After 38 burglaries in Hobbleswade in three months, the Executive released eight thousand "
            "pounds from the Partnership Reserve in December. Saxonholt Homes fitted locks and door chains "
            "in 117 homes before the end of January, and burglaries there fell by more than two thirds in "
            "the first two months of 2023.",
        ),
        p("Domestic homicide reviews", H1),
        p(
            "The review into the death of Adult B in Tunstead in May 2022 was commissioned in December "
            "with an independent chair and sent to the Home Office in August 2023. It will be published "
            "when the Home Office's quality panel has approved it.",
        ),
        p("Serious Violence Duty", H1),
        p(
            "The duty began on 31 January 2023. The Dunsmere Violence Reduction Unit published the city "
            "region's needs assessment, and the Executive put a draft local response out to consultation in "
            "March; the final strategy is due by January 2024.",
        ),
        p("The year ahead", H1),
        p(
            f"The Deputy Mayor's letter of February 2023 indicated a grant of {pounds(GRANT_2324_INDICATED)} "
            f"for 2023/24; it was confirmed on 2 May 2023 at {pounds(GRANT_2324)}. The Executive has already "
            f"approved {pounds(IDVA_2324)} for the IDVA service and set aside a pot for the Grants "
            "Sub-Group's autumn round.",
        ),
        p(
            "Contact: Safer Communities Team, Ellerdyke Metropolitan Borough Council, Town Hall, Ellerdyke.",
            SMALL,
        ),
    ]
