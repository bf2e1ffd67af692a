"""Text helpers every answerer shares: the words a search counts, and a passage's quotable units."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_EN

from ingest.errors import CspError
from ingest.facts.periods import MONTH_ABBREVIATIONS, MONTHS, month_number
from ingest.parse.blocks import GROUP
from ingest.parse.chunk import BULLET_PREFIX
from ingest.parse.footnotes import NOTE_MARKS
from ingest.text import SCALES, split_sentences

_TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")
# A possessive or plural written with an apostrophe ("P's", "partner's") is one word, as typed without it.
_APOSTROPHE_S_RE = re.compile(r"(?u)(\w)['\u2019]s\b")
# A verb with "n't" is the verb and "not": "won't" is no "won" (stemmed "win"), "doesn't" no "doesn".
_NOT_RE = re.compile(r"(?u)\b(\w+?)n['\u2019]t\b")
_NOT_VERBS = {"wo": "will", "ca": "can", "sha": "shall"}
# Question words carry no topic, and bm25s's English list leaves them in.
STOPWORDS = frozenset(STOPWORDS_EN) | {
    "how",
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "why",
    "much",
    "many",
    "did",
    "does",
    "do",
    "get",
    "got",
    "tell",
    "us",
    "me",
    "our",
    "we",
    "you",
    "about",
    "often",
    # Words typed for emphasis name no topic: "was it really delivered" asks whether it was.
    "actually",
    "really",
    "exactly",
    "basically",
    # Checked before stemming: "its" and "doing" would otherwise count as the words "it" and "do".
    "its",
    "doing",
    # A question word run into "is", typed with its apostrophe or without ("what's", "whats"): the
    # apostrophe is dropped before this check, so each would otherwise count as a word of the topic.
    "whats",
    "whos",
    "wheres",
    "whens",
    "hows",
    "whys",
    "thats",
    "theres",
}


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def stem(word: str) -> str:
    """English Snowball stem of one lower-case word."""
    return str(_stemmer().stemWord(word))


# Irregular past forms the Snowball stemmer leaves alone ("lost" should meet "losing"), and other
# spellings of one word.
IRREGULAR = {
    "lost": "lose",
    "paid": "pay",
    "spent": "spend",
    "gave": "give",
    "given": "give",
    "made": "make",
    "went": "go",
    "gone": "go",
    "took": "take",
    "taken": "take",
    "brought": "bring",
    "bought": "buy",
    "held": "hold",
    "met": "meet",
    "ran": "run",
    "sent": "send",
    "won": "win",
    "told": "tell",
    "found": "find",
    "left": "leave",
    "kept": "keep",
    "began": "begin",
    "begun": "begin",
    "came": "come",
    "saw": "see",
    "seen": "see",
    "chose": "choose",
    "chosen": "choose",
    "led": "lead",
    "set": "set",
    "built": "build",
    "taught": "teach",
    "thought": "think",
    "sought": "seek",
    "fell": "fall",
    "fallen": "fall",
    "stole": "steal",
    "stolen": "steal",
    "grew": "grow",
    "grown": "grow",
    # Titles as lists and minutes abbreviate them: "cllr brand" should meet "Councillor Brand".
    "cllr": "councillor",
    "supt": "superintendent",
    "insp": "inspector",
    "sgt": "sergeant",
    "op": "operation",  # a police operation typed short: "op wagtail" is "Operation Wagtail"
    # Shortenings typed in questions, read as the words they shorten ("incl" for "including").
    "incl": "including",
    "ppl": "people",
    "govt": "government",
    "approx": "approximately",
    "dept": "department",
    "info": "information",
    "yr": "year",
    "yrs": "years",
    "rep": "representative",
    "reps": "representatives",
    "org": "organisation",
    "orgs": "organisations",
    # Months as tables and typed questions shorten them: "14 Feb 2024" is "14 February 2024". Not
    # "mar" (nor "may", which is no shortening), a word too.
    **{short: MONTHS[month_number(short) - 1] for short in MONTH_ABBREVIATIONS.split("|") if short != "mar"},
}


# Words of one family the stemmer keeps apart, each the others' other form: "what is the quorum" is
# answered by "a meeting is quorate when five members are present". A question naming one asks
# about it: the answer says it in one form or another (`answering.narrowing`).
WORD_FAMILIES: dict[str, tuple[str, ...]] = {"quorum": ("quorate",), "quorate": ("quorum",)}


def family_forms(word: str) -> list[str]:
    """The other forms of a word's family, if it has one."""
    return list(WORD_FAMILIES.get(word.casefold(), ()))


def terms(text: str) -> list[str]:
    """Lower-cased, stemmed content words, stopwords dropped: the units BM25 and answer scoring count."""
    return [term for term, _ in worded_terms(text)]


# An amount written with thousands separators, pounds or a multiplier ("£10,000", "10k", "£1.5m"): one
# word, its value, however it is written, so "10k" typed finds "£10,000" printed.
_AMOUNT_RE = re.compile(
    r"£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(k|m|bn)?\b"  # pounds
    r"|\b(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?\s?(k|m|bn)?\b"  # thousands separated
    r"|\b(\d+)(?:\.(\d+))?\s?(k|m|bn)\b"  # a multiplier
)
# A table's mark in brackets ("[c]", "[x]", "[low]"): one word, so "what does [c] mean" finds the note
# saying, where a letter alone would be no word at all.
_MARK_RE = re.compile(r"\[([a-z]{1,3})\]")
# A footnote's mark set on a word ("workshops¹", "crime²") is no part of it.
_NOTE_MARKS = str.maketrans(dict.fromkeys(NOTE_MARKS, " "))
TERMS_CACHE = 50_000  # texts whose words are kept: a few MB, and the units of many questions


def _amount_word(match: re.Match[str]) -> str:
    whole, fraction, multiplier = next(match.groups()[i : i + 3] for i in (0, 3, 6) if match.group(i + 1))
    value = Decimal(f"{whole.replace(',', '')}.{fraction or 0}") * SCALES.get(multiplier or "", 1)
    return f" {value.normalize():f} "


def worded_terms(text: str) -> list[tuple[str, str]]:
    """Each of `terms(text)` with the lower-cased word it was stemmed from."""
    return list(_worded_terms(text))


@lru_cache(maxsize=TERMS_CACHE)
def _worded_terms(text: str) -> tuple[tuple[str, str], ...]:
    """Kept: the same sentences and headings are read for question after question."""
    text = _MARK_RE.sub(r" mark_\1 ", _AMOUNT_RE.sub(_amount_word, text.lower().translate(_NOTE_MARKS)))
    text = _NOT_RE.sub(lambda m: f"{_NOT_VERBS.get(m.group(1), m.group(1))} not", text)
    words = _TOKEN_RE.findall(_APOSTROPHE_S_RE.sub(r"\1s", text))
    return tuple((stem(IRREGULAR.get(w, w)), w) for w in words if w not in STOPWORDS)


# A change typed as a phrasal verb ("go up", "went down") is printed as a word of change.
_PHRASAL_CHANGE_RE = re.compile(r"\b(?:go|goes|going|gone|went)\s+(up|down)\b", re.IGNORECASE)
_CHANGE_WORDS = {"up": "increase rise", "down": "decrease fall"}


# "how often": documents print how often under a heading or with words of their own ("Frequency",
# "times a year").
HOW_OFTEN_RE = re.compile(r"\bhow (?:often|frequently|regularly)\b|\bhow many times (?:a|per|each)\b", re.I)
_FREQUENCY_WORDS = "frequency times a year"


def with_change_words(query: str) -> str:
    """The query with the printed words of a change it asks about as a phrasal verb, or of how often
    it asks about, for retrieval."""
    found = dict.fromkeys(_CHANGE_WORDS[m.group(1).lower()] for m in _PHRASAL_CHANGE_RE.finditer(query))
    if HOW_OFTEN_RE.search(query):
        found[_FREQUENCY_WORDS] = None
    return f"{query} ({'; '.join(found)})" if found else query


def contains_phrase(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether `phrase`, a run of terms, stands in `words` in that order, side by side."""
    size, wanted = len(phrase), tuple(phrase)
    return size > 0 and any(tuple(words[i : i + size]) == wanted for i in range(len(words) - size + 1))


MAX_QUESTION_CHARS = 1000


class QuestionError(CspError):
    """A question that cannot be asked as it is: empty, too long, or not text."""


def gives_number(number: str, text: str) -> bool:
    """Whether a text gives a number standing alone ("7" of "action 7", not "17" or "2.7"; "R6")."""
    return bool(re.search(rf"(?<![\w/.]){re.escape(number)}(?![\w/]|\.\d)", text, re.I))


def clean_question(question: str) -> str:
    """The question with control characters removed, or a `QuestionError` saying why it cannot be asked."""
    if "\x00" in question or _looks_binary(question):
        raise QuestionError("That does not look like text: please ask your question in words.")
    text = " ".join("".join(ch for ch in question if ch.isprintable() or ch.isspace()).split())
    if not text:
        raise QuestionError("The question is empty: please type a question.")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"Questions are limited to {MAX_QUESTION_CHARS:,} characters and this one has {len(text):,}: "
            "please ask about one thing at a time."
        )
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:2000]
    odd = sum(1 for ch in sample if not (ch.isprintable() or ch.isspace()) or ch == "\ufffd")
    return len(sample) > 0 and odd / len(sample) > 0.1


@dataclass(frozen=True)
class TextUnit:
    """A quotable piece of a passage: a sentence of a paragraph, a bullet item, or a table row.

    `text` is what is matched and shown; `quote` is its words as printed on the page; `line` is
    the passage line it comes from; `cells` a row's cells and `header` its table's header cells.
    """

    kind: str  # sentence, bullet, header, row or group (a heading over some of a table's rows)
    text: str
    quote: str
    line: int
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


def passage_lines(text: str, kinds: Sequence[str]) -> list[tuple[str, str]]:
    """(block kind, text) for each line of a passage, the kinds as ingest recorded them."""
    lines = text.split("\n")
    if len(kinds) != len(lines):  # text made without a structure (by hand, or by a model): prose
        kinds = ["para"] * len(lines)
    return list(zip(kinds, lines, strict=True))


def text_units(
    text: str,
    kinds: Sequence[str],
    cells: Sequence[tuple[str, ...]] = (),
    headers: Sequence[tuple[str, ...]] = (),
) -> list[TextUnit]:
    """Every quotable unit of a passage, in reading order.

    A table line's cells and header come from `cells` and `headers` (one entry a line, as ingest
    recorded them); without them a row line is one cell.
    """
    units: list[TextUnit] = []
    lines = passage_lines(text, kinds)
    structured = len(cells) == len(lines) and len(headers) == len(lines)
    if not structured:
        cells, headers = [()] * len(lines), [()] * len(lines)
    for number, (kind, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if kind == "bullet":
            item = stripped.removeprefix(BULLET_PREFIX.strip()).strip()
            units.append(TextUnit("bullet", item, item, number))
        elif kind == GROUP:
            units.append(TextUnit(GROUP, stripped, stripped, number))
        elif kind in ("row", "header"):
            # With the structure stored, a row line without cells is a wrapped cell's next line.
            row = tuple(c.strip() for c in cells[number]) or (() if structured else (stripped,))
            units.append(TextUnit(kind, stripped, stripped, number, row, tuple(headers[number])))
        else:
            units.extend(TextUnit("sentence", s, s, number) for s in split_sentences(stripped))
    return units


def snippet(text: str, limit: int = 160) -> str:
    """The text on one line, cut at a word before `limit` characters, with … when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + "…"


# Not "open" alone: an adjective as often as a verb ("the open grants round").
_START_RE = re.compile(r"\b(?:opens|opened|opening|start|starts|started|starting|begin|begins|began)\b", re.I)
_END_RE = re.compile(
    r"\b(?:close|closes|closed|closing|end|ends|ended|ending|finish(?:es|ed)?|deadline)\b", re.I
)


def span_ends(text: str) -> frozenset[str]:
    """Which ends of a span of time a text speaks of: "start" (opens, begins), "end" (closes, ends)."""
    return frozenset(end for end, pattern in (("start", _START_RE), ("end", _END_RE)) if pattern.search(text))
