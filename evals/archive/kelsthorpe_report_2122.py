"""Partnership AF's Annual Report 2021/22 (July 2022): Times with Helvetica-Bold headings under the plum
masthead; page 1 the Chair's foreword (who chaired and who was Vice-Chair when, the Group renamed the Board)
and the year in numbers; then on the "sidebar" template (key facts in a parchment column at the right) the
Board's members and how it works from April 2022, the three priorities for 2022-25 as a numbered list and
a table of what became of the four old ones; a landscape page of every award in £k with what happened to
it later and the delegated grants as one line; then on two columns the money in £ and £m, stories restating
awards in words, domestic homicide reviews and the year ahead with the confirmed grant and a decision of
June 2022 told only here."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.kelsthorpe_facts import (
    ANALYST_POST,
    AVAILABLE_2122,
    BF_2122,
    BRIGSLEY_2122,
    CARRIED_2122,
    CCG_REP,
    CHAIR,
    CHAIR_OLD,
    COMMITTED_2122,
    COUNTY_2122,
    COUNTY_REP,
    DC_2122,
    DHR_ADULT_C,
    DHR_RESERVE_2223,
    DPH_REP,
    FIRE_REP,
    GRANT_2122,
    GRANT_2223,
    GRANT_2223_INDICATED,
    HOMES_REP,
    ICB_REP,
    IDVA,
    KVA_REP,
    LEAD_OFFICER,
    LNH_ASK,
    LNH_RETURNED,
    LOCK_STAY,
    MEDIATION_ASK,
    MEDIATION_AWARD,
    MEDIATION_PAID,
    OFFICER_LIMIT,
    POPULATION,
    PRIDE,
    PRIORITIES_NEW,
    PROBATION_REP,
    QUORUM,
    REFUGE_REP,
    ROUNDS,
    SCAWTON,
    SPENT_2122,
    STALKING_2223,
    STALKING_ASK,
    STALKING_AWARD,
    STUBBLE_AMENDED,
    STUBBLE_ASK,
    STUBBLE_AWARD,
    SUBGROUP_CHAIR,
    SUBGROUP_LIMIT,
    THEATRE_ASK,
    VICE,
    VICE_OLD,
    WATCH_ASK,
    WATCH_AWARD,
    YOS_REP,
)
from evals.archive.kelsthorpe_layout import (
    COLUMN,
    H1,
    H2,
    LAND,
    MAIN,
    SIDE,
    SIDE_BIG,
    SIDE_H,
    SMALL,
    SUBTITLE,
    TEXT,
    TITLE,
    Furniture,
    grid,
    kpounds,
    notice,
    p,
    pounds,
    render,
    rules,
    striped,
    words,
)
from evals.archive.names import KELSTHORPE

TITLE_2122 = "Kelsthorpe Community Safety Partnership Annual Report 2021/22"

# Awards of 2021/22: project, organisation, decided by, when, asked, awarded, what happened later.
AWARDS: tuple[tuple[str, str, str, str, int, int, str], ...] = (
    ("IDVA service", "Wetherdale Women's Refuge Partnership", "RAG", "Jun-21", IDVA, IDVA, ""),
    ("Analyst post (contribution)", "Wetherdale County Council", "RAG", "Jun-21", ANALYST_POST, ANALYST_POST,
     ""),
    ("Operation Stubble", "Wetherdale Constabulary", "RAG", "Jun-21", STUBBLE_ASK, STUBBLE_AMENDED,
     f"first {kpounds(STUBBLE_AWARD)}; raised to the full ask in Nov-21"),
    ("Stalking advocate", "Wetherdale Stalking Casework Service", "RAG", "Nov-21", STALKING_ASK,
     STALKING_AWARD, "deferred Jun-21 until co-funding was confirmed"),
    ("Late Night Helpers", "Kelsthorpe Late Night Helpers", "Sub-Group", "Aug-21", LNH_ASK, LNH_ASK,
     f"{kpounds(LNH_RETURNED)} returned unspent"),
    ("Neighbour mediation", "Mediation Wetherdale", "Sub-Group", "Aug-21", MEDIATION_ASK, MEDIATION_PAID,
     f"awarded {kpounds(MEDIATION_AWARD)}; withdrawn Jan-22 when the service closed"),
    ("Trail cameras", "Hensby Parish Watch", "Sub-Group", "Aug-21", WATCH_ASK, WATCH_AWARD,
     "six cameras, not eight"),
    ("Lock and Stay", "Kelsthorpe Homes Trust", "Sub-Group", "Aug-21", LOCK_STAY, LOCK_STAY, ""),
    ("Wrong Crowd schools tour", "Fathom Theatre Company", "Sub-Group", "Oct-21", THEATRE_ASK, THEATRE_ASK,
     "deferred Aug-21 for safeguarding checks"),
    ("Domestic homicide review (Adult C)", "Independent chair", "RAG", "Nov-21", DHR_ADULT_C, DHR_ADULT_C,
     ""),
    ("Detached youth work", "Brigsley Youth Project", "Sub-Group", "Jan-22", BRIGSLEY_2122, BRIGSLEY_2122,
     ""),
    ("Delegated grants (2)", "Kelsthorpe Pride; Scawton Village Hall", "Lead Officer", "Aug-21, Feb-22",
     PRIDE + SCAWTON, PRIDE + SCAWTON, ""),
)  # fmt: skip


def write_annual_report_2122(path: Path) -> Path:
    furniture = Furniture(
        "Annual Report 2021/22", label="Annual Report 2021/22", opening="masthead", foot="Page {n}"
    )
    return render(path, _story, Meta(TITLE_2122, KELSTHORPE), furniture)


def _front() -> list[Flowable]:
    numbers = [
        ["The year in numbers", ""],
        ["Money available", pounds(AVAILABLE_2122)],
        ["Grants made (one later withdrawn)", "13"],
        ["Bids declined or withdrawn", "5"],
        ["Meetings of the Group", "4"],
        ["Priorities for 2022-25", "3"],
    ]
    return [
        Spacer(1, 6),
        p("Annual Report 2021/22", TITLE),
        p("Kelsthorpe Community Safety Partnership \u2014 published July 2022", SUBTITLE),
        notice(),
        p("Foreword from the Chair", H1),
        p(
            f"This is my first full year as Chair. The Responsible Authorities Group elected me on 15 June "
            f"2021, after {CHAIR_OLD} stood down at the May elections, and I am grateful to her and to "
            f"{VICE_OLD}, our police Vice-Chair until the end of September 2021, when she was promoted to a "
            f"post at Force Headquarters. {VICE} has been Vice-Chair since October."
        ),
        p(
            "It was a year of change. We adopted a new strategic intelligence assessment in November and, "
            "from it, three priorities for 2022 to 2025. We rewrote our terms of reference, and from 1 April "
            "2022 the Responsible Authorities Group is the Kelsthorpe Community Safety Partnership Board. "
            "The probation services became one in June 2021, and in July 2022 the integrated care board "
            "takes over from the clinical commissioning group."
        ),
        p(f"{CHAIR}, Chair", SMALL),
        Spacer(1, 6),
        rules(numbers, [220, 90], figs=(1,)),
        NextPageTemplate("sidebar"),
        PageBreak(),
    ]


def _who() -> list[Flowable]:
    members = [
        ["Member", "Organisation"],
        [f"{CHAIR} (Chair)", "Kelsthorpe District Council"],
        [f"{VICE} (Vice-Chair)", "Wetherdale Constabulary"],
        [COUNTY_REP, "Wetherdale County Council"],
        [FIRE_REP, "Wetherdale Fire and Rescue Service"],
        [PROBATION_REP, "The Probation Service"],
        [f"{CCG_REP}; {ICB_REP} from July 2022", "NHS Wetherdale CCG, then the ICB"],
        [SUBGROUP_CHAIR, "Office of the Police, Fire and Crime Commissioner"],
        [DPH_REP, "Wetherdale Public Health"],
        [YOS_REP, "Wetherdale Youth Offending Service"],
        [HOMES_REP, "Kelsthorpe Homes Trust"],
        [REFUGE_REP, "Wetherdale Women's Refuge Partnership"],
        [KVA_REP, "Kelsthorpe Voluntary Action"],
    ]
    return [
        p("Who we are", H1),
        p(
            "The Kelsthorpe Community Safety Partnership is the district's statutory partnership under the "
            "Crime and Disorder Act 1998. These were the members of its Board on 1 April 2022."
        ),
        grid(members, [170, MAIN - 170]),
        p("How the Board works from April 2022", H1),
        p(
            f"The Board meets quarterly. Its quorum is {QUORUM}. Its "
            f"Bids and Commissioning Sub-Group decides bids of up to {pounds(SUBGROUP_LIMIT)} in {ROUNDS}; "
            f"the Community Safety Lead Officer, {LEAD_OFFICER}, may approve grants of up to "
            f"{pounds(OFFICER_LIMIT)}. Larger bids go to the Board."
        ),
        p("Our priorities for 2022 to 2025", H1),
        p(
            "The Strategic Intelligence Assessment 2021 found that the harms growing fastest fall on the "
            "most "
            "vulnerable. The Group agreed these priorities on 10 November 2021:"
        ),
        *[p(f"<b>{i}.</b> {text}", TEXT) for i, text in enumerate(PRIORITIES_NEW, 1)],
        FrameBreak(),
        p("Key facts", SIDE_H),
        p(f"{POPULATION:,}", SIDE_BIG),
        p("residents of the district (mid-2020)", SIDE),
        p(pounds(AVAILABLE_2122), SIDE_BIG),
        p("available to the Community Safety Initiatives Fund in 2021/22", SIDE),
        p(pounds(SUBGROUP_LIMIT), SIDE_BIG),
        p("the Sub-Group's limit for a bid from April 2022, up from £5,000", SIDE),
        p("Meetings in 2021/22", SIDE_H),
        p("15 June 2021<br/>15 September 2021<br/>10 November 2021<br/>26 January 2022", SIDE),
        p("Contact", SIDE_H),
        p("Community Safety Team, Kelsthorpe District Council, Abbey Walk", SIDE),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


def _old_and_new() -> list[Flowable]:
    rows = [
        ["Priority of 2019-22", "From April 2022"],
        ["Domestic abuse",
         "Part of priority 1, widened to violence against women and girls, including stalking"],
        ["Anti-social behaviour", "Part of priority 3, with neighbourhood crime"],
        ["Rural and heritage crime", "Rural crime is part of priority 3; heritage crime is handled by the "
         "Neighbourhood and Rural Crime Group and is no longer a priority"],
        ["Drug-related harm, including county lines", "Led by the county Drug and Alcohol Strategy Group; "
         "county lines sits in priority 2"],
    ]  # fmt: skip
    return [
        p("What became of the old priorities", H1),
        striped(rows, [170, MAIN + 130 + 26 - 170]),
        Spacer(1, 4),
        p(
            "Stalking and harassment had risen by more than half in two years, and Kelsthorpe ranked 13th of "
            "15 similar areas for it; that is why the first priority names stalking."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
    ]


def _awards() -> list[Flowable]:
    rows = [["Project", "Organisation", "Decided by", "When", "Asked", "Awarded", "What happened later"]]
    for project, org, by, when, asked, awarded, later in AWARDS:
        rows.append([project, org, by, when, kpounds(asked), kpounds(awarded), later])
    rows.append(["<b>Total</b>", "", "", "", "", f"<b>{kpounds(COMMITTED_2122)}</b>", ""])
    return [
        p("Funding decisions 2021/22", H1),
        p(
            "Every grant from the Community Safety Initiatives Fund in the year, in thousands of pounds. "
            "\u201cAwarded\u201d is the final sum after any change."
        ),
        striped(rows, [150, 170, 66, 66, 50, 54, LAND - 556], figs=(4, 5), total=True),
        Spacer(1, 6),
        p(
            "Four bids were declined: a youth shelter in Brigsley and the market place CCTV extension (both "
            "capital works), path lighting at Harlby Community Garden (capital) and boxing sessions already "
            "paid for by the Commissioner. One applicant withdrew before its bid was heard.",
            SMALL,
        ),
        NextPageTemplate("columns"),
        PageBreak(),
    ]


def _money_and_stories() -> list[Flowable]:
    rows = [
        ["2021/22", "£"],
        ["Police, Fire and Crime Commissioner's grant", f"{GRANT_2122:,}"],
        ["Kelsthorpe District Council", f"{DC_2122:,}"],
        ["Wetherdale County Council", f"{COUNTY_2122:,}"],
        ["Brought forward from 2020/21", f"{BF_2122:,}"],
        ["<b>Available</b>", f"<b>{AVAILABLE_2122:,}</b>"],
        ["Final awards", f"{COMMITTED_2122:,}"],
        ["Returned unspent", f"({LNH_RETURNED:,})"],
        ["<b>Spent</b>", f"<b>{SPENT_2122:,}</b>"],
        ["<b>Carried forward</b>", f"<b>{CARRIED_2122:,}</b>"],
    ]
    return [
        p("The money", H1),
        p(
            f"In all the partnership had \u00a3{AVAILABLE_2122 / 1e6:.2f}m to spend, the county council "
            "contributing for the first time."
        ),
        rules(rows, [COLUMN - 58, 58], figs=(1,)),
        Spacer(1, 4),
        p(
            f"Of the {pounds(CARRIED_2122)} carried forward, {pounds(DHR_RESERVE_2223)} is held as a reserve "
            "for domestic homicide reviews and the rest goes to the 2022/23 bidding rounds."
        ),
        p("Making a difference", H1),
        p("A stalking advocate", H2),
        p(
            f"The Group deferred the bid in June until the Commissioner agreed to share the cost, and in "
            f"November awarded {words(STALKING_AWARD)}. The advocate has supported 41 victims since December."
        ),
        p("Operation Stubble", H2),
        p(
            f"After harvest thefts rose, the Group raised its award for the rural crime patrols to "
            f"{words(STUBBLE_AMENDED)}, the full sum the police had asked for."
        ),
        p("Wrong Crowd", H2),
        p(
            "Fathom Theatre took its play about county lines to six secondary schools in February and March "
            "2022, and 1,140 pupils saw it."
        ),
        p("Domestic homicide reviews", H1),
        p(
            "The review of the death of Adult B was published in February 2022. A second review (Adult C) "
            "began in October 2021 and will report in 2022/23."
        ),
        p("The year ahead", H1),
        p(
            f"In January the Commissioner indicated a grant of {pounds(GRANT_2223_INDICATED)} for 2022/23; "
            "it "
            f"was confirmed in March 2022 at {pounds(GRANT_2223)}. On 21 June 2022 the Board awarded "
            f"{pounds(STALKING_2223)} to the Wetherdale Stalking Casework Service for a second year of the "
            "stalking advocate."
        ),
        p(
            "From 1 July 2022 the NHS Wetherdale and Coldbeck Integrated Care Board replaces the clinical "
            f"commissioning group on the Board, represented by {ICB_REP}. A serious violence needs "
            "assessment "
            "will be ready for the Serious Violence Duty."
        ),
    ]


def _story() -> list[Flowable]:
    return [*_front(), *_who(), *_old_and_new(), *_awards(), *_money_and_stories()]
