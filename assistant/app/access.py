"""Who may reach the served UI: credentials from CSP_AUTH, and a bind address beyond this machine.

Apart from the UI so that `csp serve` can refuse a bad bind before the model or Gradio loads.
"""

from __future__ import annotations

import ipaddress

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
