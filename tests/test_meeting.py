"""An answer quoting dated minutes says which meeting it comes from when the question asks."""

from __future__ import annotations

from assistant.answering.meeting import with_meeting, with_sources
from assistant.types import Answer, Citation

QUOTE = "Resolved: to add shoplifting as a priority for 2024/25."


def _answer(question: str, doc_type: str = "minutes", text: str = f"{QUOTE} [1]") -> Answer:
    cited = Citation(1, "m.pdf", "Board minutes", 1, "1", QUOTE, doc_type=doc_type, date="2024-01-24")
    return Answer(question, text, False, (cited,))


def test_the_meeting_of_the_minutes_quoted_is_said() -> None:
    answer = with_meeting(_answer("which priority was added, and at which meeting was this decided"))
    assert answer.text == f"{QUOTE} [1] That is from the minutes of the meeting of 24 January 2024 [1]."
    assert answer.sentences[-1].citations == (1,)
    when = with_meeting(_answer("when was shoplifting added as a priority"))
    assert when.text.endswith("24 January 2024 [1].")
    for asked in ("when was Ann Hollis elected chair", "how much was approved for it, and when?"):
        assert with_meeting(_answer(asked)).text.endswith("24 January 2024 [1].")


def test_nothing_is_added_unless_asked_or_known() -> None:
    for answer in (
        _answer("which priority was added"),  # no meeting asked
        _answer("what happened when the grant ran out"),  # "when" not asked
        _answer("at which meeting was it decided", doc_type="annual report"),  # a report, not a meeting
        _answer("at which meeting was it decided", text="Agreed on 24 January 2024. [1]"),  # already said
    ):
        assert with_meeting(answer) == answer


def test_where_it_is_written_names_each_document_quoted_once() -> None:
    minutes = Citation(1, "m.pdf", "Board minutes", 1, "1", QUOTE, doc_type="minutes", date="2024-01-24")
    report = Citation(
        2, "r.pdf", "Annual Report 2023/24", 3, "3", "Shoplifting was added.", doc_type="annual report"
    )
    again = Citation(
        3, "m.pdf", "Board minutes", 2, "2", "Shoplifting leads named.", doc_type="minutes", date="2024-01-24"
    )
    text = f"{QUOTE} [1] Shoplifting was added. [2] Shoplifting leads named. [3]"
    answer = with_sources(
        Answer("where is the decision to add shoplifting written down", text, False, (minutes, report, again))
    )
    assert answer.text == (
        f"{text} It is written in Board minutes (meeting of 24 January 2024), p. 1 [1]; and in Annual Report"
        " 2023/24, p. 3 [2]."
    )
    assert answer.sentences[-1].citations == (1, 2, 3)
    # A place asked about is no question of where something is written.
    plain = Answer("where were most burglaries recorded", text, False, (minutes, report))
    assert with_sources(plain) == plain
