"""Questions no one should ask still get one clear sentence, never a stack trace."""

from __future__ import annotations

import pytest

from assistant.app.cli import main
from assistant.service import Assistant
from assistant.text import QuestionError, clean_question


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "The question is empty: please type a question."),
        ("   \n\t ", "The question is empty: please type a question."),
        ("What " * 20_000, "Questions are limited to 1,000 characters and this one has 99,999"),
        ("\x00\x01\x02binary\xff\xfe" * 50, "That does not look like text"),
        (bytes(range(256)).decode("latin-1") * 4, "That does not look like text"),
    ],
)
def test_bad_questions_are_refused_in_one_sentence(question: str, message: str) -> None:
    with pytest.raises(QuestionError, match=message.replace("(", r"\(")):
        clean_question(question)


def test_control_characters_are_dropped() -> None:
    assert (
        clean_question("  How much\u200b did the\x07 Knife Angel\nreceive? ")
        == "How much did the Knife Angel receive?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "¿Cuáles son las prioridades de la asociación?",
        "Quelles sont les priorités du partenariat pour 2022-2025 ?",
        "合作伙伴关系的优先事项是什么？",
        "Какие приоритеты у партнерства?",
    ],
)
def test_other_languages_get_an_answer_or_a_plain_abstention(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained or answer.citations  # either cited or a plain "not answered"


def test_cli_refuses_a_huge_question_in_one_line(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CSP_DATA_DIR", str(assistant.settings.data_dir))
    assert main(["ask", "x" * 100_000]) == 2
    err = capsys.readouterr().err
    assert err.startswith("csp: Questions are limited to 1,000 characters") and err.count("\n") == 1
    assert main(["ask", ""]) == 2
    assert capsys.readouterr().err == "csp: The question is empty: please type a question.\n"
