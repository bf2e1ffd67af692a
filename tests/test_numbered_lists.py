"""Numbered lists: items after a lead-in are a list (its priorities found), numbered headings are
not; priorities are compared within one partnership and a named period is taken exactly."""

from __future__ import annotations

from pathlib import Path

from assistant.facts.priorities import answer_priorities
from assistant.types import Sources
from ingest.facts.priorities import Priority, PrioritySet, extract_priorities
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import make_pdf


def test_numbered_items_after_a_lead_in_are_a_list_and_a_numbered_heading_is_not(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [
            [
                "1. About the partnership",
                "",
                "The board meets every quarter.",
                "",
                "2. Priorities for 2022-23",
                "",
                "For 2022-23 the board set these priorities:",
                "1.  Anti-social behaviour in the town centre",
                "2.  Domestic abuse",
                "3.  Drug-related harm",
                "",
                "3. Funding",
                "",
                "The grant was 40,000 pounds.",
            ]
        ],
    )
    pages = clean_pages(read_pdf(path, path.name).pages)
    kinds = [(b.kind, b.text) for b in pages[0].blocks]
    assert ("bullet", "Domestic abuse") in kinds
    assert [k for k, text in kinds if text.startswith(("1. About", "2. Priorities", "3. Funding"))] == [
        "heading",
        "heading",
        "heading",
    ]
    (found,) = extract_priorities(path.name, pages)
    assert [p.name for p in found.priorities] == [
        "Anti-social behaviour in the town centre",
        "Domestic abuse",
        "Drug-related harm",
    ]
    assert (found.period, found.page) == ("2022-23", 1)


def _set(document: str, period: str, *names: str) -> PrioritySet:
    return PrioritySet(document, period, "Our priorities", 1, tuple(Priority(n, n, 1) for n in names))


def test_priorities_change_within_a_partnership_and_a_named_period_is_exact() -> None:
    sets = [
        _set("north-22.pdf", "2022-23", "Burglary", "Drugs"),
        _set("north-23.pdf", "2023-24", "Burglary", "Fraud"),
        _set("south.pdf", "2022-25", "Road safety", "Cybercrime"),
    ]
    partnership_of = {"north-22.pdf": "North", "north-23.pdf": "North", "south.pdf": "South"}
    sources = Sources({name: name.removesuffix(".pdf") for name in partnership_of})
    answer = answer_priorities(
        "What are the priorities, and did they change?", sets, set(), sources, partnership_of
    )
    assert answer is not None
    assert "North: From 2022-23 to 2023-24: added Fraud; dropped Drugs." in answer.text
    assert "South: Only one document sets priorities (2022-25)" in answer.text
    named = answer_priorities("What are the priorities for 2022-2025?", sets, set(), sources, partnership_of)
    assert named is not None and [c.document for c in named.citations] == ["south.pdf"]
    now = answer_priorities("what are the priorities at the moment", sets, set(), sources, partnership_of)
    assert now is not None and [c.document for c in now.citations] == ["north-23.pdf", "south.pdf"]
