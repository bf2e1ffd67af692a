"""Partnership Q's meetings: narrative minutes of 11 July 2023 in numbered paragraphs ("5.3") beside a
right-hand Action column; the record of a decision the Chair took between meetings on 3 October 2023 (a
form the build scans to an image); a railed record of decisions of 7 November 2023 with an attendance
table and an action log; and formal minutes of 21 January 2025 under minute numbers ("CCSP 25/06")
with "RESOLVED that" and lettered decisions."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from evals.archive.caddisford_layout import (
    CERISE_HEX,
    HEAD_CELL,
    SMALL,
    SUBSECTION,
    TEXT,
    TYPED,
    Furniture,
    form,
    listing,
    note,
    notice,
    open_table,
    p,
    railed,
    render_pages,
    subsection,
    title,
)
from evals.archive.common import FICTIONAL, Meta
from evals.archive.names import CADDISFORD, CADDISFORD_BOARD, CADDISFORD_FUND

TITLE_JULY = f"{CADDISFORD_BOARD}: minutes of the meeting of 11 July 2023"
TITLE_CHAIR = f"{CADDISFORD}: decision taken by the Chair between meetings"
TITLE_NOVEMBER = f"{CADDISFORD_BOARD}: record of decisions and actions, 7 November 2023"
TITLE_JANUARY = f"{CADDISFORD_BOARD}: minutes of the meeting of 21 January 2025"
_RESOLVED = TEXT.clone("CdResolved", leftIndent=20, spaceBefore=1, spaceAfter=8)


def write_minutes_july(path: Path) -> Path:
    furniture = Furniture("Board minutes, 11 July 2023", "CCSP/MIN/2023-07  confirmed 7 November 2023")
    return render_pages(path, _july, Meta(TITLE_JULY, CADDISFORD), furniture)


def write_chair_decision(path: Path) -> Path:
    """The digital original; the build ships only its scan."""
    furniture = Furniture("Chair's decision", "", form=True)
    return render_pages(path, _chair_decision, Meta(TITLE_CHAIR, CADDISFORD), furniture)


def write_record_november(path: Path) -> Path:
    furniture = Furniture("Decisions and actions, 7 November 2023", "CCSP/REC/2023-11")
    return render_pages(path, _november, Meta(TITLE_NOVEMBER, CADDISFORD), furniture)


def write_minutes_january(path: Path) -> Path:
    furniture = Furniture("Board minutes, 21 January 2025", "CCSP minutes 25/01 to 25/11")
    return render_pages(path, _january, Meta(TITLE_JANUARY, CADDISFORD), furniture)


def _item(number: str, heading: str, paragraphs: list[tuple[str, str, str]]) -> list[list[Flowable | str]]:
    """Rows of the minutes' running table: the item's heading across the first two columns, then each
    paragraph as (number, text, action owner)."""
    rows: list[list[Flowable | str]] = [[p(f'<font color="{CERISE_HEX}">{number}</font>', SUBSECTION),
                                         p(heading, SUBSECTION), ""]]  # fmt: skip
    for para_number, text, action in paragraphs:
        rows.append([p(para_number, TEXT), p(text, TEXT), p(f"<b>{action}</b>", TEXT) if action else ""])
    return rows


def _minutes_table(items: list[list[list[Flowable | str]]]) -> Table:
    rows: list[list[Flowable | str]] = [["", "", p("Action", HEAD_CELL)]]
    for item in items:
        rows += item
    table = Table(rows, colWidths=[40, 366, 58], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _july() -> list[Flowable]:
    items = [
        _item(
            "1",
            "Welcome, apologies and quorum",
            [
                (
                    "1.1",
                    "The Chair welcomed members to the annual meeting of the Board. Apologies were received "
                    "from Dr Nadia Chaudry (Hallowshire Public Health) and Simon Brede (Caddisford Homes).",
                    "",
                ),
                (
                    "1.2",
                    "All six responsible authorities were represented. The quorum is five members, at "
                    "least three of them from responsible authorities, so the meeting was quorate.",
                    "",
                ),
            ],
        ),
        _item(
            "2",
            "Declarations of interest",
            [
                (
                    "2.1",
                    "Carol Finch declared an interest in the bid from Meadowgate Domestic Abuse Service "
                    "(paragraph 5.3(ii)), of which she is Chief Executive, and took no part in that "
                    "decision.",
                    "",
                )
            ],
        ),
        _item(
            "3",
            "Minutes of the meeting of 18 April 2023",
            [("3.1", "The minutes were agreed as a correct record. There were no matters arising.", "")],
        ),
        _item(
            "4",
            "Annual business: chairing and meetings",
            [
                (
                    "4.1",
                    "Councillor Janet Rowbotham was re-elected Chair of the Partnership for 2023-24, and "
                    "Superintendent Rhiannon Tull was re-elected Vice-Chair.",
                    "",
                ),
                (
                    "4.2",
                    "The Board will continue to meet four times a year. Meetings for the rest of 2023-24: "
                    "7 November 2023 and 12 March 2024. Between meetings the Chair may approve an urgent "
                    "bid of up to £3,000 after consulting the Vice-Chair; any such decision is reported to "
                    "the next meeting for ratification.",
                    "GL",
                ),
            ],
        ),
        _item(
            "5",
            f"{CADDISFORD_FUND} 2023-24",
            [
                (
                    "5.1",
                    "Grace Lyle, Community Safety Manager, reported that the Fund holds £61,760 for "
                    "2023-24: the Police and Crime Commissioner's Community Safety Grant of £48,500, the "
                    "District Council's contribution of £10,000 and £3,260 brought forward from 2022-23. "
                    "£15,000 of this is committed to the Community Safety Officer post.",
                    "",
                ),
                (
                    "5.2",
                    "Members considered the five bids received in the summer round, each scored by "
                    "officers against the Fund's criteria and the four priorities of the Partnership Plan "
                    "2022-25.",
                    "",
                ),
                (
                    "5.3",
                    "RESOLVED:<br/>"
                    "(i) that £4,750, the full sum sought, be awarded to Caddisford Churches Together for "
                    "Saltry Street Pastors, patrols on Friday and Saturday nights from September;<br/>"
                    "(ii) that Meadowgate Domestic Abuse Service, which sought £14,000 for a twelve-month "
                    "Stalking Advocacy Pilot, be awarded £11,200 to run the pilot for nine months from "
                    "October 2023, the Board wishing to see early results before committing further;<br/>"
                    "(iii) that £8,400 be awarded to Caddisford Youth Partnership for detached youth "
                    "outreach in Quenby Park;<br/>"
                    "(iv) that the bid of £6,300 from Hallowshire Constabulary's Rural Crime Team for "
                    "Kettlewick Farm Watch (trail cameras, signage and a farm watch co-ordinator) be "
                    "deferred to the November meeting, pending written confirmation of the £1,500 match "
                    "funding offered by the National Farmers' Union and quotes for the cameras;<br/>"
                    "(v) that the bid of £9,800 from Fennimore Boxing Academy for a new ring and equipment "
                    "be declined, as equipment of this kind is capital spending, which the Fund does not "
                    "support; officers to point the Academy to Sport Hallowshire's small grants.",
                    "GL",
                ),
                (
                    "5.4",
                    "With (i) to (iii) the Board has committed £24,350 this round, leaving £22,410 in the "
                    "Fund for the rest of 2023-24.",
                    "",
                ),
            ],
        ),
        _item(
            "6",
            "Performance: April to June 2023",
            [
                (
                    "6.1",
                    "Superintendent Tull reported 1,046 anti-social behaviour incidents in the district "
                    "from April to June 2023, against 1,187 in the same quarter of 2022, a fall of 11.9%. "
                    "Rural and farm crime fell from 91 offences to 64. Domestic abuse-related incidents "
                    "rose to 764.",
                    "",
                ),
                (
                    "6.2",
                    "Members asked for stalking offences to be shown separately in future performance "
                    "reports.",
                    "RT",
                ),
            ],
        ),
        _item(
            "7",
            "Serious Violence Duty",
            [
                (
                    "7.1",
                    "Elliot Marsh (Office of the Police and Crime Commissioner) outlined the county's "
                    "serious violence strategic needs assessment. The Board agreed that the Partnership's "
                    "Strategic Intelligence Assessment, due early in 2024, should consider whether serious "
                    "violence should become a local priority.",
                    "TW",
                )
            ],
        ),
        _item(
            "8",
            "Any other business",
            [
                (
                    "8.1",
                    "Station Commander Colin Ashdown told the Board that he will retire from Hallowshire "
                    "Fire and Rescue Service in October. The Service will name his successor on the Board.",
                    "CA",
                )
            ],
        ),
        _item(
            "9",
            "Date of next meeting",
            [("9.1", "Tuesday 7 November 2023 at 2.00 pm, Saltry Community Hub, Harbour Road, Saltry.", "")],
        ),
    ]
    return [
        notice(),
        *title(
            "Minutes",
            "Partnership Board",
            "Tuesday 11 July 2023 at 2.00 pm, Council Chamber, Caddisford House, Market Street, Caddisford",
        ),
        p(
            "<b>Present:</b> Councillor Janet Rowbotham (Chair; Caddisford District Council), Superintendent "
            "Rhiannon Tull (Vice-Chair; Hallowshire Constabulary), Councillor Derek Pawley (Hallowshire "
            "County Council), Station Commander Colin Ashdown (Hallowshire Fire and Rescue Service), Marcus "
            "Odell (Probation Service, Hallowshire Delivery Unit), Dr Hannah Greaves (Hallowshire and Wyre "
            "Vale Integrated Care Board), Paul Kinsella (Hallowshire Youth Justice Service), Carol Finch "
            "(Meadowgate Domestic Abuse Service)."
        ),
        p(
            "<b>In attendance:</b> Grace Lyle (GL, Community Safety Manager), Tomasz Wierzbicki (TW, "
            "Community Safety Analyst), Elliot Marsh (Office of the Police and Crime Commissioner, "
            "observer). Action initials: RT Superintendent Tull; CA Station Commander Ashdown."
        ),
        Spacer(1, 4),
        _minutes_table(items),
        Spacer(1, 12),
        note("Confirmed as a correct record on 7 November 2023. Signed: J. Rowbotham, Chair."),
    ]


def _chair_decision() -> list[Flowable]:
    rows = [
        ("Reference", "CCSP/CD/2023/02"),
        ("Date of decision", "3 October 2023"),
        ("Decision taken by", "Councillor Janet Rowbotham, Chair of the Partnership"),
        ("Vice-Chair consulted", "Superintendent Rhiannon Tull, by email on 2 October 2023"),
        (
            "Decision",
            f"To award £2,600 from the {CADDISFORD_FUND} 2023-24 to Caddisford District Council's "
            "Neighbourhood Warden Service for Operation Lantern: extra evening warden patrols in Saltry "
            "and Caddisford town centre from 27 October to 5 November 2023.",
        ),
        (
            "Why it could not wait",
            "Anti-social behaviour and fireworks misuse peak over Halloween and bonfire night, before "
            "the next Board meeting on 7 November 2023.",
        ),
        ("Delegation used", "Chair's urgent decisions of up to £3,000 (Board minute 4.2, 11 July 2023)."),
        ("Fund balance after this award", "£19,810"),
        ("Report to", "Partnership Board, 7 November 2023, for ratification"),
    ]
    return [
        p(FICTIONAL, SMALL),
        Spacer(1, 10),
        p(f"<b>{CADDISFORD.upper()}</b>", TYPED),
        p("<b>DECISION TAKEN BY THE CHAIR BETWEEN MEETINGS</b>", TYPED),
        Spacer(1, 6),
        form(rows, [150, 320]),
        Spacer(1, 28),
        p("Signed: <i>J. Rowbotham</i>", TYPED),
        p("Councillor Janet Rowbotham, Chair", TYPED),
        p("Date: 3 October 2023", TYPED),
        Spacer(1, 16),
        p("Vice-Chair: <i>R. Tull</i>", TYPED),
        Spacer(1, 22),
        p("Entered in the decisions register on 4 October 2023 by Grace Lyle.", TYPED),
    ]


def _november() -> list[Flowable]:
    attendance = [
        ["Member", "Organisation", "Attendance"],
        ["Cllr Janet Rowbotham (Chair)", "Caddisford District Council", "Present"],
        ["Supt Rhiannon Tull (Vice-Chair)", "Hallowshire Constabulary", "Present"],
        ["Cllr Derek Pawley", "Hallowshire County Council", "Apologies"],
        ["Group Manager Leanne Fairclough", "Hallowshire Fire and Rescue Service", "Present (first meeting)"],
        ["Marcus Odell", "Probation Service", "Present"],
        ["Dr Hannah Greaves", "Hallowshire and Wyre Vale ICB", "Apologies; Jas Bhamra deputised"],
        ["Paul Kinsella", "Hallowshire Youth Justice Service", "Present"],
        ["Dr Nadia Chaudry", "Hallowshire Public Health", "Present"],
        ["Carol Finch", "Meadowgate Domestic Abuse Service", "Present"],
        ["Simon Brede", "Caddisford Homes", "Present"],
        ["Elliot Marsh", "Office of the Police and Crime Commissioner", "Observer"],
    ]
    decisions = [
        ["No.", "Subject", "What the Board heard", "Decision", "Amount"],
        [
            "D23/31",
            "Chair's decision CCSP/CD/2023/02: Operation Lantern",
            "Taken on 3 October under the Chair's urgent delegation. Wardens made 38 interventions with "
            "young people over the ten nights; fireworks complaints in Saltry fell from 27 to 12.",
            "Ratified",
            "£2,600",
        ],
        [
            "D23/32",
            "Kettlewick Farm Watch (deferred on 11 July, minute 5.3(iv))",
            "The NFU confirmed its £1,500 contribution in writing on 19 September; three quotes for the "
            "cameras were received.",
            "Approved in full",
            "£6,300",
        ],
        [
            "D23/33",
            "Saltry Street Pastors",
            "Caddisford Churches Together asked to add Thursday nights in December, when the town's "
            "Christmas events draw late crowds.",
            "Award increased from £4,750 to £5,600",
            "+£850",
        ],
        [
            "D23/34",
            "Marrowby estate youth shelter (Caddisford Homes, £7,500)",
            "Planning permission was refused on 12 October. Simon Brede withdrew the bid on behalf of "
            "Caddisford Homes.",
            "Bid withdrawn by the applicant",
            "–",
        ],
        [
            "D23/35",
            "Upper Lenning Community Speedwatch (Upper Lenning Parish Council, £2,200)",
            "Speeding is a road safety matter, not one of the Partnership's priorities.",
            "Declined; referred to the County Council's road safety team",
            "–",
        ],
        [
            "D23/36",
            "Ask for Angela and WAVE training for licensed premises",
            "Caddisford District Council's licensing team to train staff at 40 pubs, bars and "
            "takeaways in Caddisford and Saltry.",
            "Approved",
            "£1,900",
        ],
        [
            "D23/37",
            "Membership",
            "Group Manager Leanne Fairclough has succeeded Station Commander Colin Ashdown, who retired in "
            "October, as Hallowshire Fire and Rescue Service's member.",
            "Noted, with thanks to Colin Ashdown",
            "",
        ],
        [
            "D23/38",
            "Fund position",
            "After D23/31 to D23/36, £10,760 of the 2023-24 Fund is uncommitted.",
            "Noted",
            "",
        ],
        [
            "D23/39",
            "Strategic Intelligence Assessment",
            "Tomasz Wierzbicki will use police data for the calendar years 2021 to 2023; a draft in January.",
            "Assessment to come to the Board on 12 March 2024 with proposed priorities for 2024-25",
            "",
        ],
    ]
    actions = [
        ["Action", "What", "Who", "By"],
        ["A23/21", "Send grant letters for D23/32 and D23/36 and a varied letter for D23/33", "GL",
         "17 Nov 2023"],
        ["A23/22", "Stalking offences shown separately in the performance report (from 11 July)", "RT",
         "12 Mar 2024"],
        ["A23/23", "Draft Strategic Intelligence Assessment to members", "TW", "31 Jan 2024"],
        ["A23/24", "Write to Upper Lenning Parish Council with the road safety team's contact", "GL",
         "17 Nov 2023"],
    ]  # fmt: skip
    return [
        notice(),
        *title(
            "Record of decisions and actions",
            "Partnership Board, 7 November 2023",
            "Saltry Community Hub, Harbour Road, Saltry, 2.00 pm to 4.10 pm",
        ),
        subsection("", "Attendance"),
        open_table(attendance, [160, 190, 120]),
        Spacer(1, 4),
        p(
            "Officers: Grace Lyle (GL, Community Safety Manager), Tomasz Wierzbicki (TW, Community Safety "
            "Analyst). RT: Superintendent Tull. The meeting was quorate.",
            SMALL,
        ),
        p(
            "Declarations of interest: Simon Brede (Caddisford Homes) for D23/34. The record of the meeting "
            "of 11 July 2023 was confirmed.",
            SMALL,
        ),
        subsection("", "Decisions", keep=False),
        railed(decisions, [44, 104, 170, 100, 52], figures=[4]),
        Spacer(1, 10),
        subsection("", "Action log"),
        open_table(actions, [50, 300, 40, 80]),
        Spacer(1, 10),
        p("Next meeting: Tuesday 12 March 2024, 2.00 pm, Council Chamber, Caddisford House."),
    ]


def _minute(number: str, heading: str) -> Paragraph:
    return p(f'<font color="{CERISE_HEX}">CCSP {number}</font>&nbsp;&nbsp;&nbsp;{heading}', SUBSECTION)


def _resolved(text: str) -> Paragraph:
    return p(f"<b>RESOLVED</b> that {text}", _RESOLVED)


def _january() -> list[Flowable]:
    present = [
        ["Member", "Representing"],
        ["Superintendent Rhiannon Tull (Chair)", "Hallowshire Constabulary"],
        ["Councillor Amir Haddad (Vice-Chair)", "Caddisford District Council"],
        ["Councillor Derek Pawley", "Hallowshire County Council"],
        ["Group Manager Leanne Fairclough", "Hallowshire Fire and Rescue Service"],
        ["Beverley Strand", "Probation Service, Hallowshire Delivery Unit"],
        ["Dr Hannah Greaves", "Hallowshire and Wyre Vale Integrated Care Board"],
        ["Paul Kinsella", "Hallowshire Youth Justice Service"],
        ["Dr Nadia Chaudry", "Hallowshire Public Health"],
        ["Carol Finch", "Meadowgate Domestic Abuse Service"],
        ["Imran Sheikh", "Caddisford Voluntary Action (co-opted)"],
    ]
    return [
        notice(),
        *title(
            "Minutes",
            "Partnership Board",
            "Tuesday 21 January 2025, 10.00 am, Fennimore Library meeting room",
        ),
        open_table(present, [210, 250]),
        Spacer(1, 4),
        p(
            "<b>Officers:</b> Grace Lyle (Community Safety Manager), Tomasz Wierzbicki (Community Safety "
            "Analyst). <b>Observing:</b> Elliot Marsh (Office of the Police and Crime Commissioner). "
            "<b>Apologies:</b> Simon Brede (Caddisford Homes)."
        ),
        _minute("25/01", "Apologies and quorum"),
        p("Apologies as above. The meeting was quorate."),
        _minute("25/02", "Declarations of interest"),
        p(
            "Paul Kinsella declared an interest in minute 25/05, as the Youth Justice Service delivers "
            "Blades Down, and Carol Finch in minute 25/04. Each left the room for that item."
        ),
        _minute("25/03", "Minutes of 15 October 2024"),
        p(
            "The minutes of the meeting of 15 October 2024 were agreed. Matters arising: the Taxi Marshals "
            "bid, deferred on 15 October until the Business Improvement District confirmed its share of the "
            "cost, is taken at 25/06(a)."
        ),
        _minute("25/04", "Decision taken by the Chair between meetings"),
        p(
            "On 11 December 2024 the Chair, after consulting the Vice-Chair, awarded £1,750 to Meadowgate "
            "Domestic Abuse Service for Christmas Safe Space, emergency accommodation for women and children "
            "fleeing abuse over the holiday period (decision CCSP/CD/2024/03). Eleven families were housed."
        ),
        _resolved("the Chair's decision CCSP/CD/2024/03 of 11 December 2024 be ratified."),
        _minute("25/05", "Blades Down: change to the award"),
        p(
            "Blades Down, the knife crime education programme commissioned from Hallowshire Youth Justice "
            "Service for 2024-25, was planned for ten secondary schools. Seven have taken it up; the other "
            "three run their own programmes and no more bookings are expected this school year."
        ),
        _resolved(
            "the award to Hallowshire Youth Justice Service for Blades Down be reduced from £7,500 to "
            "£5,250 (seven schools at £750), the £2,250 released going back into the Fund's contingency."
        ),
        _minute("25/06", "Open grants round: Window B"),
        p(
            "Members considered the bids received in Window B, which closed on 29 November 2024, and the "
            "Taxi Marshals bid carried from October. Officers' assessments were circulated with the papers."
        ),
        _resolved(
            "(a) Caddisford District Council (licensing) be awarded £4,400, as sought, for Taxi Marshals at "
            "the Market Street rank on Friday and Saturday nights, the Caddisford Business Improvement "
            "District having confirmed a contribution of £1,100;<br/>"
            "(b) Caddisford Business Improvement District be awarded £3,800 towards ShopSafe, a radio link "
            "between town centre shops, against the £5,000 sought, the Board funding the radios and the "
            "first year's licence but not a second year's;<br/>"
            "(c) Fennimore Boxing Academy be awarded £4,600 for Fight for Change, weekly coaching and "
            "mentoring for young people referred by the Youth Justice Service and schools;<br/>"
            "(d) the bid of £4,950 from Upper Lenning Parish Council for a village CCTV camera be refused, "
            "as capital works fall outside the Fund."
        ),
        _minute("25/07", "Saltry Youth Cafe: award withdrawn"),
        p(
            "The Board awarded £2,400 to Saltry Youth Cafe CIC on 16 July 2024 for Friday evening "
            "sessions. The cafe closed in November 2024 before any money was paid."
        ),
        _resolved("the award of £2,400 to Saltry Youth Cafe CIC be withdrawn."),
        _minute("25/08", "Priorities for 2025-26"),
        p(
            "Tomasz Wierzbicki reported that shoplifting rose by a further 18% in the first nine months of "
            "2024, after the rise of almost a third in 2023 shown in the Strategic Intelligence "
            "Assessment, and town centre traders' survey responses named shop theft as their main worry. "
            "Members agreed the other four priorities should stay as they are."
        ),
        _resolved(
            "shop theft and retail crime be added as a fifth priority of the Partnership from 1 April "
            "2025, the four priorities agreed in March 2024 continuing unchanged."
        ),
        _minute("25/09", "A Funding Panel"),
        p(
            "The Vice-Chair proposed that smaller bids be decided more quickly, between Board meetings, by "
            "a panel of members."
        ),
        _resolved(
            "from 1 April 2025 a Funding Panel (the Vice-Chair, the Community Safety Manager and three "
            "other Board members) decide open-round bids of up to £5,000 and refer larger bids to the "
            "Board; the Chair's limit for urgent decisions between meetings remains £3,000."
        ),
        _minute("25/10", "Fund position 2024-25"),
        p(
            "After these decisions £1,460 of the 2024-25 Fund of £67,310 is uncommitted. Grace Lyle will "
            "report any underspend at the year end."
        ),
        _minute("25/11", "Date of next meeting"),
        p("Tuesday 18 March 2025, 10.00 am, Council Chamber, Caddisford House."),
        p("<b>Actions</b>"),
        listing(
            [
                "GL: grant letters for 25/06(a) to (c) and a varied letter for 25/05 by 31 January 2025.",
                "GL: terms of reference for the Funding Panel to the March meeting.",
            ]
        ),
        Spacer(1, 6),
        note("Approved as a correct record on 18 March 2025. Signed: R. Tull, Chair."),
    ]
