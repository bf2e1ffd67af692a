"""Why a decision was taken: the register says what was decided ("declined on 10 September 2024"),
the passages say why, most often in the sentence after the decision. A question asking why,
answered from the register, gets that sentence (else the passages' best one) cited to its page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.answering.reasons import REASON_Q_RE
from assistant.answering.units import Unit, passage_units
from assistant.types import Answer, CheckedSentence, Citation, Passage, Sources


def with_reason(
    answer: Answer, passages: Sequence[Passage], best: tuple[Unit, Passage] | None, sources: Sources
) -> Answer:
    """The register's answer to a why-question with the sentence after the decision it quotes (or
    `best`, the passages' best unit) added and cited; the answer as it was when it is no register
    answer, asks no why, or has nothing new to add."""
    if answer.abstained or answer.answerer != "register" or not REASON_Q_RE.search(answer.question):
        return answer
    found = _following(answer.citations, passages) or best
    if found is None or any(found[0].quote in c.quote for c in answer.citations):
        return answer
    unit, passage = found
    citations = list(answer.citations)
    on_page = next((c for c in citations if (c.document, c.page) == (passage.document, passage.page)), None)
    if on_page is None:
        number = len(citations) + 1
        citations.append(_citation(number, passage, unit.quote, sources))
    else:
        number = on_page.number
        citations[number - 1] = replace(on_page, quote=f"{on_page.quote}\n{unit.quote}")
    sentences = (*answer.sentences, CheckedSentence(unit.text, (number,), True))
    text = f"{answer.text}\n\n{unit.text} [{number}]"
    return replace(answer, text=text, citations=tuple(citations), sentences=sentences)


def _following(citations: Sequence[Citation], passages: Sequence[Passage]) -> tuple[Unit, Passage] | None:
    """The sentence after the first decision quoted, in the passage of its page that holds it."""
    if not citations:
        return None
    first = citations[0]
    for passage in passages:
        if (passage.document, passage.page) != (first.document, first.page):
            continue
        units = [u for u in passage_units(0, passage) if u.kind == "sentence"]
        for at, unit in enumerate(units[:-1]):
            if unit.quote in first.quote:
                return units[at + 1], passage
    return None


def _citation(number: int, passage: Passage, quote: str, sources: Sources) -> Citation:
    p = passage
    return Citation(
        number, p.document, p.title, p.page, p.page_label, quote, doc_type=p.doc_type, period=p.period,
        date=sources.date(p.document),
    )  # fmt: skip
