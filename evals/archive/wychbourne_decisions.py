"""Partnership AB's decisions outside the formal minutes of 2025. The Resources Sub-Group's decision log of 11
November 2025 on a landscape page in Helvetica: a log with references "RSG/25/07" and sums in pounds and
pence ("£12,400.00": a larger bid recommended to the Steering Group, an award reduced from one sum to
another, a bid declined as the county's responsibility, one approved, one approved below its ask) and the
position of the year's budget after the meeting. The Steering Group's minutes of 3 March 2026, signed and
scanned: a two-column clerk's table (the item at the left, the discussion and a "Decision:" at the right),
a new Chair and Vice-Chair elected, the priorities for 2026-29 adopted with two of the assessment's four
merged, the recommended bid approved, a declined bid funded in a smaller form from the ring-fenced money, a
bid deferred to June, a third year agreed in principle, and a drawn signature."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.names import WYCHBOURNE
from evals.archive.wychbourne_facts import (
    AVAILABLE_2526,
    BCP,
    BID_COMPANY,
    BLADE_AWARD,
    BOROUGH_2627,
    CHAIR,
    CHAIR_OLD,
    COUNTY_REP,
    DA_REP,
    DA_SERVICE,
    FIRE_REP,
    GYM,
    HEAD,
    HEDGEROW_AWARD,
    HOUSING_REP,
    ICB_REP,
    IDVA_2526,
    IDVA_2627,
    LANTERN_AMENDED,
    LANTERN_AWARD,
    LIGHTING_ASK,
    LIGHTING_GROUP,
    OFFICER,
    OPCC_REP,
    PATHWAYS_AWARD,
    PRIORITIES_2629,
    PROBATION,
    PUBLIC_HEALTH,
    RECOMMENDED_2629,
    RECOVERY,
    RINGSIDE_ASK,
    RINGSIDE_AWARD,
    SHOP_ALERT_ASK,
    SHOP_ALERT_AWARD,
    SOBER_AWARD,
    STALKING_AWARD,
    SVD_2526,
    SVD_2627,
    VICE,
    WAYFINDER_2526,
    YJS_REP,
    YOUTH_TRUST,
)
from evals.archive.wychbourne_layout import (
    LAND,
    LOG,
    LOG_H,
    LOG_STYLES,
    LOG_TITLE,
    MIN,
    MIN_B,
    MIN_CELL,
    MIN_CENTRE,
    MIN_TITLE,
    WIDTH,
    Furniture,
    Signature,
    notice,
    p,
    pence,
    pounds,
    render,
    zebra,
)

TITLE_LOG = "Wychbourne CSP Resources Sub-Group: decision log, 11 November 2025"
TITLE_MARCH = "Wychbourne CSP Steering Group: minutes, 3 March 2026"


def write_decision_log(path: Path) -> Path:
    furniture = Furniture(
        "Resources Sub-Group decision log 11/11/2025",
        code="RSG 25/3",
        opening="",
        foot="RSG decision log — {n} of {total}",
        foot_at="right",
    )
    return render(path, _log, Meta(TITLE_LOG, WYCHBOURNE), furniture, first="landscape")


def write_minutes_march(path: Path) -> Path:
    furniture = Furniture("Steering Group minutes 3 March 2026", opening="memo", foot="- {n} -")
    return render(path, _march, Meta(TITLE_MARCH, WYCHBOURNE), furniture)


def _log() -> list[Flowable]:
    before = IDVA_2526 + LANTERN_AWARD + HEDGEROW_AWARD + BLADE_AWARD + WAYFINDER_2526
    change = LANTERN_AMENDED - LANTERN_AWARD + SOBER_AWARD + SHOP_ALERT_AWARD
    after = before + change
    rows = [
        [
            "Ref",
            "Applicant and project",
            "Priority",
            "Requested",
            "Decision",
            "Amount",
            "Reason / conditions",
        ],
        [
            "RSG/25/07",
            f"{YOUTH_TRUST}: Pathways Mentoring",
            "Exploitation",
            pence(PATHWAYS_AWARD),
            "Recommended to the Steering Group",
            pence(PATHWAYS_AWARD),
            "Scored 78/100. Above the Sub-Group's £10,000 limit, so referred up with a recommendation to "
            "approve.",
        ],
        [
            "RSG/25/08",
            f"{BID_COMPANY}: Night Lantern marshals (variation)",
            "ASB",
            "-",
            f"Amended from {pence(LANTERN_AWARD)} to {pence(LANTERN_AMENDED)}",
            pence(LANTERN_AMENDED),
            "Marshals on Saturdays only from October; the BID has raised its own share.",
        ],
        [
            "RSG/25/09",
            f"{LIGHTING_GROUP}: footpath lighting",
            "ASB",
            pence(LIGHTING_ASK),
            "Declined",
            pence(0),
            "Street lighting on the footpath is the County Council's highways responsibility.",
        ],
        [
            "RSG/25/10",
            f"{RECOVERY}: Sober Minds recovery cafe",
            "Drug-related harm",
            pence(SOBER_AWARD),
            "Approved",
            pence(SOBER_AWARD),
            "Scored 71/100. Quarterly attendance figures to be reported.",
        ],
        [
            "RSG/25/11",
            f"{BCP}: Shop Alert radios, Pannier Street",
            "ASB / retail",
            pence(SHOP_ALERT_ASK),
            "Approved (reduced)",
            pence(SHOP_ALERT_AWARD),
            "Radios only; the annual licence fee is to be met by the members.",
        ],
    ]
    budget = [
        ["Community Safety Grant 2025/26", "£"],
        ["Available for the year", pence(AVAILABLE_2526)],
        ["Committed before this meeting", pence(before)],
        ["Net change at this meeting (RSG/25/08, /10 and /11)", pence(change)],
        ["Committed after this meeting", pence(after)],
        ["Recommended to the Steering Group, not yet committed (RSG/25/07)", pence(PATHWAYS_AWARD)],
        ["Uncommitted, before RSG/25/07", pence(AVAILABLE_2526 - after)],
        ["of which Serious Violence Duty, ring-fenced", pence(SVD_2526 - BLADE_AWARD)],
    ]
    return [
        p("Resources Sub-Group &#8212; Decision Log", LOG_TITLE),
        p(
            "Wychbourne Community Safety Partnership &middot; meeting of Tuesday 11 November 2025, Committee "
            "Room 2, "
            "Wychbourne Town Hall",
            LOG,
        ),
        notice(LAND),
        p(
            f"<b>Present:</b> {HEAD} (chair of the Sub-Group), {OPCC_REP}, {COUNTY_REP}, {ICB_REP}. "
            f"<b>Officer:</b> {OFFICER}. Quorate (three members needed). No interests were declared.",
            LOG,
        ),
        p("Decisions", LOG_H),
        zebra(rows, [52, 150, 68, 62, 120, 62, LAND - 514], figs={3, 5}, styles=LOG_STYLES),
        p("Budget position after this meeting", LOG_H),
        zebra(budget, [300, 90], figs={1}, styles=LOG_STYLES),
        Spacer(1, 6),
        p("Next meeting of the Sub-Group: Tuesday 10 February 2026.", LOG),
    ]


def _m(text: str) -> Flowable:
    """A paragraph of the minutes, in the clerk's Times."""
    return p(text, MIN)


def _row(item: str, body: list[Flowable]) -> list[Any]:
    return [p(item, MIN_B), body]


def _march() -> list[Flowable]:
    recommended = ", ".join(f"'{r}'" for r in RECOMMENDED_2629)
    adopted = "; ".join(f"({i}) {text}" for i, text in enumerate(PRIORITIES_2629, start=1))
    items = [
        _row(
            "1. Chair and Vice-Chair",
            [
                _m(
                    f"{CHAIR} had acted as Chair since 1 December 2025, when {CHAIR_OLD} left the Borough "
                    "Council's cabinet. One nomination had been received for each office."
                ),
                _m(
                    f"<b>Decision:</b> {CHAIR} elected Chair; {VICE}, Cabinet Member for Communities, "
                    "elected "
                    "Vice-Chair; both until the first meeting after 1 January 2027."
                ),
            ],
        ),
        _row("2. Minutes of 9 December 2025", [_m("<b>Decision:</b> approved as a correct record.")]),
        _row(
            "3. Priorities 2026-2029",
            [
                _m(
                    "The strategic assessment received on 9 December recommended four priorities: "
                    f"{recommended}. "
                    "Partners and residents were consulted in January. Because the same young people and "
                    "supply "
                    "networks run through the second and third, members preferred to merge them."
                ),
                _m(f"<b>Decision:</b> the priorities for 2026-2029 are {adopted}."),
                _m(
                    "Serious violence will be tackled through the county's Serious Violence Duty strategy, "
                    "and "
                    "anti-social behaviour through neighbourhood policing, rather than as local priorities."
                ),
            ],
        ),
        _row(
            "4. Pathways Mentoring",
            [
                _m("Recommended by the Resources Sub-Group on 11 November 2025 (RSG/25/07)."),
                _m(f"<b>Decision:</b> {pounds(PATHWAYS_AWARD)} awarded to {YOUTH_TRUST}."),
            ],
        ),
        _row(
            "5. Ringside Mentors (revised bid)",
            [
                _m(
                    f"{GYM}'s bid of {pounds(RINGSIDE_ASK)} was declined on 10 June 2025. The revised bid is "
                    "for "
                    "girls aged 11 to 15, whom the county programme does not reach."
                ),
                _m(
                    f"<b>Decision:</b> {pounds(RINGSIDE_AWARD)} awarded from the remaining Serious Violence "
                    "Duty "
                    "allocation."
                ),
            ],
        ),
        _row(
            "6. Stalking Support Clinic",
            [
                _m(f"{DA_SERVICE} asked for {pounds(STALKING_AWARD)} for a weekly clinic."),
                _m(
                    "<b>Decision:</b> deferred to 9 June 2026 until the county confirms what its new "
                    "stalking "
                    "service will cover; if approved, to be met from 2026/27 money."
                ),
            ],
        ),
        _row(
            "7. Funding Plan 2026/27",
            [
                _m(
                    f"The Borough Council's contribution falls to {pounds(BOROUGH_2627)}. The IDVA post is "
                    "the "
                    "largest commitment."
                ),
                _m(
                    f"<b>Decision:</b> plan approved in draft; the IDVA post agreed in principle at "
                    f"{pounds(IDVA_2627)} for 2026/27. Final plan to be issued by 20 March 2026."
                ),
            ],
        ),
        _row(
            "8. Serious Violence Duty",
            [
                _m(
                    f"{COUNTY_REP} reported that the county's allocation to the borough for 2026/27 will "
                    "again be "
                    f"{pounds(SVD_2627)}, and that the county's mentoring programme will be re-tendered in "
                    "the autumn."
                ),
                _m("<b>Decision:</b> noted."),
            ],
        ),
        _row(
            "9. Resources Sub-Group",
            [
                _m(
                    "The notes of the Sub-Group's meeting of 10 February 2026 were received. No bids had "
                    "arrived "
                    "between rounds and the Sub-Group made no awards; it reviewed the monitoring returns of "
                    "five "
                    "projects, all on track."
                ),
            ],
        ),
        _row("10. Next meeting", [_m("Tuesday 9 June 2026, 10.00 am, Civic Suite.")]),
    ]
    grid = Table(items, colWidths=[120, WIDTH - 120], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
                ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    present = (
        f"{CHAIR} (in the Chair), {VICE}, {HEAD}, {COUNTY_REP}, {FIRE_REP}, {PROBATION}, {ICB_REP}, "
        f"{OPCC_REP}, "
        f"{YJS_REP}, {DA_REP}"
    )
    return [
        Spacer(1, 2),
        notice(WIDTH),
        Spacer(1, 6),
        p("Wychbourne CSP Steering Group", MIN_TITLE),
        p(
            "Minutes of the meeting held on Tuesday 3 March 2026, Civic Suite, Wychbourne Town Hall",
            MIN_CENTRE,
        ),
        p(
            f"<b>Present:</b> {present}. <b>Apologies:</b> {PUBLIC_HEALTH}, {HOUSING_REP}. <b>Minutes:</b> "
            f"{OFFICER}.",
            MIN_CELL,
        ),
        p(f"{DA_REP} declared an interest in item 6 and took no part in it.", MIN_CELL),
        Spacer(1, 4),
        grid,
        Spacer(1, 14),
        p("Signed as a correct record", MIN),
        Signature(f"Chair, {CHAIR} — 9 June 2026", seed=3),
    ]
