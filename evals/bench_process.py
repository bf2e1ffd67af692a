"""Whole processes side by side: the LangChain tutorial pipeline against `csp ingest` and `csp serve`.

Each is timed from start to exit on the same corpus in the same run, alternating, so both meet the
same load on a shared machine; the ratio is the figure that travels between machines.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from assistant.settings import Settings
from evals.bench_table import BenchResult
from ingest.errors import CspError

TUTORIAL_SCRIPT = Path(__file__).with_name("tutorial_pipeline.py")
REPEATS = 2  # each pipeline runs this often, alternating; the faster run of each is kept


def run_process(
    command: Sequence[str], env: dict[str, str], limit_s: float = 900
) -> tuple[float, float, str]:
    """Seconds from start to exit, peak resident MB (read from /proc while it runs) and its stdout."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(list(command), env=env, stdout=out, stderr=errors)
        peak_kb = 0
        while process.poll() is None:
            peak_kb = max(peak_kb, _high_water_kb(process.pid))
            if time.perf_counter() - start > limit_s:
                process.kill()
                raise CspError(f"{command[0]} took over {limit_s:.0f} s during the benchmark")
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        errors.seek(0)
        out.seek(0)
        if process.returncode:
            message = errors.read().decode(errors="replace").strip()[-2000:]
            raise CspError(f"{' '.join(command[:2])} failed during the benchmark: {message}")
        return seconds, peak_kb / 1024, out.read().decode(errors="replace")


def csp_env(settings: Settings, corpus: Path, data_dir: Path) -> dict[str, str]:
    """The environment of a `csp` child over `corpus` with its index in `data_dir`."""
    env = {**os.environ, "CSP_CORPUS_DIR": str(corpus), "CSP_DATA_DIR": str(data_dir)}
    env["CSP_EMBEDDING_BACKEND"] = settings.embedding_backend
    env["CSP_EMBED_BATCH_SIZE"] = str(settings.embed_batch_size)
    if settings.model_cache:  # the exported model is shared, so no run times its one-off export
        env["CSP_MODEL_CACHE"] = str(settings.model_cache)
    env.pop("CSP_CHROMA_HOST", None)
    return env


# Loads the configured model the way `csp ingest` does, which exports it into the shared cache
# the first time.
_EXPORT_MODEL = (
    "from ingest.embed.models import load_embeddings; from ingest.settings import IngestSettings; "
    "load_embeddings(IngestSettings.from_env())"
)


def export_model(settings: Settings, work: Path) -> None:
    """Export the configured model into `settings.model_cache` in a child process, before this one
    loads it: the one-off export peaks at several times the memory of loading an exported model, and
    in this process that peak would stay in every later figure of peak memory."""
    run_process([sys.executable, "-c", _EXPORT_MODEL], csp_env(settings, settings.corpus_dir, work))


def ingest_side_by_side(
    settings: Settings, corpus: Path, tutorial_python: Path | None, work: Path
) -> BenchResult:
    """Whole-process ingest of `corpus`: the tutorial pipeline, then `csp ingest`, alternating.

    Also a second `csp ingest` over the unchanged index (the whole process, start to exit).
    """
    csp = str(Path(sys.executable).with_name("csp"))
    figures: dict[str, float] = {}
    ours: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    for repeat in range(REPEATS):
        if tutorial_python is not None:
            store = work / f"tutorial-{repeat}"
            env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
            seconds, peak, out = run_process(
                [str(tutorial_python), str(TUTORIAL_SCRIPT), str(corpus), str(store)], env
            )
            theirs.append((seconds, peak))
            counts = json.loads(out.strip().splitlines()[-1])
            figures["tutorial_chunks"] = counts["chunks"]
            shutil.rmtree(store, ignore_errors=True)
        data_dir = work / f"csp-{repeat}"
        env = csp_env(settings, corpus, data_dir)
        seconds, peak, out = run_process([csp, "ingest", "--json"], env)
        ours.append((seconds, peak))
        report = json.loads(out)
        figures["pages"] = report["totals"]["pages"]
        figures["csp_chunks"] = report["totals"]["chunks"]
        if repeat == REPEATS - 1:
            figures["csp_reingest_unchanged_process_s"] = run_process([csp, "ingest", "--json"], env)[0]
        shutil.rmtree(data_dir, ignore_errors=True)
    best = min(ours)
    figures["csp_ingest_process_s"] = best[0]
    figures["csp_ingest_peak_rss_mb"] = max(peak for _, peak in ours)
    if theirs:
        figures["tutorial_ingest_process_s"] = min(theirs)[0]
        figures["tutorial_ingest_peak_rss_mb"] = max(peak for _, peak in theirs)
        figures["ingest_speedup_vs_tutorial"] = min(theirs)[0] / best[0]
    return BenchResult(f"whole process, {corpus.name}", figures)


def serve_memory(settings: Settings, corpus: Path, data_dir: Path, seconds: float = 40.0) -> BenchResult:
    """`csp serve` over an ingested index, asked questions by two sessions: its memory as they go."""
    from evals.load import run_load, serving

    with serving(csp_env(settings, corpus, data_dir)) as (url, pid):
        load = run_load(url, pid, 2, seconds, think_s=0.0, warmup_s=15.0)
    samples = load.rss_samples_mb or (load.rss_end_mb,)
    return BenchResult(
        f"csp serve, {corpus.name}",
        {
            "serve_requests": load.requests,
            "serve_failures": load.failures,
            "serve_rss_after_warmup_mb": load.rss_start_mb,
            "serve_rss_end_mb": load.rss_end_mb,
            "serve_rss_peak_sampled_mb": max(samples),
            "serve_memory_growth": load.memory_growth,
        },
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
