"""Who may reach the served UI and what it serves: credentials from CSP_AUTH, a bind address beyond
this machine, and the folders whose files the browser may fetch.

Apart from the UI so that `csp serve` can refuse a bad bind before the model or Gradio loads.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from pathlib import Path

from assistant.settings import Settings
from ingest.errors import ConfigError


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """`user:password` from CSP_AUTH, or None when unset."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError("CSP_AUTH must look like user:password.")
    return user, password


def is_loopback(host: str) -> bool:
    """Whether a bind address only reaches this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, auth: tuple[str, str] | None) -> None:
    """Refuse to serve beyond this machine without credentials."""
    if not is_loopback(host) and auth is None:
        raise ConfigError(
            f"Refusing to serve on {host} without credentials: anyone on the network could read the "
            "documents. Set CSP_AUTH=user:password, or bind 127.0.0.1."
        )


def served_paths(settings: Settings, pages_dir: Path, cwd: Path) -> tuple[list[Path], list[Path]]:
    """The folders the UI serves files from (the corpus's PDFs, the rendered pages), and those it
    refuses: the Chroma store, and everything else under the working folder (the code, the data).

    Gradio refuses a blocked path even inside an allowed one, so the working folder is blocked
    around the allowed folders rather than whole.
    """
    allowed = [settings.corpus_dir.resolve(), pages_dir.resolve()]
    blocked = [settings.data_dir.resolve() / "chroma", *blocked_beside(cwd.resolve(), allowed)]
    return allowed, list(dict.fromkeys(blocked))


def blocked_beside(root: Path, allowed: Sequence[Path]) -> list[Path]:
    """Everything under `root` except the `allowed` folders and the folders on the way to them."""
    inside = [path for path in allowed if path.is_relative_to(root)]
    if not inside:
        return [root]
    if root in inside:
        return []
    blocked: list[Path] = []
    for child in sorted(root.iterdir()):
        ways = [path for path in inside if path.is_relative_to(child)]
        blocked.extend(blocked_beside(child, ways) if ways else [child])
    return blocked
