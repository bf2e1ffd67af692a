"""Why a decision was taken: the register says what was decided ("declined on 10 September 2024"),
the passages say why, most often in the sentences around the decision in its paragraph ("the worker
left in May. The Board amended its decision ..."). A question asking why, answered from the
register, gets those sentences (else the passages' best one) cited to their page."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.answering.citations import CitationLedger, joined
from assistant.answering.reasons import REASON_Q_RE
from assistant.answering.units import Unit, passage_units
from assistant.types import Answer, CheckedSentence, Citation, Passage, Sources

Best = Callable[[], tuple[Unit, Passage] | None]  # the passages' best unit, found only when needed


def with_reason(answer: Answer, passages: Sequence[Passage], best: Best, sources: Sources) -> Answer:
    """The register's answer to a why-question with the sentences around the decision it quotes (or
    the passages' best unit) added and cited; the answer as it was when it is no register answer,
    asks no why, or has nothing new to add."""
    if answer.abstained or answer.answerer != "register" or not REASON_Q_RE.search(answer.question):
        return answer
    found = _around(answer.citations, passages) or [b for b in [best()] if b is not None]
    found = [(u, p) for u, p in found if not any(u.quote in c.quote for c in answer.citations)]
    if not found:
        return answer
    ledger = CitationLedger(sources)
    numbers = [ledger.cite_passage(passage, unit.quote) for unit, passage in found]
    text = "\n\n".join(f"{unit.text} [{n}]" for (unit, _), n in zip(found, numbers, strict=True))
    sentences = tuple(CheckedSentence(u.text, (n,), True) for (u, _), n in zip(found, numbers, strict=True))
    reason = Answer(answer.question, text, False, ledger.citations(), sentences=sentences)
    return joined(answer, reason)


def _around(citations: Sequence[Citation], passages: Sequence[Passage]) -> list[tuple[Unit, Passage]]:
    """The sentences before and after the first decision quoted, in its paragraph; the sentence after
    it when its paragraph holds no other. From the passage of its page that holds it."""
    if not citations:
        return []
    first = citations[0]
    for passage in passages:
        if (passage.document, passage.page) != (first.document, first.page):
            continue
        units = [u for u in passage_units(0, passage) if u.kind == "sentence"]
        for at, unit in enumerate(units):
            if unit.quote not in first.quote:
                continue
            near = [units[i] for i in (at - 1, at + 1) if 0 <= i < len(units) and units[i].line == unit.line]
            after = units[at + 1 : at + 2]
            return [(u, passage) for u in (near or after)]
    return []
