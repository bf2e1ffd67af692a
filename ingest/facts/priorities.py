"""Find the priorities a document sets: a heading or sentence about priorities, then a bulleted list."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.facts.periods import financial_year
from ingest.parse.clean import CleanPage

_PRIORITY_RE = re.compile(r"\bpriorit(y|ies)\b", re.IGNORECASE)
_CONTENTS_RE = re.compile(r"\t\d+$")


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
            if _CONTENTS_RE.search(block.text) or (block.kind == "para" and not block.text.endswith(":")):
                continue  # a paragraph only introduces a list when it ends with a colon
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
