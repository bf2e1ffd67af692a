"""Offline by construction: ingest, ask and serve make no network call beyond loopback.

The processes run with a `sitecustomize` that refuses, and records, every DNS lookup and connection
to anything but this machine. The offline variables are unset first: the code must set its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from evals.load import free_port, start_server
from tests.conftest import CORPUS_PDF

GUARD = textwrap.dedent(
    """
    import os, socket

    LOG = os.environ["CSP_NET_LOG"]
    LOCAL = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "", None}

    def _local(host):
        return host in LOCAL or str(host).startswith("127.")

    def _refuse(what):
        with open(LOG, "a") as log:
            log.write(what + "\\n")
        raise OSError(101, "network blocked by the offline test: " + what)

    _getaddrinfo = socket.getaddrinfo
    def getaddrinfo(host, *args, **kwargs):
        if not _local(host if not isinstance(host, bytes) else host.decode()):
            _refuse("dns " + str(host))
        return _getaddrinfo(host, *args, **kwargs)
    socket.getaddrinfo = getaddrinfo

    _connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex
    def _check(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
            _refuse("connect " + str(address))
    def connect(self, address):
        _check(self, address)
        return _connect(self, address)
    def connect_ex(self, address):
        _check(self, address)
        return _connect_ex(self, address)
    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    """
)


def offline_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS_PDF, corpus / CORPUS_PDF.name)
    log = tmp_path / "network.log"
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "HF_HUB_OFFLINE",
            "TRANSFORMERS_OFFLINE",
            "ANONYMIZED_TELEMETRY",
            "GRADIO_ANALYTICS_ENABLED",
            "CSP_LLM",
            "CSP_CHROMA_HOST",
        }
    }
    env.update(
        {
            "PYTHONPATH": os.pathsep.join([str(guard), env.get("PYTHONPATH", "")]),
            "CSP_NET_LOG": str(log),
            "CSP_CORPUS_DIR": str(corpus),
            "CSP_DATA_DIR": str(tmp_path / "data"),
            # Any HTTP client that would go out goes to this unroutable proxy, and is recorded.
            "HTTP_PROXY": "http://192.0.2.1:9",
            "HTTPS_PROXY": "http://192.0.2.1:9",
            "NO_PROXY": "127.0.0.1,localhost",
        }
    )
    return env, log


def test_ingest_ask_and_serve_stay_on_this_machine(tmp_path: Path) -> None:
    env, log = offline_env(tmp_path)
    csp = str(Path(sys.executable).with_name("csp"))
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.getaddrinfo('huggingface.co', 443)"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert probe.returncode != 0 and "network blocked" in probe.stderr  # the guard is in force
    log.unlink()

    subprocess.run([csp, "ingest"], env=env, check=True, capture_output=True, timeout=600)
    asked = subprocess.run(
        [csp, "ask", "--json", "How much did the Knife Angel receive?"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert '"abstained": false' in asked.stdout
    server = start_server(free_port(), env)
    server.terminate()
    server.wait(timeout=30)
    assert not log.exists(), log.read_text()
