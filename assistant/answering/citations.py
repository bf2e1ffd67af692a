"""The citation ledger every answerer uses: sources numbered in order of first use, quotes gathered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.types import Citation, Passage, Sources


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
