"""Partnership AB's Annual Report 2025 to 2026, published August 2026, under an ochre band, with lettered
sections ("Section A", "C.2"): page 1 split into the new Chair's foreword and a narrow column of the year at
a glance; the Steering Group in a table at the year end with its meetings; the old priorities and the new
ones with why two of the assessment's four were merged; every bid of the year on a landscape page (asked,
first decision, later change, final sum) with the bids declined and a deferred bid approved after the year
end; then a page of two columns: the money, the year's crime against the last, the domestic homicide review
and the year ahead (the borough's contribution cut)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import WYCHBOURNE
from evals.archive.wychbourne_facts import (
    ASB,
    AVAILABLE_2526,
    AWARDS_2526,
    BOROUGH_2526,
    BOROUGH_2627,
    CHAIR,
    CHAIR_OLD,
    COMMITTED_2526,
    COUNTY_REP,
    CRIME,
    CRIME_TOTALS,
    DA_REP,
    DA_SERVICE,
    FIRE_REP,
    GRANT_2526,
    GRANT_2627,
    HEAD,
    HOUSING_REP,
    ICB_REP,
    IDVA_2627,
    LIGHTING_ASK,
    LIGHTING_GROUP,
    OPCC_REP,
    PRIORITIES_2326,
    PRIORITIES_2629,
    PROBATION,
    PUBLIC_HEALTH,
    RECOMMENDED_2629,
    RETAIL_PARK,
    RETAIL_PARK_ASK,
    STALKING_AWARD,
    SVD_2526,
    UNDERSPEND_2425,
    UNDERSPEND_2526,
    VICE,
    YJS_REP,
)
from evals.archive.wychbourne_layout import (
    CELL,
    COLUMN,
    H1,
    H2,
    LAND,
    MAIN,
    NOTE,
    SIDE,
    SIDE_BIG,
    SMALL,
    SUBTITLE,
    TITLE,
    WIDTH,
    Furniture,
    notice,
    open_table,
    p,
    pct,
    pounds,
    render,
    zebra,
)

TITLE_2526 = "Wychbourne Community Safety Partnership Annual Report 2025 to 2026"
# Crime in 2025-26 against 2024-25: measure, 2024-25, 2025-26.
YEAR_2526 = (
    ("All recorded crime", CRIME_TOTALS[2], 9702),
    ("Shoplifting", next(r[3] for r in CRIME if r[0] == "Shoplifting"), 1122),
    ("Stalking and harassment", next(r[3] for r in CRIME if r[0] == "Stalking and harassment"), 1301),
    ("Residential burglary", next(r[3] for r in CRIME if r[0] == "Burglary - residential"), 338),
    ("Anti-social behaviour incidents", ASB[2][1], 3014),
)


def write_annual_report_2526(path: Path) -> Path:
    furniture = Furniture(
        "Annual Report 2025 to 2026",
        code="ANNUAL REPORT 2025-26",
        opening="band",
        foot="Wychbourne CSP · Annual Report 2025 to 2026 · page {n}",
    )
    return render(path, _story, Meta(TITLE_2526, WYCHBOURNE), furniture, first="split")


def _glance() -> list[Flowable]:
    facts = (
        (pounds(AVAILABLE_2526), "available to spend"),
        (pounds(COMMITTED_2526), f"awarded to {len(AWARDS_2526)} projects"),
        ("4", "Steering Group meetings"),
        ("3", "Resources Sub-Group meetings"),
        (f"{YEAR_2526[0][2]:,}", f"recorded crimes ({pct(YEAR_2526[0][1], YEAR_2526[0][2])})"),
    )
    out: list[Flowable] = [p("<b>The year at a glance</b>", SIDE), Spacer(1, 4)]
    for big, small in facts:
        out += [p(big, SIDE_BIG), p(small, SIDE)]
    return out


def _story() -> list[Flowable]:
    return [
        Spacer(1, 4),
        p("Annual Report 2025 to 2026", TITLE),
        p("1 April 2025 to 31 March 2026 &middot; published August 2026", SUBTITLE),
        notice(MAIN),
        p("Section A &nbsp; Foreword", H1),
        p(
            f"This is my first report as Chair. {CHAIR_OLD}, who chaired the Steering Group for four years, "
            "left "
            "the Borough Council's cabinet at the end of November 2025. As Vice-Chair I acted as Chair from "
            "1 "
            "December, and on 3 March 2026 the Steering Group elected me Chair, with "
            f"{VICE}, the new Cabinet Member for Communities, as Vice-Chair."
        ),
        p(
            "The year closed our 2023-26 plan. Recorded crime fell for the first time in four years, but "
            "shop theft "
            "rose again and now dominates the town centre's figures. Our new strategic assessment led us to "
            "three "
            "new priorities for 2026 to 2029, set out in Section C."
        ),
        p(
            "We had less money from the Commissioner, but for the first time a ring-fenced share of the "
            "county's "
            "Serious Violence Duty funding, which we spent in full."
        ),
        p(f"<i>{CHAIR}, Chair, Wychbourne CSP Steering Group</i>", NOTE),
        p("A.1 &nbsp; Stories from the year", H2),
        p(
            "<b>Hedgerow Watch.</b> Twelve solar trail cameras went up on farm tracks around Gorsewick and "
            "Heathwold in the autumn. By March they had recorded fourteen fly-tipping incidents and two "
            "thefts of "
            "farm machinery, and led to three prosecutions."
        ),
        p(
            "<b>Sober Minds.</b> The recovery cafe in Culverton opened in January on Thursday evenings and "
            "had 412 "
            "visits by the end of March, a third of them from people new to recovery services."
        ),
        p(
            "<b>Night Lantern.</b> On Saturday nights only from October, the marshals helped 288 people home "
            "in "
            "the year and were first on scene at two serious assaults."
        ),
        FrameBreak(),
        *_glance(),
        NextPageTemplate("portrait"),
        PageBreak(),
        *_who(),
        *_priorities(),
        NextPageTemplate("landscape"),
        PageBreak(),
        *_funding(),
        NextPageTemplate("columns"),
        PageBreak(),
        *_money(),
    ]


def _who() -> list[Flowable]:
    rows = [["Organisation", "Representative", "Role"]]
    rows += [
        ["Calvershire Police", CHAIR, "Chair (elected 3 March 2026)"],
        ["Wychbourne Borough Council", VICE, "Vice-Chair (elected 3 March 2026)"],
        ["Wychbourne Borough Council", HEAD, "Head of Community Safety; chairs the Resources Sub-Group"],
        ["Calvershire County Council", COUNTY_REP, "Member"],
        ["Calvershire Fire and Rescue Service", FIRE_REP, "Member"],
        ["The Probation Service", PROBATION, "Member"],
        ["NHS Calvershire Integrated Care Board", ICB_REP, "Member"],
        ["Office of the Police and Crime Commissioner", OPCC_REP, "Adviser (non-voting)"],
        ["Calvershire Youth Justice Service", YJS_REP, "Member"],
        ["Calvershire Public Health", PUBLIC_HEALTH, "Member"],
        [DA_SERVICE, DA_REP, "Member; chairs the VAWG Delivery Group"],
        ["Wychbourne Homes", HOUSING_REP, "Member"],
    ]
    return [
        p("Section B &nbsp; Who we are", H1),
        p(
            "The Steering Group brings together the six responsible authorities under the Crime and Disorder "
            "Act "
            "1998 and six other partners. Its membership at 31 March 2026 was:"
        ),
        zebra(rows, [170, 150, WIDTH - 320]),
        p("B.1 &nbsp; Meetings in 2025 to 2026", H2),
        p(
            "The Steering Group met on 10 June 2025, 16 September 2025, 9 December 2025 and 3 March 2026; "
            "every "
            "meeting was quorate. The Resources Sub-Group met on 29 July 2025, 11 November 2025 and 10 "
            "February "
            "2026."
        ),
    ]


def _priorities() -> list[Flowable]:
    old = "; ".join(t.lower() if i else t for i, t in enumerate(PRIORITIES_2326))
    return [
        p("Section C &nbsp; Our priorities", H1),
        p("C.1 &nbsp; 2023 to 2026", H2),
        p(f"Our priorities until March 2026 were: {old}."),
        p("C.2 &nbsp; 2026 to 2029", H2),
        p(
            "The Strategic Assessment 2025 scored nine candidate issues and recommended four: "
            f"{', '.join(r.lower() for r in RECOMMENDED_2629[:-1])} and {RECOMMENDED_2629[-1].lower()}. "
            "After consulting partners and residents the Steering Group merged drug-related harm with "
            "criminal "
            "exploitation, because the same young people and supply networks run through both. From April "
            "2026 "
            "our priorities are:"
        ),
        *(p(f"<b>{i}.</b> {text}") for i, text in enumerate(PRIORITIES_2629, start=1)),
        p(
            "Serious violence and anti-social behaviour are no longer local priorities: serious violence is "
            "tackled "
            "through the county's Serious Violence Duty strategy and anti-social behaviour, which has fallen "
            "for "
            "three years, through neighbourhood policing and the Town Centre Tasking Group."
        ),
    ]


def _funding() -> list[Flowable]:
    rows = [
        ["Project", "Lead organisation", "Theme", "Asked (£)", "First decision", "Later change", "Final (£)"]
    ]
    for project, lead, theme, asked, first, later, final in AWARDS_2526:
        rows.append([project, lead, theme, f"{asked:,}", first, later, f"{final:,}"])
    rows.append(["<b>Total</b>", "", "", "", "", "", f"<b>{COMMITTED_2526:,}</b>"])
    return [
        p("Section D &nbsp; Funding in 2025 to 2026", H1),
        p(
            "Every bid funded in the year, with the first decision on it and any later change. Bids of up to "
            "£10,000 were decided by the Resources Sub-Group, larger ones by the Steering Group, and grants "
            "of up "
            "to £5,000 between rounds by the Head of Community Safety.",
            SMALL,
        ),
        zebra(rows, [138, 140, 84, 52, 140, 122, LAND - 676], figs={3, 6}, total=True),
        Spacer(1, 5),
        p(
            f"<b>Declined.</b> {RETAIL_PARK} ({pounds(RETAIL_PARK_ASK)} for security patrols, 16 September "
            "2025: "
            f"the operator's own responsibility); {LIGHTING_GROUP} ({pounds(LIGHTING_ASK)} for footpath "
            "lighting, "
            "11 November 2025: the County Council's highways responsibility).",
            SMALL,
        ),
        p(
            f"<b>After the year end.</b> The Stalking Support Clinic at {DA_SERVICE}, deferred on 3 March "
            "2026, was "
            f"approved by the Steering Group on 9 June 2026 at {pounds(STALKING_AWARD)} from 2026/27 money, "
            "once the "
            "county confirmed that its own stalking service covers only cases assessed as high risk.",
            SMALL,
        ),
    ]


def _money() -> list[Flowable]:
    budget = [
        ["2025 to 2026", "£"],
        ["Commissioner's Community Safety Grant", f"{GRANT_2526:,}"],
        ["Borough Council contribution", f"{BOROUGH_2526:,}"],
        ["Serious Violence Duty allocation (county)", f"{SVD_2526:,}"],
        ["Carried forward from 2024 to 2025", f"{UNDERSPEND_2425:,}"],
        ["<b>Available</b>", f"<b>{AVAILABLE_2526:,}</b>"],
        ["Awarded (Section D)", f"{COMMITTED_2526:,}"],
        ["<b>Carried forward to 2026 to 2027</b>", f"<b>{UNDERSPEND_2526:,}</b>"],
    ]
    crime = [["Measure", "2024-25", "2025-26", "Change"]]
    crime += [[name, f"{a:,}", f"{b:,}", pct(a, b)] for name, a, b in YEAR_2526]
    return [
        p("Section E &nbsp; The money", H1),
        open_table(budget, [COLUMN - 60, 60], figs={1}),
        p(
            "The Serious Violence Duty allocation was spent in full, on Blade Wise (£8,000) and Ringside "
            "Mentors "
            "(£4,500). Most of the underspend comes from bids approved late in the year; the Commissioner "
            "agreed "
            "on 12 February 2026 that it may be carried forward.",
            SMALL,
        ),
        p("Section F &nbsp; Crime and disorder", H1),
        open_table(crime, [COLUMN - 150, 50, 50, 50], figs={1, 2, 3}),
        p("Calvershire Police, provisional figures for the year to 31 March 2026.", NOTE),
        FrameBreak(),
        p("Section G &nbsp; Domestic homicide review", H1),
        p(
            "The review into the death of 'Elaine' in Ottersby was approved by the Steering Group on 9 "
            "December "
            "2025 and sent to the Home Office quality assurance panel. It makes seven recommendations, among "
            "them "
            "routine enquiry about abuse in GP surgeries and a stalking pathway for the county. It will be "
            "published once the panel has approved it."
        ),
        p("Section H &nbsp; The year ahead", H1),
        p(
            f"The Commissioner's grant for 2026 to 2027 is held at {pounds(GRANT_2627)}, but the Borough "
            "Council "
            f"has cut its contribution to {pounds(BOROUGH_2627)}. The IDVA post is funded for a third year "
            "at "
            f"{pounds(IDVA_2627)}. The first round of bids under the new priorities closed on 15 May 2026."
        ),
        p("Training", H2),
        p(
            "Eighty-six staff from seven partners completed stalking and coercive control training in the "
            "year, "
            "and every secondary school in the borough has now hosted Blade Wise."
        ),
        Spacer(1, 6),
        p("Approved by the Steering Group on 9 June 2026.", CELL),
    ]
