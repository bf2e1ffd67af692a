"""Partnership AG's Annual Report 2022/23 (July 2023): Bitstream Vera with DejaVu Serif Bold headings under
the green band with the Welsh name at the right; page 1 the contents and the outgoing Chair's foreword (who
chaired 2022-23 and who took the chair in May 2023 by rotation); then on two columns with a daffodil rule who
the partnership is, how it decides (the old quorum and limits) and the four priorities of 2021-24 as one
sentence; a landscape page of the year's thirteen awards with the date each was decided and who decided it,
the bid declined as capital works and the bid deferred then approved below its ask told under the table; then
on two columns the money with a sum returned unspent and carried forward, stories restating awards in words,
a domestic homicide review and the year ahead (the Commissioner's grant cut, the Serious Violence Duty)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.glynmorlan_facts import (
    APB,
    AVAILABLE_2223,
    AWARDS_2223,
    BF_2223,
    BUS_STATION_CCTV,
    CARRIED_2223,
    CHAIR_2223,
    CHAIR_MAY23,
    COMMITTED_2223,
    COUNCIL,
    COUNCIL_2223,
    COUNCIL_2324,
    DCG,
    DCG_CHAIR,
    DCG_LIMIT_OLD,
    FIRE,
    FUND,
    GAVO,
    GRANT_2223,
    GRANT_2324,
    GROUP,
    HEAD,
    HEAD_LIMIT_OLD,
    HEALTH,
    HOUSING,
    MEETINGS_OLD,
    OPCC,
    PCC,
    PHW,
    POLICE,
    PRIORITIES_OLD,
    PROBATION,
    QUORUM_OLD,
    SAFE_SPACE_RETURNED_2223,
    SPENT_2223,
    SVD_2324,
    WOMENS_AID,
    YJS,
    YOUTH_BUS_ASK_2223,
)
from evals.archive.glynmorlan_layout import (
    COLUMN,
    H1,
    H2,
    LAND,
    PULL,
    SMALL,
    SUBTITLE,
    TEXT,
    TITLE,
    Furniture,
    banded,
    lined,
    long_date,
    notice,
    p,
    pounds,
)
from evals.archive.glynmorlan_layout import render as render_pages
from evals.archive.names import GLYNMORLAN

TITLE_2223 = "Glynmorlan Community Safety Partnership Annual Report 2022/23"
PRIORITY_SHORT = ("All", "Priority 1", "Priority 2", "Priority 3", "Priority 4")


def write_annual_report_2223(path: Path) -> Path:
    furniture = Furniture(
        "Glynmorlan CSP \u00b7 Annual Report 2022/23",
        label="Annual Report 2022/23 \u00b7 Adroddiad Blynyddol 2022/23",
        opening="band",
        foot="{n}",
        place="outer",
    )
    return render_pages(path, _story, Meta(TITLE_2223, GLYNMORLAN), furniture)


def _story() -> list[Flowable]:
    return [*_cover(), *_about(), *_awards(), *_money()]


def _cover() -> list[Flowable]:
    contents = (
        "Foreword from the Chair",
        "1. Who we are",
        "2. How we make decisions",
        "3. Our priorities",
        "4. What we funded in 2022/23",
        "5. The money",
        "6. Stories from the year",
        "7. Domestic homicide reviews",
        "8. Looking ahead to 2023/24",
    )
    return [
        Spacer(1, 14),
        p("Annual Report 2022/23", TITLE),
        p("April 2022 to March 2023 \u00b7 published July 2023", SUBTITLE),
        Spacer(1, 4),
        notice(),
        p("Contents", H1),
        p("<br/>".join(contents), TEXT),
        p("Foreword from the Chair", H1),
        p(
            "This is the last report I introduce as Chair. Our terms of reference pass the chair of the "
            f"{GROUP} each May between the Council and the police, and at our annual meeting on "
            f"16 May 2023 I handed it to {CHAIR_MAY23}, the commander of the Glynmorlan basic command unit, "
            "who had been my Vice-Chair through 2022/23. I stay on the Group as Vice-Chair for 2023/24."
        ),
        p(
            "It was a year of busy town centre weekends as the night-time economy came fully back, of more "
            "people coming forward about domestic abuse, and of a steady fall in anti-social behaviour. "
            f"Thirteen projects shared {pounds(COMMITTED_2223)} from the {FUND}, and partners found far more "
            "from their own budgets."
        ),
        p(
            "\u201cCommunity safety in Glynmorlan is done by people who know their streets and know each "
            "other.\u201d",
            PULL,
        ),
        p(
            f"{CHAIR_2223}, Cabinet Member for Communities and Safety, {COUNCIL}; Chair of the "
            f"{GROUP}, 2022/23",
            SMALL,
        ),
        NextPageTemplate("two"),
        PageBreak(),
    ]


def _about() -> list[Flowable]:
    authorities = (COUNCIL, POLICE, FIRE, HEALTH, PROBATION)
    others = (OPCC, YJS, PHW, APB, HOUSING, WOMENS_AID, GAVO)
    old = PRIORITIES_OLD
    return [
        p("1. Who we are", H1),
        p(
            "Community safety partnerships were set up by the Crime and Disorder Act 1998. In Wales they "
            "also "
            "work under the Well-being of Future Generations (Wales) Act 2015 alongside the Public Services "
            "Board. The Glynmorlan Community Safety Partnership covers the county borough of Glynmorlan: the "
            "town of Pontgarreg, the valley towns of Abercefni, Tregwilym and Cwmdderw, and the villages of "
            "the upper valley."
        ),
        p("The responsible authorities", H2),
        p("<br/>".join(f"\u2013 {a}" for a in authorities), SMALL),
        p("Partners who attend", H2),
        p("<br/>".join(f"\u2013 {a}" for a in others), SMALL),
        p("2. How we make decisions", H1),
        p(
            f"The partnership's board is its {GROUP}, which meets {MEETINGS_OLD}. A meeting is quorate when "
            f"{QUORUM_OLD} are present. The chair rotates each May between the Council's Cabinet Member for "
            "Communities and Safety and the police basic command unit commander; the other is Vice-Chair."
        ),
        p(
            f"Money comes through the {FUND}, made up of the {PCC}'s community safety grant and a "
            f"contribution from the Council. Bids of up to {pounds(DCG_LIMIT_OLD)} are decided by the "
            f"{DCG} (DCG), chaired by {DCG_CHAIR} of the Commissioner's office. The Head of Community "
            f"Safety, {HEAD}, may approve small grants of up to {pounds(HEAD_LIMIT_OLD)} under delegated "
            f"powers and reports them to the {GROUP}. Everything larger is decided by the {GROUP} itself."
        ),
        p("3. Our priorities", H1),
        p(
            "Our Community Safety Plan 2021-24 has four priorities: "
            f"{old[0].lower()}; {old[1].lower()}; {old[2].lower()}; and {old[3].lower()}. They remain in "
            "place until March 2024. A new strategic assessment in the autumn of 2023 will inform the "
            "priorities for 2024 to 2027."
        ),
        p(
            "The pattern behind each priority moved during the year: domestic abuse reports rose again, "
            "violence in Pontgarreg town centre on Friday and Saturday nights went past its pre-pandemic "
            "level, while anti-social behaviour fell for a second year."
        ),
        NextPageTemplate("land"),
        PageBreak(),
    ]


def _awards() -> list[Flowable]:
    rows = [["Project", "Delivered by", "Priority", "Decided by", "Date decided", "Award"]]
    for name, lead, priority, amount, when, by in AWARDS_2223:
        rows.append([name, lead, PRIORITY_SHORT[priority], by, long_date(when), pounds(amount)])
    rows.append(["<b>Total awarded in 2022/23</b>", "", "", "", "", f"<b>{pounds(COMMITTED_2223)}</b>"])
    return [
        p("4. What we funded in 2022/23", H1),
        p(
            f"Thirteen awards were made from the {FUND} between April 2022 and March 2023. \u201cDCG\u201d "
            "is "
            f"the {DCG}. Priority numbers refer to the Community Safety Plan 2021-24."
        ),
        banded(rows, [190, 170, 70, 140, 96, LAND - 666], figs=(5,), total=True),
        Spacer(1, 6),
        p(
            f"The Blaenrhos Youth Project first asked the DCG for {pounds(YOUTH_BUS_ASK_2223)}; the DCG "
            "deferred the bid on 5 October 2022 until the project could show insurance for the bus, and "
            "approved the lower sum above on 30 November 2022.",
            SMALL,
        ),
        p(
            f"One bid was declined: the Council's Transport team asked for {pounds(BUS_STATION_CCTV)} for "
            f"CCTV at Abercefni bus station. The {GROUP} decided on 20 September 2022 that the fund does "
            "not pay for capital works and referred the scheme to the Council's capital programme.",
            SMALL,
        ),
        NextPageTemplate("two"),
        PageBreak(),
    ]


def _money() -> list[Flowable]:
    budget = [
        ["", "2022/23"],
        [f"Community safety grant ({PCC})", pounds(GRANT_2223)],
        ["Council contribution", pounds(COUNCIL_2223)],
        ["Brought forward from 2021/22", pounds(BF_2223)],
        ["<b>Available</b>", f"<b>{pounds(AVAILABLE_2223)}</b>"],
        ["Awarded", pounds(COMMITTED_2223)],
        ["Returned unspent", pounds(SAFE_SPACE_RETURNED_2223)],
        ["<b>Spent</b>", f"<b>{pounds(SPENT_2223)}</b>"],
        ["<b>Carried forward to 2023/24</b>", f"<b>{pounds(CARRIED_2223)}</b>"],
    ]
    return [
        p("5. The money", H1),
        p(
            "The fund is small beside what the partners spend from their own budgets, but it is the one pot "
            "the partners decide on together."
        ),
        lined(budget, [COLUMN - 62, 62], figs=(1,)),
        Spacer(1, 4),
        p(
            f"Pontgarreg YMCA returned {pounds(SAFE_SPACE_RETURNED_2223)} of its Safe Space award because "
            "the "
            "hub closed on two weekends in January when no volunteers could be found. The balance carried "
            "forward will be added to the 2023/24 fund."
        ),
        p("6. Stories from the year", H1),
        p("A bus that goes where young people are", H2),
        p(
            "The Blaenrhos Youth Bus parks at the play areas of the upper valley on Thursday and Friday "
            "evenings. The DCG's grant of eight thousand seven hundred and fifty pounds paid for youth "
            "workers and fuel from December; by March the bus had made 412 contacts with young people."
        ),
        p("Safer weekends in Pontgarreg", H2),
        p(
            "Street Pastors walked the town centre on 48 Saturday nights with six and a half thousand pounds "
            "from the fund, and the Safe Space hub at the YMCA looked after 311 people who were hurt, "
            "lost or "
            "too drunk to get home. Operation Nightjar added weekend patrols from January with eight "
            "thousand "
            "pounds agreed by the Group in December."
        ),
        p("Advocacy for victims", H2),
        p(
            "The Independent Domestic Violence Advisers at Morlan Valleys Women's Aid supported 402 "
            "victims at "
            "high risk, 61 more than the year before; the fund paid for one and a half of the four posts."
        ),
        p("7. Domestic homicide reviews", H1),
        p(
            "The partnership commissioned one domestic homicide review during the year, into the death of a "
            "woman referred to as Adult D, with an independent chair and author; the Group approved "
            "\u00a36,000 for it on 13 December 2022. The review will be sent to the Home Office in 2023/24."
        ),
        p("8. Looking ahead to 2023/24", H1),
        p(
            f"The Commissioner has cut the community safety grant for 2023/24 to {pounds(GRANT_2324)}; the "
            f"Council's contribution stays at {pounds(COUNCIL_2324)}. The Serious Violence Duty, in force "
            f"from 31 January 2023, brings a ring-fenced grant of {pounds(SVD_2324)} for serious violence "
            "work, passed on by the Commissioner."
        ),
        p(
            "A new strategic assessment will be written in the autumn of 2023 and will shape the priorities "
            "for 2024-27. The terms of reference are also due for review before April 2024."
        ),
    ]
