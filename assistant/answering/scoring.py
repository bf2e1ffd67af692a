"""How well a unit of a passage answers a question: words, meaning, and the kind of answer asked for.

Every weight comes from `weights.ScoringWeights`; this module only says how they combine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from assistant.answering.answer_types import kind_words, named_kind, states
from assistant.answering.editions import asks_current
from assistant.answering.fits import HEADED_KINDS, PER_RE, PERIOD_RE, fits_kind, is_money, says_more
from assistant.answering.narrowing import change_direction, counted_terms, narrowing_terms
from assistant.answering.reasons import OUTCOME_Q_RE, REASON_Q_RE, gives_reason, states_outcome
from assistant.answering.specific import specific_weights
from assistant.answering.units import Unit
from assistant.answering.weights import ScoringWeights
from assistant.text import terms
from assistant.types import Passage
from ingest.facts.periods import financial_year, financial_years_in, month_years_in, months_in, years_in
from ingest.text import ANY_FIGURE_RE

_LIST_Q_RE = re.compile(
    r"^(list|name)\b|^(what|which|who) (are|were)\b|\b(priorities|members|organisations|organizations|"
    r"groups|sub-groups|subgroups|authorities|duties|projects|outcomes|principles|examples|services)\b",
    re.IGNORECASE,
)
_FIGURE_Q_RE = re.compile(
    r"\bhow (much|many|old)\b|\b(amount|cost|budget|figure|number|total|sum|value|percentage|proportion)s?\b"
    r"|\bcount\b(?!\s+as\b)"  # "the hate crime count", not "what does count as"
    r"|\b(?:what|which) (?:age|ages|age group|age range)\b",
    re.I,
)
# A share asked for is answered by a percentage, not by any figure.
_PERCENT_Q_RE = re.compile(r"\bpercent(age)?\b|\bper cent\b|%|\bproportion\b", re.I)
_MONEY_Q_RE = re.compile(
    r"\bhow much\b|\b(cost|budget|funding|fund|funded|grant|award|spent|spend|money)\b", re.I
)
# What money was for ("what did the grant pay for", "what was the funding used for") asks for a
# purpose, not an amount.
_PURPOSE_Q_RE = re.compile(
    r"\b(?:pay|paid|use|used|spent|spend|go|went)\s+(?:for|on|towards)\b|\bb(?:uy|ought)\b"
    r"|^what for\b|\bwhat (?:is|was|are|were) (?:it|they|this|that) for\b",  # "..., and what for"
    re.I,
)
# Who does a thing, said as a table's field or in so many words ("Lead organisation: ...", "run by").
_AGENT_RE = re.compile(
    r"\b(?:lead (?:organisation|officer|agency|partner)|led by|delivered by|run by|provided by|chaired by"
    r"|managed by|owner|delivery partner)\b",
    re.I,
)
# "where is the camera going", "where will the workers be based": a place, which a sentence says.
_WHERE_Q_RE = re.compile(r"^where\b", re.I)
_DEFINITION_CUE_RE = re.compile(
    r"^(what|who) (is|are|was|were) (a|an|the)?\b|\b(mean|means|stand for|definition|define|defined)\b",
    re.IGNORECASE,
)
# A question about change over time: two periods named, or one as a starting point ("since 2018-19").
_SINCE_RE = re.compile(r"\bsince\b|\bover the (last|past)\b|\btrend\b|\bbetween\b.*\band\b", re.IGNORECASE)
# Units defined by their heading, caption or column header: list items, table rows and cells.
LABELLED_KINDS = ("bullet", "row", "record", "cell", "series", "heading")
_NUMBER_RE = re.compile(r"[-+£]?\d[\d,]*(\.\d+)?%?")
# Words asking which way a figure moved ("did it go up or down compared with the year before").
_CHANGE_TERMS = frozenset(
    terms(
        "up down rise rose fall fell increase decrease change compare compared before previous "
        "higher lower more fewer less grow grew drop"
    )
)
# A thing asked about by its number: "action 7", "minute 22/33", "rec R5", "item 4.2".
_LABELLED_Q_RE = re.compile(
    r"\b(?:actions?|items?|minutes?|recommendations?|recs?|paragraphs?|appendix|annex)\s+(?:no\.?\s*)?"
    r"([a-z]?\d+(?:[./]\d+)*)\b",
    re.I,
)
_APOLOGIES_RE = re.compile(r"\s*apologies\b", re.I)
_ATTENDANCE_Q_RE = re.compile(
    r"\b(?:apologi\w*|absen\w*|attend\w*|present|missed|quorate|came|there|turn(?:ed)? up|make it)\b", re.I
)
_MANNER_Q_RE = re.compile(r"how (?:does|do|did|is|are|was|were|will|can|could|would|should)\b", re.I)
_WHEN_Q_RE = re.compile(  # "by when": the second part of "who has to do it and by when"
    r"^(?:by |until |till |since )?when\b|\bwhat (date|year|month)\b|\bwhich (date|year|month)\b", re.I
)


@dataclass(frozen=True)
class Asked:
    """What a question asks for, read once: its weighted words and the kind of answer it wants."""

    idf: Mapping[str, float]  # the stand-alone query's words and their weights
    wants_figure: bool
    wants_money: bool
    wants_count: bool  # "how many": a count, which an amount of money is not
    wants_percent: bool  # "what percentage": a share
    wants_rate: bool  # "per 1,000 residents": a rate
    wants_date: bool
    wants_list: bool
    wants_definition: bool
    wants_purpose: bool  # what money paid for, or where: a sentence says, a row of amounts does not
    wants_named: str  # a thing to be named: a person in a role, a postal address (`answer_types`), or ""
    wants_comparison: bool  # figures for two periods or more ("between 2021-22 and 2022-23", "since")
    listed: frozenset[str]  # what a list should be of ("priorities")
    years: frozenset[str]
    # The one financial year a question names ("in 2024-25"), which a bare "2024" does not settle.
    financial: str = ""
    # The months a question names with their year ("its October 2023 meeting").
    month_years: frozenset[str] = frozenset()
    # Documents not to answer from when a newer one of their type may: the question asks what holds now.
    outdated: frozenset[str] = frozenset()
    # Words narrowing what a count, rate or role is of ("hate" in "how many hate crimes", `narrowing`).
    narrowed: frozenset[str] = frozenset()
    # "why ...": a cause or purpose; "what happened with ...": a result (`reasons`).
    wants_reason: bool = False
    wants_outcome: bool = False
    # "down" or "up": the way a change asked about went ("how much did it go down by", `narrowing`).
    direction: str = ""
    wants_who: bool = False  # "who ...": a person, body or role, which a row of figures is not
    wants_manner: bool = False  # "how does X get Y": the way, often told after the sentence naming it
    counted: frozenset[str] = frozenset()  # what "how many" counts ("people"), its head noun with it
    labels: frozenset[str] = frozenset()  # what numbers a thing asked about: "7" of "action 7", "R5"
    wants_attendance: bool = False  # who came, was absent or sent apologies

    @classmethod
    def read(
        cls, question: str, query: str, idf: Callable[[str], float], superseded: frozenset[str] = frozenset()
    ) -> Asked:
        """The question's own wording decides the kind of answer; the query's words are matched.

        `superseded` are the documents with a newer one of their type (`editions.Editions`).
        """
        wants_list = bool(_LIST_Q_RE.search(question))
        # "how much was spent on", "was more spent on" ask for an amount, not for what it paid for.
        wants_purpose = bool(_PURPOSE_Q_RE.search(question) or _WHERE_Q_RE.search(question))
        wants_purpose = wants_purpose and not re.search(r"\bhow much\b|\b(?:more|less)\b", question, re.I)
        # "why were they picked for the money" asks a reason, not an amount.
        wants_reason = bool(REASON_Q_RE.search(question))
        # "how many applications in the funding window" counts them: "funding" only says which ones.
        counts = bool(re.search(r"\bhow many\b(?! ?(?:pounds|£))", question, re.I))
        wants_money = bool(_MONEY_Q_RE.search(question)) and not (wants_purpose or wants_reason or counts)
        return cls(
            idf={t: idf(t) * share for t, share in specific_weights(query).items()},
            wants_figure=bool(_FIGURE_Q_RE.search(question)) and not wants_reason,  # "why" asks no figure
            wants_money=wants_money,
            wants_count=counts,
            wants_percent=bool(_PERCENT_Q_RE.search(question)),
            wants_rate=bool(PER_RE.search(question)),
            wants_purpose=wants_purpose,
            wants_named=named_kind(question),
            wants_date=bool(_WHEN_Q_RE.search(question)),
            wants_list=wants_list,
            wants_definition=bool(_DEFINITION_CUE_RE.search(question)) and not wants_list,
            wants_comparison=len(years_in(question)) >= 2 or bool(_SINCE_RE.search(question)),
            listed=frozenset(_plural_terms(question)),
            years=frozenset(years_in(question)),
            financial=financial_year(question),
            month_years=frozenset(month_years_in(question)),
            outdated=superseded if asks_current(question) and not years_in(question) else frozenset(),
            narrowed=narrowing_terms(question),
            wants_reason=wants_reason,
            wants_outcome=bool(OUTCOME_Q_RE.search(question)),
            direction=change_direction(question),
            wants_who=bool(re.match(r"who\b", question, re.I)),
            wants_manner=bool(_MANNER_Q_RE.match(question)),
            counted=counted_terms(question),
            labels=frozenset(m.group(1).casefold() for m in _LABELLED_Q_RE.finditer(question)),
            wants_attendance=bool(_ATTENDANCE_Q_RE.search(question)),
        )


@dataclass(frozen=True)
class Scored:
    """A unit with its score and the evidence measures `grounded` weighs."""

    unit: Unit
    coverage: float
    score: float
    similarity: float
    fits: bool  # has the kind of content the question asks for (a figure for "how much")
    focus: float  # coverage of the question's words other than the document title's
    outdated: bool = False  # from a document with a newer one of its type, asked what holds now
    named_list: bool = False  # a whole list whose label names what the question asks a list of
    explains: bool = False  # gives the reason or the result the question asks for


def score_unit(
    unit: Unit, passage: Passage, asked: Asked, meaning: float | None, w: ScoringWeights
) -> Scored:
    """Score one unit: the question's words it holds, its meaning, and the kind of answer it is."""
    trail = passage.heading.split(" > ")
    own_heading = set(terms(trail[-1]))
    title = set(terms(passage.title))
    # Title words hold for the whole document ("the partnership" in the partnership's report):
    # they count a little wherever they are, so they never decide between passages.
    weights = {t: v * (w.title_word if t in title else 1.0) for t, v in asked.idf.items()}
    outer = set(terms(" ".join(trail[:-1]))) | title
    # A list item, table cell or bare figure is defined by its heading and caption; a row of a
    # table with a header names its own columns, so there the heading counts as a section's does.
    labelled = unit.kind in LABELLED_KINDS or sum(ch.isalpha() for ch in unit.text) < 4
    by_heading = labelled and unit.kind not in HEADED_KINDS
    if unit.kind == "list":
        # A list is known by its label; its items count for less, or any long list would win.
        strong = set(terms(unit.text)) | own_heading
        weak = set(terms(" ".join(unit.items))) | outer
    else:
        strong = set(terms(f"{unit.text} {unit.context}")) | (own_heading if by_heading else set())
        # The sentence before, in its paragraph, may name the subject: its words count as a heading's.
        weak = outer | own_heading | set(terms(unit.before))
    if _compares(unit):  # figures for two periods say which way it went, whatever the words
        strong |= _CHANGE_TERMS
    if asked.wants_named and states(asked.wants_named, unit.quote):  # "what law": an Act named
        strong |= set(terms(kind_words(asked.wants_named)))
    credit = {t: v if t in strong else w.weak_credit * v if t in weak else 0.0 for t, v in weights.items()}
    coverage = sum(credit.values()) / (sum(weights.values()) or 1.0)
    # The focus is what the question asks beyond naming the document's subject.
    focus_terms = [t for t in weights if t not in title] or list(weights)
    focus = sum(credit[t] for t in focus_terms) / (sum(weights[t] for t in focus_terms) or 1.0)
    # Evidence about another year does not answer a question about this one.
    said = f"{unit.quote} {unit.context} {passage.heading} {passage.title}"
    stated = years_in(said)
    # A comparison is answered a period at a time too: each side's figure is evidence.
    right_year = asked.years <= stated or (asked.wants_comparison and bool(asked.years & stated))
    if right_year and asked.financial and not asked.wants_comparison:
        # "2024-25" is not answered by "October 2023 to March 2024", though both say 2024.
        right_year = asked.financial in financial_years_in(said)
    if right_year and asked.month_years and not asked.wants_comparison:
        right_year = asked.month_years <= month_years_in(said)  # October 2023 is not September 2023
    if not right_year:
        coverage, focus = coverage * w.wrong_year, focus * w.wrong_year
    similarity = passage.similarity if meaning is None else meaning
    if labelled:  # a figure or table cell means what its surroundings say
        similarity = max(similarity, passage.similarity)
    score = coverage + w.similarity * similarity + w.passage_similarity * passage.similarity
    score += _kind_bonus(unit, asked, strong, own_heading | outer, w) - w.rank_penalty * unit.passage
    explains = _explains(unit, asked)
    if explains:
        score += w.reason if asked.wants_reason else w.outcome
    outdated = passage.document in asked.outdated
    if outdated:
        score -= w.outdated
    named_list = unit.kind == "list" and bool(asked.listed & strong)
    # A count or a chair answers only for what the question narrows it to: those words must be there.
    narrowed = asked.narrowed <= strong | weak
    fits = fits_kind(unit, asked) and right_year and narrowed and says_more(unit, asked)
    # A list of apologies says who was absent: it answers who came or not, not what anyone said.
    fits = fits and (asked.wants_attendance or not _APOLOGIES_RE.match(unit.text))
    # "action 7" is answered by what holds its number, not by action 1.
    fits = fits and all(
        re.search(rf"(?<![\w/.]){re.escape(n)}(?![\w/]|\.\d)", unit.quote, re.I) for n in asked.labels
    )
    return Scored(unit, coverage, score, similarity, fits, focus, outdated, named_list, explains)


def _kind_bonus(unit: Unit, asked: Asked, strong: set[str], headings: set[str], w: ScoringWeights) -> float:
    """What the unit earns for being the kind of answer asked for (a figure, a date, a list)."""
    bonus = 0.0
    if asked.wants_figure:
        bonus += w.has_figure if ANY_FIGURE_RE.search(unit.text) else w.lacks_figure
    if asked.wants_money and is_money(unit):
        bonus += w.money
    if asked.wants_purpose and unit.kind in ("row", "heading", *HEADED_KINDS):
        bonus += w.purpose_row
    if asked.wants_date and (years_in(unit.text) or months_in(unit.text)):
        bonus += w.date
    if asked.wants_who and _AGENT_RE.search(unit.text):
        bonus += w.agent
    if asked.wants_comparison and _compares(unit):
        bonus += w.comparison
    if unit.kind == "list":
        bonus += w.list_base + (w.list_named if asked.listed & strong else 0.0)
    if asked.wants_definition and unit.position == 0 and set(asked.idf) <= headings:
        bonus += w.definition_opening  # the sentence opening a section named for the term defines it
    elif asked.wants_definition and _defines(unit, asked):
        bonus += w.definition_opening  # a glossary's entry: "Most similar group: the 15 partnerships ..."
    if len(unit.text) > w.long_unit_chars:
        bonus += w.long_unit
    return bonus


def grounded(scored: Scored, passage: Passage, w: ScoringWeights) -> bool:
    """Evidence enough: the answer has the kind of content asked for, and words or meaning match.

    High word coverage stands alone (a chunk's similarity is diluted in tables and lists); a
    unit very close in meaning needs only a few of the words; otherwise both must be fair.
    """
    if not scored.fits:
        return False  # "how much" answered by a sentence without a figure is no answer
    if scored.focus >= w.full_coverage:
        return True
    if scored.similarity >= w.strong_similarity:
        return scored.focus >= w.min_coverage * w.strong_similarity_coverage
    # A list of what is asked for ("sub-groups" for "which sub groups") is evidence in itself; so is
    # a reason or result given, which need not repeat the question's words ("why couldn't they").
    coverage = w.min_coverage * (w.named_list_coverage if scored.named_list else 1.0)
    coverage *= w.explains_coverage if scored.explains else 1.0
    # The passage retrieval ranks first already agrees with the question: less meaning is asked of it.
    similarity = w.top_passage_similarity if scored.unit.passage == 0 else w.min_similarity
    return scored.focus >= coverage and max(scored.similarity, passage.similarity) >= similarity


def choose(asked: Asked, scored: Sequence[Scored], w: ScoringWeights) -> list[Unit]:
    """The best unit, and others as strong on the question's words or nearly as good overall."""
    best = scored[0]
    if best.unit.kind == "list":
        return [best.unit]
    chosen = [best.unit]
    for other in scored[1:]:
        if len(chosen) == w.max_units:
            break
        if other.unit.kind == "list" or (asked.wants_money and not is_money(other.unit)):
            continue
        if other.outdated and not best.outdated:  # what holds now, not what held before as well
            continue
        close_enough = other.coverage >= w.min_coverage and (
            other.coverage >= best.coverage or other.score >= w.close_score * best.score
        )
        if close_enough and all(other.unit.quote != c.quote for c in chosen):
            chosen.append(other.unit)
    return chosen


def _explains(unit: Unit, asked: Asked) -> bool:
    """A cause or purpose for "why", a result (a change in figures too) for "what happened"."""
    if asked.wants_reason:
        return unit.kind != "list" and gives_reason(unit.text)
    return asked.wants_outcome and unit.kind != "list" and (states_outcome(unit.text) or _compares(unit))


def _compares(unit: Unit) -> bool:
    """Whether a unit states figures for two periods or more: a table row or column across years,
    or a sentence with two figures ("from 141 to 229")."""
    periods = set(PERIOD_RE.findall(unit.text))
    if unit.kind in ("row", *HEADED_KINDS):
        return len(periods) >= 2
    return len(_NUMBER_RE.findall(PERIOD_RE.sub(" ", unit.text))) >= 2


def _defines(unit: Unit, asked: Asked) -> bool:
    """A sentence naming a term the question asks about before a colon, the way a glossary does."""
    term, colon, _ = unit.text.partition(":")
    named = set(terms(term))
    return bool(colon) and unit.kind == "sentence" and bool(named) and named <= set(asked.idf)


def _plural_terms(question: str) -> set[str]:
    """Stems of the plural nouns a question asks about ("priorities", "organisations"): what a list is of."""
    words = re.findall(r"[a-z][a-z'-]+", question.lower())
    not_plural = ("ss", "'s", "us", "is")
    plurals = [w for w in words if len(w) > 3 and w.endswith("s") and not w.endswith(not_plural)]
    return {t for w in plurals for t in terms(w)}
