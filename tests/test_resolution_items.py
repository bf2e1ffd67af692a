"""A resolution's lettered items typed to the margin: each item's wrapped lines stay with it, after a
colon giving a reason too, and "to decline" / "to defer" say what was decided; a schedule's declined
row is of the sum its "Requested" column gives."""

from __future__ import annotations

from pathlib import Path

from ingest.facts.decisions import extract_funding
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import make_pdf

LINES = [
    "Harrowfield Safety Board: minutes of the meeting held on 4 March 2025",
    "",
    "HB/25/09 Bids for 2025/26",
    "Six bids were scored against the Board's priorities for the three years from April 2025.",
    "AGREED:",
    "(i) £8,200 to Brackley Youth Club for detached youth work on the estates north of the river;",
    "(ii) to decline the bid of £9,000 from Harlow Rugby Club for fencing round its car park:",
    "capital works are not funded;",
    "(iii) to defer the bid of £14,500 from Norbridge Retail Watch for a store liaison officer to",
    "the June meeting, pending a contribution from the town's retailers in the spring and summer;",
    "(iv) to set aside £6,000 for the small grants round in the autumn, for bids up to £1,500.",
]


def test_lettered_items_keep_their_wrapped_lines_after_a_colon_giving_a_reason(
    tmp_path: Path,
) -> None:
    path = make_pdf(tmp_path / "minutes.pdf", [LINES])
    blocks = clean_pages(read_pdf(path, path.name).pages)[0].blocks
    assert [b.text for b in blocks if b.kind == "bullet"] == [
        "£8,200 to Brackley Youth Club for detached youth work on the estates north of the river;",
        "to decline the bid of £9,000 from Harlow Rugby Club for fencing round its car park: capital works "
        "are not funded;",
        "to defer the bid of £14,500 from Norbridge Retail Watch for a store liaison officer to the June "
        "meeting, pending a contribution from the town's retailers in the spring and summer;",
        "to set aside £6,000 for the small grants round in the autumn, for bids up to £1,500.",
    ]


def test_a_resolution_to_decline_a_bid_declines_it(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "minutes.pdf", [LINES])
    pdf = read_pdf(path, path.name)
    found = {
        d.amount: (d.outcome, d.lead)
        for d in extract_funding(path.name, pdf.pages, clean_pages(pdf.pages), "2024-25", "", "minutes")
    }
    assert found[9_000] == ("declined", "Harlow Rugby Club")
    assert found[14_500] == ("deferred", "Norbridge Retail Watch")
    assert found[8_200][0] == "approved"


def test_a_declined_rows_sum_is_the_one_its_requested_column_gives(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "schedule.pdf",
        [
            [
                "Harrowfield Safety Board grants schedule 2024-25",
                "",
                "Ref | Project | Lead organisation | Requested | Decision | Awarded",
                "HG-01 | Night bus marshals | Harrowfield Council | £6,500 | Approved | £6,500",
                "HG-02 | Car park barrier | Quayside Traders | £11,200 | Declined (capital) | –",
                "HG-03 | Youth boxing | Fenwold Youth Trust | £4,300 | Deferred | –",
            ]
        ],
    )
    pdf = read_pdf(path, path.name)
    decisions = extract_funding(path.name, pdf.pages, clean_pages(pdf.pages), "2024-25", "", "other")
    found = [(d.item, d.outcome, d.amount) for d in decisions]
    assert found == [
        ("Night bus marshals", "approved", 6_500),
        ("Car park barrier", "declined", 11_200),
        ("Youth boxing", "deferred", 4_300),
    ]
