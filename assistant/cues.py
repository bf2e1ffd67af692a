"""The documents a question points at by what it calls them: a type ("the strategic assessment",
"the minutes") and a month with its year ("the minutes of February 2023").

Retrieval favours their passages rather than keeping to them: a question may name one document
and be answered by another ("what did the annual report say the assessment found"). The cues are
read against the document records, never from a document's text.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from assistant.text import contains_phrase, terms
from assistant.types import DocumentCues
from ingest.facts.periods import MONTHS, month_years_in
from ingest.records import DocumentRecord


def read_cues(
    question: str, records: Mapping[str, DocumentRecord], within: Collection[str] | None = None
) -> DocumentCues:
    """The documents (of `within`, when given: a partnership named) of every type the question names,
    and of every month it names with its year, both when it names both; and the words naming them,
    the partnership's own among them. No cues when it names neither, or nothing indexed fits."""
    words = terms(question)
    types = {r.doc_type for r in records.values() if r.doc_type and contains_phrase(words, terms(r.doc_type))}
    months = month_years_in(question)
    if not types and not months:
        return DocumentCues()
    documents = frozenset(
        name
        for name, r in records.items()
        if (within is None or name in within)
        and (not types or r.doc_type in types)
        and (not months or r.date[:7] in months)
    )
    if not documents:
        return DocumentCues()
    named = [*types, *(_month_words(m) for m in months), *(records[d].partnership for d in documents)]
    return DocumentCues(documents, frozenset(terms(" ".join(named))) & frozenset(words))


def _month_words(month: str) -> str:
    """ "2023-02" as the words a question names it with: "february 2023"."""
    year, number = month.split("-")
    return f"{MONTHS[int(number) - 1]} {year}"
