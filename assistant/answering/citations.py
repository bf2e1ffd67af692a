"""The citation ledger every answerer uses: sources numbered in order of first use, quotes gathered."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from assistant.types import Answer, Citation, Passage, Sources


@dataclass
class _Entry:
    number: int
    document: str
    title: str
    page: int
    page_label: str
    doc_type: str
    period: str
    date: str
    quotes: list[str] = field(default_factory=list)


class CitationLedger:
    """One citation per (document, page), numbered 1, 2, ... as an answer first cites it.

    Each quote line is kept once per page, in the order cited, so the citation quotes every
    excerpt of its page that the answer relies on.
    """

    def __init__(self, sources: Sources | None = None) -> None:
        self.sources = sources or Sources()
        self._entries: dict[tuple[str, int], _Entry] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def cite(self, document: str, page: int, quote: str = "") -> int:
        """The number of the citation of this page (a new one when first cited); `quote` is added to it."""
        if (document, page) not in self._entries:
            s = self.sources
            title, label = s.title(document), s.label(document, page)
            self._add(document, page, title, label, s.doc_type(document), s.period(document))
        self.add_quote(document, page, quote)
        return self._entries[(document, page)].number

    def cite_passage(self, passage: Passage, quote: str = "") -> int:
        """As `cite`, with the title, page label, type and period the passage carries."""
        p = passage
        if (p.document, p.page) not in self._entries:
            self._add(p.document, p.page, p.title, p.page_label, p.doc_type, p.period)
        self.add_quote(p.document, p.page, quote)
        return self._entries[(p.document, p.page)].number

    def _add(self, document: str, page: int, title: str, label: str, doc_type: str, period: str) -> None:
        """A new entry, numbered next; its date is the document record's (passages carry none)."""
        date = self.sources.date(document)
        number = len(self._entries) + 1
        self._entries[(document, page)] = _Entry(number, document, title, page, label, doc_type, period, date)

    def add_quote(self, document: str, page: int, quote: str) -> None:
        """Add excerpts (one a line) to a cited page's quote, each once."""
        entry = self._entries[(document, page)]
        for line in quote.split("\n"):
            if line.strip() and line not in entry.quotes:
                entry.quotes.append(line)

    def citations(self) -> tuple[Citation, ...]:
        """The citations in number order."""
        return tuple(
            Citation(
                e.number,
                e.document,
                e.title,
                e.page,
                e.page_label,
                "\n".join(e.quotes),
                doc_type=e.doc_type,
                period=e.period,
                date=e.date,
            )
            for e in sorted(self._entries.values(), key=lambda e: e.number)
        )


def cited_first(passages: Sequence[Passage], citations: Sequence[Citation]) -> tuple[Passage, ...]:
    """Passages of the cited pages first, in citation order; then the rest as retrieved."""
    cited = [(c.document, c.page) for c in citations]
    rank = {key: i for i, key in reversed(list(enumerate(cited)))}
    return tuple(sorted(passages, key=lambda p: rank.get((p.document, p.page), len(cited))))


def joined(first: Answer, second: Answer) -> Answer:
    """Two answers to two asks of one question, one after the other, their citations numbered as one
    list: a page both cite keeps the first's number, with both quotes."""
    citations = list(first.citations)
    numbers: dict[int, int] = {}
    for citation in second.citations:
        key = (citation.document, citation.page)
        same = next((c for c in citations if (c.document, c.page) == key), None)
        if same is None:
            numbers[citation.number] = len(citations) + 1
            citations.append(replace(citation, number=len(citations) + 1))
        else:
            numbers[citation.number] = same.number
            quotes = "\n".join(dict.fromkeys([*same.quote.split("\n"), *citation.quote.split("\n")]))
            citations[same.number - 1] = replace(same, quote=quotes)
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", second.text)
    sentences = tuple(
        replace(s, citations=tuple(numbers.get(n, n) for n in s.citations)) for s in second.sentences
    )
    return replace(
        first,
        text=f"{first.text}\n\n{text}",
        citations=tuple(citations),
        sentences=(*first.sentences, *sentences),
    )
