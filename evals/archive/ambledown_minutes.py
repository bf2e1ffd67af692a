"""Partnership N's two sets of minutes on ambledown_layout's furniture, in two styles.

The Strategic Board's minutes of 17 September 2024 are a table, one agenda item a row (Item | Discussion |
Decision / Action | Owner), on landscape pages, with those present and apologies listed at the top and
decisions written short in their column ("Approved £7,480", "Agreed - reduce to £3,950", "Deferred to the
Fund Panel", "Not supported"): a new Chair and Vice-Chair, a member joining and one leaving, the Fund's
budget and six bids.

The Community Safety Fund Panel's minutes of 26 November 2024 are short numbered paragraphs ("17/24
Deferred bid: Change Track") with "RESOLVED" and "The Panel AGREED": a decision taken by the Chair by
email between meetings ratified, the Board's deferred bid decided, an award of 17 September 2024
increased, a bid supported in principle, one declined and one deferred to March 2025."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from evals.archive.ambledown_layout import (
    NUMBERED,
    SMALL,
    Furniture,
    bullets,
    heading,
    notice,
    numbered,
    p,
    render_pages,
    stub_table,
    title,
)
from evals.archive.common import Meta
from evals.archive.names import AMBLEDOWN, AMBLEDOWN_BOARD, AMBLEDOWN_PANEL

BOARD_TITLE = f"{AMBLEDOWN_BOARD} minutes, 17 September 2024"
PANEL_TITLE = f"{AMBLEDOWN_PANEL} minutes, 26 November 2024"

PRESENT = (
    "Cllr Marguerite Ellacott, Ambledown District Council (Chair for items 1 and 2)",
    "Supt Graham Pettifer, Tarnshire Constabulary (Chair from item 3)",
    "Cllr Devika Ransome, Tarnshire County Council",
    "Lorraine Spratling, Community Safety Manager, Ambledown District Council",
    "GM Callum Yeardley, Tarnshire Fire and Rescue Service",
    "Gideon Hale, Probation Service, Tarnshire North PDU",
    "Petra Vintner, Office of the Tarnshire Police, Fire and Crime Commissioner",
    "Kerry Bastable, Tarnshire Youth Justice Service",
    "Nadia Qureshi, Beacon Row Women's Aid",
    "Joanna Treacher, Copperfield Housing Trust (from item 4)",
    "Priya Kendrick, Tarnshire Community Safety Analysis Unit (item 7)",
)
APOLOGIES = (
    "Dr Anjali Rowntree, Tarn Valley Integrated Care Board",
    "Simon Varley, StepClear Recovery",
    "Martin Pyecroft, Ambledown Council for Voluntary Service",
)

ITEMS = (
    (
        "1. Welcome, apologies and quorum",
        "Apologies as listed. Five responsible authorities present.",
        "Meeting quorate.",
        "",
    ),
    (
        "2. Election of Chair and Vice-Chair",
        "Cllr Ellacott stood down as Chair after three years, as the Board agreed in March 2024. "
        "Nominations received for Supt Pettifer (Chair) and Cllr Ransome (Vice-Chair). Members thanked "
        "Cllr Ellacott.",
        "Supt Graham Pettifer elected Chair. Cllr Devika Ransome elected Vice-Chair. Both for two years.",
        "",
    ),
    (
        "3. Minutes of 18 June 2024 and matters arising",
        "Accepted as a true record. Action 2 (Operation Lantern evaluation) complete.",
        "Approved.",
        "",
    ),
    (
        "4. Membership",
        "Copperfield Housing Trust asked to join as an attending partner. StepClear Recovery's treatment "
        "contract ends 30 September 2024; the County Council is appointing a new provider.",
        "Agreed - Copperfield Housing Trust joins the Board. StepClear Recovery leaves from 1 October 2024; "
        "invite the new provider once appointed.",
        "L. Spratling",
    ),
    (
        "5. Community Safety Fund 2024-25: budget",
        "PFCC grant for 2024-25 confirmed at £96,400. With the District Council's £15,000 and £6,780 "
        "carried forward, £118,180 is available. £53,500 already committed in March 2024 (IDVA £31,500; "
        "Coordinator post £22,000), leaving £64,680.",
        "Noted.",
        "P. Vintner",
    ),
    (
        "6a. Bid: Tollgate Park Boxing Academy",
        "Tarnshire Youth Justice Service asked £7,480 for weekly boxing and mentoring sessions for young "
        "people at risk of violence, October 2024 to March 2025.",
        "Approved £7,480.",
        "K. Bastable",
    ),
    (
        "6b. Bid: Town-centre Safe Space",
        "Ambledown Street Pastors asked £5,200 to open a Safe Space in the Corn Exchange on Friday, "
        "Saturday and Sunday nights. Members felt Sunday opening was not needed.",
        "Agreed - reduce to £3,950 (Friday and Saturday nights only).",
        "A. Cheverton",
    ),
    (
        "6c. Bid: Change Track perpetrator programme",
        "Pathway Change CIC asked £12,600 for places on a domestic abuse perpetrator programme. Members "
        "supported the aim but asked for unit costs and expected referrals.",
        "Deferred to the Fund Panel on 26 November - costings and referral numbers needed.",
        "L. Spratling",
    ),
    (
        "6d. Bid: Market Street CCTV upgrade",
        "Ambledown District Council asked £18,000 to replace four cameras. This is capital spend, which "
        "the PFCC grant conditions exclude.",
        "Not supported. Refer to the District Council's capital programme.",
        "",
    ),
    (
        "6e. Bid: Blunt Truth knife crime sessions",
        "Tarnshire Constabulary's schools team asked £2,875 for a knife crime drama, delivered by Edgeworks "
        "Theatre Company, in six secondary schools.",
        "Approved in full (£2,875).",
        "PC S. Holroyd",
    ),
    (
        "6f. Bid: Women's safety walk audits",
        "Ambledown District Council asked £1,640 for night-time walk audits with women in Ambledown and "
        "Saxby Cross.",
        "Approved £1,640 - report findings to the DA and VAWG Delivery Group.",
        "L. Spratling",
    ),
    (
        "7. Strategic Assessment 2024",
        "P. Kendrick set out the timetable: data extracted in October, draft in November.",
        "Draft to the Board on 21 January 2025 with proposed priorities.",
        "P. Kendrick",
    ),
    (
        "8. Any other business",
        "None.",
        "Next Board: 21 January 2025. Fund Panel: 26 November 2024.",
        "",
    ),
)


def write_board_minutes(path: Path) -> Path:
    furniture = Furniture("Strategic Board minutes", "17 September 2024")
    return render_pages(path, _board_story, Meta(BOARD_TITLE, AMBLEDOWN), furniture, first="landscape")


def write_panel_minutes(path: Path) -> Path:
    furniture = Furniture("Community Safety Fund Panel", "26 November 2024")
    return render_pages(path, _panel_story, Meta(PANEL_TITLE, AMBLEDOWN), furniture)


def _board_story() -> list[Flowable]:
    rows = [("Item", "Discussion", "Decision / Action", "Owner"), *ITEMS]
    return [
        notice(),
        *title(
            "Strategic Board: minutes",
            "Tuesday 17 September 2024, 10.00am, Committee Room 2, Ambledown District Council Offices",
        ),
        p("<b>Present:</b>", SMALL),
        bullets(PRESENT, SMALL),
        p("<b>Apologies:</b>", SMALL),
        bullets(APOLOGIES, SMALL),
        stub_table(rows, [130, 300, 210, 76]),
        p(
            "Signed as a true record: ................................ (Chair)   Date: ................",
            SMALL,
        ),
    ]


def _panel_story() -> list[Flowable]:
    return [
        notice(),
        *title(
            "Community Safety Fund Panel", "Minutes of the meeting held on 26 November 2024, by video call"
        ),
        p(
            "<b>Present:</b> Cllr Devika Ransome (Chair), Lorraine Spratling, Gideon Hale, GM Callum "
            "Yeardley, Nadia Qureshi, Joanna Treacher. <b>In attendance:</b> Petra Vintner (OPCC, adviser, "
            "not voting). <b>Apologies:</b> Supt Graham Pettifer."
        ),
        heading("", "Minutes"),
        numbered(
            "14/24",
            "<b>Declarations of interest.</b> Nadia Qureshi declared an interest in minute 19/24(b), as "
            "Chief Executive of Beacon Row Women's Aid, and took no part in it.",
        ),
        numbered(
            "15/24",
            "<b>Minutes of 2 July 2024.</b> The minutes were agreed as a correct record.",
        ),
        numbered(
            "16/24",
            "<b>Decision taken between meetings.</b> On 22 October 2024 the Chair, by email and after "
            "consulting the Chair of the Strategic Board, approved £2,300 from the Fund for the Sanctuary "
            "scheme run by Copperfield Housing Trust, to fit locks, door chains and camera doorbells in the "
            "homes of three domestic abuse victims who could not wait until this meeting. RESOLVED that the "
            "Chair's decision of 22 October 2024 be ratified.",
        ),
        numbered(
            "17/24",
            "<b>Deferred bid: Change Track.</b> The Strategic Board deferred this bid on 17 September 2024. "
            "Pathway Change CIC has now given a unit cost of £810 a place and expects 14 referrals by March "
            "2025. RESOLVED that a grant of £11,340 be made to Pathway Change CIC for 14 places on the "
            "Change Track programme in 2024-25, below the £12,600 first asked. Lead officer: Lorraine "
            "Spratling.",
        ),
        numbered(
            "18/24",
            "<b>Variation: Town-centre Safe Space.</b> Ambledown Street Pastors asked to open on the four "
            "Sundays before Christmas and on New Year's Eve. The Panel AGREED to amend the Strategic Board's "
            "decision of 17 September 2024 so that the award is increased from £3,950 to £4,430.",
        ),
        numbered("19/24", "<b>New bids.</b>"),
        numbered(
            "(a)",
            "Eastmoor Rural Watch (Ambledown Neighbourhood Watch Association), £1,180 for signs and "
            "property marking kits in eight villages. The Panel supported the bid in principle, up to "
            "£1,180, subject to proof of public liability insurance.",
            NUMBERED,
        ),
        numbered(
            "(b)",
            "Beacon Row Women's Aid, Safe at Home children's worker, £9,960. The Panel AGREED that this "
            "longer-term post falls to the commissioning round for 2025-26 and did not fund it from the "
            "2024-25 Fund.",
        ),
        numbered(
            "(c)",
            "Saxby Cross Town Council, mobile CCTV tower, £6,450. Declined: the police already deploy a "
            "mobile CCTV unit in Saxby Cross, and the grant conditions exclude capital spend.",
        ),
        numbered(
            "(d)",
            "Wrenfield Youth Trust, youth outreach bus, £4,790. Deferred to the Panel's meeting on 4 March "
            "2025, for the Trust to confirm the vehicle lease and insurance.",
        ),
        numbered(
            "20/24",
            "<b>Budget position.</b> After these decisions £84,745 of the £118,180 available for 2024-25 is "
            "committed, leaving £33,435 uncommitted.",
        ),
        numbered(
            "21/24",
            "<b>Date of next meeting.</b> Tuesday 4 March 2025, 2.00pm.",
        ),
    ]
