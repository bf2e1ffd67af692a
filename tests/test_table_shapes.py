"""Tables as their pages set them: two figures two spaces apart under two columns, a caption run into
the paragraph above its table, a column of kinds with a bracketed note, initials keyed in a table's
first column; and prose that names one bid after another."""

from __future__ import annotations

from pathlib import Path

from ingest.facts.decision_types import FundingDecision
from ingest.facts.decisions import extract_funding
from ingest.facts.people import extract_people
from ingest.facts.priorities import extract_priorities
from ingest.parse.blocks import Block, CleanPage
from ingest.parse.clean import _blocks, clean_pages, unspaced
from ingest.parse.pdf import read_pdf
from ingest.parse.tables import read_tables
from tests.pdfs import make_pdf


def _pages(path: Path) -> list[CleanPage]:
    return clean_pages(read_pdf(path, path.name).pages)


def _funding(path: Path, doc_type: str = "minutes") -> list[FundingDecision]:
    """The funding decisions of a PDF the test made."""
    pdf = read_pdf(path, path.name)
    return extract_funding(path.name, pdf.pages, clean_pages(pdf.pages), "2024-25", "", doc_type)


def test_two_figures_two_spaces_apart_under_two_columns_are_two_cells() -> None:
    # As layout text sets a right-aligned figure close to the next column's: "6.3  14th".
    header = Block("row", "Measure\tArea\tGroup average\tRank of 15")
    row = Block("row", "Shoplifting\t8.9\t6.3  14th")
    label = Block("row", "Town centre  (night)\t4.1\t3.2\t9th")
    raw = [
        (header, ((2, 9), (60, 70), (84, 97), (103, 113))),
        (Block("row", "All crime\t92.2\t84.7\t11th"), ((2, 11), (67, 71), (97, 101), (104, 108))),
        (row, ((2, 13), (69, 72), (98, 107))),
        (label, ((2, 22), (69, 72), (98, 101), (104, 107))),
    ]
    blocks, _ = read_tables(raw, None)
    assert blocks[2].cells == ("Shoplifting", "8.9", "6.3", "14th")
    assert blocks[3].cells == ("Town centre  (night)", "4.1", "3.2", "9th")  # words apart stay one cell


def test_a_caption_under_a_paragraph_heads_its_table(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "sa.pdf",
        [
            [
                "Table 1 Crime by ward, 2023/24",
                "",
                "Ward | Crimes | Rate per 1,000",
                "Town Centre | 2,710 | 345.7",
                "Ferrybank | 1,420 | 115.4",
                "",
                "The Town Centre ward's rate is more than three times the borough's.",
                "Table 2 Most similar group, rates per 1,000 residents, 2023/24",
                "",
                "Measure | Northby | Group average",
                "All recorded crime | 92.2 | 84.7",
                "Shoplifting | 8.9 | 6.3",
            ]
        ],
    )
    blocks = _pages(path)[0].blocks
    kinds = [(b.kind, b.text) for b in blocks if b.kind in ("heading", "para")]
    assert kinds == [
        ("heading", "Table 1 Crime by ward, 2023/24"),
        ("para", "The Town Centre ward's rate is more than three times the borough's."),
        ("heading", "Table 2 Most similar group, rates per 1,000 residents, 2023/24"),
    ]


def test_a_priority_tables_caption_under_its_introduction_keeps_the_headings_period(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "plan.pdf",
        [
            [
                "Our priorities for 2024-27",
                "",
                "The Board has agreed three priorities. The table gives the group that leads each.",
                "Priorities and lead groups",
                "Priority | Lead group",
                "Domestic abuse | VAWG Group",
                "Serious violence | Violence Group",
                "Anti-social behaviour | ASB Group",
            ]
        ],
    )
    found = extract_priorities("plan.pdf", _pages(path), "2024-25")
    assert [(s.period, [p.name for p in s.priorities]) for s in found] == [
        ("2024-27", ["Domestic abuse", "Serious violence", "Anti-social behaviour"])
    ]


def test_a_column_of_kinds_with_a_bracketed_note_is_under_its_header(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "tor.pdf",
        [
            [
                "Membership",
                "",
                "Organisation | Member | Category",
                "Northby Council | Cllr Ann Hale | Responsible authority",
                "Northby Police | Supt Raj Iyer | Responsible authority",
                "Northby Homes | Jo Marsh | Co-opted",
                "Youth Justice | Ben Okoro | Co-opted",
                "Office of the Commissioner | Ian Bell | Adviser (no vote)",
            ]
        ],
    )
    rows = [b for b in _pages(path)[0].blocks if b.kind in ("header", "row")]
    assert rows[0].kind == "header"
    assert rows[3].header == ("Organisation", "Member", "Category")
    assert rows[3].cells == ("Northby Homes", "Jo Marsh", "Co-opted")


def test_initials_keyed_in_a_tables_first_column_stand_for_the_name_beside_them(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "notes.pdf",
        [
            [
                "Who was there",
                "",
                "BA | Bronwen Alderton (CSP Manager)",
                "OB | Olusegun Bakare | Brantshire ICB",
                "",
                "BA will draft the revised terms of reference.",
            ]
        ],
    )
    people = {(p.initials, p.name, p.page) for p in extract_people("notes.pdf", _pages(path))}
    assert people == {("BA", "Bronwen Alderton", 1), ("OB", "Olusegun Bakare", 1)}  # no cell's words run on


def test_a_bid_asked_then_decided_does_not_name_the_next_decision(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "notes.pdf",
        [
            [
                "Northby Board: notes of the meeting held on 16 October 2024",
                "",
                "Thursby Boxing Club asked for £7,800 for a girls' boxing programme. The Board agreed to",
                "fund it at £6,000. The Board declined Keel Recovery Trust's bid of £6,800 for naloxone",
                "peer distribution.",
            ]
        ],
    )
    found = _funding(path)
    items = {(d.item, d.amount, d.outcome) for d in found}
    assert items == {
        ("Girls' boxing programme", 6_000, "approved"),
        ("Naloxone peer distribution", 6_800, "declined"),
    }


def test_a_title_printed_letter_spaced_is_read_as_words(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "sa.pdf",
        [
            [
                "S E C T I O N   7",
                "Recommendations",
                "",
                "R1   Adopt violence against women and girls as a priority.",
                "R2   Keep anti-social behaviour as a priority.",
            ]
        ],
    )
    blocks = _pages(path)[0].blocks
    assert (blocks[0].kind, blocks[0].text) == ("heading", "SECTION 7 Recommendations")
    assert unspaced("A B C   12,000") == "A B C   12,000"  # letters beside a figure: a row's cells
    assert unspaced("S T A N N E R L E Y   C O M M U N I T Y") == "STANNERLEY COMMUNITY"


def test_a_decisions_table_with_wrapped_cells_names_each_bid_whole(tmp_path: Path) -> None:
    # No amount column: each sum is in the decision cell, and item and decision cells wrap together.
    path = make_pdf(
        tmp_path / "decisions.pdf",
        [
            [
                "Harlow Vale Board: record of decisions",
                "",
                "Bid | Applicant | Asked | Background | Decision",
                "Mentoring for young people at | Oakfield Trust | £9,000 | Deferred in November until the"
                " | APPROVED at £7,500",
                "risk of exploitation |  |  | grant was confirmed. | from the grant",
                "Street pastors | Vale Churches | £4,000 | Paid £4,000 in June; the scheme"
                " | AMENDED: award reduced",
                "night-time patrols |  |  | ran on fewer nights. | from £4,000 to £3,100",
            ]
        ],
    )
    found = _funding(path)
    assert {(d.item, d.lead, d.amount, d.outcome, d.previous) for d in found} == {
        ("Mentoring for young people at risk of exploitation", "Oakfield Trust", 7_500, "approved", 0),
        ("Street pastors night-time patrols", "Vale Churches", 3_100, "amended", 4_000),
    }


def test_a_bid_of_a_body_for_a_sum_for_a_purpose_is_named_by_its_purpose(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "minutes.pdf",
        [
            [
                "Harlow Vale Board: minutes of the meeting held on 14 May 2024",
                "",
                "RESOLVED: to defer the bid of Oakfield Trust for £9,000 for mentoring young people at risk",
                "of exploitation until the grant agreement is signed.",
            ]
        ],
    )
    (found,) = _funding(path)
    assert (found.item, found.lead, found.amount, found.outcome) == (
        "Mentoring young people at risk of exploitation",
        "Oakfield Trust",
        9_000,
        "deferred",
    )


def test_a_funding_table_whose_header_names_a_year_is_read(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Harlow Vale Partnership annual report 2024-25",
                "",
                "Ref | Project | Lead organisation | Priority in 2024-25 | Final award",
                "HV-01 | Detached youth work | Vale Youth | Anti-social behaviour | £8,000",
                "HV-02 | Shopwatch radios | Town Traders | Retail crime | £5,250",
            ]
        ],
    )
    found = _funding(path, "annual report")
    assert {(d.item, d.lead, d.amount) for d in found} == {
        ("Detached youth work", "Vale Youth", 8_000),
        ("Shopwatch radios", "Town Traders", 5_250),
    }


def test_a_table_of_limits_in_words_is_read_under_its_header(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "terms.pdf",
        [
            [
                "Harlow Vale Partnership terms of reference",
                "",
                "Bids are decided at the level below, by the sum asked for.",
                "",
                "Who decides | Until 31 March 2024 | From 1 April 2024",
                "Community Safety Manager | up to £2,000 | up to £2,500",
                "Grants Panel | up to £8,000 | up to £10,000",
            ]
        ],
    )
    rows = [b for b in _pages(path)[0].blocks if b.kind == "row"]
    assert [(b.cells, b.header) for b in rows][-1] == (
        ("Grants Panel", "up to £8,000", "up to £10,000"),
        ("Who decides", "Until 31 March 2024", "From 1 April 2024"),
    )


def test_a_header_names_last_word_set_past_its_column_goes_on_that_name() -> None:
    # Layout text sets a header's second line in a smaller type, so its one word may begin just past
    # the column it belongs to: it goes on the nearest name, and the table keeps its header.
    lines = [
        "   Ward                    Population        Crimes      Change on previous        ASB incidents",
        "                                                                            year",
        "   Zorvale Rise                16,300         4,420                  +18.2%                1,562",
        "   Hazel End                   27,100         3,084                   +7.5%                1,211",
    ]
    blocks, _ = read_tables(_blocks(lines), None)
    assert [b.kind for b in blocks] == ["header", "header", "row", "row"]
    assert blocks[3].header == ("Ward", "Population", "Crimes", "Change on previous year", "ASB incidents")
    assert blocks[3].cells == ("Hazel End", "27,100", "3,084", "+7.5%", "1,211")
