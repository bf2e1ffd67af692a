"""Partnership K's Board meetings on lintmoor_layout's teal-band furniture, in two styles.

Formal minutes of 11 June 2024: present with initials and organisation, apologies, quorum, declarations of
interest, numbered items and sub-items, decisions as "The Board APPROVED ..." and "It was AGREED that ...",
a new Chair elected, a bid deferred pending more information, and an action log table (Action | Owner |
Deadline | Status) at the end. Informal notes of 17 September 2024: initials only, short bulleted notes and
"Agreed:" lines: the deferred bid approved at a lower amount, an award increased from £7,000 to £9,400,
a bid turned down with the reason, and the actions updated."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from evals.archive.common import Meta
from evals.archive.lintmoor_layout import (
    BOLD,
    DECISION,
    TEXT,
    bullets,
    heading,
    ledger,
    minor,
    notice,
    p,
    render_pages,
    title,
)
from evals.archive.names import LINTMOOR, LINTMOOR_BOARD

ITEM = ParagraphStyle("LsItem", parent=TEXT, fontName=BOLD, spaceBefore=7, spaceAfter=3)
NOTE = ParagraphStyle("LsNote", parent=TEXT, spaceAfter=3)
PRESENT = (
    ("Councillor Priya Venkatesan", "PV", "Lintmoor District Council (Chair for items 1 and 2)"),
    ("Chief Inspector Bethan Rhydderch", "BR", "Kelderby Constabulary (Chair from item 3)"),
    ("Councillor Graham Hebblethwaite", "GH", "Scarrowby Borough Council"),
    ("Area Manager Adaeze Nwankwo", "AN", "Kelderby Fire and Rescue Service"),
    ("Simon Latchford", "SL", "The Probation Service (Kelderby)"),
    ("Fern Dalgliesh", "FD", "Office of the Police and Crime Commissioner for Kelderby"),
    ("Nadia Elmasry", "NE", "Tidewell Women's Aid (adviser)"),
)
IN_ATTENDANCE = (
    ("Tomasz Wielgosz", "TW", "Community Safety Manager, Lintmoor District Council"),
    ("Isobel Quarrie", "IQ", "Partnership Analyst, Kelderby County Council"),
    ("Lily Pennock", "LP", "Democratic Services, Lintmoor District Council (minutes)"),
)
APOLOGIES = (
    "Dr Ruth Mallinson (Kelderby and Wend Integrated Care Board)",
    "Kieran Boyce (Kelderby Youth Justice Service)",
    "Jonah Crake (Scarrowby Homes)",
)
# action, owner, deadline, status (as at 11 June 2024)
ACTIONS = (
    ("A1", "Ask Sharp Lessons CIC for a cost per school, the schools signed up and evidence of match "
     "funding (item 6.4)", "TW", "19 July 2024", "Open"),
    ("A2", "Publish a summary of the Strategic Intelligence Assessment 2024 on partners' websites", "IQ",
     "31 July 2024", "Open"),
    ("A3", "Set up the serious violence sub-group and draft its terms of reference", "BR", "31 August 2024",
     "Open"),
    ("A4", "Write to the Rural Crime Team about the PCC's rural crime fund", "FD", "5 July 2024", "Open"),
    ("A5", "Arrange domestic homicide review training for Board members", "NE", "31 October 2024", "Open"),
    ("A6", "Confirm the Turnstone Recovery grant conditions in writing", "TW", "28 June 2024", "Open"),
)  # fmt: skip


def write_minutes_june(path: Path) -> Path:
    return render_pages(
        path,
        _story_june,
        Meta(f"{LINTMOOR_BOARD} minutes, 11 June 2024", LINTMOOR),
        "Board minutes 11.06.2024",
    )


def write_notes_september(path: Path) -> Path:
    return render_pages(
        path,
        _story_september,
        Meta(f"{LINTMOOR_BOARD} notes, 17 September 2024", LINTMOOR),
        "Board notes 17.09.2024",
    )


def _people(rows: tuple[tuple[str, str, str], ...]) -> list[Flowable]:
    return [p(f"{name} (<b>{initials}</b>), {body}", NOTE) for name, initials, body in rows]


def _decision(text: str) -> Flowable:
    return p(text, DECISION)


def _story_june() -> list[Flowable]:
    actions = [["No.", "Action", "Owner", "Deadline", "Status"], *ACTIONS]
    return [
        notice(),
        *title(
            LINTMOOR_BOARD,
            "Minutes of the meeting held on Tuesday 11 June 2024 at 10.00am, Lintmoor Guildhall",
        ),
        minor("Present"),
        *_people(PRESENT),
        minor("In attendance"),
        *_people(IN_ATTENDANCE),
        minor("Apologies"),
        p("; ".join(APOLOGIES) + ".", NOTE),
        p("The meeting was quorate, with four responsible authorities present.", NOTE),
        p("1. Welcome and apologies", ITEM),
        p("PV welcomed members and the apologies above were noted."),
        p("2. Election of Chair and Vice-Chair", ITEM),
        p(
            "PV reminded the Board that her term as Chair ended at this meeting. One nomination had been "
            "received "
            "for each office."
        ),
        _decision(
            "It was AGREED that Chief Inspector Bethan Rhydderch be elected Chair of the Board for "
            "2024-26 and Councillor Priya Venkatesan be elected Vice-Chair. BR took the chair."
        ),
        p("3. Declarations of interest", ITEM),
        p(
            "NE declared an interest in item 6.1 as an employee of Tidewell Women's Aid and left the room "
            "for "
            "that item. GH declared an interest in item 6.5 as a cabinet member of Scarrowby Borough "
            "Council; "
            "he took part in the discussion but did not vote."
        ),
        p("4. Minutes of the meeting of 12 March 2024", ITEM),
        _decision(
            "It was AGREED that the minutes be signed as a correct record. There were no matters arising."
        ),
        p("5. Strategic Intelligence Assessment 2024", ITEM),
        p(
            "IQ presented the assessment. Members noted the high rates of crime and ASB in Scarrowby Harbour "
            "and the rise in possession of weapons offences through 2023."
        ),
        _decision(
            "The Board APPROVED recommendations R1 to R5 of the assessment, and with them four priorities "
            "for 2024-25: domestic abuse and violence against women and girls; anti-social behaviour in "
            "town centres; drug-related harm and county lines; and serious violence. Rural and coastal "
            "crime will no longer be a separate priority."
        ),
        p("6. Community Safety Fund 2024-25: bids", ITEM),
        p(
            "TW reported that the fund for 2024-25 is £107,450, made up of the PCC grant of £88,000, £8,000 "
            "from each district council and £3,450 brought forward from 2023-24. Six bids had been received."
        ),
        p("<b>6.1 Doorstep Secure, Tidewell Women's Aid (£14,000 requested).</b> NE left the room."),
        _decision("The Board APPROVED an award of £14,000. NE returned."),
        p("<b>6.2 Partnership analyst, Kelderby County Council (£19,500 requested).</b>"),
        _decision("The Board APPROVED an award of £19,500 as the Partnership's share of the post."),
        p(
            "<b>6.3 Harbourside Late Sessions, Scarrowby Youth Collective (£12,000 requested).</b> Members "
            "supported the scheme but questioned the cost of the food bar."
        ),
        _decision("The Board APPROVED an award of £11,250, the cost of 75 sessions without the food bar."),
        p(
            "<b>6.4 Choices Not Blades, Sharp Lessons CIC (£16,800 requested).</b> A knife crime education "
            "programme for ten secondary schools. Members supported the aim but the bid gave no cost per "
            "school, did not name the schools and said match funding was 'expected' from the Violence "
            "Reduction Unit."
        ),
        _decision(
            "It was AGREED that the bid be DEFERRED pending more information: a cost per school, the "
            "schools that have agreed to take part and evidence of the match funding. It will return to "
            "the Board on 17 September 2024."
        ),
        p(
            "<b>6.5 Scarrowby Town Rangers, Scarrowby Borough Council (£7,000 requested).</b> GH did not "
            "vote."
        ),
        _decision(
            "The Board APPROVED an award of £7,000 for weekend patrols of the harbour front from July to "
            "September 2024."
        ),
        p("<b>6.6 Lintmoor recovery navigator, Turnstone Recovery (£8,000 requested).</b>"),
        _decision(
            "The Board APPROVED an award of £8,000 towards a part-time recovery navigator in Lintmoor, on "
            "condition that the post is filled by 31 December 2024."
        ),
        p("Awards made at this meeting total £59,750, leaving £47,700 of the 2024-25 fund uncommitted."),
        p("7. Serious Violence Duty", ITEM),
        _decision(
            "It was AGREED that a serious violence sub-group be set up, chaired by BR, to lead the "
            "Partnership's response to the Duty."
        ),
        p("8. Any other business", ITEM),
        p(
            "FD noted that the Lintmoor Rural Intelligence Network will not be funded from the Community "
            "Safety "
            "Fund now that rural crime is not a priority."
        ),
        _decision(
            "It was AGREED that the OPCC write to the Rural Crime Team about the PCC's rural crime fund."
        ),
        p("9. Date of next meeting", ITEM),
        p("Tuesday 17 September 2024 at 10.00am, Scarrowby Town Hall."),
        KeepTogether([heading("Action log"), ledger(actions, [30, 255, 45, 80, 50])]),
        p("Signed as a correct record: ........................ (Chair)   Date: ............", NOTE),
    ]


def _story_september() -> list[Flowable]:
    return [
        notice(),
        *title("LSCSP Board: notes of meeting", "17 Sept 2024, 10am, Scarrowby Town Hall"),
        p(
            "<b>There:</b> BR (chair), PV, GH, AN, SL, RM, FD, KB. <b>Officers:</b> TW, IQ; LP (notes). "
            "<b>Apologies:</b> NE, JC.",
            NOTE,
        ),
        minor("Last meeting (11 June) and actions"),
        bullets(
            (
                "Minutes of 11 June OK'd, no changes.",
                "A1 done: Sharp Lessons sent costings on 15 July (see below).",
                "A2 done: SIA summary on both councils' websites since 24 July.",
                "A3 done: serious violence sub-group met on 2 Sept; ToR to the December meeting.",
                "A4 done: FD wrote to the Rural Crime Team on 1 July.",
                "A5 in progress: DHR training booked for 14 Oct (NE).",
                "A6 done.",
            ),
            NOTE,
        ),
        minor("Funding"),
        p("<b>Choices Not Blades (Sharp Lessons CIC)</b>, deferred in June", NOTE),
        bullets(
            (
                "Cost now £1,775 per school; 8 schools have signed up, not 10.",
                "VRU has confirmed £3,000 match funding in writing.",
                "KB: fits the new serious violence priority, YJS will help with referrals.",
            ),
            NOTE,
        ),
        p(
            "<b>Agreed:</b> fund Choices Not Blades at £14,200 for 8 schools (not the £16,800 asked in "
            "June).",
            NOTE,
        ),
        p("<b>Scarrowby Town Rangers (SBC)</b>", NOTE),
        bullets(
            (
                "Summer patrols went well; SBC asks for more to add the Christmas and New Year weekends.",
                "GH declared his SBC interest again and did not vote.",
            ),
            NOTE,
        ),
        p("<b>Agreed:</b> Town Rangers award increased from £7,000 to £9,400.", NOTE),
        p("<b>Scarrowby Pier CCTV upgrade (Scarrowby Pier Trust), £22,000 asked</b>", NOTE),
        bullets(
            (
                "New cameras and a control link for the pier.",
                "TW: the pier is privately owned and the bid is capital CCTV, outside the fund's criteria.",
            ),
            NOTE,
        ),
        p(
            "<b>Agreed:</b> not funded (bid declined) because capital CCTV on private property is outside "
            "the "
            "fund's criteria; TW to point the Trust to the PCC's Safer Streets capital fund.",
            NOTE,
        ),
        p(
            "<b>Turnstone navigator</b>: recruitment under way, interviews in October. No change for now.",
            NOTE,
        ),
        p("<b>Fund position</b>: £107,450 in; £76,350 now committed; £31,100 left.", NOTE),
        minor("Other"),
        bullets(
            (
                "IQ: ASB in Harbourside down 9% on last summer; Fishergate still up.",
                "Small grants round (up to £12,500) via the funding panel in January 2025.",
                "FD: PCC grant for 2025-26 not yet confirmed.",
            ),
            NOTE,
        ),
        minor("New actions"),
        bullets(
            (
                "A7 TW: tell Scarrowby Pier Trust of the decision, by 27 Sept.",
                "A8 BR: draft serious violence strategy to the 10 Dec meeting.",
                "A9 TW: open the small grants round, by 15 Nov.",
            ),
            NOTE,
        ),
        p("<b>Next meeting:</b> Tue 10 Dec 2024, Lintmoor Guildhall.", NOTE),
    ]
