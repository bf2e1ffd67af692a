"""Partnership P's meetings in three styles: narrative minutes of September 2023 with RESOLVED blocks
under minute numbers ("42/23"); a landscape record of decisions and actions of December 2023 (Ref |
Item | What was said | Decision | Lead); informal notes of March 2024 with speakers' initials."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import TARNHOLT, TARNHOLT_BOARD, TARNHOLT_FUND
from evals.archive.tarnholt_layout import (
    SMALL,
    Furniture,
    banded,
    heading,
    listing,
    note,
    notice,
    p,
    render_pages,
    resolved,
    subhead,
    title,
)

TITLE_SEPTEMBER = f"{TARNHOLT_BOARD}: minutes of the meeting of 19 September 2023"
TITLE_DECEMBER = f"{TARNHOLT_BOARD}: record of decisions and actions, 12 December 2023"
TITLE_MARCH = f"{TARNHOLT_BOARD}: notes of the meeting of 19 March 2024"


def write_minutes_september(path: Path) -> Path:
    furniture = Furniture("Board minutes, 19 September 2023", "TOCSP minutes 37/23 to 45/23")
    return render_pages(path, _september, Meta(TITLE_SEPTEMBER, TARNHOLT), furniture)


def write_record_december(path: Path) -> Path:
    furniture = Furniture("Decisions and actions, 12 December 2023", "TOCSP record 2023/5")
    return render_pages(path, _december, Meta(TITLE_DECEMBER, TARNHOLT), furniture, first="wide")


def write_notes_march(path: Path) -> Path:
    furniture = Furniture("Notes of meeting, 19 March 2024", "TOCSP notes 2024/1 (informal)")
    return render_pages(path, _march, Meta(TITLE_MARCH, TARNHOLT), furniture)


def _minute(number: str, text: str) -> Flowable:
    return heading(number, text, size=11)


def _september() -> list[Flowable]:
    return [
        notice(),
        *title(
            "Minutes of the Partnership Board",
            "Tuesday 19 September 2023 at 10.00 am, Committee Room 2, Council Offices, Bridge Street, "
            "Tarnholt",
        ),
        p(
            "<b>Members present:</b> Councillor Marcus Feltham (Chair; Tarnholt and Oxbarrow District "
            "Council), Superintendent Owen Brennock (Vice-Chair; Morvenshire Constabulary), Councillor Ruth "
            "Cardew (Morvenshire County Council), Group Manager Anya Selwood (Morvenshire Fire and Rescue "
            "Service), Deborah Imrie (Probation Service), Priya Langstaff (Morvenshire and Dunmere "
            "Integrated "
            "Care Board), Tom Haverford (Morvenshire Youth Justice Service), Jo Rosslyn (Linnet House "
            "Domestic "
            "Abuse Service)."
        ),
        p(
            "<b>Also attending:</b> Hollie Vellacott (Community Safety Manager), Lewis Kilbride (Office of "
            "the Police and Crime Commissioner, observing), Fiona Garvey (Partnership Analyst, for 44/23)."
        ),
        p(
            "<b>Apologies for absence:</b> Dr Sam Yusuf (Morvenshire Public Health), Martin Thorley "
            "(Oxbarrow Housing Association)."
        ),
        _minute("37/23", "Welcome and quorum"),
        p(
            "The Chair opened the meeting. All six responsible authorities were represented and the "
            "meeting was quorate."
        ),
        _minute("38/23", "Declarations of interest"),
        p(
            "Tom Haverford declared an interest in the Oxbarrow Youth Trust bid (42/23(b)): a Youth Justice "
            "officer sits on the Trust's steering group. He left the room for that item."
        ),
        _minute("39/23", "Minutes of 20 June 2023 and matters arising"),
        resolved("that the minutes of the meeting held on 20 June 2023 be signed as a correct record."),
        p(
            "Matters arising: Station Manager Gareth Tindall has taken up a post in Dunmere and no longer "
            "represents the Fire and Rescue Service. Group Manager Anya Selwood was welcomed as the "
            "Service's "
            "member from this meeting."
        ),
        _minute("40/23", "Performance to the end of August"),
        p(
            "Superintendent Brennock reported 1,284 anti-social behaviour incidents in the district from "
            "April to August 2023, against 1,412 in the same months of 2022, a fall of 9.1%. Domestic "
            "abuse-related crimes rose over the same period from 574 to 611. Members asked for the "
            "repeat-victim rate to be included in the next report."
        ),
        _minute("41/23", f"The {TARNHOLT_FUND} 2023-24: where the money stands"),
        p(
            "The Community Safety Manager reported that the Fund holds £68,850 for 2023-24: the "
            "Commissioner's Community Safety Grant of £52,000, the District Council's £12,000 and £4,850 "
            "brought forward from 2022-23. Of this, £15,000 is set aside for the Community Safety "
            "Co-ordinator post and the Board awarded £13,150 in June, so £40,700 remains for the autumn "
            "round and the rest of the year."
        ),
        _minute("42/23", "Autumn round: five bids"),
        p(
            "Members considered five bids, each summarised by the Community Safety Manager against the "
            "Fund's criteria and the Partnership's priorities. Following discussion it was"
        ),
        resolved(
            "(a) that Tarnholt Nightsafe CIC be granted £6,500, the full sum sought, for the Late Night "
            "Welfare Hub in Market Square, Tarnholt, on Friday and Saturday nights from October to "
            "December 2023;<br/>"
            "(b) that the Oxbarrow Youth Trust's Step Up mentoring project, which sought £12,400, be "
            "granted £9,000 to cover the autumn and spring terms only, the Trust being invited to seek "
            "support for the summer term once early results are known;<br/>"
            "(c) that Oxbarrow Pubwatch be granted £3,100, as sought, for a radio link between licensed "
            "premises on the harbour front;<br/>"
            "(d) that the decision on Scam Shield, sought by Morvenshire Trading Standards (£4,200), be "
            "held over to the December meeting until the service confirms in writing its own contribution "
            "of £1,800;<br/>"
            "(e) that the District Council's bid of £18,750 to upgrade CCTV cameras in Wharfside be refused, "
            "as capital works fall outside the Fund (Terms of Reference §5); officers to point the "
            "Council to "
            "the Commissioner's capital fund."
        ),
        p(
            "With (a) to (c) the Board has committed £18,600 this round, leaving £22,100 in the Fund for "
            "2023-24."
        ),
        _minute("43/23", "Serious Violence Duty"),
        p(
            "Superintendent Brennock outlined the county's serious violence needs assessment. Members "
            "agreed that the Partnership's own Strategic Assessment 2023 should carry a chapter on serious "
            "violence and knife crime."
        ),
        _minute("44/23", "Strategic Assessment 2023: timetable"),
        p(
            "Fiona Garvey set out the timetable: data to the end of March 2023, a draft in November and the "
            "assessment presented to the Board in December."
        ),
        resolved("that the timetable be approved."),
        _minute("45/23", "Date of next meeting"),
        p("Tuesday 12 December 2023, 10.00 am, Harbour Office, Quay Road, Oxbarrow."),
        Spacer(1, 10),
        note("Signed as a correct record at the meeting of 12 December 2023 – M. Feltham, Chair."),
    ]


_KEY = (
    "MF Cllr Marcus Feltham, Chair (District Council); OB Supt Owen Brennock, Vice-Chair (Constabulary); "
    "RC Cllr Ruth Cardew (County Council); AS GM Anya Selwood (Fire and Rescue); DI Deborah Imrie "
    "(Probation); PL Priya Langstaff (ICB); TH Tom Haverford (Youth Justice); JR Jo Rosslyn (Linnet House); "
    "MT Martin Thorley (Oxbarrow Housing Association); HV Hollie Vellacott (Community Safety Manager); "
    "FG Fiona Garvey (Partnership Analyst)."
)


def _december() -> list[Flowable]:
    decisions = [
        ["Ref", "Item", "What was said", "Decision", "Lead / by when"],
        [
            "D1",
            "Chair's decision TOCSP/CD/2023/04 (Sparks Safe)",
            "MF took this decision on 2 November under the urgent delegation. AS: 46 young people came "
            "to the "
            "sessions; deliberate fires over the bonfire weekend fell from 19 last year to 11.",
            "Ratified: £2,300 to Morvenshire Fire and Rescue Service.",
            "HV – note in the register",
        ],
        [
            "D2",
            "Scam Shield (held over from 42/23(d))",
            "Trading Standards confirmed its £1,800 contribution in writing on 14 November.",
            "Approved: £4,200 to Morvenshire Trading Standards.",
            "HV – grant letter by 22 Dec",
        ],
        [
            "D3",
            "Late Night Welfare Hub – extension",
            "Tarnholt Nightsafe CIC asked to open on Christmas Eve, New Year's Eve and Saturdays in January. "
            "OB: the Hub saw 212 people in its first ten weeks and freed officer time.",
            "Award raised from £6,500 to £7,900 (an extra £1,400).",
            "HV – varied grant letter",
        ],
        [
            "D4",
            "Secure at Home (Linnet House)",
            "Locks, door chains and video doorbells for 20 homes of domestic abuse survivors at about £440 "
            "a home. JR declared an interest and left the room.",
            "Approved: £8,800.",
            "JR – monthly returns",
        ],
        [
            "D5",
            "Ebbfield skate park lighting (Ebbfield Town Council, £3,600 sought)",
            "The Town Council withdrew its bid on 30 November, having found the money in its own budget.",
            "None needed – bid withdrawn.",
            "–",
        ],
        [
            "D6",
            "Strategic Assessment 2023",
            "FG presented the assessment and its seven recommendations.",
            "Noted. Priorities for 2024-25 to be settled at the March meeting.",
            "FG – final copy by 10 Jan",
        ],
        [
            "D7",
            "Fund position",
            "After D1 to D4 the Fund has £5,400 left for 2023-24.",
            "Noted.",
            "–",
        ],
    ]
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["A23/14", "Issue grant letters for D2 and D4 and the varied letter for D3", "HV",
         "22/12/2023", "Open"],
        ["A23/15", "Circulate the final Strategic Assessment 2023", "FG", "10/01/2024", "Open"],
        ["A23/16", "Bring knife crime figures for October to December to the March meeting", "OB",
         "19/03/2024",
         "Open"],
        ["A23/11", "Repeat-victim rate for domestic abuse in the performance report", "OB", "12/12/2023",
         "Done"],
    ]  # fmt: skip
    return [
        notice(),
        *title(
            "Record of decisions and actions",
            "Partnership Board – Tuesday 12 December 2023, Harbour Office, Oxbarrow",
        ),
        p(
            "<b>Present:</b> MF (Chair), OB, RC, AS, DI, PL, TH, JR, MT. <b>Officers:</b> HV, FG. "
            "<b>Apologies:</b> Dr Sam Yusuf (Public Health), Lewis Kilbride (OPCC). Quorate."
        ),
        p(f"<b>Key:</b> {_KEY}", SMALL),
        banded(decisions, [34, 130, 280, 165, 116]),
        Spacer(1, 10),
        subhead("Action log"),
        banded(actions, [50, 400, 50, 80, 60]),
        Spacer(1, 8),
        p(
            "Meetings in 2024: 19 March, 25 June (annual meeting), 17 September and 10 December, all at "
            "10.00 am."
        ),
    ]


def _march() -> list[Flowable]:
    return [
        notice(),
        *title(
            "Notes of meeting",
            "Partnership Board, 19 March 2024, 2 pm – community room, Oxbarrow Lifeboat Station",
        ),
        p(
            "<b>Around the table:</b> MF (chair), OB, RC, AS, DI, PL, TH, JR, Dr Sam Yusuf (SY, Public "
            "Health), Lewis Kilbride (LK, OPCC); HV and FG for the team. <b>Sent apologies:</b> MT. "
            "Initials as in the key to the December record."
        ),
        p("<i>Informal notes for the Board's own use; decisions are marked</i> <b>Agreed</b>.", SMALL),
        subhead("1. Last time"),
        p("December record accepted. All actions done except A23/16 – OB to cover it under item 2."),
        subhead("2. What we focus on in 2024-25"),
        p(
            "<b>FG</b> took the Board back through the Strategic Assessment. Knife and weapon offences "
            "are the fastest growing category; domestic abuse is the biggest source of harm. <b>OB</b>: "
            "possession of weapons offences Oct–Dec 2023 were 31, against 22 the year before; wants serious "
            "violence to stand as its own priority. <b>SY</b>: the Morvenshire Combating Drugs Partnership "
            "has led on drugs since April 2023, so two groups are doing the same job. <b>RC</b> asked "
            "that ASB "
            "work reach beyond the two town centres – the estates in Sorrelby and Pennacott feel left out."
        ),
        p(
            "<b>Agreed</b> – from 1 April 2024 the priorities are: (1) domestic abuse and violence against "
            "women and girls; (2) serious violence and knife crime; (3) anti-social behaviour in our "
            "neighbourhoods; (4) exploitation of children and young people. Drug and alcohol-related harm "
            "comes off the list and is left to the Combating Drugs Partnership, SY keeping the link. Fraud "
            "against older people (Rec. 7) not taken up as a priority; bids can come through the open round."
        ),
        subhead("3. Secure at Home – change to the award"),
        p(
            "<b>JR</b>: 15 homes fitted by mid-March; referrals were fewer than planned and no more are "
            "expected before the year end. <b>Agreed</b> – award cut from £8,800 to £6,600 (15 homes at "
            "£440); the £2,200 goes back into the Fund."
        ),
        subhead("4. Step Up – summer term"),
        p(
            "Oxbarrow Youth Trust asked for £3,400 for the summer term. <b>TH</b> left the room. "
            "<b>Agreed</b> – no further award in 2023-24; the summer term to be picked up in the 2024-25 "
            "plan instead."
        ),
        subhead("5. Commissioning Plan 2024-25"),
        p(
            "<b>HV</b> ran through the draft: £78.6k in all, including £7.6k carried forward and, for the "
            "first time, £5k from the County Council. <b>LK</b> confirmed the Commissioner's grant at £54k. "
            "<b>Agreed</b> in principle; the Chair to sign off the final plan by 30 April."
        ),
        subhead("6. Chairing"),
        p(
            "<b>MF</b> will stand down at the annual meeting on 25 June, having chaired for three years. "
            "<b>PL</b> said she is willing to stand. Nominations to HV by 31 May."
        ),
        subhead("7. Anything else"),
        listing(
            [
                "AS – Safe and Well visits now offered to every Secure at Home household.",
                "Next meeting: 25 June 2024, Council Offices, Tarnholt (annual meeting).",
            ]
        ),
        Spacer(1, 6),
        note("Notes taken by HV, circulated 22 March 2024."),
    ]
