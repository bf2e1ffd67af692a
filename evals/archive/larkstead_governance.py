"""Partnership AA's governance papers. Terms of Reference version 3.0 (April 2024) on two-column pages with
clauses numbered "6.2" and pages numbered in Roman numerals: purpose, a membership table with who votes,
the Chair and Vice-Chair in post, meetings, the quorum and the delegated limit raised with the old ones
stated, a recorded vote over a limit, voting, delivery groups and their chairs, a table of versions. The
Local Safety Fund tracker for 2023-24 printed from a spreadsheet at 31 March 2024 on landscape pages, with
column letters and row numbers, dates as "12-Jul-23" and sums as "14,000.00", split across two pages with
its header row repeated, and an income block. And the record of an officer decision under delegated powers
of 14 February 2024, a printed form with typed entries, a sum in words and a drawn signature, which the
build scans to images: a grant approved and an award reduced after a leisure centre closed."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from evals.archive.common import FICTIONAL, Meta
from evals.archive.larkstead_facts import (
    ALLOCATION_2324,
    AVAILABLE_2324,
    AWARDED_2324,
    BIDS_2324,
    CARRIED_2223,
    CHAIR,
    COUNTY_PH_2324,
    DISTRICT_2324,
    HEAD,
    HOUSING_REP,
    LEAGUE_DELIVERED,
    LEAGUE_FINAL,
    LEAGUE_FIRST,
    LEAGUE_SESSIONS,
    NEW_LIMIT,
    OFFICER,
    OLD_LIMIT,
    OPFCC_REP,
    PAID_2324,
    PRIORITIES_2427,
    VICE,
    VICE_OLD,
    VOTE_LIMIT,
    WA_REP,
    WATCH_AWARD,
)
from evals.archive.larkstead_layout import (
    COLUMN,
    FORM_TEXT,
    FORM_TITLE,
    LAND_WIDTH,
    SMALL,
    WIDTH,
    Furniture,
    PenSignature,
    excel_date,
    form_grid,
    framed,
    heading,
    masthead,
    note,
    p,
    plain,
    pounds,
    render_pages,
    sheet,
    subheading,
)
from evals.archive.names import LARKSTEAD

TITLE_TERMS = "Larkstead Community Safety Partnership Terms of Reference, version 3.0 (April 2024)"
TITLE_TRACKER = "Larkstead Local Safety Fund tracker 2023-24 (position at 31 March 2024)"
TITLE_DECISION = "Larkstead District Council record of an officer decision under delegated powers DD/2024/02"


def write_terms(path: Path) -> Path:
    furniture = Furniture("Terms of Reference v3.0", kind="TERMS OF REFERENCE", foot="– {roman} –")
    return render_pages(path, _terms, Meta(TITLE_TERMS, LARKSTEAD), furniture)


def write_tracker(path: Path) -> Path:
    furniture = Furniture(
        "LSF 2023-24", sheet="LSF_tracker_2023-24_FINAL.xlsx", printed="Printed 02/04/2024 09:14"
    )
    return render_pages(path, _tracker, Meta(TITLE_TRACKER, LARKSTEAD), furniture, first="landscape")


def write_delegated_decision(path: Path) -> Path:
    """The printed and typed original; the build ships only its scan."""
    return render_pages(path, _decision, Meta(TITLE_DECISION, LARKSTEAD), Furniture("", plain=True))


def _clause(number: str, text: str) -> Flowable:
    return p(f"<b>{number}</b>&nbsp; {text}")


def _terms() -> list[Flowable]:
    members = [
        ["Organisation", "Represented by", "Votes"],
        ["Larkstead District Council *", "Portfolio Holder for Communities; Head of Communities", "1"],
        ["Corringshire County Council *", "Cabinet member; Director of Public Health or nominee", "1"],
        ["Corringshire Constabulary *", "District commander (Chief Inspector)", "1"],
        ["Corringshire Fire and Rescue Service *", "Group Manager for the district", "1"],
        ["The Probation Service *", "Head of the Larkstead and Vale delivery unit", "1"],
        ["NHS Corringshire Integrated Care Board *", "Place director or nominee", "1"],
        ["Office of the Police, Fire and Crime Commissioner", "Commissioning Manager", "1"],
        ["Larkstead and District Women's Aid", "Chief Executive", "1"],
        ["Larkstead Youth Trust", "Director", "1"],
        ["Lark Valley Housing", "Head of Neighbourhoods", "1"],
        ["Larkstead Town Centre BID", "Manager (invited for town-centre items)", "—"],
    ]
    groups = [
        ["Delivery group", "Chair"],
        [f"{PRIORITIES_2427[0]}", f"{WA_REP}, Women's Aid"],
        [f"{PRIORITIES_2427[1]}", f"{VICE}, Constabulary"],
        [f"{PRIORITIES_2427[2]}", f"{HOUSING_REP}, Lark Valley Housing"],
        [f"{PRIORITIES_2427[3]} (task and finish)", f"{OPFCC_REP}, OPFCC"],
    ]
    versions = [
        ["Version", "Adopted", "Main changes"],
        ["1.0", "June 2019", "First terms of reference of the Leadership Board"],
        ["2.0", "May 2022", "Partnership Plan 2022-24; delegated limit of £4,000; the county council joins"],
        [
            "3.0",
            "17 April 2024",
            "Quorum and delegated limit raised; recorded votes; delivery groups for 2024-27",
        ],
    ]
    return [
        *masthead(
            "Governance",
            "Terms of Reference of the Leadership Board",
            "Version 3.0, adopted by the Board on 17 April 2024. Replaces version 2.0 of May 2022.",
        ),
        Spacer(1, 8),
        heading("Purpose", "1"),
        _clause(
            "1.1",
            "The Leadership Board is the strategic board of the Larkstead Community Safety Partnership, the "
            "statutory partnership for the district under sections 5 to 7 of the Crime and Disorder Act "
            "1998.",
        ),
        _clause(
            "1.2",
            "It sets the Partnership's priorities from a strategic assessment, agrees and monitors the "
            "Partnership Plan, and decides how the Local Safety Fund is spent.",
        ),
        heading("Membership", "2"),
        _clause(
            "2.1",
            "The members are listed below. Responsible authorities are marked *. Each member organisation "
            "has one vote, however many of its officers attend.",
        ),
        framed(members, (190, 230, WIDTH - 420)),
        Spacer(1, 4),
        _clause(
            "2.2",
            f"At the adoption of this version the Chair is {CHAIR} (elected 24 January 2024) and the "
            f"Vice-Chair is {VICE} (elected 17 April 2024, succeeding {VICE_OLD}).",
        ),
        NextPageTemplate("columns"),
        PageBreak(),
        heading("Chair and Vice-Chair", "3"),
        _clause(
            "3.1",
            "The Chair and Vice-Chair are elected by the Board at its annual meeting, the first meeting "
            "after "
            "1 April, and must come from different responsible authorities.",
        ),
        _clause("3.2", "No one may be Chair for more than three years in a row."),
        _clause(
            "3.3",
            "If the Chair's post falls vacant between annual meetings, the Vice-Chair chairs the Board until "
            "it elects a new Chair.",
        ),
        heading("Meetings", "4"),
        _clause(
            "4.1",
            "The Board meets four times a year, in April, July, October and January. The Chair may call an "
            "extra meeting on five working days' notice.",
        ),
        _clause("4.2", "Papers are sent out five working days before each meeting."),
        _clause("4.3", "Meetings may be held in person, online or both."),
        heading("Quorum", "5"),
        _clause(
            "5.1",
            "A meeting is quorate when five members are present, at least three of them from responsible "
            "authorities. Until this version the quorum was four members, at least two of them from "
            "responsible authorities.",
        ),
        _clause(
            "5.2",
            "An inquorate meeting may discuss its business, but its decisions must be confirmed at the next "
            "quorate meeting.",
        ),
        heading("Decisions and voting", "6"),
        _clause(
            "6.1",
            "The Board aims to decide by consensus. Where it cannot, a decision is made by a simple majority "
            "of the votes of member organisations present; the Chair has a casting vote.",
        ),
        _clause(
            "6.2",
            f"An award of more than {pounds(VOTE_LIMIT)} from the Local Safety Fund needs a recorded vote "
            "at a quorate meeting.",
        ),
        _clause(
            "6.3",
            "Members declare any interest in an item and take no part in a decision on a bid from their own "
            "organisation.",
        ),
        heading("Delegated decisions", "7"),
        _clause(
            "7.1",
            f"The Head of Communities of Larkstead District Council may approve a bid of up to "
            f"{pounds(NEW_LIMIT)}, in consultation with the Chair. Under version 2.0 the limit was "
            f"{pounds(OLD_LIMIT)}.",
        ),
        _clause(
            "7.2",
            "The Head of Communities may reduce an award where a project delivers less than was funded, "
            "after consulting the Chair. Only the Board may withdraw an award.",
        ),
        _clause(
            "7.3", "Every delegated decision is recorded on a signed form and reported to the next meeting."
        ),
        heading("Delivery groups", "8"),
        _clause("8.1", "A delivery group leads on each priority for 2024-27 and reports to every meeting:"),
        framed(groups, (COLUMN * 0.55, COLUMN * 0.45)),
        heading("Support and review", "9"),
        _clause(
            "9.1",
            f"The district council's community safety team supports the Board; {OFFICER} is its secretary.",
        ),
        _clause(
            "9.2",
            "These terms are reviewed every year at the annual meeting; the next review is due in April "
            "2025.",
        ),
        subheading("Versions"),
        framed(versions, (44, 58, COLUMN - 102)),
    ]


def _tracker_rows() -> list[list[str]]:
    rows = [
        [
            "Ref",
            "Applicant",
            "Project",
            "Asked £",
            "Decision",
            "Decided by",
            "Date",
            "Awarded £",
            "Later change",
            "Final £",
            "Paid to 31/03/24 £",
            "Status",
        ]
    ]
    for ref, scheme, lead, asked, first, by, words, then, later, _by, later_words, final, paid in BIDS_2324:
        status = {
            "LSF23-04": "Closed – declined",
            "LSF23-08": "Closed – declined",
            "LSF23-05": "Closed – withdrawn",
            "LSF23-11": "Deferred to 17-Apr-24",
        }.get(ref, "Closed – paid" if paid == final else "Live")
        if later > "2024-03-31":  # after the position date: not yet known to the tracker
            later, final = "", 0
        rows.append(
            [
                ref,
                lead,
                scheme,
                plain(asked),
                words,
                "HoC (delegated)" if by != "Board" else "LB",
                excel_date(first),
                plain(then),
                f"{later_words} ({excel_date(later)})" if later else "",
                plain(final),
                plain(paid),
                status,
            ]
        )
    rows.append(["TOTAL", "", "", "", "", "", "", "", "", plain(AWARDED_2324), plain(PAID_2324), ""])
    return rows


PAYMENTS: tuple[tuple[str, str, int], ...] = (
    ("2023-07-31", "LSF23-01", 3500),
    ("2023-08-01", "LSF23-02", 5000),
    ("2023-09-29", "LSF23-05", 850),
    ("2023-10-31", "LSF23-01", 3500),
    ("2023-11-06", "LSF23-03", 2400),
    ("2023-11-06", "LSF23-07", 3700),
    ("2023-11-20", "LSF23-06", 4750),
    ("2023-11-30", "LSF23-05", 850),
    ("2024-01-31", "LSF23-01", 3500),
    ("2024-02-16", "LSF23-07", 740),
    ("2024-02-26", "LSF23-03", 2400),
    ("2024-03-15", "LSF23-10", 1300),
)


def _tracker() -> list[Flowable]:
    widths = (40, 92, 92, 46, 78, 50, 42, 50, 110, 46, 52, LAND_WIDTH - 18 - 698)
    income = [
        ["Income 2023-24", "£"],
        ["PFCC Local Safety Fund allocation", plain(ALLOCATION_2324)],
        ["LDC contribution", plain(DISTRICT_2324)],
        ["CCC public health (ring-fenced)", plain(COUNTY_PH_2324)],
        ["B/f from 2022-23", plain(CARRIED_2223)],
        ["Total available", plain(AVAILABLE_2324)],
        ["Final awards (=J24)", plain(AWARDED_2324)],
        ["Paid (=K24)", plain(PAID_2324)],
        ["Committed, not yet paid", plain(AWARDED_2324 - PAID_2324)],
    ]
    payments = [["Paid on", "Ref", "Amount £", "Payment"]]
    counts: dict[str, int] = {}
    for when, ref, amount in PAYMENTS:
        counts[ref] = counts.get(ref, 0) + 1
        payments.append([excel_date(when), ref, plain(amount), f"Instalment {counts[ref]}"])
    payments.append(["TOTAL", "", plain(sum(a for _, _, a in PAYMENTS)), ""])
    return [
        p("<b>Larkstead Local Safety Fund – bids tracker 2023-24 – position at 31/03/2024</b>", SMALL),
        p(FICTIONAL, SMALL),
        p(
            "LB = Leadership Board; HoC = Head of Communities. Final £ is the award after any later change. "
            "Kept by the Community Safety Partnership Officer; not a set of accounts.",
            SMALL,
        ),
        Spacer(1, 4),
        sheet(income, (160, 70), figures=(1,), first_row=1),
        Spacer(1, 10),
        sheet(_tracker_rows(), widths, figures=(3, 7, 9, 10), first_row=12),
        Spacer(1, 10),
        sheet(payments, (50, 50, 60, 80), figures=(2,), first_row=27),
    ]


def _decision() -> list[Flowable]:
    header = Table(
        [[p("LARKSTEAD DISTRICT COUNCIL", FORM_TITLE), p("Form CS/07 (rev. 2021)", FORM_TEXT)]],
        colWidths=[WIDTH - 130, 130],
        hAlign="LEFT",
    )
    header.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (0, 0), (-1, 0), 1.5, "black")])
    )
    stamp = Table(
        [[p("RECEIVED<br/>15 FEB 2024<br/>Democratic Services", FORM_TEXT)]], colWidths=[120], hAlign="RIGHT"
    )
    stamp.setStyle(
        TableStyle([("BOX", (0, 0), (-1, -1), 1.4, "black"), ("ALIGN", (0, 0), (-1, -1), "CENTER")])
    )
    return [
        header,
        Spacer(1, 6),
        p("RECORD OF AN OFFICER DECISION UNDER DELEGATED POWERS", FORM_TITLE),
        p(FICTIONAL, FORM_TEXT),
        Spacer(1, 6),
        form_grid(
            [
                ("Decision reference", "DD/2024/02"),
                ("Date of decision", "14th Feb. 2024"),
                ("Decision taker", f"{HEAD}, Head of Communities"),
                (
                    "Authority",
                    f"Leadership Board Terms of Reference v2.0, para 8.3 (bids up to {pounds(OLD_LIMIT)}); "
                    "Board decision D6 of 24 January 2024 (Midnight League)",
                ),
                ("Consulted", f"{CHAIR}, Chair of the Leadership Board, on 12 February 2024"),
                ("Fund", "Larkstead Local Safety Fund 2023-24"),
            ]
        ),
        Spacer(1, 10),
        p("PART A - NEW AWARD", FORM_TITLE),
        form_grid(
            [
                ("Bid", "LSF23-09, Larkstead Neighbourhood Watch Association"),
                (
                    "Project",
                    "Rural Watch: 60 warning signs and 250 property-marking kits for farms and homes in "
                    "Sandby and Scarth Moor and Wray Common",
                ),
                ("Amount approved", f"{pounds(WATCH_AWARD)}"),
                ("Amount in words", "Three thousand eight hundred and fifty pounds"),
                ("Conditions", "Kits to be registered with the police; report by 30 September 2024"),
            ]
        ),
        Spacer(1, 10),
        p("PART B - VARIATION OF AN AWARD", FORM_TITLE),
        form_grid(
            [
                ("Award", "LSF23-07, Fernside Community Sports Trust, Midnight League (year 2)"),
                ("Awarded by the Board", f"{pounds(LEAGUE_FIRST)} on 18 October 2023"),
                ("Varied to", f"{pounds(LEAGUE_FINAL)} (reduced by {pounds(LEAGUE_FIRST - LEAGUE_FINAL)})"),
                (
                    "Reason",
                    "Fernside Leisure Centre closed on 8 January 2024 for roof repairs. "
                    f"{LEAGUE_DELIVERED} of "
                    f"the {LEAGUE_SESSIONS} sessions had been delivered; no other venue is available before "
                    "September. The award is reduced in proportion to the sessions delivered.",
                ),
            ]
        ),
        PageBreak(),
        p("RECORD OF AN OFFICER DECISION DD/2024/02 (continued)", FORM_TITLE),
        Spacer(1, 6),
        form_grid(
            [
                (
                    "Alternatives considered",
                    "Part A: refer to the April Board (rejected: signs needed before lambing). "
                    "Part B: keep the award for a later season (rejected: the Trust cannot hold the money).",
                ),
                ("Interests declared", "None"),
                ("Budget check", "Funds available. Checked by R. Osei, Accountant, 14/02/2024"),
                ("Report to", "Leadership Board, 17 April 2024"),
            ]
        ),
        Spacer(1, 18),
        p("Signed by the decision taker:", FORM_TEXT),
        PenSignature(),
        p(f"{HEAD}, Head of Communities &nbsp;&nbsp;&nbsp; Date: 14th Feb. 2024", FORM_TEXT),
        Spacer(1, 24),
        stamp,
        Spacer(1, 8),
        note(f"Copy to: {OFFICER}, Community Safety Partnership Officer, for the tracker and the Board."),
    ]
