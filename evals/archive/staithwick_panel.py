"""Partnership AC's Funding and Performance Group, 9 August 2023: notes typed in Courier with a "FILE COPY"
stamp at the top right, later signed and scanned. Headings in capitals numbered "1." and "4a", dates as
"09/08/2023", decisions in capitals ("DECISION: APPROVED"): a delegated grant reported, the bid the Board
deferred in May approved below its ask, a bid approved as asked, one approved below its ask, a larger bid
above the group's limit recommended to the Board, an award reduced from one sum to another, an award withdrawn
before any payment, and the budget after the meeting in a typed table."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.names import STAITHWICK
from evals.archive.staithwick_facts import (
    AVAILABLE_2324,
    BYSTANDER_ASK,
    BYSTANDER_AWARD,
    CHOICES_AMENDED,
    CHOICES_AWARD,
    GATE_2324,
    ICB_REP,
    IDVA_2324,
    LIGHTING_AUDIT,
    MANAGER,
    MENTORS,
    NAVIGATOR,
    OFFICER,
    OPCC_REP,
    PASTORS_ASK,
    PASTORS_AWARD,
    RESIDENTS,
    SUMMER,
    SVD_2324,
    VRU,
    YOUTH_TRUST,
)
from evals.archive.staithwick_layout import (
    TYPED,
    TYPED_B,
    TYPED_HANG,
    WIDTH,
    Furniture,
    Signature,
    notice,
    p,
    pounds,
    render,
)

TITLE_FPG = "Staithwick CSP Funding and Performance Group: notes of the meeting, 9 August 2023"


def write_notes_august(path: Path) -> Path:
    furniture = Furniture("FPG notes 09/08/2023", label="FILE COPY", opening="typed", foot="FPG/23/4 - {n}")
    return render(path, _august, Meta(TITLE_FPG, STAITHWICK), furniture)


def _t(text: str) -> Flowable:
    return p(text, TYPED)


def _h(text: str) -> Flowable:
    return p(text, TYPED_B)


def _d(label: str, text: str) -> Flowable:
    return p(f"{label}&nbsp;&nbsp;{text}", TYPED_HANG)


def _august() -> list[Flowable]:
    before = IDVA_2324 + CHOICES_AWARD + GATE_2324 + SUMMER
    change = PASTORS_AWARD + LIGHTING_AUDIT + BYSTANDER_AWARD + (CHOICES_AMENDED - CHOICES_AWARD) - GATE_2324
    after = before + change
    budget = [
        ["Community Safety Fund 2023-24", "GBP"],
        ["Available for the year", f"{AVAILABLE_2324:,}"],
        ["Committed before this meeting", f"{before:,}"],
        ["Net change at this meeting (items 3 to 5)", f"{change:+,}"],
        ["Committed after this meeting", f"{after:,}"],
        ["Uncommitted after this meeting", f"{AVAILABLE_2324 - after:,}"],
        ["Recommended to the Board (item 4c), not committed", f"{NAVIGATOR:,}"],
        ["Serious Violence Duty money not yet spent", f"{SVD_2324 - CHOICES_AMENDED:,}"],
    ]
    cells = [[p(a, TYPED), p(b, TYPED)] for a, b in budget]
    grid = Table(cells, colWidths=[340, 90], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        Spacer(1, 10),
        _h("STAITHWICK COMMUNITY SAFETY PARTNERSHIP"),
        _h("FUNDING AND PERFORMANCE GROUP (FPG)"),
        _t("NOTES OF MEETING: 09/08/2023, 10.00, Room 3, Harbour House"),
        notice(WIDTH),
        Spacer(1, 4),
        _t(
            f"PRESENT: {MANAGER} (HM, Community Safety Manager, chair of the group); {OPCC_REP} (CF, "
            f"OPCC); {ICB_REP} (RB, ICB); Inspector Dawn Kettleby (DKe, Norwendshire Police). "
            f"NOTES: {OFFICER} (JW). Quorum three members: met."
        ),
        _h("1. NOTES OF 14/06/2023"),
        _t("Agreed. Actions all complete."),
        _h("2. DECISIONS UNDER DELEGATION (FOR REPORT)"),
        _t(
            f"12/07/2023: HM approved {pounds(SUMMER)} to Active Staithwick for Harbourside summer "
            "diversionary sessions (six weeks of evening sport on the quay), within the delegated limit of "
            "GBP 2,500. Noted."
        ),
        _h("3. HARBOURSIDE STREET PASTORS (DEFERRED BY THE BOARD 17/05/2023)"),
        _t(
            "The churches have 28 trained volunteers and 6 more in training. Bid was "
            f"{pounds(PASTORS_ASK)}; the radio licence is to be met by the churches."
        ),
        _d("DECISION:", f"APPROVED AT {pounds(PASTORS_AWARD)}."),
        _h("4. NEW BIDS"),
        _t(f"4a Millfield lighting audit ({RESIDENTS}), {pounds(LIGHTING_AUDIT)}."),
        _d("DECISION:", "APPROVED."),
        _t(
            f"4b Bystander training for night-time economy staff (Beacon House Women's Aid), "
            f"{pounds(BYSTANDER_ASK)} asked. Two of the eight sessions duplicate licensing training."
        ),
        _d("DECISION:", f"APPROVED AT {pounds(BYSTANDER_AWARD)} (six sessions)."),
        _t(
            f"4c A&amp;E youth navigator ({YOUTH_TRUST}), {pounds(NAVIGATOR)}. Scored 81/100. Above the "
            "group's limit of GBP 7,500."
        ),
        _d("DECISION:", "RECOMMENDED TO THE BOARD ON 20/09/2023 FOR APPROVAL."),
        PageBreak(),
        _h("5. VARIATIONS AND WITHDRAWALS"),
        _t(
            f"5a Choices knife crime education (Youth Justice Service). The {VRU} now funds the sessions at "
            "Castle Rise Academy and St Aidan's School."
        ),
        _d(
            "DECISION:",
            f"AWARD OF 17/05/2023 AMENDED FROM {pounds(CHOICES_AWARD)} TO {pounds(CHOICES_AMENDED)}. "
            "The difference stays in the Serious Violence Duty ring-fence.",
        ),
        _t(
            f"5b Through the Gate mentoring ({MENTORS}). The charity lost its premises and withdrew on "
            f"21/07/2023. Nothing had been paid: {pounds(GATE_2324)} returns to the fund."
        ),
        _d("DECISION:", "WITHDRAWAL NOTED."),
        _h("6. BUDGET AFTER THIS MEETING"),
        grid,
        _h("7. PERFORMANCE"),
        _t(
            "Quarter 1 returns received from all funded projects. The hospital IDVA took 61 referrals in "
            "April to June, 14 of them high risk."
        ),
        _h("8. NEXT MEETING"),
        _t("11/10/2023, 10.00, Room 3."),
        Spacer(1, 14),
        Signature("Signed: H. Marchbank, chair of FPG   11/10/2023", seed=2),
    ]
