"""Partnership AD's Annual Report 2024 to 2025, published July 2025: page 1 under the cerise band with the
Chair's foreword (who chaired when, and the Vice-Chair since December) and the year at a glance; headings
numbered "1." to "9."; the Board at the year end in a zebra table beside a blush panel of side notes (the
meetings, the new quorum, limits and minute-taking from April 2025); the old and new priorities and why they
changed; every decision of the year on a landscape page in a framed table with sums in "£12.4k", dates as
"3 Sept 2024", the first decision, any later change and the final sum, the delegated grants as one line;
then on two ruled columns the money (the sum actually carried forward against the plan's estimate, the
Commissioner's grant and a district's contribution cut for 2025/26), the assessment's findings in words, a
story restating an amended award in words, domestic homicide reviews, and the year ahead with a decision of
June 2025 told only here."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.fenhallow_facts import (
    AVAILABLE_2425,
    BIDS_2425,
    BUS_ASK,
    CARRY_ESTIMATE_2526,
    CDP,
    CHAIR,
    CHAIR_2224,
    CLERK,
    COMMITTED_2425,
    COUNTY,
    DA_REP,
    DA_SERVICE,
    FENHALLOW_2425,
    FENHALLOW_2526,
    FENHALLOW_DC,
    FENHALLOW_OFFICER,
    FIRE,
    GRANT_2425,
    GRANT_2526,
    HEAD,
    ICB,
    ICB_REP,
    IDVA,
    NIGHTJAR_AWARD,
    NIGHTJAR_PAID,
    OFFICER_LIMIT,
    OPCC,
    OPCC_REP,
    PAID_2425,
    POLICE,
    POLICE_REP,
    PRIORITIES_2225,
    PRIORITIES_2528,
    PROBATION,
    PROBATION_SERVICE,
    PUBLIC_HEALTH,
    PUBLIC_HEALTH_BODY,
    QUORUM,
    REFRAME,
    SUBGROUP_LIMIT,
    SUPPORT,
    SVD_2425,
    SVD_2526,
    TULLWORTH_2425,
    TULLWORTH_BC,
    TULLWORTH_OFFICER,
    UNDERSPEND_2324,
    UNDERSPEND_2425,
    VICE,
    VICE_2024,
    YJS,
    YJS_REP,
    YOUTH_TRUST,
)
from evals.archive.fenhallow_layout import (
    CELL,
    COLUMN,
    FIG,
    H1,
    HEAD_WHITE,
    HEAD_WHITE_FIG,
    LAND,
    MAIN,
    NOTE,
    SIDE,
    SIDE_BIG,
    SIDE_HEAD,
    SUBTITLE,
    TITLE,
    Furniture,
    framed,
    kpounds,
    notice,
    p,
    pounds,
    render,
    short_date,
    zebra,
)
from evals.archive.names import FENHALLOW

TITLE_2425 = "Fenhallow and Tullworth Community Safety Partnership Annual Report 2024 to 2025"


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture(
        "FTCSP Annual Report 2024 to 2025",
        label="ANNUAL REPORT 2024 TO 2025",
        opening="band",
        foot_right="Annual Report 2024 to 2025 | {n} of {total}",
    )
    return render(path, _story, Meta(TITLE_2425, FENHALLOW), furniture)


TIGHT = (
    ParagraphStyle("FtTightHead", parent=HEAD_WHITE, fontSize=7, leading=8.4),
    ParagraphStyle("FtTightHeadFig", parent=HEAD_WHITE_FIG, fontSize=7, leading=8.4),
    ParagraphStyle("FtTightCell", parent=CELL, fontSize=7, leading=8.4),
    ParagraphStyle("FtTightFig", parent=FIG, fontSize=7, leading=8.4),
)


def _h(n: int, title: str) -> Flowable:
    return p(f"{n}.&nbsp;&nbsp;{title}", H1)


def _decided(outcome: str, body: str, iso: str) -> str:
    return f"{outcome} ({body}, {short_date(iso)})"


def _later(text: str) -> str:
    """The log's later change with its ISO date written as the report writes dates."""
    words = text.split()
    return " ".join(short_date(w) if len(w) == 10 and w[4] == "-" else w for w in words)


def _story() -> list[Flowable]:
    glance = [
        ["2024 to 2025 at a glance", ""],
        ["Bids decided", str(len(BIDS_2425))],
        ["Awarded, after later changes", pounds(COMMITTED_2425)],
        ["Paid by 31 March 2025", pounds(PAID_2425)],
        ["Board meetings", "4"],
        ["Priorities for 2025-28", "3"],
    ]
    board = [
        ["Member", "Body", "Role"],
        [CHAIR, TULLWORTH_BC, "Chair"],
        [VICE, FIRE, "Vice-Chair"],
        [CHAIR_2224, FENHALLOW_DC, "Member"],
        ["Cllr Grace Ottaway", COUNTY, "Member"],
        [POLICE_REP, POLICE, "Member"],
        [PROBATION, PROBATION_SERVICE, "Member"],
        [ICB_REP, ICB, "Member"],
        [FENHALLOW_OFFICER, FENHALLOW_DC, "Member"],
        [TULLWORTH_OFFICER, TULLWORTH_BC, "Member"],
        [OPCC_REP, OPCC, "Attends"],
        [YJS_REP, YJS, "Attends"],
        [PUBLIC_HEALTH, PUBLIC_HEALTH_BODY, "Attends"],
        [DA_REP, DA_SERVICE, "Attends"],
    ]
    decisions = [["Ref", "Project", "Applicant", "Asked", "First decision", "Later change", "Final"]]
    small = [b for b in BIDS_2425 if b.first[1] == "Head of CS"]
    for bid in BIDS_2425:
        if bid in small:
            continue
        decisions.append(
            [
                bid.ref,
                bid.project,
                bid.lead,
                kpounds(bid.asked),
                _decided(*bid.first),
                _later(bid.later) if bid.later else "",
                kpounds(bid.final) if bid.final else "nil",
            ]
        )
    decisions.append(
        [
            "FT24-07, FT24-18",
            "Small grants under delegation (2)",
            "Rural Crime Team; Tullworth Faiths Forum",
            kpounds(sum(b.asked for b in small)),
            "Approved by the Head of Community Safety",
            "",
            kpounds(sum(b.final for b in small)),
        ]
    )
    decisions.append(["", "<b>Total</b>", "", "", "", "", f"<b>{kpounds(COMMITTED_2425)}</b>"])
    money = [
        ["Joint Community Safety Fund 2024 to 2025", "£"],
        ["Commissioner's grant", f"{GRANT_2425:,}"],
        [FENHALLOW_DC, f"{FENHALLOW_2425:,}"],
        [TULLWORTH_BC, f"{TULLWORTH_2425:,}"],
        [COUNTY, "0"],
        ["Serious Violence Duty grant", f"{SVD_2425:,}"],
        ["Brought forward from 2023 to 2024", f"{UNDERSPEND_2324:,}"],
        ["Total available", f"{AVAILABLE_2425:,}"],
        ["Awarded (section 4)", f"{COMMITTED_2425:,}"],
        ["Returned unspent (Operation Moonrake)", f"{NIGHTJAR_AWARD - NIGHTJAR_PAID:,}"],
        ["Carried forward to 2025 to 2026", f"{UNDERSPEND_2425:,}"],
    ]
    return [
        p("Annual Report 2024 to 2025", TITLE),
        p("1 April 2024 to 31 March 2025 \u2022 published July 2025", SUBTITLE),
        notice(),
        _h(1, "Foreword from the Chair"),
        p(
            "I was elected Chair of the Joint Strategic Board on 12 June 2024, taking over from "
            f"{CHAIR_2224} of {FENHALLOW_DC}, who chaired the Board from 2022. {VICE_2024} was our "
            "Vice-Chair until she moved on in October; since 4 December 2024 the Vice-Chair has been "
            f"{VICE} of {FIRE}."
        ),
        p(
            "This was the year we looked hard at what we do. Our Strategic Intelligence Assessment showed "
            "shoplifting and violence rising, and the Board chose three priorities for 2025 to 2028 in place "
            "of four. We also changed our terms of reference so that smaller bids can be decided faster."
        ),
        p(
            f"<i>{CHAIR}, Cabinet Member for Neighbourhoods, {TULLWORTH_BC}; Chair of the Joint Strategic "
            "Board</i>",
            NOTE,
        ),
        zebra(glance, [290, 90], figs={1}),
        NextPageTemplate("sidenote"),
        PageBreak(),
        _h(2, "The Board on 31 March 2025"),
        zebra(board, [120, 150, MAIN - 270]),
        Spacer(1, 4),
        p(
            f"The Board is supported by {HEAD}, Head of Community Safety, who chairs the Commissioning and "
            f"Resources Sub-Group. {SUPPORT} took the Board's minutes until September 2024 and {CLERK} of "
            "Tullworth's Democratic Services in December and March."
        ),
        _h(3, "Our priorities"),
        p(
            "For 2022 to 2025 we had four priorities: "
            + "; ".join(f"({n}) {t}" for n, t in zip(("i", "ii", "iii", "iv"), PRIORITIES_2225, strict=True))
            + "."
        ),
        p(
            "From April 2025 we have three: "
            + "; ".join(f"<b>{k}.</b> {t}" for k, t in enumerate(PRIORITIES_2528, 1))
            + f". Drug and alcohol related harm is now led by the {CDP}, which holds the grant for it, and "
            "exploitation is joined with serious violence because the same young people appear in both."
        ),
        FrameBreak(),
        p("In the margin", SIDE_HEAD),
        p("4", SIDE_BIG),
        p("Board meetings: 12 June, 11 September and 4 December 2024, and 12 March 2025.", SIDE),
        p("From 1 April 2025", SIDE_HEAD),
        p(f"Quorum: {QUORUM}.", SIDE),
        p(
            f"The Head of Community Safety may approve up to {pounds(OFFICER_LIMIT)} and the Sub-Group up to "
            f"{pounds(SUBGROUP_LIMIT)}; the Sub-Group meets every six weeks.",
            SIDE,
        ),
        p("Minutes are now taken by Democratic Services of the council hosting the meeting.", SIDE),
        NextPageTemplate("landscape"),
        PageBreak(),
        _h(4, "Every funding decision of 2024 to 2025"),
        p(
            "Sums asked, first decisions and any later change. JSB is the Board, CRSG the Sub-Group; a "
            "declined or withdrawn bid shows nil."
        ),
        framed(decisions, [50, 150, 138, 40, 156, 140, LAND - 674], figs={3, 6}, styles=TIGHT),
        NextPageTemplate("columns"),
        PageBreak(),
        _h(5, "Money"),
        zebra(money, [COLUMN - 60, 60], figs={1}, total=True),
        Spacer(1, 4),
        p(
            f"The Partnership Plan had estimated {pounds(CARRY_ESTIMATE_2526)} to carry forward; the "
            f"accounts closed with {pounds(UNDERSPEND_2425)}, because the Wise Up award was withdrawn and "
            "four bids were declined. The review commissioned in December is part paid and its balance is "
            "held."
        ),
        p(
            f"For 2025 to 2026 the Commissioner's grant falls to {pounds(GRANT_2526)}, {FENHALLOW_DC} "
            f"contributes {pounds(FENHALLOW_2526)} and the Serious Violence Duty grant is "
            f"{pounds(SVD_2526)}."
        ),
        _h(6, "What the assessment told us"),
        p(
            "Recorded crime in the two districts rose by about one crime in eighteen in 2023/24. Shoplifting "
            "was up by almost a third and violence with injury by nearly a sixth; the Market Quarter's crime "
            "rate was nearly three times the average for the partnership."
        ),
        _h(7, "A story from the year: the youth bus"),
        p(
            f"{YOUTH_TRUST} first asked for {pounds(BUS_ASK)} in March 2024. The Board gave eleven "
            "thousand pounds in June for two evenings a week, and in December raised the award to twelve "
            "thousand four hundred pounds so that a second youth worker could be on board. The bus has "
            "since met more than 600 young people on the Heath."
        ),
        FrameBreak(),
        _h(8, "Domestic homicide reviews"),
        p(
            "Review F, commissioned in December 2023, was published in February 2025. Review G was "
            "commissioned in December 2024 and is under way."
        ),
        _h(9, "The year ahead"),
        p(
            f"The Board declined {REFRAME}'s bid for perpetrator places on 12 March 2025, having deferred it "
            "in December: the Commissioner now commissions a county-wide programme from April 2025."
        ),
        p(
            "At its meeting on 11 June 2025 the Board renewed the district contribution of "
            f"{pounds(IDVA)} to the IDVA service for 2025 to 2026, the first award under Priority One of "
            "the new plan."
        ),
        p(
            f"Bids over {pounds(SUBGROUP_LIMIT)} go to the Board; round 2 closes on 3 October 2025.",
        ),
    ]
