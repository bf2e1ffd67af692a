"""Who holds the chair (or vice-chair) now, who held it in a year, and who held it before a date or
before a person: "who chairs the csp now", "who chaired the partnership during 2023-24", "who was chair
of the csp before june 2024", "who chaired the partnership before Rhiannon Tull".

Documents name the chair of their day; the one named last (before the cut) holds it (held it then).
Each naming is dated by the statement itself (an election's "on 16 July 2024"), else by its document.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from assistant.answering.citations import CitationLedger
from assistant.answering.editions import asks_current
from assistant.text import terms
from assistant.types import Answer, CheckedSentence, Sources
from ingest.facts.people import TITLES
from ingest.facts.periods import (
    MONTHS_PATTERN,
    month_number,
    months_in,
    normalise_period,
    period_end,
    period_start,
    readable_date,
    years_in,
)
from ingest.facts.roles import OTHER_BODY, RoleHolder

# "who ... chair" or "who's ... vice-chair", opening a question about a role's holder.
_WHO_ROLE = r"\bwho(?:'?s)?\b[^?]{0,60}?\b(?P<role>vice[- ]?chair|chair)(?:ed|s|man|person|woman)?\b"
_BEFORE_Q_RE = re.compile(rf"{_WHO_ROLE}[^?]{{0,80}}?\bbefore\s+(?P<cut>[^?,;]+)", re.IGNORECASE)
# "who chairs the csp now", "who's vice-chair of the board these days", "who is the current chair"
_NOW_Q_RE = re.compile(r"\bwho(?:'?s)?\b[^?]{0,40}?\b(?P<role>vice[- ]?chair|chair)", re.IGNORECASE)
# What a question asking who holds the role now may say besides the partnership's name: any other
# word asks about something particular ("who chairs the hate crime forum now"), passages answer it.
_NOW_Q_WORDS = frozenset(
    terms(
        "who whos is the a of our its their it chair chairs chairing chairman chairperson chairwoman vice "
        "now currently current moment present presently these days today nowadays still at board partnership "
        "csp community safety executive strategic group"
    )
)
# "who chaired the partnership during 2023-24", "who was vice chair in 2022": a year's holder.
_DURING_Q_RE = re.compile(
    rf"{_WHO_ROLE}[^?]{{0,60}}?\b(?:in|during|for|over|throughout)\s+(?:the\s+)?"
    r"(?:(?:financial|municipal)\s+)?(?:year\s+)?(?P<period>20\d\d(?:\s*(?:[-/–]|to)\s*(?:20)?\d\d)?)\b",
    re.IGNORECASE,
)
# ... the words it may say besides the partnership's name and the year: any other asks about
# something particular ("who chaired the hate crime forum in 2023"), passages answer it.
_DURING_Q_WORDS = _NOW_Q_WORDS | frozenset(terms("was were did during in for over throughout year financial"))
# Another body's chair ("who chaired the fund panel before ..."): not the partnership's, which the
# documents' chairs are.
_OTHER_BODY_Q_RE = re.compile(rf"\b{OTHER_BODY}\b", re.IGNORECASE)
# The rest of a question after its cut: "before supt brackley and why did she step down".
_CUT_END_RE = re.compile(r"\s+(?:and|but|because|so|when|then)\b.*$", re.IGNORECASE)
_MONTH_CUT_RE = re.compile(rf"\b({MONTHS_PATTERN})\s+(20\d\d)\b", re.IGNORECASE)
_YEAR_CUT_RE = re.compile(r"\b(20\d\d)\b")
_MOST_IN_A_YEAR = 2  # holders one year may name in turn; more is a muddle of namings, not an answer
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
    role = _role(asked.group("role"))
    dated = _dated(holders, role, documents, sources)
    cut_text = _CUT_END_RE.sub("", asked.group("cut")).strip()
    cut, successor = _cut(cut_text, dated)
    if not cut:
        return None
    chosen = _named_last([(when, h) for when, h in dated if when < cut and _surname(h.name) not in successor])
    if chosen is None:
        return None
    said = f"Before {cut_text}, the {role.replace('-', ' ')} was {chosen.name} [{{number}}]."
    return _answer(question, said, [chosen], sources)


def answer_current_holder(
    question: str,
    holders: Sequence[RoleHolder],
    sources: Sources,
    documents: Collection[str],
    title_words: Collection[str],
) -> Answer | None:
    """Who holds the role the question asks about now, from the newest naming among `documents`
    (one partnership's), saying which document names them; None when it asks no such thing, names
    a time, or the newest documents name two people at once."""
    asked = _NOW_Q_RE.search(question)
    if asked is None or not asks_current(question) or _BEFORE_Q_RE.search(question):
        return None
    if years_in(question) or months_in(question) or _OTHER_BODY_Q_RE.search(question):
        return None
    if set(terms(question)) - _NOW_Q_WORDS - set(title_words):
        return None
    role = _role(asked.group("role"))
    # A document telling of an election earlier in its year names the holder as of its own day (no
    # later than its year's end): the newest document naming one answers, whatever day the election was.
    named = [
        (max(when, _document_when(h.document, sources)), h)
        for when, h in _dated(holders, role, documents, sources)
    ]
    chosen = _named_last(named)
    if chosen is None:
        return None
    when = readable_date(sources.date(chosen.document)) or sources.period(chosen.document)
    said = (
        f"The {role.replace('-', ' ')} is {chosen.name} [{{number}}], as named in "
        f"{sources.title(chosen.document)}{f' ({when})' if when else ''}, the newest document naming one."
    )
    return _answer(question, said, [chosen], sources)


def answer_period_holder(
    question: str,
    holders: Sequence[RoleHolder],
    sources: Sources,
    documents: Collection[str],
    title_words: Collection[str],
) -> Answer | None:
    """Who held the role in the year the question names, from the namings of that year among
    `documents` (one partnership's), in turn where it changed hands; None when it asks no such
    thing or no naming falls in the year."""
    asked = _DURING_Q_RE.search(question)
    if asked is None or _BEFORE_Q_RE.search(question) or _OTHER_BODY_Q_RE.search(question):
        return None
    period = normalise_period(asked.group("period"))
    if set(terms(question)) - _DURING_Q_WORDS - set(title_words) - set(terms(asked.group("period"))):
        return None
    role = _role(asked.group("role"))
    start, end = period_start(period), period_end(period)
    dated = _dated(holders, role, documents, sources)
    within = sorted(((when, h) for when, h in dated if start <= when <= end), key=lambda pair: pair[0])
    names: dict[str, RoleHolder] = {}
    for _, holder in within:  # each person once, in the order first named, cited where named in full
        known = names.setdefault(_surname(holder.name), holder)
        if len(holder.name) > len(known.name):
            names[_surname(holder.name)] = holder
    if not names or len(names) > _MOST_IN_A_YEAR:
        return None
    in_turn = ", then ".join(f"{h.name} [{{number}}]" for h in names.values())
    said = f"In {period} the {role.replace('-', ' ')} was {in_turn}."
    return _answer(question, said, list(names.values()), sources)


def _role(printed: str) -> str:
    return "vice-chair" if printed.lower().startswith("vice") else "chair"


def _dated(
    holders: Sequence[RoleHolder], role: str, documents: Collection[str], sources: Sources
) -> list[tuple[str, RoleHolder]]:
    """Each naming of the role in `documents` with when it held; one of no known date says nothing
    of before or after."""
    return [
        (when, h)
        for h in holders
        if h.role == role and h.document in documents
        if (when := _when(h, sources))
    ]


def _named_last(dated: Sequence[tuple[str, RoleHolder]]) -> RoleHolder | None:
    """The holder named last, in the fullest printing of the name; None for none, or for two people
    named at once: the documents do not settle it."""
    if not dated:
        return None
    latest = max(when for when, _ in dated)
    named = [h for when, h in dated if when == latest]
    if len({_surname(h.name) for h in named}) != 1:
        # A page naming a chair for each group ("Chair: ..." under each): the one named so in
        # other documents too holds the role asked about, if one alone is.
        pages = {h.document for h in named}
        elsewhere = {_surname(h.name) for _, h in dated if h.document not in pages}
        named = [h for h in named if _surname(h.name) in elsewhere]
        if len({_surname(h.name) for h in named}) != 1:
            return None
    return max(named, key=lambda h: len(h.name))


def _answer(question: str, said: str, chosen: Sequence[RoleHolder], sources: Sources) -> Answer:
    """The register's answer saying `said` ("... was X [{number}], then Y [{number}]"), citing where
    each of `chosen` is named, in turn."""
    ledger = CitationLedger(sources)
    numbers = [ledger.cite(h.document, h.page, h.quote) for h in chosen]
    text = said
    for number in numbers:
        text = text.replace("{number}", str(number), 1)
    sentence = CheckedSentence(text, tuple(dict.fromkeys(numbers)), True)
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
    """When a naming held: its own date, else its document's, but no later than the end of the
    period the document is of (an annual report published in July names the year's chair)."""
    return holder.date or _document_when(holder.document, sources)


def _document_when(document: str, sources: Sources) -> str:
    """When a document's namings held: its date, but no later than the end of its period."""
    dates = [d for d in (sources.date(document), period_end(sources.period(document))) if d]
    return min(dates, default="")


def _surname(name: str) -> str:
    return name.split()[-1].casefold()
