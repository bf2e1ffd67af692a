"""Partnership AH's Annual Report 2024-25 (July 2025): Helvetica with DejaVu Serif Bold headings under the
district council's letterhead, a foot "Rushbeck CSP Annual Report 2024/25 | Page n of total" centred. Page 1
the Chair's introduction (who chaired and who was Vice-Chair when, both re-elected in June 2025) and the year
in brief; page 2 on the "aside" template (a mist column of key facts at the right) how the partnership works
from April 2025, the three priorities for 2025-28 as a numbered list and a ledger of what became of the four
old ones; every award of the year in £k on a landscape page with the route and what happened to it later;
then the money in £, stories restating awards in words, domestic homicide reviews and the year ahead with
the Commissioner's grant for 2025-26 indicated and confirmed and a decision of June 2025 told only here."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Spacer

from evals.archive.common import Meta
from evals.archive.names import RUSHBECK
from evals.archive.rushbeck_facts import (
    ANALYST_POST,
    ASB_AMENDED,
    ASB_ASK,
    ASB_AWARD,
    AVAILABLE_2425,
    BF_2425,
    CARRIED_2425,
    CHAIR,
    DHR_M,
    DHR_M_PAID,
    DISTRICT_2425,
    DISTRICT_2526,
    FINAL_2425,
    GRANT_2425,
    GRANT_2526,
    GRANT_2526_INDICATED,
    IDVA,
    IDVA_2526,
    KICKSTART,
    KICKSTART_ASK,
    MANAGER,
    MARSHALS_ASK,
    MARSHALS_AWARD,
    MARSHALS_FINAL,
    MARSHALS_RETURNED,
    MEETINGS,
    MENTOR_ASK,
    MENTOR_AWARD,
    NALOXONE,
    OFFICER_LIMIT,
    PAID_2425,
    PANEL_LIMIT,
    PANEL_POT_2526,
    PASS_MARK_NEW,
    PASTORS,
    PASTORS_ASK,
    POPULATION,
    PRIORITIES_NEW,
    PRIORITIES_OLD,
    QUORUM,
    SANCTUARY,
    SHOPWATCH,
    SIGNS,
    VICE,
    VICE_OLD,
)
from evals.archive.rushbeck_layout import (
    AR,
    AR_ASIDE,
    AR_ASIDE_BIG,
    AR_ASIDE_H,
    AR_H1,
    AR_H2,
    AR_LEDGER,
    AR_PLUM,
    AR_SMALL,
    AR_TITLE,
    LAND,
    MAIN,
    WIDTH,
    Furniture,
    kpounds,
    ledger,
    notice,
    p,
    plum,
    pounds,
)
from evals.archive.rushbeck_layout import render as render_pages

TITLE_2425 = "Rushbeck Community Safety Partnership Annual Report 2024-25"

# Awards of 2024-25: project, organisation, route, when, asked, final award, what happened later.
AWARDS: tuple[tuple[str, str, str, str, int, int, str], ...] = (
    ("IDVA service", "Rushbeck Safe Haven", "Board", "Jun 2024", IDVA, IDVA, ""),
    ("ASB caseworker", "Rushbeck District Council", "Board", "Jun 2024", ASB_ASK, ASB_AMENDED,
     f"first {kpounds(ASB_AWARD)}; cut in January: post vacant for three months"),
    ("Partnership analyst", "Harlshire County Council", "Board", "Jun 2024", ANALYST_POST, ANALYST_POST, ""),
    ("Night Safe Marshals", "Rushbeck Town Centre BID", "Board", "Jun 2024", MARSHALS_ASK, MARSHALS_FINAL,
     f"first {kpounds(MARSHALS_AWARD)} to December; extended to March by decision note DN 2024/07; "
     f"{kpounds(MARSHALS_RETURNED)} unspent"),
    ("Street Pastors", "Eastwold Churches Together", "Panel", "Sep 2024", PASTORS_ASK, PASTORS, ""),
    ("Step Up mentoring", "Harlshire Youth Trust", "Panel", "Sep 2024", MENTOR_ASK, MENTOR_AWARD,
     "deferred by the Board in June; smaller bid to the Panel"),
    ("Neighbourhood Watch signs", "Sandling Green Neighbourhood Watch", "Officer", "Sep 2024", SIGNS, SIGNS,
     ""),
    ("Naloxone peer training", "Harlshire Recovery Network", "Panel", "Sep 2024", NALOXONE, NALOXONE, ""),
    ("Sanctuary scheme", "Brookhithe Homes", "Panel", "Sep 2024", SANCTUARY, SANCTUARY, ""),
    ("Shopwatch radios", "Rushbeck Town Centre BID", "Officer", "Nov 2024", SHOPWATCH, SHOPWATCH, ""),
    ("Kickstart Nights", "Marrick Bridge Community Trust", "Board", "Jan 2025", KICKSTART_ASK, KICKSTART,
     "deferred by the Panel in September; January to March only"),
    ("Domestic homicide review (Adult M)", "Independent chair", "Board", "Jan 2025", DHR_M, DHR_M,
     f"{kpounds(DHR_M - DHR_M_PAID)} falls in 2025-26"),
)  # fmt: skip


def write_annual_report_2425(path: Path) -> Path:
    furniture = Furniture(
        "Rushbeck Community Safety Partnership",
        head_right="Annual Report 2024/25",
        label="Community Safety Partnership \u2013 Annual Report 2024/25",
        opening="letterhead",
        foot="Rushbeck CSP Annual Report 2024/25 | Page {n} of {total}",
        place="centre",
    )
    return render_pages(path, _story, Meta(TITLE_2425, RUSHBECK), furniture)


def _story() -> list[Flowable]:
    assert sum(a[5] for a in AWARDS) == FINAL_2425
    return [*_introduction(), *_how(), *_awards(), *_money()]


def _introduction() -> list[Flowable]:
    brief = [
        ["2024/25 in brief", ""],
        ["Awards from the Locality Safety Fund", str(len(AWARDS))],
        ["Awarded, after later changes", pounds(FINAL_2425)],
        ["High-risk domestic abuse victims supported by the IDVA service", "384"],
        ["People helped by the Night Safe Marshals (September to March)", "497"],
        ["Meetings of the Strategy Board", "4"],
    ]
    return [
        Spacer(1, 16),
        p("Annual Report 2024/25", AR_TITLE),
        p("Rushbeck Community Safety Partnership \u00b7 1 April 2024 to 31 March 2025 \u00b7 July 2025", AR),
        notice(),
        p("Introduction from the Chair", AR_H1),
        p(
            "I was elected Chair of the Strategy Board at our annual meeting on 11 June 2024, and members "
            "re-elected me for 2025-26 at the annual meeting on 10 June 2025. It has been a year of change "
            "for the partnership: a new strategic assessment, new priorities and new terms of reference."
        ),
        p(
            f"{VICE_OLD}, our Vice-Chair since 2021, retired from Harlshire Constabulary at the end of "
            "November "
            f"2024. In January 2025 the Board elected {VICE}, the new Rushbeck district commander, in his "
            "place, and she was re-elected Vice-Chair in June 2025. Because the Vice-Chair's post was vacant "
            "in December, one urgent decision that month was taken by me with the County Council."
        ),
        p(
            "Shop theft and violence in our town centres at night are what residents raise with us most. The "
            "Night Safe Marshals pilot, run by the Rushbeck Town Centre BID, is one answer, and I look "
            "forward "
            "to its evaluation."
        ),
        p(f"{CHAIR}, Chair, Rushbeck Community Safety Partnership", AR_SMALL),
        Spacer(1, 6),
        ledger(brief, [WIDTH - 100, 100], figs=(1,), styles=AR_LEDGER),
        NextPageTemplate("aside"),
        PageBreak(),
    ]


def _how() -> list[Flowable]:
    side = [
        p("Key facts", AR_ASIDE_H),
        p(f"{POPULATION:,}", AR_ASIDE_BIG),
        p("residents of Rushbeck district", AR_ASIDE),
        p(pounds(AVAILABLE_2425), AR_ASIDE_BIG),
        p("in the Locality Safety Fund for 2024-25", AR_ASIDE),
        p(kpounds(PANEL_LIMIT), AR_ASIDE_BIG),
        p("the most the Locality Fund Panel can award a bid from April 2025", AR_ASIDE),
        p(kpounds(OFFICER_LIMIT), AR_ASIDE_BIG),
        p("the most the Community Safety Manager can approve alone", AR_ASIDE),
        p("6", AR_ASIDE_BIG),
        p("Strategy Board meetings a year from April 2025", AR_ASIDE),
        p("Contact", AR_ASIDE_H),
        p(f"{MANAGER}, Community Safety Manager, Council Offices, Priory Walk, Rushbeck", AR_ASIDE),
    ]
    fate = [
        ["Priority 2023-26", "From April 2025"],
        [PRIORITIES_OLD[0], "Part of priority 1, violence against women and girls"],
        [PRIORITIES_OLD[1], "Town centre ASB in priority 3; other ASB through the monthly tasking group"],
        [PRIORITIES_OLD[2], "Led by the Harlshire Combating Drugs Partnership; six-monthly report"],
        [PRIORITIES_OLD[3], "Part of priority 2, serious violence"],
    ]
    return [
        p("1. How the partnership works", AR_H1),
        p(
            "The Rushbeck Community Safety Partnership brings together the six responsible authorities "
            "\u2013 "
            "Rushbeck District Council, Harlshire County Council, Harlshire Constabulary, Harlshire Fire and "
            "Rescue Service, the Probation Service and Harlshire Integrated Care Board \u2013 with the youth "
            "justice service, public health, Rushbeck Safe Haven, Brookhithe Homes, the Council for "
            "Voluntary "
            "Service and, as an adviser, the Police and Crime Commissioner's office."
        ),
        p(
            f"Version 4 of our terms of reference took effect on 1 April 2025. The Strategy Board now meets "
            f"{MEETINGS}, and a meeting is quorate when {QUORUM} are present. The Locality Fund Panel "
            "decides "
            f"bids of up to {pounds(PANEL_LIMIT)} and the Community Safety Manager may approve up to "
            f"{pounds(OFFICER_LIMIT)}. A bid must now score {PASS_MARK_NEW} out of 30 to be funded."
        ),
        p("2. Our priorities for 2025-28", AR_H1),
        p(
            "The Strategic Assessment 2024 led the Board, on 21 January 2025, to replace the four priorities "
            "of "
            "2023-26 with three:"
        ),
        *(p(f"<b>{i}.</b>&nbsp;&nbsp;{t}") for i, t in enumerate(PRIORITIES_NEW, 1)),
        p("What became of the 2023-26 priorities", AR_H2),
        ledger(fate, [MAIN * 0.45, MAIN * 0.55], styles=AR_LEDGER),
        FrameBreak(),
        *side,
        NextPageTemplate("land"),
        PageBreak(),
    ]


def _awards() -> list[Flowable]:
    rows = [["Project", "Delivered by", "Decided by", "When", "Asked", "Final award", "What happened later"]]
    for name, org, route, when, asked, final, later in AWARDS:
        rows.append([name, org, route, when, kpounds(asked), kpounds(final), later])
    rows.append(["<b>Total</b>", "", "", "", "", f"<b>{kpounds(FINAL_2425)}</b>", ""])
    return [
        p("3. What we funded in 2024/25", AR_H1),
        p(
            "Every award from the Rushbeck Locality Safety Fund in 2024/25, in thousands of pounds. Board = "
            "the Strategy Board; Panel = the Locality Fund Panel; Officer = the Community Safety Manager "
            "under "
            "delegated powers."
        ),
        plum(rows, [130, 140, 58, 56, 50, 60, LAND - 494], figs=(4, 5), styles=AR_PLUM),
        Spacer(1, 6),
        p(
            "Bids we did not fund included lighting for Fennick skate park, declined for the second time as "
            "capital works, and a bike-marking scheme that scored below the pass mark. The last payment of "
            "2023/24 to Kickstart Nights was not made, as the Trust ran only 26 of its 40 sessions.",
            AR_SMALL,
        ),
        NextPageTemplate("one"),
        PageBreak(),
    ]


def _money() -> list[Flowable]:
    budget = [
        ["", "2024/25"],
        ["Police and Crime Commissioner's grant", pounds(GRANT_2425)],
        ["District Council contribution", pounds(DISTRICT_2425)],
        ["Brought forward", pounds(BF_2425)],
        ["<b>Available</b>", f"<b>{pounds(AVAILABLE_2425)}</b>"],
        ["Paid", pounds(PAID_2425)],
        ["<b>Carried forward</b>", f"<b>{pounds(CARRIED_2425)}</b>"],
    ]
    return [
        p("4. The money", AR_H1),
        ledger(budget, [WIDTH - 160, 90], figs=(1,), styles=AR_LEDGER),
        Spacer(1, 4),
        p(
            f"Of the sum carried forward, {pounds(DHR_M - DHR_M_PAID)} is already committed to the Adult M "
            "review. No spring round of the Panel was held, so more was carried into 2025/26 than usual."
        ),
        p("5. Stories from the year", AR_H1),
        p("Night Safe Marshals", AR_H2),
        p(
            "The Board first gave the BID nine thousand eight hundred pounds for a pilot to December. With "
            "the pilot going well and no Board meeting before it ended, the Chair extended it to March, "
            "bringing the award to fourteen thousand pounds. Marshals helped 497 people over the winter."
        ),
        p("Step Up mentoring", AR_H2),
        p(
            "Harlshire Youth Trust first asked the Board for nine and a half thousand pounds. After the "
            "Board "
            "asked for its safeguarding policy, the Trust came back to the Panel with a smaller bid of five "
            "thousand pounds and mentored 17 young people in Coldharbour from October."
        ),
        p("Sanctuary in Brookhithe", AR_H2),
        p(
            "Brookhithe Homes made 18 homes safer for victims of domestic abuse so that they could stay in "
            "them, with four thousand six hundred pounds from the Panel."
        ),
        p("6. Domestic homicide reviews", AR_H1),
        p(
            "The overview report of the review into the death of Adult K was sent to the Home Office on "
            "14 October 2024. A review into the death of Adult M began in January 2025, with "
            f"{pounds(DHR_M)} "
            "approved for it."
        ),
        p("7. Looking ahead to 2025/26", AR_H1),
        p(
            f"The Commissioner indicated in January a grant of {pounds(GRANT_2526_INDICATED)} for 2025/26, "
            "and "
            f"confirmed it on 14 March 2025 at {pounds(GRANT_2526)}. The District Council's contribution "
            "falls "
            f"to {pounds(DISTRICT_2526)}."
        ),
        p(
            f"At its annual meeting on 10 June 2025 the Board awarded {pounds(IDVA_2526)} to Rushbeck Safe "
            f"Haven for the IDVA service in 2025/26 and set aside {pounds(PANEL_POT_2526)} for the Panel's "
            "two "
            "rounds, in September 2025 and February 2026."
        ),
    ]
