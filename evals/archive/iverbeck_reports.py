"""Partnership Y's two annual reports. The Annual Report 2022/23 on single-column pages with headings asked
as questions ("Who are we?", "Where did the money go?"), the priorities in one sentence, the members in
prose, a table of the year's awards, the money in and out, performance over two financial years, stories
that restate sums in words and what comes next. The Annual Report 2023-24, partly on two-column pages, in
numbered parts: a new Chair's foreword about a year his predecessor led, a panel of the year in numbers,
the old and new priorities, the members in a table, the budget and three changes to awards, every bid of
the year on a landscape page with the sum asked, the first decision, any later change and the final sum,
performance over two years, stories and the duties."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.iverbeck_facts import (
    ANALYST,
    ANGELS,
    AVAILABLE_2223,
    AVAILABLE_2324,
    AWARDED_2223,
    AWARDS_2223,
    BIDS_2324,
    BROUGHT_2223,
    CARRIED_2223,
    CARRIED_2324,
    CHAIR,
    CHAIR_NEW,
    COORDINATOR,
    COORDINATOR_LIMIT,
    COUNTY,
    COUNTY_2425,
    COUNTY_REP,
    CROSS_CUTTING,
    CVS_REP,
    DHR_2223,
    DHR_2324,
    DISTRICT,
    DISTRICT_2223,
    DISTRICT_2324,
    DISTRICT_2425,
    FINAL_2324,
    FIRE,
    FIRE_REP,
    GRANT_2223,
    GRANT_2324,
    GRANT_2425,
    HEAD_SERVICE,
    HOUSING,
    HOUSING_REP,
    ICB,
    ICB_REP,
    LANTERNS,
    LANTERNS_REP,
    MILLBECK,
    MILLBECK_PAID,
    OPFCC_REP,
    PERFORMANCE,
    PFCC,
    POLICE,
    PRIORITIES_2124,
    PRIORITIES_2427,
    PROBATION,
    PROBATION_SERVICE,
    RESPECT,
    SPENT_2223,
    SPENT_2324,
    TRAINING_2223,
    TRAINING_2324,
    VICE,
    VICE_OLD,
    YJS,
    YJS_REP,
)
from evals.archive.iverbeck_layout import (
    GUTTER,
    LEFT,
    RIGHT,
    SMALL,
    Furniture,
    bare,
    caption,
    change_pct,
    cover,
    dashes,
    heading,
    keyed,
    lettered,
    lined,
    long_date,
    note,
    p,
    panel,
    pounds,
    render_pages,
    short_date,
    subheading,
)
from evals.archive.names import IVERBECK, IVERBECK_BOARD, IVERBECK_FUND

TITLE_2223 = f"{IVERBECK} Annual Report 2022/23"
TITLE_2324 = f"{IVERBECK} Annual Report 2023-24"
COLUMN = (A4[0] - LEFT - RIGHT - GUTTER) / 2
SHORT_PRIORITY = ("Domestic abuse", "Neighbourhood crime and ASB", "Exploitation")


def write_annual_report_2223(path: Path) -> Path:
    return render_pages(
        path,
        _report_2223,
        Meta(TITLE_2223, IVERBECK),
        Furniture("Annual Report 2022/23", "ICSP/AR/2023", foot="Annual Report 2022/23 | {n}", foot_at="left",
                  band=True),
    )  # fmt: skip


def _report_2223() -> list[Flowable]:
    award_rows = [["Ref", "What we funded", "Delivered by", "Priority", "Agreed", "£"]]
    for ref, when, _, scheme, lead, priority, amount in AWARDS_2223:
        award_rows.append([ref, scheme, lead, SHORT_PRIORITY[priority], short_date(when), bare(amount)])
    award_rows.append(["", "Total awarded", "", "", "", bare(AWARDED_2223)])
    perf_rows = [["Measure", "2021/22", "2022/23", "Change"]]
    for measure, a, b, _ in PERFORMANCE:
        perf_rows.append([measure, bare(a), bare(b), change_pct(a, b)])
    return [
        *cover("Annual Report 2022/23", "April 2022 to March 2023. Published July 2023."),
        heading("A word from the Chair"),
        p(
            "This is my second annual report as Chair, and it covers the second year of our Partnership Plan "
            "2021-24. It was a year in which the cost of living was felt in every part of the district, and "
            "in which partners kept going with less. I am grateful to every organisation round our table, "
            "and to the volunteers who ran the projects we paid for."
        ),
        p(
            f"<b>{CHAIR}</b><br/>Chair, {IVERBECK_BOARD}, and Portfolio Holder for Communities, {DISTRICT}",
            SMALL,
        ),
        heading("Who are we?"),
        p(
            "Community safety partnerships were set up by the Crime and Disorder Act 1998, which puts a duty "
            "on "
            "certain public bodies (the responsible authorities) to work together to tackle crime, disorder, "
            "anti-social behaviour, substance misuse and reoffending. Iverbeck is a district in a two-tier "
            "county, so both councils take part."
        ),
        p(
            f"Our responsible authorities are {DISTRICT}, {COUNTY}, {POLICE}, {FIRE}, "
            f"{PROBATION_SERVICE} and the {ICB}. The {OPFCC_LONG}, the {YJS}, {HOUSING}, {LANTERNS} and "
            "Iverbeck Voluntary Action also sit on the Strategy Group, which is the partnership's board. "
            f"Its Vice-Chair in 2022/23 was {VICE_OLD} of {POLICE}."
        ),
        p(
            "The Strategy Group met five times in the year: on 15 June, 14 September and 7 December 2022 and "
            "on 8 February and 15 March 2023."
        ),
        heading("What did we focus on?"),
        p(
            "Our three priorities for 2022/23, set by the Partnership Plan 2021-24, were "
            f"{PRIORITIES_2124[0].lower()}, {PRIORITIES_2124[1].lower()}, and "
            f"{PRIORITIES_2124[2].lower()}."
        ),
        heading("Where did the money go?"),
        p(
            f"The {IVERBECK_FUND} is made up of the Community Safety Grant from the {PFCC} and a "
            "contribution "
            f"from {DISTRICT}. Bids are decided by the Strategy Group; the CSP Coordinator may approve a "
            "small "
            "bid between meetings and report it to the next one."
        ),
        caption("Table 1. Awards from the fund in 2022/23"),
        lined(award_rows, (44, 150, 104, 82, 52, 46), figures=(5,), total=True),
        note(
            "One bid was declined: £11,500 for new CCTV cameras in Thornley Cross, as the fund does not pay "
            "for "
            "capital works."
        ),
        subheading("Money in and money out"),
        keyed(
            [
                ("Community Safety Grant (PFCC)", pounds(GRANT_2223)),
                ("District council contribution", pounds(DISTRICT_2223)),
                ("Brought forward from 2021/22", pounds(BROUGHT_2223)),
                ("Total available", pounds(AVAILABLE_2223)),
                ("Awards (Table 1)", pounds(AWARDED_2223)),
                ("Domestic homicide review costs", pounds(DHR_2223)),
                ("Training and events", pounds(TRAINING_2223)),
                ("Total spent", pounds(SPENT_2223)),
                ("Carried forward to 2023/24", pounds(CARRIED_2223)),
            ],
            (200, 120),
        ),
        heading("How did we do?"),
        p(
            "Recorded crime rose in the year, driven by violence without injury and shoplifting, while "
            "anti-social behaviour and burglary fell. More domestic abuse is being reported, which partners "
            "read partly as growing confidence to come forward."
        ),
        caption("Table 2. Partnership measures (financial years, police recorded)"),
        lined(perf_rows, (220, 70, 70, 70), figures=(1, 2, 3), first_bold=True),
        heading("Stories from the year"),
        subheading("Safer at home, miles from town"),
        p(
            f"The fourteen thousand pounds we gave {LANTERNS} paid for an independent domestic violence "
            "adviser to hold clinics in village halls and surgeries. In the year she supported 96 people who "
            "had never been in touch with a service before, two thirds of them living outside Iverbeck town."
        ),
        subheading("Bikes off the marsh"),
        p(
            "Operation Marram, which we funded with just over three thousand pounds, put officers on "
            "off-road bikes on the Saltby Marsh paths on summer weekends. Nine nuisance bikes were seized "
            "and "
            "complaints to the council fell by almost half over the summer."
        ),
        subheading("Eyes open on the night shift"),
        p(
            "Licensing officers trained 212 taxi drivers and 64 hotel staff to spot the signs of "
            "exploitation, "
            "and training is now a condition of a new taxi licence in the district."
        ),
        heading("Our statutory duties"),
        p(
            "The overview report of the domestic homicide review known as Adult M was sent to the Home "
            "Office "
            "in January 2023; the partnership paid its share of the independent chair's costs. The Serious "
            "Violence Duty began on 31 January 2023: the county's partnerships will write one strategic "
            "needs "
            "assessment together, and Iverbeck will appoint a local lead."
        ),
        heading("What's next?"),
        p(
            "2023/24 is the last year of the Partnership Plan 2021-24, and our priorities stay the same for "
            "it. "
            f"We will commission a Strategic Intelligence Assessment during 2023 from {ANALYST}, the "
            "county's "
            "community safety analyst, to tell us what the priorities of our next plan should be. The "
            f"{pounds(CARRIED_2223)} carried forward will be added to next year's fund."
        ),
        p(
            f"To find out more, or to bid for funding, contact {COORDINATOR}, CSP Coordinator, at "
            "safer@iverbeck.example.",
            SMALL,
        ),
    ]


OPFCC_LONG = f"Office of the {PFCC}"


def write_annual_report_2324(path: Path) -> Path:
    return render_pages(
        path,
        _report_2324,
        Meta(TITLE_2324, IVERBECK),
        Furniture(
            "Annual Report 2023-24", "ICSP/AR/2024", foot="{n} | Annual Report 2023-24", foot_at="right"
        ),
    )


def _part(number: int, text: str) -> Flowable:
    return heading(text, f"Part {number}")


def _report_2324() -> list[Flowable]:
    bid_rows = [["Ref", "Scheme", "Lead organisation", "Asked £", "Decided", "First decision", "Later change",
                 "Final £"]]  # fmt: skip
    for ref, when, by, scheme, lead, asked, decision, first, later, final in BIDS_2324:
        first_text = f"{decision} £{first:,}" if first else decision
        decided = f"{short_date(when)} ({'Coordinator' if by == 'CSP Coordinator' else 'Group'})"
        bid_rows.append([ref, scheme, lead, bare(asked), decided, first_text, later or "-", bare(final)])
    bid_rows.append(["", "Total", "", bare(sum(b[5] for b in BIDS_2324)), "", "", "", bare(FINAL_2324)])
    perf_rows = [["Measure", "2022/23", "2023/24", "Change"]]
    for measure, _, b, c in PERFORMANCE:
        perf_rows.append([measure, bare(b), bare(c), change_pct(b, c)])
    member_rows = [
        ["Organisation", "Represented by", "Status"],
        [DISTRICT, f"{CHAIR} (Chair to May 2024); {HEAD_SERVICE}", "Statutory"],
        [COUNTY, COUNTY_REP, "Statutory"],
        [POLICE, f"{VICE} (Vice-Chair from October 2023)", "Statutory"],
        [FIRE, FIRE_REP, "Statutory"],
        [PROBATION_SERVICE, PROBATION, "Statutory"],
        [ICB, ICB_REP, "Statutory"],
        ["Office of the PFCC", OPFCC_REP, "Invited"],
        [YJS, YJS_REP, "Invited"],
        [HOUSING, HOUSING_REP, "Invited"],
        [LANTERNS, LANTERNS_REP, "Invited"],
        ["Iverbeck Voluntary Action", CVS_REP, "Invited"],
    ]
    return [
        *cover(
            "Annual Report 2023-24",
            "Iverbeck Community Safety Partnership's year, 1 April 2023 to 31 March 2024",
        ),
        Spacer(1, 6),
        _part(1, "Foreword"),
        p(
            f"I was elected Chair of the {IVERBECK_BOARD} on {long_date('2024-06-12')}, so this report "
            f"describes a year that my predecessor, {CHAIR}, led. Margaret chaired the partnership from May "
            "2021 until she stood down from the district council at the elections in May 2024, and I thank "
            "her for three years of steady leadership."
        ),
        p(
            "It was a year of two halves. The first brought new projects in the night-time economy and on "
            "our "
            "farms; the second brought the news that the Commissioner's grant to us would be cut by more "
            "than "
            "a seventh for 2024/25. We have planned for that, and our new priorities are set out in Part 2."
        ),
        p(f"<b>{CHAIR_NEW}</b><br/>Chair, {IVERBECK_BOARD}", SMALL),
        panel(
            "2023-24 in numbers",
            [
                f"11 bids decided, 9 of them funded, for {pounds(FINAL_2324)} in the end",
                "4 Strategy Group meetings and 1 extraordinary meeting",
                "212 people helped by the Street Angels' Safe Space on Friday and Saturday nights",
                "1 domestic homicide review commissioned",
                f"{pounds(CARRIED_2324)} carried forward into 2024/25",
            ],
            A4[0] - LEFT - RIGHT,
        ),
        _part(2, "Priorities"),
        p(
            "2023-24 was the final year of the Partnership Plan 2021-24, and we worked to its three "
            "priorities:"
        ),
        dashes(list(PRIORITIES_2124)),
        p(
            f"The Strategic Intelligence Assessment that {ANALYST} presented in October 2023 led the "
            "Strategy "
            "Group to consult on four new priorities. After the consultation the Group confirmed them on 24 "
            "January 2024 for the Partnership Plan 2024-27, renaming the fourth:"
        ),
        lettered(list(PRIORITIES_2427), kind="1", form="%s."),
        p(f"{CROSS_CUTTING.capitalize()} runs through all four as a shared commitment, led by {PROBATION}."),
        NextPageTemplate("columns"),
        PageBreak(),
        _part(3, "Who we are"),
        p(
            f"The Strategy Group met on 21 June, 11 October and 6 December 2023 and 13 March 2024, with an "
            f"extraordinary meeting on 24 January 2024. {VICE_OLD}, Vice-Chair since 2021, moved to force "
            f"headquarters in September 2023; {VICE}, the new district commander, was elected Vice-Chair "
            "in his place in October."
        ),
        caption("Members in 2023-24"),
        lined(member_rows, (84, 98, 46), first_bold=True),
        note(
            "New Terms of Reference took effect on 1 April 2024: see the partnership's web pages. The quorum "
            "and the Coordinator's spending limit both rose."
        ),
        CondPageBreak(200),
        _part(4, "Money"),
        subheading("Where it came from"),
        keyed(
            [
                ("PFCC Community Safety Grant", pounds(GRANT_2324)),
                ("Iverbeck District Council", pounds(DISTRICT_2324)),
                ("Brought forward from 2022/23", pounds(CARRIED_2223)),
                ("Total", pounds(AVAILABLE_2324)),
            ],
            (130, 90),
        ),
        subheading("Where it went"),
        keyed(
            [
                ("Awards, after changes (Part 5)", pounds(FINAL_2324)),
                ("Domestic homicide reviews", pounds(DHR_2324)),
                ("Training and communications", pounds(TRAINING_2324)),
                ("Total spent", pounds(SPENT_2324)),
                ("Carried forward to 2024/25", pounds(CARRIED_2324)),
            ],
            (130, 90),
        ),
        p(
            f"For 2024/25 the Commissioner's grant falls to {pounds(GRANT_2425)} and the district council's "
            f"contribution to {pounds(DISTRICT_2425)}, while {COUNTY} adds {pounds(COUNTY_2425)} for the "
            "first time, towards the Serious Violence Duty. The carried forward sum softens the cut.",
            SMALL,
        ),
        subheading("Three changes to awards"),
        p(
            "The Farmwatch cameras award was cut from £8,900 to £5,400 in October, when the Commissioner's "
            "rural "
            f"crime fund paid for the cameras. {ANGELS}' Safe Space, deferred in June while a venue was "
            "found, "
            f"was approved at £5,750 in October. And the Group withdrew the {MILLBECK} award in January, "
            "when "
            f"the project paused after its youth worker left; the {pounds(MILLBECK_PAID)} already paid was "
            "kept for work delivered.",
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        _part(5, "Every bid in 2023-24"),
        lined(bid_rows, (46, 150, 130, 48, 98, 84, 130, 48), figures=(3, 7), total=True),
        note(
            "Decided by the Strategy Group at a meeting, or by the CSP Coordinator under delegated powers "
            "(then "
            f"up to £1,000; from April 2024 up to {pounds(COORDINATOR_LIMIT)}). Declined: the skate park "
            "lighting and the youth shelter, both capital works."
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        _part(6, "Results"),
        caption("Partnership measures, financial years"),
        lined(perf_rows, (94, 42, 42, 46), figures=(1, 2, 3), first_bold=True),
        p(
            "Crime fell by about two per cent on the year and burglary fell again. Domestic abuse-related "
            "crime rose for a third year, and possession of weapons offences went up from 68 to 74, which is "
            "one reason serious violence is now a priority."
        ),
        subheading("A safe space on a Saturday night"),
        p(
            f"{ANGELS}' volunteers opened the Safe Space in the Market Street chapel from November. By the "
            "end "
            "of March they had helped 212 people, from those who had lost their friends or phones to two "
            "women who had been spiked and were taken to hospital."
        ),
        subheading("Knife crime workshops"),
        p(
            f"The {YJS} ran workshops in all five secondary schools for Year 8 pupils, paid for with £4,800 "
            f"from the fund. {RESPECT}'s healthy relationships lessons continue in the same schools, now "
            "paid "
            "for by the schools themselves."
        ),
        _part(7, "Our duties"),
        p(
            "Serious Violence Duty: the county's strategic needs assessment was published in January 2024 "
            "and "
            f"{VICE} is Iverbeck's lead. Domestic homicide reviews: the Group commissioned a review (Adult "
            "S) "
            "in November 2023, which is under way; the Adult M review was published in August 2023. "
            f"The Coordinator ({COORDINATOR}) and {HEAD_SERVICE}, Head of Community Services, support the "
            f"Group; the partnership's email is safer@iverbeck.example and volunteers can contact {CVS_REP}."
        ),
    ]
