"""Who came to a meeting: the lists that open a set of minutes.

"Present: ...", "Members present:", "Attendees:", "In attendance:", "Also present:", "Officer:",
"Apologies:" / "Apologies from ...", "Minutes:" / "Clerk:"; each list's items are split at semicolons
(at commas when it has none, a body's name kept with the person before it), and an item
noted as taking the minutes ("Democratic Services (minutes)") or standing in for someone
("Sam Reid (for Kay Moss)") says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ingest.facts.people import BODY_WORDS, TITLES
from ingest.parse.blocks import CleanPage
from ingest.parse.tables import MARK_CELL_RE

PRESENT, IN_ATTENDANCE, APOLOGIES, MINUTES = "present", "in attendance", "apologies", "minutes"
# A list's label, and the role it gives; a key ("Key:", "Names:") closes the list before it. Labels
# ending in "from" or "by" need no colon ("Apologies from PK").
_LABELS = (
    (r"(?:members\s+)?present|attendees|attending", PRESENT),
    (r"in attendance|also (?:present|attending)|officers?", IN_ATTENDANCE),
    (r"apologies(?: for absence)?|not present|absent", APOLOGIES),  # who was not there, as asked
    (r"minutes|minute[- ]?taker|clerk|note[- ]?taker", MINUTES),
    (r"(?:agency\s+)?key|names", ""),
)
_UNCOLONED = (
    (r"apologies(?: for absence)?(?: were)?(?: received)? from", APOLOGIES),
    (r"(?:minutes|notes) (?:were )?taken by|minuted by", MINUTES),
)
_LABEL_RE = re.compile(
    "|".join(
        [rf"\b(?P<c{i}>{p})\s*:" for i, (p, _) in enumerate(_LABELS)]
        + [rf"\b(?P<u{i}>{p})\b" for i, (p, _) in enumerate(_UNCOLONED)]
    ),
    re.IGNORECASE,
)
# An item noting its person takes the minutes: "(minutes)", ", Clerk".
_TAKES_MINUTES_RE = re.compile(r"\b(?:minutes|minute[- ]?taker|clerk|note[- ]?taker)\b", re.IGNORECASE)
# "(for Kay Moss)", "(on behalf of ...)", "deputising for ...": the name after it is checked. A
# bare "for" elsewhere is a post's or an item's ("Chair for items 22/31 and 22/32").
_STANDS_IN_RE = re.compile(
    r"(?:\(\s*(?:on behalf of|for)|\b(?:deputi[sz]ing|substituting|standing in|covering) for)"
    r"\s+(?P<who>[^),;]+)",
    re.IGNORECASE,
)
# Lower-case words a name or a body's name may hold ("Office of the Police and Crime Commissioner").
_JOINING_WORDS = frozenset({"of", "and", "the", "for", "on", "de", "van", "von", "da", "le", "la", "&"})
# Longer than this, an item is a sentence, not a name.
MAX_ITEM_WORDS = 14
# A stop after these is an abbreviation's, not a sentence's end ("Dr. Felix Marchetti").
_ABBREVIATION_RE = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Cllr|Prof|Rev|Sgt|St)|\b[A-Z])$")


@dataclass(frozen=True)
class Attendee:
    """One person or body in a meeting's list of who came, sent apologies or took the minutes."""

    document: str
    role: str  # present, in attendance, apologies or minutes
    item: str  # as printed in the list
    page: int
    quote: str  # the list, label and all, as printed
    takes_minutes: bool = False
    deputising_for: str = ""


def extract_attendance(document: str, pages: Sequence[CleanPage]) -> list[Attendee]:
    """Everyone the document's attendance lists or attendance tables name, in the order printed."""
    found: list[Attendee] = []
    for page in pages:
        for block in (b for b in page.blocks if b.kind in ("heading", "para", "bullet")):
            for role, quote, body in _lists(block.text):
                if role == MINUTES and block.kind == "heading":
                    continue  # "Minutes: Safer Ravensholt Board, 17.10.2023" is a title, not who took them
                items = _items(body)
                found.extend(_attendee(document, role, item, page.number, quote) for item in items)
        found.extend(_table_attendees(document, page))
        found.extend(_told_attendees(document, page))
    return found


# Attendance told in a sentence of narrative minutes: "Station Manager Sam Ode attended for the
# Fire and Rescue Service", "Jo Hale represented the Probation Service".
_TOLD_RE = re.compile(
    rf"(?P<who>(?:{TITLES}\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{1,2}})\s+"
    r"(?:attended|was present|came|represented|sat)\s+(?:for|on behalf of|as)?\s*"
    r"(?P<body>(?:the\s+)?[A-Z][\w'&-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w'&-]*))*)"
)


def _told_attendees(document: str, page: CleanPage) -> list[Attendee]:
    """Those a paragraph says attended for a body: present, named with the body."""
    found: list[Attendee] = []
    for block in (b for b in page.blocks if b.kind == "para"):
        for match in _TOLD_RE.finditer(block.text):
            body = re.sub(r"(?:\s+(?:of|and|for|the|&))+$", "", match.group("body"))
            item = f"{match.group('who')} ({body})"
            found.append(_attendee(document, PRESENT, item, page.number, match.group()))
    return found


# A table cell saying whether its row's person came: "Present", "Apologies", "In attendance".
_STATUS = {"present": PRESENT, "attended": PRESENT, "in attendance": IN_ATTENDANCE, "apologies": APOLOGIES}
_STATUS_RE = re.compile(r"(present|attended|in attendance|apologies)(?: (?:received|given|sent))?", re.I)
MIN_ATTENDANCE_ROWS = 2  # one row with "Present" in it may be anything; a column of them is a register


def _table_attendees(document: str, page: CleanPage) -> list[Attendee]:
    """The people of an attendance table ("Name | Organisation | Attendance"): each row whose cell in a
    column of attendance marks says present, apologies or in attendance; the row's other cells name them."""
    tables: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    quotes: dict[tuple[str, ...], str] = {}
    for block in page.blocks:
        if block.kind == "row" and block.header and len(block.cells) == len(block.header):
            tables.setdefault(block.header, []).append(block.cells)
            quotes[block.cells] = block.text
    found: list[Attendee] = []
    for header, rows in tables.items():
        marked = _marked_attendees(document, page.number, header, rows, quotes)
        if marked:
            found.extend(marked)
            continue
        for column in range(len(rows[0])):
            marks = [_STATUS_RE.fullmatch(row[column].strip()) for row in rows]
            if sum(bool(m) for m in marks) < MIN_ATTENDANCE_ROWS or not all(marks):
                continue
            for row, mark in zip(rows, marks, strict=True):
                if mark is None:
                    continue
                item = ", ".join(cell for at, cell in enumerate(row) if at != column and cell.strip())
                role = _STATUS[mark.group(1).lower()]
                found.append(_attendee(document, role, item, page.number, quotes[row]))
            break
    return found


def _marked_attendees(
    document: str,
    page: int,
    header: tuple[str, ...],
    rows: list[tuple[str, ...]],
    quotes: dict[tuple[str, ...], str],
) -> list[Attendee]:
    """The people of a register with a column for each status ("Present | Apologies"), a tick or
    cross in one of them for each row; [] for any other table."""
    statuses = {
        i: _STATUS[m.group(1).lower()] for i, h in enumerate(header) if (m := _STATUS_RE.fullmatch(h.strip()))
    }
    if not statuses:
        return []
    found = []
    for row in rows:
        ticked = [i for i in statuses if MARK_CELL_RE.fullmatch(row[i].strip())]
        if len(ticked) != 1:
            continue
        item = ", ".join(cell for at, cell in enumerate(row) if at not in statuses and cell.strip())
        found.append(_attendee(document, statuses[ticked[0]], item, page, quotes[row]))
    return found if len(found) >= MIN_ATTENDANCE_ROWS else []


def _lists(text: str) -> Iterator[tuple[str, str, str]]:
    """Each labelled list in a block: its role, the list as printed (label and all) and its items'
    text, which runs up to the next label or the end of its sentence."""
    # A label is capitalised: one inside a sentence ("were present: the meeting was quorate", "lead
    # officer:") labels no list.
    labels = [label for label in _LABEL_RE.finditer(text) if label.group()[0].isupper()]
    for at, label in enumerate(labels):
        role = next(_role(name) for name, value in label.groupdict().items() if value)
        end = labels[at + 1].start() if at + 1 < len(labels) else len(text)
        body = _first_sentence(text[label.end() : end])
        if role and body.strip():
            yield role, " ".join(f"{label.group()} {body}".split()), body


def _role(group: str) -> str:
    table = _LABELS if group[0] == "c" else _UNCOLONED
    return table[int(group[1:])][1]


def _first_sentence(text: str) -> str:
    """Text up to its first full stop outside brackets that ends a sentence, not an abbreviation."""
    depth = 0
    for at, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == "." and depth <= 0 and not _ABBREVIATION_RE.search(text[:at]):
            return text[:at]
    return text


def _items(body: str) -> Iterator[str]:
    """A list's items, split at semicolons outside brackets (at commas when it has none); only items
    that read as a name, a body or initials are kept."""
    parts = [p.strip(" .") for p in _split_outside_brackets(body, ";")]
    if len(parts) == 1:
        parts = _with_bodies(p.strip(" .") for p in _split_outside_brackets(body, ","))
    yield from (name for part in parts for name in _split_and(part) if _is_name(_RELATIVE_RE.sub("", name)))


# A clause after a name saying what its person did: "Joy Pell (Support Officer), who took the minutes".
_RELATIVE_RE = re.compile(r",?\s+who\s+[a-z][^;]*$")


def _split_and(item: str) -> list[str]:
    """ "Tom Hale and Kit Marsh" is two people; "Fire and Rescue Service" one body."""
    names = [n.strip() for n in _split_outside_brackets(item, r"\s+and\s+")]
    return names if len(names) > 1 and not any(_is_body(n) for n in names) else [item]


def _with_bodies(parts: Iterable[str]) -> list[str]:
    """Comma-split items with a body's name or post kept with the person before it ("Priya Lomas,
    The Probation Service" is one item; "Maren Ashby, Idris Vane" two)."""
    items: list[str] = []
    for part in parts:
        if items and _is_body(part) and not _is_body(items[-1]):
            items[-1] = f"{items[-1]}, {part}"
        else:
            items.append(part)
    return items


_TITLED_RE = re.compile(rf"{TITLES}\s")


def _is_body(item: str) -> bool:
    """Whether an item names a body or a post, not a titled person ("Station Manager Sam Reid")."""
    words = _outside_brackets(item).lower().split()
    return not _TITLED_RE.match(item) and bool(BODY_WORDS.intersection(words))


def _outside_brackets(item: str) -> str:
    return re.sub(r"\([^)]*\)?", " ", item)


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    """`text` cut at each match of the `separator` pattern that is outside brackets."""
    cuts = [
        m
        for m in re.finditer(separator, text)
        if text[: m.start()].count("(") <= text[: m.start()].count(")")
    ]
    ends = [0, *(x for m in cuts for x in (m.start(), m.end())), len(text)]
    return [text[start:end] for start, end in zip(ends[::2], ends[1::2], strict=True)]


def _is_name(item: str) -> bool:
    """Whether an item reads as a person's or a body's name: capitalised words outside its brackets,
    a few lower-case joining words, not too long."""
    words = _outside_brackets(item).replace(",", " ").split()
    if not words or len(words) > MAX_ITEM_WORDS or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _JOINING_WORDS for w in words)


def _attendee(document: str, role: str, item: str, page: int, quote: str) -> Attendee:
    stands_in = next((m for m in _STANDS_IN_RE.finditer(item) if _is_name(m.group("who").strip())), None)
    return Attendee(
        document,
        role,
        item,
        page,
        quote,
        takes_minutes=role == MINUTES or bool(_TAKES_MINUTES_RE.search(item)),
        deputising_for=stands_in.group("who").strip() if stands_in else "",
    )
