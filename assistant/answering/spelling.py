"""Words typed with a slip ("priorites", "partnersip", "macclesfeild") read as the word they nearly are.

A question word is read as another only when all of these hold:
- the index never uses it, so as typed it can match nothing;
- English rarely uses it either (below SLIP_ZIPF on wordfreq's scale): a real word the documents
  lack ("hate", "receive") is a word to decline on, not a slip to correct;
- it is typed in lower case: a capitalised word may be a name, and a name is never guessed at;
- one edit (a letter added, dropped, changed, or two swapped) makes a word whose stem the index uses;
  of several, the one used in most chunks, and of those the commonest in English.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answering.specific import zipf
from assistant.answering.weights import SLIP_MIN_LETTERS, SLIP_ZIPF
from assistant.text import STOPWORDS, stem

Frequency = Callable[[str], int]  # in how many chunks the index uses a stemmed term
_WORD_RE = re.compile(r"\b[a-z]+\b")


@dataclass(frozen=True)
class Slip:
    """A word as typed and the word it is read as."""

    typed: str
    read_as: str

    def note(self) -> str:
        return f"Read “{self.typed}” as “{self.read_as}”."


def read_slips(question: str, frequency: Frequency) -> tuple[str, tuple[Slip, ...]]:
    """The question with its slips corrected, and the slips."""
    slips: dict[str, Slip] = {}
    for word in dict.fromkeys(_WORD_RE.findall(question)):
        if len(word) >= SLIP_MIN_LETTERS and word not in STOPWORDS and not frequency(stem(word)):
            read_as = _nearest(word, frequency)
            if read_as:
                slips[word] = Slip(word, read_as)
    if not slips:
        return question, ()
    fixed = _WORD_RE.sub(lambda m: slips[m.group(0)].read_as if m.group(0) in slips else m.group(0), question)
    return fixed, tuple(slips.values())


def _nearest(word: str, frequency: Frequency) -> str:
    """The word one edit away whose stem most chunks use, or "" (none, or `word` is English)."""
    if zipf(word) >= SLIP_ZIPF:
        return ""
    used = [(frequency(stem(w)), w) for w in sorted(_edits(word))]
    # Edits sharing a stem ("assessent", "assessment") tie on chunks: the English word is shown.
    best = max(((n, w) for n, w in used if n), default=(0, ""), key=lambda nw: (nw[0], zipf(nw[1])))
    return best[1]


def _edits(word: str) -> set[str]:
    """Every string one edit from `word` (Norvig's spelling corrector)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in string.ascii_lowercase}
    inserts = {a + c + b for a, b in splits for c in string.ascii_lowercase}
    return (deletes | swaps | changes | inserts) - {word}
