"""Partnership AM's Board, 28 April 2022: a "record of decisions and action log" on landscape pages in
Helvetica under the indigo "banner", a plain running head on later pages and a foot "Record of decisions
28-Apr-2022 | sheet n of total" at the right. A panel of the meeting's particulars (dates written
"28-Apr-2022"); decisions "D22/01" to "D22/13" in a "band" table with a decision column ("Agreed", "Agreed
(reserve)", "Noted", "Held over", "Refused"): the priorities for 2022-25 adopted in place of the four of
2021-22, the terms of reference revised, the budget for 2022-23, five awards, a mediation bid held over for
a data-sharing agreement, a bid for in-cab CCTV in taxis refused, money released from the Partnership
Reserve for a serious violence problem profile, the provisional outturn for 2021-22 with its underspend
added to the reserve, the annual report and the Chair's last meeting; then an action log with owner, due
date and status, and the next meeting."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SANDLEBURY
from evals.archive.sandlebury_facts import (
    APRIL_TOTAL_2223,
    AVAILABLE_2223,
    AWARDS_2223,
    MEDIATION,
    MEDIATION_ASK,
    PANEL_LIMIT,
    PFCC_2223,
    POT_2223,
    PRIORITIES_2122,
    PRIORITIES_2225,
    PROFILE,
    RESERVE_CLOSE_2122,
    RESERVE_FLOOR,
    SDC_2223,
    TAXI_ASK,
    TAXIS,
    UNDERSPEND_2122,
)
from evals.archive.sandlebury_layout import (
    LAND,
    REC,
    REC_H,
    REC_STYLES,
    Furniture,
    abbreviated_date,
    band,
    boxed,
    notice,
    p,
    pounds,
)
from evals.archive.sandlebury_layout import render as render_pages

TITLE_APRIL = (
    "Sandlebury Community Safety Partnership Board record of decisions and action log, 28 April 2022"
)
INK_STYLES = (REC_STYLES[0].clone("SbRecInkHead", textColor=REC_H.textColor),
              REC_STYLES[1].clone("SbRecInkHeadFig", textColor=REC_H.textColor), *REC_STYLES[2:])  # fmt: skip


LOOSE_H = REC_H.clone("SbRecLooseH", keepWithNext=0)


def write_decisions_april(path: Path) -> Path:
    furniture = Furniture(
        "Sandlebury CSP Board \u2013 record of decisions and action log \u2013 28-Apr-2022",
        label="Record of Decisions and Action Log",
        opening="banner",
        head_place="plain",
        foot="Record of decisions 28-Apr-2022 | sheet {n} of {total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_APRIL, SANDLEBURY), furniture, first="land")


def _story() -> list[Flowable]:
    particulars = [
        ["Meeting", "Date and time", "Venue", "Chair", "Quorum"],
        ["Sandlebury Community Safety Partnership Board", "Thursday 28-Apr-2022, 2.00 pm",
         "Committee Room 2, Council Offices", "Cllr Miriam Oakhurst",
         "Met: seven members, four responsible authorities"],
    ]  # fmt: skip
    awards = [a for a in AWARDS_2223 if a[4] == "2022-04-28"]
    rows = [["Ref.", "Item", "Decision", "Amount", "Detail"]]
    rows += [
        ["D22/01", "Priorities for 2022-25", "Agreed", "",
         "Adopted the three priorities recommended by the Strategic Intelligence Assessment 2022 for "
         f"April 2022 to March 2025: {'; '.join(PRIORITIES_2225)}. They replace the four priorities of "
         f"2021-22 ({'; '.join(t.lower() for t in PRIORITIES_2122)})."],
        ["D22/02", "Terms of reference", "Agreed", "",
         "Revised terms of reference adopted: the Small Grants Panel decides bids up to "
         f"{pounds(PANEL_LIMIT)}; "
         f"the Partnership Reserve is kept at or above {pounds(RESERVE_FLOOR)}; a Serious Violence Steering "
         "Group is added."],
        ["D22/03", "Budget 2022-23", "Noted", pounds(AVAILABLE_2223),
         f"Community Safety Fund {pounds(PFCC_2223)} (confirmed by the Commissioner on 21-Mar-2022) and the "
         f"council's contribution {pounds(SDC_2223)}, of which {pounds(POT_2223)} is the Small Grants Pot."],
    ]  # fmt: skip
    for i, (ref, project, organisation, priority, _, amount) in enumerate(awards, 4):
        rows.append([f"D22/{i:02d}", f"{ref} {project}", "Agreed", pounds(amount),
                     f"{organisation}; priority {priority} ({PRIORITIES_2225[priority - 1]})."])  # fmt: skip
    n = 4 + len(awards)
    rows += [
        [f"D22/{n:02d}", "Community mediation service", "Held over", pounds(MEDIATION_ASK),
         "Bid from Wendleshire Community Mediation. Supported in principle; held over until a data-sharing "
         "agreement with Kestmoor Housing and the council is signed. To return by September 2022."],
        [f"D22/{n + 1:02d}", "In-cab CCTV grants for taxis", "Refused", pounds(TAXI_ASK),
         f"Bid from the {TAXIS}. Refused: the grants would benefit private businesses, and CCTV in licensed "
         "vehicles is a matter for the council's taxi licensing policy."],
        [f"D22/{n + 2:02d}", "Serious violence problem profile", "Agreed (reserve)", pounds(PROFILE),
         "Released from the Partnership Reserve to commission a serious violence problem profile ahead of "
         "the Serious Violence Duty (recommendation R2 of the assessment)."],
        [f"D22/{n + 3:02d}", "Outturn 2021-22 (provisional)", "Noted", pounds(UNDERSPEND_2122),
         f"Underspend on the 2021-22 Community Safety Fund and council money added to the Partnership "
         f"Reserve, which stands at {pounds(RESERVE_CLOSE_2122 - PROFILE)} after this meeting's release."],
        [f"D22/{n + 4:02d}", "Annual report 2021-22", "Agreed", "",
         "Officers to draft the report for publication in July 2022, with a foreword by the new Chair."],
        [f"D22/{n + 5:02d}", "Chair", "Noted", "",
         "Cllr Oakhurst's last meeting. The Vice-Chair will chair any meeting held before the council names "
         "a new Portfolio Holder for Communities after the elections."],
    ]  # fmt: skip
    log = [["No.", "Action", "Owner", "Due", "Status"]]
    log += [
        ["A21/09", "Policy on the use of the Partnership Reserve (from 12-Oct-2021)", "Graham Tuckett",
         abbreviated_date("2022-01-25"), "Done: adopted 25-Jan-2022"],
        ["A22/01", "Report the Safe Space pilot's use and outcomes", "Hollie Brannigan",
         abbreviated_date("2022-06-09"), "Open"],
        ["A22/02", "Send award letters SCF22-01 to SCF22-05", "Hollie Brannigan",
         abbreviated_date("2022-05-13"), "Open"],
        ["A22/03", "Agree a data-sharing agreement for the mediation service", "Karl Etheridge",
         abbreviated_date("2022-07-29"), "Open"],
        ["A22/04", "Commission the serious violence problem profile", "Matthew Quayle",
         abbreviated_date("2022-06-30"), "Open"],
        ["A22/05", "Write to the taxi association with the reasons for refusal", "Hollie Brannigan",
         abbreviated_date("2022-05-13"), "Open"],
        ["A22/06", "Publish the revised terms of reference and the assessment's summary online",
         "Priya Kaushal", abbreviated_date("2022-05-20"), "Open"],
        ["A22/07", "Confirm the 2021-22 outturn and reserve balance", "Graham Tuckett",
         abbreviated_date("2022-06-09"), "Open"],
    ]  # fmt: skip
    return [
        notice(LAND),
        Spacer(1, 6),
        boxed(particulars, [210, 130, 150, 110, LAND - 600], styles=INK_STYLES),
        p(
            "Present: Cllr Miriam Oakhurst (Chair), Ch Insp Damian Sowerby (Vice-Chair), Alastair Pennock, "
            "Sue Ingleby, Neil Cadwallader, Karl Etheridge and Bernadette Ashworth; Hollie Brannigan, Graham "
            "Tuckett, Matthew Quayle and Farah Lindqvist in attendance. Apologies: Station Manager Aisha "
            "Pembury, Jo Whitlock.",
            REC,
        ),
        p("Decisions", LOOSE_H),
        band(rows, [48, 150, 72, 62, LAND - 332], figs={3}, styles=REC_STYLES),
        Spacer(1, 3),
        p(
            "Awards agreed from the 2022-23 Community Safety Fund at this meeting: "
            f"{pounds(APRIL_TOTAL_2223)}. "
            f"If the mediation bid is approved in full at {pounds(MEDIATION_ASK)} (officers suggest "
            f"{pounds(MEDIATION)} for the first year), the Fund will be committed to "
            f"{pounds(APRIL_TOTAL_2223 + MEDIATION_ASK)} before small grants.",
            REC,
        ),
        p("Action log", REC_H),
        band(log, [52, 330, 110, 80, LAND - 572], styles=REC_STYLES),
        Spacer(1, 6),
        p("Next meeting: Thursday 09-Jun-2022, 2.00 pm, Committee Room 2.", REC),
    ]
