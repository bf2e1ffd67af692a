"""Which rows of a table hold a value: "which issues were rated red" answered with every row whose
cell is "Red", from the best retrieved table with a column of such values.

Scoring quotes the few best units; a question naming a value asks for all the rows holding it, and
only the table's structure (its header, its columns of repeated word values) can give them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answering.asked import MEANING_Q_RE
from assistant.answering.units import Unit, label_index
from assistant.text import TextUnit, terms, text_units
from assistant.types import Passage
from ingest.parse.tables import RATING_CELL_RE

# A question asking for the things that hold a value, not for one figure or one thing's value.
_WHICH_RE = re.compile(r"\b(which|what|list|name)\b", re.IGNORECASE)
_NON_WORD_RE = re.compile(r"[^\w-]+")
Reading = Callable[[str], list[Passage]]  # a document's passages holding tables, in reading order


@dataclass(frozen=True)
class _Filter:
    """The table asked about (its document and header) and, by column, the values asked for."""

    document: str
    header: tuple[str, ...]
    wanted: tuple[tuple[int, frozenset[str]], ...]

    def holds(self, row: TextUnit) -> bool:
        return all(_norm(row.cells[column]) in values for column, values in self.wanted)


def rows_holding(
    question: str, passages: Sequence[Passage], within: int, read: Reading | None = None
) -> tuple[list[Unit], list[Passage]] | None:
    """Every row of the best retrieved table whose cell in some word column is a value the question
    names (exactly, whole words), one unit a row: its label and that column; with the passages the
    units index. None when the question is not a "which"/"what" question or names no such cell.

    The table is looked for in the top `within` passages, then in the rest of their documents
    (`read`): a table rarely names its document, whose name the question often gives.
    """
    # "what does a green rating mean": what the value stands for, which the table's key says, not its rows.
    if not _WHICH_RE.search(question) or MEANING_Q_RE.search(question):
        return None
    words = f" {_norm(_NON_WORD_RE.sub(' ', question))} "
    refs = {_compact(r) for r in _REFERENCE_Q_RE.findall(question)}
    pool = list(passages)
    found = _first(pool[:within], words, refs)
    for document in dict.fromkeys(p.document for p in pool[:within]):
        if found is not None or read is None:
            break
        known = {p.chunk_id for p in pool}
        pool += [p for p in read(document) if p.chunk_id not in known]
        found = _first([p for p in pool if p.document == document], words, refs)
    return (_rows(found, pool), pool) if found is not None else None


# A record's reference a question names ("chair's action CA 03/22-23"): a table asked about holds it.
_REFERENCE_Q_RE = re.compile(r"\b[a-z]{1,6}\s?\d{1,3}(?:[/-]\d{2,4}){1,2}\b", re.IGNORECASE)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _first(passages: Sequence[Passage], words: str, refs: set[str]) -> _Filter | None:
    """The first table, in the passages' order, with a word column holding a value named, in a
    passage holding every reference the question names."""
    held = [p for p in passages if all(r in _compact(p.text) for r in refs)]
    return next((f for p in held for f in _filters(p, words)), None)


def _filters(passage: Passage, words: str) -> list[_Filter]:
    """Each table of a passage with a word column holding values the question names, and those values."""
    found: list[_Filter] = []
    # A value the document's title holds ("Northvale" of a district column, in "the Northvale
    # assessment") names the document asked about, not rows.
    title = set(terms(passage.title))
    for header, rows in table_rows(passage).items():
        wanted = []
        header_terms = set(terms(" ".join(header)))
        for column in range(len(header)):
            # An empty cell is a wrapped row's next line ("of weapons | robberies | | |"), no value.
            filled = [_norm(row.cells[column]) for row in rows if row.cells[column].strip()]
            values = set(filled)
            if column == label_index(rows[0].cells) or len(values) >= len(filled):
                continue  # a column naming its rows, or one whose values never repeat
            if values <= _YES | _NO and _PICKS_RE.search(words) and _names_column(words, header[column]):
                # "which wards are flagged as hotspots": a column of Yes and No named, its Yes asked for.
                negated = _NEGATED_RE.search(words) is not None
                wanted.append((column, frozenset(values & (_NO if negated else _YES))))
            elif all(RATING_CELL_RE.fullmatch(v) for v in values):
                named = frozenset(
                    v for v in values if _names_value(words, v, header_terms) and not _titled(v, title)
                )
                wanted += [(column, named)] if named else []
        found += [_Filter(passage.document, header, tuple(wanted))] if wanted else []
    return found


# A column of marks: Yes and No, or a tick and a cross.
_YES = frozenset({"yes", "y", "✓", "✔"})
_NO = frozenset({"no", "n", "✗", "✘", "x"})
# Picking rows out ("which wards are hotspots", "list the ..."), not asking what the column's name
# means ("what is a hotspot ward").
_PICKS_RE = re.compile(r" (?:which|list|name) ")
_NEGATED_RE = re.compile(r" (?:not|no longer|never|n't) ")


def _names_column(words: str, name: str) -> bool:
    """Whether the question names every word of a column's name ("hotspots" of "Hotspot")."""
    named = set(terms(name))
    return bool(named) and named <= set(terms(words))


def _titled(value: str, title: set[str]) -> bool:
    """Whether a value's words are all the title's ("Northvale"); a bare letter ("A") has none."""
    own = set(terms(value))
    return bool(own) and own <= title


def _names_value(words: str, value: str, header_terms: set[str]) -> bool:
    """Whether the question names a value as a value: at its end, or before a small word or the
    table's own header ("a red RAG rating", "high harm"); before another word it describes that
    ("a high crime rate" asks about rates, not about rows rated high)."""
    for match in re.finditer(rf" {re.escape(value)}(?= )", words):
        after = words[match.end() :].split()[:1]
        if not after or after[0] in _LINKING_WORDS or not set(terms(after[0])) - header_terms:
            return True
    return False


# Words after a value that end its phrase, as a small word does: "still open after the board".
_LINKING_WORDS = frozenset(
    [
        "after",
        "before",
        "since",
        "from",
        "until",
        "till",
        "by",
        "at",
        "in",
        "on",
        "for",
        "with",
        "during",
        "following",
        "as",
    ]
)


def table_rows(passage: Passage) -> dict[tuple[str, ...], list[TextUnit]]:
    """A passage's data rows under a recognised header, by table (its header's cells)."""
    tables: dict[tuple[str, ...], list[TextUnit]] = {}
    for piece in text_units(passage.text, passage.kinds, passage.cells, passage.headers):
        if piece.kind == "row" and len(piece.header) == len(piece.cells) > 1:
            tables.setdefault(piece.header, []).append(piece)
    return tables


def _rows(found: _Filter, passages: Sequence[Passage]) -> list[Unit]:
    """The rows holding the values, from every passage of the table's document (a table may run
    over two chunks), each once, in the order of the passages."""
    units: list[Unit] = []
    seen: set[tuple[int, str]] = set()
    for index, passage in enumerate(passages):
        if passage.document != found.document:
            continue
        for position, row in enumerate(table_rows(passage).get(found.header, [])):
            if not found.holds(row) or (passage.page, row.quote) in seen:
                continue
            seen.add((passage.page, row.quote))
            # Named by its first cell of words, after its reference when it has one ("22/1"): minutes
            # refer to an action by its number, its words say what it is.
            label = next((c for c in row.cells if any(ch.isalpha() for ch in c)), row.cells[0])
            label = f"{row.cells[0]} {label}" if label != row.cells[0] and row.cells[0] else label
            named = "; ".join(f"{found.header[c]}: {row.cells[c]}" for c, _ in found.wanted)
            units.append(Unit(index, "row", f"{label} — {named}", row.quote, position, line=row.line))
    return units


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()
