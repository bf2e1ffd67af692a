"""A question naming only a topic is answered with a briefing: its section's sentences in order, the
amount labelling it, each cited to its page; a topic nothing matches is still declined."""

from __future__ import annotations

import pytest

from assistant.answering.asked import Asked
from assistant.answering.briefing import asks_topic, briefing, with_additions
from assistant.answering.units import Unit, passage_units
from assistant.service import Assistant
from assistant.text import terms
from assistant.types import ABSTAIN_TEXT, Passage

REPORT = "scep-annual-report-2022-23.pdf"


def _passage(chunk_id: str, page: int, heading: str, lines: list[tuple[str, str]]) -> Passage:
    text = "\n".join(line for _, line in lines)
    kinds = tuple(kind for kind, _ in lines)
    facts = ("report.pdf", "Report", "annual report", "2023-24")
    return Passage(chunk_id, *facts, page, str(page), heading, text, 0.0, 0.0, page, kinds)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("the regional analyst", True),
        ("about the taxi marshals in kestrelford", True),
        ("knife crime work", True),
        ("how much was the regional analyst", False),
        ("whats a most similar group", False),
        ("health data sharing agreement - who has to do it and by when", False),
        ("knife crime figures", False),
        ("the priorities for 2022-25", False),
        ("is road safety a priority", False),
    ],
)
def test_only_a_question_naming_a_topic_asks_for_a_briefing(question: str, topic: bool) -> None:
    asked = Asked.read(question, question, lambda term: 1.0)
    assert asks_topic(question, asked) is topic


# A section in two chunks under a heading that states its money; retrieval found the second first.
HEADING = "6. Funding > Regional Analyst - £10k"
FIRST = _passage(
    "c1",
    13,
    HEADING,
    [
        ("para", "Regular meetings take place between the managers of the four areas. They share work."),
        ("para", "A dedicated resource was commissioned to provide data and analysis to the partners."),
    ],
)
PIVOTAL = "The role of the dedicated analyst is pivotal to the assessment."
SECOND = _passage("c2", 13, HEADING, [("para", PIVOTAL)])
NEXT = _passage("c3", 14, "6. Funding > Knife Angel", [("para", "The sculpture came to Crewe for a month.")])


def _section(chunk_id: str) -> list[Passage]:
    return [FIRST, SECOND] if chunk_id in ("c1", "c2") else [NEXT]


def test_a_bare_heading_is_briefed_with_its_section_from_the_start_and_its_money() -> None:
    heading = next(u for u in passage_units(0, SECOND) if u.kind == "heading")
    told = briefing(heading, [SECOND, NEXT], _section)
    assert told is not None
    units, passages = told
    assert [u.text for u in units] == [
        "Regional Analyst - £10k",
        "Regular meetings take place between the managers of the four areas.",
        # "They share work." names too little to say anything
        "A dedicated resource was commissioned to provide data and analysis to the partners.",
        PIVOTAL,
    ]
    # The first chunk was not retrieved: it is added, and every unit cites page 13.
    assert [p.chunk_id for p in passages] == ["c2", "c3", "c1"]
    cited = {(passages[u.passage].chunk_id, passages[u.passage].page) for u in units}
    assert cited == {("c2", 13), ("c1", 13)}


def test_a_title_run_into_the_text_is_briefed_with_what_follows_it_up_to_the_next_title() -> None:
    costings = "Further to the deferral in June, revised costings were received."
    approved = "The Board approved the bid at £9,200 for the winter."
    lines = [
        ("para", "Minute 23/41 Night-Time Taxi Marshals"),
        ("para", f"{costings} {approved}"),
        ("para", "Minute 23/42 Funding applications, round two"),
        ("para", "Two bids were received for the second round of funding this year."),
    ]
    minutes = _passage("m1", 1, "Minutes", lines)
    told = briefing(passage_units(0, minutes)[0], [minutes], None)
    assert told is not None
    assert [u.text for u in told[0]] == [costings, approved]


def test_what_follows_a_sentence_joins_only_under_a_heading_naming_the_topic() -> None:
    lines = [
        ("para", "Decision: approve £5,300 to move the Stourley Bridge CCTV camera to the underpass."),
        ("para", "Decision: not approved, the £6,000 bid for speed indicator signs on the main road."),
    ]
    for heading, briefed in [("Item 5 Funding decisions", False), ("Item 5 CCTV cameras", True)]:
        item = _passage("i1", 1, heading, lines)
        told = briefing(passage_units(0, item)[0], [item], None, topic=frozenset(terms("cctv")))
        assert (told is not None) is briefed


def test_a_table_row_or_an_anchor_with_nothing_after_it_is_no_briefing() -> None:
    alone = _passage("a1", 2, "Notes", [("para", "The sculpture came to Crewe for a month of events.")])
    assert briefing(passage_units(0, alone)[0], [alone], None) is None
    row = Unit(0, "record", "Taxi marshals — Amount: £9,200", "Taxi marshals\t£9,200", 0)
    assert briefing(row, [alone], None) is None


def test_a_broad_question_on_the_real_report_is_briefed_from_its_section(assistant: Assistant) -> None:
    answer = assistant.ask("what should i know about the regional analyst")
    assert not answer.abstained
    assert "Regional Analyst - £10k" in answer.text
    assert "data and analysis" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [(REPORT, 13)]
    assert len(answer.sentences) <= 4


def test_a_broad_question_on_a_topic_nothing_matches_is_declined(assistant: Assistant) -> None:
    answer = assistant.ask("tell me about the zeppelin landing strip")
    assert answer.abstained
    assert answer.text == ABSTAIN_TEXT


def test_sentences_adding_to_the_one_chosen_join_it() -> None:
    paragraph = (
        "The partnership keeps a website with advice for the public. The website also lists every"
        " consultation held locally. It also carries the summary of the strategic assessment."
        " Funding bids are made twice a year."
    )
    lines = [("p", paragraph), ("p", "Funding bids close in March.")]
    passage = _passage("c1", 5, "Engagement", lines)
    units = passage_units(0, passage)
    anchor = next(u for u in units if u.text.startswith("The partnership keeps"))
    told = with_additions([anchor], units)
    assert [u.text.split()[:3] for u in told] == [
        ["The", "partnership", "keeps"],
        ["The", "website", "also"],
        ["It", "also", "carries"],
    ]
    funding = next(u for u in units if u.text.startswith("Funding bids are"))
    assert with_additions([funding], units) == [funding]  # nothing adds to it
