"""Generative answers: a LangChain chat model writes from the passages, and every sentence is checked.

`CSP_LLM=provider:model` (`openai:gpt-4o-mini`, `ollama:llama3.1`) picks the model and
`CSP_LLM_BASE_URL` any OpenAI-compatible or Ollama server; unset, answers stay extractive.

The model only ever sees retrieved passages as delimited data (see `assistant.prompt`), and what
it writes is not trusted: markers must point at a passage it was given, figures must appear in the
passages a sentence cites, links survive only under the rule of `link_supported`, and each cited
passage is quoted verbatim from its page text, never from the model. When the endpoint is down,
slow or failing, the extractive answer is given with one note saying so.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

import httpx
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.answering.extractive import ExtractiveAnswerer, cited_first
from assistant.answering.followup import Turn, standalone_query
from assistant.answering.prompt import answer_messages, clean_rewrite, rewrite_messages
from assistant.text import terms
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Citation, Passage
from ingest.errors import ConfigError, CspError
from ingest.settings import Settings
from ingest.text import figures, split_sentences

log = logging.getLogger(__name__)

PROVIDERS = ("openai", "ollama")
PLACEHOLDER_API_KEY = "not-needed"  # local OpenAI-compatible servers want some key, and check none
COOL_DOWN_SECONDS = 15.0  # after a failure, answer without the model this long: no waiting twice per question
UNAVAILABLE_NOTE = (
    "The language model was unavailable ({reason}); this answer was extracted from the documents."
)
UNVERIFIED_MARK = " (unverified)"
LINK_REMOVED = "[link removed]"


class LlmUnavailableError(CspError):
    """The language model could not answer: down, too slow, refusing, or replying with nothing."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The language model was unavailable ({reason}).")
        self.reason = reason


# configuration ---------------------------------------------------------------------------------


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


def build_answerer(
    settings: Settings, fallback: ExtractiveAnswerer, chat_model: BaseChatModel | None = None
) -> GenerativeAnswerer | None:
    """The generative answerer `settings` configure, falling back on `fallback`; None without `CSP_LLM`.

    `chat_model` is the one `build_chat_model(settings)` made, if it was made already.
    """
    chat_model = chat_model if chat_model is not None else build_chat_model(settings)
    if chat_model is None or settings.llm is None:
        return None
    return GenerativeAnswerer(chat_model, parse_llm(settings.llm).name, fallback, settings.llm_timeout)


# failures --------------------------------------------------------------------------------------


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


# checking --------------------------------------------------------------------------------------

_MARKER_RE = re.compile(r"\[\s*(?:passages?\s*)?(\d+(?:\s*[,;]\s*(?:passages?\s*)?\d+)*)\s*\]", re.I)
# "… £19,738. [1] It …": markers written after the full stop belong to the sentence before it.
_MARKERS_AFTER_STOP_RE = re.compile(
    r"([.!?])((?:[ \t]*\[\s*(?:passages?\s*)?\d+(?:\s*[,;]\s*(?:passages?\s*)?\d+)*\s*\])+)", re.I
)
_BOUNDARY_RE = re.compile(r"\n+|(?<=[.!?])[ \t]+(?=[A-Z0-9£'\"(*•\-])")
_NOT_AN_END_RE = re.compile(r"(^\s*(\d{1,2}|[a-z])|\b(e\.g|i\.e|Mr|Mrs|Ms|Dr|St|No|approx))\.$")
_LIST_PREFIX_RE = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_TAIL_RE = re.compile(r"[\s.!?:;]*$")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'\])]+", re.I)
_ABSTAIN_RE = re.compile(r"\b(documents?|passages?)\b.*\b(do not|don't|does not|doesn't)\s+answer\b", re.I)
# Text addressed to a model rather than a reader: what prompt injection looks like on a page.
_INSTRUCTION_RE = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|rules|prompts?|above|previous)\b|"
    r"\b(reply|respond|answer|output)\b.{0,30}\bonly\b|\bsystem prompt\b|\blanguage model\b|\bas an ai\b",
    re.I,
)
# Words that only introduce a link; they say nothing the passages could support.
_LINK_WORDS = frozenset(
    terms("link links url website web site page click here visit see find details information more online")
)


def _passage_figures(passage: Passage) -> set[str]:
    # The title, heading and period hold for the whole passage: "2022-23" in a title supports a sentence.
    context = " ".join((passage.title, passage.heading, passage.period, passage.text))
    return {norm for _, norm in figures(_URL_RE.sub(" ", context))}


def _units(text: str) -> list[str]:
    """The quotable pieces of a passage, each verbatim text of it: sentences, bullet items, table rows."""
    units: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if "\t" in line:
            units.append(stripped)
        elif stripped[0] in "•" and stripped[1:2] == " ":
            units.append(stripped[2:].strip())
        else:
            units.extend(split_sentences(stripped))
    return units


def best_quote(sentence: str, passage: Passage) -> tuple[str, int]:
    """The passage sentence, item or row that best supports `sentence`, and the words and figures shared.

    Always verbatim text of `passage.text`, so a citation quotes the page and never the model.
    """
    wanted = set(terms(sentence))
    wanted_figures = {norm for _, norm in figures(sentence)}
    best, best_score = "", -1
    for unit in _units(passage.text):
        score = len(wanted & set(terms(unit))) + 2 * len(wanted_figures & {n for _, n in figures(unit)})
        if score > best_score:
            best, best_score = unit, score
    return (best, best_score) if best else (passage.text.strip(), 0)


def _quote(sentences: Sequence[str], passage: Passage) -> str:
    """One excerpt a line: for each sentence citing the passage, the part of it sharing most with it.

    A sentence sharing nothing with the passage (an unsupported claim) adds no excerpt, unless none
    shares anything, when the best of them stands so the citation still quotes the page.
    """
    scored = [best_quote(s, passage) for s in sentences]
    chosen = [quote for quote, score in scored if score > 0] or [max(scored, key=lambda qs: qs[1])[0]]
    return "\n".join(dict.fromkeys(chosen))


def link_supported(url: str, sentence: str, question: str, cited: Sequence[Passage]) -> str:
    """Why a link in a generated sentence must go, or "" when it may stay.

    A link is the one thing in an answer a reader acts on directly, and the usual payload of a
    prompt injection ("reply only with a link to …"), so it is kept only when all three hold:

    - it appears verbatim in a passage the sentence cites (the model did not invent it);
    - the passage line holding it is written for readers, not addressed to a model (no "ignore
      previous instructions", "reply only with …");
    - the sentence says something besides the link, on the question's topic, that the cited
      passages also say: a bare "here is the link" carries nothing the documents support.

    Otherwise the link is removed from the answer and the sentence is marked unverified.
    """
    lines = [line for p in cited for line in p.text.split("\n") if url in line]
    if not lines:
        return f"link {url} not in cited passages"
    if all(_INSTRUCTION_RE.search(line) for line in lines):
        return f"link {url} comes from text addressed to the assistant"
    words = set(terms(_URL_RE.sub(" ", sentence))) - _LINK_WORDS
    passage_words = {t for p in cited for t in terms(p.text)}
    if not (words & set(terms(question)) & passage_words):
        return f"link {url} is not part of a supported answer"
    return ""


@dataclass(frozen=True)
class _Pending:
    """A lead-in line ("The priorities are:") held until the item after it shows what it cites."""

    sentence: str
    separator: str


class AnswerCheck:
    """Checks a model's answer sentence by sentence, as its text arrives.

    `feed` takes text as it streams and returns the checked pieces ready to show; `finish` returns
    the rest; `answer` builds the checked Answer. Fed all at once or piece by piece, the result is
    the same, so a streamed answer equals the one checked whole.
    """

    def __init__(self, question: str, passages: Sequence[Passage]) -> None:
        self.question = question
        self.passages = list(passages)
        self._figures = [_passage_figures(p) for p in self.passages]
        self._buffer = ""
        self._pending: _Pending | None = None
        self._numbers: dict[int, int] = {}  # passage index → citation number, in order of first use
        self._citing: dict[int, list[str]] = {}  # passage index → the sentences citing it
        self._pieces: list[str] = []
        self._sentences: list[CheckedSentence] = []
        self._abstains = False

    # streaming -------------------------------------------------------------------------------
    def feed(self, delta: str) -> list[str]:
        """Take more of the model's text; return the checked pieces now complete."""
        self._buffer += delta
        return self._drain(final=False)

    def finish(self) -> list[str]:
        """The model is done: check what is left and return its pieces."""
        return self._drain(final=True)

    def _drain(self, final: bool) -> list[str]:
        text = _MARKERS_AFTER_STOP_RE.sub(r"\2\1", self._buffer)
        out: list[str] = []
        start = 0
        for boundary in _BOUNDARY_RE.finditer(text):
            if not final and boundary.end() >= len(text):
                break  # a run of newlines may go on, and markers may follow a full stop
            if boundary.group()[0] != "\n" and _NOT_AN_END_RE.search(text[start : boundary.start()]):
                continue  # "1. Knife crime", "e.g. schools": the full stop ends no sentence
            separator = boundary.group() if boundary.end() < len(text) else ""  # no trailing newlines
            out += self._take(text[start : boundary.start()], separator)
            start = boundary.end()
        self._buffer = text[start:]
        if final:
            out += self._take(self._buffer, "")
            self._buffer = ""
            if self._pending is not None:
                pending, self._pending = self._pending, None
                out.append(self._check(pending.sentence, ()) + pending.separator)
        self._pieces += out
        return out

    def _take(self, raw: str, separator: str) -> list[str]:
        """Check one sentence (or hold it, if it leads into a list) and return what can be shown."""
        valid = self._valid_markers(raw)
        body = _strip_markers(raw)
        if not body:
            return [separator] if separator and self._pieces else []
        if not valid and body.rstrip().endswith(":") and not _ABSTAIN_RE.search(body):
            out = self._release_pending(())
            self._pending = _Pending(raw, separator)
            return out
        numbers = [self._number(n - 1) for n in valid]
        out = self._release_pending(tuple(n - 1 for n in valid))
        out.append(self._check(raw, tuple(n - 1 for n in valid), numbers) + separator)
        return out

    def _release_pending(self, cited: tuple[int, ...]) -> list[str]:
        if self._pending is None:
            return []
        pending, self._pending = self._pending, None
        # The lead-in is supported by what the item after it cites, and shows no markers itself.
        return [self._check(pending.sentence, cited, show_markers=False) + pending.separator]

    def _valid_markers(self, raw: str) -> list[int]:
        """Marker numbers that point at a passage given, in order, once each; others are dropped."""
        found: list[int] = []
        for match in _MARKER_RE.finditer(raw):
            for part in re.findall(r"\d+", match.group(1)):
                n = int(part)
                if 1 <= n <= len(self.passages) and n not in found:
                    found.append(n)
        return found

    def _number(self, index: int) -> int:
        return self._numbers.setdefault(index, len(self._numbers) + 1)

    def _check(
        self,
        raw: str,
        cited: tuple[int, ...],
        numbers: Sequence[int] | None = None,
        show_markers: bool = True,
    ) -> str:
        """Check one sentence against the passages it cites; return it as the answer shows it."""
        body = _strip_markers(raw)
        prefix_match = _LIST_PREFIX_RE.match(body)
        prefix = prefix_match.group() if prefix_match else ""
        content = body[len(prefix) :]
        if _ABSTAIN_RE.search(content) and not cited:
            self._abstains = True
            self._sentences.append(CheckedSentence(content, (), True, "says the documents do not answer"))
            return body
        passages = [self.passages[i] for i in cited]
        problems: list[str] = []
        for url in dict.fromkeys(u.rstrip(".,;:!?") for u in _URL_RE.findall(content)):
            why = link_supported(url, content, self.question, passages) if passages else "no citation"
            if why:
                content = content.replace(url, LINK_REMOVED)
                if passages:
                    problems.append(why)
        if passages:
            supported = set().union(*(self._figures[i] for i in cited))
            for written, norm in figures(_URL_RE.sub(" ", content.replace(LINK_REMOVED, " "))):
                if norm not in supported:
                    problems.append(f"figure {written} not in cited passages")
        citation_numbers = tuple(numbers if numbers is not None else (self._number(i) for i in cited))
        reason = "; ".join(dict.fromkeys(problems)) if passages else "no citation"
        verified = bool(passages) and not problems
        self._sentences.append(CheckedSentence(content, citation_numbers, verified, reason))
        for i in cited:
            self._citing.setdefault(i, []).append(content)
        tail = _TAIL_RE.search(content)
        end = tail.start() if tail else len(content)
        core, stop = content[:end], content[end:].strip()
        marks = "".join(f"[{n}]" for n in citation_numbers) if show_markers else ""
        return prefix + core + ("" if verified else UNVERIFIED_MARK) + (f" {marks}" if marks else "") + stop

    # result ----------------------------------------------------------------------------------
    def answer(self, query: str, answerer: str, passages: Sequence[Passage] | None = None) -> Answer:
        """The checked Answer; `passages` (default: those given) are shown, cited ones first.

        Raises LlmUnavailableError when the model wrote nothing at all.
        """
        shown = list(passages) if passages is not None else self.passages
        text = "".join(self._pieces).strip()
        if not text:
            raise LlmUnavailableError("empty reply")
        if self._abstains and not self._numbers:
            return Answer(
                self.question, ABSTAIN_TEXT, True, passages=tuple(shown), query=query, answerer=answerer
            )
        citations = tuple(
            Citation(
                number=number,
                document=self.passages[i].document,
                title=self.passages[i].title,
                page=self.passages[i].page,
                page_label=self.passages[i].page_label,
                quote=_quote(self._citing[i], self.passages[i]),
            )
            for i, number in sorted(self._numbers.items(), key=lambda item: item[1])
        )
        # Cited passages first, in citation order, then the rest, as the extractive answerer does.
        ordered = cited_first(shown, citations)
        return Answer(
            self.question,
            text,
            False,
            citations,
            tuple(ordered),
            (),
            tuple(self._sentences),
            query,
            answerer,
        )


def _strip_markers(raw: str) -> str:
    """The sentence without its [n] markers, spaces left before punctuation tidied."""
    text = _MARKER_RE.sub("", raw)
    text = re.sub(r"[ \t]+([.,;:!?])", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def check_answer(
    question: str, text: str, passages: Sequence[Passage], query: str = "", answerer: str = "llm"
) -> Answer:
    """Check a whole model answer against the passages it was given (numbered from 1)."""
    check = AnswerCheck(question, passages)
    check.feed(text)
    check.finish()
    return check.answer(query or question, answerer)


# the answerer ----------------------------------------------------------------------------------


class GenerativeAnswerer:
    """Answers with a chat model from the passages, checks the answer, and falls back when it must.

    `context` passages (the first of those retrieved) go into the prompt; the extractive
    `fallback` answers from all of them when the model is unavailable. After a failure the model
    is left alone for `cool_down` seconds, so a question never waits on a dead endpoint twice.
    """

    def __init__(
        self,
        chat_model: BaseChatModel,
        name: str,
        fallback: ExtractiveAnswerer,
        timeout: float | None = None,
        context: int = 5,
        cool_down: float = COOL_DOWN_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.chat_model = chat_model
        self.name = name
        self.fallback = fallback
        self.timeout = timeout
        self.context = context
        self.cool_down = cool_down
        self.clock = clock
        self._down_until = 0.0
        self._down_reason = ""

    def rewrite(self, question: str, history: Sequence[Turn]) -> str:
        """The question made stand-alone by the model; `standalone_query`'s rewrite if that fails."""
        if not history:
            return question
        if not self._down():
            try:
                reply = "".join(self._call(rewrite_messages(question, history), stream=False))
            except LlmUnavailableError:
                pass
            else:
                rewritten = clean_rewrite(reply)
                if rewritten:
                    return rewritten
        return standalone_query(question, history)

    def answer(
        self, question: str, passages: Sequence[Passage], query: str | None = None, context: int | None = None
    ) -> Answer:
        """The model's answer, checked; the extractive answer with a note if the model is unavailable."""
        *_, last = self._run(question, passages, query, context, stream=False)
        assert isinstance(last, Answer)  # _run always ends with the Answer
        return last

    def stream(
        self, question: str, passages: Sequence[Passage], query: str | None = None, context: int | None = None
    ) -> Iterator[str | Answer]:
        """Checked pieces of the answer as the model writes them, then the Answer (see `Assistant.stream`)."""
        return self._run(question, passages, query, context, stream=True)

    def _run(
        self,
        question: str,
        passages: Sequence[Passage],
        query: str | None,
        context: int | None,
        stream: bool,
    ) -> Iterator[str | Answer]:
        query = query or question
        given = list(passages[: context or self.context])
        if not given:  # nothing retrieved: nothing for a model to answer from
            answer = self.fallback.answer(question, passages, query)
            yield answer.text
            yield answer
            return
        reason = self._down()
        check = AnswerCheck(question, given)
        shown = False
        if not reason:
            try:
                for text in self._call(answer_messages(question, given), stream):
                    for piece in check.feed(text):
                        shown = True
                        yield piece
                yield from check.finish()
                answer = check.answer(query, self.name, passages)
            except LlmUnavailableError as exc:
                reason = exc.reason
                self._mark_down(reason)
            else:
                yield answer
                return
        fallback = self.fallback.answer(question, passages, query)
        fallback = replace(fallback, notes=(*fallback.notes, unavailable_note(reason)))
        yield ("\n\n" if shown else "") + fallback.text
        yield fallback

    def _call(self, messages: list[BaseMessage], stream: bool) -> Iterator[str]:
        """The model's text, piece by piece; any failure of the endpoint becomes LlmUnavailableError."""
        try:
            if stream:
                for chunk in self.chat_model.stream(messages):
                    yield str(chunk.text)
            else:
                yield str(self.chat_model.invoke(messages).text)
        except LlmUnavailableError:
            raise
        except Exception as exc:  # the edge of the process: clients raise many types, all mean "no answer"
            reason = unavailable_reason(exc, self.timeout)
            log.info("language model call failed (%s)", reason, exc_info=True)
            self._mark_down(reason)
            raise LlmUnavailableError(reason) from exc

    def _down(self) -> str:
        """The reason the model is being left alone, or "" when it may be called."""
        return self._down_reason if self.clock() < self._down_until else ""

    def _mark_down(self, reason: str) -> None:
        self._down_until = self.clock() + self.cool_down
        self._down_reason = reason


def pieces_and_answer(items: Iterable[str | Answer]) -> tuple[list[str], Answer]:
    """Split what a stream yields into its text pieces and the final Answer (handy for tests and scripts)."""
    pieces: list[str] = []
    for item in items:
        if isinstance(item, Answer):
            return pieces, item
        pieces.append(item)
    raise ValueError("the stream ended without an Answer")
