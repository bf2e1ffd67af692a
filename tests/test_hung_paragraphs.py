"""Paragraphs numbered in a margin of their own, with an action column of initials at the right: read
as paragraphs, not as a table of single lines; the decisions they record; quotes from them checked
against the page; and a sum set against its label by a dot leader, read as a row."""

from __future__ import annotations

from pathlib import Path

from assistant.answering.quotes import quote_on_page
from assistant.app.viewer import quote_spans
from ingest.facts.decisions import extract_funding
from ingest.parse.clean import _blocks, clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import place_pdf

NUMBER_X, TEXT_X, ACTION_X = 50, 110, 500


def _lines(rows: list[tuple[str, str, str]], top: float = 790) -> list[tuple[float, float, str]]:
    """Lines down a page: each a hung number (or ""), its text and an owner's initials (or "")."""
    placed: list[tuple[float, float, str]] = []
    for at, (number, text, owner) in enumerate(rows):
        y = top - 14 * at
        placed += [(x, y, s) for x, s in ((NUMBER_X, number), (TEXT_X, text), (ACTION_X, owner)) if s]
    return placed


MINUTES = [
    ("", "Fictional document for software testing. Board minutes, 11 July 2023", ""),
    ("4", "Annual business", ""),
    ("4.1", "The Board will meet four times a year. Between meetings the Chair may", "GL"),
    ("", "approve an urgent bid of up to £3,000 after consulting the Vice-Chair.", ""),
    ("5", "Community Safety Fund", ""),
    ("5.1", "The Fund holds £61,760 for 2023-24, of which £15,000 is committed to the", ""),
    ("", "Community Safety Officer post.", ""),
    ("5.2", "RESOLVED:", "GL"),
    ("", "(i) that Meadowgate Domestic Abuse Service, which sought £14,000 for a", ""),
    ("", "Stalking Advocacy Pilot, be awarded £11,200 to run it for nine months;", ""),
    ("", "(ii) that the bid of £6,300 from the Rural Crime Team for Kettlewick Farm", ""),
    ("", "Watch be deferred to the November meeting.", ""),
    ("6", "Performance", ""),
    ("6.1", "Members asked for stalking offences to be shown separately in future", "RT"),
    ("", "performance reports.", ""),
]


def _minutes(tmp_path: Path) -> Path:
    return place_pdf(tmp_path / "minutes-2023-07-11.pdf", [_lines(MINUTES)])


def test_hung_numbers_and_their_lines_are_paragraphs_and_titles_without_the_initials(tmp_path: Path) -> None:
    path = _minutes(tmp_path)
    blocks = [(b.kind, b.text) for b in clean_pages(read_pdf(path, path.name).pages)[0].blocks]
    assert blocks[1:] == [
        ("heading", "4 Annual business"),
        (
            "para",
            "4.1 The Board will meet four times a year. Between meetings the Chair may approve an urgent "
            "bid of up to £3,000 after consulting the Vice-Chair.",
        ),
        ("heading", "5 Community Safety Fund"),
        (
            "para",
            "5.1 The Fund holds £61,760 for 2023-24, of which £15,000 is committed to the Community "
            "Safety Officer post.",
        ),
        (
            "para",
            "5.2 RESOLVED: (i) that Meadowgate Domestic Abuse Service, which sought £14,000 for a Stalking "
            "Advocacy Pilot, be awarded £11,200 to run it for nine months; (ii) that the bid of £6,300 "
            "from the Rural Crime Team for Kettlewick Farm Watch be deferred to the November meeting.",
        ),
        ("heading", "6 Performance"),
        (
            "para",
            "6.1 Members asked for stalking offences to be shown separately in future performance reports.",
        ),
    ]


def test_the_resolutions_decide_the_sum_awarded_not_the_sum_sought_nor_a_power_or_a_holding(
    tmp_path: Path,
) -> None:
    path = _minutes(tmp_path)
    pdf = read_pdf(path, path.name)
    found = {
        (d.item, d.amount, d.outcome)
        for d in extract_funding(
            path.name, pdf.pages, clean_pages(pdf.pages), "2023-24", "2023-07-11", "minutes"
        )
    }
    assert found == {
        ("Stalking Advocacy Pilot", 11_200, "approved"),
        ("Kettlewick Farm Watch", 6_300, "deferred"),
    }


def test_a_quote_leaving_out_the_initials_beside_its_lines_is_on_the_page(tmp_path: Path) -> None:
    page = read_pdf(_minutes(tmp_path), "m.pdf").pages[0].text
    quote = "6.1 Members asked for stalking offences to be shown separately in future performance reports."
    assert quote_on_page(quote, page)
    assert not quote_on_page("6.1 Members asked for stalking offences in future performance reports.", page)


BUDGET = [
    (50, 790, "Fictional document for software testing. Money"),
    (50, 770, "Carried forward from 2023-24  . . . . . . . . . . . . . . . . . . . . . . . ."),
    (420, 770, "£7,310"),
    (50, 756, "Money available  . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ."),
    (420, 756, "£67,310"),
    (50, 736, "Signed as a correct record: ........................ (Chair)"),
]


def test_a_dot_leader_sets_a_label_and_its_sum_apart_as_a_row_and_quotes_read_across_it(
    tmp_path: Path,
) -> None:
    path = place_pdf(tmp_path / "report.pdf", [BUDGET])
    page = read_pdf(path, path.name).pages[0]
    blocks = [(b.kind, b.text) for b in clean_pages([page])[0].blocks]
    assert ("row", "Money available\t£67,310") in blocks
    assert ("row", "Carried forward from 2023-24\t£7,310") in blocks
    # Dots before words are a blank to sign on, not a leader.
    assert any(text.startswith("Signed as a correct record: ........") for _, text in blocks)
    assert quote_on_page("Money available\t£67,310", page.text)
    [(start, end)] = quote_spans(page.text, "Money available\t£67,310")  # the viewer marks it
    assert page.text[start:end].startswith("Money available  . . .")
    assert page.text[start:end].endswith(". .                                  £67,310")


def test_a_title_numbered_in_capital_roman_and_run_out_with_dots_is_a_heading(tmp_path: Path) -> None:
    lines = [
        "Fictional document for software testing. Terms of reference",
        "II.  Meetings and quorum      . . . . . . . . . . . . . . . . . . . .",
        "II.1  Frequency",
        "The Board meets four times a year, in March, June, September and December.",
        "II.2  Quorum",
        "A meeting is quorate when five members are present.",
        "III.  Review      . . . . . . . . . . . . . . . . . . . . . . . . .",
        "This document will be reviewed by June 2025.",
    ]
    path = place_pdf(tmp_path / "terms.pdf", [[(50, 790 - 14 * at, text) for at, text in enumerate(lines)]])
    page = read_pdf(path, path.name).pages[0]
    blocks = [(b.kind, b.text) for b in clean_pages([page])[0].blocks]
    assert blocks[1:] == [
        ("heading", "II.  Meetings and quorum"),
        ("heading", "II.1  Frequency"),
        ("para", "The Board meets four times a year, in March, June, September and December."),
        ("heading", "II.2  Quorum"),
        ("para", "A meeting is quorate when five members are present."),
        ("heading", "III.  Review"),
        ("para", "This document will be reviewed by June 2025."),
    ]
    # A quote that runs from the title into its text reads across the dots.
    assert quote_on_page("Review This document will be reviewed by June 2025.", page.text)


def test_a_lone_numbered_title_is_a_heading_and_numbered_rows_stay_a_table(tmp_path: Path) -> None:
    lines = [
        (50, "Fictional document for software testing. Strategic assessment"),
        (50, "4@Recommendations"),
        (50, "The Analysis Unit recommends that the Board sets up a problem-solving group."),
        (50, ""),
        (50, "Priorities in order"),
        (50, "1@Domestic abuse"),
        (50, "2@Serious violence"),
        (50, ""),
        (50, "6@On 12 March 2024, acting on the"),
        (50, "assessment, the Board agreed its priorities."),
    ]
    placed = []
    for at, (x, text) in enumerate(lines):
        number, _, title = text.rpartition("@")
        placed += [(x, 790.0 - 14 * at, number), (TEXT_X, 790.0 - 14 * at, title)] if number else []
        placed += [] if number or not text else [(x, 790.0 - 14 * at, text)]
    path = place_pdf(tmp_path / "assessment.pdf", [placed])
    blocks = [(b.kind, b.text) for b in clean_pages(read_pdf(path, path.name).pages)[0].blocks]
    assert ("heading", "4 Recommendations") in blocks
    # Numbered lines next to each other are a table's rows; a line whose words go on is no title.
    assert ("row", "1\tDomestic abuse") in blocks and ("row", "2\tSerious violence") in blocks
    assert not any(kind == "heading" and text.startswith("6 On 12 March") for kind, text in blocks)


def test_a_number_set_apart_from_its_text_whose_lines_go_back_to_the_margin_numbers_a_paragraph() -> None:
    # "5.1   A meeting is ..." then lines at the margin: one paragraph, not a row and a paragraph.
    lines = [
        "5   Quorum",
        "",
        "5.1   The Board may hold a meeting when four of its members are present, one of them from the",
        "council and one from the police, and a deputy counts as a member.",
        "",
        "5.2   From 1 May 2025 an application needs a mark of",
        "18 out of 30 or more; before then it needed 16.",
        "",
        "6.1   Fourth round   £4,000   £3,500",
        "held back for the winter",
    ]
    assert [(b.kind, b.text) for b, _ in _blocks(lines)] == [
        ("row", "5\tQuorum"),
        (
            "para",
            "5.1 The Board may hold a meeting when four of its members are present, one of them from the "
            "council and one from the police, and a deputy counts as a member.",
        ),
        (
            "para",
            "5.2 From 1 May 2025 an application needs a mark of 18 out of 30 or more; before then it "
            "needed 16.",
        ),
        ("row", "6.1\tFourth round\t£4,000\t£3,500"),
        ("para", "held back for the winter"),
    ]
