"""Find the priorities a document sets: a heading or sentence about priorities, then a bulleted list;
or one sentence naming them ("For 2021/22 the Board worked to three priorities: A, B and C.")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.facts.periods import financial_year
from ingest.parse.blocks import CleanPage
from ingest.text import split_sentences

_PRIORITY_RE = re.compile(r"\bpriorit(y|ies)\b", re.IGNORECASE)
_CONTENTS_RE = re.compile(r"\t\d+$")
# A sentence naming its priorities after a colon: the list is the rest. ("Our priorities were set with
# partners, who ..." names none: without the colon, a list cannot be told from a clause.)
_NAMING_RE = re.compile(r"\bpriorities\b[^:.]*:\s*(?P<items>[^:]+?)\.?$", re.I)
# ... or after "priorities (for <year>) were/are", when semicolons set the items apart: "Our
# priorities for 2024-25 were A; B; C; and D." (a clause after "were" has no semicolons).
_STATING_RE = re.compile(
    r"\bpriorities(?:\s+for\s+\S+)?\s+(?:are|were|will be|remain(?:ed)?)\s+(?P<items>[^:]+;[^:]+?)\.?$", re.I
)
# An enumerated item's mark, "(1)", "(ii)", "a)"; and a clause after the last item that is no item
# ("...; and (4) anti-social behaviour; and that acquisitive crime is no longer a priority").
_ENUMERATOR_RE = re.compile(r"^\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s*", re.I)
_TRAILING_CLAUSE_RE = re.compile(r"[;,]\s*(?:and\s+)?that\b.*$", re.I)
_ITEM_SPLIT_RE = re.compile(r"\s*;\s*(?:and\s+)?|\s*,\s*(?:and\s+)?|\s+and\s+(?=[^,;]+$)")
# Items set apart by semicolons keep their own commas and "and"s ("serious violence, including knife crime").
_SEMICOLON_SPLIT_RE = re.compile(r"\s*;\s*(?:and\s+)?")
MAX_NAMED_WORDS = 8  # a priority named in a sentence is a short phrase; a longer piece is prose


@dataclass(frozen=True)
class Priority:
    """One priority: its short name, the whole item as printed, and where it is printed."""

    name: str
    text: str
    page: int


@dataclass(frozen=True)
class PrioritySet:
    """The priorities one document sets for a period, under the heading that introduces them."""

    document: str
    period: str
    heading: str
    page: int
    priorities: tuple[Priority, ...]


def priority_name(item: str) -> str:
    """An item's short name: "Exploitation of adults and children (The manipulation ...)" -> its
    first words, before any bracket, dash or colon that starts an explanation."""
    name = re.split(r"\s+\(|\s+[-–:]\s+|:\s", item, maxsplit=1)[0].strip(" .;,")
    return name or item


def extract_priorities(document: str, pages: Sequence[CleanPage], period: str = "") -> list[PrioritySet]:
    """Each list of two or more bullets introduced by a heading or sentence naming priorities."""
    found: list[PrioritySet] = []
    for page in pages:
        blocks = page.blocks
        for i, block in enumerate(blocks):
            if block.kind not in ("heading", "para") or not _PRIORITY_RE.search(block.text):
                continue
            if block.kind == "para" and not block.text.endswith(":"):
                found.extend(_named_in_sentences(document, block.text, page.number, period))
                continue  # a paragraph only introduces a list when it ends with a colon
            if _CONTENTS_RE.search(block.text):
                continue
            items = []
            for following in blocks[i + 1 :]:
                if following.kind != "bullet":
                    break
                items.append(Priority(priority_name(following.text), following.text, page.number))
            if len(items) < 2:
                continue
            found.append(
                PrioritySet(
                    document=document,
                    period=financial_year(block.text, period),
                    heading=block.text,
                    page=page.number,
                    priorities=tuple(items),
                )
            )
    return found


def _named_in_sentences(document: str, text: str, page: int, period: str) -> list[PrioritySet]:
    """The priorities a paragraph's sentences name in a list of short phrases, one set a sentence."""
    found = []
    for sentence in split_sentences(text):
        match = _NAMING_RE.search(sentence) or _STATING_RE.search(sentence)
        if not match:
            continue
        named = _TRAILING_CLAUSE_RE.sub("", match.group("items"))
        split = _SEMICOLON_SPLIT_RE if ";" in named else _ITEM_SPLIT_RE
        items = [_ENUMERATOR_RE.sub("", i.strip(" .")) for i in split.split(named) if i.strip(" .")]
        if len(items) < 2 or any(len(i.split()) > MAX_NAMED_WORDS for i in items):
            continue
        listed = tuple(Priority(priority_name(i), i, page) for i in items)
        found.append(PrioritySet(document, financial_year(sentence, period), sentence, page, listed))
    return found
