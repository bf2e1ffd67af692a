"""A scripted OpenAI-compatible chat server on 127.0.0.1, for driving the real client in tests.

It implements POST /v1/chat/completions, plain JSON or streamed as server-sent events
(`data: {...}` chunks, then `data: [DONE]`). Each request takes the next scripted `Reply`; every
request body is recorded. Use it as a context manager; `closed_port()` gives a port nobody listens on.
"""

from __future__ import annotations

import json
import socket
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Reply:
    """What the server answers to one request.

    `content` is the assistant's text; when streamed it is sent in `pieces` (default: word by word).
    A `status` other than 200 sends an OpenAI-style error body instead. `delay` seconds pass
    before anything is sent, and a streamed reply pauses `stall` seconds before its last piece
    (both are cut short when the server stops).
    """

    content: str = ""
    status: int = 200
    delay: float = 0.0
    pieces: tuple[str, ...] | None = None
    stall: float = 0.0

    def stream_pieces(self) -> list[str]:
        """The content split as it will be streamed: the scripted pieces, or word by word."""
        if self.pieces is not None:
            return list(self.pieces)
        words = self.content.split(" ")
        return [w + " " for w in words[:-1]] + [words[-1]]


class ChatStub:
    """The server: `script(...)` the replies, `base_url` for the client, `requests` to inspect."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def base_url(self) -> str:
        """The OpenAI base URL of this server: http://127.0.0.1:PORT/v1."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def script(self, *replies: Reply | str) -> None:
        """Queue the replies for the next requests, in order; a plain string is a 200 reply."""
        with self._lock:
            self._replies.extend(Reply(r) if isinstance(r, str) else r for r in replies)

    def _next(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            self.requests.append(body)
            if self._replies:
                return self._replies.popleft()
        return Reply("unscripted request", status=500)

    def __enter__(self) -> ChatStub:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopping.set()  # let any delayed reply go at once
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet test output
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                reply = stub._next(body)
                if reply.delay:
                    stub._stopping.wait(reply.delay)
                try:
                    if self.path.rstrip("/") != "/v1/chat/completions":
                        self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                    elif reply.status != 200:
                        error = {"message": reply.content or "scripted error", "type": "server_error"}
                        self._json(reply.status, {"error": error})
                    elif body.get("stream"):
                        self._stream(body, reply)
                    else:
                        self._json(200, _completion(body, reply.content))
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its timeout): nothing to tell it

            def _json(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, body: dict[str, Any], reply: Reply) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                pieces = reply.stream_pieces()
                deltas: list[dict[str, Any]] = [{"role": "assistant", "content": ""}]
                deltas += [{"content": piece} for piece in pieces]
                for i, delta in enumerate(deltas):
                    if reply.stall and i == len(deltas) - 1:
                        stub._stopping.wait(reply.stall)
                    self._event(_chunk(body, delta, None))
                self._event(_chunk(body, {}, "stop"))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

            def _event(self, payload: dict[str, Any]) -> None:
                self.wfile.write(b"data: " + json.dumps(payload).encode() + b"\n\n")
                self.wfile.flush()

        return Handler


def _completion(body: dict[str, Any], content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", "stub"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": body.get("model", "stub"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening: connecting to it is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
