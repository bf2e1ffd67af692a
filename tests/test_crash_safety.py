"""One writer at a time; an ingest killed with SIGKILL leaves a store that opens, answers and converges."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from ingest.errors import StoreBusyError
from ingest.lock import writer_lock
from ingest.parse.chunk import chunk_pages
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import make_pdf

PART_DONE = re.compile(r"Embedding:\s+[1-9]\d?%")  # the progress bar past 0% and short of 100%
TOPICS = ["road safety", "knife crime", "scams", "anti-social behaviour", "domestic abuse", "drugs"]


def make_corpus(corpus: Path) -> None:
    """Six documents of twenty pages, enough text that embedding them takes a few seconds."""
    for n, topic in enumerate(TOPICS):
        pages = [
            [f"Report {n} page {p} on {topic}: the partnership reviewed {topic} work in ward {p}."]
            + [f"Sentence {s} records action {s * p} taken on {topic} by partner {s}." for s in range(12)]
            for p in range(1, 21)
        ]
        make_pdf(corpus / f"report-{n}.pdf", pages)


def expected_chunks(settings: Settings) -> int:
    return sum(
        len({c.id for c in chunk_pages(f.name, clean_pages(read_pdf(f, f.name).pages), settings.chunk_chars)})
        for f in sorted(settings.corpus_dir.glob("*.pdf"))
    )


def test_second_writer_waits_then_stops_with_a_message(settings: Settings) -> None:
    quick = settings.with_(lock_timeout_s=0.5)
    with writer_lock(quick):
        started = time.monotonic()
        busy = pytest.raises(StoreBusyError, match=rf"Another ingest \(process {os.getpid()}\) is writing")
        with busy, writer_lock(quick):
            pass
        assert 0.5 <= time.monotonic() - started < 5

    # A writer that waits gets the lock as soon as the first lets go.
    released = threading.Event()

    def hold() -> None:
        with writer_lock(quick):
            released.wait(0.3)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.05)
    with writer_lock(settings.with_(lock_timeout_s=10)):
        pass
    holder.join()


def test_sigkill_mid_ingest_leaves_a_store_that_converges(settings: Settings, model: Any) -> None:
    make_corpus(settings.corpus_dir)
    env = {**os.environ, "CSP_CORPUS_DIR": str(settings.corpus_dir), "CSP_DATA_DIR": str(settings.data_dir)}
    csp = Path(sys.executable).with_name("csp")
    process = subprocess.Popen([str(csp), "ingest"], env=env, stderr=subprocess.PIPE, text=True, bufsize=1)
    assert process.stderr is not None
    seen = ""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        seen += process.stderr.read(1)
        if (
            "Embedding" in seen
            and "%" in seen.split("Embedding")[-1]
            and " 0%" not in seen.split("Embedding")[-1][:12]
        ):
            break
    os.kill(process.pid, signal.SIGKILL)  # mid-embedding, after some chunks were written
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    survivor = Assistant.open(settings, model)  # the store opens...
    partial = survivor.store.count()
    assert 0 < partial < expected_chunks(settings)
    survivor.ask("What did the partnership do about knife crime?")  # ...and answers

    report = survivor.ingest()  # the next ingest finishes the job
    assert report.chunks_in_store == survivor.store.count() == expected_chunks(settings)
    again = survivor.ingest()
    assert again.chunks_embedded == 0 and {f.status for f in again.files} == {"unchanged"}
