"""Partnership AA's two annual reports. The Annual Report 2022-23 (September 2023): a page 1 with a
contents list with dotted leaders and a pull quote, then numbered sections on two-column pages (the
Chair's foreword, the members in prose, the four priorities of 2022-24, stories restating figures in
words), the year's awards in a ledger table with one decided under delegation and a bid declined, money
in and out, a domestic homicide review and the next year's allocation cut. The Annual Report 2023-24
(August 2024): headings hung in a left column beside the text (a new Chair's foreword, the Board in a
table, the meetings, old and new priorities and why one was added), every bid of the year on a landscape
page in £k with the first decision, any later change and the final sum, the money, the year's crime and
what changed after the year end."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.larkstead_facts import (
    ADDED_2427,
    ALLOCATION_2223,
    ALLOCATION_2324,
    ALLOCATION_2425,
    ANALYST,
    ANALYST_2324,
    AVAILABLE_2223,
    AVAILABLE_2324,
    AVAILABLE_2425,
    AWARDED_2223,
    AWARDED_2324,
    AWARDS_2223,
    BIDS_2324,
    CARRIED_2122,
    CARRIED_2223,
    CARRIED_2324,
    CHAIR,
    CHAIR_OLD,
    COMPASS_ASK,
    COMPASS_AWARD,
    COUNTY,
    COUNTY_PH_2324,
    COUNTY_PH_2425,
    COUNTY_REP,
    DECLINED_2223,
    DHR_2223,
    DHR_2324,
    DISTRICT,
    DISTRICT_2223,
    DISTRICT_2324,
    DISTRICT_2425,
    FIRE_REP,
    HEAD,
    HOUSING_REP,
    ICB_REP,
    NEW_LIMIT,
    OFFICER,
    OLD_LIMIT,
    OPFCC_REP,
    PRIORITIES_2224,
    PRIORITIES_2427,
    PROBATION,
    PUBLIC_HEALTH,
    RECOMMENDED_2427,
    SPENT_2223,
    SPENT_2324,
    TOTAL_2223_FY,
    TOTAL_2324_FY,
    VICE,
    VICE_OLD,
    WA_REP,
    YOUTH_REP,
)
from evals.archive.larkstead_layout import (
    LAND_WIDTH,
    SMALL,
    WIDTH,
    Furniture,
    caption,
    contents,
    day,
    hanging,
    heading,
    ledger,
    masthead,
    note,
    numbered,
    p,
    pct,
    pounds,
    pull_quote,
    render_pages,
    runin,
    subheading,
)
from evals.archive.names import LARKSTEAD

TITLE_2223 = "Larkstead Community Safety Partnership Annual Report 2022-23"
TITLE_2324 = "Larkstead Community Safety Partnership Annual Report 2023-24"


def write_annual_report_2223(path: Path) -> Path:
    furniture = Furniture(
        "Annual Report 2022-23",
        kind="ANNUAL REPORT 2022-23",
        foot="Larkstead CSP Annual Report 2022-23  |  {n}",
        foot_at="outer",
        tab=True,
    )
    return render_pages(path, _report_2223, Meta(TITLE_2223, LARKSTEAD), furniture)


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture(
        "Annual Report 2023-24 — a year of change",
        kind="ANNUAL REPORT 2023-24",
        foot="{n} of {total}",
        foot_at="right",
    )
    return render_pages(path, _report_2324, Meta(TITLE_2324, LARKSTEAD), furniture)


def _k(amount: int) -> str:
    """14.0 or 4.75, for a column headed £k."""
    text = f"{amount / 1000:.2f}"
    return text[:-1] if text.endswith("0") else text


def _short(iso: str) -> str:
    """ "13 Jul 2022"."""
    d = day(iso)
    return f"{d.day} {d.strftime('%b %Y')}"


def _report_2223() -> list[Flowable]:
    awards = [["Ref", "Project", "Lead organisation", "Priority", "Decided", "Award (£)"]]
    for ref, scheme, lead, priority, amount, decided, by in AWARDS_2223:
        when = _short(decided) + ("*" if by != "Board" else "")
        awards.append([ref, scheme, lead, str(priority + 1), when, f"{amount:,}"])
    awards.append(["", "Total awarded", "", "", "", f"{AWARDED_2223:,}"])
    money = [
        ["Money in", "£"],
        ["Police, Fire and Crime Commissioner: Local Safety Fund allocation", f"{ALLOCATION_2223:,}"],
        [f"{DISTRICT} contribution", f"{DISTRICT_2223:,}"],
        ["Brought forward from 2021-22", f"{CARRIED_2122:,}"],
        ["Available in 2022-23", f"{AVAILABLE_2223:,}"],
    ]
    spent = [
        ["Money out", "£"],
        ["Awards from the Local Safety Fund (table 1)", f"{AWARDED_2223:,}"],
        ["Domestic homicide review 'Adele': independent chair and author", f"{DHR_2223:,}"],
        ["Spent in 2022-23", f"{SPENT_2223:,}"],
        ["Carried forward into 2023-24", f"{CARRIED_2223:,}"],
    ]
    declined_scheme, declined_lead, declined_sum = DECLINED_2223
    return [
        *masthead(
            "Annual report",
            "Annual Report 2022-23",
            "1 April 2022 to 31 March 2023 · published by the Leadership Board in September 2023",
        ),
        Spacer(1, 10),
        p(
            "This report tells residents and partners what the Larkstead Community Safety Partnership did in "
            "the year to 31 March 2023, what it spent and what it plans next. It is the second report under "
            "the Partnership Plan 2022-24."
        ),
        subheading("In this report"),
        contents(
            [
                ("1  Foreword from the Chair", "2"),
                ("2  Who we are", "2"),
                ("3  Our priorities for 2022-24", "2"),
                ("4  Stories from the year", "2"),
                ("5  The Local Safety Fund in 2022-23", "3"),
                ("6  Money in and money out", "3"),
                ("7  Reviews, new duties and the year ahead", "3"),
            ],
            WIDTH * 0.62,
        ),
        Spacer(1, 16),
        pull_quote(
            "Rural Larkstead is not a quiet corner of the district: what happens on its farms and lanes "
            "matters as much as the town centre on a Saturday night.",
            f"{CHAIR_OLD}, Chair",
            WIDTH * 0.75,
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("Foreword from the Chair", "1"),
        p(
            "It is a pleasure to introduce my fourth annual report as Chair. This was the year in which "
            "we put real money behind our rural work: the Operation Harrier patrols, night cameras at "
            "St Cuthwin's Abbey ruins and an outreach worker for women living in the villages."
        ),
        p(
            "Our budget will be tighter next year. The Commissioner has reduced every district's "
            "allocation, and we will have to choose carefully. I am grateful to every partner, and to "
            "the volunteers who give their Friday and Saturday nights to the town centre."
        ),
        p(f"<i>{CHAIR_OLD}, Portfolio Holder for Community Wellbeing, {DISTRICT}</i>"),
        heading("Who we are", "2"),
        p(
            "The Partnership is the statutory community safety partnership for the district of Larkstead "
            "under the Crime and Disorder Act 1998. Its Leadership Board meets four times a year; in "
            "2022-23 it met on 20 April, 13 July and 19 October 2022 and on 25 January 2023."
        ),
        p(
            f"The Board is chaired by {CHAIR_OLD} of {DISTRICT}, and {VICE_OLD}, the district commander "
            "of Corringshire Constabulary, is Vice-Chair. The responsible authorities are the district "
            f"council, {COUNTY}, Corringshire Constabulary, Corringshire Fire and Rescue Service, the "
            "Probation Service and NHS Corringshire Integrated Care Board. The Office of the Police, Fire "
            "and Crime Commissioner, Larkstead and District Women's Aid, Larkstead Youth Trust and Lark "
            "Valley Housing attend as partners."
        ),
        p(
            f"The Partnership is supported by {HEAD}, Head of Communities at the district council, and "
            f"{OFFICER}, the Community Safety Partnership Officer."
        ),
        heading("Our priorities for 2022-24", "3"),
        p("The Partnership Plan 2022-24 sets four priorities:"),
        numbered(list(PRIORITIES_2224)),
        p("Each priority has a lead partner and a delivery group that reports to every Board meeting."),
        heading("Stories from the year", "4"),
        runin(
            "Operation Harrier",
            "Patrols by the rural crime team, paid for by the fund, visited 140 farms. Thefts of farm "
            "machinery and plant fell from 41 in 2021 to 27 in 2022, about a third fewer.",
        ),
        runin(
            "Outreach in the villages",
            "The rural outreach IDVA took 96 referrals in her first nine months, more than half of them "
            "from women who had never contacted a domestic abuse service before.",
        ),
        runin(
            "Midnight League",
            "Fernside Community Sports Trust's pilot ran on Friday nights from February 2023 and drew 212 "
            "young people to 10 sessions.",
        ),
        runin(
            "Town hosts",
            "Volunteer town hosts helped 318 people on Friday and Saturday nights, from lost phones to "
            "calling an ambulance.",
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        heading("The Local Safety Fund in 2022-23", "5"),
        p(
            "Bids are scored by officers against the priorities and decided by the Board; bids of up to "
            f"{pounds(OLD_LIMIT)} may be decided by the Head of Communities under delegated powers and "
            "reported to the next Board."
        ),
        caption("Table 1. Awards from the Local Safety Fund, 2022-23 (priority numbers as in section 3)"),
        ledger(awards, (48, 148, 140, 42, 62, WIDTH - 440), figures=(3, 5), total=True),
        note("* Approved by the Head of Communities under delegated powers and reported to the Board."),
        p(
            f"One bid was declined: {declined_lead} asked for {pounds(declined_sum)} to upgrade the "
            f"{declined_scheme.replace('Market Square CCTV upgrade', 'Market Square CCTV cameras')}. The "
            "Board "
            "declined it on 19 October 2022 because maintaining the cameras is the town council's own "
            "responsibility as their owner."
        ),
        heading("Money in and money out", "6"),
        ledger(money, (WIDTH - 90, 90), figures=(1,), total=True),
        Spacer(1, 8),
        ledger(spent, (WIDTH - 90, 90), figures=(1,)),
        note(
            f"The sum carried forward, {pounds(CARRIED_2223)}, is held by the district council for the fund."
        ),
        heading("Reviews, new duties and the year ahead", "7"),
        runin(
            "Domestic homicide review",
            "The review known as 'Adele' was completed and published in February 2023 after Home Office "
            "quality assurance. Its seven recommendations are tracked by the domestic abuse delivery group.",
        ),
        runin(
            "Serious Violence Duty",
            "The duty began on 31 January 2023. In Corringshire it is led at county level, and the "
            "Partnership will contribute its own analysis to the county's strategic needs assessment.",
        ),
        runin(
            "2023-24",
            f"The Commissioner's letter of 14 March 2023 set our allocation for 2023-24 at "
            f"{pounds(ALLOCATION_2324)}, {pounds(ALLOCATION_2223 - ALLOCATION_2324)} less than this year. "
            f"The district council will keep its contribution at {pounds(DISTRICT_2324)}, and {COUNTY} has "
            f"offered {pounds(COUNTY_PH_2324)} from its public health budget, ring-fenced for work on "
            "exploitation and substance misuse. A new strategic assessment will be written in 2023.",
        ),
    ]


def _members_2324() -> list[list[str]]:
    return [
        ["Organisation", "Representative", "Role on the Board"],
        [DISTRICT, CHAIR, "Chair (from 24 January 2024)"],
        ["Corringshire Constabulary", VICE_OLD, "Vice-Chair"],
        [COUNTY, COUNTY_REP, "Member"],
        [COUNTY + " (Public Health)", PUBLIC_HEALTH, "Member"],
        ["Corringshire Fire and Rescue Service", FIRE_REP, "Member"],
        ["The Probation Service", PROBATION, "Member"],
        ["NHS Corringshire Integrated Care Board", ICB_REP, "Member"],
        ["Office of the Police, Fire and Crime Commissioner", OPFCC_REP, "Partner"],
        ["Larkstead and District Women's Aid", WA_REP, "Partner"],
        ["Larkstead Youth Trust", YOUTH_REP, "Partner"],
        ["Lark Valley Housing", HOUSING_REP, "Partner"],
    ]


def _bids_2324() -> list[list[str]]:
    rows = [["Ref", "Project", "Lead organisation", "Asked £k", "First decision", "Later change", "Final £k"]]
    for ref, scheme, lead, asked, first, by, words, _then, later, _by, later_words, final, _paid in BIDS_2324:
        first_text = f"{words}, {_short(first)} ({by})"
        later_text = f"{later_words}, {_short(later)}" if later else "—"
        rows.append([ref, scheme, lead, _k(asked), first_text, later_text, _k(final)])
    rows.append(["", "Total of final awards", "", "", "", "", _k(AWARDED_2324)])
    return rows


def _report_2324() -> list[Flowable]:
    text_w = WIDTH - 104
    money = [
        ["", "£"],
        ["Local Safety Fund allocation from the Commissioner", f"{ALLOCATION_2324:,}"],
        ["District council contribution", f"{DISTRICT_2324:,}"],
        ["County council public health contribution (ring-fenced)", f"{COUNTY_PH_2324:,}"],
        ["Brought forward from 2022-23", f"{CARRIED_2223:,}"],
        ["Available", f"{AVAILABLE_2324:,}"],
        ["Final awards (see the table of bids)", f"{AWARDED_2324:,}"],
        ["Analyst time for the strategic assessment", f"{ANALYST_2324:,}"],
        ["Domestic homicide review costs", f"{DHR_2324:,}"],
        ["Spent", f"{SPENT_2324:,}"],
        ["Carried forward into 2024-25", f"{CARRIED_2324:,}"],
    ]
    return [
        *masthead(
            "Annual report · 1 April 2023 – 31 March 2024",
            "Annual Report 2023-24: a year of change",
            "A new Chair, a new strategic assessment and new priorities for 2024-27",
        ),
        Spacer(1, 12),
        hanging(
            [
                (
                    "From the Chair",
                    p(
                        f"I was elected Chair of the Leadership Board on 24 January 2024, taking over from "
                        f"{CHAIR_OLD}, who stood down after she became Leader of {DISTRICT} in December "
                        "2023. She had chaired the Partnership since 2019, and I thank her for it.",
                    ),
                ),
                (
                    "",
                    p(
                        "This year the Partnership looked hard at the evidence. The strategic assessment "
                        "of November 2023 changed what we will concentrate on, and we adopted four new "
                        "priorities for 2024-27. Money was tighter: the Commissioner's allocation fell, "
                        "but the county council's public health team joined us as a funder."
                    ),
                ),
                ("", p(f"<i>{CHAIR}, Chair, Larkstead Community Safety Partnership</i>")),
                (
                    "The Board",
                    p("The Board's members and partners at 31 March 2024 were:"),
                ),
                ("", ledger(_members_2324(), (175, 125, text_w - 300))),
                (
                    "",
                    note(
                        f"After the year end, on 17 April 2024, {VICE} was elected Vice-Chair, replacing "
                        f"{VICE_OLD}, who has moved to a post at force headquarters."
                    ),
                ),
                (
                    "Meetings",
                    p(
                        "The Board met four times: on 19 April 2023, 12 July 2023, 18 October 2023 and 24 "
                        "January 2024. Every meeting was quorate. Two decisions were taken by the Head of "
                        "Communities under delegated powers, on 4 September 2023 and 14 February 2024."
                    ),
                ),
            ]
        ),
        PageBreak(),
        hanging(
            [
                (
                    "Priorities",
                    p(
                        "The year was the last of the Partnership Plan 2022-24, whose four priorities were "
                        + "; ".join(x.lower() if i else x for i, x in enumerate(PRIORITIES_2224))
                        + "."
                    ),
                ),
                (
                    "",
                    p(
                        f"The strategic assessment recommended three priorities for 2024-27. On 24 January "
                        f"2024 the Board adopted them and added a fourth, {ADDED_2427.lower()}, after the "
                        "Scam Savvy workshops found that one in four older people attending had been "
                        "targeted by a scam in the past year. Rural crime is no longer a priority of its "
                        "own but part of neighbourhood crime. The priorities for 2024-27 are:"
                    ),
                ),
                ("", numbered(list(PRIORITIES_2427))),
                (
                    "",
                    note(
                        "The assessment's three were: "
                        + "; ".join(RECOMMENDED_2427)
                        + ". Exploitation is now part of the serious violence priority."
                    ),
                ),
                (
                    "Crime in 2023-24",
                    p(
                        f"Corringshire Constabulary recorded {TOTAL_2324_FY:,} crimes in Larkstead in "
                        f"2023-24, against {TOTAL_2223_FY:,} in 2022-23, a change of "
                        f"{pct(TOTAL_2223_FY, TOTAL_2324_FY)}. Shoplifting rose again, by 14%, while "
                        "residential burglary fell for the fourth year running."
                    ),
                ),
                (
                    "Fraud",
                    p(
                        "Reports to Action Fraud from Larkstead residents aged 65 and over rose by 38% "
                        "between 2022-23 and 2023-24. The fraud task-and-finish group, led by the "
                        "Commissioner's office, will report to the Board in October 2024."
                    ),
                ),
            ]
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("Every bid in 2023-24"),
        p(
            "The table shows each bid to the Local Safety Fund in 2023-24, the sum asked, the first "
            "decision, any later change and the final award, in thousands of pounds (£k).",
            SMALL,
        ),
        ledger(_bids_2324(), (50, 150, 150, 44, 170, 160, LAND_WIDTH - 724), figures=(3, 6), total=True),
        note(
            "Delegated decisions were taken by the Head of Communities and reported to the next Board. "
            "Project Compass was approved on 17 April 2024 from the 2024-25 fund."
        ),
        NextPageTemplate("portrait"),
        PageBreak(),
        hanging(
            [
                ("Money", p("Money in and out of the Local Safety Fund in 2023-24:")),
                ("", ledger(money, (text_w - 80, 80), figures=(1,))),
                (
                    "",
                    p(
                        f"Of the {pounds(AVAILABLE_2324)} available, {pounds(SPENT_2324)} was spent or "
                        f"committed and {pounds(CARRIED_2324)} is carried into 2024-25. The county "
                        "council's ring-fenced money paid for the detached youth work in Marlpit and "
                        "Coldwell."
                    ),
                ),
                (
                    "Governance",
                    p(
                        "The Board adopted version 3.0 of its Terms of Reference on 17 April 2024. The "
                        "quorum rose to five members, at least three of them responsible authorities, "
                        f"and the delegated limit of the Head of Communities rose from {pounds(OLD_LIMIT)} "
                        f"to {pounds(NEW_LIMIT)}."
                    ),
                ),
                (
                    "Looking ahead",
                    p(
                        f"For 2024-25 the Commissioner has held the allocation at {pounds(ALLOCATION_2425)}. "
                        f"The district council has reduced its contribution to {pounds(DISTRICT_2425)} and "
                        f"the county council's public health contribution is {pounds(COUNTY_PH_2425)}. With "
                        f"the sum carried forward, {pounds(AVAILABLE_2425)} is available."
                    ),
                ),
                (
                    "",
                    p(
                        f"On 17 April 2024 the Board approved Project Compass, the youth mentoring scheme "
                        f"of Larkstead Mosque and Community Centre deferred in January, at "
                        f"{pounds(COMPASS_AWARD)} against the {pounds(COMPASS_ASK)} asked, once its "
                        "safeguarding policy had been adopted."
                    ),
                ),
                (
                    "Thanks",
                    p(
                        f"We thank {ANALYST} for the strategic assessment and every partner who gave data "
                        "and time to it."
                    ),
                ),
            ]
        ),
    ]
