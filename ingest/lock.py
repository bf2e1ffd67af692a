"""One writer at a time for a local store: a second waits a bounded time, then stops with a message."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

from ingest.errors import StoreBusyError
from ingest.settings import IngestSettings

LOCK_FILE = "ingest.lock"


@contextmanager
def writer_lock(settings: IngestSettings) -> Iterator[None]:
    """Hold the store's writer lock for the duration of the block.

    The kernel drops an flock when its process dies, so an ingest killed with SIGKILL leaves no
    stale lock behind. A Chroma server orders its own writes, so there is nothing to lock then.
    """
    if settings.chroma_host:
        yield
        return
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    path = settings.data_dir / LOCK_FILE
    with path.open("a+") as handle:
        deadline = time.monotonic() + settings.lock_timeout_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    raise StoreBusyError(
                        f"Another ingest (process {holder}) is writing to the index in {settings.data_dir}; "
                        f"waited {settings.lock_timeout_s:.0f} s. Try again when it has finished."
                    ) from None
                time.sleep(0.1)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
