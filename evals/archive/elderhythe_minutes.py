"""Partnership T's Strategic Board minutes in three styles: formal minutes of the annual meeting of
Tuesday 13 June 2023 (items "ESB 23/14" with lettered parts, "Decision:" lines and inline "ACTION:" lines,
sums as "£6,200.00", a "Chair's initials" blank at every page's foot); a landscape record of decisions and
actions of 19/09/2023 (those present by initials with a key, a decision log D1 to D10 with "CONFIRMED",
"APPROVED", "AGREED", "ENDORSED" and "NOTED" outcomes and bare sums under "£", running over a page break
with its header repeated, an actions table); and narrative minutes of 23rd January 2024 (no item numbers,
run-in headings, those present in a sentence, a ratified urgent decision, a varied award, a declined bid,
the assessment endorsed, new strategic themes and a new meeting cycle)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.elderhythe_funding import (
    ANALYST_2324,
    AVAILABLE_2324,
    BOXING_INCREASE,
    BROUGHT_FORWARD_2324,
    COUNCIL_2324,
    DHR_2324,
    GRANT_2324,
    HALLOWEEN_BID,
    SHOPWATCH_VARIATION,
    UNCOMMITTED_AT_SCHEDULE,
)
from evals.archive.elderhythe_layout import (
    SMALL,
    TEXT,
    Furniture,
    caption,
    grid,
    guillemets,
    lettered,
    note,
    notice,
    p,
    pence,
    pounds,
    render_pages,
    runin,
    subheading,
    title,
)
from evals.archive.names import ELDERHYTHE, ELDERHYTHE_BOARD, ELDERHYTHE_FUND, ELDERHYTHE_GROUP

TITLE_JUNE = f"{ELDERHYTHE_BOARD} minutes of the annual meeting, 13 June 2023"
TITLE_SEPTEMBER = f"{ELDERHYTHE_BOARD}: record of decisions and actions, 19 September 2023"
TITLE_JANUARY = f"{ELDERHYTHE_BOARD} minutes, 23 January 2024"


def write_minutes_june(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Board minutes · 13 June 2023", "APPROVED", "ECSP/ESB/2023-06 · minutes", initials=True
    )
    return render_pages(path, _minutes_june, Meta(TITLE_JUNE, ELDERHYTHE), furniture)


def write_record_september(path: Path) -> Path:
    furniture = Furniture(
        "Record of decisions and actions · 19/09/2023",
        "CONFIRMED",
        "ECSP/ESB/2023-09 · decision log",
        initials=True,
    )
    return render_pages(path, _record_september, Meta(TITLE_SEPTEMBER, ELDERHYTHE), furniture, first="wide")


def write_minutes_january(path: Path) -> Path:
    furniture = Furniture(
        "Strategic Board minutes · 23rd January 2024",
        "CONFIRMED",
        "ECSP/ESB/2024-01 · minutes",
        initials=True,
    )
    return render_pages(path, _minutes_january, Meta(TITLE_JANUARY, ELDERHYTHE), furniture)


def _item(number: str, text: str) -> Flowable:
    return subheading(f"ESB 23/{number}", text)


def _decision(text: str) -> Flowable:
    return p(f"<b>Decision:</b> {text}")


def _action(text: str) -> Flowable:
    return p(f"<b>ACTION:</b> {text}", SMALL)


def _minutes_june() -> list[Flowable]:
    present = [
        ["Name", "Organisation", ""],
        ["Cllr Eleanor Mabbott", "Elderhythe District Council", "Chair"],
        ["Ch Insp Tobias Garside", "Vennshire Police", "Vice-Chair"],
        ["Gareth Mildmay", "Elderhythe District Council", "Lead officer"],
        ["Bethan Lacey-Ward", "Vennshire County Council", ""],
        ["SM Ffion Gwilliam", "Vennshire Fire and Rescue Service", ""],
        ["Lorna Ezeji", "The Probation Service", ""],
        ["Declan Morrow", "Office of the Vennshire Police and Crime Commissioner", "Co-opted"],
        ["Ruth Abernethy", "Meadowlark Domestic Abuse Service", "Co-opted"],
        ["Colin Strathearn", "Havenbury Homes", "Co-opted"],
    ]
    return [
        *title(
            ELDERHYTHE_BOARD,
            "Minutes of the Annual Meeting",
            "Tuesday 13 June 2023 at 10.00am, Committee Room 1, Elderhythe Civic Centre, Quay Street",
        ),
        notice(),
        p("<b>Present</b>"),
        grid(present, [150, 260, 70]),
        Spacer(1, 6),
        p(
            "<b>In attendance:</b> Philippa Dunmow (Community Safety Partnership Manager); Dr Keziah Frome "
            "(Vennshire Community Safety Analysis Unit, for ESB 23/20); Lewis Trask (Democratic Services, "
            "minutes)."
        ),
        p(
            "<b>Apologies:</b> Dr Samira Holloway (Vennshire Integrated Care Board); Hattie Gorringe "
            "(Vennshire Youth Justice Service)."
        ),
        p("The meeting was quorate: five of the six responsible authorities were represented."),
        _item("14", "Election of Chair and Vice-Chair for 2023-24"),
        p("Gareth Mildmay took the chair for this item. One nomination was received for each office."),
        _decision(
            "Cllr Eleanor Mabbott was elected Chair and Ch Insp Tobias Garside Vice-Chair of the Strategic "
            "Board for 2023-24."
        ),
        _item("15", "Apologies and declarations of interest"),
        p(
            "Apologies were noted as above. Ruth Abernethy declared an interest in ESB 23/19(c), a bid from "
            "her organisation, and left the room for that item."
        ),
        _item("16", "Minutes of 14 March 2023 and matters arising"),
        _decision("The minutes of the meeting held on 14 March 2023 were approved as a correct record."),
        p(
            "Matters arising: the Police and Crime Commissioner's grant letter of 2 March 2023 confirmed a "
            f"Community Safety Grant of {pounds(GRANT_2324)} for 2023-24, down from £58,400 in 2022-23."
        ),
        _item("17", "Terms of reference and meetings in 2023-24"),
        p(
            "The Board reviewed its terms of reference. It meets quarterly; a meeting is quorate when four "
            "members are present, at least two of them from responsible authorities. Meetings in 2023-24 "
            "were proposed for 13 June 2023, 19 September 2023, 23 January 2024 and 19 March 2024."
        ),
        _decision("The terms of reference were re-adopted without change and the meeting dates agreed."),
        _item("18", "Annual Report 2022-23"),
        _decision(
            "The Annual Report 2022-23 was approved for publication in July 2023, with minor corrections "
            "delegated to the CSP Manager."
        ),
        _item("19", f"{ELDERHYTHE_FUND}: budget 2023-24 and the first round of bids"),
        p(
            f"The CSP Manager presented the budget: the Commissioner's grant of {pence(GRANT_2324)}, the "
            f"District Council's contribution of {pence(COUNCIL_2324)} and {pence(BROUGHT_FORWARD_2324)} "
            f"brought forward from 2022-23, {pence(AVAILABLE_2324)} in all. The {ELDERHYTHE_GROUP} had "
            "scored the first round's bids on 30 May 2023 and its recommendations were before the Board."
        ),
        _decision(
            f"The budget of {pence(AVAILABLE_2324)} was approved, with {pence(ANALYST_2324)} set aside for "
            "the "
            f"partnership analyst and {pence(DHR_2324)} for domestic homicide review costs."
        ),
        lettered(
            [
                "<b>ESCF 23-01 Independent Domestic Violence Adviser (IDVA) service</b>, Meadowlark Domestic "
                "Abuse Service. <b>Decision:</b> APPROVED at £21,500.00 as a commissioned service for "
                "2023-24.",
                "<b>ESCF 23-02 Quaymouth Night Helpers</b>, Elderhythe Churches Fellowship. "
                "<b>Decision:</b> APPROVED at £6,200.00.",
                "<b>ESCF 23-03 The Anchorage drop-in</b>, Meadowlark Domestic Abuse Service, £9,800.00 "
                "requested. Members supported the aim but asked for revised costings for venue hire and "
                "a plan for a second year. <b>Decision:</b> DEFERRED to the meeting on 19 September 2023, "
                "pending revised costings.",
                "<b>ESCF 23-04 Market Square CCTV upgrade</b>, Elderhythe District Council, £14,500.00 "
                "requested. <b>Decision:</b> DECLINED: capital works fall outside the Fund's criteria. The "
                "Council was advised to apply to the Commissioner's capital fund.",
                "<b>ESCF 23-05 Gloves Up boxing diversion</b>, Keddlesby Amateur Boxing Club, £5,200.00 "
                "requested. <b>Decision:</b> APPROVED at £4,750.00, the CGG having advised that the club "
                "meet the cost of equipment itself.",
                "<b>ESCF 23-06 Safe Night Out licensed premises training</b>, Vennshire Police licensing "
                "team. <b>Decision:</b> APPROVED at £2,300.00.",
            ]
        ),
        _action("PD to send Meadowlark the revised costings template by 30 June 2023."),
        _item("20", "Serious Violence Duty"),
        p(
            "Dr Frome outlined the Serious Violence Duty, in force since 31 January 2023, which requires "
            "the partnership's authorities to work together to prevent and reduce serious violence. The "
            "county's Violence Reduction Partnership is preparing a strategy for Vennshire."
        ),
        _decision(
            "NOTED. The Exploitation and Serious Violence Group will lead the district's response, and the "
            "Strategic Intelligence Assessment due in December 2023 will include a serious violence "
            "profile."
        ),
        _item("21", "Performance: quarter 4 and the year 2022-23"),
        p(
            "Total recorded crime in 2022-23 was 7,067, 1.9% more than in 2021-22. Shoplifting rose by 30% "
            "and residential burglary fell by 5%. Anti-social behaviour incidents fell by 14% to 3,541."
        ),
        _decision("NOTED."),
        _item("22", "Any other business"),
        p(
            "Colin Strathearn reported two cases of cuckooing in Havenbury Homes flats in Keddlesby North "
            "since April, and asked that the Exploitation and Serious Violence Group consider them."
        ),
        _action("TG to bring a cuckooing update to the September meeting."),
        p("<b>Date of next meeting:</b> Tuesday 19 September 2023, 10.00am, on Microsoft Teams."),
        Spacer(1, 14),
        p("Signed ...................................... Chair      Date ......................"),
        note("Approved as a correct record by the Strategic Board on 19 September 2023."),
    ]


def _record_september() -> list[Flowable]:
    people = (
        ("EM", "Cllr Eleanor Mabbott, Elderhythe District Council (Chair)"),
        ("TG", "Ch Insp Tobias Garside, Vennshire Police (Vice-Chair)"),
        ("GM", "Gareth Mildmay, Elderhythe District Council (lead officer)"),
        ("BLW", "Bethan Lacey-Ward, Vennshire County Council"),
        ("FG", "SM Ffion Gwilliam, Vennshire Fire and Rescue Service"),
        ("LE", "Lorna Ezeji, The Probation Service"),
        ("SH", "Dr Samira Holloway, Vennshire Integrated Care Board"),
        ("DM", "Declan Morrow, Office of the Vennshire PCC (co-opted)"),
        ("HG", "Hattie Gorringe, Vennshire Youth Justice Service (co-opted)"),
        ("RA", "Ruth Abernethy, Meadowlark Domestic Abuse Service (co-opted)"),
        ("PD", "Philippa Dunmow, CSP Manager (in attendance)"),
        ("", ""),
    )
    attendance = [["Key", "Present", "Key", "Present", "Key", "Present"]]
    for row in range(4):
        line: list[str] = []
        for column in range(3):
            line += list(people[column * 4 + row])
        attendance.append(line)
    log = [
        ["No.", "Item", "Discussion", "Outcome", "£", "Lead"],
        ["D1", "Minutes of 13/06/2023", "No corrections.", "CONFIRMED as a correct record", "", "EM"],
        [
            "D2",
            "ESCF 23-03 The Anchorage drop-in, Meadowlark Domestic Abuse Service (deferred 13/06/2023)",
            "Revised costings received: venue hire halved by moving to the Keddlesby family hub; second "
            "year to "
            "be sought from the ICB. RA left for this item.",
            "APPROVED at the revised cost (£9,800 first asked)",
            "9,200",
            "RA",
        ],
        [
            "D3",
            "ESCF 23-07 Shopwatch radio scheme, Elderhythe Business Improvement District",
            "Radios and licences for 22 town centre businesses for a year; links to the police control room.",
            "APPROVED",
            "3,600",
            "PD",
        ],
        [
            "D4",
            "ESCF 23-08 Edge Aware knife crime education in schools, Bright Lines Youth Trust",
            "Workshops for Years 8 and 9 in all four secondary schools; supports the Serious Violence Duty.",
            "APPROVED",
            "7,400",
            "HG",
        ],
        [
            "D5",
            "ESCF 23-09 Through-the-gate mentoring, Steadfast Mentoring Vennshire (£9,600 asked)",
            "CGG advised funding 20 mentees rather than 24, at the 2022-23 cost per mentee.",
            "APPROVED at a reduced sum",
            "8,000",
            "LE",
        ],
        [
            "D6",
            "Co-option: Vennshire Violence Reduction Partnership",
            "The VRP's Programme Manager, Kofi Dankwah, to join the Board as a co-opted member.",
            "AGREED from 1 October 2023",
            "",
            "EM",
        ],
        [
            "D7",
            "Fire and Rescue Service representative",
            "SM Ffion Gwilliam's last meeting; Group Manager Marcus Eldridge to represent the Service from "
            "October 2023. The Chair thanked FG.",
            "NOTED",
            "",
            "EM",
        ],
        [
            "D8",
            "Strategic Intelligence Assessment 2023: timetable",
            "Data to 31/03/2023; theme leads' workshop 03/11/2023; final version early December; to the "
            "Board "
            "for endorsement on 23/01/2024.",
            "ENDORSED",
            "",
            "GM",
        ],
        [
            "D9",
            "Cuckooing update (action from 13/06/2023)",
            "Four cuckooing addresses identified since April, three in Keddlesby North; closure orders "
            "sought "
            "on "
            "two.",
            "NOTED",
            "",
            "TG",
        ],
        [
            "D10",
            "Performance, quarter 1 2023-24",
            "Shoplifting 38% higher than in quarter 1 of 2022-23; violence with injury level; ASB down 6%.",
            "NOTED",
            "",
            "PD",
        ],
        [
            "D11",
            f"{ELDERHYTHE_FUND}: position",
            f"{pounds(UNCOMMITTED_AT_SCHEDULE)} uncommitted after today's decisions. Second round to open "
            "16/10/2023 and close 10/11/2023; decisions on 23/01/2024.",
            "NOTED",
            "",
            "PD",
        ],
    ]
    actions = [
        ["Ref", "Action", "Owner", "Due", "Status"],
        [
            "A23/12",
            "Send Meadowlark the revised costings template (from 13/06/2023)",
            "PD",
            "30/06/2023",
            "Complete",
        ],
        ["A23/13", "Cuckooing update to this meeting (from 13/06/2023)", "TG", "19/09/2023", "Complete"],
        ["A23/21", "Issue the updated grants schedule", "PD", "02/10/2023", "Open"],
        [
            "A23/22",
            "Write to the VRP confirming co-option and sending the terms of reference",
            "EM",
            "29/09/2023",
            "Open",
        ],
        ["A23/23", "Invite theme leads to the SIA workshop", "GM", "13/10/2023", "Open"],
        [
            "A23/24",
            "Shoplifting problem profile for the town centre to the next meeting",
            "TG",
            "23/01/2024",
            "Open",
        ],
    ]
    return [
        *title(
            ELDERHYTHE_BOARD,
            "Record of decisions and actions",
            "Meeting of 19/09/2023, 10:00 to 11:50, on Microsoft Teams",
        ),
        notice(),
        caption("Attendance"),
        grid(attendance, [34, 209, 34, 209, 34, 209]),
        p(
            "<b>Apologies:</b> Colin Strathearn (Havenbury Homes). Quorate: six responsible authorities "
            "present.",
            SMALL,
        ),
        caption("Decision log", keep=False),
        grid(log, [30, 170, 260, 140, 45, 35], figures=(4,)),
        caption("Actions"),
        grid(actions, [45, 380, 50, 70, 70]),
        p(
            "<b>Next meeting:</b> 23/01/2024, 10:00, Committee Room 1, Elderhythe Civic Centre.",
            TEXT,
        ),
        note("Confirmed as a correct record at the meeting of 23/01/2024."),
    ]


def _minutes_january() -> list[Flowable]:
    rise = BOXING_INCREASE[1] - BOXING_INCREASE[0]
    returned = SHOPWATCH_VARIATION[0] - SHOPWATCH_VARIATION[1]
    ref, name, lead, _, asked = HALLOWEEN_BID
    return [
        *title(
            ELDERHYTHE_BOARD,
            "Minutes of the meeting of 23rd January 2024",
            "Held at Elderhythe Civic Centre, Committee Room 1, from 10am to 12.15pm",
        ),
        notice(),
        runin(
            "Present.",
            "Cllr Eleanor Mabbott (Chair, Elderhythe District Council), Superintendent Tobias Garside "
            "(Vice-Chair, Vennshire Police), Gareth Mildmay (Elderhythe District Council), Bethan "
            "Lacey-Ward (Vennshire County Council), Group Manager Marcus Eldridge (Vennshire Fire and Rescue "
            "Service), Dr Samira Holloway (Vennshire Integrated Care Board), Declan Morrow (Office of the "
            "Police and Crime Commissioner), Ruth Abernethy (Meadowlark Domestic Abuse Service), Kofi "
            "Dankwah (Vennshire Violence Reduction Partnership) and Colin Strathearn (Havenbury Homes). In "
            "attendance: Philippa Dunmow (CSP Manager) and Dr Keziah Frome (Vennshire Community Safety "
            "Analysis Unit).",
        ),
        runin(
            "Apologies.",
            "Lorna Ezeji (The Probation Service), for whom Arjun Nair attended, and Hattie Gorringe "
            "(Vennshire Youth Justice Service).",
        ),
        runin(
            "Last meeting.",
            "The record of decisions and actions of 19th September 2023 was confirmed. All actions were "
            "complete except the shoplifting problem profile, which Superintendent Garside presented later "
            "in the meeting.",
        ),
        runin(
            "Urgent decision UDR 02/23-24.",
            "The Chair reported the urgent decision she and the Vice-Chair had taken on 28th November 2023 "
            f"to increase the award to Keddlesby Amateur Boxing Club for Gloves Up by {pounds(rise)}, from "
            f"{pounds(BOXING_INCREASE[0])} to {pounds(BOXING_INCREASE[1])}, for a winter block of sessions "
            "in "
            "Keddlesby North. The sessions began on 5th December and are drawing nineteen young people a "
            "night on average. The Board ratified the decision.",
        ),
        runin(
            "Shopwatch radio scheme (ESCF 23-07).",
            "The Business Improvement District reported that four of the twenty-two businesses had left "
            "the scheme and that the radio licences had cost less than expected. Members agreed to vary the "
            f"award from {pounds(SHOPWATCH_VARIATION[0])} to {pounds(SHOPWATCH_VARIATION[1])}, the "
            f"{pounds(returned)} left to be returned to the Fund.",
        ),
        runin(
            "Second round of the Fund.",
            f"One bid was received: {ref}, {name}, from {lead}, for {pounds(asked)}. The discos had been "
            "held on 31st October 2023, before the round closed. The Board declined the bid, as the Fund "
            "cannot pay for work that has already taken place, and asked the CSP Manager to invite the "
            "Town Council to bid in good time for 2024.",
        ),
        runin(
            "Strategic Intelligence Assessment 2023.",
            "Dr Frome presented the assessment published on 5th December 2023. Total recorded crime rose by "
            "1.9% in 2022-23, shoplifting by 30.1%; three issues scored Red. The Board endorsed the "
            "assessment and its recommendations R1 to R7. From 1st April 2024 four strategic themes replace "
            "the four outcome areas of the Partnership Plan 2022-25: violence against women and girls; "
            "serious violence; neighbourhood crime and anti-social behaviour, including retail crime; and "
            "drug-related harm and exploitation. The lead for reducing reoffending passes to the Vennshire "
            "Reducing Reoffending Board, which will report to the Board twice a year.",
        ),
        runin(
            "Shoplifting problem profile.",
            "Superintendent Garside reported that eleven prolific offenders accounted for 41% of shoplifting "
            "in Elderhythe Central since April. A retail crime plan will be brought to the June meeting "
            "(R3).",
        ),
        runin(
            "Meetings from April 2024.",
            "To keep pace with the new themes the Board agreed to meet every eight weeks from April 2024, "
            "six meetings a year, with the annual meeting in June. The quorum is unchanged.",
        ),
        runin(
            "The Fund in 2024-25.",
            "Mr Morrow said the Commissioner's grant for 2024-25 may fall by up to 5%; the grant letter is "
            "expected in March. The Board approved in principle the IDVA service for 2024-25 at £21,500, "
            "subject to the grant letter, so that Meadowlark can keep its adviser in post.",
        ),
        runin(
            "The Chair.",
            "Cllr Mabbott told members that she will not stand at the district elections in May 2024, so "
            "the annual meeting in June will elect a new Chair. Members congratulated Tobias Garside on his "
            "promotion to Superintendent from 1st February 2024.",
        ),
        runin(
            "Next meeting.",
            "Tuesday 19th March 2024 at 10am, Elderhythe Civic Centre.",
        ),
        Spacer(1, 12),
        guillemets(
            [
                "PD to write to Keddlesby Town Council about the 2024-25 round.",
                "TG to bring the retail crime plan to the annual meeting in June 2024.",
                "DM to circulate the grant letter for 2024-25 when it arrives.",
            ],
            SMALL,
        ),
        note("Confirmed as a correct record at the meeting of 19th March 2024."),
    ]
