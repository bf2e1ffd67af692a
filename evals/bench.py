"""`make bench`: our whole-process ingest beside the LangChain tutorial pipeline's, answer latency, memory.

On a 500-page scale corpus, `csp ingest` and the tutorial pipeline run as whole processes side by
side (evals/bench_process.py). On the real corpus and a ~2,000-page scale corpus: parse and embed
throughput against the bare model, ingest, unchanged re-ingest, warm and cold `csp ask`, memory,
with the local store (and a Chroma server on the real corpus); then `csp serve`'s memory as it is
asked questions, and the embedding backends side by side. Targets are printed beside the figures.
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.service import Assistant
from assistant.settings import Settings
from evals import metrics
from evals.bench_process import chroma_server, cold_ask, export_model, ingest_side_by_side, serve_memory
from evals.bench_table import BenchResult, render_table, write_results
from evals.run import DEFAULT_QUESTIONS, load_questions, run_eval
from ingest.corpus_files import document_name, find_pdfs
from ingest.embed.models import load_embeddings
from ingest.errors import CspError
from ingest.parse.chunk import chunk_pages
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from ingest.settings import BACKENDS
from ingest.store import ChunkStore

__all__ = ["BenchResult", "bench_all", "chroma_server", "cold_ask", "render_table", "write_results"]

PLAIN_BATCH = 32  # sentence-transformers' default batch size: its plain path, the backends' yardstick
BACKEND_SAMPLE = 1500  # chunk texts of the scale corpus each embedding backend is timed on
ANCHOR_PAGES = 500  # the corpus the tutorial pipeline and `csp ingest` are timed on, side by side
# Warm answers are timed on questions the answerer was not tuned on too (held-out sets).
WARM_QUESTIONS = (
    DEFAULT_QUESTIONS,
    DEFAULT_QUESTIONS.with_name("real-typed-dev.jsonl"),
    DEFAULT_QUESTIONS.with_name("real-typed-test.jsonl"),
)


def run_bench(settings: Settings, name: str, embeddings: Any, checked: bool = True) -> BenchResult:
    """Measure the pipeline on `settings.corpus_dir` with the store `settings` names (emptied first)."""
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
    embeddings.encode_plain(texts[:32])  # warm up before timing
    start = time.perf_counter()
    embeddings.encode_plain(texts)  # the bare model, nothing around it
    raw_s = time.perf_counter() - start

    assistant = Assistant.open(settings, embeddings)
    start = time.perf_counter()
    report = assistant.ingest()
    ingest_s = time.perf_counter() - start
    start = time.perf_counter()
    again = assistant.ingest()
    reingest_s = time.perf_counter() - start
    if again.chunks_embedded:
        raise CspError(f"re-ingesting an unchanged corpus embedded {again.chunks_embedded} chunks")
    latencies = _warm_latencies(assistant)
    cold_s, cold_rss = cold_ask(settings)
    raw_rate = len(texts) / raw_s
    ingest_rate = report.totals["chunks"] / ingest_s
    return BenchResult(
        name,
        {
            "pages": pages,
            "chunks": report.totals["chunks"],
            "parse_pages_per_s": pages / parse_s,
            "raw_model_chunks_per_s": raw_rate,
            "ingest_chunks_per_s": ingest_rate,
            "ingest_vs_raw_model": ingest_rate / raw_rate,
            "full_ingest_s": ingest_s,
            "reingest_unchanged_s": reingest_s,
            "warm_questions": len(latencies),
            "warm_ask_p50_ms": metrics.percentile(latencies, 50),
            "warm_ask_p95_ms": metrics.percentile(latencies, 95),
            "cold_ask_s": cold_s,
            "cold_ask_rss_mb": cold_rss,
            # this process (parse, embed, store, ask) or the `csp ask` it started, whichever is larger
            "peak_rss_mb": max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, cold_rss),
        },
        checked,
    )


def _warm_latencies(assistant: Assistant) -> list[float]:
    """Milliseconds per question after the first, over every question set of the real report."""
    questions = [s.question for path in WARM_QUESTIONS for s in load_questions(path)]
    assistant.ask(questions[0])  # the first question pays for loading what answering reads
    latencies = []
    for question in questions[1:]:
        start = time.perf_counter()
        assistant.ask(question)
        latencies.append((time.perf_counter() - start) * 1000)
    return latencies


def bench_all(
    settings: Settings,
    out: Path,
    scale_pages: int = 2000,
    server: bool = True,
    tutorial_python: Path | None = None,
) -> list[BenchResult]:
    """Side-by-side ingest; real and scale corpora (local store, Chroma server); serve; backends."""
    from evals.scale_corpus import build_scale_corpus

    # Exported models are kept once for all runs (the stores are temporary, the models need not be).
    settings = settings.with_(model_cache=(settings.model_cache or settings.data_dir / "models").resolve())
    export_model(settings, out)
    embeddings = load_embeddings(settings)
    anchor = build_scale_corpus(settings.corpus_dir, out / f"scale-corpus-{ANCHOR_PAGES}", pages=ANCHOR_PAGES)
    scale = build_scale_corpus(settings.corpus_dir, out / "scale-corpus", pages=scale_pages)
    results = []
    with tempfile.TemporaryDirectory() as work:
        results.append(ingest_side_by_side(settings, anchor, tutorial_python, Path(work) / "anchor"))
        # OCR pages/s (scanned pages through OCR, on both cores) is measured here once OCR lands.
        for name, corpus, checked in (
            ("real corpus", settings.corpus_dir, False),  # too small for the targets: fixed costs dominate
            (f"scale ({scale_pages} pages)", scale, True),
        ):
            local = settings.with_(corpus_dir=corpus, data_dir=Path(work) / name.split()[0], chroma_host=None)
            results.append(run_bench(local, f"{name}, local store", embeddings, checked))
            # The server path is the same code; on the real corpus only, to keep `make bench` short.
            if server and not checked:
                with chroma_server(Path(work) / f"server-{name.split()[0]}") as port:
                    remote = local.with_(chroma_host="127.0.0.1", chroma_port=port)
                    results.append(run_bench(remote, f"{name}, Chroma server", embeddings, checked))
        results.append(serve_memory(settings, scale, Path(work) / "scale"))
        texts = [c.embed_text for f in find_pdfs([scale]) for c in _chunks(f, scale, settings.chunk_chars)]
        backends = settings.with_(data_dir=Path(work) / "backends")
        results += compare_backends(backends, texts[:BACKEND_SAMPLE], Path(work) / "backends")
    from evals.bench_ocr import bench_ocr  # it builds on BenchResult, defined here

    results.append(bench_ocr())
    return results


def _chunks(path: Path, corpus: Path, chunk_chars: int) -> list[Any]:
    pdf = read_pdf(path, document_name(path, corpus))
    return chunk_pages(pdf.document, clean_pages(pdf.pages), chunk_chars)


def compare_backends(settings: Settings, texts: list[str], folder: Path) -> list[BenchResult]:
    """Every embedding backend side by side on the same chunk texts, and on the evaluation set.

    The first run is sentence-transformers' plain path (torch at its default batch size), the
    yardstick a faster backend must beat without lowering page hit@1 or answer accuracy; the others
    run at the configured batch size. Exported models stay in `folder`, so later runs do not export again.
    """
    questions = load_questions(DEFAULT_QUESTIONS)
    runs = [("torch", PLAIN_BATCH, "plain path")]
    runs += [(backend, settings.embed_batch_size, "") for backend in BACKENDS]
    results = []
    for backend, batch, label in runs:
        name = f"{backend}-{batch}"
        chosen = settings.with_(embedding_backend=backend, embed_batch_size=batch, data_dir=folder / name)
        embeddings: Any = load_embeddings(chosen)
        embeddings.encode_plain(texts[:32])  # warm up before timing
        start = time.perf_counter()
        embeddings.embed_documents(texts)
        rate = len(texts) / (time.perf_counter() - start)
        ChunkStore.reset(chosen)
        assistant = Assistant.open(chosen, embeddings)
        assistant.ingest()
        scores = run_eval(assistant, questions).metrics
        figures = {"chunks_per_s": rate, "page_hit@1": scores["page_hit@1"]}
        figures |= {"answer_accuracy": scores["answer_accuracy"], "latency_p95_ms": scores["latency_p95_ms"]}
        title = f"{backend}, batch {batch}" + (f" ({label})" if label else "")
        results.append(BenchResult(title, figures))
    return results
