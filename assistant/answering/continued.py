"""A list under a lead-in ending with ":" whose items are not bullets of the lead-in's own chunk:
"Examples include:" with one plain paragraph an item, or "During 2022-23 the following sub-groups
have been established:" with the sub-groups as bullets, or as sections, in the chunks after it.

Quoting the lead-in alone answers nothing; the list is read from the structure ingest kept (each
line's block kind, the next chunks' block kinds, the heading trails of the chunks that follow),
never from characters. Each part of the list cites the page it is printed on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answering.units import Unit
from assistant.text import passage_lines, text_units
from assistant.types import Passage
from ingest.text import split_sentences

Following = Callable[[str, int], list[Passage]]  # the chunks after a chunk in its document, in order
FOLLOWING = 8  # chunks read past the lead-in at most
# A lead-in of so few words ("Examples include:") says what it lists only with the sentence before it.
SHORT_LEAD_WORDS = 4

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
        if unit.kind != "sentence" or not unit.text.endswith(":"):
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


def continued_list(
    chosen: Sequence[Unit], passages: Sequence[Passage], following: Following | None
) -> tuple[list[Unit], list[Passage]] | None:
    """The lead-in chosen and the list after it; None when the best unit is no lead-in whose list
    lies outside the passage's own bullets."""
    lead = chosen[0] if chosen else None
    if following is None or lead is None or lead.kind != "sentence" or not lead.text.endswith(":"):
        return None
    groups = _items_after(passages[lead.passage], lead.line, following)
    if sum(len(items) for _, items in groups) < 2:
        return None
    return expand(LeadList(lead, (lead.text,), tuple(groups)), passages)


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
    if not after:
        return []
    items = []
    for unit in text_units(after[0].text, after[0].kinds):
        if unit.kind != "bullet":
            break
        items.append(unit.text)
    return [(after[0], tuple(items))] if items else []


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
