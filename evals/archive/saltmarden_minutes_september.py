"""Partnership AJ's Leadership Board, 16 September 2025: minutes in DejaVu Serif with Helvetica Bold headings
under the "book" opening (the district council's name in spaced capitals between verdigris rules, the
meeting's reference "LB/2025-26/02" boxed at the right), a running head at the left on later pages and a foot
"Page n" centred. Those present in a grid, officers, apologies and the quorum; items "Item 1" to "Item 11",
each decision on shell under an oxblood rule as "Decision": matters arising from the annual meeting (a new
Chair, the Vice-Chair re-elected, the retail crime bid deferred in March approved below its ask), the Small
Grants Panel's July round and an officer's grant reported, an award amended down for a vacant post, a bid for
CCTV declined, money released from the Community Safety Reserve for two domestic homicide reviews, the terms
of reference version 2.0 approved with the old and new rules, the Commissioner's grant for 2026-27 indicated
and the summer reviewed; then an actions table and the dates of the next meetings."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SALTMARDEN
from evals.archive.saltmarden_facts import (
    DHR_2025,
    GRANT_2526,
    GRANT_2627_INDICATED,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    PANEL_LIMIT,
    PANEL_LIMIT_OLD,
    PASS,
    PASS_OLD,
    POT_2526,
    QUORUM,
    QUORUM_OLD,
    RESERVE_AFTER_DHR,
    RESERVE_FLOOR,
    RESERVE_OPEN_2526,
    SHOP,
    SHOP_ASK,
    SHOP_CONTRIBUTION,
    SKERROW_CCTV_ASK,
    SMALL_JULY_2526,
    SMALL_JULY_TOTAL,
    SPEED_SIGNS_ASK,
    URGENT_LIMIT,
    WRISTBANDS,
    YOUTH_2526,
    YOUTH_AMENDED_2526,
)
from evals.archive.saltmarden_layout import (
    SERIF,
    SERIF_H,
    SERIF_STYLES,
    SERIF_TITLE,
    WIDTH,
    Furniture,
    grid,
    notice,
    p,
    panel,
    pounds,
)
from evals.archive.saltmarden_layout import render as render_pages

TITLE_SEPTEMBER = "Saltmarden Community Safety Partnership Leadership Board minutes, 16 September 2025"
DECISION = SERIF.clone("SlSerifDecision", spaceAfter=2)


def write_minutes_september(path: Path) -> Path:
    furniture = Furniture(
        "Saltmarden CSP Leadership Board \u2013 minutes \u2013 16 September 2025",
        label="Saltmarden Community Safety Partnership \u2013 Leadership Board",
        opening="book",
        head_place="left",
        foot="Page {n}",
        place="centre",
        reference="LB/2025-26/02",
    )
    return render_pages(path, _story, Meta(TITLE_SEPTEMBER, SALTMARDEN), furniture)


def _item(number: int, subject: str, *texts: str, decision: str = "") -> list[Flowable]:
    flow: list[Flowable] = [p(f"Item {number}&nbsp;&nbsp;\u2013&nbsp;&nbsp;{subject}", SERIF_H)]
    flow += [p(t, SERIF) for t in texts]
    if decision:
        flow.append(panel([p(f"<b>Decision</b> \u2013 {decision}", DECISION)], WIDTH))
        flow.append(Spacer(1, 3))
    return flow


def _story() -> list[Flowable]:
    present = [
        ["Name", "Organisation", "Role"],
        ["Councillor Fenella Ashdown", "Saltmarden District Council", "Chair"],
        ["Superintendent Declan Morrow", "Carrowshire Constabulary", "Vice-Chair"],
        ["Councillor Rosalind Keast", "Carrowshire County Council", "Member"],
        ["Station Manager Gareth Pascoe", "Carrowshire Fire and Rescue Service", "Member"],
        ["Tom Adeyemi", "NHS Carrowshire and Wendmoor ICB", "Member"],
        ["Dr Alun Penhaligon", "Public Health Carrowshire", "Adviser (no vote)"],
        ["Sasha Lindqvist", "Carrowshire Youth Justice Service", "Adviser (no vote)"],
        ["Martin Gulliver", "OPFCC", "Adviser (no vote)"],
        ["Colin Yeo", "Brinehurst Homes", "Adviser (no vote)"],
        ["Lorna Quiller", "Saltmarden CVS", "Adviser (no vote)"],
    ]
    july = "; ".join(
        f"{ref} {project} ({org}) {pounds(award)}" + (f", asked {pounds(ask)}" if ask != award else "")
        for ref, project, org, _, ask, award in SMALL_JULY_2526
    )
    rules = [
        ["Rule", "Until 30 September 2025", "From 1 October 2025"],
        ["Quorum", QUORUM_OLD, QUORUM],
        ["Small Grants Panel: largest award", pounds(PANEL_LIMIT_OLD), pounds(PANEL_LIMIT)],
        ["Small Grants Panel: pass mark", f"{PASS_OLD} out of 30", f"{PASS} out of 30"],
        ["Community Safety Manager: largest award", pounds(OFFICER_LIMIT_OLD), pounds(OFFICER_LIMIT)],
        ["Releases from the reserve", "The Board only",
         f"The Board; or the Chair and Vice-Chair together, up to {pounds(URGENT_LIMIT)}, when it cannot "
         "wait for a meeting"],
        ["Lowest balance of the reserve", "None set", pounds(RESERVE_FLOOR)],
    ]  # fmt: skip
    actions = [
        ["No.", "Action", "Owner", "Due", "Status"],
        ["A25/21", "Publish the terms of reference version 2.0 on the council's website", "AR", "01/10/2025",
         "Open"],
        ["A25/22", "Commission independent chairs for DHR 2025/01 and DHR 2025/02", "KM", "31/10/2025",
         "Open"],
        ["A25/23", "Write to Skerrow Village Hall Trust with the Board's reasons", "KM", "30/09/2025",
         "Open"],
        ["A25/24", "Report the Shop Theft Reduction Officer's first quarter", "MG", "09/12/2025", "Open"],
        ["A25/25", "Draft the Strategic Intelligence Assessment 2026 timetable", "NF", "09/12/2025", "Open"],
    ]  # fmt: skip
    return [
        notice(),
        Spacer(1, 6),
        p("Minutes of the Leadership Board", SERIF_TITLE),
        p(
            "Tuesday 16 September 2025, 2.00 pm, Council Chamber, Saltmarden District Council Offices, "
            "Harbour "
            "Road",
            SERIF,
        ),
        grid(present, [170, 200, WIDTH - 370], styles=SERIF_STYLES),
        Spacer(1, 4),
        p(
            "<b>Officers:</b> Joanne Kettleby (Director of Communities), Kieran Maddocks (Community Safety "
            "Manager), Naomi Fairweather (Community Safety Analyst), Amir Rahimi (Democratic Services). "
            "<b>Apologies:</b> Helen Brightwell (Probation), Bryony Hext (Carrowshire Domestic Abuse "
            "Service). "
            f"<b>Quorum:</b> five voting members from five responsible authorities ({QUORUM_OLD}).",
            SERIF,
        ),
        *_item(
            1,
            "Minutes of the annual meeting of 10 June 2025 and matters arising",
            "The minutes were agreed. At the annual meeting Councillor Fenella Ashdown, Portfolio Holder for "
            "Communities and Leisure, was elected Chair in place of Councillor Marcus Treloar, now Leader of "
            "the Council, and Superintendent Declan Morrow was re-elected Vice-Chair.",
            f"Shop Theft Reduction Officer: the bid of {pounds(SHOP_ASK)} deferred on 18 March 2025 (minute "
            f"25/14(viii)) came back to the annual meeting with {pounds(SHOP_CONTRIBUTION)} from town centre "
            f"retailers, and the Board approved {pounds(SHOP)}. The officer started on 4 August 2025.",
        ),
        *_item(
            2,
            "Decisions made under delegation",
            f"The Small Grants Panel met on 8 July 2025 and awarded {pounds(SMALL_JULY_TOTAL)} from the "
            f"{pounds(POT_2526)} set aside for the year: {july}. It declined SG25-04, "
            f"{pounds(SPEED_SIGNS_ASK)} for speed signs in Marshfleet, as road safety is not a priority. "
            f"{pounds(POT_2526 - SMALL_JULY_TOTAL)} is left for the January round.",
            f"On 22 July 2025 the Community Safety Manager approved {pounds(WRISTBANDS)} under delegated "
            "powers "
            "for seafront child safety wristbands, run by Saltmarden Surf Life Saving Club.",
            decision="noted.",
        ),
        *_item(
            3,
            "Harbour Lights detached youth work 2025/26",
            "Saltmarden Youth Trust's lead youth worker left in March and the post was vacant from April to "
            "June; sessions restarted on 1 July. The Trust has asked that the award be reduced rather than "
            "the money held over.",
            decision=f"the Board amended its decision of 18 March 2025 (minute 25/14(iii)) so that the award "
            f"to Saltmarden Youth Trust is {pounds(YOUTH_AMENDED_2526)}, reduced from {pounds(YOUTH_2526)}; "
            f"the {pounds(YOUTH_2526 - YOUTH_AMENDED_2526)} returns to the fund.",
        ),
        *_item(
            4,
            "Skerrow Village Hall CCTV",
            f"Skerrow Village Hall Trust bid {pounds(SKERROW_CCTV_ASK)} for four cameras covering the hall "
            "and "
            "its car park after damage to beach huts nearby.",
            decision=f"the bid of {pounds(SKERROW_CCTV_ASK)} is declined: cameras are capital works, which "
            "the fund does not pay for, and the hall is on the parish council's CCTV list.",
        ),
        *_item(
            5,
            "Domestic homicide reviews",
            "Two domestic homicide reviews were notified to the Home Office in August (DHR 2025/01 and DHR "
            "2025/02). Each needs an independent chair and author.",
            decision=f"{pounds(DHR_2025)} is released from the Community Safety Reserve for the two reviews, "
            f"{pounds(DHR_2025 // 2)} each. The reserve, {pounds(RESERVE_OPEN_2526)} on 1 April 2025, stands "
            "at "
            f"{pounds(RESERVE_AFTER_DHR)} after this release.",
        ),
        *_item(
            6,
            "Terms of reference version 2.0",
            "Joanne Kettleby presented the revised terms of reference. The main changes, from 1 October "
            "2025, "
            "are:",
        ),
        grid(rules, [150, 150, WIDTH - 300], styles=SERIF_STYLES),
        Spacer(1, 5),
        panel(
            [
                p(
                    "<b>Decision</b> \u2013 the terms of reference version 2.0 are approved, in force from 1 "
                    "October 2025.",
                    DECISION,
                )
            ],
            WIDTH,
        ),
        Spacer(1, 3),
        *_item(
            7,
            "Funding for 2026/27",
            "Martin Gulliver reported the Commissioner's letter of 2 September 2025, which indicates a "
            "grant "
            f"of {pounds(GRANT_2627_INDICATED)} for 2026/27, against {pounds(GRANT_2526)} this year. It will "
            "be confirmed in February 2026.",
        ),
        *_item(
            8,
            "Summer 2025 on the seafront",
            "Superintendent Morrow reported that anti-social behaviour on the seafront between June and "
            "August "
            "fell by 9% on 2024. The patrols worked every planned shift. Two dispersal orders were used over "
            "the August bank holiday.",
        ),
        *_item(
            9,
            "Strategic Intelligence Assessment 2026",
            "Naomi Fairweather will update the assessment on the calendar year 2025 by January 2026; the "
            "priorities for 2025-28 are not expected to change.",
        ),
        *_item(10, "Any other business", "None."),
        *_item(
            11,
            "Dates of next meetings",
            "Tuesday 9 December 2025, Tuesday 17 March 2026 and the annual meeting on Tuesday 9 June 2026.",
        ),
        p("Actions", SERIF_H),
        grid(actions, [46, WIDTH - 200, 44, 64, 46], styles=SERIF_STYLES),
    ]
