"""Run the assistant over question sets, and keep what happened as a run: plain JSON, saved and reloaded.

The run JSON holds each set's figures (with 95% bootstrap intervals and breakdowns by question kind
and document type) and one record per question with its per-question values, so a later run can
be compared with it question by question.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from assistant.answering.chat_model import unavailable_note
from assistant.answering.quotes import quote_on_page
from assistant.answering.rerank import first_ranking
from assistant.settings import Settings
from assistant.types import Answer
from evals.questions import DEFAULT_QUESTIONS, Sample, load_questions
from evals.scoring import CitedPage, Estimate, Outcome, breakdown, estimates, failures, question_values
from ingest.errors import CspError, UnreadablePdfError
from ingest.parse.pdf import read_pdf

__all__ = ["DEFAULT_QUESTIONS", "EvalResult", "load_questions", "load_run", "run_eval", "save_run"]

FORMAT = "csp-eval/1"
ALL = "all"  # the name of all sets together, when a run has more than one
# A set's role, from its file's name: worked against ("-dev"), held out ("-test"), or checked ("-check").
_ROLE_RE = re.compile(r"-(dev|test|check)\d*$")
NO_SOURCE = "no source"  # the document type of a question with no expected page
_FALLBACK_NOTE = unavailable_note("").split("(")[0]
Progress = Callable[[int, int], None]


class _Assistant(Protocol):
    """What a run needs of `assistant.service.Assistant`."""

    settings: Any

    @property
    def records(self) -> Any: ...

    @property
    def retriever(self) -> Any: ...

    @property
    def model_name(self) -> str | None: ...

    def ask(self, question: str) -> Answer: ...


@dataclass(frozen=True)
class EvalResult:
    """A run: every outcome, and `summary`, the run as plain JSON (see the module's docstring)."""

    outcomes: tuple[Outcome, ...]
    summary: dict[str, Any]

    @property
    def metrics(self) -> dict[str, float]:
        """The headline figures of all the questions together, by key."""
        return {key: figure["value"] for key, figure in overall(self.summary)["figures"].items()}


class PageTexts:
    """The text printed on a page, to check quotes against: the PDF's own text layer, or for a page
    without one (a scan), the OCR text the index holds. PDFs are read once each, on first need."""

    def __init__(self, corpus_dir: Path, indexed: Callable[[str, int], str]) -> None:
        self.corpus_dir = corpus_dir
        self.indexed = indexed
        self._pages: dict[str, dict[int, str]] = {}

    def __call__(self, document: str, page: int) -> str:
        if document not in self._pages:
            try:
                pdf = read_pdf(self.corpus_dir / document, document)
                self._pages[document] = {p.number: p.text for p in pdf.pages}
            except (UnreadablePdfError, OSError):  # gone, or scanned throughout: the index has its text
                self._pages[document] = {}
        text = self._pages[document].get(page, "")
        return text if text.strip() else self.indexed(document, page)


def run_eval(
    assistant: _Assistant,
    questions: Sequence[Sample] | Mapping[str, Sequence[Sample]],
    progress: Progress | None = None,
) -> EvalResult:
    """Ask every question once, timing each; score each set, and all of them together."""
    if isinstance(questions, Mapping):
        sets = {name: list(group) for name, group in questions.items()}
    else:  # a plain list: its samples' own sets
        sets = {}
        for s in questions:
            sets.setdefault(s.set_name or "questions", []).append(s)
    # Each outcome carries its set's name, which is what the figures per set are grouped by.
    samples = [replace(s, set_name=name) for name, group in sets.items() for s in group]
    page_texts = PageTexts(assistant.settings.corpus_dir, assistant.retriever.page_text)
    doc_types = {name: r.doc_type for name, r in assistant.records.items()}
    model = assistant.model_name
    outcomes = []
    for done, sample in enumerate(samples):
        outcomes.append(_ask(assistant, sample, page_texts, _doc_type(sample, doc_types), model))
        if progress is not None:
            progress(done + 1, len(samples))
    return EvalResult(tuple(outcomes), summarise(outcomes, list(sets), model or "extractive"))


def _ask(
    assistant: _Assistant, sample: Sample, page_texts: PageTexts, doc_type: str, model: str | None
) -> Outcome:
    start = time.perf_counter()
    answer = assistant.ask(sample.question)
    seconds = time.perf_counter() - start
    citations = tuple(
        CitedPage(c.document, c.page, c.quote, quote_on_page(c.quote, page_texts(c.document, c.page)))
        for c in answer.citations
    )
    return Outcome(
        sample=sample,
        doc_type=doc_type,
        answer=answer.text,
        abstained=answer.abstained,
        retrieved=tuple((p.document, p.page) for p in answer.retrieved),
        citations=citations,
        seconds=seconds,
        answerer=answer.answerer,
        model=model or "",
        fell_back=any(n.startswith(_FALLBACK_NOTE) for n in answer.notes),
        sentences=tuple((s.verified, bool(s.citations)) for s in answer.sentences),
        first_ranked=tuple((p.document, p.page) for p in first_ranking(answer.retrieved)),
    )


def _doc_type(sample: Sample, doc_types: Mapping[str, str]) -> str:
    """The question's own `doc_type`, else its first source document's, else (one document) that one's."""
    if sample.doc_type:
        return sample.doc_type
    if not sample.sources:
        return NO_SOURCE
    document = sample.sources[0].document
    if document is None and len(doc_types) == 1:
        document = next(iter(doc_types))
    return doc_types.get(document or "", "unknown")


def summarise(outcomes: Sequence[Outcome], set_names: Sequence[str], answerer: str) -> dict[str, Any]:
    """The run as plain JSON: figures per set (and all together), then one record per question."""
    rows = [question_values(o) for o in outcomes]
    groups = {name: [i for i, o in enumerate(outcomes) if o.sample.set_name == name] for name in set_names}
    if len(set_names) > 1:
        groups[ALL] = list(range(len(outcomes)))
    for pooled, names in pooled_by_role(set_names).items():
        groups[pooled] = sorted(i for name in names for i in groups[name])  # in run order
    sets = {}
    for name, indices in groups.items():
        chosen, chosen_rows = [outcomes[i] for i in indices], [rows[i] for i in indices]
        sets[name] = {
            "questions": len(indices),
            "figures": _json_estimates(estimates(chosen_rows)),
            "by_kind": _json_groups(breakdown(chosen, chosen_rows, lambda o: o.sample.kind)),
            "by_doc_type": _json_groups(breakdown(chosen, chosen_rows, lambda o: o.doc_type)),
        }
    return {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "answerer": answerer,
        "sets": sets,
        "questions": [_question_json(o, row) for o, row in zip(outcomes, rows, strict=True)],
    }


def pooled_by_role(set_names: Sequence[str]) -> dict[str, list[str]]:
    """The sets of each role that two sets or more share ("all test sets": every "-test" file), so
    that a held-out figure is read over all of them, not set by set."""
    roles: dict[str, list[str]] = {}
    for name in set_names:
        found = _ROLE_RE.search(name)
        if found:
            roles.setdefault(found.group(1), []).append(name)
    return {f"{ALL} {role} sets": names for role, names in roles.items() if len(names) > 1}


def overall(run: Mapping[str, Any]) -> dict[str, Any]:
    """The summary of all a run's questions: the only set, or all sets together."""
    sets = run["sets"]
    return dict(sets[ALL] if ALL in sets and len(sets) > 1 else next(iter(sets.values())))


def _question_json(o: Outcome, row: dict[str, float]) -> dict[str, Any]:
    s = o.sample
    return {
        "set": s.set_name,
        "id": s.id,
        "kind": s.kind,
        "doc_type": o.doc_type,
        "question": s.question,
        "answerable": s.answerable,
        "scanned": s.scanned,
        "expected": [{"document": src.document, "page": src.page} for src in s.sources],
        "answer_all": [list(g) for g in s.answer_all],
        "answer": o.answer,
        "abstained": o.abstained,
        "answerer": o.answerer,
        "retrieved": [list(r) for r in dict.fromkeys(o.retrieved)],
        "citations": [asdict(c) for c in o.citations],
        "seconds": round(o.seconds, 4),
        "passed": o.correct,
        "failed": failures(o, row),
        "values": {k: _num(v) for k, v in row.items()},
    }


def _json_estimates(found: Mapping[str, Estimate]) -> dict[str, dict[str, Any]]:
    return {
        k: {"value": _num(e.value), "low": _num(e.low), "high": _num(e.high), "n": e.n}
        for k, e in found.items()
    }


def _json_groups(groups: Mapping[str, Mapping[str, Estimate]]) -> dict[str, Any]:
    return {name: _json_estimates(found) for name, found in groups.items()}


def _num(value: float) -> float | None:
    """JSON has no NaN: a figure that does not apply is null."""
    return None if math.isnan(value) else round(value, 6)


def latest_dir(settings: Settings) -> Path:
    """Where the latest run's report is kept (beside the index it measured), for the UI to show."""
    return settings.data_dir / "eval"


def save_run(run: Mapping[str, Any], path: Path) -> Path:
    """Write a run's JSON (see `summarise`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(run, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def load_run(path: Path) -> dict[str, Any]:
    """Read a saved run; raises CspError in one sentence when it is missing or not a run."""
    try:
        run = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CspError(f"No saved run at {path}.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CspError(f"{path} is not a saved evaluation run ({exc.__class__.__name__}).") from exc
    if not isinstance(run, dict) or run.get("format") != FORMAT:
        raise CspError(f"{path} is not a saved evaluation run (expected format {FORMAT}).")
    return run
