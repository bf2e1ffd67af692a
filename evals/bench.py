"""Benchmarks: parse, embed and ingest throughput, re-ingest, and warm answer latency on a corpus."""

from __future__ import annotations

import json
import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.service import Assistant
from evals import metrics
from evals.run import DEFAULT_QUESTIONS, load_questions
from ingest.chunk import chunk_pages
from ingest.clean import clean_pages
from ingest.embed import load_embeddings
from ingest.pdf import read_pdf
from ingest.pipeline import document_name, find_pdfs
from ingest.settings import Settings


@dataclass(frozen=True)
class BenchResult:
    """Figures of one benchmark run over one corpus."""

    corpus: str
    figures: dict[str, float]


def run_bench(settings: Settings, questions: Path = DEFAULT_QUESTIONS) -> BenchResult:
    """Measure the pipeline on `settings.corpus_dir`, in a throw-away store."""
    embeddings = load_embeddings(settings)
    files = find_pdfs([settings.corpus_dir])
    start = time.perf_counter()
    parsed = [read_pdf(f, document_name(f, settings.corpus_dir)) for f in files]
    parse_s = time.perf_counter() - start
    pages = sum(len(p.pages) for p in parsed)
    texts = [
        c.embed_text
        for p in parsed
        for c in chunk_pages(p.document, clean_pages(p.pages), settings.chunk_chars)
    ]
    embeddings.embed_documents(texts[:8])  # warm the model up before timing it
    start = time.perf_counter()
    embeddings.embed_documents(texts)
    raw_s = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as data:
        bench_settings = settings.with_(data_dir=Path(data))
        assistant = Assistant.open(bench_settings, embeddings)
        start = time.perf_counter()
        report = assistant.ingest()
        ingest_s = time.perf_counter() - start
        start = time.perf_counter()
        assistant.ingest()
        reingest_s = time.perf_counter() - start
        latencies = []
        for sample in load_questions(questions):
            start = time.perf_counter()
            assistant.ask(sample.question)
            latencies.append((time.perf_counter() - start) * 1000)

    figures = {
        "pages": pages,
        "chunks": report.totals["chunks"],
        "parse_pages_per_s": pages / parse_s,
        "raw_model_chunks_per_s": len(texts) / raw_s,
        "ingest_chunks_per_s": report.totals["chunks"] / ingest_s,
        "ingest_vs_raw_model": (report.totals["chunks"] / ingest_s) / (len(texts) / raw_s),
        "full_ingest_s": ingest_s,
        "reingest_unchanged_s": reingest_s,
        "warm_ask_p50_ms": metrics.percentile(latencies, 50),
        "warm_ask_p95_ms": metrics.percentile(latencies, 95),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    return BenchResult(str(settings.corpus_dir), figures)


def render_table(results: list[BenchResult]) -> str:
    """The results as a Markdown table, one column per corpus."""
    names = list(results[0].figures)
    lines = ["| figure | " + " | ".join(r.corpus for r in results) + " |", "|---|" + "---|" * len(results)]
    for name in names:
        cells = [_fmt(r.figures[name]) for r in results]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_results(results: list[BenchResult], directory: Path) -> Path:
    """Write `bench.json` and `bench.md`; returns the Markdown path."""
    directory.mkdir(parents=True, exist_ok=True)
    payload: list[dict[str, Any]] = [{"corpus": r.corpus, **r.figures} for r in results]
    (directory / "bench.json").write_text(json.dumps(payload, indent=2) + "\n")
    path = directory / "bench.md"
    path.write_text("# Benchmark\n\n" + render_table(results) + "\n")
    return path


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
