"""Partnership AC's Annual Report 2022-23, published July 2023: page 1 under the teal masthead with the new
Chair's foreword (the Chair of the year having stood down at the May elections), a contents list and the year
at a glance; "Section" headings; a page with a sand margin of notes beside the partnership, its members and
the four lettered priorities of 2021-24 with a story restating a grant in words; the year's awards on a
landscape page in a boxed table with dates as "18/05/2022" and sums in plain pounds under "£", an award
withdrawn and a bid declined as capital works; then on two columns the money and the year ahead (the
allocations for 2023-24 by priority, the Commissioner's allocation cut, a new Serious Violence Duty grant,
a strategic assessment due in the autumn)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAITHWICK
from evals.archive.staithwick_facts import (
    ALLOC_2324,
    AVAILABLE_2223,
    AWARDS_2223,
    CARRIED_2122,
    CHAIR_2223,
    CHAIR_2324,
    CHOICES_ASK_2223,
    COMMITTED_2223,
    COUNCIL,
    COUNCIL_2223,
    COUNCIL_2324,
    DA_SERVICE,
    DECLINED_2223,
    FIRE,
    GRANT_2223,
    GRANT_2324,
    HOUSING,
    ICB,
    MANAGER,
    OPCC,
    PCC,
    POLICE,
    PRIORITIES_2124,
    PROBATION_SERVICE,
    PUBLIC_HEALTH_BODY,
    SVD_2324,
    UNDERSPEND_2223,
    WITHDRAWN_2223,
    YJS,
)
from evals.archive.staithwick_layout import (
    COLUMN,
    H1,
    H2,
    LAND,
    MARGIN_NOTE,
    NOTE,
    PULL,
    SUBTITLE,
    TITLE,
    Furniture,
    boxed,
    ledger,
    notice,
    p,
    plain,
    pounds,
    render,
    slash_date,
)

TITLE_2223 = "Staithwick Community Safety Partnership Annual Report 2022-23"
SECTIONS = (
    ("Foreword", 1),
    ("Who we are", 2),
    ("Our priorities 2021-24", 2),
    ("What we funded in 2022-23", 3),
    ("The money", 4),
    ("Looking ahead to 2023-24", 4),
)
LETTERS = ("A", "B", "C", "D")


def write_annual_report_2223(path: Path) -> Path:
    furniture = Furniture(
        "Annual Report 2022-23",
        label="ANNUAL REPORT 2022-23",
        opening="masthead",
        foot="Staithwick Community Safety Partnership \u2014 Annual Report 2022-23 \u2014 {n}",
        foot_at="left",
        ruled=True,
    )
    return render(path, _story, Meta(TITLE_2223, STAITHWICK), furniture)


def _section(n: int) -> Flowable:
    return p(f"Section {n}: {SECTIONS[n - 1][0]}", H1)


def _priority(letter: str) -> str:
    return PRIORITIES_2124[LETTERS.index(letter)]


def _story() -> list[Flowable]:
    contents = [["", "Section", "Page"]]
    contents += [[str(i + 1), title, str(page)] for i, (title, page) in enumerate(SECTIONS)]
    glance = [
        ["2022-23 at a glance", ""],
        ["Grants awarded by the Board and under delegation", str(len(AWARDS_2223))],
        ["Value of grants awarded", pounds(COMMITTED_2223)],
        ["Board meetings held", "6"],
        ["Domestic abuse victims supported by the hospital IDVA", "212"],
        ["Street Pastor patrol nights in Harbourside", "94"],
    ]
    awards = [["Project", "Lead organisation", "Priority", "Approved", "Decided by", "£"]]
    for project, lead, letter, amount, decided, by in AWARDS_2223:
        priority = f"{letter}. {_priority(letter)}"
        awards.append([project, lead, priority, slash_date(decided), by, plain(amount)])
    awards.append(["<b>Total awarded</b>", "", "", "", "", f"<b>{plain(COMMITTED_2223)}</b>"])
    w_project, w_lead, _, w_amount, w_date = WITHDRAWN_2223
    d_project, d_lead, d_amount = DECLINED_2223
    money = [
        ["Community Safety Fund 2022-23", "£"],
        [f"Allocation from the {PCC}", plain(GRANT_2223)],
        [f"Contribution from {COUNCIL}", plain(COUNCIL_2223)],
        ["Carried forward from 2021-22", plain(CARRIED_2122)],
        ["Total available", plain(AVAILABLE_2223)],
        ["Awarded (Section 4)", plain(COMMITTED_2223)],
        ["Underspend carried forward to 2023-24", plain(UNDERSPEND_2223)],
    ]
    alloc = [["Priority", "2023-24 allocation"]]
    alloc += [[f"{letter}. {_priority(letter)}", pounds(amount)] for letter, amount in ALLOC_2324]
    letters = [p(f"<b>{letter}.</b> {text}") for letter, text in zip(LETTERS, PRIORITIES_2124, strict=True)]
    return [
        Spacer(1, 4),
        p("Annual Report 2022-23", TITLE),
        p("1 April 2022 to 31 March 2023 &#183; published July 2023", SUBTITLE),
        notice(),
        _section(1),
        p(
            "I took the chair of the Partnership Board on 17th May 2023, so this report describes a year "
            "led "
            f"by my predecessor. {CHAIR_2223}, the council's Cabinet Member for Communities, chaired the "
            "Board "
            "throughout 2022-23 and stood down when she did not seek re-election at the local elections in "
            "May 2023. I want to thank her for three years of steady leadership."
        ),
        p(
            "It was a year in which violence with injury and shoplifting rose while burglary fell again. Our "
            "grants went mostly to work with victims of domestic abuse and to keeping Harbourside and "
            "the Old "
            "Town safe at night. Next year brings less money from the Commissioner but a new grant for "
            "serious violence, and a strategic assessment that will shape our priorities from 2024."
        ),
        p(f"<i>{CHAIR_2324}, Chair of the Partnership Board, July 2023</i>", NOTE),
        p("Contents", H2),
        ledger(contents, [30, 260, 40], figs={2}),
        Spacer(1, 8),
        ledger(glance, [300, 90], figs={1}),
        NextPageTemplate("margin"),
        PageBreak(),
        p("In brief", MARGIN_NOTE),
        p("6", PULL),
        p("Board meetings in the year, every other month, in Harbour House.", MARGIN_NOTE),
        p("4", PULL),
        p("priorities, lettered A to D, agreed for 2021 to 2024.", MARGIN_NOTE),
        p(
            f"Small grants of up to £2,500 can be approved by the Community Safety Manager, {MANAGER}, "
            "between meetings and are reported to the Board.",
            MARGIN_NOTE,
        ),
        FrameBreak(),
        _section(2),
        p(
            "Staithwick Community Safety Partnership is the statutory partnership for the area of "
            f"{COUNCIL}, set up under the Crime and Disorder Act 1998. Its responsible authorities are "
            f"{COUNCIL}, {POLICE}, {FIRE}, {PROBATION_SERVICE} and the {ICB}. The {OPCC}, {YJS}, "
            f"{PUBLIC_HEALTH_BODY}, {HOUSING} and {DA_SERVICE} attend the Board without the statutory duty."
        ),
        p(
            "The Partnership Board sets priorities and decides the larger grants from the Community Safety "
            "Fund. Its Funding and Performance Group, chaired by the Community Safety Manager, appraises "
            "bids "
            "and watches performance between Board meetings."
        ),
        _section(3),
        p("Our community safety plan for 2021 to 2024 has four priorities:"),
        *letters,
        p(
            "Each priority has a lead partner and a short action plan, reviewed at every second Board "
            "meeting."
        ),
        p("A story from the year: Street Pastors", H2),
        p(
            "Thirty-one trained volunteers from Harbourside's churches walked the quayside on Friday and "
            "Saturday nights, giving out water, flip-flops and foil blankets and calling for help when "
            "it was "
            "needed. The Board's grant of six and a half thousand pounds paid for training, radios and the "
            "base at the Seamen's Mission. Police recorded fewer night-time assaults on the quay than in any "
            "year since 2019."
        ),
        p("A story from the year: knife crime education", H2),
        p(
            f"The Youth Justice Service asked for {pounds(CHOICES_ASK_2223)} for its Choices sessions; the "
            "Board gave a little under nine thousand pounds and the service reached every secondary "
            "school in "
            "the borough but one."
        ),
        NextPageTemplate("landscape"),
        PageBreak(),
        _section(4),
        p(
            "The Board made seven awards in 2022-23 and the Community Safety Manager one under delegated "
            "powers. Every amount is in pounds."
        ),
        boxed(awards, [170, 150, 190, 62, 120, LAND - 692], figs={5}),
        Spacer(1, 6),
        p(
            f"<b>Withdrawn.</b> {pounds(w_amount)} awarded to {w_lead} for {w_project} on "
            f"{slash_date(w_date)} was withdrawn in December 2022, when the trust lost its volunteer coach; "
            "nothing had been paid and the money returned to the fund."
        ),
        p(
            f"<b>Declined.</b> A bid of {pounds(d_amount)} from {d_lead} for {d_project} was declined on "
            "21/09/2022: the fund pays for projects and services, not capital works."
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        _section(5),
        p(
            "The fund is made up of the Commissioner's annual allocation to Staithwick, the council's own "
            "contribution and anything left from the year before."
        ),
        ledger(money, [COLUMN - 70, 70], figs={1}),
        Spacer(1, 6),
        p(
            "The whole underspend was carried forward to 2023-24 with the Commissioner's agreement, because "
            "two larger bids expected in the spring were not ready in time."
        ),
        p("Training", H2),
        p(
            "Partners ran four sessions on the Serious Violence Duty and two on cuckooing for housing and "
            "fire staff. 148 people attended."
        ),
        p("Domestic homicide reviews", H2),
        p("No new domestic homicide review was commissioned in 2022-23."),
        FrameBreak(),
        _section(6),
        p(
            f"The Commissioner's allocation for 2023-24 falls to {pounds(GRANT_2324)}. The council will "
            "again "
            f"contribute {pounds(COUNCIL_2324)}. In addition, the Commissioner will pass to us "
            f"{pounds(SVD_2324)} of Serious Violence Duty funding, ring-fenced for work under that duty."
        ),
        p("The Board agreed these indicative allocations for 2023-24 on 15th March 2023:"),
        ledger(alloc, [COLUMN - 70, 70], figs={1}),
        Spacer(1, 6),
        p(
            "A strategic assessment of crime and disorder will be produced in the autumn of 2023 so that the "
            "Board can set new priorities for 2024 to 2027."
        ),
        p(
            "Bids for 2023-24 close on 28th April 2023 for the Board meeting in May. Application forms are "
            "available from the Community Safety Team at Harbour House."
        ),
    ]
