"""Minutes and reports as their pages set them: the bids a meeting decided listed by reference,
organisation and scheme, the sum asked set against the sum given, a rate's base set under its "per",
and a foreword's signature naming the chair."""

from __future__ import annotations

from pathlib import Path

from ingest.facts.decisions import extract_funding
from ingest.facts.roles import extract_roles
from ingest.parse.blocks import Block, CleanPage
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from ingest.parse.tables import read_tables
from tests.pdfs import make_pdf


def _pages(path: Path) -> list[CleanPage]:
    return clean_pages(read_pdf(path, path.name).pages)


MINUTES = [
    "Northby CSP Strategy Group: minutes, 21 June 2023 (fictional)",
    "",
    "SG 23/19 | Annual Report 2022/23",
    "The fund ended the year with £12,860 unspent, which is carried forward.",
    "",
    "SG 23/20 | Northby Safety Fund: first round",
    "Five bids were received by the closing date. AGREED:",
    "• NSF23-01, Lantern Women's Aid, IDVA outreach in rural areas: approved, £14,000;",
    "• NSF23-04, Thornley Parish Council, skate park lighting (£12,000): declined, as capital works;",
    "• NSF23-03, Northby Constabulary, trail cameras: approved, £8,900, to be revisited if the",
    "  rural crime fund pays for the cameras.",
    "• NSF23-05, Northby Street Angels, Safe Space for the town (£6,200): deferred until a venue is found.",
]


def test_bids_listed_by_reference_organisation_and_scheme_are_named_by_scheme(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "minutes.pdf", [MINUTES])
    pdf = read_pdf(path, path.name)
    found = extract_funding(path.name, pdf.pages, clean_pages(pdf.pages), "2023-24", "2023-06-21", "minutes")
    assert [(d.item, d.lead, d.amount, d.outcome, d.page) for d in found] == [
        ("IDVA outreach in rural areas", "Lantern Women's Aid", 14_000, "approved", 1),
        ("Skate park lighting", "Thornley Parish Council", 12_000, "declined", 1),  # the sum asked
        ("Trail cameras", "Northby Constabulary", 8_900, "approved", 1),
        # Read the way the list reads, though "Street Angels" says nothing of an organisation.
        ("Safe Space for the town", "Northby Street Angels", 6_200, "deferred", 1),
    ]  # and the money left unspent is no decision


def test_a_rates_base_under_its_per_is_the_lower_level_of_the_header() -> None:
    raw = [
        (Block("row", "Rate per\tASB incidents"), ((77, 85), (94, 107))),
        (
            Block("row", "Ward\tPopulation\tCrimes 2022\t1,000\t2022\tRank"),
            ((2, 6), (35, 45), (53, 64), (81, 86), (106, 110), (114, 118)),
        ),
        (
            Block("row", "Central\t9,850\t1,412\t143.4\t498\t1"),
            ((2, 9), (43, 48), (61, 66), (81, 86), (107, 110), (117, 118)),
        ),
        (
            Block("row", "Millbeck\t11,420\t806\t70.6\t362\t3"),
            ((2, 10), (42, 48), (63, 66), (82, 86), (107, 110), (117, 118)),
        ),
    ]
    blocks, _ = read_tables(raw, None)
    assert blocks[2].header == (
        "Ward",
        "Population",
        "Crimes 2022",
        "Rate per 1,000",
        "ASB incidents 2022",
        "Rank",
    )
    assert blocks[2].cells == ("Central", "9,850", "1,412", "143.4", "498", "1")


def test_a_forewords_signature_names_the_chair_on_the_documents_day(tmp_path: Path) -> None:
    lines = [
        "Northby CSP Annual Report 2023-24 (fictional)",
        "",
        "I was elected Chair in June 2024, so this report tells of a year my predecessor led.",
        "",
        "Cllr Howard Pilling",
        "Chair, Northby CSP Strategy Group",
        "",
        "Cllr Ann Hollis",
        "Chair of the Partnership, 2021 to 2024",
    ]
    path = make_pdf(tmp_path / "ar.pdf", [lines])
    found = extract_roles("ar.pdf", _pages(path), "2024-07-17")
    # A term of years signed with is no one day's.
    assert [(h.role, h.name, h.date) for h in found] == [
        ("chair", "Cllr Howard Pilling", "2024-07-17"),
        ("chair", "Cllr Ann Hollis", ""),
    ]


def test_the_sum_asked_set_against_the_sum_given_is_the_bids_ask(tmp_path: Path) -> None:
    lines = [
        "Northby CSP Strategy Group: record of meeting, 11 October 2023 (fictional)",
        "",
        "The Group agreed to fund the Safe Space at £5,750 against the £6,200 first asked.",
    ]
    path = make_pdf(tmp_path / "record.pdf", [lines])
    pdf = read_pdf(path, path.name)
    found = extract_funding(path.name, pdf.pages, clean_pages(pdf.pages), "2023-24", "2023-10-11", "minutes")
    assert [(d.item, d.amount, d.asked) for d in found] == [("Safe Space", 5_750, 6_200)]
