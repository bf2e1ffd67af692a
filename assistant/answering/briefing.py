"""A briefing on a topic: "what should i know about the regional analyst", "tell me about the taxi marshals".

Once the request frame is set aside (`phrasing`), such a question names only a topic: it asks for no
figure, date, person or list. The best unit alone is then often a bare heading ("Regional Analyst -
£10k") or one row. A briefing answers with the few units of the best-matching section that say
something, read in order (what it is, what it did), and the amount of money the section states.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from assistant.answering.asked import Asked
from assistant.answering.reasons import states_outcome
from assistant.answering.units import Unit, passage_units
from assistant.answering.weights import BRIEFING_UNITS, SAYING_WORDS, SECTION_CHUNKS, STORY_UNITS
from assistant.text import terms
from assistant.types import Passage
from ingest.text import MONEY_HINT_RE

Section = Callable[[str], list[Passage]]  # the chunks under a chunk's heading, in reading order


# A question word anywhere ("health data sharing - who has to do it and by when", "whats a ..."), or
# an opening that asks something in particular; a briefing answers none of them.
_ASKING_RE = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how)(?:'?s)?\b"
    r"|^(?:about\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|"
    r"might|must|list|name|show|give|find|tell|explain|describe|compare)\b",
    re.I,
)
_ENDINGS = (".", "!", "?", ":", ";", ")", '"', "'", "”", "’")


def asks_topic(question: str, asked: Asked) -> bool:
    """Whether a question names only a topic: no question word, no kind of answer asked for."""
    if _ASKING_RE.search(question.strip()):
        return False
    kinds = (
        asked.wants_figure,
        asked.wants_money,
        asked.wants_count,
        asked.wants_percent,
        asked.wants_rate,
        asked.wants_date,
        asked.wants_frequency,
        asked.wants_list,
        asked.wants_definition,
        asked.wants_purpose,
        bool(asked.wants_named),
        asked.wants_comparison,
    )
    return not any(kinds)


def briefing(
    anchor: Unit,
    passages: Sequence[Passage],
    section: Section | None,
    others: Sequence[Unit] = (),
    topic: frozenset[str] = frozenset(),
) -> tuple[list[Unit], list[Passage]] | None:
    """The units briefing on the anchor's topic, in reading order, with the passages they index
    (its section's chunks added); None when the anchor is a table's or nothing more is said.

    A bare anchor (the section's heading, a title run into the text) names the topic: the briefing
    is what follows it. An anchor that says something opens the briefing itself, and what follows
    it joins when the section's heading names a word of the `topic` (stemmed): under another
    heading ("Item 5 Funding decisions") the next sentence is often of another topic. Room left
    goes to `others` (units nearly as good, best first) of other sections: sentences, then rows.
    """
    if anchor.kind not in ("sentence", "heading"):  # a row or list item is one of several topics
        return None
    extended = list(passages)
    units = list(_section_units(anchor, extended, section))
    if anchor.kind == "heading":  # the section's own heading: the whole section follows it
        start = 0
    elif anchor in units:
        start = units.index(anchor) + (0 if _says(anchor) else 1)
    else:
        return None
    own = extended[anchor.passage]
    elsewhere = [
        u for u in others if (_says(u) or u.kind == "record") and not _same_section(passages[u.passage], own)
    ]
    headed = bool(topic & set(terms(own.heading.split(" > ")[-1])))
    following = units[start:] if headed or not _says(anchor) else [anchor]
    told = [u for u in _prose(following) if _says(u)][: BRIEFING_UNITS - 1]
    if not told or told == [anchor]:
        return None
    money = next((u for u in units if _money(u) and not _says(u)), None)  # the amount labelling it
    if money is not None and not any(_money(u) for u in told):
        told.append(money)
    told.sort(key=units.index)
    for other in sorted(elsewhere, key=lambda u: not _says(u)):  # a sentence says more than a row
        if len(told) < BRIEFING_UNITS and all(other.quote != u.quote for u in told):
            told.append(other)
    return told, extended


def story(
    anchor: Unit, passages: Sequence[Passage], section: Section | None, most: int = STORY_UNITS
) -> tuple[list[Unit], list[Passage]] | None:
    """What happened, for "what happened with X": the sentence naming X and those after it in its
    section's prose, up to the first reporting a result (at most `most`); None when the anchor
    reports the result itself or nothing follows it. "how does X do it" reads on the same way."""
    if anchor.kind != "sentence" or states_outcome(anchor.text):
        return None
    extended = list(passages)
    units = list(_section_units(anchor, extended, section))
    if anchor not in units:
        return None
    told = [anchor]
    for unit in list(_prose(units[units.index(anchor) :]))[1:]:
        if len(told) == most:
            break
        if _says(unit):
            told.append(unit)
            if states_outcome(unit.text):
                break
    return (told, extended) if len(told) > 1 else None


# A sentence adding to the one before about the same subject: "The website also includes ...".
_ALSO_RE = re.compile(r"^(?:[\w'-]+ ){0,3}also\b", re.I)


def with_additions(chosen: Sequence[Unit], units: Sequence[Unit]) -> list[Unit]:
    """The chosen units, the first followed by the sentences of its paragraph that add to it ("The
    website also includes ..."): what a thing offers is often said over several sentences."""
    anchor = chosen[0]
    if anchor.kind != "sentence" or anchor not in units:
        return list(chosen)
    told = [anchor]
    for unit in units[units.index(anchor) + 1 :]:
        same = unit.passage == anchor.passage and unit.kind == "sentence" and unit.line == anchor.line
        if not same or not _ALSO_RE.match(unit.text):
            break
        told.append(unit)
    return told + [u for u in chosen[1:] if u not in told]


def _same_section(passage: Passage, other: Passage) -> bool:
    """Whether two passages lie under one heading of one document."""
    return (passage.document, passage.heading) == (other.document, other.heading)


def _section_units(anchor: Unit, extended: list[Passage], section: Section | None) -> Iterator[Unit]:
    """The units of the anchor's section in reading order (a heading with money once), its chunks
    not among `extended` appended to it. A long section is read from its start when the anchor is
    near it (the section's heading and amount open it), else from the anchor's chunk."""
    own = extended[anchor.passage]
    chunks = section(own.chunk_id) if section is not None else []
    ids = [c.chunk_id for c in chunks]
    at = ids.index(own.chunk_id) if own.chunk_id in ids else -1
    if at < 0:
        chunks, at = [own], 0
    begin = 0 if at < SECTION_CHUNKS else at
    seen: set[str] = set()
    for chunk in chunks[begin : begin + SECTION_CHUNKS]:
        if chunk.chunk_id == own.chunk_id:
            index = anchor.passage
        else:
            index = len(extended)
            extended.append(chunk)
        for unit in passage_units(index, chunk):
            if unit.kind == "heading" and unit.quote in seen:
                continue  # every chunk of the section carries its heading
            seen.add(unit.quote)
            yield unit


def _prose(units: Sequence[Unit]) -> Iterator[Unit]:
    """The sentences up to a title run into the text ("Minute 23/42 Funding applications, round
    two"), a list or a table, each of which is another topic or several; the first unit may be a
    title, the topic's own, and a bare amount is the topic's money."""
    for at, unit in enumerate(units):
        if at and (_title(unit) or unit.kind not in ("sentence", "heading")):
            return
        yield unit


def _title(unit: Unit) -> bool:
    """A sentence that names rather than says: no full stop ends it, and it states no amount."""
    return unit.kind == "sentence" and not unit.text.rstrip().endswith(_ENDINGS) and not _money(unit)


def _says(unit: Unit) -> bool:
    """Whether a unit says something of its topic, rather than naming it."""
    return unit.kind == "sentence" and len(unit.text.split()) >= SAYING_WORDS and not _title(unit)


def _money(unit: Unit) -> bool:
    """Whether a unit states an amount of money (a heading "Regional Analyst - £10k", a bare "£19,738")."""
    return unit.kind != "cell" and bool(MONEY_HINT_RE.search(unit.text))
