"""A list under a lead-in that ends its chunk: "During 2022-23 the following sub-groups have been
established:" with the sub-groups in the chunks after it, as bullets or as sections of their own.

Quoting the lead-in alone answers nothing; the list is read from the structure ingest kept (the
next chunk's block kinds, the heading trails of the chunks that follow), never from characters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.answering.units import Unit
from assistant.text import text_units
from assistant.types import Passage

Following = Callable[[str, int], list[Passage]]  # the chunks after a chunk in its document, in order
FOLLOWING = 8  # chunks read past the lead-in at most


def continued_list(
    chosen: Sequence[Unit], passages: Sequence[Passage], following: Following | None
) -> tuple[list[Unit], list[Passage]] | None:
    """The lead-in and the list after it (one list unit per page it is printed on), with the
    passages they quote added; None when the best unit is no lead-in ending its passage."""
    lead = chosen[0] if chosen else None
    if following is None or lead is None or lead.kind != "sentence" or not lead.text.endswith(":"):
        return None
    passage = passages[lead.passage]
    if lead.line != passage.text.count("\n"):
        return None  # the list is in the same passage: the list units already hold it
    after = following(passage.chunk_id, FOLLOWING)
    groups = _bullets(after[:1]) or _sections(passage.heading, after)
    if sum(len(items) for _, items in groups) < 2:
        return None
    units, extended = [lead], list(passages)
    for source, items in groups:
        extended.append(source)
        units.append(Unit(len(extended) - 1, "list", "", "\n".join(items), 0, tuple(items)))
    return units, extended


def _bullets(after: Sequence[Passage]) -> list[tuple[Passage, list[str]]]:
    """The bullet items the next chunk opens with."""
    if not after:
        return []
    items = []
    for unit in text_units(after[0].text, after[0].kinds):
        if unit.kind != "bullet":
            break
        items.append(unit.text)
    return [(after[0], items)] if items else []


def _sections(parent: str, after: Sequence[Passage]) -> list[tuple[Passage, list[str]]]:
    """The headings of the sections that follow, one level under the lead-in's own heading."""
    groups: list[tuple[Passage, list[str]]] = []
    seen: set[str] = set()
    for passage in after:
        if not parent or not passage.heading.startswith(f"{parent} > "):
            break
        child = passage.heading.removeprefix(f"{parent} > ").split(" > ")[0]
        if child in seen or passage.heading_page != passage.page:
            continue  # quoted from the page its heading is printed on, once
        seen.add(child)
        groups.append((passage, [child]))
    return groups
