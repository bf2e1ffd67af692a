"""Partnership AM's Annual Report 2022/23 (July 2023): DejaVu Serif with Helvetica Bold headings, page 1 in
one column under the indigo "crest" with the title in white on an indigo panel, then two columns with an
indigo hairline between them, then one column for the tables; an indigo "bar" with the title on later pages
and a foot "Annual Report 2022/23 · page n of total" at the right. The Chair's foreword (his first full year,
whom he followed and when; the new Vice-Chair and whom she followed and from when; the integrated care board
in place of the clinical commissioning group), who the Partnership is and when the Board met, the three
priorities for 2022-25 with what was done (the mediation bid held over in April and approved in September
below its ask, told only here), the Serious Violence Duty and the problem profile paid from the reserve, the
small grants in words, a domestic homicide review, the year ahead (the Commissioner's allocation held, the
council's contribution and the Small Grants Pot cut), and tables of every award of the year with its
decision date, the money, the Partnership Reserve and the bids refused."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from evals.archive.common import Meta
from evals.archive.names import SANDLEBURY
from evals.archive.sandlebury_facts import (
    AVAILABLE_2223,
    AWARDS_2223,
    BOARD_TOTAL_2223,
    COMMITTED_2223,
    MEDIATION,
    MEDIATION_ASK,
    PFCC_2223,
    PFCC_2324,
    POT_2223,
    POT_2324,
    PRIORITIES_2225,
    PROFILE,
    RESERVE_CLOSE_2223,
    RESERVE_OPEN_2223,
    SDC_2223,
    SDC_2324,
    SKATEPARK,
    SMALL_GRANTS_2223,
    SMALL_GRANTS_COUNT_2223,
    TAXI_ASK,
    UNDERSPEND_2223,
)
from evals.archive.sandlebury_layout import (
    AR2,
    AR2_H,
    AR2_H2,
    AR2_SMALL,
    AR2_STYLES,
    AR2_TITLE,
    INDIGO,
    WIDTH,
    Furniture,
    band,
    notice,
    numeric_date,
    p,
    pounds,
)
from evals.archive.sandlebury_layout import render as render_pages

TITLE_2223 = "Sandlebury Community Safety Partnership Annual Report 2022/23"
WHITE = AR2_SMALL.clone("SbAr2White", textColor=colors.white, fontSize=8.6, leading=11)
NUMBERED = AR2.clone("SbAr2Numbered", leftIndent=14, firstLineIndent=-14)


def write_annual_report_2223(path: Path) -> Path:
    furniture = Furniture(
        "Sandlebury Community Safety Partnership  \u00b7  Annual Report 2022/23",
        label="Annual Report 2022/23",
        opening="crest",
        head_place="bar",
        foot="Annual Report 2022/23 \u00b7 page {n} of {total}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_2223, SANDLEBURY), furniture, first="one")


def _story() -> list[Flowable]:
    return [*_first_page(), NextPageTemplate("two"), PageBreak(), *_columns(), *_tables()]


def _title_panel() -> Table:
    panel = Table(
        [[[p("Annual Report 2022/23", AR2_TITLE),
           p("Sandlebury Community Safety Partnership \u00b7 1 April 2022 to 31 March 2023 \u00b7 "
             "published 20 July 2023", WHITE)]]],
        colWidths=[WIDTH],
        hAlign="LEFT",
    )  # fmt: skip
    panel.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), INDIGO),
                ("LEFTPADDING", (0, 0), (-1, -1), 14),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return panel


def _first_page() -> list[Flowable]:
    year = [
        ["In 2022/23", ""],
        [pounds(AVAILABLE_2223), "from the Commissioner's Community Safety Fund and the council"],
        [str(len(AWARDS_2223)), "projects funded by the Board"],
        [str(SMALL_GRANTS_COUNT_2223), "small grants from the Small Grants Pot"],
        [pounds(PROFILE), "from the Partnership Reserve for a serious violence problem profile"],
        ["3", "priorities, adopted in April 2022 for three years"],
    ]
    return [
        notice(),
        Spacer(1, 8),
        _title_panel(),
        p("Foreword from the Chair", AR2_H),
        p(
            "This is my first full year as Chair of the Sandlebury Community Safety Partnership. I took over "
            "from Councillor Miriam Oakhurst at the Board's meeting on 9 June 2022, after the district "
            "elections, and I am grateful for the strong partnership she left.",
            AR2,
        ),
        p(
            "Our Vice-Chair has also changed. Chief Inspector Leanne Okafor became District Commander for "
            "Wendleshire Police in Sandlebury, and so Vice-Chair of the Board, on 3 October 2022, taking "
            "over from Chief Inspector Damian Sowerby, who moved to a force-wide role. And on 1 July 2022 "
            "the NHS Wendleshire and Thornaby Integrated Care Board took over from the clinical "
            "commissioning group as our health partner.",
            AR2,
        ),
        p(
            "The year was the first of our three priorities for 2022-25, and the year the Serious Violence "
            "Duty began. I thank every partner, volunteer and community group who made it work.",
            AR2,
        ),
        p("Councillor Tobias Wainhouse, Chair, Portfolio Holder for Communities", AR2_H2),
        Spacer(1, 6),
        band(year, [110, WIDTH - 110], styles=AR2_STYLES),
    ]


def _columns() -> list[Flowable]:
    done = [
        "Lanternway's Independent Domestic Violence Adviser supported 164 high-risk victims. Street Pastors' "
        "Walk Safe patrols ran every Friday and Saturday night, and on 17 November 2022 the Board funded "
        "bystander training for 60 bar and door staff and the council's White Ribbon accreditation.",
        f"The serious violence problem profile, paid for with {pounds(PROFILE)} released from the "
        "Partnership Reserve in April 2022, was completed in December and is the basis of the strategy the "
        "Serious Violence Duty requires. Turning Point mentoring worked with 31 young people and detached "
        "youth workers were out in Lowmarsh and Tillingford three evenings a week.",
        "Kestmoor Housing's ASB Early Intervention Officer worked with 97 households. A community mediation "
        "service began in October for neighbour disputes (see below).",
    ]
    return [
        p("Who we are", AR2_H),
        p(
            "The Partnership's responsible authorities are Sandlebury District Council, Wendleshire County "
            "Council, Wendleshire Police, Wendleshire Fire and Rescue Service, the Probation Service and the "
            "Integrated Care Board. Lanternway, Kestmoor Housing and the Youth Justice Service are co-opted; "
            "the Commissioner's office advises.",
            AR2,
        ),
        p(
            "The Board met five times: on 28 April, 9 June, 22 September and 17 November 2022 and on 9 "
            "February 2023. Its Small Grants Panel met three times.",
            AR2,
        ),
        p("Our priorities for 2022-25", AR2_H),
        p(
            "The Board adopted three priorities on 28 April 2022, following the Strategic Intelligence "
            "Assessment 2022, in place of the four it had worked to in 2021-22.",
            AR2,
        ),
        *(
            p(f"{i}.&nbsp;&nbsp;<b>{t}.</b> {d}", NUMBERED)
            for i, (t, d) in enumerate(zip(PRIORITIES_2225, done, strict=True), 1)
        ),
        p("Community mediation", AR2_H2),
        p(
            f"Wendleshire Community Mediation asked for {pounds(MEDIATION_ASK)} in April 2022. The Board "
            "supported the service in principle but held the bid over until a data-sharing agreement with "
            "Kestmoor Housing and the council was in place. The agreement was signed in August, and on 22 "
            f"September 2022 the Board approved {pounds(MEDIATION)} for the first year, less than asked "
            "because the service began in October rather than in the summer. It took 43 referrals by March.",
            AR2,
        ),
        p("The Serious Violence Duty", AR2_H2),
        p(
            "The Duty began on 31 January 2023. The Partnership is a specified body and, with the police, "
            "the councils, fire and rescue, probation, health and youth justice, must agree a strategy to "
            "prevent and reduce serious violence. The Serious Violence Steering Group leads the work.",
            AR2,
        ),
        p("Small grants", AR2_H2),
        p(
            f"The Small Grants Panel made {SMALL_GRANTS_COUNT_2223} grants from the {pounds(POT_2223)} "
            f"pot, {pounds(SMALL_GRANTS_2223)} in all, among them Friday night football in Brayfield and "
            f"the skatepark floodlight timer in Ashenmoor, agreed at {pounds(SKATEPARK)} in October once "
            "the council gave consent as landowner.",
            AR2,
        ),
        p("Domestic homicide review", AR2_H2),
        p(
            "The review commissioned in October 2021 (Adult A) was sent to the Home Office's quality "
            "assurance panel in February 2023. It will be published when the panel has approved it.",
            AR2,
        ),
        p("The year ahead", AR2_H),
        p(
            f"The Commissioner has confirmed a Community Safety Fund allocation of {pounds(PFCC_2324)} for "
            f"2023/24, the same as this year. The council's contribution falls from {pounds(SDC_2223)} to "
            f"{pounds(SDC_2324)}, and the Small Grants Pot from {pounds(POT_2223)} to {pounds(POT_2324)}. "
            "The Board will review its priorities in April 2024 against a refreshed assessment.",
            AR2,
        ),
    ]


def _tables() -> list[Flowable]:
    rows = [["Ref.", "Project", "Organisation", "Priority", "Agreed", "\u00a3"]]
    for ref, project, organisation, priority, date, amount in AWARDS_2223:
        rows.append([ref, project, organisation, str(priority), numeric_date(date), f"{amount:,}"])
    rows.append(["", "Small grants", f"{SMALL_GRANTS_COUNT_2223} grants", "", "", f"{SMALL_GRANTS_2223:,}"])
    rows.append(["", "<b>Total</b>", "", "", "", f"<b>{COMMITTED_2223:,}</b>"])
    money = [
        ["Budget 2022/23", "\u00a3"],
        ["Community Safety Fund", f"{PFCC_2223:,}"],
        ["Council contribution", f"{SDC_2223:,}"],
        ["<b>Total available</b>", f"<b>{AVAILABLE_2223:,}</b>"],
        ["Board awards", f"{BOARD_TOTAL_2223:,}"],
        ["Small grants", f"{SMALL_GRANTS_2223:,}"],
        ["<b>Underspend to the reserve</b>", f"<b>{UNDERSPEND_2223:,}</b>"],
    ]
    reserve = [
        ["Partnership Reserve", "\u00a3"],
        ["Balance at 1 April 2022", f"{RESERVE_OPEN_2223:,}"],
        ["Released 28/04/2022: problem profile", f"({PROFILE:,})"],
        ["2022/23 underspend added", f"{UNDERSPEND_2223:,}"],
        ["<b>Balance at 31 March 2023</b>", f"<b>{RESERVE_CLOSE_2223:,}</b>"],
    ]
    refused = [
        ["Bid refused", "Asked", "Decided by", "Why"],
        ["In-cab CCTV grants for taxis", pounds(TAXI_ASK), "Board, 28/04/2022",
         "Would benefit private businesses; a licensing matter"],
        ["Shed alarms, Lowmarsh allotments", pounds(2200), "Small Grants Panel, 14/07/2022",
         "Not a priority; a matter for members' insurance"],
    ]  # fmt: skip
    half = (WIDTH - 20) / 2
    side_by_side = Table(
        [[band(money, [half - 60, 60], figs={1}, styles=AR2_STYLES),
          band(reserve, [half - 60, 60], figs={1}, styles=AR2_STYLES)]],
        colWidths=[half + 10, half + 10],
        hAlign="LEFT",
    )  # fmt: skip
    side_by_side.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [
        NextPageTemplate("one"),
        PageBreak(),
        p("Awards from the Community Safety Fund, 2022/23", AR2_H),
        band(rows, [52, 150, 130, 40, 58, WIDTH - 430], figs={3, 5}, styles=AR2_STYLES, total=True),
        p("The money", AR2_H),
        side_by_side,
        p("Bids refused", AR2_H),
        band(refused, [140, 50, 120, WIDTH - 310], figs={1}, styles=AR2_STYLES),
    ]
