"""How much a question's word says about what is asked, beside how rarely the documents use it.

A partnership's documents rarely use everyday words such as "help", "go", "way" or "put", so by
inverse document frequency alone they weigh as much as "sculpture" or "football", and an answer
worded differently ("supported", "went to") loses coverage for not repeating them. A word's
frequency in general English (wordfreq's Zipf scale: 7 is "the", 3 a once-a-million word) tells the
two apart: everyday words keep only part of their weight, in answer scoring and in retrieval's
word ranking alike.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.answering.weights import EVERYDAY_WEIGHT, EVERYDAY_ZIPF, SPECIFIC_ZIPF
from assistant.text import worded_terms


def specific_weights(text: str) -> dict[str, float]:
    """Each term of `text` with the share of its weight it keeps (1.0 for a specific word).

    The stem is looked up beside the word typed (`commonness`), so a contraction or misspelling of
    an everyday word ("whats", stemmed "what") counts as the everyday word.
    """
    shares: dict[str, float] = {}
    for term, word in worded_terms(text):
        # A figure ("2024", the "000" of "1,000") is as specific as the documents make it, whatever
        # English's count of it says (dev page hit@1 200 -> 201 with it; answers the same).
        share = 1.0 if any(c.isdigit() for c in word) else _share(commonness(term, word))
        shares[term] = min(shares.get(term, 1.0), share)
    return shares


def commonness(term: str, word: str) -> float:
    """How common a question word is in English: the word as typed or its stem, the commoner."""
    return max(zipf(word), zipf(term))


def _share(zipf: float) -> float:
    """1.0 up to SPECIFIC_ZIPF, falling linearly to EVERYDAY_WEIGHT at EVERYDAY_ZIPF and beyond."""
    if zipf <= SPECIFIC_ZIPF:
        return 1.0
    falling = min(1.0, (zipf - SPECIFIC_ZIPF) / (EVERYDAY_ZIPF - SPECIFIC_ZIPF))
    return 1.0 - (1.0 - EVERYDAY_WEIGHT) * falling


@lru_cache(maxsize=8192)
def zipf(word: str) -> float:
    """How common a word is in English, on wordfreq's Zipf scale: 0 below 3 (a word in a million).

    wordfreq's small list holds every word at 3 or more, all that the thresholds here look at,
    in half the memory of its full list.
    """
    # Imported on first use: loading the word list takes a tenth of a second, paid by the first question.
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en", wordlist="small"))
