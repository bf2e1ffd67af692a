"""Partnership U's annual reports. The Annual Report 2021/22 (July 2022): page 1 in the "aside" template
(the Chair's foreword beside a pull-quote and a fact box), the members in a table, how the Board works,
four priorities numbered, every award on a landscape page with the Commissioner's grant and the Council's
contribution in two columns and a totals COLUMN, stories on a three-column page restating sums in words,
the budget and the priorities for 2022/23 (two widened). The Annual Report 2022/23 (July 2023): the
outgoing Chair's foreword naming her successor, the members with who joined and left, the priorities of
2022/23 beside those from April 2023 (one passed to a county board), every award in £k with the sum
asked, first approved, the change and the final sum (a deferred bid, a Chair's action, an award
increased and one reduced), bids not funded, stories, the budget of both years as columns and a look
ahead to 2023/24."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.hollowmead_funding import (
    ANALYST,
    AVAILABLE_2122,
    AVAILABLE_2223,
    AWARDED_2122,
    AWARDED_2223,
    AWARDS_2122,
    BID,
    BROUGHT_FORWARD_2122,
    CARRIED_2122,
    CARRIED_2223,
    CHAIR_NEW,
    CHAIR_OLD,
    CHAIRS_ACTION,
    COUNCIL_2122,
    COUNCIL_2223,
    DHR_2223,
    DIRECTOR,
    GRANT_2122,
    GRANT_2223,
    GRANT_2324,
    JUNE_2023,
    LINES_CROSSED,
    MANAGER,
    MARSHALS,
    NEIGHBOURHOOD_BOARD,
    PRIORITIES_2122,
    PRIORITIES_2223,
    PRIORITIES_2324,
    VICE_NEW,
    VICE_OLD,
    final_awards_2223,
)
from evals.archive.hollowmead_layout import (
    ASIDE,
    SMALL,
    Furniture,
    bare,
    caption,
    dashes,
    fact_box,
    heading,
    k,
    note,
    notice,
    numbered,
    p,
    pounds,
    pull_quote,
    render_pages,
    short_date,
    spine,
    subheading,
    tags,
    title,
)
from evals.archive.names import HOLLOWMEAD, HOLLOWMEAD_BOARD, HOLLOWMEAD_FUND

TITLE_2122 = f"{HOLLOWMEAD} Annual Report 2021/22"
TITLE_2223 = f"{HOLLOWMEAD} Annual Report 2022/23"


def write_annual_report_2122(path: Path) -> Path:
    furniture = Furniture("Annual Report 2021/22", "HCSP/AR/2122", "2022-07-12")
    return render_pages(path, _report_2122, Meta(TITLE_2122, HOLLOWMEAD), furniture, first="aside")


def write_annual_report_2223(path: Path) -> Path:
    furniture = Furniture("Annual Report 2022/23", "HCSP/AR/2223", "2023-07-18")
    return render_pages(path, _report_2223, Meta(TITLE_2223, HOLLOWMEAD), furniture, first="aside")


def _how_it_works(meetings: str) -> Flowable:
    return tags(
        [
            (
                "Meetings",
                f"Four a year: the annual meeting in June, then September, January and March. {meetings}",
            ),
            ("Quorum", "Three of the five responsible authorities, one of them the Borough Council."),
            (
                "Chair",
                "Elected each year at the annual meeting in June, with a Vice-Chair from another "
                "responsible authority.",
            ),
            (
                "Funding",
                f"The {HOLLOWMEAD_FUND} (HCSG): the Commissioner's Community Safety Grant and a "
                "contribution from the Borough Council. The Board decides bids at its meetings.",
            ),
            (
                "Between meetings",
                "The Chair, after consulting the Vice-Chair, may award up to £5,000 when waiting would "
                "lose the benefit (a Chair's action), reported to the next meeting for ratification.",
            ),
            ("Support", f"{MANAGER}, Community Safety Partnership Manager, Hollowmead Borough Council."),
        ]
    )


def _report_2122() -> list[Flowable]:
    members = [
        ["Name", "Organisation", "Role on the Board"],
        [CHAIR_OLD, "Hollowmead Borough Council (Cabinet Member for Communities)", "Chair"],
        [VICE_OLD, "Wyvernshire Police (district commander)", "Vice-Chair"],
        [DIRECTOR, "Hollowmead Borough Council (Director of Communities)", "Lead officer"],
        [VICE_NEW, "Wyvernshire Fire and Rescue Service", "Member"],
        ["Marcus Blenkinsop", "The Probation Service, Wyvernshire", "Member"],
        [
            "Dr Priya Hallam",
            "Wyvernshire Clinical Commissioning Group (from 1 July 2022 the Wyvernshire Integrated Care "
            "Board)",
            "Member",
        ],
        ["Tamsin Greatorex", "Office of the Wyvernshire Police and Crime Commissioner", "Co-opted"],
        ["Ian Bellerby", "Hollowmead Homes", "Co-opted"],
    ]
    awards = [["Ref", "Project", "Lead organisation", "Priority", "PCC grant £", "Council £", "Total £"]]
    for ref, name, lead, priority, grant, council in AWARDS_2122:
        awards.append(
            [ref, name, lead, priority, bare(grant), bare(council) if council else "–", bare(grant + council)]
        )
    grant_total = sum(a[4] for a in AWARDS_2122)
    council_total = sum(a[5] for a in AWARDS_2122)
    awards.append(
        ["", "Total, six awards", "", "", bare(grant_total), bare(council_total), bare(AWARDED_2122)]
    )
    budget = [
        ["Budget 2021/22", "£"],
        ["Community Safety Grant, Wyvernshire Police and Crime Commissioner", pounds(GRANT_2122)],
        ["Hollowmead Borough Council contribution", pounds(COUNCIL_2122)],
        ["Brought forward from 2020/21", pounds(BROUGHT_FORWARD_2122)],
        ["Total available", pounds(AVAILABLE_2122)],
        ["Awards (section 3)", pounds(AWARDED_2122)],
        ["Partnership analyst (share of the Wyvernshire unit)", pounds(ANALYST)],
        ["Carried forward to 2022/23", pounds(CARRIED_2122)],
    ]
    descriptions = (
        "Minster Gate at night, and the estates of Brackwater East and Kilnsey Park.",
        "Supporting victims and their children and challenging perpetrators.",
        "Protecting young people from being drawn into dealing drugs across county lines.",
        "Residential burglary and theft of and from vehicles, including catalytic converters.",
    )
    return [
        *title(
            HOLLOWMEAD, "Annual Report 2021/22", "A year of the Community Safety Partnership in Hollowmead"
        ),
        notice(),
        *heading("", "Foreword from the Chair"),
        p(
            "This is the Partnership's report on the year from April 2021 to March 2022, the first full "
            "year after the lockdowns. The Board met four times and awarded grants to six projects across "
            "our four priorities."
        ),
        p(
            "Anti-social behaviour fell from the height of 2020-21, but domestic abuse-related crime kept "
            "rising. I am grateful to every partner, and to the volunteers of our Neighbourhood Watch "
            "groups and youth projects, for what they did this year."
        ),
        p(
            "At the annual meeting on Tues 21 Jun '22 the Board re-elected me as Chair and Supt Andrew "
            "Kettleby as Vice-Chair for 2022/23."
        ),
        p(f"<b>{CHAIR_OLD}</b><br/>Chair, {HOLLOWMEAD_BOARD}"),
        FrameBreak(),
        pull_quote(
            "Six projects, four priorities and one aim: a Hollowmead where people feel safe.",
            CHAIR_OLD,
            ASIDE,
        ),
        Spacer(1, 12),
        fact_box(
            "2021/22 at a glance",
            [
                (k(AWARDED_2122), "awarded to six projects"),
                ("4", "Board meetings"),
                ("5,212", "anti-social behaviour incidents, down from 6,930"),
            ],
            ASIDE,
        ),
        NextPageTemplate("page"),
        PageBreak(),
        *heading("1", "About the Partnership"),
        p(
            f"The {HOLLOWMEAD} is the community safety partnership for the Borough of Hollowmead under "
            "the Crime and Disorder Act 1998. Its responsible authorities are Hollowmead Borough Council, "
            "Wyvernshire Police, Wyvernshire Fire and Rescue Service, the Probation Service and the "
            "health service (the Clinical Commissioning Group, and from July 2022 the Integrated Care "
            "Board). The Office of the Police and Crime Commissioner and Hollowmead Homes sit on the "
            "Board as co-opted members."
        ),
        subheading("1.1", "Members of the Board in 2021/22"),
        spine(members, [140, 267, 80]),
        subheading("1.2", "How the Board works"),
        _how_it_works(""),
        *heading("2", "Our priorities for 2021/22"),
        p("The Partnership Plan 2021-24 set four priorities for 2021/22:"),
        numbered(
            [f"<b>{name}</b>: {text}" for name, text in zip(PRIORITIES_2122, descriptions, strict=True)]
        ),
        subheading("2.2", "What we did"),
        dashes(
            [
                "Priority 1: night marshals in Minster Gate on Friday and Saturday nights from June 2021, "
                "and detached youth workers in Kilnsey Park.",
                "Priority 2: more hours for Safe Harbour's Independent Domestic Violence Advisers, who "
                "supported 312 high-risk victims.",
                "Priority 3: Lines Crossed, a play about county lines, seen by 1,450 pupils in six schools.",
                "Priority 4: locks and door chains for 96 burglary victims, and four catalytic converter "
                "marking days.",
            ]
        ),
        NextPageTemplate("wide"),
        PageBreak(),
        *heading("3", "Funding in 2021/22"),
        p(
            f"The {HOLLOWMEAD_FUND} made six awards in 2021/22. The Council's contribution paid part of "
            "two of them; the rest came from the Police and Crime Commissioner's grant. The last column "
            "gives each award in total."
        ),
        caption("Table 3.1  Awards 2021/22 by source of funding (£)"),
        spine(awards, [68, 200, 210, 52, 70, 66, 70], figures=(4, 5, 6), total=True, total_column=True),
        note(
            "Priorities: P1 anti-social behaviour; P2 domestic abuse; P3 drugs, county lines and "
            "exploitation; P4 burglary and vehicle crime."
        ),
        NextPageTemplate("news"),
        PageBreak(),
        *heading("4", "Stories from the year"),
        p(
            "<b>Safer nights in Minster Gate.</b> Twelve thousand pounds, nine thousand of it from the "
            "Commissioner's grant, put two night marshals on the streets of Minster Gate every Friday and "
            "Saturday from June. Calls to the police about late-night disorder in the town centre fell by "
            "a fifth."
        ),
        p(
            "<b>Help when it matters.</b> Fourteen and a half thousand pounds paid for extra hours for "
            "Safe Harbour's advisers. One woman told us: \u201cmy adviser was there the day I left, and "
            "every day after.\u201d"
        ),
        pull_quote("My adviser was there the day I left, and every day after.", "A Safe Harbour client", 150),
        p(
            "<b>Lines Crossed.</b> Wyvern Youth Theatre's play about a boy drawn into dealing drugs "
            "toured six secondary schools. The award of four thousand two hundred pounds covered the "
            "actors, the workshops and the teachers' pack."
        ),
        p(
            "<b>Kilnsey Park.</b> Detached youth workers met 230 young people on the streets of the "
            "estate this year, and 41 joined the Friday football that followed."
        ),
        p(
            "<b>Safer Homes.</b> Five and a half thousand pounds from the Commissioner and the Council "
            "paid for locks, door chains and window alarms for victims of burglary, fitted by the Home "
            "Improvement Agency within a week of a report."
        ),
        p(
            "<b>Marking days.</b> Officers marked 380 catalytic converters at four events; thefts of "
            "converters fell by more than half."
        ),
        subheading("4.2", "Training"),
        p(
            "Partners ran eleven training sessions this year: domestic abuse awareness for 140 Council "
            "and housing staff, county lines awareness for taxi drivers, and Prevent training for the "
            "Board."
        ),
        subheading("4.3", "Domestic homicide reviews"),
        p(
            "No domestic homicide review was begun in 2021/22. The review begun in 2020/21 was sent to "
            "the Home Office in February 2022; its action plan is led by Safe Harbour."
        ),
        *heading("5", "Budget 2021/22"),
        spine(budget, [100, 52], figures=(1,)),
        note(
            "The analyst's share pays for the Wyvernshire Community Safety Analysis Unit's work for the "
            "Partnership."
        ),
        *heading("6", "Looking ahead to 2022/23"),
        p(
            "The Board reviewed the Partnership Plan in March 2022 and agreed the priorities for 2022/23. "
            "Two are widened: the first now takes in the night-time economy, and the second sexual "
            "violence."
        ),
        numbered([f"<b>{name}</b>" for name in PRIORITIES_2223]),
        p(
            f"The Commissioner has offered a grant of {pounds(GRANT_2223)} for 2022/23. The Board meets "
            f"on {short_date('2022-09-29')}, {short_date('2023-01-25')} and {short_date('2023-03-21')}; "
            "the grants round for 2022/23 closes on Fri 2 Sep '22."
        ),
        p(
            f"Contact: {MANAGER}, Community Safety Partnership Manager, Hollowmead Borough Council, "
            "Guildhall Yard, Hollowmead.",
            SMALL,
        ),
    ]


def _report_2223() -> list[Flowable]:
    members = [
        ["Name", "Organisation", "Role", "Change in 2022/23"],
        [CHAIR_OLD, "Hollowmead Borough Council", "Chair to 13 June 2023", "Left the Board in June 2023"],
        [CHAIR_NEW, "Hollowmead Borough Council", "Chair from 13 June 2023", "Joined in June 2023"],
        [VICE_OLD, "Wyvernshire Police", "Vice-Chair", "Retired on 31 March 2023"],
        ["Supt Olamide Ferris", "Wyvernshire Police", "Member", "Joined in April 2023"],
        [VICE_NEW, "Wyvernshire Fire and Rescue Service", "Vice-Chair from 13 June 2023", ""],
        [DIRECTOR, "Hollowmead Borough Council", "Lead officer", ""],
        ["Marcus Blenkinsop", "The Probation Service, Wyvernshire", "Member", ""],
        ["Dr Priya Hallam", "Wyvernshire Integrated Care Board", "Member", ""],
        ["Tamsin Greatorex", "Office of the Wyvernshire PCC", "Co-opted", ""],
        ["Bryony Castlemain", "Safe Harbour Domestic Abuse Service", "Co-opted", "Joined in January 2023"],
        ["Ian Bellerby", "Hollowmead Homes", "Co-opted", "Left in September 2022"],
    ]
    changes = [
        ["Priority from April 2023", "What changed"],
        [PRIORITIES_2324[0], "Replaces domestic abuse and sexual violence, widened to harassment in public"],
        [PRIORITIES_2324[1], "New: the Serious Violence Duty began on 31 January 2023"],
        [PRIORITIES_2324[2], "Kept"],
        [PRIORITIES_2324[3], "Kept, without the words county lines"],
        ["(no longer a priority)", f"Burglary and vehicle crime passed to the {NEIGHBOURHOOD_BOARD}"],
    ]
    decided = {
        "HCSG/22/01": "29 Sep 2022; reduced 13 Jun 2023",
        "HCSG/22/02": "Deferred 29 Sep 2022; approved 25 Jan 2023",
        "HCSG/22/04": "29 Sep 2022; increased 25 Jan 2023",
        "HCSG/22/05": "29 Sep 2022",
        "HCSG/22/06": "29 Sep 2022",
        "HCSG/22/07": "Chair's action 18 Nov 2022; ratified 25 Jan 2023",
    }
    awards = [
        [
            "Ref",
            "Project",
            "Lead organisation",
            "Priority",
            "Asked",
            "First approved",
            "Change",
            "Decided",
            "Final",
        ]
    ]
    for ref, name, lead, priority, asked, first, final in final_awards_2223():
        change = "–" if final == first else ("+" if final > first else "-") + k(abs(final - first))
        awards.append([ref, name, lead, priority, k(asked), k(first), change, decided[ref], k(final)])
    awards.append(
        [
            "",
            "Total",
            "",
            "",
            k(sum(a[4] for a in final_awards_2223())),
            k(sum(a[5] for a in final_awards_2223())),
            "",
            "",
            k(AWARDED_2223),
        ]
    )
    budget = [
        ["Budget", "2021/22", "2022/23"],
        ["Community Safety Grant, Wyvernshire PCC", pounds(GRANT_2122), pounds(GRANT_2223)],
        ["Hollowmead Borough Council contribution", pounds(COUNCIL_2122), pounds(COUNCIL_2223)],
        ["Brought forward", pounds(BROUGHT_FORWARD_2122), pounds(CARRIED_2122)],
        ["Total available", pounds(AVAILABLE_2122), pounds(AVAILABLE_2223)],
        ["Awards", pounds(AWARDED_2122), pounds(AWARDED_2223)],
        ["Partnership analyst", pounds(ANALYST), pounds(ANALYST)],
        ["Domestic homicide review reserve", "–", pounds(DHR_2223)],
        ["Carried forward", pounds(CARRIED_2122), pounds(CARRIED_2223)],
    ]
    june = sum(JUNE_2023.values())
    declined = [BID["HCSG/22/03"], BID["HCSG/22/08"]]
    return [
        *title(HOLLOWMEAD, "Annual Report 2022/23", "April 2022 to March 2023"),
        notice(),
        *heading("", "Foreword"),
        p(
            "This is my last report as Chair. In 2022/23 the Board met four times, made awards to six "
            "projects and, in January, agreed new priorities for 2023/24 from our Strategic Intelligence "
            "Assessment 2022."
        ),
        p(
            f"At the annual meeting on 13 June 2023 the Board elected {CHAIR_NEW} as its Chair and "
            f"{VICE_NEW} as Vice-Chair. I wish them well, and I thank Supt Andrew Kettleby, who retired "
            "from the police in March after four years as Vice-Chair."
        ),
        p(f"<b>{CHAIR_OLD}</b><br/>Chair, 2021 to 2023"),
        FrameBreak(),
        pull_quote("We have put violence against women and girls at the top of our list.", CHAIR_OLD, ASIDE),
        Spacer(1, 12),
        fact_box(
            "2022/23 at a glance",
            [
                (k(AWARDED_2223), "awarded to six projects"),
                ("1", "Chair's action between meetings"),
                ("4", "new priorities from April 2023"),
            ],
            ASIDE,
        ),
        NextPageTemplate("page"),
        PageBreak(),
        *heading("1", "The Board"),
        subheading("1.1", "Members in 2022/23 and since"),
        spine(members, [115, 160, 110, 102]),
        subheading("1.2", "How the Board works"),
        _how_it_works(
            f"In 2022/23 it met on {short_date('2022-06-21')}, {short_date('2022-09-29')}, "
            f"{short_date('2023-01-25')} and {short_date('2023-03-21')}."
        ),
        *heading("2", "Priorities"),
        subheading("2.1", "Our priorities in 2022/23"),
        numbered([f"P{i}  {name}" for i, name in enumerate(PRIORITIES_2223, start=1)]),
        subheading("2.2", "Priorities from April 2023"),
        p(
            "The Strategic Intelligence Assessment 2022 found that violence against women and girls and "
            "serious violence did the most harm. On 25 January 2023 the Board agreed four priorities for "
            "2023/24:"
        ),
        spine(changes, [200, 287]),
        NextPageTemplate("wide"),
        PageBreak(),
        *heading("3", "Funding in 2022/23"),
        p(
            "Every award of the year, in thousands of pounds (£k). The final column is what each project "
            "received once the year's changes are made; the first approved column is the sum first agreed."
        ),
        caption("Table 3.1  Awards 2022/23 (£k)"),
        spine(
            awards,
            [62, 158, 150, 42, 44, 54, 44, 140, 40],
            figures=(4, 5, 6, 8),
            total=True,
            total_column=True,
        ),
        note(
            "Priorities: P1 anti-social behaviour and a safe night-time economy; P2 domestic abuse and "
            "sexual violence; P3 drugs, county lines and exploitation; P4 burglary and vehicle crime. "
            f"HCSG/22/01 returned {k(MARSHALS[0] - MARSHALS[1])} when the Board reduced the award in June "
            "2023, because the marshals started in June rather than April."
        ),
        subheading("3.2", "Bids not funded"),
        dashes(
            [
                f"{ref} {name} ({lead}), {k(asked)} asked: declined, capital works."
                for ref, name, lead, _, asked in declined
            ]
        ),
        NextPageTemplate("news"),
        PageBreak(),
        *heading("4", "Stories from the year"),
        p(
            "<b>Moving On.</b> Safe Harbour's survivors' programme waited a meeting for its costings, "
            "then won eight thousand nine hundred pounds in January. Twenty-two women have completed the "
            "twelve-week course so far."
        ),
        p(
            "<b>Winter Nights.</b> When anti-social behaviour in Brackwater East doubled last autumn, the "
            f"Chair used her power to act between meetings and found {pounds(CHAIRS_ACTION)} for six "
            "weekend evening sessions at the community hall. Calls about young people gathering fell by a "
            "third over the winter."
        ),
        pull_quote(
            "The hall was full every Friday. The bus shelter was empty.", "A Brackwater youth worker", 150
        ),
        p(
            "<b>Lines Crossed goes further.</b> Wyvern Youth Theatre's play reached two more schools "
            f"after the Board added {pounds(LINES_CROSSED[1] - LINES_CROSSED[0])} to its award, taking it "
            "to six thousand one hundred and fifty pounds."
        ),
        p(
            "<b>Night Marshals.</b> The marshals returned to Minster Gate in June 2022. The scheme has "
            "handed back the money for the two months it did not run."
        ),
        p(
            "<b>Safer Nights.</b> Door staff and bar workers at 34 licensed premises were trained to spot "
            "and help vulnerable customers."
        ),
        subheading("4.2", "Training"),
        p(
            "Partners ran nine training sessions: stalking awareness for 60 frontline staff, the Serious "
            "Violence Duty for the Board in January, and exploitation awareness for school staff."
        ),
        subheading("4.3", "Domestic homicide reviews"),
        p(
            "One domestic homicide review was begun in November 2022 and is paid for from the reserve of "
            f"{pounds(DHR_2223)}. It is not yet published."
        ),
        *heading("5", "Budget"),
        caption("Table 5.1  Budget, 2021/22 and 2022/23"),
        spine(budget, [68, 42, 42], figures=(1, 2), total=True),
        note("The carried forward figure for 2022/23 includes the £1,600 returned on HCSG/22/01."),
        *heading("6", "Looking ahead to 2023/24"),
        p(
            f"The Commissioner's grant for 2023/24 is {pounds(GRANT_2324)}, a cut of "
            f"{pounds(GRANT_2223 - GRANT_2324)}. At its annual meeting on 13 June 2023 the Board made its "
            f"first awards for 2023/24, {pounds(june)} to four projects, and deferred a bid for knife "
            "crime workshops to September."
        ),
        p(
            f"The Board meets on {short_date('2023-09-19')}, {short_date('2024-01-16')} and "
            f"{short_date('2024-03-19')}.",
        ),
        p(f"Contact: {MANAGER}, Community Safety Partnership Manager, Hollowmead Borough Council.", SMALL),
    ]
