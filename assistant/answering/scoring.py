"""How well a unit of a passage answers a question: words, meaning, and the kind of answer asked for.

Every weight comes from `weights.ScoringWeights`; this module only says how they combine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answering.answer_types import kind_words
from assistant.answering.asked import DOCUMENT_TERMS, Asked
from assistant.answering.fits import PERIOD_RE, fits_kind, is_money, says_more, states_named
from assistant.answering.former import states_former
from assistant.answering.narrowing import WHOLE_TERMS, opens_overall, says_overall
from assistant.answering.reasons import gives_reason, states_outcome
from assistant.answering.units import HEADED_KINDS, ROW_KINDS, Unit, bare
from assistant.answering.weights import VARIANT_PREFIX, ScoringWeights
from assistant.text import gives_number, terms
from assistant.types import Passage
from ingest.facts.periods import (
    financial_years_in,
    month_years_in,
    months_in,
    without_origins,
    without_snapshot,
    years_in,
)
from ingest.parse.chunk import row_fields
from ingest.text import ANY_FIGURE_RE

# Who does a thing, said as a table's field or in so many words ("Lead organisation: ...", "run by").
_AGENT_RE = re.compile(
    r"\b(?:lead (?:organisation|officer|agency|partner)|led by|delivered by|run by|provided by|chaired by"
    r"|managed by|owner|delivery partner)\b",
    re.I,
)
# Units defined by their heading, caption or column header: list items, table rows and cells.
LABELLED_KINDS = ("bullet", *ROW_KINDS, "heading")
_NUMBER_RE = re.compile(r"[-+£]?\d[\d,]*(\.\d+)?%?")
# Words asking which way a figure moved ("did it go up or down compared with the year before").
_CHANGE_TERMS = frozenset(
    terms(
        "up down rise rose fall fell increase decrease change compare compared before previous "
        "higher lower more fewer less grow grew drop"
    )
)
_APOLOGIES_RE = re.compile(r"\s*apologies\b", re.I)
# What says what a thing is, after naming it: "... is a", "... are the", "... means", "... refers to".
_DEFINING_RE = re.compile(
    r"\b(?:is|are)\s+(?:a|an|the|when|where)\b|\b(?:means|refers? to|is defined as)\b", re.I
)
# A document's list of contents: its rows give where a section starts, and say nothing of what the
# section says, so they answer only a question asking what sections there are. Only its rows: a
# sentence under the heading may be the next section's, its own heading not found.
_CONTENTS_RE = re.compile(r"\s*(?:table of )?contents\s*$", re.I)
_SECTION_TERMS = frozenset(terms("sections chapters contents parts headings"))


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
    labelled: bool = False  # holds the label the question names ("R6", "action 7")
    former: bool = False  # states a former state, asked what held before a change (`former`)


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
    labelled = unit.kind in LABELLED_KINDS or bare(unit.text)
    by_heading = labelled and unit.kind not in HEADED_KINDS
    if unit.kind == "list":
        # A list is known by its label; its items count for less, or any long list would win.
        strong = set(terms(unit.text)) | own_heading
        weak = set(terms(" ".join(unit.items))) | outer
    else:
        strong = set(terms(f"{unit.text} {unit.context}")) | (own_heading if by_heading else set())
        # The sentence before, in its paragraph, may name the subject: its words count as a heading's.
        weak = outer | own_heading | set(terms(unit.before))
    strong |= says_overall(unit.text)
    if _compares(unit):  # figures for two periods say which way it went, whatever the words
        strong |= _CHANGE_TERMS
    if asked.wants_named and states_named(unit, asked.wants_named):  # "what law": an Act named
        strong |= set(terms(kind_words(asked.wants_named)))
    credit = {t: _credit(t, asked, strong, weak, w.weak_credit) * v for t, v in weights.items()}
    coverage = sum(credit.values()) / (sum(weights.values()) or 1.0)
    # The focus is what the question asks beyond naming the document's subject.
    focus_terms = [t for t in weights if t not in title] or list(weights)
    focus = sum(credit[t] for t in focus_terms) / (sum(weights[t] for t in focus_terms) or 1.0)
    # A year or period the question names only narrows it: a text sharing nothing else with it ("PCC
    # grant in 2021-22" and a row of 2021-22's drug offences) is about something else.
    timed = set(terms(" ".join([*asked.years, asked.financial])))
    if not any(credit[t] for t in focus_terms if t not in timed) and any(t not in timed for t in focus_terms):
        focus = 0.0
    # Evidence about another year does not answer a question about this one.
    right_year = _speaks_of_year(unit, passage, asked)
    if not right_year:
        coverage, focus = coverage * w.wrong_year, focus * w.wrong_year
    similarity = passage.similarity if meaning is None else meaning
    if labelled:  # a figure or table cell means what its surroundings say
        similarity = max(similarity, passage.similarity)
    score = coverage + w.similarity * similarity + w.passage_similarity * passage.similarity
    place = passage.place(unit.passage)  # where the first ranking put it, whatever order it is read in
    score += _kind_bonus(unit, asked, strong, own_heading | outer, w) - w.rank_penalty * place
    explains = _explains(unit, asked)
    if explains:
        score += w.reason if asked.wants_reason else w.outcome
    outdated = passage.document in asked.outdated
    if outdated:
        score -= w.outdated
    if passage.document in asked.older:
        score -= w.older
    named_list = unit.kind == "list" and bool(asked.listed & strong)
    # A count or a chair answers only for what the question narrows it to: those words must be there,
    # or another form of them ("anti-social behaviour" for "ASB").
    narrowed = all(asked.holds(t, strong | weak) for t in asked.narrowed)
    # ... and a name the question gives: another review's chair does not answer for "DHR Marianne".
    narrowed = narrowed and all(_holds_name(name, strong | weak) for name in asked.names)
    # ... and who did a deed is told by a text telling of it: "who seconded" by a seconder.
    narrowed = narrowed and (not asked.action or bool(asked.action & (strong | weak)))
    fits = fits_kind(unit, asked, trail[-1]) and right_year and narrowed and says_more(unit, asked)
    # A list of apologies says who was absent: it answers who came or not, not what anyone said.
    fits = fits and (asked.wants_attendance or not _APOLOGIES_RE.match(unit.text))
    contents = unit.kind in ROW_KINDS and bool(_CONTENTS_RE.match(trail[-1]))
    fits = fits and (not contents or bool(asked.listed & _SECTION_TERMS))
    # "action 7" is answered by what holds its number, not by action 1.
    fits = fits and all(gives_number(n, unit.quote) for n in asked.labels)
    labelled = fits and bool(asked.labels)  # `fits` holds every label asked for
    # A former state told of the question's main word ("the quorum was four"), for a question asking it.
    former = asked.wants_former and states_former(
        unit.text, max(asked.idf, key=asked.idf.__getitem__, default="")
    )
    if former:
        score += w.former_bonus
    return Scored(
        unit, coverage, score, similarity, fits, focus, outdated, named_list, explains, labelled, former
    )


def _speaks_of_year(unit: Unit, passage: Passage, asked: Asked) -> bool:
    """Whether a unit speaks of the years, financial year and months the question asks of."""
    if not (asked.years or asked.times or asked.financial or asked.month_years):
        return True  # nothing asked of: the unit's own years need not be read
    # The day a record's figures were taken ("register 2024-25 (as at 30 April 2025)") is no period.
    framed = " ".join(without_snapshot(text) for text in (passage.heading, passage.title))
    said = f"{unit.quote} {unit.context} {framed}"
    said = said if asked.origin else without_origins(said)  # "carried forward from 2022-23" is 2023-24's
    stated = years_in(said)
    # A comparison is answered a period at a time too: each side's figure is evidence.
    right_year = asked.years <= stated or (asked.wants_comparison and bool(asked.years & stated))
    if right_year and asked.times and not (asked.financial or asked.wants_comparison):
        # A text whose own years all come before the one asked ("42,986 crimes in 2023", asked of
        # 2024) speaks of the past, whatever year its document's title bears.
        own = years_in(unit.quote if asked.origin else without_origins(unit.quote))
        right_year = not own or max(own) >= min(asked.times)
    if right_year and asked.financial and not asked.wants_comparison:
        # "2024-25" is not answered by "October 2023 to March 2024", though both say 2024.
        right_year = asked.financial in financial_years_in(said)
    if right_year and asked.month_years and not asked.wants_comparison:
        # A table's unit names its columns whole, where a header printed over two lines parts "Sep"
        # from "2021": a column's month is read in its name.
        headed = "; ".join(name for name, _ in row_fields(unit.text)) if unit.kind in HEADED_KINDS else ""
        right_year = asked.month_years <= month_years_in(f"{said} {headed}")  # October 2023 is not September
    return right_year


def _credit(term: str, asked: Asked, strong: set[str], weak: set[str], weak_credit: float) -> float:
    """How much of a question word's weight a unit earns: all for a word it says, itself or one of
    its family ("quorate" for "quorum": one dev answer more, no other set moved); `weak_credit` for
    one only its headings say, or that it says as a meaning spelled out ("pcc": "Police and Crime
    Commissioner's grant", often a definition rather than the thing asked: full credit lost 0.002 of
    the older dev sets' citations); and `weak_credit` twice over for another form in its headings,
    or for an acronym referred back to by its meaning's last word ("the Commissioner's grant" for
    "pcc": two dev answers more, one fewer, one held-out figure more)."""
    if asked.says(term, strong):
        return 1.0
    if term in weak or asked.holds(term, strong):
        return weak_credit
    return weak_credit**2 if asked.holds(term, weak) or asked.refers(term, strong) else 0.0


def _holds_name(name: str, said: set[str]) -> bool:
    """Whether a unit's words hold a name, or a form of it sharing its first letters (a report's
    "Neighbouring Policing Units" for a question's "Neighbourhood")."""
    return name in said or (
        len(name) >= VARIANT_PREFIX and any(t[:VARIANT_PREFIX] == name[:VARIANT_PREFIX] for t in said)
    )


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
    if asked.wants_figure and _whole_row(unit, asked):
        bonus += w.whole_row
    if unit.kind == "list":
        bonus += w.list_base + (w.list_named if asked.listed & strong else 0.0)
    if asked.wants_definition and unit.position == 0 and set(asked.idf) <= headings:
        bonus += w.definition_opening  # the sentence opening a section named for the term defines it
    elif asked.wants_definition and _defines(unit, asked):
        bonus += w.definition_opening  # a glossary's entry: "Most similar group: the 15 partnerships ..."
    if len(unit.text) > w.long_unit_chars:
        bonus += w.long_unit
    return bonus


def _whole_row(unit: Unit, asked: Asked) -> bool:
    """A table's total row ("Total — ...", "All recorded crime — ...") whose label holds no word of
    the question but its total."""
    label, dash, _ = unit.text.partition(" — ")
    if unit.kind not in HEADED_KINDS or not dash or not opens_overall(label):
        return False
    return not (set(terms(label)) - WHOLE_TERMS) & set(asked.idf)


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
    coverage *= w.labelled_coverage if scored.labelled else 1.0  # "what does R6 say": R6 is the evidence
    # The passage retrieval ranks first already agrees with the question: less meaning is asked of it.
    first = passage.place(scored.unit.passage) == 0
    # ... and so does a text telling what held before, for a question asking that: it reads unlike
    # the question ("Until <day> the quorum was ..." for "the quorum before <day>").
    similarity = w.top_passage_similarity if first or scored.former else w.min_similarity
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
    if unit.kind in ROW_KINDS:
        return len(periods) >= 2
    return len(_NUMBER_RE.findall(PERIOD_RE.sub(" ", unit.text))) >= 2


def _defines(unit: Unit, asked: Asked) -> bool:
    """A sentence naming the term the question asks about before saying what it is: before a colon,
    the way a glossary or a key does, its words the question's, the first of them among them ("what
    does green mean in the RAG ratings" asks what green means, not RAG; "the assessment" only says
    where to look); or before "is a", "means" ("A domestic homicide review is a multi-agency review")."""
    if unit.kind != "sentence":
        return False
    first = next((t for t in asked.idf if t not in DOCUMENT_TERMS), "")
    term, colon, _ = unit.text.partition(":")
    named = set(terms(term))
    if colon and first in named and named <= set(asked.idf):
        return True
    verb = _DEFINING_RE.search(unit.text)
    subject = set(terms(unit.text[: verb.start()])) if verb else set()
    return first in subject and len(subject - set(asked.idf)) <= 1  # its acronym may follow: "(DHR)"
