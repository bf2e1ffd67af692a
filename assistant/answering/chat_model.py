"""The chat model behind generative answers: `CSP_LLM` parsed, the LangChain client built, failures named.

`CSP_LLM=provider:model` (`openai:gpt-4o-mini`, `ollama:llama3.1`) picks the model and
`CSP_LLM_BASE_URL` any OpenAI-compatible or Ollama server; unset, answers stay extractive. Keys are
read only here, when a model is built, never at import.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from assistant.settings import Settings
from ingest.errors import ConfigError, CspError

if TYPE_CHECKING:  # langchain_core's model classes take a second to import: extractive answers need none
    from langchain_core.language_models import BaseChatModel

PROVIDERS = ("openai", "ollama")
PLACEHOLDER_API_KEY = "not-needed"  # local OpenAI-compatible servers want some key, and check none
UNAVAILABLE_NOTE = (
    "The language model was unavailable ({reason}); this answer was extracted from the documents."
)


class LlmUnavailableError(CspError):
    """The language model could not answer: down, too slow, refusing, or replying with nothing."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The language model was unavailable ({reason}).")
        self.reason = reason


@dataclass(frozen=True)
class LlmSpec:
    """A parsed `CSP_LLM` value: which integration, which model."""

    provider: str
    model: str

    @property
    def name(self) -> str:
        """The value as written in `CSP_LLM`: what `Answer.answerer` shows."""
        return f"{self.provider}:{self.model}"


def parse_llm(value: str) -> LlmSpec:
    """Parse `provider:model`; a value without a colon, model or known provider is a ConfigError."""
    provider, colon, model = value.strip().partition(":")
    provider, model = provider.strip().lower(), model.strip()
    if not colon or not provider or not model:
        raise ConfigError(
            f"CSP_LLM must be provider:model, such as openai:gpt-4o-mini or ollama:llama3.1, not {value!r}."
        )
    if provider not in PROVIDERS:
        raise ConfigError(
            f"CSP_LLM names an unknown provider {provider!r}: use one of {', '.join(PROVIDERS)} "
            "(any OpenAI-compatible server is openai: with CSP_LLM_BASE_URL)."
        )
    return LlmSpec(provider, model)


def build_chat_model(settings: Settings, environ: Mapping[str, str] | None = None) -> BaseChatModel | None:
    """The LangChain chat model `settings.llm` names, or None when none is configured.

    Failures must be quick, so the timeout is `settings.llm_timeout` and nothing is retried: the
    extractive answer is always there to fall back on. API keys come from the environment as
    usual (`OPENAI_API_KEY`); a server given by `CSP_LLM_BASE_URL` gets a placeholder key if none is set.
    """
    if not settings.llm:
        return None
    spec = parse_llm(settings.llm)
    env = os.environ if environ is None else environ
    if spec.provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(
            model=spec.model,
            base_url=settings.llm_base_url,
            temperature=0,
            client_kwargs={"timeout": settings.llm_timeout},  # passed on to the httpx client
        )
    from langchain_openai import ChatOpenAI

    key = env.get("OPENAI_API_KEY") or (PLACEHOLDER_API_KEY if settings.llm_base_url else None)
    if key is None:
        raise ConfigError(
            f"CSP_LLM={spec.name} needs OPENAI_API_KEY, or CSP_LLM_BASE_URL for an OpenAI-compatible server."
        )
    return ChatOpenAI(
        model=spec.model,
        base_url=settings.llm_base_url,
        api_key=key,  # type: ignore[arg-type]  # a str is accepted and wrapped as a secret
        timeout=settings.llm_timeout,
        max_retries=0,
        temperature=0,
    )


_STATUS_MEANING = {401: ", key refused", 403: ", access refused", 404: ", no such model or URL"}


def unavailable_reason(exc: BaseException, timeout: float | None = None) -> str:
    """A few words on why a model call failed, fit for the note a user reads."""
    status = getattr(exc, "status_code", None)
    if status is None:
        status = getattr(getattr(exc, "response", None), "status_code", None)
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException | TimeoutError) or "Timeout" in name:
        return f"no reply within {timeout:g} s" if timeout else "it timed out"
    if isinstance(status, int):
        return (
            f"HTTP {status}{_STATUS_MEANING.get(status, '')}" if status != 429 else "rate limited, HTTP 429"
        )
    if isinstance(exc, httpx.ConnectError | ConnectionError) or "Connection" in name:
        return "could not connect"
    if isinstance(exc, LlmUnavailableError):
        return exc.reason
    return f"unexpected error: {name}"


def unavailable_note(reason: str) -> str:
    """The one line shown with a fallback answer."""
    return UNAVAILABLE_NOTE.format(reason=reason)


COOL_DOWN_SECONDS = 15.0  # after a failure, answer without the model this long: no waiting twice per question


class ModelHealth:
    """Whether the model may be called: after a failure it is left alone for `cool_down` seconds."""

    def __init__(self, cool_down: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.cool_down = cool_down
        self.clock = clock
        self._lock = threading.Lock()
        self._down_until = 0.0
        self._reason = ""

    def down(self) -> str:
        """The reason the model is being left alone, or "" when it may be called."""
        with self._lock:
            return self._reason if self.clock() < self._down_until else ""

    def mark_down(self, reason: str) -> None:
        """Leave the model alone for the cool-down, remembering why."""
        with self._lock:
            self._down_until = self.clock() + self.cool_down
            self._reason = reason
