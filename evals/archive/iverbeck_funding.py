"""Partnership Y's Funding Framework 2024/25 for its Partnership Safety Fund (agreed on 13 March 2024),
catalogued as `other`: sections lettered "A" to "F" in brick; income in £ beside the year before with the
change (the Commissioner's grant and the district's contribution cut, the county's new); what is committed
before any bid (a reserve, the third year of an adviser, a Serious Violence Duty post); each new priority's
ring-fence in £ with its share in a two-column page; the bidding rounds; who decides by size of bid; what
the fund will not pay for; and the scoring of bids out of 100 with a threshold."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from evals.archive.common import Meta
from evals.archive.iverbeck_facts import (
    BIDDING_2425,
    CARRIED_2223,
    CARRIED_2324,
    COORDINATOR,
    COORDINATOR_LIMIT,
    COUNTY_2425,
    DISTRICT_2324,
    DISTRICT_2425,
    GRANT_2324,
    GRANT_2425,
    IDVA_2425,
    LANTERNS,
    RESERVE_2425,
    RINGFENCE_2425,
    SUBGROUP_LIMIT,
    SVD_2425,
)
from evals.archive.iverbeck_layout import (
    SMALL,
    Furniture,
    bare,
    caption,
    cover,
    dashes,
    heading,
    keyed,
    lined,
    note,
    p,
    pounds,
    render_pages,
)
from evals.archive.names import IVERBECK, IVERBECK_BOARD, IVERBECK_FUND, IVERBECK_SUBGROUP

TITLE = f"{IVERBECK}: {IVERBECK_FUND} Funding Framework 2024/25"


def write_framework(path: Path) -> Path:
    return render_pages(
        path,
        _framework,
        Meta(TITLE, IVERBECK),
        Furniture("Funding Framework 2024/25", "ICSP/PSF/2024-25", foot="PSF Framework 2024/25 \u00b7 {n}",
                  foot_at="right", band=True),
    )  # fmt: skip


def _section(letter: str, text: str) -> Flowable:
    return heading(text, letter)


def _framework() -> list[Flowable]:
    available_2324 = GRANT_2324 + DISTRICT_2324 + CARRIED_2223
    available_2425 = GRANT_2425 + DISTRICT_2425 + COUNTY_2425 + CARRIED_2324
    income = [
        ["Source", "2023/24 £", "2024/25 £", "Change £"],
        ["PFCC Community Safety Grant", bare(GRANT_2324), bare(GRANT_2425), f"{GRANT_2425 - GRANT_2324:+,}"],
        ["Iverbeck District Council", bare(DISTRICT_2324), bare(DISTRICT_2425),
         f"{DISTRICT_2425 - DISTRICT_2324:+,}"],
        ["Haslingshire County Council (Serious Violence Duty)", "0", bare(COUNTY_2425), f"{COUNTY_2425:+,}"],
        ["Carried forward from the year before", bare(CARRIED_2223), bare(CARRIED_2324),
         f"{CARRIED_2324 - CARRIED_2223:+,}"],
        ["Total", bare(available_2324), bare(available_2425), f"{available_2425 - available_2324:+,}"],
    ]  # fmt: skip
    committed = [
        ["Before any bid", "£"],
        [f"IDVA outreach in rural areas, year 3 ({LANTERNS})", bare(IDVA_2425)],
        ["County Serious Violence Duty analyst post (Iverbeck's share)", bare(SVD_2425)],
        ["Partnership reserve, held through the year", bare(RESERVE_2425)],
        ["Open to bids", bare(BIDDING_2425)],
    ]
    ringfence = [["Ring-fence", "£", "Share"]]
    for line, amount in RINGFENCE_2425:
        ringfence.append([line, bare(amount), f"{amount / BIDDING_2425 * 100:.1f}%"])
    ringfence.append(["Open to bids", bare(BIDDING_2425), "100%"])
    scoring = [
        ["Criterion", "Weight", "Points"],
        ["Fit with a 2024-27 priority", "x5", "20"],
        ["Evidence of need (local data, the 2023 assessment)", "x5", "20"],
        ["Clear outcomes and how they will be measured", "x5", "20"],
        ["Value for money", "x5", "20"],
        ["Can be delivered, with partners, within the year", "x5", "20"],
        ["Total", "", "100"],
    ]
    return [
        *cover(
            "Funding Framework 2024/25",
            f"The {IVERBECK_FUND}: money, shares, rounds and rules. Agreed by the {IVERBECK_BOARD} on 13 "
            "March "
            "2024.",
        ),
        _section("A", "Money available"),
        p(
            "The Commissioner's grant has been cut and the district council's contribution reduced, but the "
            "county council now contributes towards the Serious Violence Duty and the carried forward sum is "
            "larger than last year's, so the total is a little higher than in 2023/24."
        ),
        caption("A1. Income"),
        lined(income, (230, 80, 80, 80), figures=(1, 2, 3), total=True),
        note("The carried forward sum for 2024/25 is the provisional outturn of 2023/24."),
        caption("A2. Committed before bidding opens (agreed on 24 January 2024)"),
        lined(committed, (390, 80), figures=(1,), total=True),
        NextPageTemplate("columns"),
        PageBreak(),
        _section("B", "Shares by priority"),
        p(
            "The money open to bids is ring-fenced between the four priorities of the Partnership Plan "
            "2024-27 "
            "in proportion to the harm scores of the 2023 assessment, with a pot for small grants."
        ),
        lined(ringfence, (130, 52, 46), figures=(1, 2), total=True),
        note(
            "Shares are of the money open to bids, rounded. Any ring-fence unspent after Round 2 may be "
            "moved "
            "by the Strategy Group."
        ),
        _section("C", "Bidding rounds"),
        keyed(
            [
                ("Round 1", "opens 2 April 2024; closes 3 May 2024; decided 12 June 2024"),
                ("Round 2", "opens 1 July 2024; closes 6 September 2024; decided 9 October 2024"),
                ("Small grants", "rolling; an answer within 15 working days"),
            ],
            (62, 166),
        ),
        _section("D", "Who decides"),
        p(
            f"Bids of up to {pounds(COORDINATOR_LIMIT)} are decided by the CSP Coordinator with the Head of "
            f"Community Services; bids of up to {pounds(SUBGROUP_LIMIT)} by the {IVERBECK_SUBGROUP}, which "
            "meets monthly; larger bids by the Strategy Group in a round. Every delegated decision is "
            "reported to the next Strategy Group meeting.",
            SMALL,
        ),
        _section("E", "What the fund will not pay for"),
        dashes(
            [
                "capital works: CCTV, lighting, shelters, gates or buildings;",
                "core staff of statutory agencies;",
                "anything started or bought before a decision;",
                "drug treatment, which the county Combating Drugs Partnership funds;",
                "work already paid for by another of the Commissioner's funds.",
            ],
            SMALL,
        ),
        _section("F", "How bids are scored"),
        p(
            "Each criterion is marked 0 to 4 by the decision-maker and multiplied by five. A bid must score "
            "at "
            "least 60 out of 100 to be funded; bids that score the same are split by need.",
            SMALL,
        ),
        lined(scoring, (140, 46, 42), figures=(1, 2), total=True),
        p(f"Forms and guidance: {COORDINATOR}, CSP Coordinator, safer@iverbeck.example.", SMALL),
    ]
