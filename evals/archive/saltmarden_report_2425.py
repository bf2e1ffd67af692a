"""Partnership AJ's Annual Report 2024/25 (September 2025): DejaVu Sans with Times Bold Italic headings. Page
1 is a cover (the title inside an oxblood block with a lighthouse drawn at its right, the notice, the contents
with printed page numbers and the year at a glance) with no foot; the pages after it are numbered from 1 in a
foot "Annual Report 2024/25 | n" at the right, so a printed number is one less than the page's place in the
file, under a verdigris pill. Then on two columns the new Chair's foreword (who chaired the year, who was
Vice-Chair when, who took the chair in June 2025), the members, how the Board met and decided (the old quorum
and limits), the four priorities of 2022-25 as bullets and the four agreed for 2025-28 as a numbered list; on
one column every award of the year in a "tide" table with the priority, the deciding body and the date, the
bids declined and the reserve's release; then the money beside the reserve's own account, stories restating
awards in words, and the year ahead with the grant for 2025/26 and a bid deferred in March approved in June
2025."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer, Table

from evals.archive.common import Meta
from evals.archive.names import SALTMARDEN
from evals.archive.saltmarden_facts import (
    ANALYST_2425,
    ANGLING_ASK,
    AVAILABLE_2425,
    BF_2425,
    CARRIED_2425,
    CCTV_VAN_ASK,
    CHAIR,
    CHAIR_OLD,
    COMMITTED_2425,
    DISTRICT_2425,
    DRIFTWOOD,
    GRANT_2425,
    GRANT_2526,
    HAVEN_2425,
    HAVEN_ASK_2425,
    KITS,
    NAVIGATOR_2425,
    OFFICER,
    OFFICER_LIMIT_OLD,
    OUTREACH_2425,
    OUTREACH_2526,
    PANEL_LIMIT_OLD,
    PASS_OLD,
    PATROL_2425,
    PATROL_AMENDED_2425,
    PH_2425,
    POT_2425,
    PRIORITIES_NEW,
    PRIORITIES_OLD,
    QUORUM_OLD,
    RESERVE_CLOSE_2425,
    RESERVE_OPEN_2425,
    SHOP,
    SHOP_ASK,
    SHOP_CONTRIBUTION,
    SMALL_2425,
    SMALL_TOTAL_2425,
    TO_RESERVE_2425,
    UNDERSPEND_2425,
    VICE,
    VICE_OLD,
    YOUTH_2425,
)
from evals.archive.saltmarden_layout import (
    AR,
    AR_H1,
    AR_H2,
    AR_SMALL,
    COVER_SUB,
    COVER_TITLE,
    HALF,
    OXBLOOD,
    WIDTH,
    Furniture,
    notice,
    p,
    panel,
    pounds,
    tide,
)
from evals.archive.saltmarden_layout import render as render_pages

TITLE_2425 = "Saltmarden Community Safety Partnership Annual Report 2024/25"
BIG = AR_H1.clone(
    "SlArBig",
    fontName="Times-BoldItalic",
    fontSize=20,
    leading=22,
    spaceBefore=4,
    spaceAfter=0,
    keepWithNext=0,
)
CONTENTS = AR.clone("SlArContents", fontSize=9.4, leading=14, spaceAfter=0)


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture(
        "Saltmarden Community Safety Partnership \u2013 Annual Report 2024/25",
        label="Annual Report  \u00b7  April 2024 to March 2025",
        opening="cover",
        head_place="pill",
        foot="Annual Report 2024/25 | {printed}",
        place="right",
    )
    return render_pages(path, _story, Meta(TITLE_2425, SALTMARDEN), furniture, first="cover")


def _story() -> list[Flowable]:
    return [*_cover(), *_partnership(), *_funding(), *_money(), *_ahead()]


def _cover() -> list[Flowable]:
    contents = [
        ("Foreword from the Chair", "1"),
        ("About the partnership and how we work", "1"),
        ("Our priorities", "1"),
        ("What we funded in 2024/25", "2"),
        ("The money and the reserve", "3"),
        ("What the money did", "3"),
        ("The year ahead", "3"),
    ]
    glance = [
        (pounds(AVAILABLE_2425), "in the Saltmarden Safer Communities Fund"),
        ("11", "awards from the fund, and one operation paid for from the reserve"),
        ("164", "victims of domestic abuse supported by the outreach worker"),
        ("233", "people helped by the Quayside Night Haven"),
    ]
    glance_cells = [[[p(figure, BIG), p(words, AR_SMALL)] for figure, words in glance]]
    return [
        Spacer(1, 70),
        p("Annual Report 2024/25", COVER_TITLE),
        p(
            "What the Saltmarden Community Safety Partnership did between April 2024 and March 2025",
            COVER_SUB,
        ),
        p("Published September 2025", COVER_SUB),
        FrameBreak(),
        notice(),
        p("Contents", AR_H1),
        Table(
            [[p(title, CONTENTS), p(page, CONTENTS)] for title, page in contents],
            colWidths=[260, 40],
            hAlign="LEFT",
            style=[("LINEBELOW", (0, 0), (-1, -1), 0.3, OXBLOOD), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        ),
        p("The year at a glance", AR_H1),
        Table(
            glance_cells,
            colWidths=[WIDTH / 4] * 4,
            hAlign="LEFT",
            style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        ),
        NextPageTemplate("two"),
        PageBreak(),
    ]


def _partnership() -> list[Flowable]:
    return [
        p("Foreword from the Chair", AR_H1),
        p(
            f"{CHAIR_OLD} chaired the partnership throughout 2024/25, with {VICE_OLD} as Vice-Chair until "
            "she "
            f"moved to Constabulary headquarters in January 2025 and {VICE} as Vice-Chair from 18 March "
            "2025. "
            "This report is a record of their year.",
        ),
        p(
            "Councillor Treloar became Leader of Saltmarden District Council in May 2025 and stood down from "
            "the Board. At the annual meeting on 10 June 2025 I was elected Chair, and Superintendent Morrow "
            "was re-elected Vice-Chair. We thank Councillor Treloar for three years in the chair.",
        ),
        p(
            "It was the last year of our priorities for 2022-25. Our Strategic Intelligence Assessment 2025 "
            "showed shop theft rising fast and more county lines reaching the district, and in March the "
            "Board "
            "agreed four priorities for 2025-28.",
        ),
        p(f"<i>{CHAIR}, Chair, Saltmarden Community Safety Partnership, September 2025</i>", AR_SMALL),
        p("About the partnership", AR_H1),
        p(
            "The partnership is Saltmarden's community safety partnership under the Crime and Disorder Act "
            "1998. Its responsible authorities are Saltmarden District Council, Carrowshire County Council, "
            "Carrowshire Constabulary, Carrowshire Fire and Rescue Service, the Probation Service and NHS "
            "Carrowshire and Wendmoor Integrated Care Board.",
        ),
        p(
            "Public Health Carrowshire, the Youth Justice Service, the Office of the Police, Fire and Crime "
            "Commissioner, Carrowshire Domestic Abuse Service, Brinehurst Homes and Saltmarden CVS also sit "
            "on "
            "the Leadership Board, without a vote.",
        ),
        p("How we work", AR_H2),
        p(
            "The Leadership Board met quarterly in 2024/25, four times in all, with its annual meeting in "
            "June. "
            f"A meeting was quorate with {QUORUM_OLD}.",
        ),
        p(
            f"The Board decided bids over {pounds(PANEL_LIMIT_OLD)}. The Small Grants Panel, chaired "
            f"independently by the Chief Officer of Saltmarden CVS, decided bids of up to "
            f"{pounds(PANEL_LIMIT_OLD)} scoring at least {PASS_OLD} out of 30, from a pot the Board sets; "
            "and "
            f"the Community Safety Manager, {OFFICER}, could award up to {pounds(OFFICER_LIMIT_OLD)} under "
            "delegated powers. Only the Board could release money from the Community Safety Reserve. These "
            "rules changed on 1 October 2025, under the terms of reference version 2.0.",
        ),
        p("Our priorities", AR_H1),
        p("2024/25 was the last year of the four priorities set in 2022:"),
        *(p(f"\u25cf&nbsp;&nbsp;{t}", AR) for t in PRIORITIES_OLD),
        p("Priorities for 2025-28", AR_H2),
        p(
            "On 18 March 2025, after consulting partners and the residents' panel on the Strategic "
            "Intelligence Assessment 2025, the Board agreed four priorities from April 2025:",
        ),
        panel([p(f"{i}. {t}", AR_SMALL) for i, t in enumerate(PRIORITIES_NEW, 1)], HALF),
        Spacer(1, 4),
        p(
            "Drug and alcohol related harm is no longer a priority of its own; the custody recovery "
            "navigator "
            "continues under priority 2.",
        ),
        NextPageTemplate("one"),
        PageBreak(),
    ]


def _funding() -> list[Flowable]:
    rows = [["Ref", "Project", "Organisation", "Priority", "Decided by, date", "Award (\u00a3)"]]
    rows += [
        ["L24-01", "Domestic abuse outreach worker", "Carrowshire Domestic Abuse Service", "1",
         "Board, 11 June 2024", f"{OUTREACH_2425:,}"],
        ["L24-02", f"Seafront Summer Patrols (awarded {PATROL_2425:,}; reduced on 10 December 2024 for "
         "shifts not worked)", "Saltmarden District Council", "2", "Board, 11 June 2024",
         f"{PATROL_AMENDED_2425:,}"],
        ["L24-03", "Harbour Lights detached youth work", "Saltmarden Youth Trust", "4",
         "Board, 11 June 2024",
         f"{YOUTH_2425:,}"],
        ["L24-04", "Custody recovery navigator (public health contribution)", "Tidewater Recovery", "3",
         "Board, 11 June 2024", f"{NAVIGATOR_2425:,}"],
        ["L24-05", "Community Safety Analyst (shared post)", "Carrowshire County Council", "All",
         "Board, 11 June 2024", f"{ANALYST_2425:,}"],
        ["L24-06", f"Quayside Night Haven (deferred in June; asked {HAVEN_ASK_2425:,})",
         "Saltmarden Street Angels", "2", "Board, 10 December 2024", f"{HAVEN_2425:,}"],
        ["L24-07", "Bleed control cabinets, Quayside", "Quayside Business Improvement District", "2",
         "Community Safety Manager, 19 August 2024", f"{KITS:,}"],
    ]  # fmt: skip
    rows += [[ref, project, org, str(priority), "Small Grants Panel, 2 October 2024", f"{amount:,}"]
             for ref, project, org, priority, amount in SMALL_2425]  # fmt: skip
    rows.append(["", "<b>Total awarded from the fund</b>", "", "", "", f"<b>{COMMITTED_2425:,}</b>"])
    return [
        p("What we funded in 2024/25", AR_H1),
        p(
            "Every award from the Saltmarden Safer Communities Fund in 2024/25. Priority numbers are those "
            "of "
            "2022-25: 1 domestic abuse and sexual violence, 2 anti-social behaviour, 3 drug and alcohol "
            "related "
            "harm, 4 exploitation.",
        ),
        tide(rows, [50, 144, 106, 46, 90, WIDTH - 436], figs=(3, 5), total=True),
        Spacer(1, 8),
        p("Bids we did not fund", AR_H2),
        p(
            f"The Board declined a bid of {pounds(ANGLING_ASK)} from Marshfleet Angling Club for CCTV at its "
            "boat compound in June 2024, because the Fund does not pay for the security of private premises, "
            f"and a bid of {pounds(CCTV_VAN_ASK)} from the District Council's Parking Services for a mobile "
            "CCTV van in December 2024, ahead of the county's review of public space CCTV.",
        ),
        p("From the reserve", AR_H2),
        p(
            f"In December 2024 the Board released {pounds(DRIFTWOOD)} from the Community Safety Reserve for "
            "Operation Driftwood, against cuckooing in Whelkby (see page 3).",
        ),
        p(
            f"The Small Grants Panel spent {pounds(SMALL_TOTAL_2425)} of its {pounds(POT_2425)} pot; the "
            "rest "
            "went back into the fund.",
        ),
        NextPageTemplate("two"),
        PageBreak(),
    ]


def _money() -> list[Flowable]:
    money = [
        ["Saltmarden Safer Communities Fund 2024/25", "\u00a3"],
        ["Commissioner's Community Safety Partnership Grant", f"{GRANT_2425:,}"],
        ["District Council contribution", f"{DISTRICT_2425:,}"],
        ["Public Health Carrowshire (drug and alcohol work)", f"{PH_2425:,}"],
        ["Brought forward from 2023/24", f"{BF_2425:,}"],
        ["<b>Available</b>", f"<b>{AVAILABLE_2425:,}</b>"],
        ["Awarded (after the patrols reduction)", f"{COMMITTED_2425:,}"],
        ["<b>Underspend</b>", f"<b>{UNDERSPEND_2425:,}</b>"],
        ["Moved to the Community Safety Reserve", f"{TO_RESERVE_2425:,}"],
        ["<b>Carried forward to 2025/26</b>", f"<b>{CARRIED_2425:,}</b>"],
    ]
    reserve = [
        ["Community Safety Reserve 2024/25", "\u00a3"],
        ["At 1 April 2024", f"{RESERVE_OPEN_2425:,}"],
        ["Operation Driftwood (released 10 December 2024)", f"-{DRIFTWOOD:,}"],
        ["From the fund's underspend (agreed 18 March 2025)", f"+{TO_RESERVE_2425:,}"],
        ["<b>At 31 March 2025</b>", f"<b>{RESERVE_CLOSE_2425:,}</b>"],
    ]
    return [
        p("The money and the reserve", AR_H1),
        p(
            "The Commissioner pays each of Carrowshire's six district partnerships the same fixed grant. "
            "With "
            "the District Council's contribution, Public Health Carrowshire's money for drug and alcohol "
            "work "
            "and the sum brought forward, it makes up the fund.",
        ),
        tide(money, [HALF - 56, 56], figs=(1,)),
        Spacer(1, 8),
        tide(reserve, [HALF - 56, 56], figs=(1,)),
        Spacer(1, 4),
        p(
            "The underspend came mostly from the patrols money returned in December and the part of the "
            "Small "
            "Grants Panel's pot it did not need.",
            AR_SMALL,
        ),
        p("What the money did", AR_H1),
        p("Safer at home", AR_H2),
        p(
            "Carrowshire Domestic Abuse Service's outreach worker supported 164 victims in Saltmarden, "
            f"paid for by the partnership's {pounds(OUTREACH_2425)}. Two in five were referred by the "
            "Constabulary after a call-out; the rest came from GPs, schools and Brinehurst Homes.",
        ),
        p("The seafront in summer", AR_H2),
        p(
            "The District Council's wardens patrolled the seafront and the Quayside on 29 evenings. Storm "
            "weather and sickness cost seven shifts, and the Board cut the award to what was worked, so the "
            "patrols cost three and a half thousand pounds less than first agreed.",
        ),
        p("The Quayside Night Haven", AR_H2),
        p(
            "Saltmarden Street Angels opened the Night Haven in the Harbour Street chapel on 20 December "
            "2024 "
            "and helped 233 people on 28 nights, from lost phones and first aid to a safe lift home. The "
            "Business Improvement District paid part of the cost.",
        ),
        p("Operation Driftwood", AR_H2),
        p(
            "After cuckooing was found at seven flats in Whelkby, the Board released money from the reserve "
            "for door entry repairs, target hardening and legal costs. Closure orders were granted on two "
            "flats in February 2025 and no new cuckooing had been reported by the end of March.",
        ),
        p("Harbour Lights", AR_H2),
        p(
            "Saltmarden Youth Trust's detached youth workers made 412 contacts with young people in Quayside "
            "and Whelkby, and referred 19 to the Youth Justice Service's prevention team.",
        ),
    ]


def _ahead() -> list[Flowable]:
    return [
        p("The year ahead", AR_H1),
        p(
            f"The Commissioner confirmed a grant of {pounds(GRANT_2526)} for 2025/26 on 21 February 2025, "
            f"down from {pounds(GRANT_2425)}. In March the Board approved {pounds(OUTREACH_2526)} a year for "
            "the outreach worker for two years, so that the post can be kept.",
        ),
        p(
            f"The Board deferred a bid of {pounds(SHOP_ASK)} from Carrowshire Business Crime Partnership for "
            "a Shop Theft Reduction Officer in March 2025, until retailers said what they would put in. Town "
            f"centre retailers offered {pounds(SHOP_CONTRIBUTION)}, and at the annual meeting on 10 June "
            "2025 "
            f"the Board approved {pounds(SHOP)}.",
        ),
        p(
            "The terms of reference were reviewed over the summer and new rules, with higher limits for the "
            "Small Grants Panel and the Community Safety Manager, take effect on 1 October 2025.",
        ),
        p(
            "Contact: Community Safety Team, Saltmarden District Council, Harbour Road, Saltmarden.",
            AR_SMALL,
        ),
    ]
