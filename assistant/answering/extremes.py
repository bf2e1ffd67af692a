"""The row holding a column's highest or lowest figure: "which ward has the lowest crime rate",
"when was shoplifting lowest", "which was the biggest award".

Scoring quotes the rows whose words match best, and every row of a table names the same columns:
only reading the column's figures, down the whole table, says which row holds the extreme.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answering.asked import MOST_ALLOWED_RE
from assistant.answering.holding import Reading, table_rows
from assistant.answering.units import Unit, label_index
from assistant.spelled import typed_acronyms
from assistant.text import TextUnit, terms
from assistant.types import Passage
from ingest.facts.periods import financial_years_in, years_in

_HIGHEST = r"highest|largest|biggest|greatest|most|top|worst"
_LOWEST = r"lowest|smallest|least|fewest"
# A word of a compound is none: "the IDVA top-up" asks for no top.
_EXTREME_RE = re.compile(rf"(?<![\w-])(?:({_HIGHEST})|({_LOWEST}))\b(?!-)", re.I)
# "most similar group" names a comparison, not the largest figure; "the most the Panel can award"
# a limit, which a rule states, not the largest figure of a table.
_NOT_EXTREME_RE = re.compile(
    rf"\bmost similar\b|\bat (?:the )?(?:most|least)\b|{MOST_ALLOWED_RE.pattern}", re.I
)
_ASKS_RE = re.compile(r"\b(?:which|what|when|where|who)\b", re.I)
# Rows the question sets aside: "after Harrow Green, which ward has the highest rate", "apart from X".
_EXCEPT_RE = re.compile(
    r"\b(?:after|apart from|other than|except|excluding|besides|not counting)\s+(?:the\s+)?"
    r"([\w' -]+?)(?=\s*,|\s+(?:which|what|who|where|when|has|had|is|was|does|did)\b|\s*\??$)",
    re.I,
)
# "the second highest", "the next lowest": the figure after the extreme.
_SECOND_RE = re.compile(r"\b(?:second|2nd|next)[\s-]+(?:" + _HIGHEST + "|" + _LOWEST + r")\b", re.I)
# A question about money ("the most money", "the biggest grant") is about a column of amounts.
_MONEY_Q_RE = re.compile(
    r"£|\b(?:money|amounts?|awards?|grants?|funding|funded|spent|spend|cost|paid)\b", re.I
)
_MONEY_COLUMN_RE = re.compile(r"£|\b(?:amount|award|grant|funding|cost|spend|budget)\b", re.I)
# A figure as a table prints it: "22.9", "£12,600", "3,412", "+7.1%"; not an ordinal ("4th").
_FIGURE_CELL_RE = re.compile(r"[+\-−]?£?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|k|m)?", re.I)
# Rows that sum, average or compare the others, which are not among them.
_SUMMARY_LABEL_RE = re.compile(
    r"\b(?:total|totals|average|mean|overall)\b|^\s*(?:all\b|%|change\b|difference\b)", re.I
)


# The terms of a rate's column ("Rate per 1,000"), and what naming one adds to a column's fit when a
# rate is asked for: half a word, enough to settle a tie with a column of counts.
_RATE_TERMS = frozenset(terms("rate per"))
_RATE_CREDIT = 0.5

Forms = Callable[[str], list[str]]  # a word's other forms: an acronym's spelled out (the glossary's)


@dataclass(frozen=True)
class _Column:
    """One column of figures of a table (its document and header), and how well its header fits
    the question."""

    fit: float
    document: str
    header: tuple[str, ...]
    column: int


def extreme_row(
    question: str,
    passages: Sequence[Passage],
    within: int,
    read: Reading | None = None,
    forms: Forms | None = None,
) -> tuple[list[Unit], list[Passage]] | None:
    """The row of the best-fitting retrieved table whose figure in the column the question names is
    the highest or lowest, as one unit saying so, with the passages it indexes; None when the
    question asks for no extreme or no retrieved table has a column it names."""
    match = None if _NOT_EXTREME_RE.search(question) else _EXTREME_RE.search(question)
    if match is None or not _ASKS_RE.search(question):
        return None
    highest = match.group(1) is not None
    asked = set(terms(question)) - set(terms(match.group(0)))
    money = bool(_MONEY_Q_RE.search(question))
    years = financial_years_in(question) or years_in(question)
    pool = list(passages)
    for document in dict.fromkeys(p.document for p in pool[:within]):
        if read is not None:
            known = {p.chunk_id for p in pool}
            pool += [p for p in read(document) if p.chunk_id not in known]
    top = {p.document for p in pool[:within]}
    columns = [
        c for p in pool if p.document in top and _of_years(p, years) for c in _columns(p, asked, money, forms)
    ]
    if not columns:
        return None
    best = max(columns, key=lambda c: c.fit)  # the first of the best, in ranking order
    rows = _rows_of(best, pool)
    set_aside = [r for r in rows if _set_aside(question, r[2])]
    kept = [r for r in rows if r not in set_aside]
    second = _SECOND_RE.search(question) is not None
    if len(kept) < 2 + second:
        return None
    ordered = sorted(kept, key=lambda r: r[0], reverse=highest)
    _, index, row = ordered[1 if second else 0]
    label = row.cells[label_index(row.cells)]
    word = f"{'second ' if second else ''}{match.group(0).lower()}"
    text = f"{label} — {best.header[best.column]}: {row.cells[best.column]}, the {word} of {len(kept)}"
    if set_aside:
        text += f" (leaving out {', '.join(r[2].cells[label_index(r[2].cells)] for r in set_aside)})"
    return [Unit(index, "row", text, row.quote, 0, line=row.line)], pool


def _set_aside(question: str, row: TextUnit) -> bool:
    """Whether the question sets the row aside by its label ("after Harrow Green", "apart from X")."""
    label = set(terms(row.cells[label_index(row.cells)]))
    return bool(label) and any(label <= set(terms(m.group(1))) for m in _EXCEPT_RE.finditer(question))


def _of_years(passage: Passage, years: set[str]) -> bool:
    """Whether a passage's title, heading or text states the years the question names, if any: the
    largest award of 2023-24 says nothing of 2022-23's."""
    said = f"{passage.title} {passage.heading} {passage.text}"
    return not years or years <= (financial_years_in(said) | years_in(said))


def _columns(passage: Passage, asked: set[str], money: bool, forms: Forms | None) -> list[_Column]:
    """Each column of figures of a passage's tables whose header shares words with the question, with
    how many it shares (half a word for each its label column's header shares: "which ward"); for
    a question about money, only columns of amounts. A table whose heading, label column and rows
    share none of the question's other words is about something else. A header's acronym holds
    the words it stands for ("ASB per 1,000": anti-social behaviour)."""
    found = []
    asked = asked - set(terms(passage.title))  # the partnership's name names no column
    if "rate" in asked:
        asked = asked | {"per"}  # a rate is printed "per 1,000"
    for header, rows in table_rows(passage).items():
        label = label_index(rows[0].cells)
        table_fit = 0.5 * len(asked & set(terms(header[label])))
        # What the table is of: its heading, its label column's name and its rows' labels.
        about = set(terms(" ".join([passage.heading, header[label], *(r.cells[label] for r in rows)])))
        for column, name in enumerate(header):
            cells = [r.cells[column] for r in rows]
            if column == label or not all(_FIGURE_CELL_RE.fullmatch(c.strip()) for c in cells if c):
                continue
            named = _spelled_out(name, forms)
            subject = asked - named  # what the question measures the column's figures of
            if subject and not subject & about:
                continue  # "which ward had the highest rate of ASB" is no table of offences' rates
            fit: float = len(asked & named)
            if "rate" in asked and named & _RATE_TERMS:
                fit += _RATE_CREDIT  # "the highest crime rate": a rate's column, not one of crimes
            if money and not (_MONEY_COLUMN_RE.search(name) or all("£" in c for c in cells if c)):
                continue  # "the most money spent on knife crime" is no count of knife crimes
            if fit:
                found.append(_Column(fit + table_fit, passage.document, header, column))
    return found


def _spelled_out(name: str, forms: Forms | None) -> set[str]:
    """A header's terms with those of the words each of its acronyms stands for."""
    said = set(terms(name))
    if forms is None:
        return said
    for acronym in typed_acronyms(name):
        said.update(t for form in forms(acronym) for t in terms(form))
    return said


def _rows_of(column: _Column, passages: Sequence[Passage]) -> list[tuple[float, int, TextUnit]]:
    """The column's figure in each row of its table, from every passage of its document (a table may
    run over two chunks), each row once; rows summing or comparing the others left out."""
    rows: list[tuple[float, int, TextUnit]] = []
    seen: set[tuple[int, str]] = set()
    for index, passage in enumerate(passages):
        if passage.document != column.document:
            continue
        for row in table_rows(passage).get(column.header, []):
            value = _figure(row.cells[column.column])
            label = row.cells[label_index(row.cells)]
            if value is None or _SUMMARY_LABEL_RE.search(label) or (passage.page, row.quote) in seen:
                continue
            seen.add((passage.page, row.quote))
            rows.append((value, index, row))
    totals = _column_totals([row for _, _, row in rows])
    return [r for r in rows if not _sums_the_others(r[2], totals, len(rows) - 1)]


_SUM_SLACK = 0.005  # how far a printed total may stray from the sum of rounded figures


def _column_totals(rows: Sequence[TextUnit]) -> dict[int, float]:
    """Each column's total over the rows, for the columns where every row has a figure."""
    totals: dict[int, float] = {}
    for column in range(max((len(r.cells) for r in rows), default=0)):
        figures = [_figure(r.cells[column]) if column < len(r.cells) else None for r in rows]
        if all(f is not None for f in figures):
            totals[column] = sum(f for f in figures if f is not None)
    return totals


def _sums_the_others(row: TextUnit, totals: dict[int, float], others: int) -> bool:
    """Whether a row is the others' total, labelled or not ("Iverbeck district" under its wards): in
    some column of counts its figure is the sum of theirs (three at least: 3 is 1 and 2 by chance).
    `totals` are the columns' totals over every row, this one's included."""
    if others < 3:
        return False
    for column, total in totals.items():
        value = _figure(row.cells[column])
        rest = total - (value or 0.0)
        if (
            value is not None
            and "." not in row.cells[column]
            and rest
            and abs(value - rest) <= _SUM_SLACK * rest
        ):
            return True
    return False


def _figure(cell: str) -> float | None:
    """A cell's figure as a number: "£12,600" 12600, "-26.1%" -26.1; None for no figure."""
    found = re.search(r"([+\-−]?)\s?£?\s?(\d[\d,]*(?:\.\d+)?)", cell)
    if found is None:
        return None
    value = float(found.group(2).replace(",", ""))
    return -value if found.group(1) in ("-", "−") else value
