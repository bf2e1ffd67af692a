"""Plain functions behind the Chat and Documents tabs: the answer stream as chat messages,
formatting answers, exporting a conversation, adding PDFs.

Nothing here imports gradio, so tests drive it directly and the UI stays a thin adapter.
"""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.answering.followup import Turn
from assistant.app.sources import source_label
from assistant.app.viewer import cite_href
from assistant.facts.knowledge import Knowledge
from assistant.service import Assistant
from assistant.text import snippet
from assistant.types import Answer
from ingest.errors import CspError
from ingest.parse.sandbox import OcrProgress
from ingest.report import IngestReport, Progress

UPLOAD_FOLDER = "uploads"
_READS_AS_A_NAME = re.compile(r"[A-Za-z][A-Za-z &'()-]{2,60}")
_MARKER = re.compile(r"\[(\d+)\]")
_MARKDOWN_SIGNS = re.compile(r"([\\`*_\[\]<>])")
# A chat message as Gradio's Chatbot takes it: {"role": "user" or "assistant", "content": Markdown}.
Message = dict[str, str]


@dataclass(frozen=True)
class Exchange:
    """One question of a conversation and the answer it got."""

    question: str
    answer: Answer


@dataclass(frozen=True)
class ChatUpdate:
    """What the chat shows at one moment of answering; only the final update carries the `answer`."""

    messages: list[Message]
    exchanges: list[Exchange]
    answer: Answer | None = None


def stream_messages(
    assistant: Assistant,
    question: str,
    messages: Sequence[Message],
    exchanges: Sequence[Exchange],
    doc_type: str | None = None,
    period: str | None = None,
    document: str | None = None,
) -> Iterator[ChatUpdate]:
    """The chat while a question is answered: the question, the text so far, then the final answer.

    No messages means a new or cleared conversation, so earlier exchanges are not history for it.
    The final update shows the Answer's own Markdown (after an abstention or a fallback it differs
    from the streamed pieces) and adds the exchange; an error ends with an apology instead, and the
    exchanges stay as they were.
    """
    history = list(exchanges) if messages else []
    asked = [*messages, {"role": "user", "content": question}]
    yield ChatUpdate(asked, history)
    answer: Answer | None = None
    text = ""
    try:
        asked_of = assistant.stream(
            question, doc_type=doc_type, period=period, history=turns(history), document=document
        )
        for item in asked_of:
            if isinstance(item, Answer):
                answer = item
            else:
                text += item
                yield ChatUpdate([*asked, _reply(text)], history)
    except CspError as exc:
        yield ChatUpdate([*asked, _reply(f"Sorry: {exc}")], history)
        return
    if answer is None:  # a stream always ends with its Answer; this guards the contract
        return
    final = [*asked, _reply(answer_markdown(answer, len(history)))]
    yield ChatUpdate(final, [*history, Exchange(question, answer)], answer)


def turns(exchanges: Sequence[Exchange]) -> list[Turn]:
    """The conversation as (question, answer text) pairs, for rewriting follow-ups."""
    return [(e.question, e.answer.text) for e in exchanges]


def answer_markdown(answer: Answer, exchange: int) -> str:
    """The answer as chat Markdown: text, notes, then numbered sources or the closest passages.

    Its `[n]` markers and its sources are links naming `exchange` (the answer's place in the
    conversation) and the citation; the page script turns a click on one into opening that page.
    """
    numbers = {c.number for c in answer.citations}

    def link(found: re.Match[str]) -> str:
        number = int(found.group(1))
        return f"[\\[{number}\\]]({cite_href(exchange, number)})" if number in numbers else found.group(0)

    parts = [_MARKER.sub(link, answer.text.replace("\n- ", "\n* "))]
    parts.extend(f"_{note}_" for note in answer.notes)
    if answer.citations:
        parts.append("**Sources** (click one to open its page)")
        links = [f"[{_md_text(source_label(c))}]({cite_href(exchange, c.number)})" for c in answer.citations]
        parts.append("\n".join(links))
    elif answer.passages:
        parts.append("**Closest passages**")
        parts.append(
            "\n".join(f"* {p.title}, p. {p.page_label}: {snippet(p.text)}" for p in answer.passages[:3])
        )
    return "\n\n".join(parts)


def filters_summary(doc_type: str | None, period: str | None, title: str | None) -> str:
    """One line saying which filters the next question is answered under."""
    applied = [
        f"{name}: **{value}**"
        for name, value in (("type", doc_type), ("period", period), ("document", title))
        if value
    ]
    if not applied:
        return "No filters: every document is searched."
    return "Filters applied: " + "; ".join(applied) + "."


def export_markdown(exchanges: Sequence[Exchange]) -> str:
    """The whole conversation as a Markdown document, each answer with its quoted sources."""
    lines = ["# Conversation with the CSP assistant", ""]
    for exchange in exchanges:
        lines += [f"## {exchange.question}", "", exchange.answer.text, ""]
        for c in exchange.answer.citations:
            quote = " / ".join(" ".join(part.split()) for part in c.quote.split("\n"))
            lines += [f"- [{c.number}] {c.title} ({c.document}), p. {c.page_label}: \u201c{quote}\u201d"]
        if exchange.answer.citations:
            lines.append("")
    return "\n".join(lines)


def write_export(exchanges: Sequence[Exchange], folder: Path) -> Path:
    """The conversation as a Markdown file of its own in `folder`, for download."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"conversation-{uuid.uuid4().hex[:12]}.md"
    path.write_text(export_markdown(exchanges), encoding="utf-8")
    return path


def add_pdf(
    assistant: Assistant,
    upload: Path,
    name: str,
    max_bytes: int,
    progress: Progress | None = None,
    ocr_progress: OcrProgress | None = None,
) -> IngestReport:
    """Copy an uploaded PDF into the corpus folder and ingest it; a refused file leaves nothing behind."""
    safe = re.sub(r"[^\w.() -]", "_", Path(name).name).strip(" .") or "upload.pdf"
    if not safe.lower().endswith(".pdf"):
        raise CspError(f"{Path(name).name} is not a PDF: only .pdf files can be added.")
    size = upload.stat().st_size
    if size > max_bytes:
        raise CspError(f"{safe} is {size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB.")
    with upload.open("rb") as handle:
        if b"%PDF-" not in handle.read(1024):
            raise CspError(f"{safe} is not a PDF file.")
    target = assistant.settings.corpus_dir / UPLOAD_FOLDER / safe
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(upload, target)
    report = assistant.ingest([target], progress, ocr_progress)
    failed = [f for f in report.files if f.status == "failed"]
    if failed:
        target.unlink(missing_ok=True)
        raise CspError(f"{safe} could not be added: {failed[0].reason}.")
    return report


def _md_text(text: str) -> str:
    """Text that Markdown shows as written (inside a link's brackets, say)."""
    return _MARKDOWN_SIGNS.sub(r"\\\1", text)


def _reply(content: str) -> Message:
    return {"role": "assistant", "content": content}


def example_questions(knowledge: Knowledge, limit: int = 4) -> list[str]:
    """Questions the indexed documents answer, to show on an empty chat: drawn from what they hold
    (the priorities they set, their largest funding decision, a term one defines), never a fixed list."""
    found: list[str] = []
    periods = sorted({s.period for s in knowledge.priority_sets if s.period}, reverse=True)
    if knowledge.priority_sets:
        found.append(f"What are the priorities for {periods[0]}?" if periods else "What are the priorities?")
    awards = [d for d in knowledge.register.decisions if d.kind != "allocation"]
    named = [d for d in awards if _READS_AS_A_NAME.fullmatch(d.item)]  # an example must read well
    if named:
        largest = min(named, key=lambda d: (-d.amount, d.item))
        found.append(f"How much did {largest.item} receive?")
    years = sorted({d.year for d in awards if d.year}, reverse=True)
    if years:
        found.append(f"What was funded in {years[0]}?")
    defined = [e for e in knowledge.glossary.entries if e.document]
    if defined:
        found.append(f"What does {defined[0].acronym} stand for?")
    return found[:limit]
