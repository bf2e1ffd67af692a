"""Partnership AI's Executive, 25 January 2024: minutes in STIX General with Helvetica Bold headings under the
rust band, a running head at the outer edge and a foot "Minutes – Executive – 25.1.2024 – n of total" at the
outer edge. Those present in a booktabs table (member, representing), officers, apologies and the quorum;
minutes numbered "1/24" to "10/24" hanging in a rust column at the left, each decision on linen under
"DECISION": delegated decisions reported (a bid deferred in October approved below its ask by the Grants
Sub-Group, an officer's grant), a bid referred by the Sub-Group approved below its ask, an award amended
from £15,000 to £10,500, money released from the Partnership Reserve for two domestic homicide reviews, the
terms of reference version 3 approved, the serious violence strategy adopted and the Mayor's grant for
2024-25 indicated; then an actions table (action, owner, due, status) and the next meetings."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.ellerdyke_facts import (
    CAFE,
    CAFE_ASK,
    CUT_RISK,
    CUT_RISK_ASK,
    DHR_CD,
    GRANT_2425_INDICATED,
    MEETINGS,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    POT_2324,
    QUORUM,
    RESERVE_CLOSE_2223,
    RESERVE_CLOSE_2324,
    RESERVE_FLOOR,
    RINGFIT_2324,
    RINGFIT_AMENDED_2324,
    SUBGROUP_LIMIT,
    SUBGROUP_LIMIT_OLD,
    SUBGROUP_OCT,
    WARM,
)
from evals.archive.ellerdyke_layout import (
    HANG,
    HANG_H,
    HANG_NO,
    HANG_STYLES,
    LINEN,
    RUST,
    WIDTH,
    Furniture,
    booktabs,
    boxed_note,
    notice,
    p,
    pounds,
)
from evals.archive.ellerdyke_layout import render as render_pages
from evals.archive.names import ELLERDYKE

TITLE_JANUARY = "Ellerdyke Community Safety Partnership Executive minutes, 25 January 2024"
NUMBER_W = 46.0
HANG_TITLE = HANG_H.clone("ElHangTitle", fontSize=16, leading=20, textColor=RUST, spaceAfter=4)
DECISION = HANG.clone("ElHangDecision", fontSize=10, leading=12.6, spaceAfter=0)


def write_minutes_january(path: Path) -> Path:
    furniture = Furniture(
        "Ellerdyke Community Safety Partnership \u2013 Executive \u2013 25 January 2024",
        label="Minutes of the Executive",
        opening="band",
        head_place="outer",
        foot="Minutes \u2013 Executive \u2013 25.1.2024 \u2013 {n} of {total}",
        place="outer",
    )
    return render_pages(path, _story, Meta(TITLE_JANUARY, ELLERDYKE), furniture)


def _minute(number: str, subject: str, *texts: str, decision: str = "") -> Table:
    """A minute: its number hanging in a rust column, its subject, text and decision to the right."""
    body: list[Flowable] = [p(subject, HANG_H)]
    body += [p(text, HANG) for text in texts]
    if decision:
        body.append(boxed_note([p(f"<b>DECISION</b>&nbsp;&nbsp;{decision}", DECISION)], WIDTH - NUMBER_W - 8,
                               edge=RUST))  # fmt: skip
    table = Table([[p(number, HANG_NO), body]], colWidths=[NUMBER_W, WIDTH - NUMBER_W], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _story() -> list[Flowable]:
    present = [
        ["Member", "Representing"],
        ["Chief Superintendent Daniel Hursthouse (Chair)", "Dunsmere Police"],
        ["Councillor Samir Quartermaine (Vice-Chair)", "Ellerdyke Metropolitan Borough Council"],
        ["Group Manager Philippa Drury", "Dunsmere Fire and Rescue Service"],
        ["Martin Ebdon", "The Probation Service (Ellerdyke and Calvesby PDU)"],
        ["Dr Sunita Varsani", "NHS Dunsmere Integrated Care Board"],
        ["Dr Colin Linthwaite", "Ellerdyke Public Health"],
        ["Rachel Onyango", "Ellerdyke Youth Justice Service"],
        ["Lucy Brennand", "Office of the Deputy Mayor for Policing and Crime"],
        ["Joanna Rimmington", "Ellerdyke Women's Aid"],
        ["Imogen Dexter", "Ellerdyke Voluntary Action"],
    ]
    actions = [
        ["Action", "Owner", "Due", "Status"],
        ["Letter to Saltbox Theatre Company confirming the Cut the Risk award and the 12 schools",
         "Graham Pendlebury", "2 Feb 2024", "Open"],
        ["Letter to Cinder Lane Boxing Club on the amended Ring Fit award", "Graham Pendlebury",
         "2 Feb 2024", "Open"],
        ["Appoint independent chairs for the reviews of Adults C and D", "Graham Pendlebury",
         "21 Mar 2024", "Open"],
        ["Publish the terms of reference version 3 on the council's website", "Sophie Carrow",
         "1 Apr 2024", "Open"],
        ["Open the 2024/25 bidding round on the new priorities", "Graham Pendlebury", "16 Feb 2024",
         "Open"],
        ["Report on the Bridgegate night-time economy plan (from 28 September 2023)", "Ch Supt Hursthouse",
         "21 Mar 2024", "Carried forward"],
    ]  # fmt: skip
    pot_left = POT_2324 - SUBGROUP_OCT - CAFE
    return [
        notice(),
        Spacer(1, 4),
        p("Executive \u2013 Minutes", HANG_TITLE),
        p(
            "Meeting held on Thursday 25 January 2024 at 10.00 am in Committee Room 3, Ellerdyke Town Hall",
            HANG,
        ),
        booktabs(present, [WIDTH / 2, WIDTH / 2], styles=HANG_STYLES),
        Spacer(1, 4),
        p(
            "<b>Officers:</b> Andrew Felgate (Director of Neighbourhoods), Graham Pendlebury (Head of Safer "
            "Communities), Hannah Ashburn (Partnership Analyst), Sophie Carrow (Democratic Services). "
            "<b>Apologies:</b> Peter Veasey (Saxonholt Homes). <b>Quorum:</b> ten members present from all "
            "five responsible authorities; quorate.",
            HANG,
        ),
        _minute(
            "1/24",
            "Declarations of interest",
            "None.",
        ),
        _minute(
            "2/24",
            "Minutes of 23 November 2023 and matters arising",
            "Agreed as a correct record. The Home Office's quality panel approved the review of Adult B in "
            "December and it has been published on the council's website.",
        ),
        _minute(
            "3/24",
            "Grants Sub-Group and delegated decisions",
            f"The Grants Sub-Group awarded {pounds(SUBGROUP_OCT)} to three bids on 5 October 2023. "
            "The Head of "
            f"Safer Communities approved {pounds(WARM)} for Hobbleswade Community Church's Safe and Warm "
            "drop-in under delegated powers on 12 October 2023.",
            "On 11 January 2024 the Sub-Group approved Dunsmere Recovery Partnership's recovery caf\u00e9 "
            f"evenings at {pounds(CAFE)} (asked {pounds(CAFE_ASK)}), deferred in October until the 2022/23 "
            f"monitoring return came in. {pounds(pot_left)} is left in the Sub-Group's pot.",
            decision="Noted.",
        ),
        _minute(
            "4/24",
            "Cut the Risk schools programme (referred by the Grants Sub-Group)",
            f"Saltbox Theatre Company asked for {pounds(CUT_RISK_ASK)} for a knife crime programme in 14 "
            f"secondary schools, above the Sub-Group's limit of {pounds(SUBGROUP_LIMIT_OLD)}. The Sub-Group "
            f"recommended {pounds(CUT_RISK)} for 12 schools. Rachel Onyango supported the bid: the "
            "programme fits priority 2 and the Serious Violence Strategy.",
            decision=f"Approved at {pounds(CUT_RISK)} for 12 schools, February to July 2024.",
        ),
        _minute(
            "5/24",
            "Ring Fit 2023/24",
            "A fire at the Cinder Lane gym closed it from September to November 2023, and ten weeks of "
            "sessions were lost. The club asked to keep the award; officers proposed cutting it to what can "
            "still be delivered by March.",
            decision=f"The award of 16 March 2023 amended from {pounds(RINGFIT_2324)} to "
            f"{pounds(RINGFIT_AMENDED_2324)}; the difference stays in the Safer Ellerdyke Fund.",
        ),
        _minute(
            "6/24",
            "Domestic homicide reviews (Adults C and D)",
            "Two deaths, in Yarnley in November and in Brantwell in December 2023, meet the criteria for a "
            "review; the Home Office has been notified. Each review is expected to cost about six thousand "
            "pounds.",
            decision=f"{pounds(DHR_CD)} released from the Partnership Reserve, {pounds(DHR_CD // 2)} "
            "for each "
            f"review. The reserve falls from {pounds(RESERVE_CLOSE_2223)} to {pounds(RESERVE_CLOSE_2324)}.",
        ),
        _minute(
            "7/24",
            "Terms of reference, version 3",
            "The review asked for in September proposes meeting less often, a quorum that needs the council "
            "and the police, higher delegated limits and a floor under the reserve.",
            decision="Version 3 approved, in force from 1 April 2024: the Executive to meet "
            f"{MEETINGS}; quorum {QUORUM}; the Grants Sub-Group's limit raised from "
            f"{pounds(SUBGROUP_LIMIT_OLD)} to {pounds(SUBGROUP_LIMIT)} and the Head of Safer "
            "Communities' from "
            f"{pounds(OFFICER_LIMIT_OLD)} to {pounds(OFFICER_LIMIT)}; the reserve not to fall below "
            f"{pounds(RESERVE_FLOOR)}.",
        ),
        _minute(
            "8/24",
            "Serious Violence Duty",
            "Andrew Felgate presented the final Ellerdyke Serious Violence Strategy 2024-27 after "
            "consultation.",
            decision="Strategy adopted.",
        ),
        _minute(
            "9/24",
            "Money for 2024/25",
            "The Deputy Mayor's letter of 12 January 2024 indicates a Mayor's Community Safety Grant of "
            f"{pounds(GRANT_2425_INDICATED)} for 2024/25, to be confirmed after the Combined Authority sets "
            "its budget. Bids for 2024/25 will come to the annual meeting.",
            decision="Noted.",
        ),
        _minute(
            "10/24",
            "Dates of next meetings",
            "Thursday 21 March 2024; annual meeting Thursday 16 May 2024; both at 10.00 am.",
        ),
        KeepTogether(
            [
                p("Actions", HANG_H.clone("ElHangActions", spaceBefore=8, spaceAfter=4, textColor=RUST)),
                _actions(actions),
            ]
        ),
    ]


def _actions(rows: list[list[str]]) -> Table:
    table = booktabs(rows, [WIDTH - 110 - 64 - 80, 110, 64, 80], styles=HANG_STYLES)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), LINEN)]))
    return table
