"""The extractive answerer: picks the sentences, list items or table cells that answer, and cites them.

It needs no generative model. Every quote is text of the cited page (up to whitespace), and when
the evidence is weak it abstains and shows the closest passages instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.retrieve import Passage
from assistant.text import terms

ABSTAIN_TEXT = "The documents I have do not answer this."

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£'\"(*])")
_FIGURE_RE = re.compile(r"£\s?\d|\d[\d,.]*\s?(k|m|million|%)\b|\b\d{1,3}(,\d{3})+\b|\b\d+\b")
_DATE_RE = re.compile(
    r"\b(19|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
_LIST_RE = re.compile(
    r"^(list|name)\b|^(what|which|who) (are|were)\b|\b(priorities|members|organisations|organizations|"
    r"groups|sub-groups|subgroups|authorities|duties|projects|outcomes|principles|examples|services)\b",
    re.IGNORECASE,
)
_FIGURE_Q_RE = re.compile(r"\bhow (much|many)\b|\b(amount|cost|budget|figure|number|total|sum|value)\b", re.I)
_MONEY_Q_RE = re.compile(
    r"\bhow much\b|\b(cost|budget|funding|fund|funded|grant|award|spent|spend|money)\b", re.I
)
_WHEN_Q_RE = re.compile(r"^when\b|\bwhat (date|year|month)\b|\bwhich (date|year|month)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    """Where a part of an answer comes from: the document, its page, and the exact words quoted."""

    number: int
    document: str
    title: str
    page: int
    page_label: str
    quote: str


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

    @property
    def verified(self) -> bool:
        """True when every sentence is supported by the passages it cites."""
        return all(s.verified for s in self.sentences)


@dataclass(frozen=True)
class _Unit:
    """A quotable piece of a passage: a sentence, a bullet item, or a label and value of a table row."""

    passage: int
    kind: str
    text: str
    quote: str
    position: int
    list_id: int = -1


@dataclass(frozen=True)
class _Scored:
    unit: _Unit
    coverage: float
    score: float


class ExtractiveAnswerer:
    """Answers from retrieved passages by quoting them; `idf` weights the question's words."""

    def __init__(
        self,
        idf: Callable[[str], float],
        min_coverage: float = 0.5,
        min_similarity: float = 0.45,
        strong_similarity: float = 0.6,
    ) -> None:
        self.idf = idf
        self.min_coverage = min_coverage
        self.min_similarity = min_similarity
        self.strong_similarity = strong_similarity

    def answer(self, question: str, passages: Sequence[Passage], query: str | None = None) -> Answer:
        """Quote what answers the question, citing each page; abstain when nothing does.

        `query` is the question made stand-alone from a conversation; its words are what is
        matched, while the question's own wording decides the kind of answer (list, figure, date).
        """
        query = query or question
        q_terms = set(terms(query))
        abstention = Answer(question, ABSTAIN_TEXT, True, passages=tuple(passages), query=query)
        if not passages or not q_terms:
            return abstention
        scored = [
            s
            for s in self._score_units(question, q_terms, passages)
            if self._grounded(s, passages[s.unit.passage])
        ]
        if not scored:
            return abstention
        chosen = self._choose(question, scored[0], scored, passages)
        text, citations, sentences = _compose(chosen, passages)
        # Passages holding the quoted evidence come first, in citation order; then the rest.
        cited = [(c.document, c.page) for c in citations]
        rank = {key: i for i, key in reversed(list(enumerate(cited)))}
        ordered = sorted(passages, key=lambda p: rank.get((p.document, p.page), len(cited)))
        return Answer(question, text, False, tuple(citations), tuple(ordered), (), sentences, query)

    # scoring ---------------------------------------------------------------------------------
    def _score_units(self, question: str, q_terms: set[str], passages: Sequence[Passage]) -> list[_Scored]:
        weights = {t: self.idf(t) for t in q_terms}
        total = sum(weights.values()) or 1.0
        wants_figure = bool(_FIGURE_Q_RE.search(question))
        wants_money = bool(_MONEY_Q_RE.search(question))
        wants_date = bool(_WHEN_Q_RE.search(question))
        wants_list = bool(_LIST_RE.search(question))
        scored: list[_Scored] = []
        for p_index, passage in enumerate(passages):
            trail = passage.heading.split(" > ")
            own_heading = set(terms(trail[-1]))
            outer_headings = set(terms(" ".join(trail[:-1]))) - own_heading
            for unit in _units(p_index, passage):
                unit_terms = set(terms(unit.text))
                # A list item, table cell or bare figure is defined by its heading; a sentence less so.
                labelled = unit.kind in ("bullet", "row") or sum(ch.isalpha() for ch in unit.text) < 4
                heading_weight = 1.0 if labelled else 0.6
                matched = 0.0
                for term, weight in weights.items():
                    if term in unit_terms:
                        matched += weight
                    elif term in own_heading:
                        matched += heading_weight * weight
                    elif term in outer_headings:
                        matched += 0.3 * weight
                coverage = matched / total
                score = coverage + 0.35 * passage.similarity - 0.02 * p_index
                has_figure = bool(_FIGURE_RE.search(unit.text))
                if wants_figure:
                    score += 0.15 if has_figure else -0.2
                if wants_money and _is_money(unit):
                    score += 0.1
                if wants_date and _DATE_RE.search(unit.text):
                    score += 0.1
                if wants_list and unit.kind == "bullet":
                    score += 0.15
                if len(unit.text) > 350:
                    score -= 0.05
                scored.append(_Scored(unit, coverage, score))
        scored.sort(key=lambda s: -s.score)
        return scored

    def _grounded(self, best: _Scored, passage: Passage) -> bool:
        # Either the words of the question are there, or the meaning is very close.
        if passage.similarity >= self.strong_similarity:
            return best.coverage >= self.min_coverage * 0.5
        return best.coverage >= self.min_coverage and passage.similarity >= self.min_similarity

    def _choose(
        self, question: str, best: _Scored, scored: list[_Scored], passages: Sequence[Passage]
    ) -> list[_Unit]:
        if _LIST_RE.search(question) and best.unit.list_id >= 0:
            return [s.unit for s in scored if _same_list(s.unit, best.unit)]
        if _LIST_RE.search(question):
            # An intro sentence ("They include:") stands right before its list: take the list too.
            items = [
                s.unit
                for s in scored
                if s.unit.passage == best.unit.passage and s.unit.list_id == best.unit.position + 1
            ]
            if items:
                return [best.unit, *sorted(items, key=lambda u: u.position)]
        wants_money = bool(_MONEY_Q_RE.search(question))
        chosen = [best.unit]
        for other in scored[1:]:
            if len(chosen) == 3:
                break
            if wants_money and not _is_money(other.unit):
                continue
            close_enough = other.score >= 0.8 * best.score and other.coverage >= self.min_coverage
            if close_enough and all(other.unit.quote != c.quote for c in chosen):
                chosen.append(other.unit)
        return chosen


def _is_money(unit: _Unit) -> bool:
    return "£" in unit.text or (unit.kind == "row" and bool(_FIGURE_RE.search(unit.text)))


def _same_list(unit: _Unit, other: _Unit) -> bool:
    return unit.passage == other.passage and unit.list_id == other.list_id


def _units(p_index: int, passage: Passage) -> list[_Unit]:
    """Split a passage into quotable units, remembering which bullets form one list."""
    units: list[_Unit] = []
    list_id = -1
    position = 0
    previous_bullet = False
    for line in passage.text.split("\n"):
        if line.startswith("• "):
            if not previous_bullet:
                list_id = position
            units.append(_Unit(p_index, "bullet", line[2:], line[2:], position, list_id))
            previous_bullet = True
            position += 1
            continue
        previous_bullet = False
        if "\t" in line:
            units.extend(_row_units(p_index, line, position))
            position += 1
            continue
        for sentence in _SENTENCE_END_RE.split(line):
            if sentence.strip():
                units.append(_Unit(p_index, "sentence", sentence.strip(), sentence.strip(), position))
                position += 1
    return units


def _row_units(p_index: int, line: str, position: int) -> list[_Unit]:
    """A table row as label-and-value pairs, so a two-column row answers for each of its items."""
    cells = line.split("\t")
    pairs = [
        (cells[i], cells[i + 1])
        for i in range(len(cells) - 1)
        if not _FIGURE_RE.fullmatch(cells[i].strip()) and re.fullmatch(r"£?[\d,.]+k?", cells[i + 1].strip())
    ]
    if not pairs:
        return [_Unit(p_index, "row", line.replace("\t", " | "), line, position)]
    return [
        _Unit(p_index, "row", f"{label}: {value}", f"{label}\t{value}", position) for label, value in pairs
    ]


def _compose(
    units: list[_Unit], passages: Sequence[Passage]
) -> tuple[str, list[Citation], tuple[CheckedSentence, ...]]:
    """Write the answer with `[n]` markers; one citation per passage quoted."""
    numbers: dict[int, int] = {}
    quotes: dict[int, list[str]] = {}
    lines: list[str] = []
    checked: list[CheckedSentence] = []
    bullets = [u for u in units if u.kind == "bullet"]
    as_list = len(bullets) > 1
    if as_list and units[0].kind == "bullet":
        # A bare list needs its heading to say what it is a list of; the heading is on the page too.
        heading = passages[units[0].passage].heading.split(" > ")[-1]
        if heading:
            numbers[units[0].passage] = 1
            quotes[units[0].passage] = [heading]
            lines.append(f"{heading} [1]:")
            checked.append(CheckedSentence(heading, (1,), True))
    for unit in units:
        number = numbers.setdefault(unit.passage, len(numbers) + 1)
        quotes.setdefault(unit.passage, []).append(unit.quote)
        text = _with_heading(unit, passages[unit.passage])
        lines.append(f"- {text} [{number}]" if as_list and unit.kind == "bullet" else f"{text} [{number}]")
        checked.append(CheckedSentence(text, (number,), True))  # quoted from the page, so supported
    citations = [
        Citation(
            number=number,
            document=passages[p].document,
            title=passages[p].title,
            page=passages[p].page,
            page_label=passages[p].page_label,
            quote="\n".join(quotes[p]),
        )
        for p, number in numbers.items()
    ]
    return ("\n" if as_list else " ").join(lines), citations, tuple(checked)


def _with_heading(unit: _Unit, passage: Passage) -> str:
    """A bare figure ("£19,738") means nothing alone: say which heading it stands under."""
    letters = sum(ch.isalpha() for ch in unit.text)
    if letters < 4 and passage.heading:
        return f"{passage.heading.split(' > ')[-1]}: {unit.text}"
    return unit.text
