"""Word-level helpers shared by BM25 retrieval and the extractive answerer."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_EN

_TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")
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
}


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def stem(word: str) -> str:
    """English Snowball stem of one lower-case word."""
    return str(_stemmer().stemWord(word))


# Irregular past forms the Snowball stemmer leaves alone: "lost" should meet "losing".
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
}


def terms(text: str) -> list[str]:
    """Lower-cased, stemmed content words, stopwords dropped: the units BM25 and answer scoring count."""
    return [stem(IRREGULAR.get(w, w)) for w in _TOKEN_RE.findall(text.lower()) if w not in STOPWORDS]


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace to one space: quotes are compared with pages this way."""
    return " ".join(text.split())
