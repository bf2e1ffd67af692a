"""A table of word cells (a RAG rating table) has its header recognised, and a question naming one of
its values ("which issues were rated red") is answered with every row holding it, on its page."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.holding import rows_holding
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Passage
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import make_pdf

RAG_TABLE = [
    "Issue | Harm | Trend | RAG rating",
    "Domestic abuse | High | Rising | Red",
    "Knife crime | High | Rising | Red",
    "Rural crime | Medium | Rising | Amber",
    "Hate crime | Low | Stable | Green",
    "Burglary | Low | Falling | Green",
]
PAGES = [
    ["Northvale Strategic Assessment 2023", "", "The assessment scores each issue for harm and trend."],
    ["Recommended priorities", "", *RAG_TABLE, "", "Red issues become the partnership's priorities."],
]


@pytest.fixture(scope="module")
def rated(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Assistant:
    root = tmp_path_factory.mktemp("rated")
    make_pdf(root / "corpus" / "assessment.pdf", PAGES)
    helper = Assistant.open(Settings(corpus_dir=root / "corpus", data_dir=root / "data"), model)
    helper.ingest()
    return helper


def test_a_header_over_rows_of_repeated_word_values_is_the_tables_header(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "sa.pdf", PAGES)
    page = clean_pages(read_pdf(path, "sa.pdf").pages)[1]
    rows = [b for b in page.blocks if b.kind in ("header", "row")]
    assert [b.kind for b in rows] == ["header"] + ["row"] * 5
    assert rows[1].cells == ("Domestic abuse", "High", "Rising", "Red")
    assert rows[1].header == ("Issue", "Harm", "Trend", "RAG rating")


def test_rows_of_words_that_never_repeat_get_no_header(tmp_path: Path) -> None:
    lines = ["Chair | Maren Ashby | Council", "Vice-chair | Idris Vane | Police", "Clerk | Dana Whit | Fire"]
    (page,) = clean_pages(read_pdf(make_pdf(tmp_path / "m.pdf", [lines]), "m.pdf").pages)
    assert [b.kind for b in page.blocks] == ["row"] * 3
    assert all(b.header == () for b in page.blocks)


def test_which_rows_hold_a_value_are_all_answered_on_the_tables_page(rated: Assistant) -> None:
    answer = rated.ask("Which issues did the Northvale assessment rate red?")
    assert answer.text == "Domestic abuse — RAG rating: Red [1] Knife crime — RAG rating: Red [1]"
    assert [(c.document, c.page) for c in answer.citations] == [("assessment.pdf", 2)]
    rising = rated.ask("which issues are rising in northvale")
    assert rising.text == (
        "Domestic abuse — Trend: Rising [1] Knife crime — Trend: Rising [1] Rural crime — Trend: Rising [1]"
    )


def test_a_value_asked_of_now_is_read_from_the_newest_documents_table(
    tmp_path: Path, model: Embeddings
) -> None:
    corpus = tmp_path / "corpus"
    make_pdf(corpus / "assessment.pdf", PAGES)
    dashboard = [
        "Priority | Trend | Current RAG",
        "Domestic abuse | Falling | Amber",
        "Knife crime | Rising | Red",
        "Rural crime | Falling | Amber",
        "Hate crime | Rising | Red",
    ]
    make_pdf(corpus / "dashboard.pdf", [["Northvale performance dashboard, Q3 2025-26", "", *dashboard]])
    entry = (
        '[[document]]\nfile = "{}"\ntitle = "{}"\ntype = "{}"\npartnership = "Northvale CSP"\ndate = "{}"\n'
    )
    (corpus / "catalogue.toml").write_text(
        entry.format(
            "assessment.pdf", "Northvale Strategic Assessment 2023", "strategic assessment", "2023-11-01"
        )
        + entry.format("dashboard.pdf", "Northvale dashboard Q3 2025-26", "minutes", "2026-01-20"),
        encoding="utf-8",
    )
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("which issues are rated red at the moment")
    assert "Knife crime" in answer.text and "Domestic abuse" not in answer.text
    assert {c.document for c in answer.citations} == {"dashboard.pdf"}


def test_a_value_no_cell_holds_gets_no_rows(rated: Assistant) -> None:
    answer = rated.ask("Which issues did the Northvale assessment rate purple?")
    assert "RAG rating:" not in answer.text
    read = rated.retriever.tables_of
    assert rows_holding(answer.question, answer.passages, 5, read) is None
    # A cell of the rows' own labels names a row, not a value rows hold.
    assert rows_holding("which issues are hate crime", answer.passages, 5, read) is None
    assert rows_holding("how many issues are amber", answer.passages, 5, read) is None


def test_an_amount_asked_is_no_list_of_rows_holding_a_word_it_names(rated: Assistant) -> None:
    # "High" is a value of the Harm column, but a budget is asked for: one figure, not those rows.
    answer = rated.ask("what is the budget for high harm issues in northvale")
    assert "Harm: High" not in answer.text


def test_a_table_the_retrieved_passages_miss_is_read_from_their_document(rated: Assistant) -> None:
    first = [p for p in rated.retriever.passages_of("assessment.pdf") if p.page == 1]
    assert rows_holding("which issues are amber", first, 5) is None
    found = rows_holding("which issues are amber", first, 5, rated.retriever.tables_of)
    assert found is not None
    units, passages = found
    assert [(u.text, passages[u.passage].page) for u in units] == [("Rural crime — RAG rating: Amber", 2)]


def test_values_of_two_columns_both_hold_and_a_value_describing_another_word_is_no_value(
    rated: Assistant,
) -> None:
    passages = rated.retriever.passages_of("assessment.pdf")
    found = rows_holding("which issues are high harm and rising", passages, 5)
    assert found is not None
    assert [u.text for u in found[0]] == [
        "Domestic abuse — Harm: High; Trend: Rising",
        "Knife crime — Harm: High; Trend: Rising",
    ]
    # "a high crime rate" asks about rates: no row is rated "high" by it.
    assert rows_holding("which wards have a high crime rate", passages, 5) is None


def test_a_documents_tables_are_read_once(rated: Assistant) -> None:
    tables = rated.retriever.tables_of("assessment.pdf")
    assert [p.page for p in tables] == [2] and all(any(p.headers) for p in tables)
    assert rated.retriever.tables_of("assessment.pdf") is tables


def test_actions_still_open_after_a_meeting_are_listed_by_number(tmp_path: Path, model: Embeddings) -> None:
    actions = [
        "Minutes of the Board, 12 October 2022",
        "",
        "No. | Action | Owner | Due | Status",
        "22/1 | Confirm the camera sites | Rural Crime Team | 30 Nov 2022 | Open",
        "22/2 | Draft the needs assessment plan | J. Hale | 31 Jan 2023 | Open",
        "22/3 | Write to the parish council | J. Hale | 31 Oct 2022 | Complete",
    ]
    make_pdf(tmp_path / "corpus" / "minutes.pdf", [actions])
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    # "open" before "after" names the value: "after the board" only says when.
    answer = helper.ask("which actions were still open after the october 2022 board")
    assert answer.text == (
        "22/1 Confirm the camera sites — Status: Open [1] "
        "22/2 Draft the needs assessment plan — Status: Open [1]"
    )


def test_a_row_wrapped_over_two_lines_leaves_the_rating_column_a_column_of_ratings() -> None:
    # The second row's words run onto a line of their own, its other cells empty.
    header = ("Issue", "Volume", "RAG")
    rows = (("Domestic abuse", "1,214 crimes", "Red"), ("Serious violence, including", "59 offences;", "Red"))
    wrapped = ("weapons", "45 robberies", "")
    green = ("Hate crime", "74 offences", "Green")
    lines = ["\t".join(header), *("\t".join(r) for r in (*rows, wrapped, green))]
    passage = Passage(
        "c", "sa.pdf", "Assessment", "strategic assessment", "2024-25", 3, "3", "Priority setting",
        "\n".join(lines), 1.0, 0.5, 3,
        kinds=("header", "row", "row", "row", "row"),
        cells=(header, *rows, wrapped, green),
        headers=((), header, header, header, header),
    )  # fmt: skip
    found = rows_holding("which issues were rated red in the assessment", [passage], 5)
    assert found is not None
    assert [u.text for u in found[0]] == [
        "Domestic abuse — RAG: Red",
        "Serious violence, including — RAG: Red",
    ]
    # What a value means is the table's key's to say, not its rows'.
    assert rows_holding("what does a red RAG rating mean in the assessment", [passage], 5) is None
    # A record's reference the question names that the table does not hold: another record's rows.
    assert rows_holding("which issues were rated red in record SA 03/24-25", [passage], 5) is None
    assert rows_holding("which issues were rated red in the assessment 2024-25", [passage], 5) is not None


def test_a_value_the_documents_title_holds_names_the_document_not_rows() -> None:
    header = ("Ward", "District", "Band")
    rows = (
        ("Riverside", "Calderwick", "A"),
        ("Northgate", "Calderwick", "B"),
        ("Kettlebeck", "Ortonbury", "A"),
    )
    lines = ["\t".join(header), *("\t".join(r) for r in rows)]
    passage = Passage(
        "c", "sa.pdf", "Calderwick and Ortonbury Strategic Assessment 2025", "strategic assessment",
        "2025-26", 2, "2", "Wards", "\n".join(lines), 1.0, 0.5, 2,
        kinds=("header", "row", "row", "row"),
        cells=(header, *rows),
        headers=((), header, header, header),
    )  # fmt: skip
    question = "what is a hotspot ward in the calderwick and ortonbury assessment"
    assert rows_holding(question, [passage], 5) is None
    # A value of its own (a bare letter has no words to be the title's) still names rows.
    found = rows_holding("which wards are in band a of the calderwick assessment", [passage], 5)
    assert found is not None
    assert [u.text for u in found[0]] == ["Riverside — Band: A", "Kettlebeck — Band: A"]


def test_a_column_whose_filled_cells_never_repeat_holds_no_values() -> None:
    # The total row's empty cell is no value: the leads, one a row, are names, not ratings.
    header = ("Project", "Lead", "Allocation")
    rows = (
        ("Open Door", "Ashby Trust", "£19,500"),
        ("Lock Fast", "Lydgate Homes", "£6,400"),
        ("Total", "", "£25,900"),
    )
    passage = Passage(
        "c", "m.pdf", "Monitoring", "minutes", "2024-25", 1, "1", "Spend by project",
        "\n".join("\t".join(r) for r in (header, *rows)), 1.0, 0.5, 1,
        kinds=("header", "row", "row", "row"), cells=(header, *rows), headers=((), header, header, header),
    )  # fmt: skip
    assert rows_holding("what happened to the lock fast bid from lydgate homes", [passage], 5) is None


def test_a_column_of_yes_and_no_named_by_the_question_gives_the_rows_marked_yes() -> None:
    header = ("Ward", "Crime rate per 1,000", "Hotspot")
    rows = (("Central", "217.3", "Yes"), ("Ropewalk", "100.1", "No"), ("Lowfield", "105.0", "Yes"))
    lines = ("Table 3: Crime by ward", "Ward\tCrime rate per 1,000\tHotspot", *("\t".join(r) for r in rows))
    passage = Passage(
        "c", "sia.pdf", "Northvale Assessment", "strategic assessment", "2023-24", 3, "3", "Wards",
        "\n".join(lines), 1.0, 0.5, 3,
        kinds=("para", "header", "row", "row", "row"), cells=((), header, *rows),
        headers=((), (), header, header, header),
    )  # fmt: skip
    found = rows_holding("which wards are flagged as hotspots", [passage], 5)
    assert found is not None
    assert [u.text for u in found[0]] == ["Central — Hotspot: Yes", "Lowfield — Hotspot: Yes"]
    found = rows_holding("which wards are not hotspots", [passage], 5)
    assert found is not None and [u.text for u in found[0]] == ["Ropewalk — Hotspot: No"]
    assert rows_holding("which ward has the highest crime rate", [passage], 5) is None
    assert rows_holding("what is a hotspot ward", [passage], 5) is None
