"""Partnership AJ's Annual Report 2025 to 2026 (July 2026): STIX General with Bitstream Vera Bold headings on
one column, beside the verdigris "strip" down the left edge of page 1, a running head at the left on later
pages and a foot "Saltmarden CSP | Annual Report 2025 to 2026 | page n of total" in words ("page three of
five") centred. Page 1 the Chair's introduction (who has chaired since June 2025 and who has been Vice-Chair
since March 2025, both re-elected in June 2026) and the year in numbers; the four priorities for 2025-28 named
in a sentence and then as numbered "cards" with what was done under each, restating awards in words; how the
partnership works since 1 October 2025 (the new quorum and limits, the urgent power used once) and the
meetings of the year; every award of the year in a "tide" table in £000 with what happened to it later and the
bids declined; then the money and the reserve in £000, domestic homicide reviews and the year ahead with the
grant for 2026/27 indicated and then confirmed higher and a decision of June 2026 told only here."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import SALTMARDEN
from evals.archive.saltmarden_facts import (
    ANALYST_2526,
    AVAILABLE_2526,
    BF_2526,
    BREAKWATER,
    CARRIED_2526,
    CHAIR,
    CHAIR_OLD,
    COMMITTED_2526,
    DHR_2025,
    DISTRICT_2526,
    FLOODLIGHTS_ASK,
    GRANT_2526,
    GRANT_2627,
    GRANT_2627_INDICATED,
    HAVEN_2526,
    MEETINGS_2526,
    NAVIGATOR_2526,
    OFFICER_LIMIT,
    OUTREACH_2526,
    PANEL_LIMIT,
    PASS,
    PATROL_2526,
    PATROL_2627,
    PATROL_ASK_2526,
    PH_2526,
    PRIORITIES_NEW,
    QUORUM,
    RESERVE_CLOSE_2526,
    RESERVE_FLOOR,
    RESERVE_OPEN_2526,
    SHOP,
    SHOP_ASK,
    SHOP_RETURNED,
    SKERROW_CCTV_ASK,
    SMALL_JAN_2526,
    SMALL_JULY_2526,
    SPEED_SIGNS_ASK,
    SPENT_2526,
    URGENT_LIMIT,
    VICE,
    WRISTBANDS,
    YOUTH_2526,
    YOUTH_AMENDED_2526,
)
from evals.archive.saltmarden_layout import (
    AR2,
    AR2_H1,
    AR2_H2,
    AR2_SMALL,
    AR2_STYLES,
    AR2_TITLE,
    SHELL,
    WIDTH,
    Furniture,
    card,
    notice,
    p,
    panel,
    pounds,
    thousands,
    tide,
)
from evals.archive.saltmarden_layout import render as render_pages

TITLE_2526 = "Saltmarden Community Safety Partnership Annual Report 2025 to 2026"
NUMBER = AR2_H1.clone("SlAr2Number", fontSize=18, leading=20, textColor=SHELL, spaceBefore=0, alignment=1)
FIGURE = AR2_H1.clone("SlAr2Figure", fontSize=17, leading=19, spaceBefore=2, spaceAfter=0, keepWithNext=0)


def write_annual_report_2526(path: Path) -> Path:
    furniture = Furniture(
        "Saltmarden Community Safety Partnership \u00b7 Annual Report 2025 to 2026",
        label="Annual Report 2025 to 2026  \u00b7  published July 2026",
        opening="strip",
        head_place="left",
        foot="Saltmarden CSP | Annual Report 2025 to 2026 | page {word} of {total_word}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_2526, SALTMARDEN), furniture)


def _story() -> list[Flowable]:
    return [*_introduction(), *_priorities(), *_how(), *_awards(), *_money()]


def _k(amount: int) -> str:
    return thousands(amount)


def _introduction() -> list[Flowable]:
    numbers = [
        (pounds(AVAILABLE_2526), "in the Saltmarden Safer Communities Fund for 2025 to 2026"),
        ("12", "awards from the fund, and two releases from the reserve"),
        ("9%", "less anti-social behaviour on the seafront in summer 2025 than in summer 2024"),
        (pounds(RESERVE_CLOSE_2526), "in the Community Safety Reserve on 31 March 2026"),
    ]
    cells = [[p(figure, FIGURE), p(words, AR2_SMALL)] for figure, words in numbers]
    return [
        Spacer(1, 6),
        p("Annual Report 2025 to 2026", AR2_TITLE),
        p("Saltmarden Community Safety Partnership: what we did from April 2025 to March 2026", AR2),
        notice(),
        p("Introduction from the Chair", AR2_H1),
        p(
            f"This is my first annual report as Chair. I was elected on 10 June 2025, when {CHAIR_OLD} stood "
            "down from the Board on becoming Leader of Saltmarden District Council, and the Board re-elected "
            "me "
            f"at its annual meeting on 9 June 2026. {VICE} has been Vice-Chair since March 2025 and was also "
            "re-elected in June 2026.",
            AR2,
        ),
        p(
            "It was the first year of our priorities for 2025 to 2028. Shop theft, new to our priorities, "
            "now "
            "has an officer of its own, paid for with retailers. The seafront had a quieter summer, and in "
            "November we used a new power for the first time, to help the Marshfleet seafront after Storm "
            "Idris.",
            AR2,
        ),
        p(f"<i>{CHAIR}, Chair</i>", AR2_SMALL),
        p("The year in numbers", AR2_H1),
        *(f for cell in cells for f in cell),
        PageBreak(),
    ]


def _priorities() -> list[Flowable]:
    named = ", ".join(t.lower() for t in PRIORITIES_NEW[:-1])
    did = [
        f"Carrowshire Domestic Abuse Service's outreach worker, paid for with {pounds(OUTREACH_2526)} a year "
        "for two years, supported 171 victims. Ask for Angela training reached the bar staff of 23 Quayside "
        "venues.",
        "Harbour Lights youth work restarted in July after its lead worker's post was vacant for three "
        "months, "
        "so the Board cut the award to twelve thousand six hundred pounds. Summer football in Whelkby drew "
        "140 "
        "young people; two domestic homicide reviews were commissioned.",
        "The wardens' Seafront Summer Patrols worked every planned shift, the Quayside Night Haven opened "
        "for "
        "a second winter and the Small Grants Panel funded safe space evenings at Skerrow library in "
        "January.",
        "The Shop Theft Reduction Officer started in August 2025. Town centre retailers paid a quarter of "
        "the "
        "cost and reported 96 offenders to the officer by March.",
    ]
    return [
        p("Our priorities for 2025 to 2028", AR2_H1),
        p(
            f"The Board agreed four priorities in March 2025 for the three years to March 2028: {named} and "
            f"{PRIORITIES_NEW[-1].lower()}. Each has a delivery group that reports to every Board meeting.",
            AR2,
        ),
        *(
            f
            for i, (title, text) in enumerate(zip(PRIORITIES_NEW, did, strict=True), 1)
            for f in (card(str(i), [p(title, AR2_H2), p(text, AR2)], WIDTH, NUMBER), Spacer(1, 7))
        ),
        p(
            "The Strategic Intelligence Assessment 2026, on the calendar year 2025, was published in January "
            "2026. It found shoplifting down for the first time in three years and kept all four priorities.",
            AR2,
        ),
    ]


def _how() -> list[Flowable]:
    return [
        p("How we work", AR2_H1),
        p(
            "New terms of reference (version 2.0) took effect on 1 October 2025. The Leadership Board still "
            "meets quarterly, with its annual meeting in June, and a meeting is now quorate with "
            f"{QUORUM}.",
            AR2,
        ),
        p(
            f"The Board decides bids over {pounds(PANEL_LIMIT)}. The Small Grants Panel decides bids of up "
            "to "
            f"{pounds(PANEL_LIMIT)} that score at least {PASS} out of 30, and the Community Safety Manager "
            "may "
            f"award up to {pounds(OFFICER_LIMIT)} under delegated powers. When a release from the Community "
            f"Safety Reserve cannot wait for a meeting, the Chair and Vice-Chair together may release up to "
            f"{pounds(URGENT_LIMIT)}; the reserve may not fall below {pounds(RESERVE_FLOOR)}.",
            AR2,
        ),
        p(
            "The Chair and Vice-Chair used that power once, on 12 November 2025, releasing "
            f"{pounds(BREAKWATER)} "
            "for Operation Breakwater: patrols and boarding up after Storm Idris damaged beach huts and shop "
            "fronts on the Marshfleet seafront. The Board noted it on 9 December 2025.",
            AR2,
        ),
        p("Meetings in 2025 to 2026", AR2_H2),
        p(
            f"The Board met four times: {MEETINGS_2526}. Carrowshire Business Crime Partnership joined the "
            "Board as a member without a vote in October 2025.",
            AR2,
        ),
    ]


def _awards() -> list[Flowable]:
    rows = [["Ref", "Project", "Organisation", "Decided", "\u00a3000", "What happened later"]]
    rows += [
        ["L25-01", "Domestic abuse outreach worker (year 1 of 2)", "Carrowshire Domestic Abuse Service",
         "Board, Mar 2025", _k(OUTREACH_2526), "Year 2 confirmed in March 2026"],
        ["L25-02", "Seafront Summer Patrols 2025", "Saltmarden District Council", "Board, Mar 2025",
         _k(PATROL_2526), f"Asked {_k(PATROL_ASK_2526)}"],
        ["L25-03", "Harbour Lights detached youth work", "Saltmarden Youth Trust", "Board, Mar 2025",
         _k(YOUTH_AMENDED_2526), f"Cut from {_k(YOUTH_2526)} in Sep 2025 (post vacant)"],
        ["L25-04", "Custody recovery navigator", "Tidewater Recovery", "Board, Mar 2025", _k(NAVIGATOR_2526),
         "Public health money"],
        ["L25-05", "Community Safety Analyst", "Carrowshire County Council", "Board, Mar 2025",
         _k(ANALYST_2526), "-"],
        ["L25-06", "Quayside Night Haven", "Saltmarden Street Angels", "Board, Mar 2025", _k(HAVEN_2526),
         "-"],
        ["L25-07", "Shop Theft Reduction Officer", "Carrowshire Business Crime Partnership",
         "Board, Jun 2025", _k(SHOP),
         f"Deferred in Mar 2025 (asked {_k(SHOP_ASK)}); {_k(SHOP_RETURNED)} returned unspent"],
    ]  # fmt: skip
    rows += [
        [ref, project, org, "Panel, Jul 2025", _k(award), f"Asked {_k(ask)}" if ask != award else "-"]
        for ref, project, org, _, ask, award in SMALL_JULY_2526
    ]
    ref, project, org, _, award = SMALL_JAN_2526
    rows.append([ref, project, org, "Panel, Jan 2026", _k(award), "Scored 21 out of 30"])
    rows.append(["OD25-01", "Seafront child safety wristbands", "Saltmarden Surf Life Saving Club",
                 "Officer, Jul 2025", _k(WRISTBANDS), "-"])  # fmt: skip
    rows.append(["", "<b>Total awarded</b>", "", "", f"<b>{_k(COMMITTED_2526)}</b>", ""])
    return [
        PageBreak(),
        p("Awards in 2025 to 2026", AR2_H1),
        p("Every award from the fund in the year, in thousands of pounds, and what became of it.", AR2),
        tide(rows, [48, 122, 110, 70, 40, WIDTH - 390], figs=(4,), styles=AR2_STYLES, total=True),
        Spacer(1, 6),
        p("Bids we declined", AR2_H2),
        p(
            f"Floodlights for Saltmarden Town Football Club ({pounds(FLOODLIGHTS_ASK)}, March 2025) and CCTV "
            f"at Skerrow Village Hall ({pounds(SKERROW_CCTV_ASK)}, September 2025), both capital works; and "
            f"speed signs in Marshfleet ({pounds(SPEED_SIGNS_ASK)}, July 2025), as road safety is not one of "
            "our priorities.",
            AR2,
        ),
    ]


def _money() -> list[Flowable]:
    fund = [
        ["Saltmarden Safer Communities Fund 2025 to 2026", "\u00a3000"],
        ["Commissioner's grant", _k(GRANT_2526)],
        ["District Council contribution", _k(DISTRICT_2526)],
        ["Public Health Carrowshire (drug and alcohol work)", _k(PH_2526)],
        ["Brought forward from 2024 to 2025", _k(BF_2526)],
        ["<b>Available</b>", f"<b>{_k(AVAILABLE_2526)}</b>"],
        ["Awarded", _k(COMMITTED_2526)],
        ["Returned unspent (Shop Theft Reduction Officer)", _k(SHOP_RETURNED)],
        ["<b>Spent</b>", f"<b>{_k(SPENT_2526)}</b>"],
        ["<b>Carried forward to 2026 to 2027</b>", f"<b>{_k(CARRIED_2526)}</b>"],
    ]
    reserve = [
        ["Community Safety Reserve", "\u00a3000"],
        ["At 1 April 2025", _k(RESERVE_OPEN_2526)],
        ["Domestic homicide reviews 2025/01 and 2025/02 (Board, 16 September 2025)", f"-{_k(DHR_2025)}"],
        ["Operation Breakwater (Chair and Vice-Chair, 12 November 2025)", f"-{_k(BREAKWATER)}"],
        ["<b>At 31 March 2026</b>", f"<b>{_k(RESERVE_CLOSE_2526)}</b>"],
    ]
    return [
        p("The money", AR2_H1),
        tide(fund, [WIDTH - 200, 60], figs=(1,), styles=AR2_STYLES),
        Spacer(1, 8),
        tide(reserve, [WIDTH - 200, 60], figs=(1,), styles=AR2_STYLES),
        p("Domestic homicide reviews", AR2_H1),
        p(
            "Two reviews were notified to the Home Office in August 2025 and paid for from the reserve. "
            "Their "
            "independent chairs were appointed in October 2025, and both reviews are expected to go to the "
            "Home Office's quality assurance panel in the autumn of 2026.",
            AR2,
        ),
        p("The year ahead", AR2_H1),
        panel(
            [
                p(
                    "The Commissioner's letter of September 2025 indicated a grant of "
                    f"{pounds(GRANT_2627_INDICATED)} for 2026 to 2027; on 19 February 2026 the grant was "
                    f"confirmed at {pounds(GRANT_2627)}, more than indicated though still below this year's.",
                    AR2,
                ),
                p(
                    f"The Board confirmed the second year of the outreach worker, {pounds(OUTREACH_2526)}, "
                    "on "
                    f"17 March 2026, and at the annual meeting on 9 June 2026 approved {pounds(PATROL_2627)} "
                    "for the Seafront Summer Patrols 2026.",
                    AR2,
                ),
            ],
            WIDTH,
        ),
        Spacer(1, 6),
        p(
            "Contact: Community Safety Team, Saltmarden District Council, Harbour Road, Saltmarden.",
            AR2_SMALL,
        ),
    ]
