"""Partnership AI's Grants Sub-Group, 5 October 2023: notes and decisions of the autumn round in Helvetica
under a thick rust rule, a running head centred between two slate rules and a foot "Grants Sub-Group
05/10/2023 – p. n" at the left. Those present (the Vice-Chair of the Executive chairing) and the quorum; the
pot set by the Executive, the limit and the pass mark; a boxed table of seven bids with the sum asked without
the pound sign, a score out of 25, the decision in words ("Agreed to fund", "Agreed to fund £4,500",
"Declined", "Deferred", "Referred to the Executive", "Referred to the Head of Safer Communities") and the sum;
notes on each bid numbered "3.1" to "3.7"; the pot left; the terms of reference review; and a note added after
the meeting recording an officer's decision on a referred bid."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ellerdyke_facts import (
    CAFE_ASK,
    CUT_RISK,
    CUT_RISK_ASK,
    DMPC_REP,
    HUB_2324,
    INSPECTOR,
    OFFICER,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    POT_2324,
    SANCTUARY,
    SPEEDWATCH,
    SUBGROUP_LIMIT,
    SUBGROUP_LIMIT_OLD,
    SUBGROUP_OCT,
    VCS_REP,
    VICE,
    WARM,
    YOUTH_2324,
    YOUTH_ASK_2324,
)
from evals.archive.ellerdyke_layout import (
    SUB,
    SUB_H,
    SUB_STYLES,
    WIDTH,
    Furniture,
    boxed,
    boxed_note,
    notice,
    p,
    pounds,
)
from evals.archive.ellerdyke_layout import render as render_pages
from evals.archive.names import ELLERDYKE

TITLE_SUBGROUP = "Ellerdyke CSP Grants Sub-Group notes and decisions, 5 October 2023"
SUB_TITLE = SUB_H.clone("ElSubTitle", fontSize=15, leading=19, spaceBefore=6, textColor=SUB_H.textColor)


def write_subgroup_notes(path: Path) -> Path:
    furniture = Furniture(
        "Grants Sub-Group \u2013 autumn round 2023",
        label="GRANTS SUB-GROUP  |  NOTES AND DECISIONS",
        opening="rule",
        head_place="centre",
        foot="Grants Sub-Group 05/10/2023 \u2013 p. {n}",
        place="left",
    )
    return render_pages(path, _story, Meta(TITLE_SUBGROUP, ELLERDYKE), furniture)


def _story() -> list[Flowable]:
    bids = [
        ["Ref", "Applicant \u2013 project", "Asked", "Score /25", "Decision", "Amount"],
        ["SG23-01", "Ellerdyke Nightlight Volunteers \u2013 Bridgegate Welfare Hub 2023/24", f"{HUB_2324:,}",
         "21", "Agreed to fund", f"{HUB_2324:,}"],
        ["SG23-02", "Yarnley Youth Project \u2013 Friday youth club", f"{YOUTH_ASK_2324:,}", "17",
         f"Agreed to fund {pounds(YOUTH_2324)}", f"{YOUTH_2324:,}"],
        ["SG23-03", "Saxonholt Homes \u2013 sanctuary scheme for victims of domestic abuse", f"{SANCTUARY:,}",
         "22", "Agreed to fund", f"{SANCTUARY:,}"],
        ["SG23-04", "Otterlade Residents' Association \u2013 community speedwatch", f"{SPEEDWATCH:,}", "8",
         "Declined", "0"],
        ["SG23-05", "Dunsmere Recovery Partnership \u2013 recovery caf\u00e9 evenings", f"{CAFE_ASK:,}", "14",
         "Deferred to 11 January 2024", "\u2013"],
        ["SG23-06", "Saltbox Theatre Company \u2013 Cut the Risk schools programme", f"{CUT_RISK_ASK:,}",
         "20", "Referred to the Executive", "\u2013"],
        ["SG23-07", "Hobbleswade Community Church \u2013 Safe and Warm drop-in", f"{WARM:,}", "\u2013",
         "Referred to the Head of Safer Communities", "\u2013"],
    ]  # fmt: skip
    notes = [
        "Second year of the hub. 70 nights and 640 people helped in 2022/23; the church hall is still lent "
        "free.",
        "The club asked for a residential weekend (1,000) as well as its Friday sessions; the "
        "Sub-Group funds "
        "the sessions only.",
        "Locks, door chains and alarms for 20 homes of victims referred by the IDVA service. Fits "
        "priority 1.",
        "As when the Executive declined the same bid on 14 July 2022: road safety is not a partnership "
        "priority. The Association was given the Dunsmere Road Safety Partnership's details.",
        "No monitoring return has been received for the 2022/23 grant. The Sub-Group will decide at its "
        "meeting on 11 January 2024 if the return is in by 1 December 2023.",
        f"The bid is above the Sub-Group's limit of {pounds(SUBGROUP_LIMIT_OLD)}, so it goes to the "
        "Executive "
        f"on 25 January 2024. The Sub-Group recommends {pounds(CUT_RISK)}, for 12 schools rather than 14.",
        f"Under the Head of Safer Communities' limit of {pounds(OFFICER_LIMIT_OLD)}: for him to decide under "
        "delegated powers.",
    ]
    left = POT_2324 - SUBGROUP_OCT
    return [
        Spacer(1, 2),
        notice(),
        p("Grants Sub-Group \u2013 notes and decisions", SUB_TITLE),
        p("Thursday 5th October 2023, 2.00 to 4.30 pm, Room 1.14, Ellerdyke Town Hall (and online)", SUB),
        p("1. Attendance", SUB_H),
        p(
            f"{VICE}, Vice-Chair of the Executive (chairing); {INSPECTOR}, Dunsmere Police; {VCS_REP}, "
            f"Ellerdyke Voluntary Action. Advising, without a vote: {OFFICER}, Head of Safer Communities. "
            f"Observing: {DMPC_REP}, Office of the Deputy Mayor for Policing and Crime.",
            SUB,
        ),
        p("Quorum: three voting members, the chair among them. Quorate. No interests declared.", SUB),
        p("2. The pot and the rules", SUB_H),
        p(
            f"The Executive set aside {pounds(POT_2324)} for this round on 16 March 2023. The Sub-Group may "
            f"award up to {pounds(SUBGROUP_LIMIT_OLD)} a bid. Bids are scored on five criteria, each "
            "out of 5 "
            "(fit with the 2023-26 priorities, need, what the money buys, the applicant's record and how "
            "results will be measured); the pass mark is 13 out of 25. Eleven bids came in by the closing "
            "date of 15 September; four were ineligible (two from outside the borough, two for capital "
            "building works).",
            SUB,
        ),
        p("3. Bids and decisions", SUB_H),
        boxed(bids, [46, 196, 44, 44, WIDTH - 376, 46], figs=(2, 3, 5), styles=SUB_STYLES),
        Spacer(1, 6),
        *(p(f"3.{i}&nbsp;&nbsp;<b>SG23-0{i}.</b> {text}", SUB) for i, text in enumerate(notes, 1)),
        p("4. The pot", SUB_H),
        p(
            f"Agreed today: {pounds(SUBGROUP_OCT)}. Left in the pot: {pounds(left)}, held for the deferred "
            "bid and, if money remains, a small spring round.",
            SUB,
        ),
        p("5. Any other business", SUB_H),
        p(
            f"{OFFICER} said the terms of reference are being reviewed for the Executive in January. The "
            f"draft raises the Sub-Group's limit to {pounds(SUBGROUP_LIMIT)} and the Head of Safer "
            f"Communities' to {pounds(OFFICER_LIMIT)} from April 2024.",
            SUB,
        ),
        p("Next meeting: Thursday 11th January 2024, 2.00 pm.", SUB),
        Spacer(1, 6),
        boxed_note(
            [
                p(
                    "<b>Note added 13 October 2023.</b> SG23-07: the Head of Safer Communities approved "
                    f"{pounds(WARM)} for the Safe and Warm drop-in under delegated powers on 12 October "
                    "2023.",
                    SUB,
                )
            ],
            WIDTH,
        ),
    ]
