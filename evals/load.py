"""A bounded load test of `csp serve` over loopback: concurrent chat sessions for a fixed time.

It starts its own server, drives it with gradio's client (the same queue a browser uses), and
reports requests per second, failure rate, p50/p95 latency and the server's memory growth.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals import metrics
from evals.run import DEFAULT_QUESTIONS, load_questions
from ingest.errors import CspError

TURNS_PER_CONVERSATION = 5  # then the simulated user starts a new chat, as people do


@dataclass(frozen=True)
class LoadResult:
    """The figures of one load run."""

    sessions: int
    seconds: float
    requests: int
    failures: int
    p50_ms: float
    p95_ms: float
    rss_start_mb: float
    rss_end_mb: float
    rss_samples_mb: tuple[float, ...] = ()
    rss_cold_mb: float = 0.0

    @property
    def requests_per_s(self) -> float:
        """Completed requests per second over the run."""
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def failure_rate(self) -> float:
        """Share of requests that raised or came back without an answer."""
        return self.failures / self.requests if self.requests else 0.0

    @property
    def memory_growth(self) -> float:
        """Server RSS at the end over the start, minus one."""
        return self.rss_end_mb / self.rss_start_mb - 1 if self.rss_start_mb else 0.0

    def render(self) -> str:
        """The figures as lines for a terminal."""
        return "\n".join(
            [
                f"sessions           {self.sessions}",
                f"duration           {self.seconds:.0f} s",
                f"requests           {self.requests} ({self.requests_per_s:.2f}/s)",
                f"failure rate       {self.failure_rate:.3f} ({self.failures} failed)",
                f"latency p50 / p95  {self.p50_ms:.0f} ms / {self.p95_ms:.0f} ms",
                f"server memory      {self.rss_start_mb:.0f} MB after warm-up -> {self.rss_end_mb:.0f} MB "
                f"({self.memory_growth:+.1%}); {self.rss_cold_mb:.0f} MB before it",
                "memory samples     " + " ".join(f"{mb:.0f}" for mb in self.rss_samples_mb) + " MB",
            ]
        )


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB, from /proc."""
    total = 0.0
    for proc in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{proc}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def _children(pid: int) -> list[int]:
    try:
        kids = [int(k) for k in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return kids + [grand for kid in kids for grand in _children(kid)]


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(port: int, env: dict[str, str], timeout_s: float = 180) -> subprocess.Popen[bytes]:
    """`csp serve` on 127.0.0.1:port, once it answers HTTP."""
    import httpx

    csp = Path(sys.executable).with_name("csp")
    server = subprocess.Popen(
        [str(csp), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CspError(f"csp serve exited with status {server.returncode} before it was ready.")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.5)
    server.kill()
    raise CspError(f"csp serve did not answer on port {port} within {timeout_s:.0f} s.")


def run_load(
    url: str, server_pid: int, sessions: int, seconds: float, think_s: float = 0.5, warmup_s: float = 30.0
) -> LoadResult:
    """Drive `sessions` concurrent conversations against the server at `url` for `seconds`.

    The first `warmup_s` run at full concurrency but are not measured: the server's memory settles
    there (allocator arenas per worker thread, caches), and what is measured after is growth.
    """
    if sessions < 1 or seconds <= 0:
        raise ValueError(f"sessions and seconds must be positive, not {sessions} and {seconds}")
    run = _LoadRun(url, server_pid, sessions, seconds, think_s, warmup_s)
    threads = [threading.Thread(target=run.session, args=(i,)) for i in range(sessions)]
    threads.append(threading.Thread(target=run.sample))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return run.result()


class _LoadRun:
    """One load test's sessions, memory samples and measurements, shared by its threads."""

    def __init__(
        self, url: str, server_pid: int, sessions: int, seconds: float, think_s: float, warmup_s: float
    ) -> None:
        self.url, self.server_pid, self.sessions, self.think_s = url, server_pid, sessions, think_s
        self.questions = [s.question for s in load_questions(DEFAULT_QUESTIONS)]
        self.latencies: list[float] = []
        self.failures = 0
        self.lock = threading.Lock()
        self.rss_cold = self.rss_start = rss_mb(server_pid)
        self.samples: list[float] = []
        self.measure_from = time.monotonic() + warmup_s
        self.deadline = self.measure_from + seconds

    def session(self, offset: int) -> None:
        """One conversation after another, a question at a time, until the deadline."""
        from gradio_client import Client

        client = Client(self.url, verbose=False)
        chat: list[Any] = []
        turn = offset
        while time.monotonic() < self.deadline:
            if len(chat) >= 2 * TURNS_PER_CONVERSATION:
                chat = []
            start = time.perf_counter()
            try:
                question = self.questions[turn % len(self.questions)]
                chat = list(client.predict(question, chat, "All", "All", api_name="/respond")[0])
                ok = bool(chat) and chat[-1]["role"] == "assistant"
            except Exception:  # any failure of a request is what this test counts
                ok = False
            elapsed = (time.perf_counter() - start) * 1000
            if time.monotonic() - elapsed / 1000 >= self.measure_from:  # requests begun after the warm-up
                with self.lock:
                    self.latencies.append(elapsed)
                    self.failures += 0 if ok else 1
            turn += self.sessions
            time.sleep(self.think_s)

    def sample(self) -> None:
        """The server's memory after the warm-up and every 30 s after."""
        time.sleep(max(0.0, self.measure_from - time.monotonic()))
        self.rss_start = rss_mb(self.server_pid)
        while time.monotonic() < self.deadline:
            self.samples.append(rss_mb(self.server_pid))
            time.sleep(min(30.0, max(0.0, self.deadline - time.monotonic())))

    def result(self) -> LoadResult:
        return LoadResult(
            sessions=self.sessions,
            seconds=time.monotonic() - self.measure_from,
            requests=len(self.latencies),
            failures=self.failures,
            p50_ms=metrics.percentile(self.latencies, 50),
            p95_ms=metrics.percentile(self.latencies, 95),
            rss_start_mb=self.rss_start,
            rss_end_mb=rss_mb(self.server_pid),
            rss_samples_mb=tuple(self.samples),
            rss_cold_mb=self.rss_cold,
        )


def load_test(sessions: int, seconds: float, think_s: float = 0.5, warmup_s: float = 30.0) -> LoadResult:
    """Start a server over the configured corpus and store, load it, stop it."""
    with serving(dict(os.environ)) as (url, pid):
        return run_load(url, pid, sessions, seconds, think_s, warmup_s)


@contextlib.contextmanager
def serving(env: dict[str, str]) -> Iterator[tuple[str, int]]:
    """`csp serve` on a free loopback port while the block runs: its URL and process id; stopped after."""
    port = free_port()
    server = start_server(port, env)
    try:
        yield f"http://127.0.0.1:{port}/", server.pid
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
