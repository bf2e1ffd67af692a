"""The priorities the documents set, across documents and periods, and what changed between them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from assistant.answering.citations import CitationLedger
from assistant.answering.editions import asks_current
from assistant.text import terms
from assistant.types import Answer, CheckedSentence, Sources
from ingest.facts.periods import years_in
from ingest.facts.priorities import PrioritySet

_CHANGE_Q_RE = re.compile(r"\bchang|\bdiffer|\bcompar|\bover time\b|\bsince\b|\bdropped\b|\badded\b", re.I)
_LIST_Q_RE = re.compile(r"\bpriorities\b|\bpriority (areas|themes|list)\b", re.IGNORECASE)
# Words that ask for the priorities as a whole rather than about one of them.
_PRIORITY_QUESTION_WORDS = frozenset(
    terms(
        "what which list are were is our their the partnership partnership's current set agreed identified "
        "main key strategic priorities priority areas themes change changed changes did do has have how "
        "since over time period year years new now and compare compared between across documents "
        "currently latest moment present today these days still"
    )
)


def ordered(sets: Sequence[PrioritySet]) -> list[PrioritySet]:
    """Priority sets oldest period first (then by document), the order changes are read in."""
    return sorted(sets, key=lambda s: (s.period, s.document, s.page))


def answer_priorities(
    question: str,
    sets: Sequence[PrioritySet],
    title_words: set[str],
    sources: Sources,
) -> Answer | None:
    """List the priorities each document sets and what changed, when the question asks for them all."""
    if not sets or not _LIST_Q_RE.search(question):
        return None
    years = years_in(question)
    others = [
        t for t in terms(question) if t not in _PRIORITY_QUESTION_WORDS | title_words and not t.isdigit()
    ]
    if others:
        return None  # a question about something particular, which passages answer better
    chosen = [s for s in ordered(sets) if not years or any(y[2:] in s.period or y in s.period for y in years)]
    if chosen and not years and asks_current(question):  # what holds now: the newest period's
        chosen = [s for s in chosen if s.period == chosen[-1].period]
    if not chosen:
        return None
    lines: list[str] = []
    checked: list[CheckedSentence] = []
    ledger = CitationLedger(sources)
    for s in chosen:
        number = ledger.cite(s.document, s.page, "\n".join([s.heading, *(p.text for p in s.priorities)]))
        intro = f"{sources.title(s.document)} sets these priorities for {s.period} [{number}]:"
        items = [f"- {p.text} [{number}]" for p in s.priorities]
        lines.append("\n".join([intro, *items]))
        checked.extend(CheckedSentence(p.text, (number,), True) for p in s.priorities)
    if len(chosen) > 1 or _CHANGE_Q_RE.search(question):
        lines.append(_changes(chosen))
    return Answer(
        question, "\n\n".join(lines), False, ledger.citations(), sentences=tuple(checked), answerer="register"
    )


def _changes(sets: Sequence[PrioritySet]) -> str:
    """One sentence per step between consecutive periods: priorities added and dropped."""
    if len(sets) == 1:
        return f"Only one document sets priorities ({sets[0].period}), so the documents do not show a change."
    steps = []
    for before, after in pairwise(sets):
        old = {p.name.casefold(): p.name for p in before.priorities}
        new = {p.name.casefold(): p.name for p in after.priorities}
        added = [new[k] for k in new if k not in old]
        dropped = [old[k] for k in old if k not in new]
        if not added and not dropped:
            steps.append(f"From {before.period} to {after.period} the priorities did not change.")
            continue
        parts = []
        if added:
            parts.append(f"added {', '.join(added)}")
        if dropped:
            parts.append(f"dropped {', '.join(dropped)}")
        steps.append(f"From {before.period} to {after.period}: {'; '.join(parts)}.")
    return " ".join(steps)
