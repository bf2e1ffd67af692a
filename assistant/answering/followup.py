"""Make a follow-up question stand alone by carrying over what the conversation was about.

This is the rewrite used without a generative model: "and how much did it get?" after a question
about the Knife Angel becomes a query about the Knife Angel's funding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.text import STOPWORDS

Turn = tuple[str, str]
"""(user question, assistant answer) of one earlier exchange."""

_FOLLOW_UP_RE = re.compile(
    r"^(and|but|also|so|what about|how about|and what|what else)\b|\b(it|its|it's|they|them|their|this|that|"
    r"these|those|he|she|his|her|there|then)\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"(?u)\b\w[\w'-]*\b")


def is_follow_up(question: str) -> bool:
    """Whether a question leans on the conversation: opens with 'and', or points back with a pronoun."""
    content = [w for w in _WORD_RE.findall(question.lower()) if w not in STOPWORDS]
    return bool(_FOLLOW_UP_RE.search(question)) or len(content) <= 1


def standalone_query(question: str, history: Sequence[Turn]) -> str:
    """The question, plus the topic words of the last earlier question when it is a follow-up."""
    if not history or not is_follow_up(question):
        return question
    previous = history[-1][0]
    carried = [w for w in _WORD_RE.findall(previous) if w.lower() not in STOPWORDS]
    return f"{question} ({' '.join(carried)})" if carried else question
