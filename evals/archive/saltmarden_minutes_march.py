"""Partnership AJ's Leadership Board, 18 March 2025: minutes typed in DejaVu Sans Mono with no opening
furniture but their own typed heading, no running head and a foot "- n -" centred; signed by the Chair at the
annual meeting and scanned to images on every page. Those present by name and organisation, the quorum; items
numbered "1." to "10." with the minute reference in brackets ("[25/14]") and paragraphs "6.1", decisions under
"AGREED:" as (i) to (ix): a new police Vice-Chair elected, the priorities for 2025-28 agreed after
consultation, the Commissioner's grant for 2025-26 confirmed lower, part of the year's underspend moved into
the Community Safety Reserve, the year's awards (one below its ask, one for two years), a bid for floodlights
declined as capital, a retail crime bid deferred for a contribution from retailers, the Small Grants Panel's
pot and the review of the terms of reference."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import SALTMARDEN
from evals.archive.saltmarden_facts import (
    ANALYST_2526,
    DISTRICT_2526,
    FLOODLIGHTS_ASK,
    GRANT_2425,
    GRANT_2526,
    HAVEN_2526,
    NAVIGATOR_2526,
    OUTREACH_2526,
    PANEL_LIMIT_OLD,
    PATROL_2526,
    PATROL_ASK_2526,
    PH_2526,
    POT_2526,
    PRIORITIES_NEW,
    SHOP_ASK,
    TO_RESERVE_2425,
    YOUTH_2526,
)
from evals.archive.saltmarden_layout import (
    TYPED,
    TYPED_H,
    TYPED_TITLE,
    WIDTH,
    Furniture,
    Signature,
    notice,
    p,
    pounds,
    typed,
)
from evals.archive.saltmarden_layout import render as render_pages

TITLE_MARCH = "Saltmarden Community Safety Partnership Leadership Board minutes, 18 March 2025"
AGREED = TYPED.clone("SlTypedAgreed", leftIndent=22)
PARA = TYPED.clone("SlTypedPara", leftIndent=34, firstLineIndent=-34)


def write_minutes_march(path: Path) -> Path:
    furniture = Furniture("", opening="", head_place="", foot="- {n} -", place="centre")
    return render_pages(path, _story, Meta(TITLE_MARCH, SALTMARDEN), furniture)


def _item(number: str, subject: str, minute: str, *paras: str, agreed: str = "") -> list[Flowable]:
    flow: list[Flowable] = [p(f"{number}.&nbsp;&nbsp;{subject.upper()}&nbsp;&nbsp;[{minute}]", TYPED_H)]
    flow += [p(f"{number}.{i}&nbsp;&nbsp;{text}", PARA) for i, text in enumerate(paras, 1)]
    if agreed:
        flow.append(p(f"AGREED: {agreed}", AGREED))
    return flow


def _story() -> list[Flowable]:
    present = [
        ["Name", "Organisation"],
        ["Cllr M. Treloar (Chair)", "Saltmarden District Council"],
        ["Supt D. Morrow", "Carrowshire Constabulary"],
        ["Cllr R. Keast", "Carrowshire County Council"],
        ["SM G. Pascoe", "Carrowshire Fire and Rescue Service"],
        ["H. Brightwell", "Probation Service, Carrowshire East PDU"],
        ["T. Adeyemi", "NHS Carrowshire and Wendmoor ICB"],
        ["Dr A. Penhaligon", "Public Health Carrowshire"],
        ["M. Gulliver", "OPFCC"],
        ["B. Hext", "Carrowshire Domestic Abuse Service"],
        ["C. Yeo", "Brinehurst Homes"],
        ["L. Quiller", "Saltmarden CVS (Chair, Small Grants Panel)"],
    ]
    priorities = "".join(f"<br/>&nbsp;&nbsp;{i}. {t}" for i, t in enumerate(PRIORITIES_NEW, 1))
    bids = (
        f"<br/>(i) {pounds(OUTREACH_2526)} a year to Carrowshire Domestic Abuse Service for the outreach "
        "worker in 2025/26 and 2026/27, the second year subject to the Commissioner's grant;"
        f"<br/>(ii) {pounds(PATROL_2526)} to Saltmarden District Council for the Seafront Summer Patrols "
        "2025 "
        f"(asked {pounds(PATROL_ASK_2526)});"
        f"<br/>(iii) {pounds(YOUTH_2526)} to Saltmarden Youth Trust for Harbour Lights detached youth work;"
        f"<br/>(iv) {pounds(NAVIGATOR_2526)} from the public health contribution to Tidewater Recovery for "
        "the "
        "custody recovery navigator;"
        f"<br/>(v) {pounds(ANALYST_2526)} to Carrowshire County Council towards the shared analyst;"
        f"<br/>(vi) {pounds(HAVEN_2526)} to Saltmarden Street Angels for the Quayside Night Haven;"
        f"<br/>(vii) to decline the bid of {pounds(FLOODLIGHTS_ASK)} from Saltmarden Town Football Club for "
        "floodlights: capital works are not funded;"
        f"<br/>(viii) to defer the bid of {pounds(SHOP_ASK)} from Carrowshire Business Crime Partnership for "
        "a "
        "Shop Theft Reduction Officer to the annual meeting, pending a contribution from town centre "
        "retailers;"
        f"<br/>(ix) to set aside {pounds(POT_2526)} for the Small Grants Panel in 2025/26, in two rounds "
        "(July "
        f"2025 and January 2026), for bids of up to {pounds(PANEL_LIMIT_OLD)}."
    )
    return [
        notice(WIDTH, TYPED.clone("SlTypedNotice", fontSize=7, leading=9, spaceAfter=0)),
        Spacer(1, 8),
        p("SALTMARDEN COMMUNITY SAFETY PARTNERSHIP", TYPED_TITLE),
        p("LEADERSHIP BOARD", TYPED_TITLE),
        p(
            "Minutes of the meeting held on Tuesday 18 March 2025 at 2.00 pm, Council Chamber, Harbour Road",
            TYPED.clone("SlTypedCentre", alignment=1),
        ),
        Spacer(1, 4),
        typed(present, [150, WIDTH - 150]),
        Spacer(1, 4),
        p(
            "In attendance: J. Kettleby, K. Maddocks, N. Fairweather, A. Rahimi (minutes). Apologies: "
            "S. Lindqvist. Quorate: six responsible authorities present.",
            TYPED,
        ),
        *_item(
            "1",
            "Vice-Chair",
            "25/10",
            "Supt Aisha Pemberton left the East Area command on 6 January 2025. Supt Declan Morrow, East "
            "Area "
            "Commander since that date, was nominated by the Constabulary.",
            agreed="that Supt Declan Morrow be Vice-Chair until the annual meeting in June 2025.",
        ),
        *_item(
            "2",
            "Notes of 10 December 2024 and matters arising",
            "25/11",
            "Agreed as a correct record. The Quayside Night Haven opened on 20 December 2024 and had helped "
            "141 "
            "people by the end of February.",
            "Operation Driftwood (A24/16): closure orders were granted on two flats in Whelkby in February "
            "and "
            "no new cuckooing has been reported since.",
        ),
        *_item(
            "3",
            "Strategic Intelligence Assessment 2025 and priorities",
            "25/12",
            "N. Fairweather presented the consultation on the priorities proposed in the assessment: 36 "
            "organisations and 188 members of the residents' panel replied, and 81% agreed with all four.",
            "Members asked that shop theft be named as well as retail crime, because it is what residents "
            "see.",
            agreed=f"that the Partnership's priorities for April 2025 to March 2028 be:{priorities}",
        ),
        *_item(
            "4",
            "Fund 2025/26 and the underspend of 2024/25",
            "25/13",
            f"The Commissioner confirmed on 21 February 2025 a grant of {pounds(GRANT_2526)} for 2025/26, "
            "down "
            f"from {pounds(GRANT_2425)}. The District Council will contribute {pounds(DISTRICT_2526)} and "
            f"Public Health Carrowshire {pounds(PH_2526)}.",
            "K. Maddocks forecast an underspend in 2024/25 of about £22,000, mostly the Small Grants Panel's "
            "unspent pot and the patrols money returned in December.",
            agreed=f"that {pounds(TO_RESERVE_2425)} of the 2024/25 underspend be moved into the Community "
            "Safety Reserve at the year end and the rest brought forward to 2025/26.",
        ),
        *_item(
            "5",
            "Bids for 2025/26",
            "25/14",
            "Nine bids were scored against the priorities for 2025-28. B. Hext left the room for the first.",
            agreed=bids,
        ),
        *_item(
            "6",
            "Terms of reference",
            "25/15",
            "J. Kettleby reported that the review (A24/18) will propose raising the Small Grants Panel's "
            "limit "
            "and the Community Safety Manager's, a new power for urgent releases from the reserve and a "
            "different quorum.",
            agreed="that a revised version come to the Board on 16 September 2025.",
        ),
        *_item(
            "7",
            "Serious Violence Duty",
            "25/16",
            "The county's strategic needs assessment has been refreshed. The Partnership's local response "
            "will "
            "be folded into the delivery plan for priority 2.",
        ),
        *_item(
            "8",
            "Annual meeting",
            "25/17",
            "Cllr Treloar said that he expected to become Leader of the Council in May and would then stand "
            "down from the Board. Nominations for the Chair to reach Democratic Services by 30 May 2025.",
        ),
        *_item("9", "Any other business", "25/18", "None."),
        *_item("10", "Next meeting", "25/19", "Annual meeting: Tuesday 10 June 2025, 2.00 pm, Harbour Road."),
        Spacer(1, 16),
        p("Signed as a correct record:", TYPED),
        Signature("M. Treloar, Chair (item 1 of the annual meeting), 10/06/2025", seed=3),
    ]
