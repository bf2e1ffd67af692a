"""Partnership AI's Annual Report 2023/24 (July 2024), on landscape pages throughout: Bitstream Vera with
Times Bold headings, a slate tab down the right edge of page 1, a running head at the outer edge and a foot
"ECSP Annual Report 2023–24 — n/total" at the left. Each page has a linen column at the left: key facts and
who chairs on page 1, how decisions are made from April 2024 on page 2, the year's money on page 3. Page 1 on
two columns the Chair's introduction (who has chaired and been Vice-Chair since May 2023 and stays for the
second year), the partnership's members and rules from April 2024, and the three priorities of 2023-26 as a
numbered list; page 2 every award of the year in £k in a booktabs table with the deciding body and date, the
first and final sums and what happened later, and the reserve's releases; page 3 on two columns stories
restating awards in words, domestic homicide reviews, the Serious Violence Strategy and the year ahead with
the Mayor's grant for 2024-25 indicated and confirmed and a decision of May 2024 told only here."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, Spacer

from evals.archive.common import Meta
from evals.archive.ellerdyke_facts import (
    ADVOCATE_2324,
    ANALYST_2324,
    AVAILABLE_2324,
    BF_2324,
    CAFE,
    CAFE_ASK,
    CARRIED_2324,
    CHAIR,
    COUNCIL_2324,
    COUNCIL_2425,
    CUT_RISK,
    CUT_RISK_ASK,
    DHR_CD,
    FINAL_2324,
    GRANT_2324,
    GRANT_2425,
    GRANT_2425_INDICATED,
    HUB_2324,
    IDVA_2324,
    IDVA_2425,
    MEETINGS,
    OFFICER_LIMIT,
    PATROLS_ASK,
    PRIORITIES_NEW,
    QUORUM,
    RESERVE_CLOSE_2324,
    RESERVE_FLOOR,
    RESERVE_OPEN_2324,
    RINGFIT_2324,
    RINGFIT_AMENDED_2324,
    SANCTUARY,
    SPEEDWATCH,
    SUBGROUP_LIMIT,
    VICE,
    WARM,
    YOUTH_2324,
    YOUTH_ASK_2324,
)
from evals.archive.ellerdyke_layout import (
    AR,
    AR_H1,
    AR_H2,
    AR_STYLES,
    AR_TITLE,
    LAND,
    LAND_HALF,
    SIDE,
    SIDE_BIG,
    SIDE_H,
    SIDE_W,
    Furniture,
    booktabs,
    notice,
    p,
    pounds,
    thousands,
)
from evals.archive.ellerdyke_layout import render as render_pages
from evals.archive.names import ELLERDYKE

TITLE_2324 = "Ellerdyke Community Safety Partnership Annual Report 2023/24"
URGENT_LIMIT = 5000
MAIN = LAND - SIDE_W - 20


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture(
        "Ellerdyke Community Safety Partnership \u2013 Annual Report 2023\u201324",
        label="ANNUAL REPORT 2023/24",
        opening="tab",
        head_place="outer",
        foot="ECSP Annual Report 2023\u201324 \u2014 {n}/{total}",
        place="left",
    )
    return render_pages(path, _story, Meta(TITLE_2324, ELLERDYKE), furniture, first="landside")


def _story() -> list[Flowable]:
    return [*_first(), *_awards(), *_third()]


def _big(figure: str, words: str) -> list[Flowable]:
    return [p(figure, SIDE_BIG), p(words, SIDE)]


def _first() -> list[Flowable]:
    side = [
        p("Key facts 2023/24", SIDE_H),
        *_big(pounds(AVAILABLE_2324), "in the Safer Ellerdyke Fund"),
        *_big(pounds(FINAL_2324), "awarded to ten projects"),
        *_big(pounds(DHR_CD), "released from the Partnership Reserve for two domestic homicide reviews"),
        *_big("14", "secondary schools asked for Cut the Risk; 12 took part"),
        p("Who chairs", SIDE_H),
        p(f"<b>Chair:</b> {CHAIR}, Dunsmere Police, since 18 May 2023", SIDE),
        p(f"<b>Vice-Chair:</b> {VICE}, Ellerdyke Metropolitan Borough Council, since 18 May 2023", SIDE),
    ]
    return [
        *side,
        FrameBreak(),
        p("Annual Report 2023/24", AR_TITLE),
        notice(LAND_HALF),
        p("Introduction from the Chair", AR_H1),
        p(
            "I was elected Chair at the annual meeting on 18 May 2023, when the chair passed from the "
            "council to the police, and Councillor Samir Quartermaine became Vice-Chair. At the annual "
            "meeting on 16 May 2024 we began the second of our two years; the chair passes back to the "
            "council in May 2025.",
            AR,
        ),
        p(
            "This was the first year of our three new priorities. We put more money into young people and "
            "knife crime, kept the IDVA service going at a time of rising demand, and changed how we work: "
            "from April 2024 the Executive meets quarterly and more small grants can be decided without "
            "waiting for it.",
            AR,
        ),
        p(f"<i>{CHAIR}, Chair</i>", AR),
        p("About the partnership", AR_H1),
        p(
            "Our responsible authorities are Ellerdyke Metropolitan Borough Council, Dunsmere Police, "
            "Dunsmere Fire and Rescue Service, the Probation Service and NHS Dunsmere Integrated Care Board; "
            "each has a vote on the Executive. The Deputy Mayor's office, public health, youth justice, "
            "Ellerdyke Women's Aid, Saxonholt Homes, Ellerdyke Voluntary Action and, from April 2024, the "
            "Dunsmere Violence Reduction Unit also sit on it without a vote.",
            AR,
        ),
        p("How we work from April 2024", AR_H2),
        p(
            "The terms of reference version 3, approved in January 2024, took effect on 1 April. The "
            f"Executive now meets {MEETINGS}. A meeting is quorate with {QUORUM}. The limits on smaller "
            "decisions are on page 2.",
            AR,
        ),
        p("Our priorities for 2023-26", AR_H1),
        p(
            "Agreed by the Executive on 16 March 2023, after consultation on the Strategic Assessment 2022:",
            AR,
        ),
        *(p(f"<b>{i}</b>&nbsp;&nbsp;{t}", AR) for i, t in enumerate(PRIORITIES_NEW, 1)),
        p(
            "A delivery group leads on each: the Domestic Abuse and VAWG Board, the Serious Violence "
            "Delivery "
            "Group and the Safer Neighbourhoods Group.",
            AR,
        ),
        NextPageTemplate("landwide"),
        FrameBreak(),
    ]


def _awards() -> list[Flowable]:
    side = [
        p("How decisions are made", SIDE_H),
        p(f"From 1 April 2024 the Head of Safer Communities may award up to {pounds(OFFICER_LIMIT)}.", SIDE),
        p(
            f"The Grants Sub-Group, chaired by the Vice-Chair, decides bids up to {pounds(SUBGROUP_LIMIT)}.",
            SIDE,
        ),
        p(
            f"The Chair and Vice-Chair together may award up to {pounds(URGENT_LIMIT)} when a decision "
            "cannot wait.",
            SIDE,
        ),
        p("The Executive decides larger bids and alone may release money from the reserve.", SIDE),
        p(f"The reserve may not fall below {pounds(RESERVE_FLOOR)}.", SIDE),
        p("In 2023/24 the old limits applied: \u00a32,500 and \u00a310,000.", SIDE),
    ]
    rows = [
        ["Project", "Organisation", "Priority", "Decided by, date", "First award \u00a3k", "Final \u00a3k",
         "What happened later"],
        ["IDVA service", "Ellerdyke Women's Aid", "1", "Executive, 16 March 2023", thousands(IDVA_2324),
         thousands(IDVA_2324), "\u2013"],
        ["ASB victim advocate", "Dunsmere Victim Care", "3", "Executive, 16 March 2023",
         thousands(ADVOCATE_2324), thousands(ADVOCATE_2324), "\u2013"],
        ["Ring Fit youth diversion", "Cinder Lane Boxing Club", "2", "Executive, 16 March 2023",
         thousands(RINGFIT_2324), thousands(RINGFIT_AMENDED_2324),
         "Cut on 25 January 2024: a fire closed the gym for ten weeks"],
        ["Partnership analyst", "Ellerdyke MBC", "All", "Executive, 16 March 2023", thousands(ANALYST_2324),
         thousands(ANALYST_2324), "\u2013"],
        ["Bridgegate Welfare Hub", "Ellerdyke Nightlight Volunteers", "3", "Grants Sub-Group, 5 October 2023",
         thousands(HUB_2324), thousands(HUB_2324), "\u2013"],
        ["Friday youth club", "Yarnley Youth Project", "2", "Grants Sub-Group, 5 October 2023",
         thousands(YOUTH_2324), thousands(YOUTH_2324), f"Asked {thousands(YOUTH_ASK_2324)}"],
        ["Sanctuary scheme", "Saxonholt Homes", "1", "Grants Sub-Group, 5 October 2023",
         thousands(SANCTUARY), thousands(SANCTUARY), "\u2013"],
        ["Safe and Warm drop-in", "Hobbleswade Community Church", "3",
         "Head of Safer Communities, 12 October 2023", thousands(WARM), thousands(WARM),
         "Referred by the Sub-Group"],
        ["Recovery caf\u00e9 evenings", "Dunsmere Recovery Partnership", "3",
         "Grants Sub-Group, 11 January 2024", thousands(CAFE), thousands(CAFE),
         f"Deferred on 5 October 2023; asked {thousands(CAFE_ASK)}"],
        ["Cut the Risk schools programme", "Saltbox Theatre Company", "2", "Executive, 25 January 2024",
         thousands(CUT_RISK), thousands(CUT_RISK),
         f"Referred by the Sub-Group; asked {thousands(CUT_RISK_ASK)}"],
        ["<b>Total</b>", "", "", "", "", f"<b>{thousands(FINAL_2324)}</b>", ""],
    ]  # fmt: skip
    reserve = [
        ["Partnership Reserve", "\u00a3k"],
        ["At 1 April 2023", thousands(RESERVE_OPEN_2324)],
        ["Domestic homicide reviews, Adults C and D (25 January 2024)", f"-{thousands(DHR_CD)}"],
        ["At 31 March 2024", thousands(RESERVE_CLOSE_2324)],
    ]
    return [
        *side,
        FrameBreak(),
        p("Funding in 2023/24", AR_H1),
        p(
            "Every award from the Safer Ellerdyke Fund in 2023/24, in thousands of pounds. Priority numbers "
            "are those of 2023-26 on page 1. Two bids were declined: private security patrols in Bridgegate "
            f"({pounds(PATROLS_ASK)}), because the partnership does not pay for private security, and a "
            f"community speedwatch in Otterlade ({pounds(SPEEDWATCH)}), as road safety is not a priority.",
            AR,
        ),
        booktabs(rows, [100, 96, 46, 110, 50, 40, MAIN - 442], figs=(2, 4, 5), styles=AR_STYLES),
        Spacer(1, 8),
        booktabs(reserve, [300, 60], figs=(1,), styles=AR_STYLES),
        NextPageTemplate("landside"),
        FrameBreak(),
    ]


def _third() -> list[Flowable]:
    side = [
        p("The money in 2023/24", SIDE_H),
        p(f"Mayor's Community Safety Grant: {pounds(GRANT_2324)}", SIDE),
        p(f"Council contribution: {pounds(COUNCIL_2324)}", SIDE),
        p(f"Brought forward: {pounds(BF_2324)}", SIDE),
        p(f"<b>Available: {pounds(AVAILABLE_2324)}</b>", SIDE),
        p(f"Awarded: {pounds(FINAL_2324)}", SIDE),
        p(f"<b>Carried forward to 2024/25: {pounds(CARRIED_2324)}</b>", SIDE),
        p(
            "Ring Fit's cut and the smaller Sub-Group awards left more than expected unspent; the "
            "Executive will use it for the longer IDVA award in 2024/25.",
            SIDE,
        ),
    ]
    return [
        *side,
        FrameBreak(),
        p("What the money did", AR_H1),
        p("Cut the Risk", AR_H2),
        p(
            "Saltbox Theatre Company took its play about knife crime, and workshops after it, to twelve "
            "secondary schools between February and July 2024. The partnership paid fourteen thousand "
            "pounds, less than the company first asked for, and two schools will join next year if money "
            "allows.",
            AR,
        ),
        p("Ring Fit", AR_H2),
        p(
            "A fire at the Cinder Lane gym in September closed it for ten weeks. The club kept its young "
            "people together with sessions in a school sports hall, and the Executive cut the award to "
            "what could still be delivered, ten thousand five hundred pounds.",
            AR,
        ),
        p("Safer at home", AR_H2),
        p(
            "Ellerdyke Women's Aid's IDVAs supported 447 victims at high risk. Saxonholt Homes fitted locks, "
            "door chains and alarms in the homes of 20 victims referred by the IDVAs.",
            AR,
        ),
        p("Bridgegate at night", AR_H2),
        p(
            "The Bridgegate Welfare Hub opened on 74 nights and helped 702 people. Violence in Bridgegate on "
            "Friday and Saturday nights fell for the first time since the pandemic.",
            AR,
        ),
        p("Domestic homicide reviews", AR_H1),
        p(
            "The review of Adult B was approved by the Home Office's quality panel in December 2023 and "
            "published. Reviews into the deaths of Adult C (Yarnley) and Adult D (Brantwell) began in "
            "March 2024, paid for from the Partnership Reserve.",
            AR,
        ),
        p("Serious violence", AR_H1),
        p(
            "The Executive adopted the Ellerdyke Serious Violence Strategy 2024-27 in January 2024, our "
            "response to the Serious Violence Duty, with the Dunsmere Violence Reduction Unit.",
            AR,
        ),
        p("The year ahead", AR_H1),
        p(
            "The Deputy Mayor indicated a Mayor's Community Safety Grant of "
            f"{pounds(GRANT_2425_INDICATED)} for 2024/25 in January; it was confirmed on 30 April 2024 at "
            f"{pounds(GRANT_2425)}. The council will again contribute {pounds(COUNCIL_2425)}.",
            AR,
        ),
        p(
            f"At the annual meeting on 16 May 2024 the Executive approved {pounds(IDVA_2425)} for the IDVA "
            "service in 2024/25 and agreed in principle to fund it for three years, as the Strategic "
            "Assessment 2022 recommended. From April 2024 a bid to the Grants Sub-Group must score at "
            "least 15 out of 25.",
            AR,
        ),
    ]
