"""Partnership E's Executive minutes of 2025: numbered items with sub-paragraphs ("5.3") and decisions
written "Agreed:", an actions table and "CORA Executive - 17.06.25 - N" footers (17 June 2025); and a
record of decisions laid out as tables: a meeting details table, a decisions table (No., item, summary,
decision), an action progress table and a new actions table, with "Record of decisions | ..." footers
(16 September 2025)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from evals.archive.common import Meta, banner, bold_row, h1, h2, para, paras, render, table
from evals.archive.minutes import actions_table
from evals.archive.names import CALDERWICK, CALDERWICK_EXECUTIVE

EXECUTIVE = CALDERWICK_EXECUTIVE


JUNE_ACTIONS = (
    ("25/01", "Write to Kettlebeck Youth Trust setting out what the Executive needs before September",
     "H. Quayle", "4 Jul 2025", "Open"),
    ("25/02", "Invite Brindle Housing Trust to join the Executive (R6)", "G. Farrow", "31 Jul 2025", "Open"),
    ("25/03", "Draft the serious violence response strategy", "S. Oduya", "31 Mar 2026", "Open"),
    ("25/04", "Publish a summary of the Strategic Assessment 2025 on both councils' websites", "H. Quayle",
     "31 Jul 2025", "Open"),
    ("25/05", "Arrange stalking awareness training for Executive members", "S. Pryce", "30 Nov 2025", "Open"),
)  # fmt: skip


def write_minutes_june(path: Path) -> Path:
    return render(
        path,
        _june,
        Meta(f"{EXECUTIVE} minutes 17 June 2025", CALDERWICK),
        footer=lambda page, _total: f"CORA Executive - 17.06.25 - {page}",
    )


def write_minutes_september(path: Path) -> Path:
    return render(
        path,
        _september,
        Meta(f"{EXECUTIVE} record of decisions 16 September 2025", CALDERWICK),
        footer=lambda page, total: f"Record of decisions | CORA Executive 16/09/2025 | {page}/{total}",
    )


def _june() -> list[Flowable]:
    return [
        banner(),
        h1("Calderwick and Ortonbury Crime Reduction Alliance"),
        para("<b>Minutes of the Alliance Executive</b>"),
        para(
            "Tuesday 17 June 2025, 14:00 to 16:20, the Mayor's Parlour, the Guildhall, Market Street, "
            "Calderwick."
        ),
        para(
            "<b>Members present:</b> Councillor Rosalind Achebe (Ortonbury Borough Council), in the chair "
            "for items 1 to 3; Superintendent Gideon Farrow (Askerdale Police), in the chair from item 4; "
            "Councillor Leonard Haverstock (Calderwick District Council); Simone Oduya (Askerdale County "
            "Council); Station Commander Bryony Tate (Askerdale Fire and Rescue Service); Anil Varghese (The "
            "Probation Service); Mariana Lisk (OPCC); Shona Pryce (Halden Rise Women's Centre)."
        ),
        para(
            "<b>Officers:</b> Hester Quayle (Alliance Coordinator); Ruaridh Penhale (Askerdale Police "
            "Analysis Hub, item 4)."
        ),
        para(
            "<b>Apologies:</b> Dr Colette Marchbank (Askerdale and Lowfell Integrated Care Board); Tomasz "
            "Ellery (Askerdale Youth Justice Service)."
        ),
        h2("1. Welcome, apologies and declarations of interest"),
        para(
            "1.1 Apologies are recorded above. Six responsible authorities were present; the meeting was "
            "quorate (four needed). 1.2 Shona Pryce declared an interest in item 5.1 and left the room "
            "while it was discussed."
        ),
        h2("2. Minutes of 11 March 2025 and matters arising"),
        para("2.1 Agreed: the minutes of 11 March 2025 are a correct record. All actions are complete."),
        h2("3. Chair and Vice-Chair for 2025/26"),
        para(
            "3.1 Agreed: Superintendent Gideon Farrow is elected Chair for 2025/26 and Councillor Rosalind "
            "Achebe, Chair since the Alliance was formed, is Vice-Chair."
        ),
        h2("4. Strategic Assessment 2025 and priorities"),
        para(
            "4.1 Ruaridh Penhale presented the assessment. Shop theft has risen by more than a third in two "
            "years and knife crime by 21.7% in 2023/24."
        ),
        para(
            "4.2 Agreed: (a) the Alliance's priorities for 2025/26 to 2027/28 are violence against women "
            "and girls, including domestic abuse and stalking; serious violence and knife crime; "
            "neighbourhood crime and anti-social behaviour; and shop theft and violence against shop "
            "workers; (b) drug harm and county lines passes to the Askerdale Combating Drugs Partnership; "
            "(c) rural and heritage crime is no longer a priority."
        ),
        h2("5. Community Safety Fund 2025/26"),
        para(
            "Hester Quayle reported £67,000 available for 2025/26: the Police and Crime Commissioner's grant "
            "of £50,000, £6,000 from each council and £5,000 from the reserve."
        ),
        *paras(
            "5.1 Young people's violence adviser (YPVA), Halden Rise Women's Centre, £15,000 for one year "
            "from September 2025. Agreed: to award £15,000.",
            "5.2 Alley-gating in Brindle Cross, Calderwick District Council, £8,600 for gates on 14 alleys. "
            "Agreed: to award £8,600.",
            "5.3 Ortonbury Retailers' Radio Link, Ortonbury Traders' Association, £6,400 to link 30 shops "
            "in Ortonbury Market to the CCTV control room by radio. Agreed: to award £6,400.",
            "5.4 Riverside Reach youth mentoring, Kettlebeck Youth Trust, £11,200. Members welcomed the "
            "bid but the Trust has no written safeguarding policy and has not confirmed its venue. Agreed: "
            "to defer the bid to the meeting on 16 September 2025, pending a safeguarding policy and "
            "written confirmation that the Riverside Leisure Centre is available.",
        ),
        PageBreak(),
        h2("6. Serious Violence Duty"),
        para(
            "6.1 Simone Oduya will draft the serious violence response strategy (R5). Askerdale County "
            "Council's public health team will lead the needs assessment behind it."
        ),
        h2("7. Domestic homicide review"),
        para(
            "7.1 Shona Pryce reported that the draft overview report of CORA DHR 2024/1 is due in October. "
            "The Executive will see it before it goes to the Home Office."
        ),
        h2("8. Actions"),
        actions_table(JUNE_ACTIONS),
        h2("9. Date of next meeting"),
        para("Tuesday 16 September 2025 at 10:00, Committee Room 3, Ortonbury Town Hall, Fairholme Street."),
    ]


def _september() -> list[Flowable]:
    details = (
        ("Meeting", "Calderwick and Ortonbury Crime Reduction Alliance Executive"),
        ("Date and time", "Tuesday 16 September 2025, 10:00 to 12:15"),
        ("Venue", "Committee Room 3, Ortonbury Town Hall, Fairholme Street, Ortonbury"),
        ("Chair", "Superintendent Gideon Farrow (Askerdale Police)"),
        (
            "Present",
            "Councillor Rosalind Achebe (Vice-Chair), Simone Oduya, Station Commander Bryony Tate, Anil "
            "Varghese, Dr Colette Marchbank, Tomasz Ellery, Shona Pryce, Kwame Asante (Brindle Housing "
            "Trust); Hester Quayle (Alliance Coordinator)",
        ),
        (
            "Apologies",
            "Councillor Leonard Haverstock (Calderwick District Council); Mariana Lisk (OPCC)",
        ),
    )
    decisions = (
        ("D1", "Minutes of 17 June 2025", "-", "Approved as a correct record."),
        ("D2", "Brindle Housing Trust", "Invited under R6; Kwame Asante attends.",
         "Brindle Housing Trust joins the Executive as a member."),
        ("D3", "Riverside Reach youth mentoring, Kettlebeck Youth Trust (deferred 17 June 2025)",
         "Safeguarding policy received 18 August; the Riverside Leisure Centre has confirmed the booking.",
         "Approved: £11,200 for October 2025 to July 2026."),
        ("D4", "Bleed control kits for licensed premises, Askerdale Fire and Rescue Service, £4,300",
         "40 kits and training for pubs and clubs in Calderwick Riverside and Ortonbury Market.",
         "Approved: £4,300."),
        ("D5", "Allotment security, Wendle Marsh Allotment Society, £3,600",
         "Fencing and shed alarms after thefts of tools.",
         "Declined: allotment theft is not an Alliance priority, and the fund does not pay for capital "
         "works such as fencing. The Society is referred to the Police and Crime Commissioner's Community "
         "Grants scheme."),
        ("D6", "Delegated decision", "£1,800 for video doorbells for repeat burglary victims, Askerdale "
         "Police, approved by the Alliance Coordinator on 28 July 2025.", "Noted."),
        ("D7", "Ortonbury Retailers' Radio Link", "42 shops, not 30, want to join; the Traders' "
         "Association asks for more.", "A revised bid to come to the December meeting."),
        ("D8", "Budget", "£47,300 of the £67,000 is committed.", "Noted: £19,700 uncommitted."),
    )  # fmt: skip
    progress = (
        ("25/01", "Write to Kettlebeck Youth Trust", "H. Quayle", "4 Jul 2025", "Complete: sent 24 June"),
        ("25/02", "Invite Brindle Housing Trust to join", "G. Farrow", "31 Jul 2025", "Complete"),
        ("25/03", "Draft the serious violence response strategy", "S. Oduya", "31 Mar 2026",
         "Open: on track"),
        ("25/04", "Publish the Strategic Assessment 2025 summary", "H. Quayle", "31 Jul 2025",
         "Overdue: council website migration; now due 31 Oct 2025"),
        ("25/05", "Stalking awareness training for members", "S. Pryce", "30 Nov 2025",
         "Open: booked for 18 November 2025"),
    )  # fmt: skip
    new = (
        ("25/06", "Bring the revised Radio Link bid to the December meeting", "H. Quayle", "9 Dec 2025"),
        ("25/07", "Write to Wendle Marsh Allotment Society with the reasons for the decision and details "
         "of Community Grants", "H. Quayle", "30 Sep 2025"),
        ("25/08", "Share Brindle Housing Trust's ASB case data with the ASB and Neighbourhood Crime Group",
         "K. Asante", "31 Jan 2026"),
    )  # fmt: skip
    return [
        banner(),
        h1("Alliance Executive: record of decisions"),
        table([[f"<b>{key}</b>", value] for key, value in details], (110, 385), keep=True),
        h2("Decisions"),
        table(
            [bold_row(("No.", "Item", "Summary", "Decision")), *map(list, decisions)],
            (30, 150, 160, 155),
        ),
        PageBreak(),
        h2("Actions from 17 June 2025: progress"),
        table(
            [bold_row(("No.", "Action", "Owner", "Due", "Progress")), *map(list, progress)],
            (38, 170, 65, 65, 157),
            keep=True,
        ),
        h2("New actions"),
        table([bold_row(("No.", "Action", "Owner", "Due")), *map(list, new)], (38, 292, 85, 80), keep=True),
        h2("Next meeting"),
        para("Tuesday 9 December 2025, 14:00, the Mayor's Parlour, the Guildhall, Calderwick."),
    ]
