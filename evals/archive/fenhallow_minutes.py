"""Partnership AD's Joint Strategic Board in two sets of formal minutes, both in the standard Times. The
meeting of 12 June 2024 under the crest: those present in a table of name, body and capacity, the quorum
stated, items numbered "1." to "10." in capitals with paragraphs "(a)", "RESOLVED THAT:" with parts "1)" to
"6)": a new Chair and Vice-Chair elected when the old Chair's two-year term ended, the money of 2024/25 (the
county council's contribution gone), awards as asked, one below its ask, the bid deferred in March approved
below its ask, a bid declined and referred elsewhere, a review of the terms of reference (the quorum and
limits of the day stated) and an actions table. The meeting of 4 December 2024, signed and scanned: minutes
numbered "Minute 38" to "Minute 46" through the year, a new Vice-Chair after the old one moved on, the
priorities for 2025-28 adopted in principle from the assessment, version 4 of the terms of reference (quorum,
limits and the sub-group's meetings changed, from 1 April 2025), decisions "(i)" to "(vi)" (an award, a bid
declined as capital, an award below its ask, a bid deferred, a recommended bid declined, an award amended
upwards), the money of 2025/26 and actions with a status."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.fenhallow_facts import (
    ALCOHOL_ASK,
    ANALYST,
    AVAILABLE_2425,
    BUS_AMENDED,
    BUS_ASK,
    BUS_AWARD,
    CDP,
    CHAIR,
    CHAIR_2224,
    CLERK,
    COUNTY,
    COUNTY_2324,
    DA_REP,
    DA_SERVICE,
    DHR_G,
    FENHALLOW_2425,
    FENHALLOW_2526,
    FENHALLOW_DC,
    FENHALLOW_OFFICER,
    FIRE,
    GRANT_2425,
    GRANT_2526,
    HATHERDEN,
    HEAD,
    ICB,
    ICB_REP,
    IDVA,
    NIGHTJAR_ASK,
    NIGHTJAR_AWARD,
    OFFICER_LIMIT,
    OFFICER_LIMIT_OLD,
    OPCC,
    OPCC_REP,
    POLICE,
    POLICE_REP,
    PRIORITIES_2528,
    PROBATION,
    PROBATION_SERVICE,
    PUBLIC_HEALTH,
    PUBLIC_HEALTH_BODY,
    QUORUM,
    QUORUM_OLD,
    RECOVERY,
    REFRAME,
    REFRAME_ASK,
    SHOPWATCH_ASK,
    SKATE_CCTV,
    STEPUP,
    STEPUP_AWARD,
    SUBGROUP_LIMIT,
    SUBGROUP_LIMIT_OLD,
    SUPPORT,
    SVD_2425,
    SVD_2526,
    TULLWORTH_2425,
    TULLWORTH_2526,
    TULLWORTH_BC,
    TULLWORTH_OFFICER,
    UNDERSPEND_2324,
    VICE,
    VICE_2024,
    WARDENS_ASK,
    WARDENS_AWARD,
    WISE_UP,
    YJS,
    YJS_REP,
    YOUTH_TRUST,
)
from evals.archive.fenhallow_layout import (
    MIN,
    MIN_B,
    MIN_CELL,
    MIN_CELL_B,
    MIN_CENTRE,
    MIN_HANG,
    MIN_TITLE,
    WIDTH,
    Furniture,
    Signature,
    notice,
    p,
    pounds,
    render,
)
from evals.archive.names import FENHALLOW

TITLE_JUNE = "Fenhallow and Tullworth CSP Joint Strategic Board: minutes, 12 June 2024"
TITLE_DECEMBER = "Fenhallow and Tullworth CSP Joint Strategic Board: minutes, 4 December 2024"


def write_minutes_june(path: Path) -> Path:
    furniture = Furniture(
        "",
        label="Joint Strategic Board",
        opening="crest",
        foot_left="Chair's initials ..........",
        foot_right="JSB 12/06/2024 \u2014 page {n} of {total}",
    )
    return render(path, _june, Meta(TITLE_JUNE, FENHALLOW), furniture)


def write_minutes_december(path: Path) -> Path:
    furniture = Furniture(
        "Joint Strategic Board, 4th December 2024 (continued)",
        opening="",
        foot_left="Signed ............................ (Chair)",
        foot_right="4th December 2024 | p. {n}",
    )
    return render(path, _december, Meta(TITLE_DECEMBER, FENHALLOW), furniture)


def _b(text: str) -> Flowable:
    return p(text, MIN_B)


def _t(text: str) -> Flowable:
    return p(text, MIN)


def _hang(label: str, text: str) -> Flowable:
    return p(f"{label}&nbsp;&nbsp;{text}", MIN_HANG)


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    cells = [[p(c, MIN_CELL_B if r == 0 else MIN_CELL) for c in row] for r, row in enumerate(rows)]
    grid = Table(cells, colWidths=widths, hAlign="LEFT", repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return grid


def _june() -> list[Flowable]:
    present = [
        ["Name", "Organisation", "Capacity"],
        [CHAIR_2224, FENHALLOW_DC, "Chair (items 1 and 2)"],
        [CHAIR, TULLWORTH_BC, "Vice-Chair; Chair from item 2"],
        ["Cllr Grace Ottaway", COUNTY, "Member"],
        [VICE_2024, POLICE, "Member"],
        [VICE, FIRE, "Member"],
        [PROBATION, PROBATION_SERVICE, "Member"],
        [ICB_REP, ICB, "Member"],
        [FENHALLOW_OFFICER, f"{FENHALLOW_DC} (Director of Communities)", "Member"],
        [TULLWORTH_OFFICER, f"{TULLWORTH_BC} (Head of Neighbourhoods)", "Member"],
        [OPCC_REP, OPCC, "Member (non-statutory)"],
        [YJS_REP, YJS, "Member (non-statutory)"],
    ]
    money = [
        ["Joint Community Safety Fund 2024/25", "£"],
        ["Police, Fire and Crime Commissioner's grant", f"{GRANT_2425:,}"],
        [f"{FENHALLOW_DC}", f"{FENHALLOW_2425:,}"],
        [f"{TULLWORTH_BC}", f"{TULLWORTH_2425:,}"],
        [f"{COUNTY}", "nil"],
        ["Serious Violence Duty grant (ring-fenced)", f"{SVD_2425:,}"],
        ["Brought forward from 2023/24 (including the sum held for the youth bus)", f"{UNDERSPEND_2324:,}"],
        ["Total available", f"{AVAILABLE_2425:,}"],
    ]
    actions = [
        ["No.", "Action", "Owner", "By"],
        ["A1", "Write to applicants confirming the decisions at item 5", "NF", "26/06/2024"],
        ["A2", f"Refer the alcohol brief interventions bid to the {CDP}", "DK", "30/06/2024"],
        ["A3", "Present the Strategic Intelligence Assessment 2024", "PS", "04/12/2024"],
        ["A4", "Bring a draft version 4 of the terms of reference", "DK", "04/12/2024"],
        ["A5", "Ask the Commissioner for an indicative grant for 2025/26", "ME", "11/09/2024"],
    ]
    return [
        Spacer(1, 18),
        p(FENHALLOW.upper(), MIN_TITLE),
        p("JOINT STRATEGIC BOARD", MIN_TITLE),
        p(
            "Minutes of the meeting held on Wednesday 12 June 2024 at 2.00 pm in the Council Chamber, "
            "Tullworth Town Hall",
            MIN_CENTRE,
        ),
        notice(WIDTH),
        Spacer(1, 6),
        _table(present, [150, 210, WIDTH - 360]),
        Spacer(1, 4),
        _t(
            f"<b>In attendance:</b> {HEAD} (Head of Community Safety, DK); {ANALYST} (Community Safety "
            f"Analyst, PS); {SUPPORT} (Partnership Support Officer, NF), who took the minutes."
        ),
        _t(
            f"<b>Apologies:</b> {PUBLIC_HEALTH} ({PUBLIC_HEALTH_BODY}); {DA_REP} ({DA_SERVICE}). "
            f"{YJS_REP} left after item 5."
        ),
        _b("1.  WELCOME, APOLOGIES AND QUORUM"),
        _t(
            f"(a) The Chair welcomed members. The meeting was quorate: the quorum is {QUORUM_OLD}, and "
            "eleven members were present."
        ),
        _b("2.  ELECTION OF CHAIR AND VICE-CHAIR FOR 2024-26"),
        _t(
            f"(a) {CHAIR_2224}'s two-year term as Chair ended at this meeting. Under the terms of reference "
            f"the chair passes to a portfolio holder of the other district council, {TULLWORTH_BC}."
        ),
        _t(
            f"(b) {CHAIR} was proposed by Cllr Grace Ottaway, seconded by {VICE}, and elected Chair "
            "for 2024-26. He took the chair."
        ),
        _t(
            f"(c) {VICE_2024} was elected Vice-Chair. {CHAIR_2224} remains a member of the Board for "
            f"{FENHALLOW_DC}; the Board thanked her for her two years in the chair."
        ),
        _b("3.  MINUTES OF 13 MARCH 2024 AND MATTERS ARISING"),
        _t(
            f"(a) Agreed as a correct record. (b) Youth bus: {YOUTH_TRUST} has confirmed £3,800 of match "
            "funding from the Tullworth Town Lottery; the bid returns at item 5."
        ),
        _b("4.  FUNDING POSITION 2024/25"),
        _t(
            f"(a) DK reported the money available. {COUNTY} has withdrawn its contribution "
            f"({pounds(COUNTY_2324)} in 2023/24)."
        ),
        _table(money, [WIDTH - 90, 90]),
        _b("5.  BIDS ABOVE THE SUB-GROUP'S LIMIT"),
        _t("RESOLVED THAT:"),
        _hang("1)", f"{pounds(IDVA)} be awarded to {DA_SERVICE} for the IDVA service (FT24-01);"),
        _hang(
            "2)",
            f"{pounds(WARDENS_AWARD)} be awarded to {TULLWORTH_BC} for the Market Quarter ASB wardens "
            f"(FT24-02), against {pounds(WARDENS_ASK)} asked, as the Safer Streets grant meets the "
            "guardianship element;",
        ),
        _hang(
            "3)",
            f"{pounds(BUS_AWARD)} be awarded to {YOUTH_TRUST} for the Tullworth Heath youth bus (FT24-03), "
            f"against {pounds(BUS_ASK)} asked, for two evenings a week rather than three;",
        ),
        _hang("4)", f"{pounds(WISE_UP)} be awarded to {YJS} for the Wise Up programme (FT24-04);"),
        _hang(
            "5)",
            f"{pounds(STEPUP_AWARD)} be awarded to {STEPUP} for violence mentoring from the Serious "
            "Violence Duty grant (FT24-05);",
        ),
        _hang(
            "6)",
            f"the bid of {pounds(ALCOHOL_ASK)} from {RECOVERY} for alcohol brief interventions in the "
            f"night-time economy (FT24-06) be declined, as the {CDP} holds grant for this work, and the "
            "applicant be referred to it.",
        ),
        _b("6.  STRATEGIC INTELLIGENCE ASSESSMENT 2024"),
        _t(
            "(a) PS set out the scope: the financial years 2021/22 to 2023/24, both districts and every "
            "ward, with a scoring of candidate priorities. (b) The assessment will come to the December "
            "meeting (A3)."
        ),
        _b("7.  SERIOUS VIOLENCE DUTY"),
        _t(
            f"(a) ME confirmed the Serious Violence Duty grant of {pounds(SVD_2425)} for 2024/25. The grant "
            "for 2025/26 is not yet known (A5)."
        ),
        _b("8.  REVIEW OF THE TERMS OF REFERENCE"),
        _t(
            "(a) DK reported that the quorum had twice in 2023/24 been met only when a member joined late. "
            f"Under version 3 (2022) the Sub-Group may approve bids up to {pounds(SUBGROUP_LIMIT_OLD)} and "
            f"the Head of Community Safety up to {pounds(OFFICER_LIMIT_OLD)}. (b) AGREED: DK to bring a "
            "draft version 4 to the December meeting (A4)."
        ),
        _b("9.  ACTIONS"),
        _table(actions, [34, 300, 50, WIDTH - 384]),
        _b("10.  DATE OF NEXT MEETING"),
        _t("Wednesday 11 September 2024 at 2.00 pm, Fenhallow Civic Offices."),
    ]


def _december() -> list[Flowable]:
    present = (
        f"{CHAIR} ({TULLWORTH_BC}), Chair; {CHAIR_2224} ({FENHALLOW_DC}); Cllr Grace Ottaway ({COUNTY}); "
        f"{POLICE_REP} ({POLICE}); {VICE} ({FIRE}); {PROBATION} (Probation Service); {PUBLIC_HEALTH} "
        f"(Public Health); {OPCC_REP} (OPCC); {DA_REP} ({DA_SERVICE}); {FENHALLOW_OFFICER} "
        f"({FENHALLOW_DC}); {TULLWORTH_OFFICER} ({TULLWORTH_BC})."
    )
    actions = [
        ["Ref", "Action", "Owner", "Status"],
        ["A3", "Strategic Intelligence Assessment 2024", "PS", "Done (Minute 41)"],
        ["A4", "Draft terms of reference version 4", "DK", "Done (Minute 42)"],
        ["A5", "Indicative grant for 2025/26", "ME", "Done (Minute 44)"],
        ["A6", "Letters to applicants on Minute 43", "OL", "Open, by 13/12/2024"],
        ["A7", "Draft Partnership Plan 2025-28 for the March meeting", "DK", "Open, by 12/03/2025"],
        [
            "A8",
            "Ask the Commissioner when perpetrator places will be commissioned",
            "ME",
            "Open, by 31/01/2025",
        ],
    ]
    return [
        p(f"{FENHALLOW.upper()}<br/>JOINT STRATEGIC BOARD", MIN_TITLE),
        p(
            "MINUTES of the meeting held at Fenhallow Civic Offices on 4th December 2024 at 10.00 am",
            MIN_CENTRE,
        ),
        notice(WIDTH),
        Spacer(1, 6),
        _t(f"<b>Present:</b> {present}"),
        _t(
            f"<b>Also present:</b> {HEAD} (Head of Community Safety); {ANALYST} (for Minute 41); {CLERK} "
            f"(Democratic Services, {TULLWORTH_BC}), minute-taker."
        ),
        _t(f"<b>Apologies:</b> {ICB_REP} ({ICB}); {YJS_REP} ({YJS}). The meeting was quorate."),
        _b("Minute 38  Apologies and declarations of interest"),
        _t(
            f"Apologies as above. {TULLWORTH_OFFICER} declared an interest in Minute 43 (v) as the "
            "borough's officer on the board of the Business Improvement District and took no part in it."
        ),
        _b("Minute 39  Minutes of 11 September 2024"),
        _t(
            "Agreed as a correct record. Arising: the Sub-Group's recommendation of 10 September 2024 on "
            "the Tullworth StoreLink radios is taken at Minute 43."
        ),
        _b("Minute 40  Vice-Chair"),
        _t(
            f"{VICE_2024} left the Board on 30 October 2024 on her move to the force's Major Crime Unit, "
            f"and {POLICE_REP} now represents {POLICE}. The Board elected {VICE} of {FIRE} as Vice-Chair "
            "for the rest of the 2024-26 term."
        ),
        _b("Minute 41  Strategic Intelligence Assessment 2024"),
        _t(
            "PS presented the assessment. Recorded crime rose by 5.6% in 2023/24; violence with injury rose "
            "by 15.6% and shoplifting by 30.9%, while residential burglary fell again. RESOLVED:"
        ),
        _hang(
            "(i)", "to adopt in principle three priorities for 2025-28: " + "; ".join(PRIORITIES_2528) + ";"
        ),
        _hang("(ii)", f"that the lead on drug and alcohol related harm pass to the {CDP} from April 2025;"),
        _hang("(iii)", "that the Head of Community Safety draft the Partnership Plan 2025-28 for March."),
        _b("Minute 42  Terms of reference, version 4"),
        _t("RESOLVED to adopt version 4 of the terms of reference with effect from 1 April 2025, so that:"),
        _hang("(a)", f"the quorum is {QUORUM} (in place of {QUORUM_OLD});"),
        _hang(
            "(b)",
            f"the Sub-Group may approve bids up to {pounds(SUBGROUP_LIMIT)} (from "
            f"{pounds(SUBGROUP_LIMIT_OLD)}) and the Head of Community Safety up to {pounds(OFFICER_LIMIT)} "
            f"(from {pounds(OFFICER_LIMIT_OLD)});",
        ),
        _hang("(c)", "the Sub-Group meets every six weeks instead of monthly."),
        _b("Minute 43  Funding decisions"),
        _t("RESOLVED:"),
        _hang("(i)", f"to approve {pounds(DHR_G)} for domestic homicide review G (FT24-14);"),
        _hang(
            "(ii)",
            f"to decline the bid of {pounds(SKATE_CCTV)} from {HATHERDEN} for CCTV at the skate park "
            "(FT24-15): the fund does not pay for capital works;",
        ),
        _hang(
            "(iii)",
            f"to approve Operation Moonrake (FT24-16) at {pounds(NIGHTJAR_AWARD)}, against "
            f"{pounds(NIGHTJAR_ASK)} asked, for patrols on ten weekends rather than twelve;",
        ),
        _hang(
            "(iv)",
            f"to defer the bid of {pounds(REFRAME_ASK)} from {REFRAME} for Choose to Change perpetrator "
            "places (FT24-17) until the Commissioner decides on county-wide commissioning;",
        ),
        _hang(
            "(v)",
            f"to decline the bid of {pounds(SHOPWATCH_ASK)} for Tullworth StoreLink radios (FT24-11), "
            "recommended by the Sub-Group, as the Business Improvement District levy should meet it;",
        ),
        _hang(
            "(vi)",
            f"to amend its decision of 12 June 2024 so that the award to {YOUTH_TRUST} for the youth bus "
            f"(FT24-03) is increased from {pounds(BUS_AWARD)} to {pounds(BUS_AMENDED)}, as the trust's "
            "insurer requires a second qualified youth worker on board.",
        ),
        _b("Minute 44  Money for 2025/26"),
        _t(
            f"ME reported the Commissioner's indicative grant for 2025/26 of {pounds(GRANT_2526)}, down from "
            f"{pounds(GRANT_2425)}, and a Serious Violence Duty grant of {pounds(SVD_2526)}. "
            f"{FENHALLOW_OFFICER} reported that {FENHALLOW_DC}'s draft budget reduces its contribution from "
            f"{pounds(FENHALLOW_2425)} to {pounds(FENHALLOW_2526)}; {TULLWORTH_OFFICER} confirmed "
            f"{TULLWORTH_BC}'s {pounds(TULLWORTH_2526)}. Noted."
        ),
        _b("Minute 45  Actions"),
        _table(actions, [34, 290, 46, WIDTH - 370]),
        _b("Minute 46  Date of next meeting"),
        _t("Wednesday 12th March 2025, 2.00 pm, Tullworth Town Hall."),
        Spacer(1, 12),
        Signature("Signed: T. Zielinski, Chair       12.03.2025", seed=3),
    ]
