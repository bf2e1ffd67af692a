"""A record's title may say the day its figures were taken ("register 2024-25 (as at 30 April 2025)"):
that day is no period its rows speak of, so a question about the year after is not answered by them."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.facts.periods import without_snapshot
from tests.conftest import ingested

PAGES = [
    [
        "Fernby Safety Fund register 2024-25 (as at 30 April 2025)",
        "",
        "Fictional document made for software testing.",
        "",
        "Ref | Project | Organisation | Award £",
        "FSF24-01 | Fernby Canal Wardens | Fernby Boating Club | 3,650",
        "FSF24-02 | Park gate lighting | Fernby Town Council | 6,150",
    ]
]


def test_the_day_a_records_figures_were_taken_is_no_period_it_is_of() -> None:
    assert without_snapshot("Fund register 2024-25 (as at 30 April 2025)").split() == [
        "Fund",
        "register",
        "2024-25",
    ]
    assert without_snapshot("Register 2023-24, as at 04/05/2024").split() == ["Register", "2023-24,"]
    # With no other period, the day is all the text says of its time: it stays.
    assert without_snapshot("Reserve as at 31 March 2025") == "Reserve as at 31 March 2025"


def test_a_year_after_the_registers_is_not_answered_by_its_rows(tmp_path: Path, model: Embeddings) -> None:
    helper = ingested(tmp_path, model, PAGES, "register.pdf")
    later = helper.ask("How much did Fernby award to the Canal Wardens for 2025-26?")
    assert later.abstained
    own = helper.ask("How much did Fernby award to the Canal Wardens for 2024-25?")
    assert not own.abstained and "3,650" in own.text
    assert [(c.document, c.page) for c in own.citations] == [("register.pdf", 1)]
