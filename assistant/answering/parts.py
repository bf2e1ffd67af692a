"""Questions that ask two things at once ("where was the hub and how many people did it help"): each
part answered on its own, the answers set one after the other, as the sides of a comparison are.

The second part starts at "and" followed by its own question word or kind: "when", "who", "how
many", "by when", "at which", "what for", or a yes-or-no ask about someone ("did they", "was
anybody"). The question before it must ask something too. An "and" inside one ask ("crime and
disorder", "between 2021 and 2022", "the chair and vice-chair") is followed by no question word,
so the question stays whole. A second part that
points back ("when did they go live") or names nothing ("and what for") is searched with the first
part's words, its subject; its own words still decide the kind of answer it wants.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import reduce

from assistant.answering.citations import joined
from assistant.answering.compare import Best, not_found, side_by_side
from assistant.answering.former import former_asked, framing_terms
from assistant.answering.units import Unit
from assistant.text import terms
from assistant.types import Answer, Passage, Sources

_WH = r"(?:when|where|who|whom|whose|why|which|what)"
_AUX = r"(?:much|many|long|often|old|far|come|did|does|do|is|was|were|are|will|can|could|would|has|have|had)"
# What opens an ask: a question word, "how" and its measure or verb, or a preposition before one.
_ASK = rf"(?:(?:by|until|till|since|from|to|at|in|on|for|with)\s+)?(?:{_WH}|how\s+{_AUX})\b"
_ASK_RE = re.compile(rf"\b{_ASK}", re.I)
# The second part begins after "and" (a comma may come before it) where an ask opens; a comma alone
# before an ask, after another, lists a third ("in 2022, how many ..." opens with no ask).
# A yes-or-no ask may follow too ("... and did they lead to anything", "and was anybody absent").
_YES_NO = (
    r"(?:did|does|do|was|were|is|are|has|have|had|will|can)\s+"
    r"(?:it|they|he|she|this|that|these|those|any|anybody|anyone|there)\b"
)
_JOIN_RE = re.compile(rf"\s*,?\s+and\s+(?={_ASK}|{_YES_NO})", re.I)
_LISTED_RE = re.compile(rf",\s+(?={_ASK})", re.I)
# Words pointing back to the first part's subject.
_BACK_RE = re.compile(r"\b(?:it|its|they|them|their|this|that|these|those|he|she|his|her|there)\b", re.I)
_OWN_SUBJECT_TERMS = 2  # a part naming fewer words than this names no subject of its own ("at which meeting")
# Names kept from a preamble, in brackets at the end ("... who's the chair (northvale)"): both parts'.
_KEPT_NAMES_RE = re.compile(r"\s*\(([^()]*)\)$")


Exact = Callable[[str], Answer | None]  # a part's exact answer from the documents' facts, if any


@dataclass(frozen=True)
class Parts:
    """The two asks a question joins, as typed, and the words each is searched with besides its own."""

    question: str
    parts: tuple[str, str]
    subjects: tuple[str, str]  # "" for a part with a subject of its own

    @property
    def points_back(self) -> bool:
        """Whether the second part points back to the first's subject ("and who leads on it now")."""
        return bool(self.subjects[1]) and self.subjects[1] != self.subjects[0]


def read_parts(question: str) -> Parts | None:
    """The two asks the question joins with "and", or None when it asks one thing.

    Three asks or more ("what is it, who owns it and when is it due") are left whole: they name
    one thing, and a unit about it, a row of a table say, tends to answer them all together.
    """
    text = question.strip().rstrip("?.! ")
    kept = _KEPT_NAMES_RE.search(text)
    names = kept.group(1) if kept else ""
    text = text[: kept.start()] if kept else text
    joins = list(_JOIN_RE.finditer(text))
    if len(joins) != 1:
        return None
    first, second = text[: joins[0].start()].strip(), text[joins[0].end() :].strip()
    if not first or not second or not _ASK_RE.search(first):
        return None
    if any(_ASK_RE.search(first[: m.start()]) for m in _LISTED_RE.finditer(first)):
        return None
    subjects = (names, names if _own_subject(second) else f"{first} {names}".strip())
    return Parts(question, (first, second), subjects)


def _own_subject(part: str) -> bool:
    """Whether the second part names its subject: it points back to none, and names enough words
    besides those placing it in time ("what was the limit before" names one)."""
    named = set(terms(part)) - framing_terms(former_asked(part))
    return not _BACK_RE.search(part) and len(named) >= _OWN_SUBJECT_TERMS


def parts_answer(
    parts: Parts, best: Best, query: str, sources: Sources | None = None, exact: Exact | None = None
) -> Answer:
    """Each part's best unit quoted and cited after the part; a part with none said not found; none
    at all declines. One unit answering both (a row with an owner and a date) is quoted once.

    A part the documents' facts answer exactly (`exact`: "what are the priorities", "who chairs
    it") is answered so, and the other part after it by its best unit; a second part pointing back
    is searched with what the first part's answer names (`Answer.about`), where it names any."""
    answers = [exact(part) if exact else None for part in parts.parts]
    told = answers[0]
    if parts.points_back and told is not None and told.about:
        # "which priority did they drop and who leads on it now": "it" is what the first answer names.
        parts = replace(parts, subjects=(parts.subjects[0], " ".join(told.about)))
    if any(a is not None and not a.abstained for a in answers):
        each = [
            a if a is not None and not a.abstained else _part_answer(parts, i, best, query, sources)
            for i, a in enumerate(answers)
        ]
        return replace(reduce(joined, each), question=parts.question, query=query)
    found = [best(part, subject) for part, subject in zip(parts.parts, parts.subjects, strict=True)]
    first, second = found
    if first is not None and second is not None and _same(first, second):
        return side_by_side(parts.question, [""], [first], query, sources)
    return side_by_side(parts.question, parts.parts, found, query, sources)


def _part_answer(parts: Parts, i: int, best: Best, query: str, sources: Sources | None) -> Answer:
    """One part answered by its best unit, after the part; said not found when none answers."""
    part = parts.parts[i]
    hit = best(part, parts.subjects[i])
    if hit is None:
        return Answer(parts.question, not_found(part), False)
    return side_by_side(parts.question, [part], [hit], query, sources)


def _same(one: tuple[Unit, Passage], other: tuple[Unit, Passage]) -> bool:
    """The same text of the same chunk: units are numbered by the passages of their own search."""
    return (one[0].quote, one[1].chunk_id) == (other[0].quote, other[1].chunk_id)
