"""Two ways side by side on one index, alternated in one process: what a speed change buys.

`python -m evals.bench_ab DATA_DIR CORPUS_DIR` ingests the corpus when the index is empty, then
times building the answering state without and with the saved word index, and warm answers with
unit vectors embedded alone and pooled at ingest (the questions `make bench` times), twice each.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from assistant.index import lexical_folder
from assistant.service import Assistant
from assistant.settings import Settings
from evals import metrics
from evals.bench import WARM_QUESTIONS
from evals.run import load_questions
from ingest.embed.models import load_embeddings

ROUNDS = 2


def main(data_dir: Path, corpus_dir: Path) -> None:
    """Print each measurement as a line."""
    settings = Settings.from_env().with_(data_dir=data_dir, corpus_dir=corpus_dir)
    embeddings = load_embeddings(settings)
    assistant = Assistant.open(settings, embeddings)
    if assistant.store.count() == 0:
        start = time.perf_counter()
        assistant.index.ingest(refresh=False)
        print(f"ingest {time.perf_counter() - start:.1f} s")
    for _ in range(ROUNDS):
        for saved in (False, True):
            if not saved:
                shutil.rmtree(lexical_folder(settings), ignore_errors=True)
            fresh = Assistant.open(settings, embeddings)
            start = time.perf_counter()
            _ = fresh.index.state
            how = "loaded" if saved else "absent (built and saved)"
            print(f"answering state, saved word index {how}: {time.perf_counter() - start:.2f} s")
    questions = [s.question for path in WARM_QUESTIONS for s in load_questions(path)]
    for _ in range(ROUNDS):
        for mode in ("embedded", "pooled"):
            asking = Assistant.open(settings.with_(unit_vectors=mode), embeddings)
            asking.ask(questions[0])
            latencies = []
            for question in questions[1:]:
                start = time.perf_counter()
                asking.ask(question)
                latencies.append((time.perf_counter() - start) * 1000)
            p50, p95 = metrics.percentile(latencies, 50), metrics.percentile(latencies, 95)
            print(f"warm answers, unit vectors {mode}: n={len(latencies)} p50 {p50:.0f} ms p95 {p95:.0f} ms")


if __name__ == "__main__":  # the parser's child processes import this module again: run only here
    main(Path(sys.argv[1]), Path(sys.argv[2]))
