"""The assistant's value types: what retrieval returns and what an answer is made of. Plain data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

ABSTAIN_TEXT = "The documents I have do not answer this."


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with the document facts a citation needs and how well it matched."""

    chunk_id: str
    document: str
    title: str
    doc_type: str
    period: str
    page: int
    page_label: str
    heading: str
    text: str
    score: float
    similarity: float
    heading_page: int = 0
    kinds: tuple[str, ...] = ()  # one block kind per line of `text`: para, bullet, header or row
    # Per line of `text`, a table row's cells and its table's header cells (as ingest found them).
    cells: tuple[tuple[str, ...], ...] = ()
    headers: tuple[tuple[str, ...], ...] = ()
    notes: tuple[tuple[str, str], ...] = ()  # its footnotes' marks, and what each is a note to
    # Its place in the first ranking (words and meaning fused) when a later stage reordered the
    # passages (`rerank`); None when the passages are in that order.
    rank: int | None = None

    def place(self, index: int) -> int:
        """Where the first ranking put this passage, found at `index` of the passages weighed."""
        return index if self.rank is None else self.rank


@dataclass(frozen=True)
class DocumentCues:
    """The documents a question names by type or month, and the stemmed words it names them with.

    Retrieval favours those documents' passages, and within them ranks by the question's other
    words: the naming words hold on every page of the document, so they tell none of its pages apart.
    """

    documents: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    # Of `documents`, each partnership's latest, when the question asks what holds now.
    newest: frozenset[str] = frozenset()
    # Of `documents`, those whose date the question gives in full ("the meeting of 16 September 2025").
    dated: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Citation:
    """Where a part of an answer comes from: the document, its page, and the exact words quoted."""

    number: int
    document: str
    title: str
    page: int
    page_label: str
    quote: str
    ocr: bool = False  # the page was read by OCR: the quote is its OCR text
    doc_type: str = ""
    period: str = ""
    date: str = ""  # ISO date of the meeting or publication; "" when not known


@dataclass(frozen=True)
class CheckedSentence:
    """One sentence of an answer, the citations it carries, and whether its passages support it."""

    text: str
    citations: tuple[int, ...]
    verified: bool
    reason: str = ""


@dataclass(frozen=True)
class Answer:
    """An answer with its numbered citations, or an abstention with the closest passages.

    `query` is what retrieval searched for (a follow-up rewritten from the conversation);
    `answerer` names what wrote the text; `notes` are one-line remarks for the user.
    `passages` put the cited pages first; `retrieved` keeps the retriever's own order (all the
    candidates the answerer weighed), so an evaluation can score retrieval apart from citation.
    """

    question: str
    text: str
    abstained: bool
    citations: tuple[Citation, ...] = ()
    passages: tuple[Passage, ...] = ()
    notes: tuple[str, ...] = field(default=())
    sentences: tuple[CheckedSentence, ...] = ()
    query: str = ""
    answerer: str = "extractive"
    retrieved: tuple[Passage, ...] = ()
    # What the answer names for a later ask to point back to ("the priorities it says were dropped").
    about: tuple[str, ...] = ()

    @property
    def verified(self) -> bool:
        """True when every sentence is supported by the passages it cites."""
        return all(s.verified for s in self.sentences)


@dataclass(frozen=True)
class Sources:
    """What a citation shows of a document besides the page number: its title, type, period and
    date (ISO), and the page's label."""

    titles: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[tuple[str, int], str] = field(default_factory=dict)
    doc_types: Mapping[str, str] = field(default_factory=dict)
    periods: Mapping[str, str] = field(default_factory=dict)
    dates: Mapping[str, str] = field(default_factory=dict)

    def title(self, document: str) -> str:
        """The document's title, or its file name when it has none."""
        return self.titles.get(document, document)

    def label(self, document: str, page: int) -> str:
        """The page's printed label ("iv", "12"), or its number."""
        return self.labels.get((document, page), str(page))

    def doc_type(self, document: str) -> str:
        """The document's type ("annual report", "minutes"), or "" when unknown."""
        return self.doc_types.get(document, "")

    def period(self, document: str) -> str:
        """The period the document covers ("2022-23"), or ""."""
        return self.periods.get(document, "")

    def date(self, document: str) -> str:
        """The document's ISO date (a meeting's, a publication's), or ""."""
        return self.dates.get(document, "")
