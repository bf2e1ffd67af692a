"""Plain functions behind the chat UI: formatting answers, exporting a conversation, adding PDFs.

Nothing here imports gradio, so tests drive it directly and the UI stays a thin adapter.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.answer import Answer, Citation
from assistant.followup import Turn
from assistant.ocr_marks import ocr_suffix
from assistant.service import Assistant
from ingest.errors import CspError
from ingest.pipeline import IngestReport, Progress

UPLOAD_FOLDER = "uploads"
EXAMPLE_QUESTIONS = (
    "What are the partnership's priorities?",
    "Which organisations sit on the partnership?",
    "How much did the Knife Angel receive?",
    "What is a Domestic Homicide Review?",
)


@dataclass(frozen=True)
class Exchange:
    """One question of a conversation and the answer it got."""

    question: str
    answer: Answer


def turns(exchanges: Sequence[Exchange]) -> list[Turn]:
    """The conversation as (question, answer text) pairs, for rewriting follow-ups."""
    return [(e.question, e.answer.text) for e in exchanges]


def source_label(citation: Citation) -> str:
    """How a citation is named where the user clicks it: "[1] Title, p. 13 (read by OCR)"."""
    return f"[{citation.number}] {citation.title}, p. {citation.page_label}{ocr_suffix(citation.ocr)}"


def answer_markdown(answer: Answer) -> str:
    """The answer as chat Markdown: text, notes, then numbered sources or the closest passages."""
    parts = [answer.text.replace("\n- ", "\n* ")]
    parts.extend(f"_{note}_" for note in answer.notes)
    if answer.citations:
        parts.append("**Sources** (click one beside the chat to see the page)")
        parts.append("\n".join(f"{source_label(c)}" for c in answer.citations))
    elif answer.passages:
        parts.append("**Closest passages**")
        parts.append(
            "\n".join(f"* {p.title}, p. {p.page_label}: {_snippet(p.text)}" for p in answer.passages[:3])
        )
    return "\n\n".join(parts)


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


def page_text(assistant: Assistant, document: str, page: int) -> str:
    """The indexed text of one page, chunk after chunk, as the assistant read it."""
    chunks = [
        s.chunk for s in assistant.retriever.chunks if s.chunk.document == document and s.chunk.page == page
    ]
    return "\n\n".join(c.text for c in sorted(chunks, key=lambda c: c.index))


def add_pdf(
    assistant: Assistant, upload: Path, name: str, max_bytes: int, progress: Progress | None = None
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
    report = assistant.ingest([target], progress)
    failed = [f for f in report.files if f.status == "failed"]
    if failed:
        target.unlink(missing_ok=True)
        raise CspError(f"{safe} could not be added: {failed[0].reason}.")
    return report


def _snippet(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + "…"
