"""A list question answered by a table of words whose first column lists what is asked for: every row
under its first row, each cited to its page; a table whose first column names something else is not
read as that list."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.service import Assistant
from assistant.settings import Settings
from tests.pdfs import make_pdf

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
