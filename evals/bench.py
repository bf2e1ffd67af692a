"""Benchmarks: parse, embed and ingest throughput against the bare model, re-ingest, answer latency, memory.

Run on the real corpus and on a generated scale corpus (about 2,000 pages), with the local store
and with a Chroma server on loopback. Targets for a 2-core machine are printed beside the figures.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.service import Assistant
from assistant.settings import Settings
from evals import metrics
from evals.run import DEFAULT_QUESTIONS, load_questions, run_eval
from ingest.embed.models import load_embeddings
from ingest.errors import CspError
from ingest.parse.chunk import chunk_pages
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from ingest.pipeline import document_name, find_pdfs
from ingest.settings import BACKENDS
from ingest.store import ChunkStore

PLAIN_BATCH = 32  # sentence-transformers' default batch size: its plain path, the backends' yardstick
BACKEND_SAMPLE = 1500  # chunk texts of the scale corpus each embedding backend is timed on
# figure: (target, "min" or "max"), for the scale corpus on this machine
TARGETS = {
    "ingest_vs_raw_model": (0.85, "min"),
    "reingest_unchanged_s": (2.0, "max"),
    "warm_ask_p95_ms": (150.0, "max"),
    "cold_ask_s": (6.0, "max"),
    "peak_rss_mb": (2500.0, "max"),
}


@dataclass(frozen=True)
class BenchResult:
    """Figures of one benchmark run over one corpus and one store."""

    name: str
    figures: dict[str, float]
    checked: bool = True  # whether the targets apply (they are set for the 2,000-page corpus)


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
    latencies = []
    for sample in load_questions(DEFAULT_QUESTIONS):
        start = time.perf_counter()
        assistant.ask(sample.question)
        latencies.append((time.perf_counter() - start) * 1000)
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
            "warm_ask_p50_ms": metrics.percentile(latencies, 50),
            "warm_ask_p95_ms": metrics.percentile(latencies, 95),
            "cold_ask_s": cold_s,
            "cold_ask_rss_mb": cold_rss,
            # this process (parse, embed, store, ask) or the `csp ask` it started, whichever is larger
            "peak_rss_mb": max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, cold_rss),
        },
        checked,
    )


def cold_ask(settings: Settings) -> tuple[float, float]:
    """Seconds from starting `csp ask` to its answer, and that process's peak memory in MB."""
    env = {
        **os.environ,
        "CSP_CORPUS_DIR": str(settings.corpus_dir),
        "CSP_DATA_DIR": str(settings.data_dir),
        "CSP_COLLECTION": settings.collection,
    }
    if settings.chroma_host:
        env.update({"CSP_CHROMA_HOST": settings.chroma_host, "CSP_CHROMA_PORT": str(settings.chroma_port)})
    env["CSP_EMBEDDING_BACKEND"] = settings.embedding_backend
    if settings.model_cache:
        env["CSP_MODEL_CACHE"] = str(settings.model_cache)
    csp = Path(sys.executable).with_name("csp")
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [str(csp), "ask", "How much did the Knife Angel receive?"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        # getrusage's figure for a child starts from this process's own peak (Linux carries it
        # over fork and exec), so the child's high-water mark is read from /proc while it runs.
        peak_kb = 0
        while process.poll() is None:
            peak_kb = max(peak_kb, _high_water_kb(process.pid))
            if time.perf_counter() - start > 300:
                process.kill()
                raise CspError("csp ask took over 300 s during the benchmark")
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        if process.returncode:
            errors.seek(0)
            message = errors.read().decode(errors="replace").strip()
            raise CspError(f"csp ask failed during the benchmark: {message}")
    return seconds, peak_kb / 1024


def _high_water_kb(pid: int) -> int:
    """A running process's peak resident memory in kB (0 once it has gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


@contextlib.contextmanager
def chroma_server(path: Path) -> Iterator[int]:
    """A Chroma server on a free loopback port, for the duration of the block."""
    import httpx

    from evals.load import free_port

    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    server = subprocess.Popen(
        [str(chroma), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise CspError("chroma run did not start within 60 s") from None
                time.sleep(0.3)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def bench_all(
    settings: Settings, out: Path, scale_pages: int = 2000, server: bool = True
) -> list[BenchResult]:
    """The real corpus and the scale corpus, local store and (with `server`) a Chroma server."""
    from evals.scale_corpus import build_scale_corpus

    # Exported models are kept once for all runs (the stores are temporary, the models need not be).
    settings = settings.with_(model_cache=(settings.model_cache or settings.data_dir / "models").resolve())
    embeddings = load_embeddings(settings)
    scale = build_scale_corpus(settings.corpus_dir, out / "scale-corpus", pages=scale_pages)
    results = []
    with tempfile.TemporaryDirectory() as work:
        for name, corpus, checked in (
            ("real corpus", settings.corpus_dir, False),  # too small for the targets: fixed costs dominate
            (f"scale ({scale_pages} pages)", scale, True),
        ):
            local = settings.with_(corpus_dir=corpus, data_dir=Path(work) / name.split()[0], chroma_host=None)
            results.append(run_bench(local, f"{name}, local store", embeddings, checked))
            if server:
                with chroma_server(Path(work) / f"server-{name.split()[0]}") as port:
                    remote = local.with_(chroma_host="127.0.0.1", chroma_port=port)
                    results.append(run_bench(remote, f"{name}, Chroma server", embeddings, checked))
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


def render_table(results: list[BenchResult]) -> str:
    """The results as Markdown tables (one per kind of run), one column per run, targets beside them."""
    groups: dict[tuple[str, ...], list[BenchResult]] = {}
    for result in results:
        groups.setdefault(tuple(result.figures), []).append(result)
    tables = "\n\n".join(_table(group) for group in groups.values())
    return tables + "\n\n✗: target missed. Targets are checked on the scale corpus only."


def _table(results: list[BenchResult]) -> str:
    names = list(results[0].figures)
    lines = [
        "| figure | target | " + " | ".join(r.name for r in results) + " |",
        "|---|---|" + "---|" * len(results),
    ]
    for name in names:
        target = TARGETS.get(name)
        shown = "" if target is None else ("≥ " if target[1] == "min" else "< ") + _fmt(target[0])
        cells = [_fmt(r.figures[name]) + (_mark(name, r.figures[name]) if r.checked else "") for r in results]
        lines.append(f"| {name} | {shown} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_results(results: list[BenchResult], directory: Path) -> Path:
    """Write `bench.json` and `bench.md`; returns the Markdown path."""
    directory.mkdir(parents=True, exist_ok=True)
    payload: list[dict[str, Any]] = [{"run": r.name, **r.figures} for r in results]
    (directory / "bench.json").write_text(json.dumps(payload, indent=2) + "\n")
    path = directory / "bench.md"
    path.write_text("# Benchmark\n\n" + render_table(results) + "\n")
    return path


def _mark(name: str, value: float) -> str:
    target = TARGETS.get(name)
    if target is None:
        return ""
    ok = value >= target[0] if target[1] == "min" else value < target[0]
    return "" if ok else " ✗"


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
