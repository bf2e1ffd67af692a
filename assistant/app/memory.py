"""Hand the heap memory a long-running server has freed back to the operating system.

glibc's malloc keeps what Python, torch and the tokenizer free in its arenas (one per worker thread
that has allocated, up to eight per core) and returns little of it on its own: under steady chat
load the server's RSS then creeps up while the memory actually in use stays flat. `malloc_trim(0)`
releases the free pages of every arena. Fewer arenas (two, not sixteen on two cores) leave less free
memory scattered for it to find. Elsewhere (macOS, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable

TRIM_EVERY_S = 10.0
ARENAS = 2  # as many as answers run at once (the UI's concurrency limit): more only scatter freed memory
_M_ARENA_MAX = -8  # mallopt's parameter, from glibc's malloc.h


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def start_heap_trimmer(every_s: float = TRIM_EVERY_S) -> threading.Event | None:
    """Trim the heap every `every_s` seconds on a daemon thread; set the returned Event to stop it."""
    trim = _malloc_trim()
    if trim is None:
        return None
    stop = threading.Event()

    def run() -> None:
        while not stop.wait(every_s):
            trim(0)

    threading.Thread(target=run, name="heap-trimmer", daemon=True).start()
    return stop


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap malloc's arenas; returns whether malloc took the setting.

    glibc fixes its limit when the process makes its ninth arena, so this only counts before the
    model loads and starts its threads (seen: 10 arenas right after `Assistant.open`, 16 under load).
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_ARENA_MAX, arenas))
