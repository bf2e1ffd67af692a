"""A list under a lead-in ending with ":" whose items are not bullets of the lead-in's own chunk:
"Examples include:" with one plain paragraph an item, or "During 2022-23 the following sub-groups
have been established:" with the sub-groups as bullets, or as sections, in the chunks after it. Or
a lead-in announcing how many things there are ("Production of 5 short videos"), followed by them.
For a question not worded as a list question, a lead-in chosen brings its list as well, its own
chunk's bullets included (`led_in`).

Quoting the lead-in alone answers nothing; the list is read from the structure ingest kept (each
line's block kind, the next chunks' block kinds, the heading trails of the chunks that follow),
never from characters. Each part of the list cites the page it is printed on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answering.units import Unit
from assistant.text import passage_lines, terms, text_units
from assistant.types import Passage
from ingest.parse.chunk import BULLET_PREFIX
from ingest.text import split_sentences

Following = Callable[[str, int], list[Passage]]  # the chunks after a chunk in its document, in order
FOLLOWING = 8  # chunks read past the lead-in at most
# A lead-in of so few words ("Examples include:") says what it lists only with the sentence before it.
SHORT_LEAD_WORDS = 4

_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# A count of things announced: "5 short videos", "three workshops" (a word or two may describe them).
_COUNT_RE = re.compile(rf"\b(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)}) (?:[\w-]+ ){{0,2}}?([\w-]+s)\b", re.I)
# Items of a list a line holds between commas or semicolons ("Message to perpetrators, Keeping women safe").
_ITEM_SPLIT_RE = re.compile(r"\s*[,;]\s*(?:and\s+)?")
# An announced item is a short phrase: a longer line is the next piece of text, not an item.
MAX_ITEM_WORDS = 8

Group = tuple[Passage, tuple[str, ...]]  # a list's items printed in one passage (so on one page)


@dataclass(frozen=True)
class LeadList:
    """A lead-in, its label (the lead-in, after the sentence before it when short) and its items,
    grouped by the passage printing them; `labels` are the label's sentences as printed."""

    lead: Unit
    labels: tuple[str, ...]
    groups: tuple[Group, ...]

    @property
    def label(self) -> str:
        return " ".join(self.labels)

    def unit(self) -> Unit:
        """The whole list as one unit of the lead-in's passage, to be scored against the rest."""
        items = tuple(item for _, group in self.groups for item in group)
        quote = "\n".join((*self.labels, *items))
        return Unit(self.lead.passage, "list", self.label, quote, self.lead.position, items, self.lead.line)


def lead_lists(passage: Passage, units: Sequence[Unit], following: Following | None) -> list[LeadList]:
    """Every list of two items or more under a lead-in of the passage (`units`: its sentences)."""
    found = []
    for at, unit in enumerate(units):
        if not announces(unit):
            continue
        if at + 1 < len(units) and units[at + 1].line == unit.line:
            continue  # more of its paragraph follows: no lead-in
        groups = _items_after(passage, unit.line, following)
        if sum(len(items) for _, items in groups) < 2:
            continue
        before = units[at - 1] if at else None
        short = len(unit.text.split()) <= SHORT_LEAD_WORDS
        labels = (
            (before.text, unit.text) if short and before and before.line >= unit.line - 1 else (unit.text,)
        )
        found.append(LeadList(unit, labels, tuple(groups)))
    return found


def expand(lead_list: LeadList, passages: Sequence[Passage]) -> tuple[list[Unit], list[Passage]]:
    """The label on the lead-in's page, then the list as one unit per passage it is printed in,
    with the passages they quote added."""
    lead, extended = lead_list.lead, list(passages)
    label = Unit(
        lead.passage, "sentence", lead_list.label, "\n".join(lead_list.labels), lead.position, line=lead.line
    )
    units = [label]
    for source, items in lead_list.groups:
        index = lead.passage if source.chunk_id == passages[lead.passage].chunk_id else len(extended)
        if index == len(extended):
            extended.append(source)
        units.append(Unit(index, "list", "", "\n".join(items), 0, items))
    return units, extended


def announces(unit: Unit) -> bool:
    """A sentence ending in a colon ("They include:", "highlighted below:-") announces what follows."""
    return unit.kind == "sentence" and unit.text.rstrip(" -–—").endswith(":")


def led_in(
    chosen: Sequence[Unit], passages: Sequence[Passage], following: Following | None
) -> tuple[list[Unit], list[Passage]] | None:
    """For a question of any kind, the lead-in chosen and what it announces: the bullets under it,
    running on into the chunks after it under its heading, or else the list `continued_list` reads.
    Quoting a lead-in alone answers nothing. None when the best unit announces no list."""
    lead = chosen[0] if chosen else None
    if lead is None or not announces(lead):
        return None
    passage = passages[lead.passage]
    items, to_end = _bullet_run(passage, lead.line + 1)
    groups = [(passage, items)] if items else []
    after = following(passage.chunk_id, FOLLOWING) if following is not None and to_end else []
    for chunk in after:
        more, to_end = _bullet_run(chunk, 0) if chunk.heading == passage.heading else ((), False)
        groups += [(chunk, more)] if more else []
        if not more or not to_end:
            break
    if sum(len(items) for _, items in groups) < 2:
        return continued_list(chosen, passages, following)
    return expand(LeadList(lead, (lead.text,), tuple(groups)), passages)


def continued_list(
    chosen: Sequence[Unit], passages: Sequence[Passage], following: Following | None
) -> tuple[list[Unit], list[Passage]] | None:
    """The lead-in chosen and the list after it; None when the best unit is no lead-in whose list
    lies outside the passage's own bullets."""
    lead = chosen[0] if chosen else None
    if following is None or lead is None or not announces(lead):
        return None
    groups = _items_after(passages[lead.passage], lead.line, following)
    if sum(len(items) for _, items in groups) < 2:
        return None
    return expand(LeadList(lead, (lead.text,), tuple(groups)), passages)


def announced_list(
    chosen: Sequence[Unit], passages: Sequence[Passage], following: Following | None, question: str
) -> tuple[list[Unit], list[Passage]] | None:
    """The best unit announcing N things the question names ("Production of 5 short videos" for
    "what were the videos about") and the N items after it, whatever their layout: one a line, or
    several to a line between commas; None when no such count leads or fewer items follow."""
    lead = chosen[0] if chosen else None
    if lead is None or lead.kind not in ("sentence", "bullet") or ":" in lead.text:
        return None  # a lead-in with a colon holds its items, or is a lead-in `continued_list` reads
    asked = set(terms(question))
    counts = [_count(m.group(1)) for m in _COUNT_RE.finditer(lead.text) if set(terms(m.group(2))) <= asked]
    if not counts or counts[0] < 2:
        return None
    wanted, first = counts[0], passages[lead.passage]
    after = following(first.chunk_id, FOLLOWING) if following is not None else []
    groups: list[Group] = []
    found = 0
    for at, source in enumerate([first, *(p for p in after if p.heading == first.heading)]):
        start = lead.line + 1 if at == 0 else 0
        items, read = _short_items(source, start, wanted - found)
        groups += [(source, items)] if items else []
        found += len(items)
        if found >= wanted or start + read < len(passage_lines(source.text, source.kinds)):
            break  # all are read, or a line that is no item ends them inside this passage
    if found < wanted:
        return None
    return expand(LeadList(lead, (lead.text,), tuple(groups)), passages)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS.index(word.casefold()) + 2


def _short_items(passage: Passage, start: int, wanted: int) -> tuple[tuple[str, ...], int]:
    """Short items from line `start` on, until `wanted` are read or a line holds none, with the
    lines read: a line of short phrases between commas gives each, a short bullet or paragraph itself."""
    items: list[str] = []
    lines = passage_lines(passage.text, passage.kinds)[start:]
    for read, (kind, line) in enumerate(lines):
        text = line.strip().removeprefix(BULLET_PREFIX.strip()).strip(" .")
        parts = [part for part in _ITEM_SPLIT_RE.split(text) if part]
        if kind not in ("bullet", "para") or not parts or any(len(p.split()) > MAX_ITEM_WORDS for p in parts):
            return tuple(items), read
        items += parts
        if len(items) >= wanted:
            return tuple(items), read + 1
    return tuple(items), len(lines)


def _items_after(passage: Passage, line: int, following: Following | None) -> list[Group]:
    """The items after a lead-in on `line`: paragraphs of its passage, or else the bullets,
    paragraphs or sections of the chunks after it. Bullets of its own passage are its list units."""
    rest = passage_lines(passage.text, passage.kinds)[line + 1 :]
    if rest and rest[0][0] != "para":
        return []
    own = _paragraphs(passage, line + 1)
    if len(own) < len(rest):  # the paragraphs end inside the passage: so does the list
        return [(passage, own)] if own else []
    after = following(passage.chunk_id, FOLLOWING) if following is not None else []
    if own:
        return [(passage, own), *_paragraph_chunks(passage, after)]
    return _bullets(after[:1]) or _paragraph_chunks(passage, after) or _sections(passage.heading, after)


def _paragraphs(passage: Passage, start: int) -> tuple[str, ...]:
    """The first sentence of each paragraph line from `start` on, up to a line of another kind or
    another lead-in: one item a paragraph."""
    items = []
    for kind, line in passage_lines(passage.text, passage.kinds)[start:]:
        sentences = split_sentences(line.strip())
        if kind != "para" or not sentences or line.rstrip().endswith(":"):
            break
        items.append(sentences[0])
    return tuple(items)


def _paragraph_chunks(passage: Passage, after: Sequence[Passage]) -> list[Group]:
    """Paragraph items running on in the chunks after, under the same heading, up to a line of
    another kind."""
    groups: list[Group] = []
    for chunk in after:
        if chunk.heading != passage.heading:
            break
        items = _paragraphs(chunk, 0)
        if items:
            groups.append((chunk, items))
        if len(items) < len(chunk.text.split("\n")):
            break
    return groups


def _bullets(after: Sequence[Passage]) -> list[Group]:
    """The bullet items the next chunk opens with."""
    items = _bullet_run(after[0], 0)[0] if after else ()
    return [(after[0], items)] if items else []


def _bullet_run(passage: Passage, start: int) -> tuple[tuple[str, ...], bool]:
    """The bullet items from line `start` on, up to a line of another kind, and whether they run
    to the passage's end (so may go on in the next chunk)."""
    items: list[str] = []
    for unit in text_units(passage.text, passage.kinds):
        if unit.line < start:
            continue
        if unit.kind != "bullet":
            return tuple(items), False
        items.append(unit.text)
    return tuple(items), True


def _sections(parent: str, after: Sequence[Passage]) -> list[Group]:
    """The headings of the sections that follow, one level under the lead-in's own heading."""
    groups: list[Group] = []
    seen: set[str] = set()
    for passage in after:
        if not parent or not passage.heading.startswith(f"{parent} > "):
            break
        child = passage.heading.removeprefix(f"{parent} > ").split(" > ")[0]
        if child in seen or passage.heading_page != passage.page:
            continue  # quoted from the page its heading is printed on, once
        seen.add(child)
        groups.append((passage, (child,)))
    return groups
