"""The one `Settings` object: ingest's, and how answers are made and served. Built once, passed down."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Self

from ingest.errors import ConfigError
from ingest.settings import IngestSettings, positive_seconds


@dataclass(frozen=True)
class Settings(IngestSettings):
    """Everything the assistant is told: where things live (from ingest), and how it answers."""

    top_k: int = 5
    llm: str | None = None  # provider:model; unset means extractive answers
    llm_base_url: str | None = None
    llm_timeout: float = 30.0  # seconds to wait for the language model before answering without it
    auth: str | None = None  # user:password the chat UI asks for when it listens beyond loopback
    max_upload_mb: int = 20
    # pooled: unit vectors made at ingest from the chunk's own model run; embedded: each unit
    # embedded alone when a question first needs it (slower; the yardstick pooled is measured by)
    unit_vectors: str = "pooled"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Self:
        """Read `CSP_*` variables (or the mapping given), falling back to defaults."""
        env = os.environ if environ is None else environ
        return cls(
            **cls.fields_from_env(env),
            llm=env.get("CSP_LLM") or None,
            llm_base_url=env.get("CSP_LLM_BASE_URL") or None,
            llm_timeout=positive_seconds("CSP_LLM_TIMEOUT", env.get("CSP_LLM_TIMEOUT") or "30"),
            auth=env.get("CSP_AUTH") or None,
            unit_vectors=_choice("CSP_UNIT_VECTORS", env.get("CSP_UNIT_VECTORS") or "pooled", UNIT_VECTORS),
        )


UNIT_VECTORS = ("pooled", "embedded")


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, not {value!r}.")
    return value
