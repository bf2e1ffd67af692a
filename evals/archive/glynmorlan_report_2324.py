"""Partnership AG's Annual Report 2023-24 (July 2024): Bitstream Vera with DejaVu Serif Bold headings under
the green band, a bilingual foot; page 1 the new Chair's foreword (who chaired when during the year and who
chairs now) and the year in numbers; then on the "notes" template (a stone column of key facts at the left)
how the partnership works from April 2024, the three priorities for 2024-27 as a numbered list and a table of
what became of the four old ones; every award of the year in £k with the route, the date and what happened to
it later; then on two columns the money in £ and £m, the Serious Violence Duty grant, stories restating awards
in words, domestic homicide reviews and the year ahead with the grants of 2024-25 and a decision of May 2024
told only here."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

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
    CHAIR_2223,
    CHAIR_2425,
    CHAIR_DEC23,
    CHAIR_MAY23,
    COMMITTED_2324,
    COUNCIL_2324,
    COUNCIL_2425,
    DCG_CHAIR,
    DCG_LIMIT,
    DHR_ADULT_F,
    GRANT_2324,
    GRANT_2425,
    HEAD,
    HEAD_LIMIT,
    IDVA,
    IDVA_2425,
    LANTERN,
    MEETINGS,
    NIGHTJAR,
    NIGHTJAR_ASK,
    PARTNERS_TOTAL,
    PASTORS,
    PASTORS_RETURNED,
    PATHWAYS_ASK,
    PATHWAYS_AWARD,
    POPULATION,
    PRIDE,
    PRIORITIES_NEW,
    PRIORITIES_OLD,
    QUORUM,
    RURAL_WATCH,
    SAFE_AMENDED,
    SAFE_ASK,
    SAFE_AWARD,
    SANCTUARY,
    SPENT_2324,
    SVD_2324,
    SVD_2425,
    SVD_RETURNED,
    WATCH_RELAUNCH,
)
from evals.archive.glynmorlan_layout import (
    COLUMN,
    H1,
    H2,
    MAIN,
    NOTE,
    NOTE_BIG,
    NOTE_H,
    SMALL,
    SUBTITLE,
    TEXT,
    TITLE,
    WIDTH,
    Furniture,
    banded,
    kpounds,
    lined,
    notice,
    p,
    pounds,
)
from evals.archive.glynmorlan_layout import render as render_pages
from evals.archive.names import GLYNMORLAN

TITLE_2324 = "Glynmorlan Community Safety Partnership Annual Report 2023-24"

# Awards of 2023-24: project, organisation, route, when, asked, final award, what happened later.
AWARDS: tuple[tuple[str, str, str, str, int, int, str], ...] = (
    ("IDVA service", "Morlan Valleys Women's Aid", "Group", "May 2023", IDVA, IDVA, ""),
    ("ASB caseworker", "The Council", "Group", "May 2023", ASB_AWARD, ASB_AMENDED,
     f"cut from {kpounds(ASB_AWARD)} in December: post vacant for three months"),
    ("Analyst post (contribution)", "The Council", "Group", "May 2023", ANALYST_POST, ANALYST_POST, ""),
    ("Safe Space hub", "Pontgarreg YMCA", "Group", "May 2023", SAFE_ASK, SAFE_AMENDED,
     f"first {kpounds(SAFE_AWARD)}; raised to the full ask in March for Christmas opening"),
    ("Operation Nightjar", "Dyfnant Police", "Group", "May 2023", NIGHTJAR_ASK, NIGHTJAR, ""),
    ("Street Pastors", "Pontgarreg Churches Together", "DCG", "Aug 2023", PASTORS, PASTORS,
     f"{kpounds(PASTORS_RETURNED)} returned unspent"),
    ("Youth diversion sessions", "Tregwilym ABC", "DCG", "Aug 2023", BOXING, BOXING_PAID,
     f"awarded {kpounds(BOXING)}; withdrawn in November when the club lost its hall"),
    ("Recovery caf\u00e9", "Cam Nesaf Recovery", "DCG", "Aug 2023", CAFE_ASK, CAFE_AWARD, ""),
    ("Sanctuary scheme", "Cartrefi Morlan", "DCG", "Aug 2023", SANCTUARY, SANCTUARY, ""),
    ("Hate crime awareness stall", "Glynmorlan Pride", "Officer", "Aug 2023", PRIDE, PRIDE, ""),
    ("Operation Lantern", "Dyfnant Police", "Urgent", "Sep 2023", LANTERN, LANTERN,
     "Serious Violence Duty grant"),
    ("Rural Watch trail cameras", "Llanhowel Community Council", "DCG", "Nov 2023", RURAL_WATCH, RURAL_WATCH,
     "deferred in August for match funding"),
    ("Exploitation mentoring", "Pathways Cymru", "Group", "Dec 2023", PATHWAYS_ASK, PATHWAYS_AWARD,
     "deferred in May; Serious Violence Duty grant"),
    ("Domestic homicide review (Adult F)", "Independent chair", "Group", "Dec 2023", DHR_ADULT_F, DHR_ADULT_F,
     ""),
    ("Neighbourhood Watch relaunch", "Cwmdderw Neighbourhood Watch", "Officer", "Jan 2024", WATCH_RELAUNCH,
     WATCH_RELAUNCH, ""),
)  # fmt: skip


def write_annual_report_2324(path: Path) -> Path:
    furniture = Furniture(
        "Glynmorlan Community Safety Partnership \u2013 Annual Report 2023-24",
        label="Annual Report 2023-24 \u00b7 Adroddiad Blynyddol 2023-24",
        opening="band",
        foot="Page {n} of {total} \u00b7 Tudalen {n} o {total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_2324, GLYNMORLAN), furniture)


def _story() -> list[Flowable]:
    assert sum(a[5] for a in AWARDS) == COMMITTED_2324
    return [*_foreword(), *_how(), *_awards(), *_money()]


def _foreword() -> list[Flowable]:
    numbers = [
        ["The year in numbers", ""],
        ["Awards from the Community Safety Fund", str(len(AWARDS))],
        ["Awarded, after later changes", pounds(COMMITTED_2324)],
        ["Spent by partners from their own budgets and the fund together", PARTNERS_TOTAL],
        ["Victims at high risk supported by IDVAs", "438"],
        ["Weekends of Operation Lantern", "8"],
    ]
    return [
        Spacer(1, 14),
        p("Annual Report 2023-24", TITLE),
        p("1 April 2023 to 31 March 2024 \u00b7 published July 2024", SUBTITLE),
        Spacer(1, 4),
        notice(),
        p("Foreword from the Chair", H1),
        p(
            f"I became Chair of the Strategic Group at our annual meeting on 21 May 2024, when the chair "
            f"passed back to the Council under our terms of reference. I took over from {CHAIR_DEC23}, who "
            "stays with us as Vice-Chair. I also succeeded "
            f"{CHAIR_2223} as the Council's Cabinet Member for Communities and Safety in May 2024, and I "
            "thank her for six years on the Group."
        ),
        p(
            f"The year this report covers had three chairs. {CHAIR_2223} chaired until the annual meeting on "
            f"16 May 2023, when the chair passed to {CHAIR_MAY23}. He moved to force headquarters at the end "
            f"of September 2023, and {CHAIR_DEC23}, who succeeded him as commander of the Glynmorlan basic "
            "command unit on 2 October 2023, chaired the Group for the rest of the year."
        ),
        p(
            "It was the year the Serious Violence Duty took hold, the year a knife attack in Pontgarreg "
            "tested "
            "how fast we could act, and the year we set new priorities for 2024 to 2027."
        ),
        p(f"{CHAIR_2425}, Chair, Glynmorlan Community Safety Partnership, July 2024", SMALL),
        Spacer(1, 6),
        lined(numbers, [WIDTH - 110, 110], figs=(1,)),
        NextPageTemplate("notes"),
        PageBreak(),
    ]


def _how() -> list[Flowable]:
    side = [
        p("Key facts", NOTE_H),
        p(f"{POPULATION:,}", NOTE_BIG),
        p("people live in the county borough (mid-2022 estimate)", NOTE),
        p(pounds(AVAILABLE_2324), NOTE_BIG),
        p("in the Community Safety Fund for 2023-24", NOTE),
        p(kpounds(DCG_LIMIT), NOTE_BIG),
        p("the most the Delivery and Commissioning Group can award from April 2024", NOTE),
        p(kpounds(HEAD_LIMIT), NOTE_BIG),
        p("the most the Head of Community Safety can approve alone", NOTE),
        p("5", NOTE_BIG),
        p("meetings of the Strategic Group a year from April 2024", NOTE),
        p("Contact", NOTE_H),
        p(f"{HEAD}, Head of Community Safety, Civic Centre, Pontgarreg", NOTE),
    ]
    fate = [
        ["Priority 2021-24", "From April 2024"],
        [PRIORITIES_OLD[0], "Continues as priority 1 (VAWDASV)"],
        [PRIORITIES_OLD[1], "Anti-social behaviour folded into priority 3; neighbourhood crime followed by "
         "the police"],
        [PRIORITIES_OLD[2], "Led by the Dyfnant Area Planning Board"],
        [PRIORITIES_OLD[3], "Led by the Public Services Board's cohesion programme"],
    ]  # fmt: skip
    return [
        *side,
        FrameBreak(),
        p("1. How the partnership works", H1),
        p(
            "The Glynmorlan Community Safety Partnership brings together the five responsible authorities "
            "\u2013 the County Borough Council, Dyfnant Police, Dyfnant Fire and Rescue Service, Cwm Teifion "
            "University Health Board and the Probation Service \u2013 with the Commissioner's office, youth "
            "justice, Public Health Wales, the Area Planning Board, Cartrefi Morlan, Morlan Valleys Women's "
            "Aid and the voluntary sector."
        ),
        p(
            "New terms of reference took effect on 1 April 2024. The Strategic Group now meets "
            f"{MEETINGS}, and a meeting is quorate when {QUORUM} are present. The Delivery and Commissioning "
            f"Group, chaired by {DCG_CHAIR}, decides bids of up to {pounds(DCG_LIMIT)}, and the Head of "
            f"Community Safety may approve up to {pounds(HEAD_LIMIT)}; larger bids, and any bid for more "
            "than "
            "one year, go to the Strategic Group."
        ),
        p("2. Our priorities for 2024-27", H1),
        p(
            "The Strategic Assessment 2023 led the Group, on 12 December 2023, to replace the four "
            "priorities "
            "of 2021-24 with three:"
        ),
        *(p(f"<b>{i}.</b>&nbsp;&nbsp;{t}", TEXT) for i, t in enumerate(PRIORITIES_NEW, 1)),
        p("What became of the 2021-24 priorities", H2),
        lined(fate, [MAIN * 0.48, MAIN * 0.52]),
        NextPageTemplate("one"),
        PageBreak(),
    ]


def _awards() -> list[Flowable]:
    rows = [["Project", "Delivered by", "Route", "Decided", "Asked", "Final award", "Later"]]
    for name, org, route, when, asked, final, later in AWARDS:
        rows.append([name, org, route, when, kpounds(asked), kpounds(final), later])
    rows.append(["<b>Total</b>", "", "", "", "", f"<b>{kpounds(COMMITTED_2324)}</b>", ""])
    return [
        p("3. What we funded in 2023-24", H1),
        p(
            "Every award from the Community Safety Fund in 2023-24, in thousands of pounds. Route: Group = "
            "the Strategic Group; DCG = the Delivery and Commissioning Group; Officer = the Head of "
            "Community "
            "Safety under delegated powers; Urgent = an urgent decision of the Vice-Chair and another "
            "responsible authority."
        ),
        banded(rows, [98, 98, 38, 50, 44, 58, WIDTH - 386], figs=(4, 5), total=True),
        Spacer(1, 6),
        p(
            "Bids we did not fund included lighting for Tregwilym Park and CCTV at Cwmdderw skate park, both "
            "capital works, and a two-year bid for the Blaenrhos Youth Bus, declined in December until the "
            "project can show what its first year achieved.",
            SMALL,
        ),
        NextPageTemplate("two"),
        PageBreak(),
    ]


def _money() -> list[Flowable]:
    budget = [
        ["", "2023-24"],
        ["Commissioner's community safety grant", pounds(GRANT_2324)],
        ["Council contribution", pounds(COUNCIL_2324)],
        ["Serious Violence Duty grant", pounds(SVD_2324)],
        ["Brought forward", pounds(BF_2324)],
        ["<b>Available</b>", f"<b>{pounds(AVAILABLE_2324)}</b>"],
        ["Spent", pounds(SPENT_2324)],
        ["Duty grant returned", pounds(SVD_RETURNED)],
        ["<b>Carried forward</b>", f"<b>{pounds(CARRIED_2324)}</b>"],
    ]
    return [
        p("4. The money", H1),
        p(
            f"The partners together spent about {PARTNERS_TOTAL} on community safety in Glynmorlan in "
            "2023-24, most of it from their own budgets; the Community Safety Fund is the part they "
            "decide on "
            "together."
        ),
        lined(budget, [COLUMN - 64, 64], figs=(1,)),
        Spacer(1, 4),
        p(
            f"The ring-fenced Serious Violence Duty grant paid for Operation Lantern and the Pathways Cymru "
            f"mentoring; the {pounds(SVD_RETURNED)} left of it went back to the Commissioner at the year "
            "end. "
            f"About \u00a30.03m of the general fund is carried into 2024-25."
        ),
        p("5. Stories from the year", H1),
        p("Operation Lantern", H2),
        p(
            "After a young man was stabbed in Bridge Street in September, the Vice-Chair and the Fire and "
            "Rescue Service approved just under five thousand pounds within twelve days for a CCTV tower and "
            "bleed control kits. No knife offence was recorded in the zone over the eight weekends."
        ),
        p("Mentors for children at risk", H2),
        p(
            "Pathways Cymru first asked for sixteen thousand pounds in May. The Group waited for the Serious "
            "Violence Duty grant, and in December awarded twelve thousand four hundred pounds for mentors "
            "working with 14 children referred by the Youth Justice Service."
        ),
        p("Christmas in the Safe Space", H2),
        p(
            "The Safe Space hub opened on every night between 22 December and 1 January for the first time. "
            "The Group raised its award to the eleven thousand two hundred pounds first asked for."
        ),
        p("6. Domestic homicide reviews", H1),
        p(
            "The review into the death of Adult D was sent to the Home Office in February 2024. A review "
            "into "
            f"the death of Adult F began in December 2023, with {pounds(DHR_ADULT_F)} approved for it."
        ),
        p("7. Looking ahead to 2024-25", H1),
        p(
            f"The Commissioner's grant for 2024-25 is {pounds(GRANT_2425)}, the Serious Violence Duty grant "
            f"{pounds(SVD_2425)} and the Council's contribution {pounds(COUNCIL_2425)}, down from "
            f"{pounds(COUNCIL_2324)}. At its annual meeting on 21 May 2024 the Group awarded "
            f"{pounds(IDVA_2425)} to Morlan Valleys Women's Aid for the IDVA service in 2024-25."
        ),
    ]
