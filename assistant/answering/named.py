"""The names a question uses, checked against the index: which partnership it asks about, and any
person or body no indexed document mentions.

An index may hold several partnerships' documents; a question naming one of them is answered from
its documents only, never with another partnership's figure, and a thing only other partnerships'
documents mention ("shoplifting", "street pastors") is not answered about from its documents at all.
A capitalised name the documents never use ("Inspector Marcus Quill") cannot be answered about,
whatever passage scores best: it is declined, saying which name was not found; so is a name of
everyday words ("Neighbourhood Watch") that the named partnership's documents never print whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from assistant.answering.asked import ATTENDANCE_Q_RE, LABELLED_Q_RE, LETTERED_Q_RE
from assistant.answering.specific import commonness, zipf
from assistant.answering.weights import ABSENT_ZIPF
from assistant.spelled import is_acronym
from assistant.text import stem, terms, worded_terms
from assistant.types import ABSTAIN_TEXT, Answer, Passage
from ingest.records import DocumentRecord

DocumentsWith = Callable[[str], frozenset[str]]  # the documents whose indexed text holds a term
Forms = Callable[[str], list[str]]  # the glossary's other forms of the terms a text uses
Variants = Callable[[str], Sequence[str]]  # the index's forms of a long stemmed term, itself among them
PrintedIn = Callable[[frozenset[str], Sequence[str]], bool]  # whether the documents print a run of terms


def _no_variants(term: str) -> Sequence[str]:
    return ()


def _printed_anywhere(documents: frozenset[str], phrase: Sequence[str]) -> bool:
    return True


# A capitalised word: a name's word, or an acronym ("Marcus", "Quill", "MoRiLE", "O'Neill").
_CAPITALISED_RE = re.compile(r"\b[A-Z][\w'’-]*")
_SENTENCE_START_RE = re.compile(r"(?:^|[.?!:;]\s+|\(\s*)$")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# A run of capitalised words after a joining word that follows another: the end of a longer name.
_CONTINUES_NAME_RE = re.compile(r"[A-Z][\w'’-]*(?:,|\s+(?:and|of|for|&))\s+$")
_NAME_OF_THING_WORDS = 2  # words at least of a name that the documents answering about it print whole
_NEGATED_RE = re.compile(r"^(?:un|non-?)")
_NEGATED_MIN = 5  # letters at least after the prefix: "under", "union" and "unit" are no negations
_THING_WORDS = 2  # capitalised words at least after a place's name that make it a project's name
# The word before a partnership's kind ("dunmere csp", "dunmere community safety partnership"), typed
# in lower case: the place it is named after, when no document uses the word.
_BEFORE_KIND_RE = re.compile(
    r"\b([a-z][\w'’-]*)\s+(?i:(?:community\s+)?safety\s+partnerships?|csps?|cdrps?|partnerships?)\b"
)


@dataclass(frozen=True)
class Named:
    """What a question names: the partnerships, the documents to answer from, the unknown names."""

    partnerships: frozenset[str] = frozenset()
    documents: frozenset[str] | None = None  # None: every document may answer
    unknown: tuple[str, ...] = ()  # names, as typed, that no indexed document uses
    # Specific words, as typed, that other partnerships' documents use and the named one's never do,
    # and names of two words or more ("Neighbourhood Watch") that the named one's never print whole.
    absent: tuple[str, ...] = ()
    # The question's words that name a partnership by a shortening of its name ("cora"), stemmed.
    shortenings: frozenset[str] = frozenset()
    # The question's words naming a partnership named, by its own name or a shortening ("sallowmere"),
    # stemmed: every document of that partnership prints them, so they tell its passages nothing.
    naming: frozenset[str] = frozenset()


def read_names(
    question: str,
    records: Mapping[str, DocumentRecord],
    documents_with: DocumentsWith,
    forms: Forms,
    variants: Variants = _no_variants,
    printed_in: PrintedIn = _printed_anywhere,
) -> Named:
    """The partnerships the question names (naming none, the one its own words imply, as
    `implied_partnership`) and the documents that may answer it; its unknown names, and the words and
    names of two words or more that none of those partnerships' documents use."""
    named, shortenings = named_partnerships(question, records, documents_with)
    unknown = unknown_names(question, documents_with, forms, variants)
    named = named or implied_partnership(question, records, documents_with)
    if not named:
        return Named(unknown=unknown)
    # Documents of no stated partnership may still answer.
    documents = frozenset(d for d, r in records.items() if r.partnership in named or not r.partnership)
    naming = _naming(question, named, records) | shortenings
    absent = absent_words(question, documents, documents_with, forms, variants)
    own = set().union(naming, *(name_words(p) for p in named))
    for name in names_of_things(question, own):
        printed = [_printed_form(t, documents, documents_with, variants) for t in terms(name)]
        if not printed_in(documents, printed):
            absent += (name,)
    return Named(named, documents, unknown, absent, shortenings, naming)


def implied_partnership(
    question: str, records: Mapping[str, DocumentRecord], documents_with: DocumentsWith
) -> frozenset[str]:
    """The one partnership whose documents alone use the question's specific words that only one
    partnership's documents use ("larchmere", a ward's name), when the question names
    none: its passages answer, never another's that match the rest of the question. Nothing when
    such words point at different partnerships, or a document of no stated partnership uses one.

    Over the development sets, each of the 119 answerable questions naming no partnership whose
    words imply one implied the partnership whose documents answer it."""
    partnership = {d: r.partnership for d, r in records.items()}
    if len(set(partnership.values()) - {""}) < 2:
        return frozenset()
    implied: set[str] = set()
    for term, word in worded_terms(question):
        if commonness(term, word) >= ABSENT_ZIPF:
            continue
        using = {partnership.get(d, "") for d in documents_with(term)}
        if len(using) == 1:
            implied |= using
    return frozenset(implied) if len(implied) == 1 and "" not in implied else frozenset()


def names_of_things(question: str, naming: set[str]) -> list[str]:
    """The question's runs of capitalised words ("Neighbourhood Watch", "Chalkpit Bike Marking Days")
    of two words or more, once the words naming its partnership are left off their ends: a project's,
    a body's or a place's name, which a document answering about it prints word for word. An acronym
    ("CCTV") ends a run: "Wharfside CCTV" is no name a document need print."""
    named = []
    for start, run in _capitalised_runs(question):
        if _CONTINUES_NAME_RE.search(question[:start]):
            continue  # "Crime Commissioner's Grant" of "Police, Fire and Crime Commissioner's Grant"
        for words in _split_at_acronyms(run):
            while words and set(terms(words[0])) <= naming:
                words = words[1:]
            while words and set(terms(words[-1])) <= naming:
                words = words[:-1]
            if len(terms(" ".join(words))) >= _NAME_OF_THING_WORDS:
                named.append(" ".join(words))
    return named


def _split_at_acronyms(words: list[str]) -> list[list[str]]:
    """The run's parts between its acronyms, and after each owner's name ("Juniper Place's Stalking
    Support Clinic": the service's and its clinic's names, which a document may print apart)."""
    parts: list[list[str]] = [[]]
    for printed in words:
        word = _POSSESSIVE_RE.sub("", printed)
        if is_acronym(word):
            parts.append([])
            continue
        parts[-1].append(word)
        if word != printed:
            parts.append([])
    return parts


def _naming(question: str, named: frozenset[str], records: Mapping[str, DocumentRecord]) -> frozenset[str]:
    """The question's words from the names of the partnerships named that no other partnership's
    name has ("sallowmere"; not "community", "safety" or "partnership"), and the initials it gives
    a named one's kind ("csp" in "corvenbridge csp board"), which other names share."""
    names = {r.partnership for r in records.values() if r.partnership}
    asked = set(terms(question))
    own: set[str] = set()
    for name in named:
        others = set().union(*(name_words(o) for o in names - {name}))
        own |= (name_words(name) - others) & asked
        own |= {t for t in asked if _shortens(t, name) and commonness(t, t) < ABSENT_ZIPF}
    return frozenset(own)


def absent_words(
    question: str,
    documents: frozenset[str],
    documents_with: DocumentsWith,
    forms: Forms,
    variants: Variants = _no_variants,
) -> tuple[str, ...]:
    """The question's specific words that other documents use and none of `documents`, in any form
    the glossary or the index has ("neighbourhood" for a report's "Neighbouring").

    Specific: rarer in English than ABSENT_ZIPF ("shoplifting", "pastors", "refuge"). A common
    word ("give", "sits", "counts") may be put another way by the partnership's documents; so may
    a verb whose past participle is common ("attach": "attached"), which tells what is asked of a
    subject rather than naming one.
    """
    absent: list[str] = []
    # The noun a number or letter labels ("rec R5", "item 4"): how the thing is referred to, no name.
    not_topics = {
        m.group(0).split()[0].casefold()
        for m in (*LABELLED_Q_RE.finditer(question), *LETTERED_Q_RE.finditer(question))
    }
    # Who was there or not ("was anybody absent"): the kind of answer asked, which minutes print under
    # headings of their own ("Apologies"), not a topic they must use.
    not_topics |= {m.group(0).casefold() for m in ATTENDANCE_Q_RE.finditer(question)}
    # The word as typed, for the glossary: "SIA" in capitals is an acronym, "sia" may not be.
    typed = {word.casefold(): word for word in re.findall(r"[\w'’-]+", question)}
    for term, word in worded_terms(question):
        if max(commonness(term, word), _participle(word)) >= ABSENT_ZIPF or word.casefold() in not_topics:
            continue
        used = documents_with(term)
        if not used or used & documents or _unsaid(word, documents, documents_with):
            continue
        other_forms = [terms(form) for form in forms(typed.get(word, word))] + [[v] for v in variants(term)]
        if not any(form and all(documents_with(t) & documents for t in form) for form in other_forms):
            absent.append(word)
    return tuple(dict.fromkeys(absent))


def _printed_form(
    term: str, documents: frozenset[str], documents_with: DocumentsWith, variants: Variants
) -> str:
    """The form of a term that `documents` use: the term itself, else the first of the index's other
    forms of it that they use; the term when they use none."""
    if documents_with(term) & documents:
        return term
    return next((v for v in variants(term) if documents_with(v) & documents), term)


def _unsaid(word: str, documents: frozenset[str], documents_with: DocumentsWith) -> bool:
    """Whether a word is another's negation ("uncommitted", "unspent", "non-statutory") that the
    documents state the other way ("committed ... leaving £9,400"): what is left unsaid is asked."""
    rest = _NEGATED_RE.sub("", word.casefold())
    return (
        rest != word.casefold()
        and len(rest) >= _NEGATED_MIN
        and all(documents_with(t) & documents for t in terms(rest))
    )


def _participle(word: str) -> float:
    """How common the word's past participle is in English, were it a verb ("attach": "attached")."""
    lowered = word.casefold()
    return zipf(lowered + "d") if lowered.endswith("e") else zipf(lowered + "ed")


def named_partnerships(
    question: str, records: Mapping[str, DocumentRecord], documents_with: DocumentsWith
) -> tuple[frozenset[str], frozenset[str]]:
    """The partnerships a question names by a word of their own ("Kestrelford", "SCEP", "CORA"), and
    the words naming them by a shortening of the name.

    A word is a partnership's own when no other partnership's name has it and only that
    partnership's documents use it ("safety" or "east" name no one). Allowing a share of other
    partnerships' documents too (half of them) made "safety" Kestrelford's on the evaluation
    archive, and three real-report questions lost their answers.
    """
    names = {r.partnership for r in records.values() if r.partnership}
    if len(names) < 2:
        return frozenset(), frozenset()  # one partnership: no other's documents to answer from by mistake
    asked = set(terms(question))
    words = {name: name_words(name) for name in names}
    short = {name: _shortenings(asked - words[name], name) for name in names}
    named, naming = set(), set()
    found_by: dict[str, set[str]] = {}  # the words of its own each named partnership is named by
    for name in names:
        others = set().union(*(words[o] | short[o] for o in names - {name}))
        own = {d for d, r in records.items() if r.partnership == name}
        candidates = (words[name] & asked | short[name]) - others
        # A shortening must be printed, and by the partnership's own documents only.
        found = {w for w in candidates if _belongs(w, own, documents_with, printed=w in short[name])}
        if found:
            named.add(name)
            found_by[name] = found
            shortened = found & short[name]
            naming |= shortened | {t for t in asked if t[:-1] in shortened}  # "ncps" as asked, too
    # "the Wrenfold CSP ... the Hollowmead Night Marshals": a place's name opening a project's
    # names no partnership, while another is named as one.
    heading = {name for name in named if _opens_names_of_things(question, found_by[name], words[name])}
    if named - heading:
        named -= heading
    return frozenset(named), frozenset(naming)


def _opens_names_of_things(question: str, naming: set[str], own: set[str]) -> bool:
    """Whether each word of the question naming a partnership opens a longer name of capitalised
    words not of the partnership's name ("Hollowmead Night Marshals"; not "Hollowmead CSP")."""
    words = re.findall(r"[\w'’-]+", question)
    uses = [at for at, word in enumerate(words) if set(terms(word)) & naming]
    return bool(uses) and all(_capitalised_after(words, at, own) >= _THING_WORDS for at in uses)


def _capitalised_after(words: Sequence[str], at: int, own: set[str]) -> int:
    if _POSSESSIVE_RE.search(words[at]):
        return 0  # "Hollowmead's Night Marshals": the partnership's own
    count = 0
    for word in words[at + 1 :]:
        if not word[:1].isupper() or is_acronym(word) or set(terms(word)) & own:
            break
        count += 1
    return count


def name_words(name: str) -> set[str]:
    """A partnership name's words and its initials, stemmed ("Safer Cheshire East Partnership": scep)."""
    return set(terms(name)) | {stem("".join(w[0] for w in name.split()).lower())}


_JOINING_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "&"})


def _shortenings(asked: set[str], name: str) -> set[str]:
    """The words that shorten the name, a plural's or possessive's "s" left off ("NCP's"); not
    ordinary words ("cap" could shorten a Crime Action Partnership)."""
    found = set()
    for term in asked:
        if not _shortens(term, name) and term.endswith("s"):
            term = term[:-1]
        if _shortens(term, name) and commonness(term, term) < ABSENT_ZIPF:
            found.add(term)
    return found


def _shortens(term: str, name: str) -> bool:
    """Whether a word could be the name shortened to some of its words' initials, in order, to the
    last word's ("cora" for Calderwick and Ortonbury Crime Reduction Alliance); the place may be
    left off the front ("cdrp" for Drayhurst Crime and Disorder Reduction Partnership)."""
    initials = "".join(w[0] for w in name.casefold().split() if w not in _JOINING_WORDS)
    if len(term) < 3 or not term.isalpha() or term[-1] != initials[-1] or term[0] not in initials[:-1]:
        return False
    rest = iter(initials[initials.index(term[0]) + 1 : -1])
    return all(letter in rest for letter in term[1:-1])


def _belongs(word: str, own: Collection[str], documents_with: DocumentsWith, printed: bool = False) -> bool:
    using = documents_with(word)
    return using <= set(own) and (bool(using) or not printed)


def unknown_names(
    question: str, documents_with: DocumentsWith, forms: Forms, variants: Variants = _no_variants
) -> tuple[str, ...]:
    """The runs of capitalised words ("Inspector Marcus Quill") of which a word is used by no document,
    in no form the glossary or the index has ("Neighbourhood" for a report's "Neighbouring"), and a
    partnership typed in lower case by a place no document uses ("dunmere csp").

    Runs are read as `_capitalised_runs` reads them.
    """

    def known(word: str) -> bool:
        return _known(word, documents_with, forms) or any(variants(t) for t in terms(word))

    runs = [run for _, run in _capitalised_runs(question)]
    unknown = [" ".join(run) for run in runs if not all(known(word) for word in run)]
    for match in _BEFORE_KIND_RE.finditer(question):
        word = match.group(1)
        if commonness(stem(word), word) < ABSENT_ZIPF and not known(word):
            unknown.append(match.group(0))
    return tuple(unknown)


def _capitalised_runs(question: str) -> list[tuple[int, list[str]]]:
    """The runs of capitalised words side by side, each with where it starts, none a sentence's
    first word; none at all in a question with every word capitalised ("WHAT DID ..."), where
    capitals say nothing."""
    if not re.search(r"\b[a-z]", question):
        return []
    runs: list[tuple[int, list[str]]] = []
    end = -1
    for match in _CAPITALISED_RE.finditer(question):
        if _SENTENCE_START_RE.search(question[: match.start()]):
            continue
        if runs and not question[end : match.start()].strip():
            runs[-1][1].append(match.group(0))
        else:
            runs.append((match.start(), [match.group(0)]))
        end = match.end()
    return runs


def _known(word: str, documents_with: DocumentsWith, forms: Forms) -> bool:
    """A word some document uses, itself or in another form the glossary gives ("SIA" for the words)."""
    stems = terms(word)
    if not stems or any(documents_with(t) for t in stems):
        return True
    return any(all(documents_with(t) for t in terms(form)) for form in forms(word) if terms(form))


def not_mentioned(named: Named, question: str, passages: Sequence[Passage], query: str) -> Answer:
    """The decline for a question about names no document uses, or words none of the partnership's
    documents use, saying which, with the closest passages."""
    if named.unknown:
        shown = " or ".join(re.sub(r"['’]s$", "", name) for name in named.unknown)
        text = f"{ABSTAIN_TEXT} No document I have mentions {shown}."
    else:
        shown = " or ".join(f"“{word}”" for word in named.absent)
        text = f"{ABSTAIN_TEXT} No document of {' or '.join(sorted(named.partnerships))} mentions {shown}."
    return Answer(question, text, True, passages=tuple(passages), query=query)
