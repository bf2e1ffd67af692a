"""Partnership AI's Executive, 8 December 2022: a decision and action note in DejaVu Sans under the rust band,
a running head at the outer edge and a foot "ECSP/EX/2022-12 · sheet n" at the right. Those present by
initials with a key, apologies and the quorum; then a rust table of agenda items ("Item 1" to "Item 10"),
each with what was reported and the decision, sums written "£8k" and "£21.75k": the strategic assessment
noted and its priorities sent out for consultation, the Grants Sub-Group's autumn grants and a grant under
delegated powers reported, a bid deferred in July approved at a lower sum, an award amended from £9.8k to
£7.3k, money released from the Partnership Reserve after a burglary series, a domestic homicide review
funded and the Serious Violence Duty; then an actions table (number, action, owner, due "16-Dec-22",
status) and the next meetings."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.ellerdyke_facts import (
    CCTV,
    CCTV_ASK,
    DHR_B,
    HATE_WEEK,
    HUB_2223,
    HUB_AMENDED_2223,
    KEYSTONE,
    POT_2223,
    RESERVE_OPEN_2223,
    SMALL_2223,
    SMALL_TOTAL_2223,
)
from evals.archive.ellerdyke_layout import (
    NOTE,
    NOTE_H,
    NOTE_STYLES,
    WIDTH,
    Furniture,
    kpounds,
    notice,
    p,
    rust,
)
from evals.archive.ellerdyke_layout import render as render_pages
from evals.archive.names import ELLERDYKE

TITLE_DECEMBER = "Ellerdyke Community Safety Partnership Executive decision and action note, 8 December 2022"
NOTE_TITLE = NOTE_H.clone("ElNoteTitle", fontSize=15, leading=19, spaceBefore=10, textColor=NOTE_H.textColor)


def write_minutes_december(path: Path) -> Path:
    furniture = Furniture(
        "Executive \u2013 decision and action note \u2013 8 December 2022",
        label="Executive  \u00b7  decision and action note",
        opening="band",
        head_place="outer",
        foot="ECSP/EX/2022-12 \u00b7 sheet {n}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_DECEMBER, ELLERDYKE), furniture)


def _story() -> list[Flowable]:
    small = "; ".join(f"{org} ({project}) {kpounds(amount)}" for _, project, org, _, amount in SMALL_2223)
    reserve_left = RESERVE_OPEN_2223 - KEYSTONE
    items = [
        ["Item", "Reported", "Decision"],
        ["1. Attendance", "Quorate: nine members from five responsible authorities (key above).", "\u2013"],
        ["2. Notes of 20-Oct-22", "Agreed. The ICB's safeguarding lead now sits on the DHR panel.", "Agreed"],
        ["3. Strategic Assessment 2022",
         "HA presented the assessment of the three years to Sep-22. Crime up 11.1% on the year; robbery, "
         "weapons and night-time violence in Bridgegate up most; ASB down. Three priorities proposed for "
         "2023-26. PD and RO asked that youth violence be named in the second priority.",
         "Assessment noted. Proposed priorities to go to partners and the residents' panel; the Executive "
         "to decide at its March meeting."],
        ["4. Grants Sub-Group (6-Oct-22) and delegated grants",
         f"Sub-Group awarded four grants, {kpounds(SMALL_TOTAL_2223)} in all, from its "
         f"{kpounds(POT_2223)} pot: {small}. GP approved {kpounds(HATE_WEEK)} for Hate Crime Awareness "
         "Week events (Ellerdyke Voluntary Action) under delegated powers on 11-Oct-22.",
         f"Noted. The {kpounds(POT_2223 - SMALL_TOTAL_2223)} left in the pot returns to the fund."],
        ["5. Bridgegate CCTV upgrade",
         f"Deferred on 14-Jul-22 (minute 18(f)) for costings. Three quotes received; the lowest, with three "
         f"years' maintenance, is {kpounds(CCTV)} against the {kpounds(CCTV_ASK)} first asked.",
         f"Approved at {kpounds(CCTV)}. Four cameras in Market Street and the bus station."],
        ["6. Bridgegate Welfare Hub",
         "St Aldhelm's church has lent its hall free of charge, so the hub no longer pays rent.",
         f"Award of 14-Jul-22 (minute 18(e)) amended from {kpounds(HUB_2223)} to "
         f"{kpounds(HUB_AMENDED_2223)}."],
        ["7. Burglary series, Hobbleswade",
         "DH: 38 burglaries in Hobbleswade from September to November, mostly through rear doors. "
         "Saxonholt Homes can fit locks and door chains in 120 homes before Christmas (Operation "
         "Keystone).",
         f"{kpounds(KEYSTONE)} released from the Partnership Reserve to Saxonholt Homes for Operation "
         f"Keystone. Reserve now {kpounds(reserve_left)}."],
        ["8. Domestic homicide review (Adult B)",
         "An independent chair has been appointed; the review will report in summer 2023.",
         f"Agreed to fund the review at {kpounds(DHR_B)} from the Safer Ellerdyke Fund."],
        ["9. Serious Violence Duty",
         "AF: the Violence Reduction Unit will publish the city region's needs assessment in "
         "January; each partnership must publish a local strategy by January 2024.",
         "AF to bring a draft local response to the March meeting."],
        ["10. Any other business",
         "LB: the Deputy Mayor's letter on the 2023/24 grant is expected in February. JR: IDVA caseloads "
         "are at 130% of the safe level.",
         "Noted."],
    ]  # fmt: skip
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["A22/19", "Consult partners and the residents' panel on the proposed priorities", "HA", "10-Feb-23",
         "Open"],
        ["A22/20", "Raise the purchase order for the Bridgegate CCTV upgrade", "GP", "31-Jan-23", "Open"],
        ["A22/21", "Write to Ellerdyke Nightlight Volunteers confirming the amended award", "GP", "16-Dec-22",
         "Open"],
        ["A22/22", "Report on Operation Keystone: homes done and burglaries since", "PV", "16-Mar-23",
         "Open"],
        ["A22/23", "Draft the local response to the Serious Violence Duty", "AF", "16-Mar-23", "Open"],
        ["A22/17", "Costings for the Bridgegate CCTV upgrade (from 14-Jul-22)", "GP", "08-Dec-22",
         "Closed"],
    ]  # fmt: skip
    key = (
        "<b>Present:</b> AO Cllr Adaeze Oyetunde, Ellerdyke MBC (Chair); DH Ch Supt Daniel Hursthouse, "
        "Dunsmere Police (Vice-Chair); PD GM Philippa Drury, Dunsmere FRS; ME Martin Ebdon, Probation; SV "
        "Dr Sunita Varsani, NHS Dunsmere ICB; RO Rachel Onyango, Youth Justice; LB Lucy Brennand, Deputy "
        "Mayor's office; JR Joanna Rimmington, Ellerdyke Women's Aid; PV Peter Veasey, Saxonholt Homes. "
        "<b>Officers:</b> AF Andrew Felgate; GP Graham Pendlebury; HA Hannah Ashburn. <b>Apologies:</b> Dr "
        "Colin Linthwaite (Public Health); Imogen Dexter (Ellerdyke Voluntary Action)."
    )
    return [
        notice(),
        p("Executive \u2013 decision and action note", NOTE_TITLE),
        p("Thursday 8 December 2022, 10.00 am to 12.40 pm, Committee Room 3, Ellerdyke Town Hall", NOTE),
        p(key, NOTE),
        p("Items and decisions", NOTE_H),
        rust(items, [92, WIDTH - 92 - 150, 150], styles=NOTE_STYLES),
        p("Actions", NOTE_H),
        rust(actions, [44, WIDTH - 44 - 40 - 56 - 46, 40, 56, 46], styles=NOTE_STYLES),
        Spacer(1, 6),
        p(
            "<b>Next meetings:</b> Thursday 26 January 2023 and Thursday 16 March 2023, 10.00 am, Ellerdyke "
            "Town Hall. Note taken by Sophie Carrow, Democratic Services.",
            NOTE,
        ),
    ]
