"""Who a document's initials stand for: minutes name people once in full and then by initials.

"Present: Dr Ann Hollis (AH), Public Health ..." or a key "AH Ann Hollis; JM Joe Marsh" says
so explicitly; an attendance list of full names ("Present: Chief Inspector Ruth Abbott (Chair);
Owen Adeyemi, Hollinshire County Council") lets the initials be derived from first and last names.
Initials two people share within a document stand for no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ingest.parse.blocks import CleanPage

# Titles a person is named with: not part of their initials ("Cllr Imogen Thackeray" is IT).
TITLES = (
    r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Professor|Prof|Inspector|Chief Inspector|Superintendent"
    r"|Chief Superintendent|Sergeant|Sgt|Detective|Group Manager|Station Manager|Reverend|Rev)\.?"
)
_WORD = r"(?:O'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A name's words are set apart by spaces: a tab parts a table's cells ("Olusegun Bakare | Brantshire").
_PERSON = (
    rf"(?:(?P<title>{TITLES}) +)?(?P<first>{_WORD})(?: +(?P<middle>{_WORD}|[A-Z]\.?))? +(?P<last>{_WORD})"
)
# Initials as minutes print them: two or three capitals standing alone ("DW", "JRH").
INITIALS_RE = re.compile(r"\b[A-Z]{2,3}\b")
# "AH Ann Hollis" in a key, at the start of an item; "Ann Hollis (AH)" anywhere.
_KEYED_RE = re.compile(rf"(?:^|(?<=[:;,(])\s*)(?P<initials>[A-Z]{{2,3}})\s+(?P<name>{_PERSON})\b")
_BRACKETED_RE = re.compile(rf"\b(?P<name>{_PERSON})\s*\((?P<initials>[A-Z]{{2,3}})(?=[),;])")
# A full name standing as an item of an attendance list: at the item's start, ending it or followed
# by its bracket or comma.
_LISTED_RE = re.compile(rf"(?:^|(?<=[:;,])|(?<=\band))\s*(?P<name>{_PERSON})(?=\s*(?:[(,;.]|$))")
_LISTED_LINE = 120  # characters at most of a line of an attendance list set apart from its label
# The lists that name who came, and their keys: a name in one of them is a person's.
_ATTENDANCE_RE = re.compile(
    r"\b(?:present|in attendance|attendees|attending|apologies)\b|\b(?:key|names)\s*:", re.IGNORECASE
)
# Words of a body's name, which a list of who came also gives ("Hollinshire County Council").
BODY_WORDS = frozenset(
    {"council", "police", "service", "services", "constabulary", "board", "partnership", "trust", "team"}
    | {"health", "care", "group", "office", "authority", "unit", "county", "borough", "district", "fire"}
    | {"rescue", "probation", "centre", "community", "safety", "association", "housing", "university"}
    | {"college", "school", "hospital", "department", "agency", "forum", "panel", "committee", "society"}
    | {"network", "project", "commissioner", "chair", "officer", "manager", "analyst", "hall", "room"}
    | {"house", "street", "road", "church"}
)


@dataclass(frozen=True)
class Person:
    """Initials a document uses, the person they stand for (titles aside), and where it says so."""

    document: str
    initials: str
    name: str
    page: int
    quote: str  # the words naming them, as printed on the page


def extract_people(document: str, pages: Sequence[CleanPage]) -> list[Person]:
    """One person for each set of initials the document gives or lets be derived unambiguously.

    Initials given explicitly (a key, a bracket) win over those derived from a listed name; a set of
    initials standing for two names is dropped. The first page naming the person is kept.
    """
    found = list(_named(document, pages))
    people: list[Person] = []
    for initials in dict.fromkeys(p.initials for p, _ in found):
        mentions = [(p, explicit) for p, explicit in found if p.initials == initials]
        chosen = [p for p, explicit in mentions if explicit] or [p for p, _ in mentions]
        if len({p.name for p in chosen}) == 1:
            people.append(chosen[0])
    return people


def _named(document: str, pages: Sequence[CleanPage]) -> Iterator[tuple[Person, bool]]:
    """Every person named with their initials (explicit) or in a list of who came (derived). Outside
    such a list only a titled name counts: "Domestic Homicide Review (DHR)" names no one."""
    for page in pages:
        listing = False
        for block in page.blocks:
            # A list of who came goes on over the short lines set apart under its label, each naming
            # someone with their initials ("Present ..." over "Nadia Elmasry (NE), Tidewell Women's Aid").
            going_on = listing and len(block.text) <= _LISTED_LINE and bool(_BRACKETED_RE.search(block.text))
            listing = going_on or bool(_ATTENDANCE_RE.search(block.text))
            # A table's row keyed by initials ("BA | Bronwen Alderton (CSP Manager)") says whom they
            # stand for as a key does, whatever the table's heading.
            keyed_row = bool(block.cells) and INITIALS_RE.fullmatch(block.cells[0].strip()) is not None
            for match in (*_KEYED_RE.finditer(block.text), *_BRACKETED_RE.finditer(block.text)):
                initials = match.group("initials")
                if (
                    (listing or keyed_row or match.group("title"))
                    and _is_person(match)
                    and initials in _initials_of(match)
                ):
                    yield _person(document, page.number, match, initials), True
            for match in _LISTED_RE.finditer(block.text) if listing else ():
                if _is_person(match):
                    yield _person(document, page.number, match, _initials_of(match)[0]), False


def _is_person(match: re.Match[str]) -> bool:
    """Whether a name is a person's rather than a body's or a place's ("Hollinshire County Council")."""
    words = (match.group(g) for g in ("first", "middle", "last"))
    return not BODY_WORDS.intersection(w.lower() for w in words if w)


def _initials_of(match: re.Match[str]) -> tuple[str, ...]:
    """A name's initials: first and last, and with the middle name's when it has one."""
    first, middle, last = match.group("first"), match.group("middle"), match.group("last")
    short = first[0] + last[0]
    return (short, first[0] + middle[0] + last[0]) if middle else (short,)


def _person(document: str, page: int, match: re.Match[str], initials: str) -> Person:
    name = " ".join(filter(None, (match.group("first"), match.group("middle"), match.group("last"))))
    return Person(document, initials, name, page, " ".join(match.group().split()))
