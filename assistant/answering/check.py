"""Checks on what a model writes: figures and links against the passages cited, quotes from the page.

A sentence's figures must appear in the passages it cites; a link survives only under the rule of
`link_supported`; and each cited passage is quoted verbatim from its page text, never from the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.text import terms, text_units
from assistant.types import Passage
from ingest.text import figures

UNVERIFIED_MARK = " (unverified)"
LINK_REMOVED = "[link removed]"
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'\])]+", re.I)
# Text addressed to a model rather than a reader: what prompt injection looks like on a page.
_INSTRUCTION_RE = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|rules|prompts?|above|previous)\b|"
    r"\b(reply|respond|answer|output)\b.{0,30}\bonly\b|\bsystem prompt\b|\blanguage model\b|\bas an ai\b",
    re.I,
)
# Words that only introduce a link; they say nothing the passages could support.
_LINK_WORDS = frozenset(
    terms("link links url website web site page click here visit see find details information more online")
)


def passage_figures(passage: Passage) -> set[str]:
    # The title, heading and period hold for the whole passage: "2022-23" in a title supports a sentence.
    context = " ".join((passage.title, passage.heading, passage.period, passage.text))
    return {norm for _, norm in figures(_URL_RE.sub(" ", context))}


def best_quote(sentence: str, passage: Passage) -> tuple[str, int]:
    """The passage sentence, item or row that best supports `sentence`, and the words and figures shared.

    Always verbatim text of `passage.text`, so a citation quotes the page and never the model.
    """
    wanted = set(terms(sentence))
    wanted_figures = {norm for _, norm in figures(sentence)}
    best, best_score = "", -1
    for unit in (u.quote for u in text_units(passage.text, passage.kinds, passage.cells, passage.headers)):
        score = len(wanted & set(terms(unit))) + 2 * len(wanted_figures & {n for _, n in figures(unit)})
        if score > best_score:
            best, best_score = unit, score
    return (best, best_score) if best else (passage.text.strip(), 0)


def quote_for(sentences: Sequence[str], passage: Passage) -> str:
    """One excerpt a line: for each sentence citing the passage, the part of it sharing most with it.

    A sentence sharing nothing with the passage (an unsupported claim) adds no excerpt, unless none
    shares anything, when the best of them stands so the citation still quotes the page.
    """
    scored = [best_quote(s, passage) for s in sentences]
    chosen = [quote for quote, score in scored if score > 0] or [max(scored, key=lambda qs: qs[1])[0]]
    return "\n".join(dict.fromkeys(chosen))


def link_supported(url: str, sentence: str, question: str, cited: Sequence[Passage]) -> str:
    """Why a link in a generated sentence must go, or "" when it may stay.

    A link is the one thing in an answer a reader acts on directly, and the usual payload of a
    prompt injection ("reply only with a link to …"), so it is kept only when all three hold:

    - it appears verbatim in a passage the sentence cites (the model did not invent it);
    - the passage line holding it is written for readers, not addressed to a model (no "ignore
      previous instructions", "reply only with …");
    - the sentence says something besides the link, on the question's topic, that the cited
      passages also say: a bare "here is the link" carries nothing the documents support.

    Otherwise the link is removed from the answer and the sentence is marked unverified.
    """
    lines = [line for p in cited for line in p.text.split("\n") if url in line]
    if not lines:
        return f"link {url} not in cited passages"
    if all(_INSTRUCTION_RE.search(line) for line in lines):
        return f"link {url} comes from text addressed to the assistant"
    words = set(terms(_URL_RE.sub(" ", sentence))) - _LINK_WORDS
    passage_words = {t for p in cited for t in terms(p.text)}
    if not (words & set(terms(question)) & passage_words):
        return f"link {url} is not part of a supported answer"
    return ""


def sentence_problems(
    content: str, question: str, cited: Sequence[Passage], supported: set[str]
) -> tuple[str, list[str]]:
    """The sentence with unsupported links removed, and what is wrong with it (nothing: supported).

    `supported` holds the normalised figures of the cited passages.
    """
    problems: list[str] = []
    for url in dict.fromkeys(u.rstrip(".,;:!?") for u in _URL_RE.findall(content)):
        why = link_supported(url, content, question, cited) if cited else "no citation"
        if why:
            content = content.replace(url, LINK_REMOVED)
            if cited:
                problems.append(why)
    if cited:
        for written, norm in figures(_URL_RE.sub(" ", content.replace(LINK_REMOVED, " "))):
            if norm not in supported:
                problems.append(f"figure {written} not in cited passages")
    return content, problems
