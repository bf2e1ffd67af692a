"""Partnership AK's Partnership Board, 25 January 2024: minutes typed in Courier with no opening furniture but
their own typed heading, no running head and a foot "[ n ]" centred; signed by the co-chair who took the
chair at the next meeting and scanned to images on every page. Those present in a "typed" table of name and
body, officers, apologies and the quorum; minutes "Minute 24/01" to "Minute 24/10" with paragraphs "4.1" and
decisions as "The Board AGREED:" with (1) to (10): matters arising (the night safety hub open), the
Commissioning and Finance Group's December decision on the deferred weapon surrender bins, the priorities for
2024-27 agreed after consultation, an award of 2023/24 amended down for vacancies, money released from the
Safer Stavenham Reserve for a robbery operation, the budget for 2024/25 with the council's contribution cut,
eight awards for 2024/25, a mentoring bid deferred pending an evaluation, a bid for e-bikes declined, and the
review of the terms of reference."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer

from evals.archive.common import Meta
from evals.archive.names import STAVENHAM
from evals.archive.stavenham_facts import (
    AWARDS_2425_JAN,
    BINS,
    BINS_ASK,
    COBNUT,
    CSIB_2324,
    CSIB_2425,
    EBIKES_ASK,
    JAN_TOTAL_2425,
    LCPF_YEAR,
    OFF_ROAD_ASK,
    OUTREACH_2324,
    OUTREACH_AMENDED_2324,
    PRIORITIES_NEW,
    RESERVE_AFTER_COBNUT,
    RESERVE_AFTER_SUMMER,
)
from evals.archive.stavenham_layout import (
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
from evals.archive.stavenham_layout import render as render_pages

TITLE_JANUARY = "Safer Stavenham Partnership Board minutes, 25 January 2024"
AGREED = TYPED.clone("SvTypedAgreed", leftIndent=24)
PARA = TYPED.clone("SvTypedPara", leftIndent=30, firstLineIndent=-30)


def write_minutes_january(path: Path) -> Path:
    furniture = Furniture("", opening="", head_place="", foot="[ {n} ]", place="centre")
    return render_pages(path, _story, Meta(TITLE_JANUARY, STAVENHAM), furniture)


def _minute(number: str, subject: str, *paras: str, agreed: str = "") -> list[Flowable]:
    flow: list[Flowable] = [p(f"MINUTE 24/{number}&nbsp;&nbsp;{subject.upper()}", TYPED_H)]
    flow += [p(f"{int(number)}.{i}&nbsp;&nbsp;{text}", PARA) for i, text in enumerate(paras, 1)]
    if agreed:
        flow.append(p(f"The Board AGREED: {agreed}", AGREED))
    return flow


def _story() -> list[Flowable]:
    present = [
        ["Name", "Body"],
        ["Ch Supt R. Dholakia (co-chair, in the chair)", "Metropolitan Police, Central North BCU"],
        ["Cllr D. Olagunju (co-chair)", "London Borough of Stavenham"],
        ["A. Lascelles", "London Borough of Stavenham"],
        ["I. Penfold", "London Borough of Stavenham"],
        ["N. Fairbanks", "London Fire Brigade"],
        ["Dr O. Whitaker", "NHS North Thames ICB"],
        ["Dr I. Carvalho", "Public Health, LB Stavenham"],
        ["M. Sankey", "Stavenham Youth Justice Service"],
        ["B. Quaye", "Ashmead Women's Centre"],
        ["G. Fenwright", "Stavenham Homes"],
        ["S. Halpin", "MOPAC (adviser)"],
    ]
    priorities = "".join(f"<br/>&nbsp;&nbsp;&nbsp;{i}. {t}" for i, t in enumerate(PRIORITIES_NEW, 1))
    what = (
        "the Independent Domestic Violence Advisers service",
        "the Respectful Futures perpetrator programme",
        "the Youth Outreach Detached Team",
        "the hospital youth violence navigators",
        "drug outreach and custody intervention",
        "the anti-social behaviour caseworker",
        "the Women's Night Safety Hub",
        "a hate crime and cohesion programme",
    )
    awards = "".join(
        f"<br/>({i}) {pounds(amount)} to {provider} for {what[i - 1]} (priority {priority});"
        for i, (_, _, provider, priority, _, _, amount) in enumerate(AWARDS_2425_JAN, 1)
    )
    n = len(AWARDS_2425_JAN)
    awards += (
        f"<br/>({n + 1}) to defer the bid of {pounds(OFF_ROAD_ASK)} from Street Lines Youth Trust for the "
        "Off "
        "Road exploitation mentoring project to the Board's meeting in October 2024, pending the "
        "independent evaluation of the pilot in Halewood;"
        f"<br/>({n + 2}) to decline the bid of {pounds(EBIKES_ASK)} from Central North BCU for e-bikes for "
        "Safer Neighbourhoods Teams: core policing equipment is not funded by the Partnership."
    )
    return [
        notice(WIDTH, TYPED.clone("SvTypedNotice", fontSize=7.4, leading=9, spaceAfter=0)),
        Spacer(1, 8),
        p("SAFER STAVENHAM PARTNERSHIP BOARD", TYPED_TITLE),
        p(
            "MINUTES of the meeting held on Thursday 25 January 2024 at 10.00 am, Committee Room 3, "
            "Stavenham Town Hall",
            TYPED.clone("SvTypedCentre", alignment=1),
        ),
        Spacer(1, 4),
        typed(present, [230, WIDTH - 230]),
        Spacer(1, 4),
        p(
            "Also present: T. Hargreave, P. Novak, F. Ilsley, Supt K. Moseley, C. Reddaway (minutes). "
            "Apologies: L. Ogundipe (Probation Service), Y. Okpara (Stavenham CVS). The meeting was quorate.",
            TYPED,
        ),
        *_minute(
            "01",
            "Apologies and declarations of interest",
            "Apologies as above. B. Quaye declared an interest in item (1) of minute 24/08 and G. Fenwright "
            "in item (6); each left the room for that item.",
        ),
        *_minute(
            "02",
            "Minutes of 19 October 2023 and matters arising",
            "The minutes were agreed as a correct record.",
            "The Women's Night Safety Hub opened at the Old Exchange on 1 December 2023 and had supported "
            "212 women by 20 January.",
        ),
        *_minute(
            "03",
            "Report of the Commissioning and Finance Group",
            "The Group met on 8 November and 6 December 2023. On 6 December it approved two weapon "
            f"surrender bins for Central North BCU at {pounds(BINS)}, the bid of {pounds(BINS_ASK)} for "
            "three having been deferred on 11 October pending location analysis. The bins will stand "
            "outside Gannet Wharf station and on Market Street.",
            agreed="to note the report.",
        ),
        *_minute(
            "04",
            "Strategic Assessment 2023 and priorities for 2024-27",
            "F. Ilsley summarised the consultation on the five priorities proposed in the assessment "
            "published on 15 November 2023: 41 organisations and 312 residents responded and 78% agreed "
            "with all five.",
            "Reducing reoffending will not be a priority of its own: the Integrated Offender Management "
            "coordinator moves into MOPAC's co-commissioned service from 1 April 2024 and the Reducing "
            "Reoffending Board will report to the London Probation region.",
            agreed=f"that the Partnership's priorities for April 2024 to March 2027 be:{priorities}",
        ),
        *_minute(
            "05",
            "Youth Outreach Detached Team, 2023/24",
            "Two youth worker posts were vacant from September to December 2023. P. Novak forecast an "
            "underspend on the year's budget of about £40,000 in all.",
            agreed=f"to amend the award to Street Lines Youth Trust for 2023/24 from {pounds(OUTREACH_2324)} "
            f"to {pounds(OUTREACH_AMENDED_2324)}; {pounds(OUTREACH_2324 - OUTREACH_AMENDED_2324)} returns to "
            "the fund.",
        ),
        *_minute(
            "06",
            "Robbery: Operation Cobnut",
            "Supt K. Moseley reported that robbery of personal property around the Gannet Wharf interchange "
            "and in Stavenham Central had risen again since October. Operation Cobnut would run from 1 "
            "February to 30 April 2024 with extra patrols, youth workers at the interchange and a "
            "phone-snatch prevention campaign.",
            f"The Safer Stavenham Reserve held {pounds(RESERVE_AFTER_SUMMER)}.",
            agreed=f"to release {pounds(COBNUT)} from the Safer Stavenham Reserve for Operation Cobnut, "
            f"leaving {pounds(RESERVE_AFTER_COBNUT)}.",
        ),
        *_minute(
            "07",
            "Budget 2024/25",
            f"MOPAC has confirmed the second year of the London Crime Prevention Fund allocation at "
            f"{pounds(LCPF_YEAR)}. The council's Community Safety Investment Budget is reduced from "
            f"{pounds(CSIB_2324)} to {pounds(CSIB_2425)} in its budget for 2024/25 (Cabinet, 17 January "
            "2024).",
            agreed=f"to note a budget for 2024/25 of {pounds(LCPF_YEAR + CSIB_2425)}.",
        ),
        *_minute(
            "08",
            "Awards for 2024/25",
            "Fourteen bids were scored against the new priorities by the Commissioning and Finance Group. "
            f"The eight awards below total {pounds(JAN_TOTAL_2425)}; the rest of the budget is held for the "
            "Group to award during the year.",
            agreed=awards,
        ),
        *_minute(
            "09",
            "Terms of reference",
            "I. Penfold reported that the review will propose higher limits for the Commissioning and "
            "Finance "
            "Group and the Head of Community Safety, a power for the co-chairs to release money from the "
            "reserve in an emergency, and delivery groups to match the new priorities.",
            agreed="that version 3.0 come to the Board in October 2024 (ACTION: IP).",
        ),
        *_minute(
            "10",
            "Date of next meeting",
            "Thursday 18 April 2024, 10.00 am, Committee Room 3.",
        ),
        Spacer(1, 14),
        KeepTogether(
            [p("Signed as a correct record:", TYPED), Signature("R. Dholakia, Co-chair, 18/04/2024", seed=2)]
        ),
    ]
