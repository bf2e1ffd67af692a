"""One action of a board's action log asked for by its number: every record of it, latest first."""

from __future__ import annotations

from assistant.facts.actions import answer_action
from assistant.types import Sources
from ingest.facts.decision_types import Action

_DATES = {
    "june.pdf": "2023-06-14",
    "sept.pdf": "2023-09-20",
    "dec.pdf": "2023-12-06",
    "other.pdf": "2023-07-01",
}
SOURCES = Sources({name: name for name in _DATES}, dates=_DATES)
PARTNERSHIP_OF = {
    "june.pdf": "Northby",
    "sept.pdf": "Northby",
    "dec.pdf": "Northby",
    "other.pdf": "Southwold",
}


def _action(document: str, number: str, status: str, page: int = 2) -> Action:
    quote = f"{number} Confirm the licensing team's share Licensing 31 Jul 2023 {status}"
    row = "Confirm the licensing team's share"
    return Action(number, row, "Licensing", "31 Jul 2023", status, document, page, quote, _DATES[document])


ACTIONS = [
    _action("june.pdf", "1", "Open"),
    _action("sept.pdf", "1", "Complete"),
    _action("sept.pdf", "2", "Open"),
    _action("other.pdf", "1", "Open", page=5),
]


def test_an_actions_records_are_given_latest_first_with_owner_due_and_status() -> None:
    answer = answer_action(
        "northby action 1 - who owns it and did it get done", ACTIONS[:3], SOURCES, PARTNERSHIP_OF
    )
    assert answer is not None and not answer.abstained
    lines = answer.text.splitlines()
    assert lines[0] == (
        "- Action 1 (latest), in the minutes of 20 September 2023: Confirm the licensing team's share "
        "(owner: Licensing; due: 31 Jul 2023; status: Complete) [1]"
    )
    assert lines[1].startswith("- Action 1, in the minutes of 14 June 2023:") and "status: Open" in lines[1]
    assert [(c.document, c.page) for c in answer.citations] == [("sept.pdf", 2), ("june.pdf", 2)]


def test_of_two_partnerships_logs_retrievals_partnership_answers() -> None:
    answer = answer_action(
        "what is action 1", ACTIONS, SOURCES, PARTNERSHIP_OF, ranked=["other.pdf", "june.pdf"]
    )
    assert answer is not None
    assert [(c.document, c.page) for c in answer.citations] == [("other.pdf", 5)]


def test_no_number_no_record_or_a_newer_page_giving_it_leaves_the_passages_to_answer() -> None:
    assert answer_action("what actions were agreed", ACTIONS, SOURCES, PARTNERSHIP_OF) is None
    assert answer_action("what is action 9", ACTIONS, SOURCES, PARTNERSHIP_OF) is None
    # Retrieval's first page is later minutes, whose log was not read, and it gives action 1.
    newer = "1 Confirm the licensing team's share Licensing Complete"
    assert (
        answer_action("northby action 1 status", ACTIONS[:3], SOURCES, PARTNERSHIP_OF, ["dec.pdf"], newer)
        is None
    )
    found = answer_action(
        "northby action 1 status", ACTIONS[:3], SOURCES, PARTNERSHIP_OF, ["dec.pdf"], "12 items"
    )
    assert found is not None  # a later page not giving the number says nothing of it
