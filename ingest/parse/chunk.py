"""Pack a page's blocks into chunks that never span two pages and carry their section heading."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

from ingest.parse.blocks import GROUP, Block, CleanPage
from ingest.text import split_sentences

_NUMBERED_HEADING_RE = re.compile(r"^\d{1,2}\.\s")
BULLET_PREFIX = "• "  # how a bullet item is written into chunk text, for readers and the embedding
TABLE_KINDS = ("header", "row", GROUP)  # the block kinds of a table's lines
Line = tuple[str, str, tuple[str, ...], tuple[str, ...]]  # (block kind, text, cells, header) of a line


@dataclass(frozen=True)
class Chunk:
    """A piece of one page: its text, the heading it sits under, and where it came from."""

    id: str
    document: str
    page: int
    page_label: str
    heading: str
    text: str
    index: int
    heading_page: int = 0  # the page the nearest heading is printed on (an earlier one if carried over)
    # One block kind per line of `text` (para, bullet, header or row): the structure, kept as data.
    kinds: tuple[str, ...] = ()
    ocr: bool = False  # the page was read by OCR
    ocr_confidence: float | None = None  # the page's mean OCR word confidence, 0-100
    # For a chunk holding a table: per line, a row's cells and its table's header cells (empty
    # for other lines); both empty when the chunk holds no table.
    cells: tuple[tuple[str, ...], ...] = ()
    headers: tuple[tuple[str, ...], ...] = ()
    # The footnotes it holds: each note's mark and what it is a note to (`footnotes.linked_notes`).
    notes: tuple[tuple[str, str], ...] = ()

    @property
    def nearest_heading(self) -> str:
        """The innermost heading of the trail: what this chunk is most directly about."""
        return self.heading.split(" > ")[-1]

    @property
    def indexed_text(self) -> str:
        """The text with each table row written with its label and column headers (`labelled_row`),
        and after it what its footnotes are notes to."""
        text = self.text
        if self.cells:
            text = "\n".join(
                labelled_row(cells, header) if cells and header else line
                for line, cells, header in zip(text.split("\n"), self.cells, self.headers, strict=True)
            )
        return f"{text}\n{'; '.join(label for _, label in self.notes)}" if self.notes else text

    @property
    def embed_text(self) -> str:
        """What is embedded: the nearest heading first, so a chunk is found by what it is about.

        Outer section titles are left out: "6. SCEP Funding" above a list of priorities would
        pull the list's meaning towards funding. Table rows are written with their headers.
        """
        return f"{self.nearest_heading}\n{self.indexed_text}" if self.heading else self.indexed_text

    @property
    def search_text(self) -> str:
        """What BM25 indexes: the whole heading trail, the nearest heading counted twice."""
        text = self.indexed_text
        return f"{self.heading}\n{self.nearest_heading}\n{text}" if self.heading else text


def labelled_row(cells: Sequence[str], header: Sequence[str]) -> str:
    """A data row with its label and column headers: "Theft from the person — 2021-22: 119; 2022-23: 144".

    The first cell labels the row; every other non-empty cell is written after its column's header.
    """
    values = [
        f"{name}: {cell}" if name else cell for name, cell in zip(header[1:], cells[1:], strict=False) if cell
    ]
    return f"{cells[0]} — {'; '.join(values)}" if cells[0] else "; ".join(values)


def row_fields(text: str) -> list[tuple[str, str]]:
    """A labelled row's fields read back, each its column's name and value ("2021-22", "119" of
    "Theft from the person — 2021-22: 119; ..."); none for text written without a label."""
    _, dash, values = text.partition(" — ")
    return (
        [(name, value) for name, _, value in (f.partition(": ") for f in values.split("; "))] if dash else []
    )


def chunk_id(chunk: Chunk) -> str:
    """Content hash of everything a chunk stores and embeds: unchanged chunks keep their id (and vector).

    Every field but the id goes in, so a field added later can never be left out of the hash.
    """
    fields = {name: value for name, value in asdict(chunk).items() if name != "id"}
    key = json.dumps([fields, chunk.embed_text], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def chunk_pages(document: str, pages: Sequence[CleanPage], max_chars: int = 900) -> list[Chunk]:
    """Chunk a document page by page; headings carry over from earlier pages until a new one."""
    if max_chars < 200:
        raise ValueError(f"max_chars must be at least 200, not {max_chars}")
    chunks: list[Chunk] = []
    section = ""
    heading = ""
    heading_page = 0
    for page in pages:
        groups, section, new_heading = _group_page(page, section, heading, max_chars)
        for index, (trail, lines, on_this_page) in enumerate(groups):
            text = "\n".join(line for _, line, _, _ in lines)
            kinds = tuple(kind for kind, _, _, _ in lines)
            tabled = any(kind in TABLE_KINDS for kind in kinds)
            cells = tuple(c for _, _, c, _ in lines) if tabled else ()
            headers = tuple(h for _, _, _, h in lines) if tabled else ()
            where = page.number if on_this_page else heading_page
            notes = tuple(
                note
                for block in page.blocks
                if block.notes and any(kind == "para" and line in block.text for kind, line, _, _ in lines)
                for note in block.notes
            )
            chunk = Chunk(
                "",
                document,
                page.number,
                page.label,
                trail,
                text,
                index,
                where,
                kinds=kinds,
                cells=cells,
                headers=headers,
                notes=notes,
                ocr=page.ocr,
                ocr_confidence=page.ocr_confidence,
            )
            chunks.append(replace(chunk, id=chunk_id(chunk)))
        if any(block.kind == "heading" for block in page.blocks):
            heading_page = page.number
        heading = new_heading
    return chunks


def _group_page(
    page: CleanPage, section: str, heading: str, max_chars: int
) -> tuple[list[tuple[str, list[Line], bool]], str, str]:
    """Group one page's blocks into (heading trail, lines) chunks; returns the headings in force after it.

    A list or table travels with the paragraph that leads into it (a segment), so a chunk never
    holds half a list; only a segment longer than twice the chunk size is cut.
    """
    groups: list[tuple[str, list[Line], bool]] = []
    current: list[Line] = []
    size = 0
    headed_here = False  # whether the heading in force was printed on this page
    for segment in _segments(page.blocks):
        if segment[0].kind == "heading":
            if current:
                groups.append((_trail(section, heading), current, headed_here))
                current, size = [], 0
            headed_here = True
            if _NUMBERED_HEADING_RE.match(segment[0].text):
                section, heading = segment[0].text, ""
            else:
                heading = segment[0].text
            continue
        pieces = [piece for block in segment for piece in _pieces(block, max_chars)]
        length = sum(len(piece[1]) + 1 for piece in pieces)
        grouped = segment[0].kind == GROUP  # a table's group of rows opens a chunk, as a heading does
        if current and (grouped or size + length > max_chars) and length <= 2 * max_chars:
            groups.append((_trail(section, heading), current, headed_here))
            current, size = [], 0
        for piece in pieces:
            if current and size + len(piece[1]) + 1 > 2 * max_chars:  # only an over-long segment is cut
                groups.append((_trail(section, heading), current, headed_here))
                current, size = [], 0
            current.append(piece)
            size += len(piece[1]) + 1
    if current:
        groups.append((_trail(section, heading), current, headed_here))
    return groups, section, heading


def _segments(blocks: Sequence[Block]) -> list[list[Block]]:
    """Blocks grouped so that bullets and rows stay with each other and the paragraph before them."""
    segments: list[list[Block]] = []
    for block in blocks:
        joins_kinds = ("para", *TABLE_KINDS) if block.kind in TABLE_KINDS else ("para", block.kind)
        joins = block.kind in ("bullet", *TABLE_KINDS) and segments and segments[-1][-1].kind in joins_kinds
        joins = joins and block.kind != GROUP
        if joins:
            segments[-1].append(block)
        else:
            segments.append([block])
    return segments


def _trail(section: str, heading: str) -> str:
    return " > ".join(part for part in (section, heading) if part)


def _pieces(block: Block, max_chars: int) -> list[Line]:
    """A block as it goes into a chunk; an over-long paragraph is cut between sentences."""
    text = f"{BULLET_PREFIX}{block.text}" if block.kind == "bullet" else block.text
    if len(text) <= max_chars or block.kind in TABLE_KINDS:
        return [(block.kind, text, block.cells, block.header)]
    pieces: list[str] = []
    current = ""
    for sentence in split_sentences(text):
        if current and len(current) + len(sentence) + 1 > max_chars:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        pieces.append(current)
    return [(block.kind, piece, (), ()) for piece in pieces]
