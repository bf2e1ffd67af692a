"""Partnership AH's Locality Fund Panel, 17 September 2024: the Panel's decision sheet, printed labels in
Helvetica with the entries typed in Courier under the teal strip with the reference "LFP 2024/1" (signed and
scanned to images on both pages); those present by initials and the quorum, the pot set by the Board and
the Panel's limit and pass mark, a grid of seven bids with "Asked" and "Awarded" without the pound sign and
scores out of 30 (approved, approved reduced, a bid deferred by the Board returning within the limit and
approved, referred to the Community Safety Manager under her limit, declined below the pass mark, deferred
and sent to the Board), notes on the bids, the pot left, last year's withheld payment not to be paid, and
the next round."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import RUSHBECK
from evals.archive.rushbeck_facts import (
    CVS_REP,
    KICKSTART_ASK,
    KICKSTART_WITHHELD_2324,
    MANAGER,
    MENTOR_ASK,
    MENTOR_AWARD,
    MENTOR_REVISED,
    NALOXONE,
    OFFICER_LIMIT_OLD,
    OPCC_REP,
    PANEL_APPROVED,
    PANEL_CHAIR,
    PANEL_LIMIT_OLD,
    PANEL_POT,
    PASS_MARK,
    PASTORS,
    PASTORS_ASK,
    SANCTUARY,
    SERGEANT,
    SIGNS,
    WHEELS,
)
from evals.archive.rushbeck_layout import (
    FORM,
    FORM_B,
    FORM_LABEL,
    TYPED,
    TYPED_CELL,
    WIDTH,
    Furniture,
    Signature,
    bare,
    grid,
    notice,
    p,
    render,
)

TITLE_PANEL = "Rushbeck CSP Locality Fund Panel decision sheet, 17 September 2024"


def write_panel_sheet(path: Path) -> Path:
    furniture = Furniture(
        "LFP 2024/1 \u2013 Locality Fund Panel decision sheet",
        head_right="continued",
        label="LFP 2024/1",
        opening="strip",
        foot="RCSP form LFP-2 (2022)  \u2013  sheet {n}/{total}",
        place="left",
    )
    return render(path, _story, Meta(TITLE_PANEL, RUSHBECK), furniture)


def _story() -> list[Flowable]:
    head = [
        ["Meeting", "Locality Fund Panel - autumn round 2024"],
        ["Date / time / place", "Tue 17 Sep 2024, 10.00-12.15, Meeting Room 2, Council Offices, Priory Walk"],
        ["Present", f"HS ({PANEL_CHAIR}, Head of Communities, RDC) - chair; RT ({MANAGER}, Community Safety "
                    f"Manager); AC ({SERGEANT}, Rushbeck NPT); NF ({CVS_REP}, Rushbeck CVS); RH ({OPCC_REP}, "
                    "OPCC)"],
        ["Quorum (3 incl. HS or RT)", "Met - 5 present"],
        ["Pot / limit / pass mark", f"{bare(PANEL_POT)} set aside by the Strategy Board 11/06/24 "
                                    "(SB/24/20(g)). "
                    f"Panel may award up to {bare(PANEL_LIMIT_OLD)} a bid. Pass mark {PASS_MARK}/30."],
    ]  # fmt: skip
    bids = [
        ["Ref", "Applicant - project", "Asked", "Score /30", "Panel decision", "Awarded"],
        ["LFP24/01", "Eastwold Churches Together - Street Pastors 2024/25", bare(PASTORS_ASK), "22",
         "APPROVED REDUCED (NO NEW RADIOS)", bare(PASTORS)],
        ["LFP24/02", "Harlshire Youth Trust - Step Up mentoring, Coldharbour (revised bid)",
         bare(MENTOR_REVISED), "20", "APPROVED", bare(MENTOR_AWARD)],
        ["LFP24/03", "Sandling Green Neighbourhood Watch - street signs", bare(SIGNS), "-",
         "REFERRED TO COMMUNITY SAFETY MANAGER", "-"],
        ["LFP24/04", "Harlshire Recovery Network - naloxone peer training", bare(NALOXONE), "19", "APPROVED",
         bare(NALOXONE)],
        ["LFP24/05", "Rushbeck Cycling Club - Rushbeck Wheels bike marking", bare(WHEELS), "11",
         "DECLINED - BELOW PASS MARK", "0"],
        ["LFP24/06", "Brookhithe Homes - Sanctuary scheme, 18 homes", bare(SANCTUARY), "23", "APPROVED",
         bare(SANCTUARY)],
        ["LFP24/07", "Marrick Bridge Community Trust - Kickstart Nights 2024/25", bare(KICKSTART_ASK), "14",
         "DEFERRED - TO STRATEGY BOARD", "-"],
    ]  # fmt: skip
    styles = (FORM_B, FORM_B, TYPED_CELL, TYPED_CELL)
    return [
        notice(),
        Spacer(1, 6),
        p("LOCALITY FUND PANEL - DECISION SHEET", FORM_B.clone("RbFormT", fontSize=11.5, leading=14)),
        grid(head, [128, WIDTH - 128], figs=(1,), styles=(FORM_LABEL, TYPED, FORM_LABEL, TYPED), head=False),
        p("1. Bids received by the closing date (23/08/24)", FORM_B),
        grid(bids, [54, 164, 40, 38, WIDTH - 350, 54], figs=(2, 3, 5), styles=styles),
        p("2. Notes on the bids", FORM_B),
        p(
            "01 - as 2023/24. Radios (400) not funded: BID's Shopwatch radios can be shared.<br/>"
            f"02 - first bid of {bare(MENTOR_ASK)} deferred by the Board 11/06/24 (SB/24/20(e)). "
            "Safeguarding "
            f"policy received 02/08/24. Revised bid for Oct-Mar within our limit.<br/>"
            f"03 - under {bare(OFFICER_LIMIT_OLD)}: RT to decide under delegated powers.<br/>"
            "04 - second year. 38 people trained last year, 6 kits used.<br/>"
            "05 - police already mark bikes at events for free. Club may re-apply with match funding.<br/>"
            "06 - 14 homes done in 2023/24, all victims still in their homes.<br/>"
            "07 - see item 4. Panel wants session-by-session attendance and a delivery plan. Sent to the "
            "Strategy Board with the Panel's advice: fund Jan-Mar only, if at all.",
            TYPED,
        ),
        p("3. The pot", FORM_B),
        p(
            f"Approved today: {bare(PANEL_APPROVED)}. Left: {bare(PANEL_POT - PANEL_APPROVED)}. No spring "
            "round "
            "planned unless the Board asks for one.",
            TYPED,
        ),
        PageBreak(),
        p("4. Monitoring - 2023/24 grants", FORM_B),
        p(
            "Kickstart Nights 2023/24: return received 09/09/24. 26 of 40 sessions run. Panel agreed the "
            f"withheld {bare(KICKSTART_WITHHELD_2324)} is NOT to be paid; it stays in the fund.<br/>"
            "Street Pastors 2023/24: 44 nights, 130 people helped home. Naloxone 2023/24: 610 returned.",
            TYPED,
        ),
        p("5. Any other business", FORM_B),
        p(
            "RT: terms of reference review under way - the Panel's limit may go up from April 2025. "
            "RH: OPCC asks all panels to record the priority for each award.",
            TYPED,
        ),
        p("6. Next round", FORM_B),
        p("Spring 2025 only if the Board asks. Otherwise the next Panel is Tue 16 Sep 2025.", TYPED),
        Spacer(1, 12),
        p("Signed as a correct record by the chair of the Panel:", FORM),
        Signature("H. Sowerby   17/09/2024", seed=3, font="Courier"),
    ]
