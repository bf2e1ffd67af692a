"""Partnership AB's Annual Report 2024/25, published September 2025: page 1 under the aubergine stripe with
a contents table and the Chair's foreword; then "Part" headings on pages of two columns with a rule between
them (the partnership and its members in prose, the three priorities of 2023-26 and a cross-cutting theme,
stories that restate the year's figures in words); the awards in a zebra table on a one-column page with a
bid declined and a budget summary; and what comes next (a strategic assessment commissioned, the
Commissioner's grant cut, a Serious Violence Duty allocation from the county, a domestic homicide
review)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import WYCHBOURNE
from evals.archive.wychbourne_facts import (
    ANALYST,
    ASB,
    AVAILABLE_2425,
    AWARDS_2425,
    BOROUGH,
    BOROUGH_2425,
    CARRIED_2425,
    CHAIR,
    CHAIR_OLD,
    COMMITTED_2425,
    COUNTY,
    CRIME,
    CRIME_TOTALS,
    CROSS_CUTTING,
    DA_SERVICE,
    DECLINED_2425,
    DOMESTIC,
    FIRE,
    GRANT_2425,
    GRANT_2526,
    HEAD,
    HOUSING,
    ICB,
    OPCC,
    PCC,
    POLICE,
    PRIORITIES_2326,
    PROBATION_SERVICE,
    PUBLIC_HEALTH_BODY,
    SVD_2526,
    UNDERSPEND_2425,
    YJS,
)
from evals.archive.wychbourne_layout import (
    CELL,
    H1,
    H2,
    NOTE,
    SUBTITLE,
    TITLE,
    WIDTH,
    Furniture,
    notice,
    open_table,
    p,
    pct,
    pounds,
    render,
    short_date,
    zebra,
)

TITLE_2425 = "Wychbourne Community Safety Partnership Annual Report 2024/25"
PARTS = (
    "About the partnership",
    "Our priorities for 2023 to 2026",
    "What we did this year",
    "Funding in 2024/25",
    "Looking ahead",
)


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture(
        "Annual Report 2024/25",
        code="AR 2024/25",
        opening="stripe",
        foot="Wychbourne CSP Annual Report 2024/25 | p. {n} / {total}",
        foot_at="right",
    )
    return render(path, _story, Meta(TITLE_2425, WYCHBOURNE), furniture)


def _part(n: int) -> Flowable:
    return p(f"Part {n} &nbsp;&#8212;&nbsp; {PARTS[n - 1]}", H1)


def _contents() -> Flowable:
    rows = [["Part", "", "Page"]]
    pages = (2, 2, 2, 3, 4)
    rows += [[str(i + 1), title, str(pages[i])] for i, title in enumerate(PARTS)]
    return open_table(rows, [40, 240, 40], figs={2})


def _story() -> list[Flowable]:
    priorities = [
        p(f"<b>Priority {word}:</b> {text}.")
        for word, text in zip(("one", "two", "three"), PRIORITIES_2326, strict=True)
    ]
    story: list[Flowable] = [
        Spacer(1, 6),
        p("Annual Report 2024/25", TITLE),
        p("1 April 2024 to 31 March 2025 &middot; published September 2025", SUBTITLE),
        notice(),
        Spacer(1, 10),
        p("Contents", H2),
        _contents(),
        p("Foreword from the Chair", H1),
        p(
            "This is the second annual report of our three-year plan. Recorded crime in the borough rose "
            "slightly "
            "again, driven by shoplifting and by more reports of stalking and harassment, which we read "
            "partly as "
            "growing confidence to report. Anti-social behaviour fell for the second year running. I am "
            "grateful to "
            "every partner who gave time to the Steering Group, and to the voluntary groups who turned our "
            "small "
            "grants into work on the street."
        ),
        p(
            "We also said goodbye to our long-serving Head of Community Safety at the Borough Council in the "
            "summer; "
            f"{HEAD} took up the post in May 2024 and has led the Resources Sub-Group since."
        ),
        p(f"<i>{CHAIR_OLD}, Chair of the Steering Group and Cabinet Member for Communities</i>", NOTE),
        p("The year in numbers", H2),
        zebra(_numbers(), [190, 70, 70, 70], figs={1, 2, 3}),
        p("Recorded crime and incidents: Calvershire Police, financial years.", NOTE),
        NextPageTemplate("columns"),
        FrameBreak(),
        _part(1),
        p(
            "Community Safety Partnerships were set up by the Crime and Disorder Act 1998, which places a "
            "duty on "
            "the responsible authorities to work together to reduce crime and disorder, substance misuse and "
            "reoffending in their area. In Wychbourne the responsible authorities are "
            f"{BOROUGH}, {COUNTY}, {POLICE}, {FIRE}, {PROBATION_SERVICE} and {ICB}."
        ),
        p(
            f"They are joined at the Steering Group by {YJS}, {PUBLIC_HEALTH_BODY}, the {OPCC}, {DA_SERVICE} "
            "and "
            f"{HOUSING}. The Steering Group meets four times a year; it is chaired by {CHAIR_OLD}, with "
            f"{CHAIR} "
            "of Calvershire Police as Vice-Chair. Its Resources Sub-Group considers bids for funding and "
            "decides "
            "those of up to £10,000 itself."
        ),
        p("How we are funded", H2),
        p(
            f"Most of our money is the {PCC}'s Community Safety Grant, a fixed sum for each district and "
            "borough in "
            "the county, topped up by a contribution from the Borough Council. Voluntary and statutory "
            "groups bid "
            "for it in two rounds a year."
        ),
        _part(2),
        p("Our plan for 2023 to 2026 sets three priorities, chosen from the 2022 strategic assessment:"),
        *priorities,
        p(
            f"Running through all three is a cross-cutting theme, <b>{CROSS_CUTTING.lower()}</b>: every "
            "funded "
            "project must show how residents, and young people in particular, shaped it."
        ),
        _part(3),
        p("Night Lantern", H2),
        p(
            "Marshals from the Business Improvement District worked ninety-six Friday and Saturday nights in "
            "Market "
            "Cross, helping 410 people home safely and calling the police to 37 incidents. The Partnership "
            "met the "
            "whole cost of fourteen and a half thousand pounds this year."
        ),
        p("Blade Wise", H2),
        p(
            "The Youth Justice Service's knife-crime workshops reached 2,140 pupils in eleven secondary "
            "schools, "
            "almost twice the 1,200 planned, and trained 64 teachers to run the sessions themselves."
        ),
        p("A year of the IDVA", H2),
        p(
            "Our contribution to an Independent Domestic Violence Adviser at Juniper Place paid for a "
            "full-time "
            "post from October. In six months the adviser supported 143 survivors assessed as high risk, "
            "four in "
            "ten of them from the Ottersby wards."
        ),
        p("Stalking", H2),
        p(
            "Street Talk, a campaign on buses and in pharmacies, ran through February and March; 112 "
            "frontline "
            "staff from five partners were trained to recognise stalking behaviour."
        ),
        p("Cameras at Market Cross", H2),
        p(
            "Sixteen thousand pounds replaced six analogue cameras around the market square with "
            "high-definition "
            "ones linked to the police control room; they went live in March 2025."
        ),
        NextPageTemplate("portrait"),
        FrameBreak(),
    ]
    return story + _funding() + _ahead()


def _numbers() -> list[list[str]]:
    rows = [["Measure", "2023/24", "2024/25", "Change"]]
    crime = {name: (b, c) for name, _, b, c in CRIME}
    measures = (
        ("Recorded crime (all offences)", CRIME_TOTALS[1], CRIME_TOTALS[2]),
        ("Anti-social behaviour incidents", ASB[1][1], ASB[2][1]),
        ("Shoplifting offences", *crime["Shoplifting"]),
        ("Stalking and harassment offences", *crime["Stalking and harassment"]),
        ("Domestic abuse-related crimes", DOMESTIC[1][2], DOMESTIC[2][2]),
    )
    rows += [[name, f"{b:,}", f"{c:,}", pct(b, c)] for name, b, c in measures]
    return rows


def _funding() -> list[Flowable]:
    rows = [["Project", "Lead organisation", "Priority", "Amount", "Approved", "By"]]
    for project, lead, priority, amount, when, by in AWARDS_2425:
        rows.append([project, lead, str(priority + 1), pounds(amount), short_date(when), by])
    rows.append(["<b>Total awarded</b>", "", "", f"<b>{pounds(COMMITTED_2425)}</b>", "", ""])
    name, applicant, ask = DECLINED_2425
    budget = [
        ["", "£"],
        [f"{PCC}'s Community Safety Grant", f"{GRANT_2425:,}"],
        ["Borough Council contribution", f"{BOROUGH_2425:,}"],
        ["Carried forward from 2023/24", f"{CARRIED_2425:,}"],
        ["<b>Total available</b>", f"<b>{AVAILABLE_2425:,}</b>"],
        ["Awarded (table 1)", f"{COMMITTED_2425:,}"],
        ["<b>Underspend carried forward to 2025/26</b>", f"<b>{UNDERSPEND_2425:,}</b>"],
    ]
    return [
        _part(4),
        p(
            "Table 1 lists every award made from the Community Safety Grant in 2024/25. The priority column "
            "refers to the numbered priorities in Part 2. One award was made by the Head of Community Safety "
            "under "
            "delegated powers, below the £3,000 limit that applied at the time with the Chair's agreement, "
            "and was "
            "reported to the next Steering Group."
        ),
        p("Table 1: Awards in 2024/25", H2),
        zebra(rows, [124, 108, 50, 54, 58, WIDTH - 394], figs={3}, total=True),
        Spacer(1, 6),
        p(
            f"One bid was declined: {applicant} asked for {pounds(ask)} towards the {name}. The Steering "
            "Group "
            "declined it on 3 December 2024 as a capital building project outside the grant's conditions, "
            "and "
            "referred the parish to the Borough Council's community infrastructure fund."
        ),
        p("Table 2: Budget summary 2024/25", H2),
        open_table(budget, [300, 80], figs={1}),
        p(
            "The underspend arose because the CCTV contract was let in March at a lower price than "
            "estimated; the "
            "Commissioner agreed that it may be carried forward.",
            NOTE,
        ),
    ]


def _ahead() -> list[Flowable]:
    return [
        PageBreak(),
        _part(5),
        p(
            f"<b>A new strategic assessment.</b> The Steering Group has asked {ANALYST}, the partnership "
            "analyst, for "
            "a new strategic assessment by December 2025, covering the three financial years to March 2025. "
            "It will "
            "inform our priorities for 2026 to 2029."
        ),
        p(
            "<b>Less from the Commissioner.</b> The Commissioner has told every partnership in Calvershire "
            "that the "
            f"Community Safety Grant for 2025/26 will be {pounds(GRANT_2526)}, "
            f"{pounds(GRANT_2425 - GRANT_2526)} "
            "less than this year."
        ),
        p(
            "<b>Serious Violence Duty.</b> From 2025/26 the County Council will pass each district and "
            "borough a "
            "ring-fenced share of the Home Office's Serious Violence Duty funding; ours is "
            f"{pounds(SVD_2526)}, to "
            "be spent on the county's serious violence strategy."
        ),
        p(
            "<b>Domestic homicide review.</b> A domestic homicide review was commissioned in January 2025 "
            "after the "
            "death of a woman in Ottersby (referred to as 'Elaine' at her family's wish). Its independent "
            "chair "
            "expects to report to the Steering Group in the spring of 2026."
        ),
        Spacer(1, 8),
        p(
            "Steering Group papers and minutes are published on the Borough Council's website. This report "
            "was "
            "approved by the Steering Group on 16 September 2025.",
            CELL,
        ),
    ]
