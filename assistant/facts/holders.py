"""Who held the chair (or vice-chair) before a date or before a person: "who was chair of the csp
before june 2024", "who chaired the partnership before Rhiannon Tull".

Documents name the chair of their day; the one named last before the cut held it then. Each naming
is dated by the statement itself (an election's "on 16 July 2024"), else by its document.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from assistant.answering.citations import CitationLedger
from assistant.text import terms
from assistant.types import Answer, CheckedSentence, Sources
from ingest.facts.people import TITLES
from ingest.facts.periods import MONTHS_PATTERN, month_number
from ingest.facts.roles import OTHER_BODY, RoleHolder

_BEFORE_Q_RE = re.compile(
    r"\bwho\b[^?]{0,60}?\b(?P<role>vice[- ]?chair|chair)(?:ed|s|man|person|woman)?\b[^?]{0,80}?"
    r"\bbefore\s+(?P<cut>[^?,;]+)",
    re.IGNORECASE,
)
# Another body's chair ("who chaired the fund panel before ..."): not the partnership's, which the
# documents' chairs are.
_OTHER_BODY_Q_RE = re.compile(rf"\b{OTHER_BODY}\b", re.IGNORECASE)
# The rest of a question after its cut: "before supt brackley and why did she step down".
_CUT_END_RE = re.compile(r"\s+(?:and|but|because|so|when|then)\b.*$", re.IGNORECASE)
_MONTH_CUT_RE = re.compile(rf"\b({MONTHS_PATTERN})\s+(20\d\d)\b", re.IGNORECASE)
_YEAR_CUT_RE = re.compile(r"\b(20\d\d)\b")
# Words naming a person's title (ingest's titles, and the short forms minutes use) or the role, not
# the person: "supt brackley", "cllr venning".
_TITLE_WORDS = frozenset(terms(re.sub(r"\W+", " ", TITLES))) | frozenset(terms("supt insp ch the chair vice"))


def answer_holder(
    question: str, holders: Sequence[RoleHolder], sources: Sources, documents: Collection[str]
) -> Answer | None:
    """Who held the role the question names before the date or person it names, from the
    partnership's `documents`; None when it asks no such thing or the documents cannot tell."""
    asked = _BEFORE_Q_RE.search(question)
    if asked is None or _OTHER_BODY_Q_RE.search(question):
        return None
    role = "vice-chair" if asked.group("role").lower().startswith("vice") else "chair"
    # Each naming with when it held; one of no known date says nothing of before or after.
    dated = [
        (when, h)
        for h in holders
        if h.role == role and h.document in documents
        if (when := _when(h, sources))
    ]
    cut_text = _CUT_END_RE.sub("", asked.group("cut")).strip()
    cut, successor = _cut(cut_text, dated)
    if not cut:
        return None
    earlier = [(when, h) for when, h in dated if when < cut and _surname(h.name) not in successor]
    if not earlier:
        return None
    latest = max(when for when, _ in earlier)
    named = [h for when, h in earlier if when == latest]
    surnames = {_surname(h.name) for h in named}
    if len(surnames) != 1:
        return None  # two people named at once: the documents do not settle it
    chosen = max(named, key=lambda h: len(h.name))  # the fullest printing of the name
    ledger = CitationLedger(sources)
    number = ledger.cite(chosen.document, chosen.page, chosen.quote)
    text = f"Before {cut_text}, the {role.replace('-', ' ')} was {chosen.name} [{number}]."
    sentence = CheckedSentence(text, (number,), True)
    return Answer(question, text, False, ledger.citations(), sentences=(sentence,), answerer="register")


def _cut(text: str, dated: Sequence[tuple[str, RoleHolder]]) -> tuple[str, set[str]]:
    """The date the question's cut falls on (ISO), and the surname of the holder it names, if any:
    a month ("june 2024"), a year, or the person who held the role next (from their first naming)."""
    month = _MONTH_CUT_RE.search(text)
    if month:
        return f"{month.group(2)}-{month_number(month.group(1)):02d}-01", set()
    year = _YEAR_CUT_RE.search(text)
    if year:
        return f"{year.group(1)}-01-01", set()
    words = set(terms(text)) - _TITLE_WORDS
    named = [(when, h) for when, h in dated if words and words <= set(terms(h.name))]
    if not named:
        return "", set()
    return min(when for when, _ in named), {_surname(h.name) for _, h in named}


def _when(holder: RoleHolder, sources: Sources) -> str:
    """When a naming held: its own date, else its document's, else the end of its document's year."""
    if holder.date:
        return holder.date
    if sources.date(holder.document):
        return sources.date(holder.document)
    period = re.fullmatch(r"(20\d\d)-(\d\d)", sources.period(holder.document))
    return f"20{period.group(2)}-03-31" if period else ""


def _surname(name: str) -> str:
    return name.split()[-1].casefold()
