"""Reason and outcome questions: "why ..." is answered by a cause or purpose, "what happened ..." by a
result, not by the sentence that only names the thing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.asked import Asked
from assistant.answering.reasons import REASON_Q_RE, gives_reason, states_outcome
from assistant.answering.scoring import score_unit
from assistant.answering.units import Unit
from assistant.answering.weights import WEIGHTS
from assistant.facts.register_query import parse_question
from assistant.service import Assistant
from assistant.text import with_change_words
from assistant.types import Passage
from tests.conftest import ingested

OTHER_SECTION = [
    "",
    "Road safety",
    "Partners review the road safety plans to reduce casualties on rural roads.",
]


def _asked(question: str) -> Asked:
    return Asked.read(question, question, lambda t: 1.0)


def test_what_a_reason_or_outcome_question_asks_for() -> None:
    assert _asked("why did the partnership pay for an analyst").wants_reason
    assert _asked("how come the live events stopped").wants_reason
    assert _asked("whats the assessment meant to do for the partnership").wants_reason  # what it is for
    assert _asked("what happened with the scams project").wants_outcome
    assert _asked("what difference did the new lighting make").wants_outcome
    plain = _asked("what did the partnership pay for")
    assert not plain.wants_reason and not plain.wants_outcome
    assert _asked("did the call blocker for client b actually work").wants_outcome
    assert not _asked("did the police work with schools").wants_outcome  # "work with": no result asked
    assert not _asked("who did the work").wants_outcome


def test_a_cause_a_purpose_and_a_result_are_told_by_their_wording() -> None:
    assert gives_reason("Events were cancelled because of the pandemic.")
    assert gives_reason("The post was funded to provide data and analysis to the board.")
    assert not gives_reason("The post was funded by the four councils.")
    # Evidence that brought a change about is its reason; a plain "after" is only a time.
    assert gives_reason("Knife crime replaced burglary after the assessment found that burglary had fallen.")
    assert gives_reason("In light of the review, the bid was refused.")
    assert not gives_reason("Knife crime replaced burglary after the meeting in May.")
    # A want of means at the time, and a sentence opening with its cause.
    assert gives_reason("The award was withdrawn when the group could not find a site for its cameras.")
    assert not gives_reason("The award was withdrawn when the Board met in June.")
    assert gives_reason(
        "As the project cannot restart this year, the Chair agreed that the award be withdrawn."
    )
    assert not gives_reason("As agreed in June, the Chair wrote to the group.")
    assert states_outcome("Reports on the towpath fell from 63 to 38 over the winter.")
    assert states_outcome("This prevented the client losing £5,000.")
    assert not states_outcome("Client A fell victim to a romance fraud.")


def _margin(asked: Asked, answering: str, naming: str) -> float:
    """How far the answering sentence scores above the one naming the thing, meaning held equal."""
    passage = Passage("c", "d.pdf", "Report", "annual report", "2022-23", 2, "2", "Section", "x", 1.0, 0.5)
    answers, names = (
        score_unit(Unit(0, "sentence", t, t, 0), passage, asked, 0.5, WEIGHTS).score
        for t in (answering, naming)
    )
    return answers - names


def test_a_why_question_prefers_the_sentence_giving_the_reason() -> None:
    asked = _asked("why does the partnership pay for a police analyst")
    naming = "The partnership pays for a dedicated police analyst with the other councils."
    reason = "The partnership pays for the analyst to provide data and analysis for its priorities."
    assert _margin(asked, reason, naming) > 0 > _margin(replace(asked, wants_reason=False), reason, naming)


def test_an_outcome_question_prefers_the_sentence_stating_the_result() -> None:
    asked = _asked("what happened on the canal towpath after the new lighting went in")
    naming = "New lighting went in along the canal towpath in the autumn."
    result = "Reports on the canal towpath fell from 63 to 38 once the lighting went in."
    assert _margin(asked, result, naming) > 0 > _margin(replace(asked, wants_outcome=False), result, naming)


def test_a_change_typed_as_a_phrasal_verb_is_searched_for_as_printed(assistant: Assistant) -> None:
    assert with_change_words("why would burglaries go up") == "why would burglaries go up (increase rise)"
    assert with_change_words("has asb gone down since 2020").endswith("(decrease fall)")
    assert with_change_words("what happened to shoplifting") == "what happened to shoplifting"
    assert with_change_words("how often does the board meet").endswith("(frequency times a year)")
    # The real report gives the reason for a rise ("an increase in domestic abuse crimes ...") on page 6.
    answer = assistant.ask("why would domestic abuse crimes go up")
    assert "raise awareness" in answer.text
    assert (answer.citations[0].document, answer.citations[0].page) == ("scep-annual-report-2022-23.pdf", 6)


def test_a_thing_that_went_in_was_not_funded() -> None:
    assert parse_question("what happened to asb on the towpath after the new lighting went in", set()) is None
    assert parse_question("how much went to domestic abuse work", set()) is not None


def test_a_place_is_not_asked_of_the_register() -> None:
    assert parse_question("where was the awards evening for the county games", set()) is None
    assert parse_question("who got awards at the county games evening", set()) is not None


def test_a_date_still_to_come_is_not_asked_of_the_register() -> None:
    # A register holds decisions made; when bids will be decided is in a plan's timetable.
    assert parse_question("When will the board decide the round 1 bids for 2025-26?", set()) is None
    assert parse_question("When did the board decide the round 1 bids for 2024-25?", set()) is not None


def test_why_is_answered_by_the_reason_after_the_sentence_naming_the_thing(
    tmp_path: Path, model: Embeddings
) -> None:
    pages = [
        [
            "Cyber safety talks",
            "The cyber safety talks for older people were put on hold in 2020-21 and restarted in 2022.",
            "This was due to the closure of community centres during the Covid pandemic.",
            *OTHER_SECTION,
        ]
    ]
    helper = ingested(tmp_path, model, pages)
    answer = helper.ask("why were the cyber safety talks put on hold")
    assert not answer.abstained
    assert answer.text.startswith("This was due to the closure")
    assert (answer.citations[0].document, answer.citations[0].page) == ("report.pdf", 1)


def test_what_brought_a_thing_about_asks_a_reason_and_a_clause_after_as_gives_one() -> None:
    assert REASON_Q_RE.search("can you tell me what led to the safety survey")
    assert REASON_Q_RE.search("what prompted the second review")
    assert not REASON_Q_RE.search("what did the survey lead the council to do")
    assert gives_reason("Skate park (£18,000): declined, as it does not address a partnership priority.")
    assert gives_reason("The bid was deferred, since the quotes were out of date.")
    assert not gives_reason("Partners such as the police, as well as the council, attended.")


def test_what_happened_with_someone_is_told_to_the_result(tmp_path: Path, model: Embeddings) -> None:
    pages = [
        [
            "Stories of difference",
            "A 15 year old girl was referred to the boxing sessions after a string of fights at school.",
            "The coaches paired her with an older mentor who met her every week.",
            "Her head of year reported that she has not been excluded since and now helps out.",
            *OTHER_SECTION,
        ],
        ["Page two", "The boxing sessions ran on Tuesday evenings at the leisure centre in Northvale."],
    ]
    helper = ingested(tmp_path, model, pages)
    answer = helper.ask("what happened with the 15 year old girl at the boxing sessions")
    assert answer.text.startswith("A 15 year old girl was referred")
    assert "mentor" in answer.text and "not been excluded" in answer.text
    assert {(c.document, c.page) for c in answer.citations} == {("report.pdf", 1)}


def test_how_a_thing_is_done_reads_on_past_the_sentence_naming_it(tmp_path: Path, model: Embeddings) -> None:
    pages = [
        [
            "Public engagement",
            "The partnership plans include a way to hear the views of the public on its work.",
            "Residents fill in short questionnaires at the market stalls held every spring.",
            *OTHER_SECTION,
        ]
    ]
    helper = ingested(tmp_path, model, pages)
    answer = helper.ask("how does the partnership get the public's views on its work")
    assert "questionnaires" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1)]


def test_a_decision_asked_why_gets_the_register_entry_and_the_sentence_giving_the_reason(
    tmp_path: Path, model: Embeddings
) -> None:
    helper = ingested(
        tmp_path,
        model,
        [
            [
                "Northby Community Safety Partnership Board minutes, 10 September 2024",
                "Funding bids",
                "The Board declined the bid of £7,200 from Millbeck Town Council for a CCTV camera at the"
                " skatepark.",
                "Police records show only four incidents there in twelve months, and the bid did not"
                " cover the cost of maintaining the camera.",
                "",
                "Refuge support worker",
                "The refuge reported that the post was filled part-time from January. The Board reduced"
                " the award for the refuge support worker from £7,500 to £5,000.",
                *OTHER_SECTION,
            ]
        ],
        name="minutes.pdf",
    )
    answer = helper.ask("why did the board decline the cctv camera bid for the skatepark")
    assert answer.answerer == "register" and "declined" in answer.text
    assert "four incidents" in answer.text and "maintaining the camera" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("minutes.pdf", 1)]
    # The reason may come before the decision, in its paragraph.
    reduced = helper.ask("why was the refuge support worker award reduced")
    assert "£5,000" in reduced.text and "filled part-time" in reduced.text
    # Asked what, not why, the register's entry stands alone.
    what = helper.ask("what did the board decide about the cctv camera bid for the skatepark")
    assert "four incidents" not in what.text
