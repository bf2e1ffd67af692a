"""Partnership AD's Annual Report 2023/24, published June 2024: page 1 under the cerise band with the outgoing
Chair's foreword (her two-year term ended at the Board's June meeting), a contents table and the year in
numbers; "Part A" to "Part F" headings; a page with a blush panel of side notes at the right (who chairs from
June 2024, the delegated limits) beside the partnership, its members in prose and the four priorities of
2022-25 numbered in roman; the year's awards on a landscape page in a framed table with priorities as roman
numerals, dates as "13/09/23" and sums as "22,000.00" under "Amount (£)", an award withdrawn, a bid declined
and a bid deferred; then on two ruled columns the money (with the Home Office Safer Streets grant told only in
prose), two stories restating grants in words, and the year ahead (the county council's contribution ending,
the Serious Violence Duty grant, a strategic intelligence assessment due in the autumn)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import (
    Flowable,
    FrameBreak,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from evals.archive.common import Meta
from evals.archive.fenhallow_facts import (
    AVAILABLE_2324,
    AWARDS_2324,
    BUS_ASK,
    CARRIED_2223,
    CHAIR,
    CHAIR_2224,
    COMMITTED_2324,
    COUNTY,
    COUNTY_2324,
    DA_SERVICE,
    DECLINED_2324,
    FENHALLOW_2324,
    FENHALLOW_DC,
    FIRE,
    GRANT_2324,
    GRANT_2425,
    HEAD,
    ICB,
    OFFICER_LIMIT_OLD,
    OPCC,
    PFCC,
    POLICE,
    PRIORITIES_2225,
    PROBATION_SERVICE,
    PUBLIC_HEALTH_BODY,
    ROMAN,
    SAFER_STREETS,
    SUBGROUP_LIMIT_OLD,
    SVD_2324,
    SVD_2425,
    SVD_THEME,
    TULLWORTH_2324,
    TULLWORTH_BC,
    UNDERSPEND_2324,
    VICE_2024,
    WISE_UP_ASK_2324,
    WITHDRAWN_2324,
    YJS,
    YOUTH_TRUST,
)
from evals.archive.fenhallow_layout import (
    COLUMN,
    H1,
    H2,
    LAND,
    NOTE,
    QUOTE,
    SIDE,
    SIDE_BIG,
    SIDE_HEAD,
    SUBTITLE,
    TEXT,
    TITLE,
    Furniture,
    framed,
    notice,
    p,
    pence,
    pounds,
    render,
    slash_date,
    zebra,
)
from evals.archive.names import FENHALLOW

TITLE_2324 = "Fenhallow and Tullworth Community Safety Partnership Annual Report 2023/24"
PARTS = (
    ("A", "Foreword", 1),
    ("B", "About the partnership", 2),
    ("C", "Our priorities 2022-25", 2),
    ("D", "What the fund paid for", 3),
    ("E", "Money", 4),
    ("F", "The year ahead", 4),
)


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture(
        "FTCSP  \u2022  Annual Report 2023/24",
        label="ANNUAL REPORT 2023/24",
        opening="band",
        foot_left="Fenhallow & Tullworth CSP \u00b7 Annual Report 2023/24",
        foot_right="page {n}",
    )
    return render(path, _story, Meta(TITLE_2324, FENHALLOW), furniture)


def _part(letter: str) -> Flowable:
    title = next(t for code, t, _ in PARTS if code == letter)
    return p(f"Part {letter} \u2014 {title}", H1)


def _theme(index: int) -> str:
    return "SVD" if index == SVD_THEME else ROMAN[index]


def _count(by: str) -> str:
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    text = words[sum(a[5] == by for a in AWARDS_2324)]
    return text.capitalize() if by == "Board" else text


def _story() -> list[Flowable]:
    contents = [["Part", "Contents", "Page"]]
    contents += [[code, title, str(page)] for code, title, page in PARTS]
    numbers = [
        ["2023/24 in numbers", ""],
        ["Awards made from the Joint Community Safety Fund", str(len(AWARDS_2324))],
        ["Total awarded", pounds(COMMITTED_2324)],
        ["Joint Strategic Board meetings", "4"],
        ["Sub-Group meetings", "11"],
        ["Referrals to the IDVA service from the two districts", "486"],
    ]
    awards = [["Project", "Lead organisation", "Priority", "Decided", "By", "Amount (£)"]]
    for project, lead, theme, amount, decided, by in AWARDS_2324:
        awards.append([project, lead, _theme(theme), slash_date(decided), by, pence(amount)])
    awards.append(["<b>Total</b>", "", "", "", "", f"<b>{pence(COMMITTED_2324)}</b>"])
    w_project, w_lead, w_amount, w_date = WITHDRAWN_2324
    d_project, d_lead, d_amount, d_date = DECLINED_2324
    money = [
        ["Joint Community Safety Fund 2023/24", "£"],
        [f"Grant from the {PFCC}", pounds(GRANT_2324)],
        [f"{FENHALLOW_DC} contribution", pounds(FENHALLOW_2324)],
        [f"{TULLWORTH_BC} contribution", pounds(TULLWORTH_2324)],
        [f"{COUNTY} contribution", pounds(COUNTY_2324)],
        ["Serious Violence Duty grant (ring-fenced)", pounds(SVD_2324)],
        ["Brought forward from 2022/23", pounds(CARRIED_2223)],
        ["Total available", pounds(AVAILABLE_2324)],
        ["Awarded (Part D)", pounds(COMMITTED_2324)],
        ["Carried forward to 2024/25", pounds(UNDERSPEND_2324)],
    ]
    priorities = ListFlowable(
        [ListItem(p(text), leftIndent=20) for text in PRIORITIES_2225],
        bulletType="i",
        bulletFormat="(%s)",
        leftIndent=22,
        bulletFontName="FtText",
        bulletFontSize=10,
    )
    return [
        p("Annual Report 2023/24", TITLE),
        p("1 April 2023 to 31 March 2024 \u2022 published June 2024", SUBTITLE),
        notice(),
        _part("A"),
        p(
            "This is my last report as Chair of the Joint Strategic Board. Under our terms of reference the "
            "chair passes between the two district councils every two years, and my term ends at the "
            "Board's meeting in June 2024. It has been a privilege to lead a partnership that is still "
            "young: we became one partnership for the two districts in April 2019."
        ),
        p(
            "This year we put more into supporting victims of domestic abuse than into anything else, kept "
            "wardens on the streets of the Market Quarter and, with the new Serious Violence Duty money, "
            "began mentoring young people at risk of violence. Shoplifting and violence both rose, and "
            "our assessment this autumn will ask whether our priorities are still the right ones."
        ),
        p(
            f"<i>{CHAIR_2224}, Portfolio Holder for Communities, {FENHALLOW_DC}; Chair of the Joint "
            "Strategic Board 2022-24</i>",
            NOTE,
        ),
        zebra(contents, [40, 250, 40], figs={2}),
        Spacer(1, 8),
        zebra(numbers, [290, 90], figs={1}),
        NextPageTemplate("sidenote"),
        PageBreak(),
        _part("B"),
        p(
            f"{FENHALLOW} is the statutory community safety partnership for the districts of {FENHALLOW_DC} "
            f"and {TULLWORTH_BC}, set up under the Crime and Disorder Act 1998. The two districts' "
            "partnerships merged on 1 April 2019. The responsible authorities are the two district "
            f"councils, {COUNTY}, {POLICE}, {FIRE}, {PROBATION_SERVICE} and the {ICB}."
        ),
        p(
            f"The Joint Strategic Board met four times in the year. Cllr {CHAIR_2224.removeprefix('Cllr ')} "
            f"chaired it with {CHAIR} of {TULLWORTH_BC} as Vice-Chair. The {OPCC}, {YJS}, "
            f"{PUBLIC_HEALTH_BODY} and {DA_SERVICE} also sit on the Board, without the statutory duty."
        ),
        p(
            "The Commissioning and Resources Sub-Group, chaired by the Head of Community Safety, met eleven "
            "times. It appraises every bid, decides the smaller ones and recommends the larger ones to the "
            "Board, and it tracks how funded projects perform."
        ),
        _part("C"),
        p("Our Partnership Plan 2022-25 sets four priorities:"),
        priorities,
        p(
            "Work under the Serious Violence Duty, which began in January 2023, sits alongside the four "
            "priorities and has its own ring-fenced grant (shown as SVD in Part D)."
        ),
        p("Why these priorities?", H2),
        p(
            "They came from our 2021 assessment. Domestic abuse accounts for about one crime in six across "
            "the two districts; anti-social behaviour is the thing residents raise most often; and the "
            "county lines drug networks reach both town centres."
        ),
        FrameBreak(),
        p("Side notes", SIDE_HEAD),
        p("4", SIDE_BIG),
        p("Joint Strategic Board meetings a year: June, September, December and March.", SIDE),
        p("New Chair", SIDE_HEAD),
        p(
            f"At its meeting on 12 June 2024 the Board elected {CHAIR} as Chair for 2024-26 and "
            f"{VICE_2024} of {POLICE} as Vice-Chair.",
            SIDE,
        ),
        p("Who decides a bid?", SIDE_HEAD),
        p(
            f"Up to {pounds(OFFICER_LIMIT_OLD)}: the Head of Community Safety, {HEAD}. Up to "
            f"{pounds(SUBGROUP_LIMIT_OLD)}: the Sub-Group. Anything larger: the Board.",
            SIDE,
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        _part("D"),
        p(
            f"{_count('Board')} awards were made in 2023/24 by the Board, {_count('Sub-Group')} by the "
            "Sub-Group and one by the Head of Community Safety under delegated powers. Priorities are "
            "numbered as in Part C."
        ),
        framed(awards, [196, 180, 50, 60, 130, LAND - 616], figs={5}),
        Spacer(1, 6),
        p(
            f"<b>Withdrawn.</b> {pounds(w_amount)} awarded to {w_lead} on {slash_date(w_date)} for "
            f"{w_project} was withdrawn in November 2023 when the parish found the money elsewhere. "
            "Nothing had been paid."
        ),
        p(
            f"<b>Declined.</b> The Board declined a bid of {pounds(d_amount)} from {d_lead} for {d_project} "
            f"on {slash_date(d_date)}: the fund does not pay for capital works."
        ),
        p(
            f"<b>Deferred.</b> A bid of {pounds(BUS_ASK)} from {YOUTH_TRUST} for a mobile youth bus on "
            "Tullworth Heath was deferred by the Board on 13/03/24 until the trust confirms its match "
            "funding. The money is held in the sum carried forward."
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        _part("E"),
        p(
            "The fund is pooled from the Commissioner's grant, the councils' contributions and, since "
            "2023/24, a Serious Violence Duty grant passed to us by the Commissioner."
        ),
        zebra(money, [COLUMN - 62, 62], figs={1}, total=True),
        Spacer(1, 6),
        p(
            "Separately from the fund, the Home Office awarded Tullworth Borough Council "
            f"{pounds(SAFER_STREETS)} from round five of the Safer Streets Fund for the Market Quarter, to "
            "be spent on lighting, CCTV and a night-time guardianship scheme over 2023/24 and 2024/25. The "
            "Board oversees it but it is not part of the fund."
        ),
        p("Stories from the year", H2),
        p(
            "The IDVA service in Fenhallow and Tullworth took 486 referrals, 131 of them at high risk. Our "
            "contribution of twenty-two thousand pounds paid for one of its advisers for the whole year.",
        ),
        p(
            f"The Youth Justice Service asked for {pounds(WISE_UP_ASK_2324)} for Wise Up, its county lines "
            "programme in secondary schools. The Board gave just over seven thousand pounds, enough for "
            "nine of the eleven schools.",
        ),
        p("\u201cThe wardens know us by name now.\u201d \u2014 a Market Quarter trader", QUOTE),
        FrameBreak(),
        _part("F"),
        p(
            f"The Commissioner's grant for 2024/25 stays at {pounds(GRANT_2425)} and the Serious Violence "
            f"Duty grant at {pounds(SVD_2425)}. {COUNTY} has told us that it will make no contribution from "
            "2024/25, so the fund loses the eight thousand pounds it gave this year; both district councils "
            "keep theirs."
        ),
        p(
            "A strategic intelligence assessment will be presented to the Board in the autumn of 2024 and "
            "will shape the next Partnership Plan, from 2025 to 2028."
        ),
        p(
            "A domestic homicide review (Review F) was commissioned in December 2023 and will report in "
            "2024/25."
        ),
        p(
            "Bids for 2024/25 can be made at any time on the form on either council's website; bids over "
            f"{pounds(SUBGROUP_LIMIT_OLD)} go to the Board's June, September, December or March meeting.",
            TEXT,
        ),
    ]
