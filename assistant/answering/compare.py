"""Questions that compare named alternatives ("which got more money, A or B", "A vs B"): each side
answered on its own, the answer quoting each side's best unit.

The alternatives are read from the question's structure: the noun phrases joined by "or", "vs" or
"versus" (or "between A and B"). A phrase runs until punctuation or a word that cannot be inside
one (a preposition, an auxiliary verb, a question word, a comparative). Each side is asked the
question with the alternatives replaced by that side alone, so it keeps the question's measure
words ("more money", "spent on").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answering.citations import CitationLedger, cited_first
from assistant.answering.units import Unit, with_heading
from assistant.text import terms
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Passage, Sources
from ingest.facts.periods import financial_year_spans, financial_years_in, years_in
from ingest.text import MONEY_RE, parse_amount

_TOKEN_RE = re.compile(r"[\w£'’./-]*\w|[^\w\s]")
_CUES = frozenset({"or", "vs", "versus"})
_STANDALONE_CUES = frozenset({"vs", "versus"})  # a comparison on their own; "or" needs a comparative


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PREPOSITIONS = _words(
    "on for to in at by from of with about into towards toward than between within during under over"
)
_COMPARATIVES = _words(
    "more less most least higher lower bigger larger greater fewer smaller highest lowest biggest largest "
    "greatest better worse"
)
_FUNCTION_WORDS = (
    _PREPOSITIONS
    | _COMPARATIVES
    | _words(
        "did does do was were is are has have had will would could can which what who whom whose how when "
        "where why whether whichever"
    )
)
# Besides a comparative: words that make "A or B" a choice between them rather than either of them.
_CHOICE_WORDS = frozenset({"which", "whichever", "compare", "compared", "comparison", "difference"})
# Sides that are directions of change ("up or down", "rise or fall") are not things compared.
_DIRECTIONS = frozenset(
    terms("up down rise rose fall fell increase decrease change higher lower more fewer less grow grew drop")
)


@dataclass(frozen=True)
class Comparison:
    """The alternatives a question compares, as typed, and the question asked of each."""

    question: str
    sides: tuple[str, ...]
    questions: tuple[str, ...]


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def word(self) -> str:
        return self.text.casefold()

    @property
    def ends_phrase(self) -> bool:
        punctuation = not self.text[0].isalnum() and self.text[0] not in "£'’/&"
        return punctuation or self.word in _FUNCTION_WORDS


def read_comparison(question: str) -> Comparison | None:
    """The alternatives the question compares, or None when it compares no named things."""
    tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(question)]
    words = {t.word for t in tokens}
    cue = next((i for i, t in enumerate(tokens) if t.word in _CUES), None)
    if cue is not None:
        spans = [*_left_sides(tokens, cue), _right_side(tokens, cue)]
    else:
        spans = _between_sides(tokens)
    sides = [question[start:end] for start, end in spans if end > start]
    if len(sides) < 2 or len(sides) != len(spans) or not all(_names_a_thing(s) for s in sides):
        return None
    if not (words & (_COMPARATIVES | _CHOICE_WORDS | _STANDALONE_CUES)):
        return None
    head, tail = question[: spans[0][0]], question[spans[-1][1] :]
    return Comparison(question, tuple(sides), tuple(f"{head}{side}{tail}" for side in sides))


# What joins two financial years a question compares: "2022-23 vs 2023-24", "between 2022-23 and
# 2023-24", "in 2023-24 compared with 2024-25", "in 2022/23, and how did it compare with 2021/22";
# not "carried forward from 2023-24 into 2024-25".
_PERIOD_JOIN_RE = re.compile(
    r"^\W*(?:and(?:\s+(?:in|for))?|vs\.?|versus|(?:as\s+)?compared\s+(?:with|to)|against|to)\W*$"
    r"|\bcompar|\bvs\b|\bversus\b",
    re.IGNORECASE,
)
# "from 2023-24 to 2024-25" compares only in a question about a change ("did the grant go up from ...").
_CHANGE_Q_RE = re.compile(
    r"\b(?:chang\w*|compar\w*|differ\w*|up|down|ris\w*|rose|f[ae]ll\w*|increas\w*|decreas\w*|more|less|"
    r"higher|lower)\b",
    re.IGNORECASE,
)
_SPAN_OPENER_RE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def read_period_comparison(question: str) -> Comparison | None:
    """Two financial years a question compares, each side the question asked of its year alone
    ("... change between 2022-23 and 2023-24" -> "... change in 2022-23"); None for any other."""
    spans = financial_year_spans(question)
    if len(spans) != 2 or spans[0][2] == spans[1][2]:
        return None
    (start, first_end, _), (second_start, end, _) = spans
    join = question[first_end:second_start]
    if not _PERIOD_JOIN_RE.search(join):
        return None
    if join.strip().casefold() == "to" and not _CHANGE_Q_RE.search(question):
        return None
    head, tail = question[:start], question[end:]
    opener = _SPAN_OPENER_RE.search(head)
    head = f"{head[: opener.start()]}in " if opener else head
    sides = (question[start:first_end], question[second_start:end])
    return Comparison(question, sides, tuple(f"{head}{side}{tail}" for side in sides))


def period_answer(
    comparison: Comparison, best: Best, query: str, sources: Sources | None = None
) -> Answer | None:
    """Each year's sum quoted and cited, and which is larger; None unless each year's best unit
    states a sum of its year and both are of one thing (they hold a word of the question in common)."""
    found = [best(q, "") for q in comparison.questions]
    years = [financial_years_in(side) for side in comparison.sides]
    if not all(hit is not None and _of_year(*hit, year) for hit, year in zip(found, years, strict=True)):
        return None
    if found[0] == found[1]:
        return None  # one unit for both years: the answerer's own choice quotes it once
    asked = set(terms(comparison.questions[0])) - set(terms(" ".join(comparison.sides)))
    held = [asked & set(terms(hit[0].text)) for hit in found if hit is not None]
    if not set.intersection(*held):
        return None  # the years' sums are of different things: no change of one is shown
    larger = _larger(comparison.sides, found)
    return side_by_side(comparison.question, comparison.sides, found, query, sources, larger)


def _of_year(unit: Unit, passage: Passage, years: set[str]) -> bool:
    """Whether a unit states a sum of one of `years`: it names the year, or names none and its
    document is of it."""
    named = financial_years_in(unit.text)
    return _states_sum(unit, passage) and (bool(named & years) or (not named and passage.period in years))


# A figure of pounds in a table: "46,000", "12.5"; not a year.
_FIGURE_RE = re.compile(r"(?<![\d/-])\d[\d,]*(?:\.\d+)?(?![\d/-])")


# A table's cell saying its figures are pounds: "£", "Award (£)", "Asked £k", "£'000".
_POUNDS_CELL_RE = re.compile(r"(?:^|\t)[^\t\n]{0,30}\(?£\s?(?:k|m|'?000)?\)?(?=\t|$)", re.MULTILINE)


def _states_sum(unit: Unit, passage: Passage) -> bool:
    """Whether a unit states a sum of money: "£46,000", or a figure in a table of pounds ("— £:
    46,000", a row of a passage whose table says "£")."""
    if MONEY_RE.search(unit.text):
        return True
    in_pounds = "£" in unit.text or bool(_POUNDS_CELL_RE.search(passage.text))
    figures = [f for f in _FIGURE_RE.findall(unit.text) if not years_in(f)]
    return in_pounds and bool(figures)


def _left_sides(tokens: Sequence[_Token], cue: int) -> list[tuple[int, int]]:
    """The phrase before the cue and, across commas ("A, B or C"), the phrases listed before it."""
    end = cue - 1 if cue > 0 and tokens[cue - 1].text == "," else cue  # "A, B, or C"
    start = _phrase_start(tokens, end)
    if start == end:
        return []
    spans = [(start, end)]
    # One more side only for a whole phrase between commas (or from the question's start).
    while start > 0 and tokens[start - 1].text == ",":
        end = start - 1
        start = _phrase_start(tokens, end)
        if start == end or (start > 0 and tokens[start - 1].text != ","):
            break
        spans.insert(0, (start, end))
    return [(tokens[s].start, tokens[e - 1].end) for s, e in spans]


def _phrase_start(tokens: Sequence[_Token], end: int) -> int:
    """Where the phrase ending before `end` starts: after the last token that ends a phrase."""
    start = end
    while start > 0 and not tokens[start - 1].ends_phrase:
        start -= 1
    return start


def _right_side(tokens: Sequence[_Token], cue: int) -> tuple[int, int]:
    """The phrase after the cue; a preposition repeated before it ("to A or to B") is not part of it."""
    start = cue + 1
    while start < len(tokens) and (tokens[start].word in _PREPOSITIONS or tokens[start].text == "."):  # "vs."
        start += 1
    end = start
    while end < len(tokens) and not tokens[end].ends_phrase:
        end += 1
    # "did A or B get more": the verb before the comparative belongs to the question, not to B.
    if end < len(tokens) and tokens[end].word in _COMPARATIVES and end - start > 1:
        end -= 1
    if end <= start:
        return (0, 0)
    return (tokens[start].start, tokens[end - 1].end)


def _between_sides(tokens: Sequence[_Token]) -> list[tuple[int, int]]:
    """ "between A and B": the phrases either side of the "and"."""
    at = next((i for i, t in enumerate(tokens) if t.word == "between"), None)
    if at is None:
        return []
    end = at + 1
    while end < len(tokens) and not tokens[end].ends_phrase:
        end += 1
    joins = [i for i in range(at + 1, end) if tokens[i].word == "and"]
    if len(joins) != 1:
        return []
    j = joins[0]
    if j == at + 1 or j == end - 1:
        return []
    return [(tokens[at + 1].start, tokens[j - 1].end), (tokens[j + 1].start, tokens[end - 1].end)]


def _names_a_thing(side: str) -> bool:
    """A side names something: a word besides directions of change, and no period (those compare years)."""
    return bool(set(terms(side)) - _DIRECTIONS) and not years_in(side)


# Answers one question with its best grounded unit and that unit's passage; the second argument
# is words the search adds (a later part's subject, `parts`), "" for none.
Best = Callable[[str, str], tuple[Unit, Passage] | None]
Found = Sequence[tuple[Unit, Passage] | None]


def compare_answer(comparison: Comparison, best: Best, query: str, sources: Sources | None = None) -> Answer:
    """Each side's best unit quoted and cited, and which amount is larger when each quotes one."""
    found = [best(q, "") for q in comparison.questions]
    larger = _larger(comparison.sides, found)
    return side_by_side(comparison.question, comparison.sides, found, query, sources, larger)


def side_by_side(
    question: str, labels: Sequence[str], found: Found, query: str, sources: Sources | None, closing: str = ""
) -> Answer:
    """Each label's unit quoted and cited on a line of its own (after its label, unless that is ""),
    a label with none said not found, then `closing`; none found at all declines."""
    passages = [hit[1] for hit in found if hit is not None]
    if not passages:
        return Answer(question, ABSTAIN_TEXT, True, query=query)
    ledger = CitationLedger(sources)
    lines: list[str] = []
    checked: list[CheckedSentence] = []
    for side, hit in zip(labels, found, strict=True):
        label = _label(side)
        if hit is None:
            lines.append(not_found(side))
            continue
        unit, passage = hit
        number = ledger.cite_passage(passage, unit.quote)
        text = with_heading(unit, passage)
        lines.append(f"{label}{text} [{number}]")
        checked.append(CheckedSentence(text, (number,), True))  # quoted from the page
    text = "\n".join([*lines, *([closing] if closing else [])])
    citations = ledger.citations()
    ordered = cited_first(list(dict.fromkeys(passages)), citations)
    return Answer(question, text, False, citations, ordered, (), tuple(checked), query)


def _label(side: str) -> str:
    return f"{side[:1].upper()}{side[1:]}: " if side else ""


def not_found(side: str) -> str:
    """The line saying a side or part of a question has no answer in the documents."""
    return f"{_label(side)}not found in the documents."


def _larger(sides: Sequence[str], found: Found) -> str:
    """Which side's amount is larger, said only when every side quotes exactly one amount of money."""
    amounts: list[tuple[float, str, str]] = []
    for side, hit in zip(sides, found, strict=True):
        matches = [m.group() for m in MONEY_RE.finditer(hit[0].text)] if hit else []
        value = parse_amount(matches[0]) if len(matches) == 1 else None
        if value is None:
            return ""
        amounts.append((value, side, matches[0].strip()))
    ranked = sorted(amounts, key=lambda a: -a[0])
    if ranked[0][0] == ranked[1][0]:
        return ""
    others = ", ".join(f"{amount} ({side})" for _, side, amount in ranked[1:])
    return f"The larger amount is for {ranked[0][1]}: {ranked[0][2]}, against {others}."
