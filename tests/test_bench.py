"""The benchmark's own measurements: a cold `csp ask` is timed and its memory is its own, and the
model's one-off export happens in a child, not in the process whose peak memory is read."""

from __future__ import annotations

from pathlib import Path

from assistant.service import Assistant
from assistant.settings import Settings
from evals.bench import cold_ask
from evals.bench_process import export_model


def test_cold_ask_reports_the_child_memory_not_this_process(assistant: Assistant) -> None:
    ballast = b"x" * (1500 * 1024 * 1024)  # written, so resident: this process now peaks above 1.5 GB
    seconds, peak_mb = cold_ask(assistant.settings)
    assert len(ballast) and seconds > 0
    assert 100 < peak_mb < 1500  # the ONNX model, the store and Python: a few hundred MB


def test_the_model_is_exported_by_a_child_into_the_cache_this_process_then_loads(
    settings: Settings, tmp_path: Path
) -> None:
    cache = tmp_path / "models"
    export_model(settings.with_(model_cache=cache), tmp_path)
    assert [path.name for path in cache.rglob("*.onnx")] == ["model-eager-attention.onnx"]
