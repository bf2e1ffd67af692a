"""The extractive answerer: picks the sentences, list items or table cells that answer, and cites them.

It needs no generative model. Every quote is text of the cited page (up to whitespace), and when
the evidence is weak it abstains and shows the closest passages instead.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.retrieve import Passage
from assistant.text import terms

ABSTAIN_TEXT = "The documents I have do not answer this."
VECTOR_CACHE = 4096  # unit vectors kept between questions; passages recur, so most are reused
SEMANTIC_PASSAGES = 6  # units of this many top passages are compared with the question by meaning

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£'\"(*])")
_FIGURE_RE = re.compile(
    r"£\s?\d|\d[\d,.]*\s?(k|m|million|%)\b|\b\d{1,3}(,\d{3})+\b|\b\d+\b"
    r"|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)\b",
    re.IGNORECASE,
)
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
_DEFINE_Q_RE = re.compile(
    r"^(what|who) (is|are|was|were) (a|an|the)?\b|\b(mean|means|stand for|definition)\b", re.IGNORECASE
)
_MONEY_RE = re.compile(r"£\s?\d|\d\s?(k|m|million|thousand)\b|\b(pounds|million)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
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
    ocr: bool = False  # the page was read by OCR: the quote is its OCR text


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
    """A quotable piece of a passage: a sentence, a bullet item, a table cell pair, or a whole list.

    `quote` is page text, one excerpt a line. A list's `text` is its label (the sentence that
    introduces it, or its heading) and `items` are its bullets.
    """

    passage: int
    kind: str
    text: str
    quote: str
    position: int
    items: tuple[str, ...] = ()
    line: int = 0
    context: str = ""  # for a table row: the caption and header rows above it


@dataclass(frozen=True)
class _Scored:
    unit: _Unit
    coverage: float
    score: float
    similarity: float
    fits: bool  # has the kind of content the question asks for (a figure for "how much")
    focus: float  # coverage of the question's words other than the document title's


class ExtractiveAnswerer:
    """Answers from retrieved passages by quoting them; `idf` weights the question's words."""

    def __init__(
        self,
        idf: Callable[[str], float],
        min_coverage: float = 0.5,
        min_similarity: float = 0.48,
        strong_similarity: float = 0.55,
        full_coverage: float = 0.65,
        embed: Callable[[list[str]], list[list[float]]] | None = None,
    ) -> None:
        self.idf = idf
        self.full_coverage = full_coverage
        self.embed = embed  # sentence-level meaning, for questions worded unlike the documents
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()  # an LRU of unit vectors
        self.min_coverage = min_coverage
        self.min_similarity = min_similarity
        self.strong_similarity = strong_similarity

    def answer(
        self,
        question: str,
        passages: Sequence[Passage],
        query: str | None = None,
        query_vector: Sequence[float] | None = None,
    ) -> Answer:
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
            for s in self._score_units(question, query, passages, query_vector)
            if self._grounded(s, passages[s.unit.passage])
        ]
        if not scored:
            return abstention
        chosen = self._choose(question, scored)
        text, citations, sentences = _compose(chosen, passages)
        ordered = cited_first(passages, citations)
        return Answer(question, text, False, tuple(citations), ordered, (), sentences, query)

    # scoring ---------------------------------------------------------------------------------
    def _score_units(
        self,
        question: str,
        query: str,
        passages: Sequence[Passage],
        query_vector: Sequence[float] | None,
    ) -> list[_Scored]:
        q_terms = set(terms(query))
        idf = {t: self.idf(t) for t in q_terms}
        wants_figure = bool(_FIGURE_Q_RE.search(question))
        wants_money = bool(_MONEY_Q_RE.search(question))
        wants_date = bool(_WHEN_Q_RE.search(question))
        wants_list = bool(_LIST_RE.search(question))
        asked_for = _plural_terms(question)
        wants_definition = bool(_DEFINE_Q_RE.search(question)) and not wants_list
        years = set(_YEAR_RE.findall(question))
        units = [u for i, p in enumerate(passages) for u in _units(i, p, with_lists=wants_list)]
        meaning = self._similarities(units, query_vector or self._query_vector(query))
        scored: list[_Scored] = []
        for unit in units:
            passage = passages[unit.passage]
            trail = passage.heading.split(" > ")
            own_heading = set(terms(trail[-1]))
            title = set(terms(passage.title))
            # Title words hold for the whole document ("the partnership" in the partnership's report):
            # they count a little wherever they are, so they never decide between passages.
            weights = {t: w * (0.3 if t in title else 1.0) for t, w in idf.items()}
            outer = set(terms(" ".join(trail[:-1]))) | title
            # A list item, table cell or bare figure is defined by its heading and caption.
            labelled = unit.kind in ("bullet", "row", "heading") or sum(ch.isalpha() for ch in unit.text) < 4
            if unit.kind == "list":
                # A list is known by its label; its items count for less, or any long list would win.
                strong = set(terms(unit.text)) | own_heading
                weak = set(terms(" ".join(unit.items))) | outer
            else:
                strong = set(terms(f"{unit.text} {unit.context}")) | (own_heading if labelled else set())
                weak = outer | own_heading
            credit = {t: w if t in strong else 0.5 * w if t in weak else 0.0 for t, w in weights.items()}
            coverage = sum(credit.values()) / (sum(weights.values()) or 1.0)
            # The focus is what the question asks beyond naming the document's subject.
            focus_terms = [t for t in weights if t not in title] or list(weights)
            focus = sum(credit[t] for t in focus_terms) / (sum(weights[t] for t in focus_terms) or 1.0)
            # Evidence about another year does not answer a question about this one.
            evidence_years = set(
                _YEAR_RE.findall(f"{unit.quote} {unit.context} {passage.heading} {passage.title}")
            )
            right_year = years <= evidence_years
            if not right_year:
                coverage, focus = coverage * 0.4, focus * 0.4
            similarity = meaning.get(unit.text, passage.similarity)
            if labelled:  # a figure or table cell means what its surroundings say
                similarity = max(similarity, passage.similarity)
            has_figure = bool(_FIGURE_RE.search(unit.text))
            score = coverage + 0.5 * similarity + 0.1 * passage.similarity - 0.02 * unit.passage
            if wants_figure:
                score += 0.15 if has_figure else -0.2
            if wants_money and _is_money(unit):
                score += 0.1
            if wants_date and _DATE_RE.search(unit.text):
                score += 0.1
            if unit.kind == "list":
                # The answer type matches when the label names what is asked for ("priorities").
                score += 0.2 + (0.3 if asked_for & strong else 0.0)
            if wants_definition and unit.position == 0 and q_terms <= own_heading | outer:
                score += 0.3  # the sentence opening a section named for the term defines it
            if len(unit.text) > 350:
                score -= 0.05
            kind_fits = _is_money(unit) if wants_money and wants_figure else has_figure or not wants_figure
            scored.append(_Scored(unit, coverage, score, similarity, kind_fits and right_year, focus))
        scored.sort(key=lambda s: -s.score)
        return scored

    def _similarities(self, units: list[_Unit], query_vector: Sequence[float] | None) -> dict[str, float]:
        """Cosine similarity of the question to each unit of the best passages (vectors cached by text)."""
        if self.embed is None or query_vector is None:
            return {}
        texts = list(dict.fromkeys(u.text for u in units if u.passage < SEMANTIC_PASSAGES and u.text))
        missing = [t for t in texts if t not in self._vectors]
        if missing:
            for text, vector in zip(missing, self.embed(missing), strict=True):
                self._vectors[text] = np.asarray(vector, dtype=np.float32)
        query = np.asarray(query_vector, dtype=np.float32)
        similarities = {}
        for text in texts:
            self._vectors.move_to_end(text)
            similarities[text] = float(self._vectors[text] @ query)
        while len(self._vectors) > VECTOR_CACHE:
            self._vectors.popitem(last=False)
        return similarities

    def _query_vector(self, text: str) -> list[float] | None:
        return self.embed([text])[0] if self.embed is not None else None

    def _grounded(self, unit: _Scored, passage: Passage) -> bool:
        """Evidence enough: the answer has the kind of content asked for, and words or meaning match.

        High word coverage stands alone (a chunk's similarity is diluted in tables and lists); a
        unit very close in meaning needs only a few of the words; otherwise both must be fair.
        """
        if not unit.fits:
            return False  # "how much" answered by a sentence without a figure is no answer
        if unit.focus >= self.full_coverage:
            return True
        if unit.similarity >= self.strong_similarity:
            return unit.focus >= self.min_coverage * 0.3
        return (
            unit.focus >= self.min_coverage
            and max(unit.similarity, passage.similarity) >= self.min_similarity
        )

    def _choose(self, question: str, scored: list[_Scored]) -> list[_Unit]:
        best = scored[0]
        if best.unit.kind == "list":
            return [best.unit]
        wants_money = bool(_MONEY_Q_RE.search(question))
        chosen = [best.unit]
        for other in scored[1:]:
            if len(chosen) == 3:
                break
            if other.unit.kind == "list" or (wants_money and not _is_money(other.unit)):
                continue
            # As strong on the question's words as the best, or nearly as good overall.
            close_enough = other.coverage >= self.min_coverage and (
                other.coverage >= best.coverage or other.score >= 0.8 * best.score
            )
            if close_enough and all(other.unit.quote != c.quote for c in chosen):
                chosen.append(other.unit)
        return chosen


def cited_first(passages: Sequence[Passage], citations: Sequence[Citation]) -> tuple[Passage, ...]:
    """Passages of the cited pages first, in citation order; then the rest as retrieved."""
    cited = [(c.document, c.page) for c in citations]
    rank = {key: i for i, key in reversed(list(enumerate(cited)))}
    return tuple(sorted(passages, key=lambda p: rank.get((p.document, p.page), len(cited))))


def _plural_terms(question: str) -> set[str]:
    """Stems of the plural nouns a question asks about ("priorities", "organisations"): what a list is of."""
    words = re.findall(r"[a-z][a-z'-]+", question.lower())
    not_plural = ("ss", "'s", "us", "is")
    plurals = [w for w in words if len(w) > 3 and w.endswith("s") and not w.endswith(not_plural)]
    return {t for w in plurals for t in terms(w)}


def _is_money(unit: _Unit) -> bool:
    """An amount of money: pounds, a figure in a table, or thousands and millions."""
    return bool(_MONEY_RE.search(unit.text)) or (unit.kind == "row" and bool(_FIGURE_RE.search(unit.text)))


def _units(p_index: int, passage: Passage, with_lists: bool = False) -> list[_Unit]:
    """Split a passage into quotable units; with `with_lists`, each bulleted list is a unit too.

    A heading that carries a figure ("Get Safe On-Line £15,000") is a unit as well, when it is
    printed on the passage's own page (so that quoting it cites the right page).
    """
    units: list[_Unit] = []
    lists: list[list[_Unit]] = []
    heading = _own_heading(passage)
    if heading and _FIGURE_RE.search(heading):
        units.append(_Unit(p_index, "heading", heading, heading, -1))
    position = 0
    caption = ""
    lines = passage.text.split("\n")
    for line_no, line in enumerate(lines):
        if line.startswith("• "):
            item = _Unit(p_index, "bullet", line[2:], line[2:], position, line=line_no)
            if units and units[-1].kind == "bullet" and lists:
                lists[-1].append(item)
            else:
                lists.append([item])
            units.append(item)
        elif "\t" in line:
            previous = lines[line_no - 1] if line_no else ""
            if "\t" not in previous:  # a table starts: the line above is its caption
                caption = previous if len(previous) < 100 and not previous.startswith("• ") else ""
            row = _row_units(p_index, line, position, line_no, caption)
            if len(row) == 1 and row[0].text.count("|") and not _FIGURE_RE.search(line.replace("£", "")):
                caption = f"{caption} {line}"  # a header row names the columns for the rows below
            units.extend(row)
        else:
            for sentence in _SENTENCE_END_RE.split(line):
                if sentence.strip():
                    units.append(
                        _Unit(p_index, "sentence", sentence.strip(), sentence.strip(), position, line=line_no)
                    )
                    position += 1
            continue
        position += 1
    if with_lists:
        units.extend(_list_unit(p_index, passage, units, items) for items in lists if len(items) > 1)
    return units


def _own_heading(passage: Passage) -> str:
    """The passage's nearest heading if it is printed on the passage's page, else nothing to quote."""
    if not passage.heading or passage.heading_page != passage.page:
        return ""
    return passage.heading.split(" > ")[-1]


def _list_unit(p_index: int, passage: Passage, units: list[_Unit], items: list[_Unit]) -> _Unit:
    """A whole list, labelled by the paragraph that leads into it, or else by its heading."""
    lead = items[0].line - 1
    label = " ".join(u.text for u in units if u.kind == "sentence" and u.line == lead) or _own_heading(
        passage
    )
    texts = tuple(u.text for u in items)
    quote = "\n".join([label, *texts] if label else texts)
    return _Unit(p_index, "list", label, quote, items[0].position, texts, items[0].line)


def _row_units(p_index: int, line: str, position: int, line_no: int, caption: str = "") -> list[_Unit]:
    """A table row as label-and-value pairs, so a two-column row answers for each of its items."""
    cells = line.split("\t")
    pairs = [
        (cells[i], cells[i + 1])
        for i in range(len(cells) - 1)
        if not _FIGURE_RE.fullmatch(cells[i].strip()) and re.fullmatch(r"£?[\d,.]+k?", cells[i + 1].strip())
    ]
    if not pairs:
        return [
            _Unit(p_index, "row", line.replace("\t", " | "), line, position, line=line_no, context=caption)
        ]
    return [
        _Unit(
            p_index, "row", f"{label}: {value}", f"{label}\t{value}", position, line=line_no, context=caption
        )
        for label, value in pairs
    ]


def _compose(
    units: list[_Unit], passages: Sequence[Passage]
) -> tuple[str, list[Citation], tuple[CheckedSentence, ...]]:
    """Write the answer with `[n]` markers; one citation per passage quoted."""
    numbers: dict[int, int] = {}
    quotes: dict[int, list[str]] = {}
    lines: list[str] = []
    checked: list[CheckedSentence] = []
    for unit in units:
        number = numbers.setdefault(unit.passage, len(numbers) + 1)
        quotes.setdefault(unit.passage, []).append(unit.quote)
        if unit.kind == "list":
            intro = [f"{unit.text} [{number}]:"] if unit.text else []
            parts = intro + [f"- {i} [{number}]" for i in unit.items]
            lines.append("\n".join(parts))
            checked.extend(CheckedSentence(t, (number,), True) for t in ([unit.text] if unit.text else []))
            checked.extend(CheckedSentence(i, (number,), True) for i in unit.items)
            continue
        text = _with_heading(unit, passages[unit.passage])
        lines.append(f"{text} [{number}]")
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
    return " ".join(lines), citations, tuple(checked)


def _with_heading(unit: _Unit, passage: Passage) -> str:
    """A bare figure ("£19,738") means nothing alone: say which heading it stands under."""
    letters = sum(ch.isalpha() for ch in unit.text)
    if letters < 4 and passage.heading:
        return f"{passage.heading.split(' > ')[-1]}: {unit.text}"
    return unit.text
