"""Numbered list items: the label that opens one ("1.", "b)", "(ii)") and the number it counts as."""

from __future__ import annotations

import re

# A numbered item ("1.  Domestic abuse", "b) Cybercrime", "(ii) ..."): a list item only where a list
# is under way, after a lead-in ending with a colon or another item; elsewhere it is a numbered
# heading or paragraph ("2. Priorities for 2022-23").
NUMBERED_RE = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(?=\S)")

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def item_values(label: str) -> set[int]:
    """What a list item's label counts as: "3." 3; "b)" 2; "(ii)" 2; "i." 1 or 9 (a letter or roman)."""
    core = label.strip().strip("().")
    if core.isdigit():
        return {int(core)}
    values = {_ROMAN[core]} if core in _ROMAN else set()
    return values | ({ord(core) - ord("a") + 1} if len(core) == 1 else set())


def lettered(label: str) -> bool:
    """Whether a list item's label is a letter or a roman number ("(b)", "iii."), not a figure ("2.")."""
    return not label.strip().strip("().").isdigit()
