"""Questions as people type them: the wrapping goes, the question and the partnership it names stay."""

from __future__ import annotations

import pytest

from assistant.answering.phrasing import what_is_asked
from assistant.facts.knowledge import own_words

NAMES = own_words(["Moorland Community Safety Partnership"])


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("hi, i'm new on the board. what is a pspo", "what is a pspo"),
        (
            "i work for the council - how many knives make up the sculpture",
            "how many knives make up the sculpture",
        ),
        (
            "can you tell me how many asb incidents there were in 2021",
            "how many asb incidents there were in 2021",
        ),
        ("could you please tell me which authorities sit on it?", "which authorities sit on it?"),
        ("what should I know about the priorities", "the priorities"),
        ("tell me about the taxi marshals", "the taxi marshals"),
        ("what can you tell me about the knife angel?", "the knife angel?"),
        ("could you tell me about road safety", "road safety"),
        ("hi, can you give me a summary of the funding", "the funding"),
        ("anything on shoplifting in the town centre?", "shoplifting in the town centre?"),
        ("how much did the youth club get please", "how much did the youth club get"),
        ("What are the priorities?", "What are the priorities?"),
        ("I want the 2023 figures", "I want the 2023 figures"),  # no punctuation: not about the asker
        ("can you tell me", "can you tell me"),  # nothing would be left: left as typed
        ("im from the fire service - what training was run", "what training was run"),  # no apostrophe
        ("ive just joined, who sits on the board", "who sits on the board"),
        ("as the new police rep, what are the priorities", "what are the priorities"),
        ("joining the board from the housing side, who's the chair", "who's the chair"),
        ("quick q what did the board decide", "what did the board decide"),  # a frame, unpunctuated
        ("quick wins from the strategy - what are they", "quick wins from the strategy - what are they"),
        ("coming over from the council - what was funded", "what was funded"),
        ("joining fees for the scheme - how much", "joining fees for the scheme - how much"),  # a noun
        ("improving road safety - what was funded", "improving road safety - what was funded"),
        (
            "hello, i'm a councillor in moorland. how many homes got new locks",
            "how many homes got new locks (moorland)",
        ),
        ("can u list all the projects funded in 2022-23", "list all the projects funded in 2022-23"),
        ("could you explain what the strategic assessment is", "explain what the strategic assessment is"),
        ("pls can u tell me who chairs it", "who chairs it"),
        ("what did u fund for knife crime", "what did you fund for knife crime"),
        # A month shortened before its year is the month the documents' dates name.
        ("who came on 20 sept 2023", "who came on 20 september 2023"),
        ("why was the award cut in Oct. 2022", "why was the award cut in october 2022"),
        ("how many dec meetings were there", "how many dec meetings were there"),  # no year: left alone
        # A financial year typed with two-digit years, as documents print it; a date left as typed.
        ("did it reach more staff in 22/23 than 21-22", "did it reach more staff in 2022/23 than 2021-22"),
        ("what happened on 12/10/22 and 12/10", "what happened on 12/10/22 and 12/10"),
        # An aside before the question: an apology, "quick q", being new.
        ("sorry if this is obvious - what does it stand for", "what does it stand for"),
        ("sorry if obvious but how does the rate compare", "how does the rate compare"),
        ("quick q: who chairs it", "who chairs it"),
        ("new to the board - where have the reviews got to", "where have the reviews got to"),
        ("hiya, new analyst here - what is the msg", "what is the msg"),
        ("new priorities for 2023: what are they", "new priorities for 2023: what are they"),
    ],
)
def test_the_wrapping_goes_and_the_question_stays(typed: str, asked: str) -> None:
    assert what_is_asked(typed, NAMES) == asked


def test_the_answer_keeps_the_question_as_typed(assistant) -> None:  # type: ignore[no-untyped-def]
    typed = "hi, i'm new here. can you tell me what the partnership's priorities are"
    answer = assistant.ask(typed)
    assert answer.question == typed and not answer.abstained
    assert [(c.page) for c in answer.citations][:1] == [13]


def test_a_quarter_typed_in_words_is_asked_as_tables_head_it() -> None:
    asked = what_is_asked("how many asb incidents were there in the second quarter of 2023-24")
    assert asked == "how many asb incidents were there in Q2 of 2023-24"
    # Not a quarter of a year: "the cameras' first quarter of use".
    assert "first quarter" in what_is_asked("who reports on the cameras' first quarter of use")


def test_what_counts_as_a_thing_asks_what_it_is() -> None:
    assert (
        what_is_asked("What counts as a quorum for a board meeting?")
        == "What is a quorum for a board meeting?"
    )
    assert what_is_asked("who counts as a member of the board") == "who is a member of the board"
    assert "counts" in what_is_asked("how many people the count covers and what it counts")
