"""Partnership S's meetings: narrative minutes of the annual meeting of Tuesday 20 June 2023 (items "1." to
"10." with numbered paragraphs "5.3", "RESOLVED:" with lettered parts and "Action:" lines); a record of
decisions and actions of 12 March 2024 (those present as initials with a key, "24/03" items in a table
whose last column holds "Decision:" lines, running over a page break, then an actions table); and notes
of the annual meeting of 18 June 2024 (lettered items, "Agreed:" and "Not agreed:" lines)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.fallowden_layout import (
    MUSTARD_HEX,
    SMALL,
    TEXT,
    Furniture,
    note,
    notice,
    p,
    render_pages,
    rounded,
    section,
    subsection,
    title,
    whole,
)
from evals.archive.names import FALLOWDEN, FALLOWDEN_BOARD, FALLOWDEN_FUND, FALLOWDEN_PANEL

TITLE_JUNE_2023 = f"{FALLOWDEN_BOARD}: minutes of the annual meeting, 20 June 2023"
TITLE_MARCH_2024 = f"{FALLOWDEN_BOARD}: record of decisions and actions, 12 March 2024"
TITLE_JUNE_2024 = f"{FALLOWDEN_BOARD}: notes of the annual meeting, 18 June 2024"


def write_minutes_june_2023(path: Path) -> Path:
    furniture = Furniture("Board minutes", "20 June 2023", "FCSP/BD/23-02 · approved 19 September 2023")
    return render_pages(path, _june_2023, Meta(TITLE_JUNE_2023, FALLOWDEN), furniture)


def write_record_march_2024(path: Path) -> Path:
    furniture = Furniture("Decisions and actions", "12.03.2024", "FCSP/BD/24-01 · approved 18 June 2024")
    return render_pages(path, _march_2024, Meta(TITLE_MARCH_2024, FALLOWDEN), furniture)


def write_notes_june_2024(path: Path) -> Path:
    furniture = Furniture("Annual meeting notes", "June 2024", "FCSP/BD/24-02 · agreed 17 September 2024")
    return render_pages(path, _june_2024, Meta(TITLE_JUNE_2024, FALLOWDEN), furniture)


def _item(number: str, heading: str) -> list[Flowable]:
    return section(f"{number}.", heading, f"Item {number}")


def _resolved(text: str) -> Flowable:
    return p(f"<b>RESOLVED:</b> {text}")


def _lettered(items: list[str]) -> list[Flowable]:
    """Resolutions (a), (b), ... set in from the margin, the letter hanging."""
    style = ParagraphStyle("FwLettered", parent=TEXT, leftIndent=34, firstLineIndent=-20)
    return [p(item, style) for item in items]


def _action(text: str) -> Flowable:
    return p(f'<font color="{MUSTARD_HEX}"><b>Action:</b></font> {text}', SMALL)


def _june_2023() -> list[Flowable]:
    return [
        *title(
            FALLOWDEN_BOARD,
            "Minutes of the Annual Meeting",
            "Tuesday 20 June 2023 at 2.00pm, Committee Room 2, Wharf House, Canal Street, Fallowden",
        ),
        notice(),
        p(
            "<b>Present:</b> Cllr Rosalind Tembe (Chair, Fallowden District Council); Chief Inspector "
            "Marcus Hebden (Vice-Chair, Dunmarsh Police); Priya Venkataraman (Dunmarsh County Council); "
            "Group Manager Tessa Vardy (Dunmarsh Fire and Rescue Service); Graham Tulliver (The Probation "
            "Service); Tobias Hanlon (Office of the Police and Crime Commissioner); Ayesha Mahmood "
            "(Dunmarsh Youth Justice Service); Jo Carrick (Foxglove Domestic Abuse Service); Dev Lakhani "
            "(Fallowden Council for Voluntary Service)."
        ),
        p(
            "<b>In attendance:</b> Owen Strickley (Community Safety and Resilience Manager, Fallowden "
            "District Council); Freya Lindqvist (Dunmarsh Insight Team, for item 6); Bethan Colley "
            "(Partnership Support Officer, minutes)."
        ),
        p("<b>Apologies:</b> Dr Siobhan Kearsley (Dunmarsh and Wrayside Integrated Care Board)."),
        *_item("1", "Welcome, apologies and declarations of interest"),
        p(
            "1.1 The Chair welcomed members to the annual meeting. Apologies were noted as above. The "
            "meeting was quorate, with five responsible authorities present."
        ),
        p(
            "1.2 Jo Carrick declared an interest in item 5, as Chief Executive of Foxglove Domestic Abuse "
            "Service, and left the room while the Board decided Foxglove's bid."
        ),
        *_item("2", "Election of Chair and Vice-Chair for 2023/24"),
        p(
            "2.1 Owen Strickley took the chair for this item. One nomination had been received for each "
            "office."
        ),
        _resolved(
            "that Councillor Rosalind Tembe be elected Chair, and Chief Inspector Marcus Hebden Vice-Chair, "
            "of the Board for 2023/24."
        ),
        *_item("3", "Minutes of the meeting held on 14 March 2023"),
        p(
            "3.1 The minutes were approved as a correct record. On matters arising, the Chair reported "
            "that the independent chair of the Adult A domestic homicide review had sent the final report "
            "to the Home Office (see item 7)."
        ),
        *_item("4", "Annual Report 2022/23"),
        p(
            "4.1 Owen Strickley presented the draft Annual Report. Six projects had been funded in "
            "2022/23 at a total of £49,000, and £6,160 of the Fund was unspent and would be carried "
            "forward."
        ),
        _resolved("that the Annual Report 2022/23 be approved for publication in July 2023."),
        *_item("5", f"{FALLOWDEN_FUND}: bids for 2023/24"),
        p(
            "5.1 Owen Strickley reported that the Fund for 2023/24 is £69,160: the Police and Crime "
            "Commissioner's Community Safety Grant of £51,000 (up from £48,500), the district council's "
            "contribution of £12,000 and £6,160 carried forward."
        ),
        p(
            f"5.2 The {FALLOWDEN_PANEL} met on 6 June 2023 and approved two bids within its limit of "
            "£5,000: Scam Champions (Silver Years Dunmarsh), £4,200, and the Safe Shops scheme (Fallowden "
            "Business Improvement District), £3,100. The Board noted the Panel's decisions."
        ),
        p(
            "5.3 The Board considered six bids above £5,000. Tobias Hanlon confirmed that each fitted the "
            "Police and Crime Plan. Members asked whether the CCTV bid could be met from the grant; the "
            "Commissioner's conditions rule out capital works."
        ),
        p("<b>RESOLVED:</b>"),
        *_lettered(
            [
                "(a) to award £18,500 to Foxglove Domestic Abuse Service for the IDVA service (SP23-01), as "
                "requested;",
                "(b) to award £6,500 to the Fallowden Faith Forum for the After Dark Welfare Patrols "
                "(SP23-02), against £7,200 requested, the Friday patrols to end at 2am rather than 3am;",
                "(c) to award £9,800 to the Kettlebridge Youth Network for the Kettlebridge Youth Outreach "
                "Bus (SP23-03);",
                "(d) to award £5,600 to the Dunmarsh Youth Justice Service for the Edge of Harm knife crime "
                "workshops in schools (SP23-06);",
                "(e) to defer the bid of £8,400 from Turning Tides Recovery for Hostel Outreach and "
                "Naloxone (SP23-07) to the meeting of 19 September 2023, pending confirmation of match "
                "funding from the county's drug and alcohol grant;",
                "(f) to decline the bid of £14,000 from Fallowden District Council for replacement CCTV "
                "cameras in Lowfield (SP23-08), as the grant cannot pay for capital works.",
            ]
        ),
        p(
            "5.4 After these decisions £21,460 of the Fund is uncommitted, before the costs of domestic "
            "homicide reviews and training are met."
        ),
        _action(
            "Owen Strickley to write to every applicant by 30 June 2023 and publish the awards schedule."
        ),
        *_item("6", "Strategic Intelligence Assessment 2023"),
        p(
            "6.1 Freya Lindqvist set out the plan for the assessment: five years of data to March 2023, "
            "crime and anti-social behaviour by ward, comparison with the most similar group of areas and "
            "a threat, harm and risk scoring of the main issues."
        ),
        _resolved(
            "that the Dunmarsh Insight Team prepare the Strategic Intelligence Assessment 2023 for the "
            "Board's meeting in December 2023, and that the Board set its priorities for 2024 to 2027 from "
            "it by March 2024."
        ),
        *_item("7", "Domestic homicide review: Adult A"),
        p(
            "7.1 The review was submitted to the Home Office Quality Assurance Panel in April 2023. Its "
            "remaining costs in 2023/24, mainly the independent chair's fees, are expected to be about "
            "£4,800."
        ),
        *_item("8", "Serious Violence Duty"),
        p(
            "8.1 Chief Inspector Hebden reported that the county's strategic needs assessment for serious "
            "violence would be published in the autumn, and that each district would need a local action "
            "plan. The Board noted the report."
        ),
        *_item("9", "Any other business"),
        p("9.1 Dev Lakhani invited members to the Fallowden volunteering fair on 8 July 2023."),
        *_item("10", "Date of next meeting"),
        p("10.1 Tuesday 19 September 2023 at 2.00pm, Wharf House, Fallowden."),
        Spacer(1, 6),
        note("Signed as a correct record: Cllr Rosalind Tembe, Chair, 19 September 2023."),
    ]


ATTENDANCE_MARCH = (
    ("RT", "Cllr Rosalind Tembe (Chair)", "Fallowden District Council", "Present"),
    ("MH", "Ch Insp Marcus Hebden (Vice-Chair)", "Dunmarsh Police", "Present"),
    ("PV", "Priya Venkataraman", "Dunmarsh County Council", "Present (Teams)"),
    (
        "TV",
        "GM Tessa Vardy",
        "Dunmarsh Fire and Rescue Service",
        "Apologies; Station Manager Niall Roscoe attended",
    ),
    ("GT", "Graham Tulliver", "The Probation Service", "Present"),
    ("SK", "Dr Siobhan Kearsley", "Dunmarsh and Wrayside ICB", "Present (Teams)"),
    ("TH", "Tobias Hanlon", "Office of the Police and Crime Commissioner", "Present"),
    ("AM", "Ayesha Mahmood", "Dunmarsh Youth Justice Service", "Apologies"),
    ("JC", "Jo Carrick", "Foxglove Domestic Abuse Service", "Present"),
    ("DL", "Dev Lakhani", "Fallowden Council for Voluntary Service", "Present"),
    ("OS", "Owen Strickley", "Fallowden District Council (lead officer)", "In attendance"),
    ("BC", "Bethan Colley", "Fallowden District Council (minutes)", "In attendance"),
)


def _march_2024() -> list[Flowable]:
    attendance = [["Key", "Name", "Organisation", "Attendance"], *[list(a) for a in ATTENDANCE_MARCH]]
    decisions = [
        ["No.", "Item", "What the Board heard", "Decision"],
        [
            "24/01",
            "Welcome, quorum and interests",
            "Quorate: six responsible authorities present. JC declared an interest in 24/06(a).",
            "Decision: Noted.",
        ],
        [
            "24/02",
            "Minutes of 5 December 2023",
            "No matters arising not covered elsewhere on the agenda.",
            "Decision: Approved as a correct record.",
        ],
        [
            "24/03",
            "Chair's decision CD 01/24 of 16 January 2024",
            "RT increased the award to the Kettlebridge Youth Outreach Bus (SP23-03) from £9,800 to "
            "£11,300 for eight extra Friday sessions. OS: 146 young people met on those evenings.",
            "Decision: RATIFIED. The award is now £11,300.",
        ],
        [
            "24/04",
            "Safe Shops scheme (SP23-05)",
            "The Fallowden Business Improvement District was wound up after its renewal ballot failed on "
            "25 January 2024. £1,150 of the £3,100 award had been spent.",
            "Decision: Award withdrawn. The unspent £1,950 to be returned to the Fund by 30 April 2024.",
        ],
        [
            "24/05",
            "Priorities for 2024 to 2027",
            "The Board considered recommendations R1 to R6 of the Strategic Intelligence Assessment 2023 "
            "on 5 December 2023; 312 residents answered the priorities survey.",
            "Decision: From 1 April 2024 the priorities are (1) violence against women and girls; (2) "
            "serious violence and knife crime; (3) anti-social behaviour and town centre safety; (4) "
            "drug-related harm and exploitation. Fraud and scams passes to the Dunmarsh Safeguarding Adults "
            "Board.",
        ],
        [
            "24/06",
            "Early bids for 2024-25",
            "(a) IDVA service, Foxglove Domestic Abuse Service, £19,000; (b) Fallowden Night Hub, "
            "Fallowden Faith Forum, £12,000; (c) floodlights at Kettlebridge recreation ground, "
            "Kettlebridge Town Council, £9,500.",
            "Decision: (a) approved in principle at £19,000, subject to the Commissioner's grant for "
            "2024-25; (b) deferred to the June meeting for a costed volunteer plan; (c) declined: capital "
            "works.",
        ],
        [
            "24/07",
            "Membership",
            "GT retires on 31 March 2024; Nasreen Bhatt will represent the Probation Service. Housing "
            "providers are not yet represented.",
            "Decision: Greenmantle Homes to be invited to join as a co-opted member from June 2024. The "
            "Board thanked GT.",
        ],
        [
            "24/08",
            "Budget 2023-24: forecast outturn",
            f"OS: forecast spend {whole(62250)} of {whole(69160)}, leaving {whole(6910)} to carry forward, "
            "including the £1,950 to be returned under 24/04.",
            "Decision: Noted.",
        ],
        [
            "24/09",
            "Next meeting",
            "Annual meeting, including the election of the Chair and Vice-Chair.",
            "Tuesday 18 June 2024, 2.00pm, Wharf House.",
        ],
    ]
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["A1", "Recover the unspent £1,950 from the Business Improvement District's administrators", "OS",
         "30 Apr 2024", "Open"],
        ["A2", "Publish the priorities for 2024 to 2027 on the council's website", "BC", "29 Mar 2024",
         "Open"],
        ["A3", "Ask the Night Hub applicant for a costed volunteer plan", "OS", "31 May 2024", "Open"],
        ["A4", "Write to Greenmantle Homes inviting it to join the Board", "RT", "19 Apr 2024", "Open"],
        ["A5", "Draft the Annual Report 2023 to 2024", "OS", "4 Jun 2024", "Open"],
    ]  # fmt: skip
    return [
        *title(
            FALLOWDEN_BOARD,
            "Record of Decisions and Actions",
            "Tuesday 12 March 2024, 10.00am · hybrid meeting, Wharf House and Microsoft Teams",
        ),
        notice(),
        *section("A", "Attendance", "Attendance"),
        rounded(attendance, [30, 150, 170, 129], first_bold=True),
        *section("B", "Decisions", "Decisions"),
        p(
            "Members are shown by the initials in section A. Each item's decision is in the last column.",
            SMALL,
        ),
        rounded(decisions, [36, 92, 176, 175], first_bold=True),
        *section("C", "Actions", "Actions"),
        rounded(actions, [28, 280, 42, 70, 59]),
    ]


def _agreed(text: str) -> Flowable:
    return p(f'<font color="{MUSTARD_HEX}"><b>Agreed:</b></font> {text}')


def _not_agreed(text: str) -> Flowable:
    return p(f'<font color="{MUSTARD_HEX}"><b>Not agreed:</b></font> {text}')


def _june_2024() -> list[Flowable]:
    return [
        *title(FALLOWDEN_BOARD, "Notes of the Annual Meeting", "18 June 2024, Wharf House, Fallowden"),
        notice(),
        p(
            "<b>Attending:</b> Cllr Fenella Ormesby, Cllr Rosalind Tembe (item A only) and Owen Strickley "
            "(Fallowden District Council); Ch Insp Marcus Hebden (Dunmarsh Police); Priya Venkataraman "
            "(Dunmarsh County Council); GM Tessa Vardy (Dunmarsh Fire and Rescue Service); Nasreen Bhatt "
            "(Probation Service); Dr Siobhan Kearsley (ICB); Tobias Hanlon (OPCC); Jo Carrick (Foxglove); "
            "Dev Lakhani (CVS); Ruth Akinola (Greenmantle Homes). <b>Apologies:</b> Ayesha Mahmood. "
            "<b>Notes:</b> Bethan Colley.",
            SMALL,
        ),
        subsection("A. Election of Chair and Vice-Chair"),
        p(
            "Cllr Tembe is no longer a Cabinet Member after the district elections in May 2024 and stood "
            "down as Chair, after three years. Members thanked her. Cllr Fenella Ormesby, the new Cabinet "
            "Member for Communities and Leisure, was the only nominee. Ch Insp Hebden asked to stand down "
            "as Vice-Chair but stays on the Board."
        ),
        _agreed("Cllr Fenella Ormesby is elected Chair for 2024/25, and GM Tessa Vardy Vice-Chair."),
        subsection("B. New members"),
        p(
            "The Chair welcomed Nasreen Bhatt, who has represented the Probation Service since April, and "
            "Ruth Akinola, Neighbourhood Services Manager at Greenmantle Homes, who joins as a co-opted "
            "member."
        ),
        subsection("C. Notes of 12 March 2024 and actions"),
        p(
            "Agreed as a correct record. A1: the £1,950 from the Safe Shops scheme was received on 24 April "
            "2024. A3: the Night Hub's costed plan was received (item E). Other actions complete."
        ),
        subsection("D. The Fund for 2024-25"),
        p(
            "The Commissioner's letter of 28 March 2024 confirmed a Community Safety Grant of £46,900, 8% "
            "less than the £51,000 of 2023-24. The district council's contribution is £10,500 (£12,000 "
            "last year). With £6,910 brought forward, the Fund has £64,310."
        ),
        subsection("E. Bids for 2024-25"),
        p("Jo Carrick declared an interest in the first bid and took no part in it."),
        _agreed(
            "the IDVA service at Foxglove Domestic Abuse Service, approved in principle at £19,000 on 12 "
            "March, is confirmed at a reduced £17,500 because the grant is smaller."
        ),
        _agreed(
            "the Fallowden Night Hub (Fallowden Faith Forum), deferred in March, is approved at £10,000 "
            "against the £12,000 asked, opening on Friday and Saturday nights from September 2024."
        ),
        _agreed("a second year of the Edge of Harm knife crime workshops, £6,200."),
        _not_agreed(
            "Scam Champions, year two (Silver Years Dunmarsh, £4,600): fraud is no longer a partnership "
            "priority. Bid referred to the Dunmarsh Safeguarding Adults Board."
        ),
        p(
            "Bids from the Kettlebridge Youth Outreach Bus and Turning Tides Recovery will come to the "
            "September meeting."
        ),
        subsection("F. Annual Report 2023 to 2024"),
        _agreed("the report is approved for publication in July 2024."),
        subsection("G. Serious Violence Duty"),
        p(
            "Ch Insp Hebden and Ayesha Mahmood will draft a local serious violence action plan with the "
            "county's Violence Reduction Partnership, for publication by October 2024."
        ),
        subsection("H. Next meeting"),
        p("Tuesday 17 September 2024, 2.00pm, Wharf House.", TEXT),
    ]
