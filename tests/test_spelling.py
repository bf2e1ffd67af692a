"""Slips of the keyboard: read as the indexed word one edit away, never guessed for names or English words."""

from __future__ import annotations

from assistant.answering.spelling import read_slips
from assistant.service import Assistant
from assistant.text import stem, terms

INDEXED = {
    stem(w): n
    for w, n in {"priorities": 4, "partnership": 9, "abuse": 6, "macclesfield": 2, "assessment": 5}.items()
}


def _frequency(term: str) -> int:
    return INDEXED.get(term, 0)


def test_a_slip_is_read_as_the_indexed_word_one_edit_away() -> None:
    fixed, slips = read_slips("what are the priorites of the partnersip", _frequency)
    assert fixed == "what are the priorities of the partnership"
    read = [(s.typed, s.read_as) for s in slips]
    assert read == [("priorites", "priorities"), ("partnersip", "partnership")]
    assert read_slips("is there a pspo in macclesfeild", _frequency)[0] == "is there a pspo in macclesfield"
    # "assessent" and "assessment" are both one edit away and share a stem: the English word is read.
    assert read_slips("the kestrelford assesment", _frequency)[0] == "the kestrelford assessment"


def test_names_english_words_and_short_words_are_left_alone() -> None:
    # Capitalised, "Macclesfeild" may be a name; "hate" is an English word the documents lack, to be
    # declined on, not corrected; "abuc" is too short to guess at.
    unchanged = ("who is Macclesfeild", "how many hate crimes", "domestic abuc", "what are the priorities")
    for question in unchanged:
        assert read_slips(question, _frequency) == (question, ())


def test_the_answer_says_how_it_read_the_slip(assistant: Assistant) -> None:
    answer = assistant.ask("what are the priorites of the partnership")
    assert not answer.abstained
    assert "Knife Crime" in answer.text and answer.citations[0].page == 13
    assert "Read “priorites” as “priorities”." in answer.notes


def test_a_month_shortened_is_the_month() -> None:
    # "published feb 2023" meets "published in February 2023"; a table's "14 Sept 2023" meets "september".
    assert terms("published feb 2023") == terms("published February 2023")
    assert terms("14 Sept 2023, 3 Oct") == terms("14 September 2023, 3 October")
    assert terms("mar") != terms("March")  # a word as well as a month: left as typed
