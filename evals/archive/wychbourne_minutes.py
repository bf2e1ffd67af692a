"""Partnership AB's Steering Group in two styles. The meeting of 10 June 2025 as a committee clerk's formal
minutes under the council's memo heading: those present by initials with a key, minutes numbered "25/29"
to "25/36", decisions as "RESOLVED that" with parts (i) to (iv) (an award as asked, one below its ask, a bid
deferred for quotes, one declined as duplicating a county programme), the terms of reference revised, the
strategic assessment commissioned, and a ruled table of actions (action, owner, due). The meeting of 16
September 2025 as plain notes with "Item 1" headings in prose and ACTION lines: the deferred bid funded
below its ask, a second year "agreed to fund" at "£8k" from the Serious Violence Duty money, a bid not
supported, one referred to the Resources Sub-Group, a delegated decision reported, the Chair's notice that
she will stand down and who acts for her."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from evals.archive.common import Meta
from evals.archive.names import WYCHBOURNE
from evals.archive.wychbourne_facts import (
    ANALYST,
    AVAILABLE_2526,
    BID_COMPANY,
    BLADE_ASK,
    BLADE_AWARD,
    BOROUGH_2526,
    CHAIR,
    CHAIR_OLD,
    COUNTY_REP,
    DA_REP,
    DA_SERVICE,
    FIRE_REP,
    GRANT_2526,
    GYM,
    HEAD,
    HEDGEROW_ASK,
    HEDGEROW_AWARD,
    HOUSING_REP,
    ICB_REP,
    IDVA_2526,
    LANTERN_ASK,
    LANTERN_AWARD,
    OFFICER,
    OPCC_REP,
    PATHWAYS_AWARD,
    PROBATION,
    PUBLIC_HEALTH,
    RETAIL_PARK,
    RETAIL_PARK_ASK,
    RINGSIDE_ASK,
    RURAL,
    SVD_2526,
    UNDERSPEND_2425,
    WAYFINDER_2526,
    YJS_REP,
    YOUTH_TRUST,
)
from evals.archive.wychbourne_layout import (
    MIN,
    MIN_B,
    MIN_CENTRE,
    MIN_TITLE,
    WIDTH,
    Furniture,
    grid_table,
    notice,
    p,
    pounds,
    render,
)

TITLE_JUNE = "Wychbourne CSP Steering Group: minutes, 10 June 2025"
TITLE_SEPTEMBER = "Wychbourne CSP Steering Group: notes of the meeting, 16 September 2025"


def write_minutes_june(path: Path) -> Path:
    furniture = Furniture(
        "Minutes: Steering Group, 10 June 2025",
        code="SG 25/29-36",
        opening="memo",
        foot="Steering Group 10.06.2025 — page {n} of {total}",
    )
    return render(path, _june, Meta(TITLE_JUNE, WYCHBOURNE), furniture)


def write_notes_september(path: Path) -> Path:
    furniture = Furniture("Steering Group notes, 16/09/2025", opening="", foot="[{n}]", foot_at="right")
    return render(path, _september, Meta(TITLE_SEPTEMBER, WYCHBOURNE), furniture)


KEY = (
    ("IT", CHAIR_OLD, "Wychbourne Borough Council (Chair)"),
    ("SB", CHAIR, "Calvershire Police (Vice-Chair)"),
    ("DK", HEAD, "Wychbourne Borough Council, Head of Community Safety"),
    ("NF", COUNTY_REP, "Calvershire County Council"),
    ("BL", FIRE_REP, "Calvershire Fire and Rescue Service"),
    ("GM", PROBATION, "The Probation Service"),
    ("DA", OPCC_REP, "Office of the Police and Crime Commissioner"),
    ("KD", YJS_REP, "Calvershire Youth Justice Service"),
    ("MS", DA_REP, "Juniper Place Domestic Abuse Service"),
    ("AP", PUBLIC_HEALTH, "Calvershire Public Health"),
)


def _minute(number: int, title: str) -> Flowable:
    return p(f"25/{number}&nbsp;&nbsp;&nbsp;{title.upper()}", MIN_B)


def _june() -> list[Flowable]:
    present = ", ".join(f"{initials}{' (Chair)' if i == 0 else ''}" for i, (initials, _, _) in enumerate(KEY))
    key = "; ".join(f"<b>{initials}</b> {name}, {body}" for initials, name, body in KEY)
    actions = [
        ["No.", "Action", "Owner", "Due"],
        [
            "25/A1",
            "Write to the BID confirming the Night Lantern award and its condition",
            "DK",
            "24 June 2025",
        ],
        [
            "25/A2",
            "Obtain three quotes for the Hedgerow Watch cameras from the parish councils",
            "TH",
            "31 July 2025",
        ],
        ["25/A3", "Circulate the data specification for the strategic assessment", "NT", "30 June 2025"],
        [
            "25/A4",
            "Publish the Terms of Reference (version 2.0) on the council website",
            "TH",
            "20 June 2025",
        ],
        ["25/A5", "Report shop theft trends by ward to the September meeting", "SB", "16 September 2025"],
    ]
    return [
        Spacer(1, 4),
        notice(WIDTH),
        Spacer(1, 8),
        p("MINUTES", MIN_TITLE),
        p(
            "of a meeting of the Wychbourne Community Safety Partnership Steering Group held in the Civic "
            "Suite, "
            "Wychbourne Town Hall, on Tuesday 10 June 2025 at 10.00 am",
            MIN_CENTRE,
        ),
        p(f"<b>Present:</b> {present}."),
        p(f"<b>Key:</b> {key}.", MIN),
        p(
            f"<b>Apologies:</b> {ICB_REP} (NHS Calvershire Integrated Care Board); {HOUSING_REP} (Wychbourne "
            "Homes)."
        ),
        p(
            f"<b>In attendance:</b> {OFFICER} (TH, Partnership Officer, minutes); {ANALYST} (NT, analyst, "
            "25/34 only)."
        ),
        p("The meeting was quorate, five of the six responsible authorities being represented."),
        _minute(29, "Declarations of interest"),
        p("MS declared an interest in the bid from Juniper Place and left the room while it was considered."),
        _minute(30, "Minutes of the meeting held on 4 March 2025"),
        p("RESOLVED that the minutes of the meeting held on 4 March 2025 be approved as a correct record."),
        _minute(31, "Matters arising"),
        p(
            "DK reported that the Market Cross cameras had gone live on 24 March 2025 and that Heathwold "
            "Parish "
            "Council had applied to the community infrastructure fund for its skate park."
        ),
        _minute(32, "Terms of Reference"),
        p(
            "The Steering Group considered version 2.0 of its Terms of Reference. The changes were: the "
            "quorum "
            "becomes three responsible authorities, one of them the Borough Council or the Police, in place "
            "of any "
            "four members; the Head of Community Safety's delegated limit rises from £3,000 to £5,000; and "
            "the "
            "Vice-Chair acts as Chair whenever the office of Chair is vacant."
        ),
        p("RESOLVED that version 2.0 of the Terms of Reference be adopted with immediate effect."),
        _minute(33, "Community Safety Grant 2025/26: first round of bids"),
        p(
            f"DK reported that {pounds(AVAILABLE_2526)} was available for 2025/26: the Commissioner's grant "
            "of "
            f"{pounds(GRANT_2526)}, the Borough Council's contribution of {pounds(BOROUGH_2526)}, the "
            "county's "
            f"Serious Violence Duty allocation of {pounds(SVD_2526)} (ring-fenced) and "
            f"{pounds(UNDERSPEND_2425)} "
            "carried forward. Four bids had been received in the first round."
        ),
        p("RESOLVED that:"),
        p(f"(i) {pounds(IDVA_2526)} be awarded to {DA_SERVICE} to continue the IDVA post for 2025/26;"),
        p(
            f"(ii) {pounds(LANTERN_AWARD)} be awarded to {BID_COMPANY} for the Night Lantern town centre "
            f"marshals, against {pounds(LANTERN_ASK)} requested, on condition that the BID meets the balance;"
        ),
        p(
            f"(iii) the bid from {RURAL} for Hedgerow Watch trail cameras ({pounds(HEDGEROW_ASK)}) be "
            "deferred to "
            "the next meeting pending three quotes; and"
        ),
        p(
            f"(iv) the bid from {GYM} for Ringside Mentors ({pounds(RINGSIDE_ASK)}) be declined, as it "
            "duplicates "
            "the mentoring programme commissioned by the County Council under the Serious Violence Duty."
        ),
        _minute(34, "Strategic assessment 2025"),
        p(
            "NT outlined the proposed scope: recorded crime and anti-social behaviour for the financial "
            "years "
            "2022/23 to 2024/25, ward rates, comparison with the most similar group of partnerships and a "
            "scoring "
            "of candidate priorities."
        ),
        p(
            "RESOLVED that the partnership analyst produce the strategic assessment for presentation to the "
            "meeting on 9 December 2025, to inform the priorities for 2026 to 2029."
        ),
        _minute(35, "Performance"),
        p(
            "SB reported that shop theft in Market Cross had risen for a third year and that a retail crime "
            "officer had been appointed. Anti-social behaviour continued to fall. The report was noted."
        ),
        _minute(36, "Date of next meeting"),
        p("Tuesday 16 September 2025 at 10.00 am, Civic Suite."),
        p("ACTIONS", MIN_B),
        grid_table(actions, [44, 290, 44, WIDTH - 378]),
        Spacer(1, 10),
        p("The meeting closed at 11.52 am.", MIN),
    ]


def _item(number: int, title: str) -> Flowable:
    return p(f"Item {number}: {title}", MIN_B)


def _action(text: str) -> Flowable:
    return p(f"<b>ACTION:</b> {text}")


def _september() -> list[Flowable]:
    return [
        p("Wychbourne Community Safety Partnership", MIN_TITLE),
        p(
            "Steering Group &#8212; notes of the meeting, Tuesday 16 September 2025, Ottersby Library",
            MIN_CENTRE,
        ),
        notice(WIDTH),
        Spacer(1, 6),
        _item(1, "Welcome and apologies"),
        p(
            f"{CHAIR_OLD} (Chair) welcomed {CHAIR}, {HEAD}, {COUNTY_REP}, {FIRE_REP}, {OPCC_REP}, {YJS_REP}, "
            f"{DA_REP}, {ICB_REP} and {HOUSING_REP}. {OFFICER} took the notes. Apologies were received from "
            f"{PROBATION} and {PUBLIC_HEALTH}. The meeting was quorate."
        ),
        _item(2, "Notes and actions from 10 June"),
        p(
            "The notes were agreed. All five actions were complete: three quotes had been obtained for the "
            "Hedgerow Watch cameras, and the shop theft report is at item 6."
        ),
        _item(3, "Hedgerow Watch trail cameras (deferred in June)"),
        p(
            f"The lowest of the three quotes was {pounds(HEDGEROW_AWARD)}. The group agreed to fund the "
            "Hedgerow "
            f"Watch trail cameras at {pounds(HEDGEROW_AWARD)}, rather than the {pounds(HEDGEROW_ASK)} first "
            "requested, with the cameras to be installed before the lambing season."
        ),
        _action("TH to send the grant agreement to the parish clerks."),
        _item(4, "Second round of bids"),
        p(
            f"Blade Wise schools workshops (Youth Justice Service) asked for {pounds(BLADE_ASK)} for a "
            "second "
            f"year. The group agreed to fund it at £{BLADE_AWARD // 1000}k from the Serious Violence Duty "
            "allocation, on the basis that schools in the county programme would not be visited twice."
        ),
        p(
            f"A bid from {RETAIL_PARK} for {pounds(RETAIL_PARK_ASK)} towards evening security patrols was "
            "not "
            "supported: security on a private retail park is the operator's own responsibility."
        ),
        p(
            f"Pathways Mentoring ({YOUTH_TRUST}), {pounds(PATHWAYS_AWARD)} for one-to-one mentoring of young "
            "people at risk of criminal exploitation, arrived after the deadline. It was referred to the "
            "Resources "
            "Sub-Group for appraisal, to come back to this group with a recommendation as it is above the "
            "Sub-Group's £10,000 limit."
        ),
        _action("DK to put Pathways Mentoring to the Resources Sub-Group in November."),
        _item(5, "Decision under delegated powers"),
        p(
            f"{HEAD} reported that on 8 August 2025 he had approved {pounds(WAYFINDER_2526)} to refresh the "
            "Wayfinder Safe Places scheme (new window stickers and training for 30 businesses) under his "
            "delegated powers, after consulting the Chair. The group noted the decision."
        ),
        _item(6, "Shop theft"),
        p(
            f"{CHAIR} presented the ward figures: more than half of the borough's shop thefts are in Market "
            "Cross. "
            "The group asked the analyst to treat retail crime as a candidate priority in the strategic "
            "assessment."
        ),
        _action("SB to share the ward figures with the analyst."),
        _item(7, "Annual Report 2024/25"),
        p("The group approved the annual report for publication, subject to proof-reading."),
        _item(8, "Chair"),
        p(
            f"{CHAIR_OLD} told the group that she will leave the Borough Council's cabinet at the end of "
            "November "
            "2025 and will therefore stand down as Chair. The group agreed that the Vice-Chair, "
            f"{CHAIR}, would act as Chair from 1 December 2025 until a Chair is elected at the meeting of 3 "
            "March "
            "2026. Members thanked her for four years in the chair."
        ),
        _action("TH to invite nominations for Chair and Vice-Chair by 6 February 2026."),
        _item(9, "Next meeting"),
        p("Tuesday 9 December 2025, 10.00 am, Civic Suite: to receive the strategic assessment."),
    ]
