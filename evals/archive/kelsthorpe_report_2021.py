"""Partnership AF's Annual Report 2020-21 (July 2021): Times with Helvetica-Bold headings under the plum
masthead; page 1 the contents and the new Chair's foreword (who chaired the year, who chairs now); page 2 on
two columns with a plum rule between them (the partnership's members, how the Responsible Authorities Group
meets and decides with the old quorum and limits, the four priorities of 2019-22 told as one sentence); a
landscape page of the year's twelve awards with "Date approved" written "16.06.20" and the bid declined as
capital works; then on two columns the money, stories restating awards in words, a domestic homicide review
and the year ahead."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.kelsthorpe_facts import (
    AVAILABLE_2021,
    AWARDS_2021,
    BF_2021,
    CARRIED_2021,
    CCG,
    CHAIR,
    CHAIR_OLD,
    COMMITTED_2021,
    COUNCIL,
    COUNTY,
    COUNTY_2122,
    CRC,
    DC_2021,
    DECLINED_2021,
    FIRE,
    FUND,
    GRANT_2021,
    GRANT_2122,
    HOMES,
    KVA,
    LNH_RETURNED_2021,
    NPS,
    OFFICER_LIMIT_OLD,
    OPFCC,
    POLICE,
    PRIORITIES_OLD,
    PUBLIC_HEALTH,
    QUORUM_OLD,
    RAG,
    REFUGE,
    ROUNDS_OLD,
    RURAL_SERGEANT,
    SPENT_2021,
    SUBGROUP,
    SUBGROUP_LIMIT_OLD,
    VICE_OLD,
    YOS,
)
from evals.archive.kelsthorpe_layout import (
    COLUMN,
    H1,
    H2,
    LAND,
    QUOTE,
    SMALL,
    SUBTITLE,
    TITLE,
    Furniture,
    dotted_date,
    notice,
    p,
    pounds,
    render,
    rules,
    striped,
    words,
)
from evals.archive.names import KELSTHORPE

TITLE_2021 = "Kelsthorpe Community Safety Partnership Annual Report 2020-21"
PRIORITY_SHORT = {0: "All", 1: "Domestic abuse", 2: "ASB", 3: "Rural & heritage", 4: "Drugs"}


def write_annual_report_2021(path: Path) -> Path:
    furniture = Furniture("Annual Report 2020-21", label="Annual Report 2020-21", opening="masthead")
    return render(path, _story, Meta(TITLE_2021, KELSTHORPE), furniture)


def _award(name: str) -> int:
    return next(a[3] for a in AWARDS_2021 if a[0] == name)


def _front() -> list[Flowable]:
    contents = (
        "1. Foreword",
        "2. About the partnership",
        "3. Our priorities",
        "4. What we funded in 2020-21",
        "5. The money",
        "6. Making a difference",
        "7. Domestic homicide reviews",
        "8. Looking ahead to 2021-22",
    )
    return [
        Spacer(1, 6),
        p("Annual Report 2020-21", TITLE),
        p("Kelsthorpe Community Safety Partnership \u2014 April 2020 to March 2021", SUBTITLE),
        notice(),
        Spacer(1, 6),
        p("Contents", H1),
        p("<br/>".join(contents), SMALL),
        p("1. Foreword", H1),
        p(
            f"I became Chair of the {RAG} on 15 June 2021, so this report describes a year led by my "
            f"predecessor, {CHAIR_OLD}, who chaired the partnership from May 2019 until she stood down at "
            "the "
            "District Council elections in May 2021. I want to thank her for steering us through a year "
            "that nobody planned for."
        ),
        p(
            "When the first lockdown began, partners moved their meetings online within a fortnight. The "
            "Group met four times on screen, and once, in April 2020, the Chair and Vice-Chair used the "
            "urgency procedure to fund outreach for people shut in with an abuser. Our police Vice-Chair, "
            f"{VICE_OLD}, kept the Group's attention on the villages as well as the town."
        ),
        p(
            "\u201cThe year showed what a district partnership is for: people who know each other, "
            "acting quickly.\u201d",
            QUOTE,
        ),
        p(f"{CHAIR}, Chair, Kelsthorpe Responsible Authorities Group, July 2021", SMALL),
        NextPageTemplate("columns"),
        PageBreak(),
    ]


def _about() -> list[Flowable]:
    authorities = (COUNCIL, COUNTY, POLICE, FIRE, f"{NPS} and the {CRC}", CCG)
    others = (OPFCC, YOS, PUBLIC_HEALTH, HOMES, REFUGE, KVA)
    return [
        p("2. About the partnership", H1),
        p(
            "Community safety partnerships were created by the Crime and Disorder Act 1998. In Kelsthorpe "
            f"the partnership's strategic body is the {RAG}, which brings together the bodies with a legal "
            "duty to work together to reduce crime and disorder, anti-social behaviour, substance misuse "
            "and reoffending."
        ),
        p("Responsible authorities", H2),
        p("<br/>".join(f"\u2013 {a}" for a in authorities), SMALL),
        p("Also at the table", H2),
        p("<br/>".join(f"\u2013 {a}" for a in others), SMALL),
        p("How the Group works", H2),
        p(
            "The Group meets quarterly. A meeting is quorate when "
            f"{QUORUM_OLD}, are present. The District Council's Cabinet Member for Communities chairs it and "
            "the Constabulary's district commander is Vice-Chair."
        ),
        p(
            f"The Group spends the {FUND}. Bids of up to {pounds(SUBGROUP_LIMIT_OLD)} are decided by its "
            f"{SUBGROUP}, which runs {ROUNDS_OLD}; the Community Safety Lead Officer may approve grants of "
            f"up to {pounds(OFFICER_LIMIT_OLD)}; anything larger goes to the Group itself."
        ),
        p("3. Our priorities", H1),
        p(
            "Our priorities for 2019 to 2022, set from the 2018 strategic assessment, are "
            + "; ".join(x.lower() for x in PRIORITIES_OLD[:-1])
            + f"; and {PRIORITIES_OLD[-1].lower()}. They stay in place until the partnership agrees new "
            "ones from the strategic intelligence assessment due in the autumn of 2021."
        ),
        p(
            "Lockdown changed how each priority looked: domestic abuse calls rose when people were shut in "
            "together, anti-social behaviour reports included thousands of reported breaches of the "
            "coronavirus rules, and thefts from farms and rural premises went on rising."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
    ]


def _awards() -> list[Flowable]:
    rows = [["Project", "Delivered by", "Priority", "Decided by", "Date approved", "Amount"]]
    for name, lead, priority, amount, when, by in AWARDS_2021:
        rows.append([name, lead, PRIORITY_SHORT[priority], by, dotted_date(when), pounds(amount)])
    rows.append(["<b>Total awarded</b>", "", "", "", "", f"<b>{pounds(COMMITTED_2021)}</b>"])
    project, applicant, asked, when = DECLINED_2021
    return [
        p("4. What we funded in 2020-21", H1),
        p(
            f"Twelve awards were made from the {FUND} during the year. \u201cRAG\u201d is the "
            f"{RAG}; \u201cSub-Group\u201d is the {SUBGROUP}."
        ),
        striped(rows, [190, 190, 88, 88, 78, LAND - 634], figs=(5,), total=True),
        Spacer(1, 6),
        p(
            f"One bid was declined: {applicant} asked for {pounds(asked)} for the {project}. The Group "
            f"decided on {dotted_date(when)} that the fund does not pay for capital works and referred the "
            "town council to the District Council's capital programme.",
            SMALL,
        ),
        NextPageTemplate("columns"),
        PageBreak(),
    ]


def _money() -> list[Flowable]:
    rows = [
        ["", "£"],
        ["Grant from the Police, Fire and Crime Commissioner", f"{GRANT_2021:,}"],
        ["Contribution from Kelsthorpe District Council", f"{DC_2021:,}"],
        ["Brought forward from 2019-20", f"{BF_2021:,}"],
        ["<b>Available</b>", f"<b>{AVAILABLE_2021:,}</b>"],
        ["Awarded", f"{COMMITTED_2021:,}"],
        ["Returned unspent", f"({LNH_RETURNED_2021:,})"],
        ["<b>Spent</b>", f"<b>{SPENT_2021:,}</b>"],
        ["<b>Carried forward to 2021-22</b>", f"<b>{CARRIED_2021:,}</b>"],
    ]
    return [
        p("5. The money", H1),
        rules(rows, [COLUMN - 60, 60], figs=(1,)),
        Spacer(1, 4),
        p(
            "The Late Night Helpers handed back part of their grant because the pubs and clubs of "
            "Kelsthorpe Abbey were shut for most of the year."
        ),
        p("6. Making a difference", H1),
        p("Safe at Home", H2),
        p(
            f"In April 2020 the Chair and Vice-Chair agreed, under the urgency procedure, "
            f"{words(_award('Safe at Home lockdown outreach'))} for the {REFUGE} to run a text and "
            "doorstep outreach service for people in lockdown with an abuser. It reached 143 people "
            "between April and September."
        ),
        p("Operation Stubble", H2),
        p(
            f"{RURAL_SERGEANT} led evening patrols of farms and quarries at harvest time, paid for with "
            f"{words(_award('Operation Stubble rural crime patrols'))} from the fund. The patrols recovered "
            "two stolen quad bikes and a trailer and made nine arrests."
        ),
        p("Saltersgate car park", H2),
        p(
            "The District Council's upgrade of the Saltersgate car park cameras, approved in December, "
            "was held up by a shortage of parts; the new cameras are now due in the summer of 2021."
        ),
        p("7. Domestic homicide reviews", H1),
        p(
            "The partnership commissioned one domestic homicide review in the year (Adult B), after the "
            "death of a woman in Northgate in October 2020. The review is chaired independently and will "
            "report to the Home Office in 2021-22."
        ),
        p("8. Looking ahead to 2021-22", H1),
        p(
            f"The Commissioner's grant for 2021-22 falls to {pounds(GRANT_2122)}. For the first time "
            f"{COUNTY} will contribute, giving {pounds(COUNTY_2122)}. On 26 June 2021 the National "
            "Probation Service and the Community Rehabilitation Company come together as The Probation "
            "Service, which will take both seats' place on the Group."
        ),
        p(
            "The county's community safety analyst is preparing a strategic intelligence assessment for "
            "the autumn, from which the Group will set its priorities for 2022 to 2025."
        ),
    ]


def _story() -> list[Flowable]:
    return [*_front(), *_about(), *_awards(), *_money()]
