"""What happened to each question (plain data), its per-question values, and the figures over groups.

Every figure is an aggregate of one per-question value over the questions it applies to (NaN where
it does not), so the same resampling gives every figure its bootstrap interval.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evals import metrics, stats
from evals.metrics import Ref
from evals.questions import Sample

K_RECALL = 5


@dataclass(frozen=True)
class CitedPage:
    """One citation of an answer, and whether its quote is verbatim on its page."""

    document: str
    page: int
    quote: str
    verbatim: bool


@dataclass(frozen=True)
class Outcome:
    """What the assistant did with one question, as plain data.

    `retrieved` is the retriever's own order, chunk by chunk, before any answerer moved cited pages
    first; `first_ranked` its first ranking, before its second stage reordered the first passages by
    their best answering unit (`assistant.answering.rerank`). `sentences` holds (verified, cited) for
    each sentence of an answer the language model wrote; `fell_back` marks an answer extracted
    because the model was unavailable.
    """

    sample: Sample
    doc_type: str
    answer: str
    abstained: bool
    retrieved: tuple[Ref, ...]
    citations: tuple[CitedPage, ...]
    seconds: float
    answerer: str = "extractive"
    model: str = ""  # the language model configured for this run (CSP_LLM's name); "" for none
    fell_back: bool = False
    sentences: tuple[tuple[bool, bool], ...] = ()
    first_ranked: tuple[Ref, ...] = ()  # empty: the same as `retrieved`

    @property
    def expected(self) -> list[tuple[str | None, int]]:
        return [(s.document, s.page) for s in self.sample.sources]

    @property
    def correct(self) -> bool:
        """Answerable: answered with every expected fact. Unanswerable: declined."""
        if not self.sample.answerable:
            return self.abstained
        return not self.abstained and metrics.answer_correct(self.answer, self.sample.answer_all)


@dataclass(frozen=True)
class Figure:
    """A headline figure: its key, the short name `--fail-under` takes, and how it reads."""

    key: str
    short: str
    label: str
    group: str
    higher_is_better: bool = True
    aggregate: str = "mean"  # or "p50", "p95" of the per-question value
    value: str = ""  # the per-question value aggregated (default: the key)

    @property
    def source(self) -> str:
        return self.value or self.key


FIGURES = (
    Figure("page_hit@1", "hit1", "Page hit@1", "retrieval"),
    Figure("first_hit@1", "first_hit1", "Page hit@1 of the first ranking", "retrieval"),
    Figure("page_hit@3", "hit3", "Page hit@3", "retrieval"),
    Figure("page_hit@5", "hit5", "Page hit@5", "retrieval"),
    Figure(f"recall@{K_RECALL}", "recall5", f"Recall@{K_RECALL} of expected pages", "retrieval"),
    Figure("mrr", "mrr", "MRR", "retrieval"),
    Figure("ndcg@5", "ndcg5", "nDCG@5", "retrieval"),
    Figure("answer_accuracy", "acc", "Answer accuracy", "answer"),
    Figure("citation_accuracy", "cit_acc", "Citation accuracy (first citation)", "citation"),
    Figure("citation_precision", "cit_prec", "Citation precision", "citation"),
    Figure("citation_recall", "cit_rec", "Citation recall", "citation"),
    Figure("quotes_verbatim", "verbatim", "Quotes verbatim on their page", "citation"),
    Figure("declined_unanswerable", "abstain", "Declined when unanswerable", "abstention"),
    Figure("declined_answerable", "false_abstain", "Declined when answerable", "abstention", False),
    Figure("precision_when_answering", "precision", "Precision when answering", "abstention"),
    Figure("sentences_verified", "faithful", "Sentences verified (LLM)", "generative"),
    Figure("sentences_uncited", "uncited", "Sentences without citation (LLM)", "generative", False),
    Figure("llm_fallback", "fallback", "Answers that fell back to extraction", "generative", False),
    Figure("latency_p50_ms", "p50", "Latency p50 (ms)", "latency", False, "p50", "latency_ms"),
    Figure("latency_p95_ms", "p95", "Latency p95 (ms)", "latency", False, "p95", "latency_ms"),
)
BY_KEY = {f.key: f for f in FIGURES}
BY_SHORT = {f.short: f for f in FIGURES}


@dataclass(frozen=True)
class Estimate:
    """A figure over some questions, its 95% bootstrap interval, and how many questions it covers."""

    value: float
    low: float
    high: float
    n: int


def question_values(o: Outcome) -> dict[str, float]:
    """Every per-question value of one outcome; NaN where a value does not apply to the question."""
    nan = math.nan
    s, expected = o.sample, o.expected
    retrieval = s.answerable and bool(expected)
    cited = [(c.document, c.page) for c in o.citations]
    answered = not o.abstained
    # Register, priority and glossary answers are exact, not the model's: only its own are judged.
    by_model = bool(o.model) and o.answerer == o.model and answered
    values = {
        "page_hit@1": float(metrics.hit_at(1, o.retrieved, expected)) if retrieval else nan,
        "first_hit@1": float(metrics.hit_at(1, o.first_ranked or o.retrieved, expected))
        if retrieval
        else nan,
        "page_hit@3": float(metrics.hit_at(3, o.retrieved, expected)) if retrieval else nan,
        "page_hit@5": float(metrics.hit_at(5, o.retrieved, expected)) if retrieval else nan,
        f"recall@{K_RECALL}": metrics.recall_at(K_RECALL, o.retrieved, expected) if retrieval else nan,
        "mrr": metrics.reciprocal_rank(o.retrieved, expected) if retrieval else nan,
        "ndcg@5": metrics.ndcg_at(5, o.retrieved, expected) if retrieval else nan,
        "answer_accuracy": float(o.correct) if s.answerable else nan,
        "citation_accuracy": metrics.citation_accuracy(cited, expected) if s.answerable and answered else nan,
        "citation_precision": (
            metrics.citation_precision(
                [((c.document, c.page), c.quote) for c in o.citations], expected, s.answer_all
            )
            if s.answerable and answered
            else nan
        ),
        "citation_recall": metrics.citation_recall(cited, expected) if s.answerable and answered else nan,
        "quotes_verbatim": metrics.mean([float(c.verbatim) for c in o.citations]),
        "declined_unanswerable": float(o.abstained) if not s.answerable else nan,
        "declined_answerable": float(o.abstained) if s.answerable else nan,
        "precision_when_answering": float(o.correct) if answered else nan,
        "sentences_verified": metrics.mean([float(v) for v, _ in o.sentences]) if by_model else nan,
        "sentences_uncited": metrics.mean([float(not c) for _, c in o.sentences]) if by_model else nan,
        "llm_fallback": float(o.fell_back) if o.model else nan,
        "latency_ms": o.seconds * 1000,
    }
    return values


def failures(o: Outcome, values: dict[str, float]) -> list[str]:
    """What went wrong with one question, one short phrase each (empty when nothing did)."""
    s = o.sample
    found: list[str] = []
    if values["page_hit@5"] == 0.0:
        found.append("retrieval: no expected page in the top 5")
    if s.answerable and o.abstained:
        found.append("declined an answerable question")
    elif s.answerable:
        missing = metrics.missing_facts(o.answer, s.answer_all)
        found += [f"answer lacks {' / '.join(group)}" for group in missing]
    elif not o.abstained:
        found.append("answered an unanswerable question")
    if values["citation_accuracy"] == 0.0:
        found.append(f"first citation (p. {o.citations[0].page}) is not an expected page")
    found += [f"quote not verbatim on p. {c.page}" for c in o.citations if not c.verbatim]
    if o.fell_back:
        found.append("language model unavailable: extracted instead")
    elif values["sentences_verified"] < 1.0:
        found.append("a sentence is not supported by the passages it cites")
    return found


def _aggregate(name: str) -> Callable[[Sequence[float]], float]:
    if name == "mean":
        return metrics.mean
    q = 50.0 if name == "p50" else 95.0
    return lambda values: metrics.percentile(values, q)


def _row_aggregate(name: str) -> stats.Aggregate:
    return stats.mean_rows if name == "mean" else stats.percentile_rows(50.0 if name == "p50" else 95.0)


def estimates(rows: Sequence[dict[str, float]], intervals: bool = True) -> dict[str, Estimate]:
    """Every figure over the questions whose per-question values are `rows`."""
    found: dict[str, Estimate] = {}
    for figure in FIGURES:
        values = [row[figure.source] for row in rows]
        value = _aggregate(figure.aggregate)(values)
        n = sum(not math.isnan(v) for v in values)
        bounds = (
            stats.interval(values, _row_aggregate(figure.aggregate))
            if intervals
            else stats.Interval(math.nan, math.nan)
        )
        found[figure.key] = Estimate(value, bounds.low, bounds.high, n)
    return found


def breakdown(
    outcomes: Sequence[Outcome], rows: Sequence[dict[str, float]], key: Callable[[Outcome], str]
) -> dict[str, dict[str, Estimate]]:
    """Every figure for each group of questions (by kind, by document type), groups sorted by name."""
    groups: dict[str, list[dict[str, float]]] = {}
    for o, row in zip(outcomes, rows, strict=True):
        groups.setdefault(key(o), []).append(row)
    return {name: estimates(groups[name]) for name in sorted(groups)}


def figure_value(figure: Figure, values: Sequence[float]) -> float:
    """A figure over per-question values (NaN: does not apply)."""
    return _aggregate(figure.aggregate)(values)


def change_interval(figure: Figure, old: Sequence[float], new: Sequence[float]) -> stats.Interval:
    """The interval of a figure's change between two runs' values for the same questions."""
    return stats.paired_interval(old, new, _row_aggregate(figure.aggregate))
