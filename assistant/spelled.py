"""Acronyms a question types that the documents never print, read as the name the documents spell
out with those initials: "YOT" for a report's "Ostervale Youth Offending Team"."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A run of capitalised words, joined by the small words names hold ("Office of the Police and Crime
# Commissioner"); a word in capitals only is an acronym itself, not part of a name.
_NAME_RUN_RE = re.compile(r"\b[A-Z][a-z][\w'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][a-z][\w'’-]*)+")
_JOINING = frozenset({"of", "and", "for", "the", "&"})
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}\b")
# An acronym keeping a joining word's initial in lower case ("ToR": Terms of Reference; "MoU").
_MIXED_ACRONYM_RE = re.compile(r"\b[A-Z](?:[a-z]?[A-Z]){1,5}\b")
MAX_NAME_WORDS = 6  # a name spelled out by an acronym has at most this many capitalised words


class Initials:
    """The names the documents print, by their initials: every run of two capitalised words or more
    within a printed name ("Youth Offending Team" within "Ostervale Youth Offending Team")."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._names: dict[str, set[str]] = {}
        for text in texts:
            for match in _NAME_RUN_RE.finditer(text):
                self._add(match.group(0))

    def _add(self, run: str) -> None:
        words = run.split()
        capitals = [i for i, w in enumerate(words) if w not in _JOINING]
        for a in range(len(capitals)):
            for b in range(a + 1, min(len(capitals), a + MAX_NAME_WORDS)):
                name = " ".join(words[capitals[a] : capitals[b] + 1])
                initials = "".join(words[i][0] for i in capitals[a : b + 1])
                self._names.setdefault(initials, set()).add(name)
                joined = "".join(w[0] for w in words[capitals[a] : capitals[b] + 1])
                if joined != initials:
                    self._names.setdefault(joined, set()).add(name)

    def spelled_out(self, acronym: str) -> str:
        """The one name printed with the acronym's initials, or "" when none is or several are."""
        key = acronym if is_mixed_acronym(acronym) else acronym.upper()
        names = {name.casefold(): name for name in self._names.get(key, ())}
        return next(iter(names.values())) if len(names) == 1 else ""


def typed_acronyms(text: str) -> list[str]:
    """The words typed in capitals, two to six letters ("YOT"), in order."""
    return list(dict.fromkeys(_ACRONYM_RE.findall(text)))


def is_acronym(word: str) -> bool:
    """Whether a word is typed as an acronym: in capitals, two to six letters."""
    return bool(_ACRONYM_RE.fullmatch(word))


def is_mixed_acronym(word: str) -> bool:
    """Whether a word is an acronym keeping a joining word's initial in lower case ("ToR")."""
    return bool(_MIXED_ACRONYM_RE.fullmatch(word)) and not word.isupper()
