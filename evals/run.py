"""Run the assistant over a question set and score it; write a Markdown report with a row per question."""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from assistant.types import Answer
from evals import metrics
from ingest.errors import ConfigError

DEFAULT_QUESTIONS = Path(__file__).with_name("questions.jsonl")
_FIELDS = ("id", "question", "pages", "answer_all", "answerable", "kind")


class _Asks(Protocol):
    def ask(self, question: str) -> Answer: ...


@dataclass(frozen=True)
class Sample:
    """One evaluation question, as written in the JSONL file."""

    id: str
    question: str
    pages: tuple[int, ...]
    answer_all: tuple[tuple[str, ...], ...]
    answerable: bool
    kind: str


@dataclass(frozen=True)
class Outcome:
    """What the assistant did with one sample, and whether that passes."""

    sample: Sample
    answer: str
    abstained: bool
    retrieved_pages: tuple[int, ...]
    cited_pages: tuple[int, ...]
    seconds: float

    @property
    def correct(self) -> bool:
        """Answerable: the answer holds every group. Unanswerable: the assistant abstained."""
        if not self.sample.answerable:
            return self.abstained
        return not self.abstained and metrics.answer_correct(self.answer, self.sample.answer_all)


@dataclass(frozen=True)
class EvalResult:
    """Every outcome and the metrics over them."""

    outcomes: tuple[Outcome, ...]
    metrics: dict[str, float]


def load_questions(path: Path) -> list[Sample]:
    """Read a JSONL question set; a malformed line is reported with its number."""
    if not path.exists():
        raise ConfigError(f"No question set at {path}.")
    samples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            missing = [f for f in _FIELDS if f not in row]
            if missing:
                raise ValueError(f"missing {', '.join(missing)}")
            samples.append(
                Sample(
                    id=str(row["id"]),
                    question=str(row["question"]),
                    pages=tuple(int(p) for p in row["pages"]),
                    answer_all=tuple(tuple(str(a) for a in group) for group in row["answer_all"]),
                    answerable=bool(row["answerable"]),
                    kind=str(row["kind"]),
                )
            )
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"{path}, line {number}: {exc}") from exc
    return samples


def run_eval(assistant: _Asks, samples: list[Sample]) -> EvalResult:
    """Ask every question once, timing each, and compute the metrics."""
    outcomes = []
    for sample in samples:
        start = time.perf_counter()
        answer = assistant.ask(sample.question)
        seconds = time.perf_counter() - start
        outcomes.append(
            Outcome(
                sample=sample,
                answer=answer.text,
                abstained=answer.abstained,
                retrieved_pages=tuple(p.page for p in answer.passages),
                cited_pages=tuple(c.page for c in answer.citations),
                seconds=seconds,
            )
        )
    return EvalResult(tuple(outcomes), score(outcomes))


def score(outcomes: list[Outcome]) -> dict[str, float]:
    """The headline figures over a run."""
    answerable = [o for o in outcomes if o.sample.answerable]
    unanswerable = [o for o in outcomes if not o.sample.answerable]
    answered = [o for o in answerable if not o.abstained]
    cited = [metrics.citation_hits(o.cited_pages, o.sample.pages) for o in answered]
    latencies = [o.seconds * 1000 for o in outcomes]
    return {
        "questions": len(outcomes),
        "page_hit@1": metrics.rate(
            sum(metrics.hit_at(1, o.retrieved_pages, o.sample.pages) for o in answerable), len(answerable)
        ),
        "page_hit@3": metrics.rate(
            sum(metrics.hit_at(3, o.retrieved_pages, o.sample.pages) for o in answerable), len(answerable)
        ),
        "page_hit@5": metrics.rate(
            sum(metrics.hit_at(5, o.retrieved_pages, o.sample.pages) for o in answerable), len(answerable)
        ),
        "mrr": metrics.rate(
            sum(metrics.reciprocal_rank(o.retrieved_pages, o.sample.pages) for o in answerable),
            len(answerable),
        ),
        "answer_accuracy": metrics.rate(sum(o.correct for o in answerable), len(answerable)),
        "citation_accuracy": metrics.rate(sum(h for h, _ in cited), sum(n for _, n in cited)),
        "abstention_unanswerable": metrics.rate(sum(o.abstained for o in unanswerable), len(unanswerable)),
        "false_abstention": metrics.rate(sum(o.abstained for o in answerable), len(answerable)),
        "latency_p50_ms": metrics.percentile(latencies, 50),
        "latency_p95_ms": metrics.percentile(latencies, 95),
    }


def render_metrics(values: dict[str, Any]) -> str:
    """The metrics as aligned lines for a terminal."""
    lines = []
    for name, value in values.items():
        if isinstance(value, float) and math.isnan(value):
            shown = "n/a"
        elif name.endswith("_ms"):
            shown = f"{value:.0f} ms"
        elif isinstance(value, float):
            shown = f"{value:.3f}"
        else:
            shown = str(value)
        lines.append(f"{name:<24} {shown}")
    return "\n".join(lines)


def write_report(result: EvalResult, directory: Path) -> Path:
    """Write `report.md`: the metrics, then one row per question with pass or fail."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "report.md"
    lines = [
        "# Evaluation report",
        "",
        "```",
        render_metrics(result.metrics),
        "```",
        "",
        "| id | kind | question | expected pages | retrieved pages | cited | answer | result |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for o in result.outcomes:
        answer = "(abstained)" if o.abstained else " ".join(o.answer.split())
        cells = [
            o.sample.id,
            o.sample.kind,
            o.sample.question,
            ", ".join(map(str, o.sample.pages)) or "none",
            ", ".join(map(str, metrics.dedupe(o.retrieved_pages))),
            ", ".join(map(str, o.cited_pages)),
            answer[:300],
            "pass" if o.correct else "FAIL",
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
