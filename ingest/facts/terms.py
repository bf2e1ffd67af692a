"""Acronyms and terms: the curated glossary shipped with the tool, and definitions the documents give.

A document defines an acronym when it writes the long form with the acronym after it in brackets:
"Night Time Economy (NTE)", or the acronym as a glossary's entry: "MoRiLE: Management of Risk in
Law Enforcement, a method ...". The curated file (`glossary.toml` beside this module, extended by a
`glossary.toml` in the corpus folder) holds the field's terms whether or not a document spells
them out, with other spellings users type ("antisocial behaviour").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.errors import ConfigError
from ingest.parse.blocks import CleanPage

CURATED_FILE = Path(__file__).with_name("glossary.toml")
CORPUS_GLOSSARY = "glossary.toml"
_DEFINED_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,7}?)(?:'?s)?\)")
# A glossary's entry: "MoRiLE: Management of Risk in Law Enforcement, a method that ...", opening
# its block or after the entry before it, where a glossary's lines run on as one paragraph.
_ENTRY_RE = re.compile(r"(?:^|(?<=[.;]\s))([A-Z][A-Za-z&]{1,7}?)(?:'?s)?\s*[:–-]\s+(?=[A-Z])")
_WORD_RE = re.compile(r"[\w'&]+(?:-[\w']+)*")
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "&", "in", "on", "to", "a"})


@dataclass(frozen=True)
class Term:
    """An acronym and what it stands for; `page` and `document` say where a document defines it."""

    acronym: str
    meaning: str
    also: tuple[str, ...] = ()  # other ways people write the meaning
    note: str = ""
    document: str = ""
    page: int = 0
    quote: str = ""  # the words defining it, as printed


def load_curated(corpus_dir: Path | None = None) -> list[Term]:
    """The curated glossary, with the corpus folder's own `glossary.toml` added when there is one."""
    terms = _read_toml(CURATED_FILE)
    if corpus_dir is not None and (corpus_dir / CORPUS_GLOSSARY).exists():
        terms += _read_toml(corpus_dir / CORPUS_GLOSSARY)
    return terms


def _read_toml(path: Path) -> list[Term]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return [
            Term(
                acronym=str(entry["acronym"]),
                meaning=str(entry["meaning"]),
                also=tuple(str(a) for a in entry.get("also", ())),
                note=str(entry.get("note", "")),
            )
            for entry in data.get("term", [])
        ]
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise ConfigError(f"Could not read the glossary {path}: {exc}") from exc


def extract_definitions(document: str, pages: Sequence[CleanPage]) -> list[Term]:
    """Acronyms a document spells out, "Long Form (ACR)", first definition of each kept."""
    found: dict[str, Term] = {}
    for page in pages:
        for block in page.blocks:
            # A table's cells too: a cell wrapped over two lines ("Office of the Police, Fire and
            # Crime | Commissioner (OPFCC)") is whole only in the row's cells.
            for text in (block.text, *block.cells):
                for term in _defined_in(text, document, page.number):
                    quote = term.quote if text == block.text else _as_lines(term.quote, block.text)
                    found.setdefault(term.acronym, replace(term, quote=quote))
    return list(found.values())


def _defined_in(text: str, document: str, page: int) -> list[Term]:
    """The acronyms the text defines, in its order."""
    found: list[Term] = []
    for match in _DEFINED_RE.finditer(text):
        acronym = match.group(1)
        meaning = _long_form(text[: match.start()], acronym)
        if meaning:
            quote = f"{meaning} {match.group(0)}"
            found.append(Term(acronym, meaning, document=document, page=page, quote=quote))
    for entry in _ENTRY_RE.finditer(text):
        meaning = _leading_form(text[entry.end() :], entry.group(1))
        if meaning:
            quote = f"{text[entry.start() : entry.end()]}{meaning}"
            found.append(Term(entry.group(1), meaning, document=document, page=page, quote=quote))
    return found


def _as_lines(quote: str, line: str) -> str:
    """A quote from a cell wrapped over lines, cut where the row's own line stops holding it: each
    line of a quote is an excerpt of the page ("Office of the Police, Fire and Crime" then
    "Commissioner (OPFCC)")."""
    words = quote.split()
    flat = " ".join(line.split())
    size = next((n for n in range(len(words), 0, -1) if " ".join(words[:n]) in flat), 0)
    if size in (0, len(words)):
        return quote
    return f"{' '.join(words[:size])}\n{' '.join(words[size:])}"


def _leading_form(after: str, acronym: str) -> str:
    """The shortest run of words opening the text whose initials spell the acronym (a glossary
    entry's), as printed."""
    words = list(_WORD_RE.finditer(after))[: len(acronym) + 4]
    for size in range(1, len(words) + 1):
        if words[size - 1].group()[0].isupper() and _spells(
            [w.group() for w in words[:size]], acronym.upper()
        ):
            return " ".join(after[words[0].start() : words[size - 1].end()].split())
    return ""


def _long_form(before: str, acronym: str) -> str:
    """The shortest run of words ending just before the bracket whose initials spell the acronym.

    Small words ("and", "of") may be skipped by the acronym; hyphenated words may give one initial
    or one per part ("Anti-Social Behaviour" is ASB).
    """
    words = list(_WORD_RE.finditer(before))[-(len(acronym) + 4) :]
    letters = acronym.upper()
    for size in range(1, len(words) + 1):
        candidate = [w.group() for w in words[-size:]]
        if candidate[0].lower() in _SMALL_WORDS or not candidate[0][0].isupper():
            continue
        if _spells(candidate, letters):
            # As printed, commas kept: it is quoted ("Police, Fire and Crime Commissioner (PFCC)").
            return " ".join(before[words[-size].start() : words[-1].end()].split())
    return ""


def _spells(words: list[str], letters: str) -> bool:
    """Whether the words' initials, small words optional, spell `letters` exactly."""
    if not words:
        return not letters
    if not letters:
        return all(w.lower() in _SMALL_WORDS for w in words)
    word, rest = words[0], words[1:]
    options = [word[0].upper()]
    if "-" in word:
        options.append("".join(part[0].upper() for part in word.split("-") if part))
    if any(letters.startswith(o) and _spells(rest, letters[len(o) :]) for o in options):
        return True
    return word.lower() in _SMALL_WORDS and _spells(rest, letters)
