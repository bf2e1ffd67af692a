"""Partnership AG's governance papers. Terms of Reference version 5, approved on 19 March 2024 and in force
from 1 April 2024: STIX General under the council's bilingual letterhead, numbered clauses "4.2" under
numbered sections, a boxed membership table with the responsible authorities and votes, the rotating chair,
meetings five times a year (quarterly before), the quorum with the old one stated, a table of the levels of
funding decision with the limits before and after, the urgency procedure (paragraph 7.4), bidding rounds,
delivery groups and a version history. The grants schedule 2023-24, printed from the council's finance system
on 10 April 2024: landscape pages in small Helvetica, a print line for a head, every decision of the year with
route, date, sums asked, approved, revised and paid to two decimals ("12,400.00") and a status and the totals,
with a grant under delegation of January 2024 and an amendment of March 2024 told nowhere else; then on a
second page the changes made after each first decision and the fund account: the year's income, the money
returned, the unspent Serious Violence Duty grant and the sum carried forward."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, Spacer

from evals.archive.common import Meta
from evals.archive.glynmorlan_facts import (
    ANALYST_POST,
    ASB_AMENDED,
    ASB_AWARD,
    AVAILABLE_2324,
    BF_2324,
    BOXING,
    BOXING_PAID,
    CAFE_ASK,
    CAFE_AWARD,
    CARRIED_2324,
    COMMITTED_2324,
    COUNCIL_2324,
    DCG_CHAIR,
    DCG_LIMIT,
    DCG_LIMIT_OLD,
    DHR_ADULT_F,
    GRANT_2324,
    HEAD_LIMIT,
    HEAD_LIMIT_OLD,
    IDVA,
    LANTERN,
    MEETINGS,
    MEETINGS_OLD,
    NIGHTJAR,
    NIGHTJAR_ASK,
    PARK_LIGHTS,
    PASTORS,
    PASTORS_RETURNED,
    PATHWAYS_ASK,
    PATHWAYS_AWARD,
    PRIDE,
    PRIORITIES_NEW,
    QUORUM,
    QUORUM_OLD,
    RURAL_WATCH,
    SAFE_AMENDED,
    SAFE_ASK,
    SAFE_AWARD,
    SANCTUARY,
    SKATE_CCTV,
    SPENT_2324,
    SVD_2324,
    SVD_RETURNED,
    WATCH_RELAUNCH,
    YOUTH_BUS_ASK,
    YOUTH_FORUM_ASK,
)
from evals.archive.glynmorlan_layout import (
    EXP,
    LAND,
    TOR,
    TOR_CLAUSE,
    TOR_H,
    TOR_STYLES,
    WIDTH,
    Furniture,
    boxed,
    decimal,
    export,
    lined,
    notice,
    p,
    pounds,
    render,
)
from evals.archive.names import GLYNMORLAN

TITLE_TERMS = "Glynmorlan Community Safety Partnership Terms of Reference (version 5, 2024)"
TITLE_SCHEDULE = "Glynmorlan Community Safety Fund grants schedule 2023-24"


def write_terms(path: Path) -> Path:
    furniture = Furniture(
        "Terms of Reference \u2013 version 5 \u2013 April 2024",
        label="Community Safety Partnership \u00b7 ToR v5",
        opening="council",
        foot="ToR v5 (2024) \u2013 {n}",
        place="right",
    )
    return render(path, _terms, Meta(TITLE_TERMS, GLYNMORLAN), furniture)


def _clause(number: str, text: str) -> Flowable:
    return p(f"{number}&nbsp;&nbsp;&nbsp;{text}", TOR_CLAUSE)


def _terms() -> list[Flowable]:
    members = [
        ["Organisation", "Represented by", "Responsible authority", "Vote"],
        ["Glynmorlan County Borough Council", "Cabinet Member for Communities and Safety", "Yes", "Yes"],
        ["Dyfnant Police", "Commander, Glynmorlan basic command unit", "Yes", "Yes"],
        ["Dyfnant Fire and Rescue Service", "Group Manager, Community Risk", "Yes", "Yes"],
        ["Cwm Teifion University Health Board", "Head of Safeguarding", "Yes", "Yes"],
        ["The Probation Service in Wales", "Head of the Glynmorlan and Dyfnant North PDU", "Yes", "Yes"],
        [
            "Office of the Police and Crime Commissioner",
            "Partnerships and Commissioning Manager",
            "No",
            "Yes",
        ],
        ["Glynmorlan Youth Justice Service", "Service Manager", "No", "Yes"],
        ["Public Health Wales", "Consultant in Public Health", "No", "Yes"],
        ["Dyfnant Area Planning Board", "Regional Commissioning Lead", "No", "Yes"],
        ["Cartrefi Morlan", "Director of Neighbourhoods", "No", "Yes"],
        ["Morlan Valleys Women's Aid", "Chief Officer", "No", "No (advisory)"],
        ["Glynmorlan Association of Voluntary Organisations", "Chief Executive", "No", "No (advisory)"],
    ]
    levels = [
        ["Who decides", "Until 31 March 2024", "From 1 April 2024"],
        ["Head of Community Safety (delegated powers)", f"up to {pounds(HEAD_LIMIT_OLD)}",
         f"up to {pounds(HEAD_LIMIT)}"],
        ["Delivery and Commissioning Group", f"up to {pounds(DCG_LIMIT_OLD)}",
         f"{pounds(HEAD_LIMIT + 1)} to {pounds(DCG_LIMIT)}"],
        ["Strategic Group", f"over {pounds(DCG_LIMIT_OLD)}, and any bid for more than one year",
         f"over {pounds(DCG_LIMIT)}, and any bid for more than one year"],
    ]  # fmt: skip
    history = [
        ["Version", "Approved", "Main changes"],
        ["3", "15 March 2018", "Delivery and Commissioning Group set up"],
        ["4", "16 March 2021", "Rotation of the chair; urgency procedure added"],
        ["5", "19 March 2024", "Meetings, quorum and funding limits changed; priorities 2024-27"],
    ]
    return [
        notice(),
        Spacer(1, 6),
        p("Glynmorlan Community Safety Partnership", TOR_H.clone("GyTorT", fontSize=16, leading=20)),
        p("Terms of Reference of the Strategic Group \u2013 version 5", TOR_H),
        p(
            "Approved by the Strategic Group on 19 March 2024. In force from 1 April 2024, replacing "
            "version 4 "
            "(March 2021).",
            TOR,
        ),
        p("1. Purpose", TOR_H),
        _clause(
            "1.1",
            "The Strategic Group is the board of the Glynmorlan Community Safety Partnership. It "
            "sets the partnership's priorities, agrees its plan and decides how the Glynmorlan Community "
            "Safety Fund is spent.",
        ),
        _clause(
            "1.2",
            "The partnership's priorities for 2024 to 2027 are: "
            + "; ".join(f"({chr(97 + i)}) {t}" for i, t in enumerate(PRIORITIES_NEW))
            + ".",
        ),
        p("2. Legal basis", TOR_H),
        _clause(
            "2.1",
            "The partnership meets the duties of the Crime and Disorder Act 1998 as amended, the "
            "Serious Violence Duty of the Police, Crime, Sentencing and Courts Act 2022, and works with "
            "the Glynmorlan Public Services Board under the Well-being of Future Generations (Wales) Act "
            "2015.",
        ),
        p("3. Membership", TOR_H),
        _clause(
            "3.1",
            "The members are set out below. Each organisation names a deputy who may attend and "
            "vote in its place.",
        ),
        boxed(members, [170, 190, 70, WIDTH - 430], styles=TOR_STYLES),
        p("4. Chair and Vice-Chair", TOR_H),
        _clause(
            "4.1",
            "The Chair and Vice-Chair are the Council's Cabinet Member for Communities and Safety "
            "and the commander of the police basic command unit.",
        ),
        _clause(
            "4.2",
            "The chair passes between them each year at the annual meeting in May; the other is "
            "Vice-Chair. The Council holds the chair from May 2024.",
        ),
        _clause(
            "4.3",
            "If the Chair or Vice-Chair leaves the post that brings them to the Group, their "
            "successor in that post takes their place for the rest of the year.",
        ),
        p("5. Meetings", TOR_H),
        _clause(
            "5.1",
            f"The Group meets {MEETINGS} (until March 2024 it met {MEETINGS_OLD}). The meeting "
            "in May is the annual meeting.",
        ),
        _clause(
            "5.2",
            "Papers are sent out five working days before a meeting. A record of decisions and "
            "actions is sent to members within ten working days.",
        ),
        p("6. Quorum", TOR_H),
        _clause("6.1", f"A meeting is quorate when {QUORUM} are present."),
        _clause("6.2", f"Until 31 March 2024 the quorum was {QUORUM_OLD}."),
        p("7. Funding decisions", TOR_H),
        _clause(
            "7.1",
            "Bids to the Glynmorlan Community Safety Fund are decided at the level below, by the "
            "sum asked for.",
        ),
        boxed(levels, [190, 130, WIDTH - 320], styles=TOR_STYLES),
        Spacer(1, 4),
        _clause(
            "7.2",
            f"The Delivery and Commissioning Group is chaired by the Commissioner's office "
            f"(currently {DCG_CHAIR}). It may refer any bid to the Strategic Group.",
        ),
        _clause(
            "7.3",
            "Decisions under 7.1 by the Head of Community Safety or the Delivery and Commissioning "
            "Group are reported to the next meeting of the Strategic Group.",
        ),
        _clause(
            "7.4",
            "Where a decision cannot wait for the next meeting, the Chair and Vice-Chair may take "
            "it together; if either has an interest, the other may take it with a member from another "
            "responsible authority. An urgent decision is recorded, numbered and reported to the next "
            "meeting.",
        ),
        _clause(
            "7.5", "The fund does not pay for capital works or for services a partner has a duty to provide."
        ),
        p("8. Bidding rounds", TOR_H),
        _clause(
            "8.1",
            "There are two bidding rounds a year, closing on 30 April and 30 September. Bids to "
            "the Head of Community Safety may be made at any time.",
        ),
        p("9. Delivery groups", TOR_H),
        _clause(
            "9.1",
            "The Group is supported by the Delivery and Commissioning Group, the VAWDASV Delivery "
            "Group, the Serious Violence Steering Group and the Pontgarreg Town Centre Partnership. Each "
            "reports to every meeting.",
        ),
        p("10. Review", TOR_H),
        _clause(
            "10.1", "These terms of reference will be reviewed by March 2027, or sooner if the law changes."
        ),
        KeepTogether(
            [p("Version history", TOR_H), lined(history, [60, 100, WIDTH - 160], styles=TOR_STYLES)]
        ),
    ]


def write_schedule(path: Path) -> Path:
    furniture = Furniture(
        "CSF grants schedule 2023-24 (continued)",
        opening="",
        foot="CSF-GR-07  |  page {n} of {total}",
        place="left",
    )
    return render(path, _schedule, Meta(TITLE_SCHEDULE, GLYNMORLAN), furniture, first="land")


# Every decision of 2023-24: ref, project, organisation, priority, route, date, asked, approved, revised,
# paid to 31 March 2024 (revised or approved when not paid in part), status.
Row = tuple[str, str, str, str, str, str, int, int, int | None, int, str]
ROWS: tuple[Row, ...] = (
    ("CSF23-01", "Independent Domestic Violence Advisers", "Morlan Valleys Women's Aid", "P1", "SG",
     "16/05/2023", IDVA, IDVA, None, IDVA, "Paid in full"),
    ("CSF23-02", "Anti-social behaviour caseworker", "GCBC Community Safety", "P2", "SG", "16/05/2023",
     ASB_AWARD, ASB_AWARD, ASB_AMENDED, ASB_AMENDED, "Reduced by SG 12/12/2023: post vacant Jul-Sep 2023"),
    ("CSF23-03", "Community Safety Analyst (contribution)", "GCBC Community Safety", "All", "SG",
     "16/05/2023", ANALYST_POST, ANALYST_POST, None, ANALYST_POST, "Paid in full"),
    ("CSF23-04", "Safe Space night-time hub", "Pontgarreg YMCA", "P2", "SG", "16/05/2023", SAFE_ASK,
     SAFE_AWARD, SAFE_AMENDED, SAFE_AMENDED,
     "Increased by SG 19/03/2024 to the sum asked: hub opened over Christmas and New Year"),
    ("CSF23-05", "Operation Nightjar weekend patrols", "Dyfnant Police", "P2", "SG", "16/05/2023",
     NIGHTJAR_ASK, NIGHTJAR, None, NIGHTJAR, "Paid in full"),
    ("CSF23-06", "Tregwilym Park lighting", "GCBC Parks", "P2", "SG", "16/05/2023", PARK_LIGHTS, 0, None, 0,
     "Declined: capital works"),
    ("CSF23-07", "Pontgarreg Street Pastors", "Pontgarreg Churches Together", "P2", "DCG", "09/08/2023",
     PASTORS, PASTORS, None, PASTORS - PASTORS_RETURNED, f"{decimal(PASTORS_RETURNED)} returned unspent"),
    ("CSF23-08", "Youth diversion sessions", "Tregwilym ABC", "P2", "DCG", "09/08/2023", BOXING, BOXING,
     BOXING_PAID, BOXING_PAID, "Withdrawn 20/11/2023 after the first quarter: club lost its hall"),
    ("CSF23-09", "Abercefni Recovery Caf\u00e9", "Cam Nesaf Recovery", "P3", "DCG", "09/08/2023", CAFE_ASK,
     CAFE_AWARD, None, CAFE_AWARD, "Rent and volunteer costs only"),
    ("CSF23-10", "Penybryn detached youth work", "Penybryn Youth Forum", "P2", "DCG", "09/08/2023",
     YOUTH_FORUM_ASK, 0, None, 0, "Withdrawn by the applicant 07/08/2023"),
    ("CSF23-11", "Sanctuary scheme", "Cartrefi Morlan", "P1", "DCG", "09/08/2023", SANCTUARY, SANCTUARY,
     None, SANCTUARY, "Paid in full"),
    ("CSF23-12", "Skate park CCTV", "Cwmdderw Skate Park Users", "P2", "DCG", "09/08/2023", SKATE_CCTV, 0,
     None, 0, "Not supported: capital works, above the DCG limit"),
    ("CSF23-13", "Hate crime awareness stall", "Glynmorlan Pride", "P4", "HoCS", "15/08/2023", PRIDE, PRIDE,
     None, PRIDE, "Referred by the DCG 09/08/2023"),
    ("CSF23-14", "Operation Lantern", "Dyfnant Police", "SVD", "Urgent", "14/09/2023", LANTERN, LANTERN,
     None, LANTERN, "UD 2023/02; Serious Violence Duty grant"),
    ("CSF23-15", "Rural Watch trail cameras", "Llanhowel Community Council", "P2", "DCG", "08/11/2023",
     RURAL_WATCH, RURAL_WATCH, None, RURAL_WATCH, "Deferred by the DCG 09/08/2023 for match funding"),
    ("CSF23-16", "Mentoring: child criminal exploitation", "Pathways Cymru", "SVD", "SG", "12/12/2023",
     PATHWAYS_ASK, PATHWAYS_AWARD, None, PATHWAYS_AWARD,
     "Deferred by SG 16/05/2023; Serious Violence Duty grant"),
    ("CSF23-17", "Domestic homicide review (Adult F)", "Independent chair and author", "P1", "SG",
     "12/12/2023", DHR_ADULT_F, DHR_ADULT_F, None, DHR_ADULT_F, "Paid in full"),
    ("CSF23-18", "Blaenrhos Youth Bus 2024-26", "Blaenrhos Youth Project", "P2", "SG", "12/12/2023",
     2 * YOUTH_BUS_ASK, 0, None, 0, "Declined: no outcome data; may apply again in 2024/25"),
    ("CSF23-19", "Neighbourhood Watch relaunch", "Cwmdderw Neighbourhood Watch", "P2", "HoCS", "22/01/2024",
     WATCH_RELAUNCH, WATCH_RELAUNCH, None, WATCH_RELAUNCH, "Delegated powers"),
)  # fmt: skip


def _final(row: Row) -> int:
    return row[8] if row[8] is not None else row[7]


def _check() -> None:
    assert sum(_final(r) for r in ROWS) == COMMITTED_2324, (sum(_final(r) for r in ROWS), COMMITTED_2324)
    assert sum(r[9] for r in ROWS) == SPENT_2324


_check()


def _schedule() -> list[Flowable]:
    rows = [["Ref", "Project", "Organisation", "Pri.", "Route", "Decided", "Asked", "Approved", "Revised",
             "Paid to 31/03/24", "Status / notes"]]  # fmt: skip
    for ref, project, org, pri, route, date, asked, approved, revised, paid, status in ROWS:
        rows.append(
            [ref, project, org, pri, route, date, decimal(asked), decimal(approved),
             decimal(revised) if revised is not None else "", decimal(paid), status]
        )  # fmt: skip
    rows.append(
        ["", "<b>Totals</b>", "", "", "", "", f"<b>{decimal(sum(r[6] for r in ROWS))}</b>",
         f"<b>{decimal(sum(r[7] for r in ROWS))}</b>", "", f"<b>{decimal(SPENT_2324)}</b>",
         f"Final awards after revision: {decimal(COMMITTED_2324)}"]
    )  # fmt: skip
    changes = [
        ["Ref", "Project", "From", "To", "Changed by"],
        ["CSF23-02", "Anti-social behaviour caseworker", decimal(ASB_AWARD), decimal(ASB_AMENDED),
         "Strategic Group 12/12/2023"],
        ["CSF23-04", "Safe Space night-time hub", decimal(SAFE_AWARD), decimal(SAFE_AMENDED),
         "Strategic Group 19/03/2024"],
        ["CSF23-08", "Youth diversion sessions", decimal(BOXING), decimal(BOXING_PAID),
         "Withdrawn by the club 20/11/2023"],
    ]  # fmt: skip
    summary = [
        ["Fund account 2023-24", "GBP"],
        ["Community safety grant, Police and Crime Commissioner", decimal(GRANT_2324)],
        ["Council contribution", decimal(COUNCIL_2324)],
        ["Serious Violence Duty grant (ring-fenced)", decimal(SVD_2324)],
        ["Balance brought forward from 2022-23", decimal(BF_2324)],
        ["<b>Total available</b>", f"<b>{decimal(AVAILABLE_2324)}</b>"],
        ["Final awards after revision", decimal(COMMITTED_2324)],
        ["Less returned unspent (CSF23-07)", decimal(PASTORS_RETURNED)],
        ["<b>Spent</b>", f"<b>{decimal(SPENT_2324)}</b>"],
        ["Serious Violence Duty grant unspent, returned to the Commissioner", decimal(SVD_RETURNED)],
        ["<b>Carried forward to 2024-25</b>", f"<b>{decimal(CARRIED_2324)}</b>"],
    ]
    line = (
        "GCBC Finance \u2013 report CSF-GR-07 \u2013 Glynmorlan Community Safety Fund: grants schedule "
        "2023-24 \u2013 run 10/04/2024 09:12 \u2013 user GMORGANREES"
    )
    return [
        p(line, EXP.clone("GyExpLine", textColor=EXP.textColor, fontName="Courier", fontSize=7)),
        notice(LAND),
        Spacer(1, 4),
        p(
            "<b>Glynmorlan Community Safety Partnership \u2013 Community Safety Fund grants schedule "
            "2023-24</b>",
            EXP.clone("GyExpTitle", fontSize=11, leading=14),
        ),
        p(
            "All decisions on bids for 2023-24, final position at year end. Routes: SG = Strategic Group; "
            "DCG = Delivery and Commissioning Group; HoCS = Head of Community Safety under delegated powers; "
            "Urgent = urgent decision under ToR 7.4. Priorities P1-P4 are those of the Community Safety Plan "
            "2021-24; SVD = Serious Violence Duty grant. Revised = the award after a later change.",
            EXP,
        ),
        export(rows, [40, 118, 104, 26, 34, 46, 50, 50, 50, 58, LAND - 576], figs=(6, 7, 8, 9)),
        Spacer(1, 8),
        KeepTogether(
            [
                p("<b>Changes made after the first decision</b>", EXP),
                export(changes, [40, 150, 90, 90, 150], figs=(2, 3)),
            ]
        ),
        Spacer(1, 8),
        KeepTogether(
            [
                p("<b>Fund account</b>", EXP),
                export(summary, [260, 80], figs=(1,)),
            ]
        ),
        NextPageTemplate("land"),
    ]
