"""Partnership AJ's Saltmarden Safer Communities Fund allocation plan 2025/26, the position at 31 October
2025, printed from the Community Safety Team's spreadsheet on 3 November 2025: landscape pages in Helvetica
under a spreadsheet's grey title bar (the file and sheet name), no running head and a foot "Page n of total"
at the right. Every award of the year so far in a "sheet" table with row numbers in a grey column: the
reference, the priority of 2025-28, who approved it and when (dates "18/03/2025"), the award, its quarterly
profile, the sum paid to 31 October and a note of any deferral, amendment or reduction below the ask, with
sums as a spreadsheet prints currency without its symbol ("12,600.00"); then the money available, what is
allocated and what is left (with the Small Grants Panel's second round held back), bids not funded and the
Community Safety Reserve with its floor and the headroom above it."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SALTMARDEN
from evals.archive.saltmarden_facts import (
    ANALYST_2526,
    AVAILABLE_2526,
    BF_2526,
    DHR_2025,
    DISTRICT_2526,
    FLOODLIGHTS_ASK,
    GRANT_2526,
    HAVEN_2526,
    NAVIGATOR_2526,
    OUTREACH_2526,
    PATROL_2526,
    PATROL_ASK_2526,
    PH_2526,
    POT_2526,
    RESERVE_AFTER_DHR,
    RESERVE_FLOOR,
    RESERVE_OPEN_2526,
    SHOP,
    SHOP_ASK,
    SKERROW_CCTV_ASK,
    SMALL_JULY_2526,
    SMALL_JULY_TOTAL,
    SPEED_SIGNS_ASK,
    WRISTBANDS,
    YOUTH_2526,
    YOUTH_AMENDED_2526,
)
from evals.archive.saltmarden_layout import (
    LAND,
    SHEET,
    SHEET_TITLE,
    Furniture,
    notice,
    p,
    sheet,
    sheet_figure,
)
from evals.archive.saltmarden_layout import render as render_pages

TITLE_PLAN = "Saltmarden Safer Communities Fund allocation plan 2025/26 (position at 31 October 2025)"
# Reference, priority, project, lead, approved by, date, award, quarterly profile, note.
Line = tuple[str, str, str, str, str, str, int, tuple[int, int, int, int], str]


def write_plan(path: Path) -> Path:
    furniture = Furniture(
        "",
        label="SSCF_Allocation_Plan_2025-26_v7.xlsx   |   Sheet: Plan 25-26   |   printed 03/11/2025 14:22 "
        "by kmaddocks",
        opening="sheet",
        head_place="",
        foot="Page {n} of {total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_PLAN, SALTMARDEN), furniture, first="land")


def _f(amount: int) -> str:
    return sheet_figure(amount)


def _lines() -> list[Line]:
    quarter = OUTREACH_2526 // 4
    youth = YOUTH_AMENDED_2526 // 3
    shop = SHOP // 3
    haven = HAVEN_2526 // 4
    nav = NAVIGATOR_2526 // 4
    panel = [
        (ref, str(priority), project, org, "Small Grants Panel", "08/07/2025", award,
         (0, award, 0, 0) if ref != "SG25-03" else (0, award // 2, award // 2, 0),
         f"Asked {_f(ask)}; Panel limit 5,000.00" if ask != award else "")
        for ref, project, org, priority, ask, award in SMALL_JULY_2526
    ]  # fmt: skip
    return [
        ("L25-01", "1", "Domestic abuse outreach worker", "Carrowshire Domestic Abuse Service", "Board",
         "18/03/2025", OUTREACH_2526, (quarter,) * 4, "Year 1 of 2; year 2 (2026/27) subject to grant"),
        ("L25-02", "3", "Seafront Summer Patrols 2025", "Saltmarden District Council", "Board", "18/03/2025",
         PATROL_2526, (PATROL_2526 // 2, PATROL_2526 // 2, 0, 0), f"Asked {_f(PATROL_ASK_2526)}"),
        ("L25-03", "2", "Harbour Lights detached youth work", "Saltmarden Youth Trust", "Board", "18/03/2025",
         YOUTH_AMENDED_2526, (0, youth, youth, youth),
         f"Amended 16/09/2025 from {_f(YOUTH_2526)} (post vacant Apr-Jun)"),
        ("L25-04", "2", "Custody recovery navigator", "Tidewater Recovery", "Board", "18/03/2025",
         NAVIGATOR_2526, (nav,) * 4, "Public health contribution"),
        ("L25-05", "All", "Community Safety Analyst (shared)", "Carrowshire County Council", "Board",
         "18/03/2025", ANALYST_2526, (0, 0, 0, ANALYST_2526), "Invoiced in March"),
        ("L25-06", "3", "Quayside Night Haven", "Saltmarden Street Angels", "Board", "18/03/2025", HAVEN_2526,
         (haven,) * 4, ""),
        ("L25-07", "4", "Shop Theft Reduction Officer", "Carrowshire Business Crime Partnership", "Board",
         "10/06/2025", SHOP, (0, shop, shop, shop),
         f"Deferred 18/03/2025 (asked {_f(SHOP_ASK)}); retailers add 5,000.00"),
        *panel,
        ("OD25-01", "3", "Seafront child safety wristbands", "Saltmarden Surf Life Saving Club",
         "Community Safety Manager", "22/07/2025", WRISTBANDS, (0, WRISTBANDS, 0, 0), "Delegated decision"),
    ]  # fmt: skip


def _story() -> list[Flowable]:
    lines = _lines()
    assert all(sum(line[7]) == line[6] for line in lines)
    awards = [["Ref", "Pri", "Project", "Lead organisation", "Approved by", "Date", "Award", "Q1", "Q2", "Q3",
               "Q4", "Paid to 31/10/25", "Note"]]  # fmt: skip
    for ref, pri, project, lead, by, date, award, profile, note in lines:
        paid = profile[0] + profile[1]
        awards.append(
            [ref, pri, project, lead, by, date, _f(award), *(_f(q) for q in profile), _f(paid), note]
        )
    allocated = sum(line[6] for line in lines)
    quarters = [sum(line[7][q] for line in lines) for q in range(4)]
    paid_total = quarters[0] + quarters[1]
    awards.append(["", "", "<b>TOTAL ALLOCATED</b>", "", "", "", f"<b>{_f(allocated)}</b>",
                   *(_f(q) for q in quarters), _f(paid_total), ""])  # fmt: skip
    held = POT_2526 - SMALL_JULY_TOTAL
    money = [
        ["Fund 2025/26", "Amount", "Note"],
        ["Commissioner's Community Safety Partnership Grant", _f(GRANT_2526), "Confirmed 21/02/2025"],
        ["District Council contribution", _f(DISTRICT_2526), ""],
        ["Public Health Carrowshire contribution", _f(PH_2526), "Drug and alcohol work only"],
        ["Brought forward from 2024/25", _f(BF_2526), "After 6,000.00 moved to the reserve"],
        ["Available", _f(AVAILABLE_2526), ""],
        ["Allocated (rows 2 to 12)", _f(allocated), ""],
        ["Held for Small Grants Panel round 2 (January 2026)", _f(held), f"Pot {_f(POT_2526)} less round 1"],
        ["Unallocated", _f(AVAILABLE_2526 - allocated - held), ""],
    ]
    refused = [
        ["Bid", "Applicant / project", "Asked", "Decided by", "Date", "Outcome"],
        ["-", "Saltmarden Town Football Club / floodlights", _f(FLOODLIGHTS_ASK), "Board", "18/03/2025",
         "Declined: capital"],
        ["SG25-04", "Marshfleet residents / speed signs", _f(SPEED_SIGNS_ASK), "Small Grants Panel",
         "08/07/2025", "Declined: road safety not a priority"],
        ["-", "Skerrow Village Hall Trust / CCTV", _f(SKERROW_CCTV_ASK), "Board", "16/09/2025",
         "Declined: capital"],
    ]  # fmt: skip
    reserve = [
        ["Community Safety Reserve", "Date", "Movement", "Balance"],
        ["Opening balance", "01/04/2025", "", _f(RESERVE_OPEN_2526)],
        ["Released: DHR 2025/01 and DHR 2025/02 (Board)", "16/09/2025", f"-{_f(DHR_2025)}",
         _f(RESERVE_AFTER_DHR)],
        ["Floor (terms of reference 6.3, from 01/10/2025)", "", "", _f(RESERVE_FLOOR)],
        ["Headroom above the floor", "31/10/2025", "", _f(RESERVE_AFTER_DHR - RESERVE_FLOOR)],
    ]  # fmt: skip
    return [
        Spacer(1, 2),
        notice(LAND),
        Spacer(1, 4),
        p(
            "Saltmarden Safer Communities Fund \u2013 Allocation Plan 2025/26 \u2013 position at 31 October "
            "2025",
            SHEET_TITLE,
        ),
        p(
            "Pri = priority of 2025-28 (1 violence against women and girls; 2 serious violence, drugs and "
            "exploitation; 3 anti-social behaviour on the seafront and in town centres; 4 retail crime and "
            "shop "
            "theft). Sums in pounds. Q1 = April to June.",
            SHEET,
        ),
        sheet(
            awards,
            [38, 20, 108, 104, 66, 46, 44, 38, 38, 38, 38, 48, LAND - 18 - 626],
            figs=(6, 7, 8, 9, 10, 11),
        ),
        Spacer(1, 8),
        sheet(money, [230, 60, 200], figs=(1,), first_row=16),
        Spacer(1, 8),
        sheet(refused, [44, 220, 52, 96, 56, 170], figs=(2,), first_row=27),
        Spacer(1, 8),
        sheet(reserve, [240, 56, 64, 60], figs=(2, 3), first_row=33),
    ]
