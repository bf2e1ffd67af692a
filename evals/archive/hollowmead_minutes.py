"""Partnership U's Board minutes in three styles: minutes of Thurs 29 Sep '22 in numbered items ("6.3")
with each decision in a "RESOLVED" block and an actions table; narrative minutes of Wednesday 25 January
2023 (run-in headings, those present in a sentence, a Chair's action ratified, a deferred bid approved
below the sum asked, an award increased, a bid declined, new priorities endorsed, a member co-opted); and
a landscape decision log of the annual meeting of Tues 13 Jun '23 (those present as initials with a key,
decisions D23/01 to D23/14 with outcomes in capitals, a new Chair and Vice-Chair, an award reduced, a bid
deferred, a bid declined, an actions table)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.hollowmead_funding import (
    BID,
    BIDS_2324,
    CHAIR_NEW,
    CHAIR_OLD,
    CHAIRS_ACTION,
    COMMITTED_SEPTEMBER,
    DIRECTOR,
    JUNE_2023,
    LINES_CROSSED,
    MANAGER,
    MARSHALS,
    MOVING_ON,
    NEIGHBOURHOOD_BOARD,
    PRIORITIES_2324,
    UNCOMMITTED_AFTER_JANUARY,
    UNCOMMITTED_BEFORE_CA,
    VICE_NEW,
    VICE_OLD,
)
from evals.archive.hollowmead_layout import (
    CELL,
    SMALL,
    Furniture,
    caption,
    dashes,
    note,
    notice,
    numbered,
    p,
    pounds,
    render_pages,
    resolved,
    short_date,
    spine,
    subheading,
    title,
)
from evals.archive.names import HOLLOWMEAD, HOLLOWMEAD_BOARD, HOLLOWMEAD_FUND

TITLE_SEPTEMBER = f"{HOLLOWMEAD_BOARD} minutes, 29 September 2022"
TITLE_JANUARY = f"{HOLLOWMEAD_BOARD} minutes, 25 January 2023"
TITLE_JUNE = f"{HOLLOWMEAD_BOARD}: decision log of the annual meeting, 13 June 2023"
ANALYST_NAME = "Faye Lindqvist"
FREE_2223 = UNCOMMITTED_BEFORE_CA + COMMITTED_SEPTEMBER  # after the analyst's share and the DHR reserve


def write_minutes_september(path: Path) -> Path:
    furniture = Furniture(
        "Board minutes, Thurs 29 Sep '22", "HCSP/B/2022-09 minutes (approved)", "2022-10-06"
    )
    return render_pages(path, _minutes_september, Meta(TITLE_SEPTEMBER, HOLLOWMEAD), furniture)


def write_minutes_january(path: Path) -> Path:
    furniture = Furniture("Board minutes, Wed 25 Jan '23", "HCSP/B/2023-01 minutes (approved)", "2023-02-01")
    return render_pages(path, _minutes_january, Meta(TITLE_JANUARY, HOLLOWMEAD), furniture)


def write_log_june(path: Path) -> Path:
    furniture = Furniture("Decision log, Tues 13 Jun '23", "HCSP/B/2023-06 decision log", "2023-06-16")
    return render_pages(path, _log_june, Meta(TITLE_JUNE, HOLLOWMEAD), furniture, first="wide")


def _bid_line(ref: str) -> str:
    _, name, lead, priority, asked = BID[ref]
    return f"<b>{ref} {name}</b> ({lead}; priority {priority[1]}; {pounds(asked)} asked)."


def _minutes_september() -> list[Flowable]:
    present = [
        ["Name", "Organisation", "Role"],
        [CHAIR_OLD, "Hollowmead Borough Council", "Chair"],
        [VICE_OLD, "Wyvernshire Police", "Vice-Chair"],
        [DIRECTOR, "Hollowmead Borough Council (Director of Communities)", ""],
        [VICE_NEW, "Wyvernshire Fire and Rescue Service", ""],
        ["Marcus Blenkinsop", "The Probation Service, Wyvernshire", ""],
        ["Tamsin Greatorex", "Office of the Wyvernshire Police and Crime Commissioner", "Co-opted"],
        ["Ian Bellerby", "Hollowmead Homes", "Co-opted"],
    ]
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        [
            "22/09-1",
            "Write to every applicant with the Board's decision",
            MANAGER,
            short_date("2022-10-07"),
            "Open",
        ],
        [
            "22/09-2",
            "Obtain revised costings for Moving On and confirm the ICB's match funding",
            MANAGER,
            short_date("2022-12-09"),
            "Open",
        ],
        [
            "22/09-3",
            "Invite Safe Harbour Domestic Abuse Service to nominate a co-opted member",
            "Chair",
            short_date("2022-10-31"),
            "Open",
        ],
        [
            "22/09-4",
            "Circulate the draft Strategic Intelligence Assessment 2022",
            DIRECTOR,
            short_date("2022-12-06"),
            "Open",
        ],
        [
            "22/06-3",
            "Refresh the Board's information-sharing agreement",
            VICE_OLD,
            short_date("2022-09-29"),
            "Done",
        ],
    ]
    return [
        *title(
            HOLLOWMEAD_BOARD,
            "Minutes",
            f"{short_date('2022-09-29')}, 2.00pm, Council Chamber, Hollowmead Guildhall",
        ),
        notice(),
        p("<b>Present</b>"),
        spine(present, [150, 262, 75]),
        Spacer(1, 5),
        p(
            f"<b>In attendance:</b> {MANAGER} (Community Safety Partnership Manager); Gemma Foulds "
            "(Democratic Services, minutes)."
        ),
        p("<b>Apologies:</b> Dr Priya Hallam (Wyvernshire Integrated Care Board)."),
        p(
            "The meeting was quorate: four of the five responsible authorities were represented, the "
            "Council among them."
        ),
        subheading("", "1. Welcome and apologies"),
        p("1.1 The Chair welcomed members. Apologies were noted as above."),
        subheading("", "2. Declarations of interest"),
        p("2.1 None were declared."),
        subheading("", f"3. Minutes of the annual meeting of {short_date('2022-06-21')}"),
        p("3.1 The minutes were agreed as a correct record and signed by the Chair."),
        p(
            "3.2 Matters arising: the Police and Crime Commissioner's letter of 2 August 2022 confirmed a "
            f"Community Safety Grant of {pounds(46000)} for 2022-23, up from {pounds(45000)}. Action "
            "22/06-3 is done (see the actions table)."
        ),
        subheading("", "4. Performance report, quarter 1 2022-23"),
        p(
            "4.1 The Vice-Chair presented the quarter's figures. Anti-social behaviour incidents fell by "
            "4.1% on the same quarter of 2021-22; domestic abuse-related crimes rose by 6.8%. Shoplifting "
            "in Minster Gate was the highest for three years."
        ),
        p("4.2 The Board noted the report."),
        subheading("", "5. Strategic Intelligence Assessment 2022"),
        p(
            f"5.1 {DIRECTOR} explained that the Wyvernshire Community Safety Analysis Unit will write the "
            "Partnership's assessment, using data for the three financial years to 31 March 2022, and "
            "bring it to the Board in January. It will recommend the priorities for 2023-24."
        ),
        resolved(["5.2 That the scope of the Strategic Intelligence Assessment 2022 be agreed."]),
        subheading("", f"6. {HOLLOWMEAD_FUND}: bids for 2022-23"),
        p(
            f"6.1 The CSP Manager reported that {pounds(FREE_2223)} is available in 2022-23 after the "
            "analyst's share and the domestic homicide review reserve are set aside. Six bids were "
            "received and scored against the 2022-23 priorities."
        ),
        p(
            f"6.2 {_bid_line('HCSG/22/01')} The scheme ran from June to March in 2021-22 and reduced "
            "late-night disorder calls in Minster Gate."
        ),
        resolved(
            [f"That {pounds(12000)} be awarded to Hollowmead Business Improvement District for HCSG/22/01."]
        ),
        Spacer(1, 4),
        p(
            f"6.3 {_bid_line('HCSG/22/02')} Members supported the programme but the costings were "
            "incomplete and the Integrated Care Board's offer to pay for a crèche was unconfirmed."
        ),
        resolved(
            [
                "That HCSG/22/02 be DEFERRED to the next meeting pending revised costings and "
                "confirmation of the ICB's match funding."
            ]
        ),
        Spacer(1, 4),
        p(f"6.4 {_bid_line('HCSG/22/03')}"),
        resolved(["That HCSG/22/03 be DECLINED: the scheme does not fund capital works such as CCTV."]),
        Spacer(1, 4),
        p(
            f"6.5 {_bid_line('HCSG/22/04')} The schools will provide their halls free of charge, and the "
            "venue costs in the bid are not needed."
        ),
        resolved(
            [
                f"That {pounds(LINES_CROSSED[0])} be awarded to Wyvern Youth Theatre for HCSG/22/04 Lines "
                "Crossed (second year), the sum asked less the venue costs."
            ]
        ),
        Spacer(1, 4),
        p(f"6.6 {_bid_line('HCSG/22/05')} {_bid_line('HCSG/22/06')}"),
        resolved(
            [
                f"(i) That {pounds(850)} be awarded to Marsh Lane Neighbourhood Watch for HCSG/22/05.",
                f"(ii) That {pounds(2400)} be awarded to Hollowmead Borough Council Licensing for "
                "HCSG/22/06 Safer Nights licensed premises training.",
            ]
        ),
        p(
            f"6.7 The awards made today total {pounds(COMMITTED_SEPTEMBER)}, leaving "
            f"{pounds(UNCOMMITTED_BEFORE_CA)} uncommitted for the rest of 2022-23."
        ),
        subheading("", "7. Membership"),
        p(
            "7.1 Ian Bellerby reported that Hollowmead Homes has merged into Wyvern Valley Housing, which "
            "will not take up co-opted membership. This is his last meeting. The Chair thanked him for "
            "six years on the Board."
        ),
        resolved(
            [
                "7.2 That Safe Harbour Domestic Abuse Service be invited to nominate a co-opted member, "
                "to bring a specialist domestic abuse voice to the Board."
            ]
        ),
        subheading("", "8. Actions"),
        spine(actions, [48, 220, 110, 62, 47]),
        subheading("", "9. Date of next meeting"),
        p(f"9.1 {short_date('2023-01-25')}, 2.00pm, Council Chamber, Hollowmead Guildhall."),
        p("Signed as a correct record: <i>R. Haverstock</i>, Chair, 25 January 2023", SMALL),
    ]


def _minutes_january() -> list[Flowable]:
    _, ca_name, ca_lead, _, _ = BID["HCSG/22/07"]
    return [
        *title(
            HOLLOWMEAD_BOARD,
            "Minutes of the Board meeting",
            "Wednesday 25 January 2023, 2.00pm, Council Chamber, Hollowmead Guildhall",
        ),
        notice(),
        p(
            f"<b>Present:</b> {CHAIR_OLD} (Chair), {VICE_OLD} (Vice-Chair), {DIRECTOR}, {VICE_NEW}, "
            "Marcus Blenkinsop, Dr Priya Hallam and Tamsin Greatorex; with Bryony Castlemain for the "
            f"items after Membership. <b>In attendance:</b> {MANAGER}, CSP Manager; {ANALYST_NAME}, "
            "Wyvernshire Community Safety Analysis Unit; Gemma Foulds, Democratic Services. There were no "
            "apologies and the meeting was quorate."
        ),
        p(
            "<b>Minutes and actions.</b> The minutes of the meeting of 29 September 2022 were approved. "
            "All four actions from that meeting are complete: the revised costings for Moving On were "
            "received on 7 December 2022 and the draft assessment was circulated on 6 December 2022."
        ),
        p(
            "<b>Membership.</b> Safe Harbour Domestic Abuse Service has nominated its chief executive, "
            "Bryony Castlemain. The Board agreed that she be co-opted as a member, and she joined the "
            "meeting. Supt Kettleby told the Board that he will retire from Wyvernshire Police on 31 "
            "March 2023; the force will nominate his successor. The Chair said that she will not stand "
            "for re-election at the annual meeting in June."
        ),
        p(
            "<b>Chair's action.</b> The Chair reported her action of 18 November 2022 (record CA "
            f"03/22-23), taken after consulting the Vice-Chair: {pounds(CHAIRS_ACTION)} to {ca_lead} for "
            f"{ca_name} (HCSG/22/07), six weekend evening sessions for young people in Brackwater East "
            "after anti-social behaviour reports there doubled in October. The Board ratified the Chair's "
            "action."
        ),
        p(
            "<b>Moving On survivors' programme (HCSG/22/02).</b> Deferred on 29 September 2022. Safe "
            f"Harbour's revised costings keep the programme at {pounds(9800)}, of which the Integrated "
            f"Care Board will now pay {pounds(900)} for the crèche. The Board agreed to fund Moving On at "
            f"{pounds(MOVING_ON)}."
        ),
        p(
            "<b>Lines Crossed (HCSG/22/04).</b> Wyvern Youth Theatre asked to take the programme to two "
            "more schools, Saltery Cross Academy and St Ebba's High School, after police intelligence of "
            "county lines activity near both. The Board amended its decision of 29 September 2022 so that "
            f"the award is increased from {pounds(LINES_CROSSED[0])} to {pounds(LINES_CROSSED[1])}."
        ),
        p(
            "<b>Wickham Green allotment fencing (HCSG/22/08).</b> The Wickham Green Allotment Society "
            f"asked for {pounds(2750)} for security fencing after a run of shed break-ins. The bid was "
            "declined: fencing is a capital work, which the scheme does not fund, and the Society was "
            "pointed to the Council's community grants."
        ),
        p(
            f"<b>Budget.</b> After today's decisions {pounds(UNCOMMITTED_AFTER_JANUARY)} of 2022-23 is "
            "uncommitted. The CSP Manager expects most of it to be carried forward into 2023-24, when the "
            "Commissioner's grant is likely to fall."
        ),
        p(
            f"<b>Strategic Intelligence Assessment 2022.</b> {ANALYST_NAME} presented the assessment. "
            "Violence against women and girls and serious violence scored highest for harm; burglary and "
            "vehicle crime had fallen for three years and scored lowest. Members discussed the Serious "
            "Violence Duty, which begins on 31 January 2023. The Board endorsed recommendations R1 to R6 "
            "and agreed that from 1 April 2023 the Partnership's priorities will be:"
        ),
        numbered(list(PRIORITIES_2324)),
        p(
            f"Burglary and vehicle crime will be led by the {NEIGHBOURHOOD_BOARD} from the same date. The "
            "Board thanked the Analysis Unit."
        ),
        p(
            "<b>Looking ahead to 2023-24.</b> The Board agreed in principle two lines for 2023-24, to be "
            f"confirmed in June: {pounds(15000)} for a young people's IDVA at Safe Harbour (HCSG/23/01) "
            f"and {pounds(4200)} for the WalkWise Hollowmead walk-home app pilot (HCSG/23/02). The CSP "
            "Manager will bring a funding plan to the March meeting."
        ),
        p(
            f"<b>Next meeting.</b> {short_date('2023-03-21')}, 2.00pm. The annual meeting will be on "
            f"{short_date('2023-06-13')}."
        ),
        p("Signed as a correct record: <i>R. Haverstock</i>, Chair, 21 March 2023", SMALL),
    ]


def _log_june() -> list[Flowable]:
    key = [
        ["Initials", "Name", "Organisation", "Initials", "Name", "Organisation"],
        [
            "RH",
            CHAIR_OLD,
            "Hollowmead Borough Council (D23/01 only)",
            "MB",
            "Marcus Blenkinsop",
            "The Probation Service",
        ],
        [
            "DR",
            CHAIR_NEW,
            "Hollowmead Borough Council",
            "PH",
            "Dr Priya Hallam",
            "Wyvernshire Integrated Care Board",
        ],
        ["CW", VICE_NEW, "Wyvernshire Fire and Rescue Service", "TG", "Tamsin Greatorex", "OPCC (co-opted)"],
        [
            "OF",
            "Supt Olamide Ferris",
            "Wyvernshire Police",
            "BC",
            "Bryony Castlemain",
            "Safe Harbour (co-opted)",
        ],
        ["HS", DIRECTOR, "Hollowmead Borough Council", "JT", MANAGER, "CSP Manager (in attendance)"],
    ]
    bids = {b[0]: b for b in BIDS_2324}

    def bid(ref: str) -> str:
        _, name, lead, _, asked = bids[ref]
        return f"{ref} {name} ({lead}); asked {pounds(asked)}"

    log = [
        ["Ref", "Item", "Decision", "Outcome", "£", "Lead"],
        [
            "D23/01",
            "Election of Chair 2023-24",
            f"{CHAIR_NEW} elected Chair for 2023-24 (RH in the chair for this item; one nomination). RH "
            "then left the meeting.",
            "ELECTED",
            "",
            "RH",
        ],
        [
            "D23/02",
            "Election of Vice-Chair 2023-24",
            f"{VICE_NEW} elected Vice-Chair for 2023-24.",
            "ELECTED",
            "",
            "DR",
        ],
        [
            "D23/03",
            "Membership",
            f"Supt Olamide Ferris succeeds {VICE_OLD} (retired 31 March 2023) for Wyvernshire Police. "
            f"{CHAIR_OLD} leaves the Board; DR joins as the Council's member. Thanks recorded to RH, "
            "Chair 2021 to 2023.",
            "NOTED",
            "",
            "DR",
        ],
        ["D23/04", "Minutes of 21 March 2023", "Approved as a correct record.", "APPROVED", "", "DR"],
        [
            "D23/05",
            "Declarations of interest",
            "BC: HCSG/23/01, a bid of her organisation; took no part.",
            "NOTED",
            "",
            "BC",
        ],
        [
            "D23/06",
            "HCSG/22/01 Hollowmead Night Marshals 2022-23",
            f"The service began in June, not April. Award reduced from {pounds(MARSHALS[0])} to "
            f"{pounds(MARSHALS[1])}; {pounds(MARSHALS[0] - MARSHALS[1])} to be returned to the scheme.",
            "REDUCED",
            f"{MARSHALS[1]:,}",
            "HS",
        ],
        [
            "D23/07",
            bid("HCSG/23/01"),
            "Agreed in principle on 25 January 2023.",
            "CONFIRMED",
            f"{JUNE_2023['HCSG/23/01']:,}",
            "JT",
        ],
        [
            "D23/08",
            bid("HCSG/23/02"),
            "Agreed in principle on 25 January 2023.",
            "CONFIRMED",
            f"{JUNE_2023['HCSG/23/02']:,}",
            "JT",
        ],
        [
            "D23/09",
            bid("HCSG/23/03"),
            "Approved below the sum asked: the BID to meet the rest.",
            "APPROVED",
            f"{JUNE_2023['HCSG/23/03']:,}",
            "JT",
        ],
        [
            "D23/10",
            bid("HCSG/23/04"),
            "Deferred to 19 September 2023, to be weighed against the Wyvernshire serious violence "
            "strategic needs assessment due in August.",
            "DEFERRED",
            "–",
            "JT",
        ],
        [
            "D23/11",
            bid("HCSG/23/05"),
            "Capital works (cameras and lighting): outside the scheme's rules.",
            "DECLINED",
            "–",
            "JT",
        ],
        ["D23/12", bid("HCSG/23/06"), "Approved in full.", "APPROVED", f"{JUNE_2023['HCSG/23/06']:,}", "JT"],
        [
            "D23/13",
            "Annual Report 2022/23",
            "Draft approved for publication with the final 2022-23 figures.",
            "APPROVED",
            "",
            "JT",
        ],
        [
            "D23/14",
            "Meetings 2023-24",
            f"{short_date('2023-09-19')}, {short_date('2024-01-16')} and {short_date('2024-03-19')}, all "
            "at 2.00pm; the quarterly cycle continues.",
            "AGREED",
            "",
            "DR",
        ],
    ]
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        [
            "A23/1",
            "Write to every applicant with the Board's decision",
            "JT",
            short_date("2023-06-23"),
            "Open",
        ],
        [
            "A23/2",
            "Recover the £1,600 returned on HCSG/22/01 from the BID",
            "HS",
            short_date("2023-07-31"),
            "Open",
        ],
        [
            "A23/3",
            "Ask Wyvern Youth Theatre to resubmit Cut It Out with revised costings",
            "JT",
            short_date("2023-09-01"),
            "Open",
        ],
        ["A23/4", "Publish the Annual Report 2022/23", "JT", short_date("2023-07-18"), "Open"],
        ["A23/5", "Induction for the new Chair and Supt Ferris", "HS", short_date("2023-06-30"), "Open"],
        [
            "A23/6",
            "Confirm the ICB's representative from October 2023",
            "PH",
            short_date("2023-09-19"),
            "Open",
        ],
    ]
    return [
        *title(
            HOLLOWMEAD_BOARD,
            "Annual meeting: decision log",
            f"{short_date('2023-06-13')}, 2.00pm, Committee Room 2, Hollowmead Guildhall",
        ),
        notice(),
        caption("Those present (key to initials)"),
        spine(key, [44, 150, 180, 44, 140, 176]),
        p(
            "Quorate: all five responsible authorities were represented. Minutes: Gemma Foulds, "
            "Democratic Services. Sums in the £ column are in whole pounds.",
            SMALL,
        ),
        caption("Decisions", keep=False),
        spine(log, [46, 200, 296, 66, 50, 76], figures=(4,)),
        note("A dash in the £ column: nothing awarded at this meeting."),
        caption("Actions"),
        spine(actions, [50, 400, 80, 110, 94]),
        Spacer(1, 6),
        p(
            f"Next meeting: {short_date('2023-09-19')}, 2.00pm, Council Chamber, Hollowmead Guildhall.",
            CELL,
        ),
        dashes([f"Priorities for 2023-24 (agreed 25 January 2023): {'; '.join(PRIORITIES_2324)}."], SMALL),
    ]
