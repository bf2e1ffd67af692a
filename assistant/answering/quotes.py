"""Check that a quote is text of its page: verbatim up to whitespace, bullet glyphs and dot leaders aside.

Every answer's citations are checked this way before it is given (`drop_unquoted`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import replace

from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Citation
from ingest.parse.clean import BULLET_GLYPHS, unleadered
from ingest.parse.hung import without_owners

log = logging.getLogger(__name__)

_GLYPHS = str.maketrans({glyph: " " for glyph in BULLET_GLYPHS})


def comparable(text: str) -> str:
    """Page or quote text with bullet glyphs and dot leaders dropped and whitespace collapsed."""
    return " ".join(unleadered(text).translate(_GLYPHS).split())


def quote_on_page(quote: str, page_text: str) -> bool:
    """True when every line of the quote (each an excerpt) appears on the page as written, or as a
    numbered paragraph reads it, an action column's initials beside its lines left out."""
    page = comparable(page_text)
    excerpts = [comparable(line) for line in quote.split("\n")]
    if all(excerpt and excerpt in page for excerpt in excerpts):
        return True
    owned = comparable(without_owners(page_text))  # only where the page as written lacks an excerpt
    return all(excerpt and (excerpt in page or excerpt in owned) for excerpt in excerpts)


def drop_unquoted(answer: Answer, page_texts: Mapping[tuple[str, int], str]) -> Answer:
    """The answer without the citations whose quote is not on their page; each one dropped is logged.

    The rest are renumbered 1, 2, ... in the text and its sentences; a sentence left with no
    citation is marked unverified, and an answer left with none declines to answer.
    """
    kept = [c for c in answer.citations if _on_page(c, page_texts)]
    if len(kept) == len(answer.citations):
        return answer
    for c in answer.citations:
        if c not in kept:
            log.warning(
                "dropped citation [%d]: quote not on %s p. %d: %r", c.number, c.document, c.page, c.quote
            )
    if not kept:
        return replace(answer, text=ABSTAIN_TEXT, abstained=True, citations=(), sentences=())
    numbers = {c.number: new for new, c in enumerate(kept, start=1)}

    def renumber(match: re.Match[str]) -> str:
        number = numbers.get(int(match.group(1)))
        return f"[{number}]" if number else ""

    text = re.sub(r"\[(\d+)\]", renumber, answer.text)
    text = re.sub(r"[ \t]+(?=[.,;:!?\n]|$)", "", re.sub(r"[ \t]{2,}", " ", text))  # where markers went
    sentences = tuple(_renumbered(s, numbers) for s in answer.sentences)
    citations = tuple(replace(c, number=numbers[c.number]) for c in kept)
    return replace(answer, text=text, citations=citations, sentences=sentences)


def _on_page(citation: Citation, page_texts: Mapping[tuple[str, int], str]) -> bool:
    page = page_texts.get((citation.document, citation.page))
    return page is not None and quote_on_page(citation.quote, page)


def _renumbered(sentence: CheckedSentence, numbers: Mapping[int, int]) -> CheckedSentence:
    cited = tuple(numbers[n] for n in sentence.citations if n in numbers)
    if cited == sentence.citations:
        return sentence
    if not cited:
        return replace(sentence, citations=(), verified=False, reason="quote not found on its page")
    return replace(sentence, citations=cited)
