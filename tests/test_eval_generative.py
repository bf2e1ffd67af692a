"""Generative-mode figures from a real run: the real LangChain client against the scripted local server.

One answer has a supported, cited sentence and an uncited one; the model then fails, so the next
answer falls back to extraction. The server is the process edge; nothing else is replaced.
"""

from __future__ import annotations

from assistant.service import Assistant
from evals.questions import Sample, Source
from evals.run import overall, run_eval
from tests.openai_stub import ChatStub, Reply

DOC = "scep-annual-report-2022-23.pdf"


def test_sentences_verified_uncited_and_fallback_are_measured(assistant: Assistant) -> None:
    samples = [
        Sample(
            "g1",
            # Not "which make up the SCEP": the member lists answer that exactly, without the model.
            "Which responsible authorities work together to address community safety issues?",
            "list",
            True,
            (Source(DOC, 3),),
            (("Cheshire Police",), ("Probation",)),
            set_name="gen",
        ),
        Sample(
            "g2",
            "How often does the SCEP meet?",
            "fact",
            True,
            (Source(DOC, 3),),
            (("quarterly", "bi-monthly", "monthly"),),
            set_name="gen",
        ),
    ]
    with ChatStub() as stub:
        settings = assistant.settings.with_(
            llm="openai:stub-model", llm_base_url=stub.base_url, llm_timeout=5.0
        )
        helper = assistant.with_settings(settings)
        stub.script(
            "The responsible authorities include Cheshire Police and Probation [1]. They work well together.",
            Reply("overloaded", status=503),
        )
        result = run_eval(helper, samples)
    run = result.summary
    first, second = run["questions"]
    assert first["answerer"] == "openai:stub-model"
    assert first["values"]["sentences_verified"] == 0.5
    assert first["values"]["sentences_uncited"] == 0.5
    assert second["answerer"] == "extractive" and second["values"]["llm_fallback"] == 1.0
    assert "language model unavailable: extracted instead" in second["failed"]
    figures = overall(run)["figures"]
    assert figures["llm_fallback"]["value"] == 0.5
    assert figures["sentences_verified"]["value"] == 0.5  # the fallback answer is not the model's
    assert run["answerer"] == "openai:stub-model"
    assert figures["sentences_verified"]["n"] == 1
