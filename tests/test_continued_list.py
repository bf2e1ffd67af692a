"""A list under a lead-in that ends its chunk, read from the chunks after it: bullets, or sections."""

from __future__ import annotations

from assistant.answering.continued import continued_list
from assistant.answering.units import Unit
from assistant.service import Assistant
from assistant.types import Passage

LEAD = "During the year the following groups were set up:"


def _passage(
    chunk_id: str, page: int, heading: str, lines: list[tuple[str, str]], heading_page: int = 0
) -> Passage:
    text = "\n".join(line for _, line in lines)
    kinds = tuple(kind for kind, _ in lines)
    return Passage(
        chunk_id,
        "report.pdf",
        "Report",
        "annual report",
        "2023-24",
        page,
        str(page),
        heading,
        text,
        0.0,
        0.0,
        heading_page or page,
        kinds,
    )


def _lead(line: int = 1) -> Unit:
    return Unit(0, "sentence", LEAD, LEAD, 1, line=line)


def test_the_sections_after_a_lead_in_are_its_list_each_cited_to_its_page() -> None:
    lead = _passage("c1", 6, "3. Work", [("para", "The board met often."), ("para", LEAD)])
    after = [
        _passage("c2", 6, "3. Work > Prevent Panel", [("para", "The panel met monthly.")]),
        _passage("c3", 6, "3. Work > Prevent Panel", [("para", "It reviewed referrals.")]),
        _passage("c4", 7, "3. Work > Road Safety Group", [("para", "The group met twice.")]),
        _passage("c5", 7, "4. Money", [("para", "The grant was spent.")]),
        _passage("c6", 8, "4. Money > Cyber Group", [("para", "Another part.")]),
    ]
    continued = continued_list([_lead()], [lead], lambda chunk_id, limit: after if chunk_id == "c1" else [])
    assert continued is not None
    units, passages = continued
    assert units[0] == _lead()
    assert [(u.kind, u.items) for u in units[1:]] == [
        ("list", ("Prevent Panel",)),
        ("list", ("Road Safety Group",)),
    ]
    assert [(passages[u.passage].chunk_id, passages[u.passage].page) for u in units[1:]] == [
        ("c2", 6),
        ("c4", 7),
    ]


def test_bullets_opening_the_next_chunk_are_the_list() -> None:
    lead = _passage("c1", 2, "Members", [("para", LEAD)])
    nxt = _passage(
        "c2",
        3,
        "Members",
        [("bullet", "\u2022 Borough Council"), ("bullet", "\u2022 Police"), ("para", "Next.")],
    )
    continued = continued_list([_lead(0)], [lead], lambda chunk_id, limit: [nxt])
    assert continued is not None
    units, passages = continued
    assert [u.items for u in units[1:]] == [("Borough Council", "Police")]
    assert passages[units[1].passage].page == 3


def test_a_lead_in_inside_its_passage_or_a_plain_sentence_is_left_alone() -> None:
    lead = _passage("c1", 2, "Members", [("para", LEAD), ("bullet", "\u2022 Police")])
    nxt = _passage("c2", 2, "Members", [("bullet", "\u2022 Council"), ("bullet", "\u2022 Fire")])
    assert continued_list([_lead(0)], [lead], lambda chunk_id, limit: [nxt]) is None  # not its last line
    plain = Unit(0, "sentence", "The board met.", "The board met.", 0, line=1)
    assert continued_list([plain], [lead], lambda chunk_id, limit: [nxt]) is None


def test_the_real_reports_sub_groups_are_listed_across_two_pages(assistant: Assistant) -> None:
    answer = assistant.ask("What sub-groups were established during 2022-23?")
    assert not answer.abstained
    for group in (
        "PREVENT & Channel Panel",
        "Integrated Offender Management",
        "Get Safe On-Line",
        "Road Safety",
    ):
        assert group in answer.text
    assert [c.page for c in answer.citations] == [6, 7]
