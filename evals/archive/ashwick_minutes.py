"""Partnership J's three Board meetings of 2023-24, each in its own style on ashwick_layout.

20 June 2023: formal minutes, "Minute 23/013" headings, "RESOLVED that" decisions, present / officers /
apologies paragraphs, declarations of interest: a new Chair, the strategy adopted, grant aid awarded, one
bid deferred (£12,400.00), £45,000 of reserve approved in principle subject to a £1.2m Safer Streets bid.
19 September 2023: an attendance table and a two-column "Item | Discussion | Outcome" table: the deferred
bid approved, an award topped up, a bid declined, a new award; an actions table with status.
12 December 2023: email-style notes of the virtual meeting with bulleted decisions: an award rescinded
("£8k"), one reduced with the underspend returned to the fund, the in-principle approval withdrawn, a
virement and a delegation to the Chair; an actions table."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from evals.archive.ashwick_layout import (
    CELL,
    TEXT,
    Furniture,
    caption,
    dashes,
    minor,
    notice,
    p,
    render_pages,
    title,
    zebra,
)
from evals.archive.common import Meta
from evals.archive.names import ASHWICK

MINUTE = ParagraphStyle("AmMinute", parent=TEXT, fontName="AmVeraBd", spaceBefore=7, spaceAfter=3)
RESOLVED = ParagraphStyle("AmResolved", parent=TEXT, leftIndent=24)
MAIL = ParagraphStyle("AmMail", parent=CELL, fontSize=9, leading=12)


def write_minutes_june(path: Path) -> Path:
    return render_pages(
        path,
        _june,
        Meta(f"{ASHWICK} minutes, 20 June 2023", ASHWICK),
        Furniture(heading=lambda _page, _total: "Minutes · 20 June 2023 · Minutes 23/012 to 23/020"),
    )


def write_minutes_september(path: Path) -> Path:
    return render_pages(
        path,
        _september,
        Meta(f"{ASHWICK} minutes, 19 September 2023", ASHWICK),
        Furniture(heading=lambda _page, _total: "Board meeting 19/09/2023 – record of items"),
    )


def write_notes_december(path: Path) -> Path:
    return render_pages(
        path,
        _december,
        Meta(f"{ASHWICK} notes of the virtual meeting, 12 December 2023", ASHWICK),
        Furniture(heading=lambda _page, _total: "Notes – virtual meeting – 12 Dec 2023", marking="OFFICIAL"),
    )


def _minute(number: str, heading: str) -> Flowable:
    return p(f"Minute {number}&nbsp;&nbsp;{heading}", MINUTE)


def _resolved(text: str) -> Flowable:
    return p(f"<b>RESOLVED</b> that {text}", RESOLVED)


def _june() -> list[Flowable]:
    return [
        notice(),
        *title("Minutes of the Board", "Tuesday 20 June 2023, 2.00pm, Council Chamber, Ashwick Guildhall"),
        p(
            "<b>Present:</b> Superintendent Rhys Calloway, Harrowdene Constabulary (in the Chair from Minute "
            "23/013); Councillor Dev Mistry, Mardle Borough Council; Councillor Owen Pardoe, Ashwick "
            "District Council; Group Manager Tobias Wren, Harrowdene Fire and Rescue Service; Hannah "
            "Oyelaran, The Probation Service; Joanne Teague, Office of the Police and Crime Commissioner; "
            "Sadia Rahman, Moorgate Domestic Abuse Service; Callum Pryor, Harrowdene Youth Justice Service."
        ),
        p(
            "<b>Officers:</b> Lorna Kettle, Community Safety Manager; Ifeoma Duke, Partnership Analyst; "
            "Peter Rook, Democratic Services Officer."
        ),
        p(
            "<b>Apologies:</b> Dr Marcus Feld, Harrowdene and Tamsey Integrated Care Board; Gareth Lomax, "
            "Harrowdene County Council."
        ),
        _minute("23/012", "Apologies and quorum"),
        p(
            "Apologies were noted as above. Five responsible authorities were present; the meeting was "
            "quorate."
        ),
        _minute("23/013", "Election of Chair and Vice-Chair"),
        p(
            "The Board thanked Councillor Annabel Sallow, who chaired it from 2019 until she stood down from "
            "Ashwick District Council in May 2023."
        ),
        _resolved(
            "Superintendent Rhys Calloway be elected Chair and Councillor Dev Mistry be elected Vice-Chair "
            "until June 2025."
        ),
        _minute("23/014", "Declarations of interest"),
        p(
            "Sadia Rahman declared an interest in Minute 23/017(a) as Service Manager of Moorgate Domestic "
            "Abuse Service and left the room for that item. Councillor Mistry declared a non-pecuniary "
            "interest in Minute 23/017(d) as a director of the Mardle Business Improvement District and did "
            "not vote on it."
        ),
        _minute("23/015", "Minutes of the meeting of 14 March 2023"),
        _resolved("the minutes of the meeting held on 14 March 2023 be approved as a correct record."),
        _minute("23/016", "Strategic Assessment 2023 and Safer Communities Strategy 2023-26"),
        p(
            "Ifeoma Duke presented the Strategic Assessment 2023. Members noted the rise in shoplifting and "
            "in possession of weapons offences."
        ),
        _resolved(
            "recommendations Rec 1 to Rec 6 be accepted and the Safer Communities Strategy 2023-26 be "
            "adopted with four priorities: serious violence and knife crime; violence against women and "
            "girls; retail crime and safer town centres; exploitation and county lines."
        ),
        _minute("23/017", "Community Safety Fund 2023-24: grant aid"),
        p(
            "Lorna Kettle reported that £98,300 was available: the Commissioner's grant of £72,000, "
            "£10,000 from each council and £6,300 brought forward."
        ),
        _resolved("the following grant aid be awarded for 2023-24:"),
        dashes(
            [
                "Independent Domestic Violence Adviser, Moorgate Domestic Abuse Service: £24,000;",
                "Partnership analyst, the Board's share: £18,000;",
                "Ashwick Youth Outreach, Ashwick Youth Trust: £15,600;",
                "Mardle Shopwatch radio scheme, Mardle Business Improvement District: £6,500;",
                "Mardle Street Pastors, for Friday and Saturday night patrols: £8,000;",
                "Edge Talks knife crime education, Steel Minds CIC, £12,400.00 requested: decision deferred "
                "to the September meeting pending confirmation of match funding from schools and a delivery "
                "timetable.",
            ],
            numbered=True,
            style=RESOLVED,
        ),
        _minute("23/018", "Safer Streets Fund bid: redeployable CCTV"),
        p(
            "Mardle Borough Council and Harrowdene Constabulary are preparing a county bid of £1.2m to the "
            "Home Office Safer Streets Fund, including redeployable CCTV cameras for both town centres."
        ),
        _resolved(
            "the Board approves in principle a contribution of £45,000 from its reserve as match funding, "
            "subject to the bid succeeding."
        ),
        _minute("23/019", "Any other business"),
        p("None."),
        _minute("23/020", "Date of next meeting"),
        p("Tuesday 19 September 2023 at 2.00pm, Mardle Town Hall."),
        p("<i>Signed as a correct record: R. Calloway, Chair, 19 September 2023</i>"),
    ]


def _september() -> list[Flowable]:
    attendance = [
        ["Name", "Organisation", "Attendance"],
        ["Supt Rhys Calloway (Chair)", "Harrowdene Constabulary", "Present"],
        ["Cllr Dev Mistry (Vice-Chair)", "Mardle Borough Council", "Present"],
        ["Cllr Owen Pardoe", "Ashwick District Council", "Present"],
        ["Gareth Lomax", "Harrowdene County Council", "Present"],
        ["Station Manager Ellis Nairn", "Harrowdene Fire and Rescue Service", "Present (for Tobias Wren)"],
        ["Hannah Oyelaran", "The Probation Service", "Apologies"],
        ["Dr Marcus Feld", "Harrowdene and Tamsey ICB", "Present"],
        ["Joanne Teague", "Office of the Police and Crime Commissioner", "Present"],
        ["Sadia Rahman", "Moorgate Domestic Abuse Service", "Apologies"],
        ["Callum Pryor", "Harrowdene Youth Justice Service", "Present"],
        ["Lorna Kettle", "Community Safety Manager", "Officer"],
    ]
    items = [
        ["Item", "Discussion", "Outcome"],
        ["1. Welcome and declarations",
         "Quorate. Cllr Mistry declared an interest in item 4 (director of Mardle BID).",
         "Cllr Mistry did not vote on item 4."],
        ["2. Minutes of 20 June 2023", "No amendments.", "Agreed and signed."],
        ["3. Edge Talks knife crime education (Steel Minds CIC), deferred from Minute 23/017",
         "Eight secondary schools have signed up and between them will contribute £3,100 as match "
         "funding. Delivery from November 2023 to March 2024.",
         "Approved: £12,400.00."],
        ["4. Mardle Shopwatch radio scheme",
         "Mardle BID asked for 14 more radios for shops on the Quayside; the first 30 are in use.",
         "Award topped up by £2,500, from £6,500 to £9,000."],
        ["5. Gloves Not Knives boxing sessions (Mardle Amateur Boxing Club), £9,750 requested",
         "Members felt it overlapped with Ashwick Youth Outreach and gave no measures of outcome.",
         "Declined. The club may bid again in 2024-25 with partner support."],
        ["6. Ask for Angela training for licensed premises (Mardle Borough Council Licensing)",
         "Training for door staff and bar staff at 40 premises, a VAWG action.",
         "Approved: £3,200."],
        ["7. Safer Streets Fund bid", "The £1.2m bid was submitted on 8 September; a decision is expected "
         "in November.", "Noted."],
        ["8. Budget", "Uncommitted balance after today's decisions: £8,100.", "Noted."],
    ]  # fmt: skip
    actions = [
        ["No.", "Action", "Owner", "Due date", "Status"],
        ["A1", "Issue grant agreements for the June awards", "Lorna Kettle", "31 Jul 2023", "Complete"],
        ["A2", "Draft Strategy 2023-26 action plan", "Ifeoma Duke", "30 Sep 2023", "Ongoing"],
        ["A3", "Write to Mardle Amateur Boxing Club with the reasons", "Lorna Kettle", "6 Oct 2023", "New"],
        ["A4", "Report the Safer Streets decision to the Board", "Cllr Dev Mistry", "12 Dec 2023", "New"],
    ]
    return [
        notice(),
        *title("Safer Communities Board", "Minutes of the meeting of 19 September 2023, Mardle Town Hall"),
        caption("Attendance"),
        zebra(attendance, [150, 210, 119]),
        caption("Record of items"),
        zebra(items, [130, 215, 134]),
        caption("Actions"),
        zebra(actions, [30, 210, 85, 80, 74]),
        p("Next meeting: 12 December 2023, virtual (Microsoft Teams)."),
    ]


def _december() -> list[Flowable]:
    actions = [
        ["Action", "Owner", "Due", "Status"],
        ["Tell Mardle Street Pastors the award is rescinded", "Lorna Kettle", "19 Dec 2023", "Open"],
        ["Vary the Ashwick Youth Trust grant agreement", "Lorna Kettle", "19 Dec 2023", "Open"],
        ["Invite winter night-time economy bids for the urgent decision", "Lorna Kettle", "12 Jan 2024",
         "Open"],
        ["Safer Streets decision reported (A4 from September)", "Cllr Dev Mistry", "12 Dec 2023", "Closed"],
    ]  # fmt: skip
    return [
        notice(),
        p(
            "<b>From:</b> Lorna Kettle, Community Safety Manager<br/><b>To:</b> Board members<br/>"
            "<b>Date:</b> 13 December 2023<br/><b>Subject:</b> Notes of the virtual meeting, 12 December "
            "2023",
            MAIL,
        ),
        *title("Notes of the virtual meeting", "Ashwick and Mardle Safer Communities Board, Microsoft Teams"),
        p(
            "Hi all, below are brief notes of yesterday's call rather than full minutes; formal minutes will "
            "not be produced. Please tell me of any corrections by Friday."
        ),
        p(
            "<b>Joined:</b> Rhys Calloway (Chair), Dev Mistry, Owen Pardoe, Gareth Lomax, Ellis Nairn, "
            "Hannah Oyelaran, Joanne Teague, Callum Pryor, Lorna Kettle. <b>Apologies:</b> Marcus Feld, "
            "Sadia Rahman. Quorate."
        ),
        p("<b>Interests:</b> none declared."),
        minor("Decisions"),
        dashes(
            [
                "<b>Mardle Street Pastors</b>: the scheme could not recruit enough volunteers and has not "
                "started. The £8k award of 20 June is rescinded; nothing had been paid, so the money goes "
                "back into the fund.",
                "<b>Ashwick Youth Outreach</b>: sessions began in October, not July. The award is reduced "
                "from £15,600 to £11,200 and the £4,400 underspend returned to the fund.",
                "<b>Safer Streets Fund</b>: the £1.2m county bid was not successful. The in-principle "
                "approval of £45,000 of match funding from the reserve is therefore withdrawn.",
                "<b>Domestic homicide review</b>: agreed a virement of £4,000 from the fund's uncommitted "
                "balance to the DHR budget line, for the review commissioned in October.",
                "<b>Winter night-time economy</b>: delegated to the Chair with the Community Safety Manager "
                "an urgent decision on a welfare scheme for Mardle town centre of up to £8,000, to be "
                "reported to the March meeting.",
            ]
        ),
        p("Balance still to commit after these decisions: £16,500."),
        minor("Actions"),
        zebra(actions, [230, 90, 80, 79]),
        p("Next meeting: Tuesday 19 March 2024, Ashwick Guildhall. Thanks, Lorna"),
    ]
