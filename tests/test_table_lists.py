"""A list question answered by a table whose first column lists what is asked for: every row under its
first row (a heading over a group of rows inside the table too), cited to its page; a table whose first
column names something else is not read as that list."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.table_lists import listed_rows
from assistant.answering.units import Unit
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.text import terms
from ingest.parse.blocks import GROUP
from tests.pdfs import make_pdf
from tests.test_continued_list import _passage

GROUPS = [
    "VAWG Sub-group | Clare Hennessy | Replaces the Domestic Abuse Group",
    "Serious Violence Group | Ruth Adeyemi | Oversees the strategy",
    "ASB Problem-Solving Group | Kirsty Dunmore | Meets every month",
    "Retail Crime Group | Owen Castleton | New this year",
]


def test_a_list_question_gets_every_row_of_the_table_its_first_column_names(
    tmp_path: Path, model: Embeddings
) -> None:
    page_one = [
        "1. About the agreement",
        "",
        "This agreement sets out how the fictional Northvale partnership works and who leads it.",
    ]
    page_two = [
        "6. Sub-groups",
        "",
        "Sub-group | Chair | Note",
        *GROUPS,
        "",
        "7. Funding",
        "",
        "Grant | Lead officer | Note",
        "Safer Streets | Amy Lowe | Paid each quarter",
        "Youth Diversion | Sam Reid | Paid in advance",
    ]
    make_pdf(tmp_path / "corpus" / "agreement.pdf", [page_one, page_two], title="Northvale Agreement 2024")
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("what are the sub-groups")
    for row in GROUPS:
        assert f"- {row} [1]" in answer.text
    assert "Safer Streets" not in answer.text  # the list ends with its table
    assert [(c.document, c.page) for c in answer.citations] == [("agreement.pdf", 2)]
    # Asked for what no first column names, the funding table's rows are not a list of sub-groups.
    grants = helper.ask("which lead officers are named for the grants")
    assert "VAWG" not in grants.text


def test_a_heading_over_a_group_of_rows_leaves_the_rows_under_it_in_the_list() -> None:
    lines = [
        ("para", "The panel agreed these projects."),
        ("row", "Project\tLead\tAmount"),
        ("row", "Street lighting\tParish council\t£2,000"),
        (GROUP, "Young people"),
        ("row", "Youth club nights\tYouth trust\t£3,500"),
        ("row", "Holiday sessions\tLeisure centre\t£1,200"),
        ("para", "Two bids were deferred."),
    ]
    cells = ((), *(tuple(line.split("\t")) if kind == "row" else () for kind, line in lines[1:]))
    passage = replace(_passage("c1", 3, "Grants", lines), cells=cells, headers=((),) * len(lines))
    row = Unit(0, "row", "Youth club nights | Youth trust | £3,500", lines[4][1], 4, line=4)
    table = listed_rows(row, [passage], frozenset(terms("projects")))
    assert table is not None
    assert (table.kind, table.text, table.line) == ("list", "Project | Lead | Amount", 1)
    assert table.items == (
        "Street lighting | Parish council | £2,000",
        "Youth club nights | Youth trust | £3,500",
        "Holiday sessions | Leisure centre | £1,200",
    )
    # A first column naming something else is no list of what was asked.
    assert listed_rows(row, [passage], frozenset(terms("leads"))) is None
