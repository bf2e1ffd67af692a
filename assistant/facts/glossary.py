"""The glossary in use: curated terms plus those the documents define, and query expansion with it.

A question about "anti-social behaviour" should find a page that only says "ASB", and the other
way round: retrieval searches for the question with every other form of the terms it uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from assistant.answering.citations import CitationLedger
from assistant.text import contains_phrase, terms
from assistant.types import Answer, CheckedSentence, Sources
from ingest.facts.terms import Term

_ARTICLE = r"(?:an?\s+|the\s+)?"
_ACRONYM = r"([A-Za-z]{2,7}?)(?:'?s)?"
# "What is a PSPO?", "what does ANPR (actually) stand for", "anpr stands for?", "meaning of DHR",
# "define IOM".
_DEFINE_Q_RES = tuple(
    re.compile(rf"^\s*{form}\s*\??\s*$", re.IGNORECASE)
    for form in (
        rf"(?:what|who)\s+(?:is|are|was|were|does|do)\s+{_ARTICLE}{_ACRONYM}"
        r"(?:\s+(?:actually|really|exactly))?(?:\s+(?:stand\s+for|mean|refer\s+to))?",
        rf"what'?s\s+{_ARTICLE}{_ACRONYM}",
        rf"(?:what\s+)?{_ACRONYM}\s+(?:stands?\s+for|means?|meaning|definition)",
        rf"(?:the\s+)?(?:meaning|definition)\s+of\s+{_ARTICLE}{_ACRONYM}",
        rf"(?:define|explain)\s+{_ARTICLE}{_ACRONYM}",
        # Named, then asked after by a pronoun: "the minutes keep saying PSPO - what is that". Only
        # an acronym in capitals, as the words before it may be anything.
        r"(?:.*\W)?(?-i:([A-Z]{2,7}))(?:'?s)?\W+(?:(?:and|so)\s+)?"
        r"what(?:'?s|\s+is|\s+does)\s+(?:that|it|this)(?:\s+(?:stand\s+for|mean))?",
    )
)


@dataclass(frozen=True)
class GlossaryEntry:
    """A term as shown to users: the curated meaning and note, and where a document defines it."""

    acronym: str
    meaning: str
    forms: tuple[str, ...]  # the meaning and its other spellings
    note: str = ""
    document: str = ""
    page: int = 0
    quote: str = ""


class Glossary:
    """Acronyms and their meanings; curated entries first, documents adding where they define them."""

    def __init__(
        self, curated: Iterable[Term], defined: Iterable[Term] = (), own: Iterable[str] = ()
    ) -> None:
        # The partnership's own name is in every document: expanding it would only add noise.
        self._own = {name.casefold() for name in own}
        entries: dict[str, GlossaryEntry] = {}
        for term in curated:
            forms = tuple(dict.fromkeys([term.meaning, *term.also]))
            entries[term.acronym.upper()] = GlossaryEntry(term.acronym, term.meaning, forms, term.note)
        for term in defined:
            key = term.acronym.upper()
            known = entries.get(key)
            if known is None:
                entries[key] = GlossaryEntry(
                    term.acronym, term.meaning, (term.meaning,), "", term.document, term.page, term.quote
                )
            elif not known.document:
                forms = tuple(dict.fromkeys([*known.forms, term.meaning]))
                entries[key] = replace(known, forms=forms, document=term.document, page=term.page)
                entries[key] = replace(entries[key], quote=term.quote)
        self.entries = sorted(entries.values(), key=lambda e: e.acronym.upper())
        self._by_acronym = {e.acronym.upper(): e for e in self.entries}
        self._phrases = [(tuple(terms(form)), e) for e in self.entries for form in e.forms if terms(form)]

    def lookup(self, acronym: str) -> GlossaryEntry | None:
        """The entry for an acronym, any case."""
        return self._by_acronym.get(acronym.upper())

    def expansions(self, text: str) -> list[str]:
        """The other forms of every glossary term the text uses: meanings for acronyms, and back."""
        found: list[GlossaryEntry] = []
        for word in re.findall(r"\b[A-Za-z]{2,6}\b", text):
            plural = len(word) > 2 and word[-1] in "sS" and word.upper() not in self._by_acronym
            if plural and (word[:-1].isupper() or word.islower()):
                word = word[:-1]  # a plural acronym: "DHRs", typed "dhrs"
            entry = self._by_acronym.get(word.upper())
            # In capitals any acronym counts; in lower case only those of three letters or more
            # that are not also ordinary words or fragments ("soc", "la").
            if entry and (word.isupper() or (len(word) > 2 and word.lower() not in _LOWER_CASE_AMBIGUOUS)):
                found.append(entry)
        words = terms(text)
        for phrase, entry in self._phrases:
            if contains_phrase(words, phrase):
                found.append(entry)
        extra: list[str] = []
        upper = {w.upper().removesuffix("S") for w in re.findall(r"\b[A-Za-z]{2,6}\b", text)}
        upper |= {w.upper() for w in re.findall(r"\b[A-Za-z]{2,6}\b", text)}
        for entry in dict.fromkeys(found):
            if entry.meaning.casefold() in self._own:
                continue
            if entry.acronym.upper() not in upper:
                extra.append(entry.acronym)
            if not contains_phrase(words, tuple(terms(entry.meaning))):
                extra.append(entry.meaning)
        return list(dict.fromkeys(extra))

    def define(self, question: str, sources: Sources) -> Answer | None:
        """ "What is a PSPO?" answered from where a document spells the acronym out, cited; None when
        the question is not of that form or no document defines the acronym (passages answer then)."""
        match = next((m for pattern in _DEFINE_Q_RES if (m := pattern.match(question))), None)
        entry = self.lookup(match.group(1)) if match else None
        if entry is None or not entry.document:
            return None
        ledger = CitationLedger(sources)
        number = ledger.cite(entry.document, entry.page, entry.quote)
        said = f"{entry.acronym} stands for {entry.meaning}"
        sentences = (CheckedSentence(said, (number,), True),)
        text = f"{said} [{number}]."
        return Answer(question, text, False, ledger.citations(), sentences=sentences, answerer="glossary")

    def expand(self, query: str) -> str:
        """The query with the other forms of its terms added, for retrieval."""
        extra = self.expansions(query)
        return f"{query} ({'; '.join(extra)})" if extra else query


_LOWER_CASE_AMBIGUOUS = frozenset({"soc", "sia", "nte", "ecu", "yos"})
