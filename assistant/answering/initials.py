"""Who the initials in an answer stand for: "AH presented the assessment. [1]" leaves the reader
asking who DW is; the document quoted names her in its attendance list or key, so the answer says
so, with a citation to that page: "(AH: Ann Hollis, named on p. 1 [2])"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.answering.answer_types import asks_who
from assistant.types import Answer, CheckedSentence, Citation, Sources
from ingest.facts.people import INITIALS_RE, Person

_MARKERS_RE = re.compile(r"(?:\s*\[\d+\])*")


def name_initials(answer: Answer, people: Sequence[Person], sources: Sources) -> Answer:
    """The answer to a question asking who, with each set of initials it quotes followed by whom they
    stand for in the quoted document; initials standing for no one there (or for two) are left as
    they are. Other answers are left whole: initials met in passing need no page cited for them."""
    if answer.abstained or not people or not asks_who(answer.question):
        return answer
    known = {(p.document, p.initials): p for p in people}
    documents = {c.number: c.document for c in answer.citations}
    citations = list(answer.citations)
    text, sentences, seen = answer.text, list(answer.sentences), set[str]()
    at = 0  # notes go after their sentence, found in the text from here on
    for sentence in answer.sentences:
        quoted = [documents[n] for n in sentence.citations if n in documents]
        initials = [i for i in dict.fromkeys(INITIALS_RE.findall(sentence.text)) if i not in seen]
        named = [known[(quoted[0], i)] for i in initials if quoted and (quoted[0], i) in known]
        named = [p for p in named if p.name.split()[-1] not in sentence.text]  # named in full already
        if not named:
            continue
        seen.update(p.initials for p in named)
        numbers = tuple(_cite(citations, p, sources) for p in named)
        parts = [
            f"{p.initials}: {p.name}, named on p. {sources.label(p.document, p.page)} [{n}]"
            for p, n in zip(named, numbers, strict=True)
        ]
        note = f"({'; '.join(parts)})"
        sentences.append(CheckedSentence(note, numbers, True))
        text, at = _insert_after(text, sentence.text, f" {note}", at)
    return replace(answer, text=text, citations=tuple(citations), sentences=tuple(sentences))


def _cite(citations: list[Citation], person: Person, sources: Sources) -> int:
    """The number of the citation of the page naming the person, its quote added; a new one if none."""
    for at, citation in enumerate(citations):
        if (citation.document, citation.page) == (person.document, person.page):
            if person.quote not in citation.quote.split("\n"):
                citations[at] = replace(citation, quote=f"{citation.quote}\n{person.quote}".strip())
            return citation.number
    number = len(citations) + 1
    document = person.document
    citations.append(
        Citation(
            number,
            document,
            sources.title(document),
            person.page,
            sources.label(document, person.page),
            person.quote,
            doc_type=sources.doc_type(document),
            period=sources.period(document),
            date=sources.date(document),
        )
    )
    return number


def _insert_after(text: str, sentence: str, note: str, start: int) -> tuple[str, int]:
    """The text with `note` after the sentence and its citation markers (at the end when the
    sentence is not found), and where the next search starts."""
    found = text.find(sentence, start)
    if found < 0:
        return f"{text}{note}", len(text) + len(note)
    end = _MARKERS_RE.match(text, found + len(sentence))
    cut = end.end() if end else found + len(sentence)
    return f"{text[:cut]}{note}{text[cut:]}", cut + len(note)
