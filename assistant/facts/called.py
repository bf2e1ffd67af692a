"""What a partnership is called ("what is the community safety partnership for Ketterwold called",
"whats the name of the csp"): the name its documents' first pages print, quoted from one of them.

A new partner's first question is often the partnership's own name. Every cover prints it, but a
search for the question's words finds passages that use "called" or "partnership" in passing.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence

from assistant.answering.citations import CitationLedger
from assistant.types import Answer, CheckedSentence, Sources

# The partnership's name asked for: "what is the partnership for X called", "what's the CSP in X
# called", "the name of the community safety partnership", "the partnership's full name".
_CALLED_Q_RE = re.compile(
    r"\bwhat(?:['’]?s|\s+is|\s+was)?\b[^?.]{0,80}?\b(?:partnership|csp|cdrp)\b[^?.]{0,60}?\bcalled\b"
    r"|\bname\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:partnership|csp|cdrp)\b"
    r"|\b(?:partnership|csp|cdrp)(?:['’]s|s)?\s+(?:full\s+|proper\s+|official\s+)?name\b",
    re.IGNORECASE,
)
# A partnership's name as a cover prints it: capitalised words, joined by "and", "of" or "&" at
# most, ending in "Partnership" or "Alliance" ("Safer Cheshire East Partnership", "CALDERWICK AND
# ORTONBURY CRIME REDUCTION ALLIANCE").
_NAME_RE = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&|AND|OF|FOR)\s+)?){1,7}(?:Partnership|PARTNERSHIP|Alliance|ALLIANCE)\b"
)
_COVER_LINES = 15  # lines of a first page, not blank, where a cover prints the partnership's name
FirstPage = Callable[[str], str]  # a document's first page, as printed


def asks_name(question: str) -> bool:
    """Whether the question asks what the partnership is called."""
    return bool(_CALLED_Q_RE.search(question))


def answer_called(
    question: str, documents: Collection[str], ranked: Sequence[str], first_page: FirstPage, sources: Sources
) -> Answer | None:
    """The name most of `documents` print near the top of their first page, quoted from the
    best-ranked one printing it; None when the question does not ask it or no cover prints one."""
    if not asks_name(question) or not documents:
        return None
    covers = {document: _names(first_page(document)) for document in documents}
    counts = Counter(key for names in covers.values() for key in names)
    if not counts:
        return None
    key = counts.most_common(1)[0][0]
    order = [*dict.fromkeys(d for d in ranked if d in covers), *sorted(set(covers) - set(ranked))]
    document = next(d for d in order if key in covers[d])
    printed = covers[document][key]
    ledger = CitationLedger(sources)
    number = ledger.cite(document, 1, printed)
    text = f"It is the {_titled(printed)} [{number}]."
    checked = (CheckedSentence(printed, (number,), True),)
    return Answer(question, text, False, ledger.citations(), sentences=checked, answerer="register")


def _names(page: str) -> dict[str, str]:
    """The partnership names near the top of a first page, each as printed, by how they compare. A
    cover may break a name over two lines, so two lines are read together too; a name read so with
    the end of the line before it ("Annual Report Northby Community Safety Partnership") gives way
    to the name its own line prints."""
    lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()][:_COVER_LINES]
    names = {_key(name): name for line in lines for name in _NAME_RE.findall(line)}
    for first, second in itertools.pairwise(lines):
        for name in _NAME_RE.findall(f"{first} {second}"):
            if not any(_key(name).endswith(key) for key in names):
                names[_key(name)] = name
    return names


def _key(name: str) -> str:
    """A name as compared: "SAFER X PARTNERSHIP" and "Safer X Partnership" are one."""
    return " ".join(name.split()).casefold()


def _titled(name: str) -> str:
    """The name as a sentence says it: a cover's capitals in title case, joining words small."""
    name = " ".join(name.split())
    if not name.isupper():
        return name
    small = {"and", "of", "for"}
    return " ".join(w.lower() if w.lower() in small else w.capitalize() for w in name.split())
