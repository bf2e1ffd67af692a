"""Generative answers: a LangChain chat model writes from the passages, and every sentence is checked.

The model only ever sees retrieved passages as delimited data (see `prompt`), and what it writes
is not trusted: each sentence is checked as it streams in (`check`), markers must point at a
passage it was given, and citations are numbered by the same ledger as every other answerer's.
When the endpoint is down, slow or failing, the extractive answer is given with one note saying so.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.answering.chat_model import (
    COOL_DOWN_SECONDS,
    LlmUnavailableError,
    ModelHealth,
    build_chat_model,
    parse_llm,
    unavailable_note,
    unavailable_reason,
)
from assistant.answering.check import UNVERIFIED_MARK, passage_figures, quote_for, sentence_problems
from assistant.answering.citations import CitationLedger, cited_first
from assistant.answering.extractive import ExtractiveAnswerer
from assistant.answering.followup import Turn, standalone_query
from assistant.answering.prompt import answer_messages, clean_rewrite, rewrite_messages
from assistant.answering.segment import SentenceStream, marker_numbers, strip_markers
from assistant.settings import Settings
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Passage, Sources

log = logging.getLogger(__name__)

_LIST_PREFIX_RE = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_TAIL_RE = re.compile(r"[\s.!?:;]*$")
_ABSTAIN_RE = re.compile(r"\b(documents?|passages?)\b.*\b(do not|don't|does not|doesn't)\s+answer\b", re.I)


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

    def __init__(self, question: str, passages: Sequence[Passage], sources: Sources | None = None) -> None:
        self.question = question
        self.passages = list(passages)
        self._figures = [passage_figures(p) for p in self.passages]
        self._stream = SentenceStream()
        self._pending: _Pending | None = None
        self._ledger = CitationLedger(sources)
        self._citing: dict[int, list[str]] = {}  # passage index → the sentences citing it
        self._pieces: list[str] = []
        self._sentences: list[CheckedSentence] = []
        self._abstains = False

    def feed(self, delta: str) -> list[str]:
        """Take more of the model's text; return the checked pieces now complete."""
        return self._show(self._stream.feed(delta), final=False)

    def finish(self) -> list[str]:
        """The model is done: check what is left and return its pieces."""
        return self._show(self._stream.finish(), final=True)

    def _show(self, sentences: list[tuple[str, str]], final: bool) -> list[str]:
        out = [piece for raw, separator in sentences for piece in self._take(raw, separator)]
        if final and self._pending is not None:
            pending, self._pending = self._pending, None
            out.append(self._check(pending.sentence, ()) + pending.separator)
        self._pieces += out
        return out

    def _take(self, raw: str, separator: str) -> list[str]:
        """Check one sentence (or hold it, if it leads into a list) and return what can be shown."""
        valid = marker_numbers(raw, len(self.passages))
        body = strip_markers(raw)
        if not body:
            return [separator] if separator and self._pieces else []
        if not valid and body.rstrip().endswith(":") and not _ABSTAIN_RE.search(body):
            out = self._release_pending(())
            self._pending = _Pending(raw, separator)
            return out
        cited = tuple(n - 1 for n in valid)
        out = self._release_pending(cited)
        out.append(self._check(raw, cited) + separator)
        return out

    def _release_pending(self, cited: tuple[int, ...]) -> list[str]:
        if self._pending is None:
            return []
        pending, self._pending = self._pending, None
        # The lead-in is supported by what the item after it cites, and shows no markers itself.
        return [self._check(pending.sentence, cited, show_markers=False) + pending.separator]

    def _check(self, raw: str, cited: tuple[int, ...], show_markers: bool = True) -> str:
        """Check one sentence against the passages it cites; return it as the answer shows it."""
        body = strip_markers(raw)
        prefix_match = _LIST_PREFIX_RE.match(body)
        prefix = prefix_match.group() if prefix_match else ""
        content = body[len(prefix) :]
        if _ABSTAIN_RE.search(content) and not cited:
            self._abstains = True
            self._sentences.append(CheckedSentence(content, (), True, "says the documents do not answer"))
            return body
        passages = [self.passages[i] for i in cited]
        supported = set().union(*(self._figures[i] for i in cited))
        content, problems = sentence_problems(content, self.question, passages, supported)
        numbers = tuple(dict.fromkeys(self._ledger.cite_passage(p) for p in passages))
        reason = "; ".join(dict.fromkeys(problems)) if passages else "no citation"
        verified = bool(passages) and not problems
        self._sentences.append(CheckedSentence(content, numbers, verified, reason))
        for i in cited:
            self._citing.setdefault(i, []).append(content)
        tail = _TAIL_RE.search(content)
        end = tail.start() if tail else len(content)
        core, stop = content[:end], content[end:].strip()
        marks = "".join(f"[{n}]" for n in numbers) if show_markers else ""
        return prefix + core + ("" if verified else UNVERIFIED_MARK) + (f" {marks}" if marks else "") + stop

    def answer(self, query: str, answerer: str, passages: Sequence[Passage] | None = None) -> Answer:
        """The checked Answer; `passages` (default: those given) are shown, cited ones first.

        Raises LlmUnavailableError when the model wrote nothing at all.
        """
        shown = list(passages) if passages is not None else self.passages
        text = "".join(self._pieces).strip()
        if not text:
            raise LlmUnavailableError("empty reply")
        if self._abstains and not len(self._ledger):
            return Answer(
                self.question, ABSTAIN_TEXT, True, passages=tuple(shown), query=query, answerer=answerer
            )
        for i, sentences in self._citing.items():
            passage = self.passages[i]
            self._ledger.add_quote(passage.document, passage.page, quote_for(sentences, passage))
        citations = self._ledger.citations()
        checked = tuple(self._sentences)
        ordered = cited_first(shown, citations)
        return Answer(self.question, text, False, citations, ordered, (), checked, query, answerer)


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
        health: ModelHealth | None = None,
    ) -> None:
        self.chat_model = chat_model
        self.name = name
        self.fallback = fallback
        self.timeout = timeout
        self.context = context
        # Shared between the answerers of one process, so a failure is remembered across questions.
        self.health = health if health is not None else ModelHealth(cool_down, clock)

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
        check = AnswerCheck(question, given, self.fallback.sources)
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
        return self.health.down()

    def _mark_down(self, reason: str) -> None:
        self.health.mark_down(reason)
