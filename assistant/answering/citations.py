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
        key = (document, page)
        entry = self._entries.get(key)
        if entry is None:
            title, label = self.sources.title(document), self.sources.label(document, page)
            entry = self._entries[key] = _Entry(len(self._entries) + 1, document, title, page, label)
        self.add_quote(document, page, quote)
        return entry.number

    def cite_passage(self, passage: Passage, quote: str = "") -> int:
        """As `cite`, with the title and page label the passage carries."""
        key = (passage.document, passage.page)
        if key not in self._entries:
            number = len(self._entries) + 1
            self._entries[key] = _Entry(
                number, passage.document, passage.title, passage.page, passage.page_label
            )
        self.add_quote(passage.document, passage.page, quote)
        return self._entries[key].number

    def add_quote(self, document: str, page: int, quote: str) -> None:
        """Add excerpts (one a line) to a cited page's quote, each once."""
        entry = self._entries[(document, page)]
        for line in quote.split("\n"):
            if line.strip() and line not in entry.quotes:
                entry.quotes.append(line)

    def citations(self) -> tuple[Citation, ...]:
        """The citations in number order."""
        return tuple(
            Citation(e.number, e.document, e.title, e.page, e.page_label, "\n".join(e.quotes))
            for e in sorted(self._entries.values(), key=lambda e: e.number)
        )


def cited_first(passages: Sequence[Passage], citations: Sequence[Citation]) -> tuple[Passage, ...]:
    """Passages of the cited pages first, in citation order; then the rest as retrieved."""
    cited = [(c.document, c.page) for c in citations]
    rank = {key: i for i, key in reversed(list(enumerate(cited)))}
    return tuple(sorted(passages, key=lambda p: rank.get((p.document, p.page), len(cited))))
