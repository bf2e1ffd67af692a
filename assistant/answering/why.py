"""Why a decision was taken: the register says what was decided ("declined on 10 September 2024"),
the passages say why, most often in the sentences around the decision in its paragraph ("the worker
left in May. The Board amended its decision ..."). A question asking why, answered from the
register, gets those sentences (else the next one, else the passages' best one) cited to its page."""

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
    around = _around(answer.citations, passages)
    found = around or ([best] if best is not None else [])
    found = [(u, p) for u, p in found if not any(u.quote in c.quote for c in answer.citations)]
    if not found:
        return answer
    citations = list(answer.citations)
    text, sentences = answer.text, list(answer.sentences)
    for unit, passage in found:
        key = (passage.document, passage.page)
        on_page = next((c for c in citations if (c.document, c.page) == key), None)
        if on_page is None:
            number = len(citations) + 1
            citations.append(_citation(number, passage, unit.quote, sources))
        else:
            number = on_page.number
            citations[number - 1] = replace(on_page, quote=f"{on_page.quote}\n{unit.quote}")
        sentences.append(CheckedSentence(unit.text, (number,), True))
        text = f"{text}\n\n{unit.text} [{number}]"
    return replace(answer, text=text, citations=tuple(citations), sentences=tuple(sentences))


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


def _citation(number: int, passage: Passage, quote: str, sources: Sources) -> Citation:
    p = passage
    return Citation(
        number, p.document, p.title, p.page, p.page_label, quote, doc_type=p.doc_type, period=p.period,
        date=sources.date(p.document),
    )  # fmt: skip
