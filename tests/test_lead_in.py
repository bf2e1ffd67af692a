"""A lead-in chosen for a question not worded as a list question ("what did the grant pay for")
brings what it announces: the bullets under it, over a page break, each cited to its own page."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.continued import led_in
from assistant.answering.units import Unit
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Passage
from tests.pdfs import make_pdf
from tests.test_continued_list import _passage

LEAD = "The funding from the Commissioner in 2023 for night safety was directed to the outcomes below:-"


def test_a_lead_in_brings_its_bullets_over_the_page_break_each_cited_to_its_page(
    tmp_path: Path, model: Embeddings
) -> None:
    page_one = [
        "1. Night safety",
        "",
        "The board met four times in 2023 and agreed its plan for the year.",
        "",
        LEAD,
        "• New lamps along the canal towpath",
        "• Motion sensors in the bus station underpass",
    ]
    page_two = [
        "• Solar bollards at the entrance to Mill Lane park",
        "",
        "2. Volunteers",
        "",
        "Street wardens patrol the market square on Friday evenings.",
    ]
    make_pdf(
        tmp_path / "corpus" / "report.pdf", [page_one, page_two], title="Northvale Annual Report 2023-24"
    )
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("what did the commissioner's 2023 funding for night safety pay for")
    assert f"{LEAD} [1]" in answer.text
    assert "- New lamps along the canal towpath [1]" in answer.text
    assert "- Motion sensors in the bus station underpass [1]" in answer.text
    assert "- Solar bollards at the entrance to Mill Lane park [2]" in answer.text
    assert "wardens" not in answer.text  # the list ends where its bullets do
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1), ("report.pdf", 2)]


def _lists(found: tuple[list[Unit], list[Passage]] | None) -> list[tuple[int, tuple[str, ...]]]:
    """Each list of an answer's units with the page it cites."""
    assert found is not None
    units, passages = found
    return [(passages[u.passage].page, u.items) for u in units if u.kind == "list"]


def test_bullets_run_on_under_their_heading_to_a_paragraph_and_a_plain_sentence_leads_none() -> None:
    lines = [("para", LEAD), ("bullet", "• Lamps"), ("bullet", "• Sensors")]
    first = _passage("c1", 1, "1. Grant", lines)
    lead = Unit(0, "sentence", LEAD, LEAD, 0, line=0)
    same = _passage("c2", 2, "1. Grant", [("bullet", "• Bollards"), ("para", "Wardens."), ("bullet", "• X")])
    other = _passage("c2", 2, "2. Volunteers", [("bullet", "• Wardens"), ("bullet", "• Pastors")])
    assert _lists(led_in([lead], [first], lambda chunk_id, limit: [same])) == [
        (1, ("Lamps", "Sensors")),
        (2, ("Bollards",)),
    ]
    assert _lists(led_in([lead], [first], lambda chunk_id, limit: [other])) == [(1, ("Lamps", "Sensors"))]
    ended = _passage("c1", 1, "1. Grant", [*lines, ("para", "Work starts in May.")])
    assert _lists(led_in([lead], [ended], lambda chunk_id, limit: [same])) == [(1, ("Lamps", "Sensors"))]
    plain = Unit(0, "sentence", "The grant was spent.", "The grant was spent.", 0, line=0)
    assert led_in([plain], [first], lambda chunk_id, limit: [same]) is None
