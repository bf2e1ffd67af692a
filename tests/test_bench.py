"""The benchmark's own measurements: a cold `csp ask` is timed and its memory is its own."""

from __future__ import annotations

from assistant.service import Assistant
from evals.bench import cold_ask


def test_cold_ask_reports_the_child_memory_not_this_process(assistant: Assistant) -> None:
    ballast = b"x" * (1500 * 1024 * 1024)  # written, so resident: this process now peaks above 1.5 GB
    seconds, peak_mb = cold_ask(assistant.settings)
    assert len(ballast) and seconds > 0
    assert 100 < peak_mb < 1500  # the ONNX model, the store and Python: a few hundred MB
