"""Partnership AE's Executive Forum, 30 November 2022: a decision sheet in Bitstream Vera under a turquoise
"DECISION SHEET" ticket, items "Item 1" to "Item 9" each closed by a "Decision:" line; the new police
co-chair's first meeting and the ICB's new member, the Panel's and the Community Safety Manager's decisions
and the residents' vote reported, the strategic assessment adopted and three priorities for 2023-26 agreed,
a table of funding decisions (a deferred bid approved below its ask, a recommended bid approved below its
ask, a bid refused as funded elsewhere, an award amended upwards), new terms of reference from April 2023
(limits, meetings, quorum), the Serious Violence Duty, the money so far and actions with a status."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.names import SKELDERWYKE
from evals.archive.skelderwyke_facts import (
    ANALYST_POST,
    AVAILABLE_2223,
    BIKE_MARKING,
    BOXING,
    CO_CHAIR_COUNCIL,
    CO_CHAIR_POLICE,
    CO_CHAIR_POLICE_OLD,
    CSM_LIMIT,
    CSM_LIMIT_OLD,
    EDGE_ASK,
    EDGE_AWARD,
    FOOTBALL_ASK,
    HALYARD_AMENDED,
    HALYARD_AWARD,
    ICB_REP,
    IDVA,
    MEETINGS,
    MEETINGS_OLD,
    PANEL_LIMIT,
    PANEL_LIMIT_OLD,
    PASTORS_2223,
    PB_POT,
    PB_VOTERS,
    PRIORITIES_2326,
    QUORUM,
    QUORUM_OLD,
    RETHINK_ASK,
    RETHINK_AWARD,
    SAFE_HAVEN_AWARD,
    SVD_2223,
    YOUTH_AWARD,
    pb_awards,
)
from evals.archive.skelderwyke_layout import (
    GRAPHITE,
    HAIR,
    MIST,
    TURQ,
    VERA,
    VERA_CELL,
    VERA_H,
    VERA_HEAD,
    WIDTH,
    Furniture,
    notice,
    p,
    pounds,
    render,
)

TITLE_NOVEMBER = "Safer Skelderwyke Executive Forum decision sheet, 30 November 2022"
COMMITTED_NOV = (
    IDVA + ANALYST_POST + HALYARD_AMENDED + PB_POT + BOXING + SAFE_HAVEN_AWARD + YOUTH_AWARD + PASTORS_2223
    + BIKE_MARKING + EDGE_AWARD + RETHINK_AWARD
)  # fmt: skip


def write_minutes_november(path: Path) -> Path:
    furniture = Furniture(
        "Executive Forum decision sheet \u00b7 30/11/2022",
        label="DECISION SHEET",
        opening="ticket",
        foot="Page {n} of {total}",
        foot_left="SSEF 30/11/2022",
    )
    return render(path, _story, Meta(TITLE_NOVEMBER, SKELDERWYKE), furniture)


def _grid(rows: list[list[str]], widths: list[float]) -> Table:
    cells = [[p(c, VERA_HEAD if r == 0 else VERA_CELL) for c in row] for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), TURQ),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, HAIR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.4),
            ]
        )
    )
    return table


def _decision(text: str) -> Table:
    box = Table([[p(f"<b>Decision:</b> {text}", VERA)]], colWidths=[WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), MIST),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, GRAPHITE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return box


def _item(number: int, heading: str, text: str, decision: str = "") -> list[Flowable]:
    out: list[Flowable] = [p(f"Item {number} \u2014 {heading}", VERA_H), p(text, VERA)]
    if decision:
        out.append(_decision(decision))
    return out


def _story() -> list[Flowable]:
    head = [
        ["Meeting", "Safer Skelderwyke Executive Forum"],
        ["Date and place", "30/11/2022, 10.00-12.15, Fire Service Training Centre, Tenterholme"],
        ["Chair", f"{CO_CHAIR_POLICE} (Co-Chair, police), with {CO_CHAIR_COUNCIL} (Co-Chair, council)"],
        ["Attendance", "13 members and 3 officers; quorate"],
    ]
    funded = sum(1 for award in pb_awards() if award)
    bids = [
        ["Bid", "Applicant", "Requested", "History", "Forum decision"],
        [
            "Edge of Harm knife crime programme",
            "Skelderwyke Youth Justice Service",
            pounds(EDGE_ASK),
            "Deferred 22/06/2022 pending the pilot's evaluation",
            f"APPROVED at {pounds(EDGE_AWARD)}: eleven schools instead of thirteen",
        ],
        [
            "ReThink Behaviour Programme (domestic abuse perpetrators)",
            "Northmarch Change CIC",
            pounds(RETHINK_ASK),
            "Recommended in full by the Grants Assessment Panel, 14/09/2022",
            f"APPROVED at {pounds(RETHINK_AWARD)}; the ICB meets the venue costs",
        ],
        [
            "Kickstart Friday football",
            "Skelderwyke Town FC Foundation",
            pounds(FOOTBALL_ASK),
            "New bid",
            "REFUSED: the same sessions are funded by the Northmarch Violence Reduction Unit",
        ],
        [
            "Operation Halyard (variation)",
            "Northmarch Police",
            "-",
            f"Awarded {pounds(HALYARD_AWARD)} on 22/06/2022 for July to November",
            f"AMENDED: award increased from {pounds(HALYARD_AWARD)} to {pounds(HALYARD_AMENDED)} to run the "
            "patrols to New Year's Day",
        ],
    ]
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["22/31", "Letters to the four applicants under Item 5", "NP", "09/12/2022", "Open"],
        ["22/32", "Publish the Strategic Assessment 2022 on the website", "MP", "16/12/2022", "Open"],
        ["22/33", "Terms of reference v3 to every member; update the website", "HS", "31/03/2023", "Open"],
        [
            "22/34",
            "Serious violence strategic needs assessment: scope and timetable",
            "MP / VRU",
            "15/03/2023",
            "Open",
        ],
        ["22/27", "Invite the ICB to name a member (from 22/06/2022)", "AR", "21/09/2022", "Done"],
        ["22/29", "Report the Serious Violence Duty funding allocation", "NP", "30/11/2022", "Done (Item 7)"],
    ]
    return [
        Spacer(1, 8),
        p(
            "Safer Skelderwyke Executive Forum \u2014 decisions and actions",
            VERA_H.clone("SkVeraT", fontSize=13),
        ),
        notice(),
        Spacer(1, 5),
        _grid(head, [90, WIDTH - 90]),
        *_item(
            1,
            "Welcome",
            f"{CO_CHAIR_POLICE}, District Commander since 1 September 2022 in succession to "
            f"{CO_CHAIR_POLICE_OLD}, chaired her first meeting as police Co-Chair. {ICB_REP} attended for "
            "the "
            "NHS Northmarch and Skelder Vale Integrated Care Board for the first time.",
        ),
        *_item(2, "Notes of 21/09/2022", "Agreed without amendment.", "Agreed."),
        *_item(
            3,
            "Decisions taken since the last meeting",
            "The Grants Assessment Panel's decisions of 14/09/2022 were reported (four bids approved, one "
            "deferred, one declined, one referred to the Community Safety Manager, one withdrawn and "
            "one recommended to the Forum), with the Community Safety Manager's micro-grant of "
            f"{pounds(BIKE_MARKING)} for bike marking in Tenterholme, approved under delegation on "
            "20/09/2022. "
            f"At \u201cYour Street, Your Say\u201d on 15/10/2022, {PB_VOTERS} residents voted and {funded} "
            f"community projects shared the {pounds(PB_POT)} pot.",
            "Noted.",
        ),
        *_item(
            4,
            "Strategic Assessment 2022 and priorities for 2023-26",
            "The analyst presented the assessment. Members asked that night-time economy violence remain "
            "visible "
            "inside the serious violence priority, and that exploitation be led by the Safeguarding Children "
            "Partnership's exploitation sub-group, with the Forum receiving its reports.",
            "Assessment adopted. Priorities for 2023-26 approved: "
            + "; ".join(f"({i}) {text}" for i, text in enumerate(PRIORITIES_2326, 1))
            + ".",
        ),
        p("Item 5 \u2014 Funding decisions", VERA_H),
        _grid(bids, [104, 92, 62, 102, WIDTH - 360]),
        *_item(
            6,
            "Terms of reference v3 and funding protocol",
            "The Community Safety Manager presented revised terms of reference, to take effect on 1 April "
            "2023. "
            f"The Forum will meet {MEETINGS} instead of {MEETINGS_OLD}. The quorum becomes {QUORUM} (it was "
            f"{QUORUM_OLD}). The Grants Assessment Panel's limit rises from {pounds(PANEL_LIMIT_OLD)} to "
            f"{pounds(PANEL_LIMIT)} a bid, and the Community Safety Manager's from {pounds(CSM_LIMIT_OLD)} "
            "to "
            f"{pounds(CSM_LIMIT)}.",
            "Approved, from 1 April 2023.",
        ),
        *_item(
            7,
            "Serious Violence Duty",
            f"The Home Office has allocated {pounds(SVD_2223)} to Skelderwyke for 2022-23 for the duty's "
            "preparation, to be paid in February 2023 through the Northmarch Violence Reduction Unit.",
            "The grant is to be held for the strategic needs assessment in 2023-24.",
        ),
        *_item(
            8,
            "Money",
            f"Of the {pounds(AVAILABLE_2223)} available in 2022-23, {pounds(COMMITTED_NOV)} is now "
            "committed, "
            f"including today's decisions, leaving {pounds(AVAILABLE_2223 - COMMITTED_NOV)}.",
            "Noted.",
        ),
        p("Item 9 \u2014 Actions", VERA_H),
        _grid(actions, [36, 250, 56, 62, WIDTH - 404]),
        Spacer(1, 6),
        p("Next meeting: Wednesday 15 March 2023, 2.00 pm, Civic Centre.", VERA),
    ]
