"""Running headers and footers: the lines a page repeats for the reader, not the document's text.

A line at the top or bottom of a page that recurs on most pages, or that states the page's own
number ("Page 2 of 3", "<title> | 8 of 9", "- 4 -"), is left out on any number of pages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.parse.pdf import Page

PAGE_NUMBER_RE = re.compile(
    r"^((?:page|sheet)\s+|(?:p|pg)\.\s*)?(\d{1,4}|[ivxlc]{1,6})(\s*(of|/)\s*\d{1,4})?$", re.IGNORECASE
)


# Page-number furniture at the end (or start) of a running line, with what precedes it:
# "Board minutes, 12 March 2024   Page 2 of 3", "<title> | 8 of 9", "- 4 -", "<title>   page 2",
# "<title>   p. 3/9".
_PAGE_MARK_RE = re.compile(
    r"(?:^|\s)(?:(?:page|sheet)\s+|(?:p|pg)\.\s*)(?P<a>\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?\s*$"
    r"|(?:^|\s{3,}|\s*[|·•–—]\s*)(?P<b>\d{1,4})\s*(?:of|/)\s*\d{1,4}\s*$"
    r"|(?:^|\s{3,}|\s*[|·•]\s*)[-–—]\s*(?P<c>\d{1,4})\s*[-–—]\s*$"
    r"|^(?:(?:page\s+|(?:p|pg)\.\s*)(?P<d>\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?|(?P<e>\d{1,4})\s*(?:of|/)\s*\d{1,4})"
    r"(?:\s{3,}|\s*[|·•–—]\s*)",
    re.IGNORECASE,
)


_EDGE_LINES = 2  # headers and footers live in the first and last few lines of a page
_COVER_LINES = 12  # lines of the first page that hold its title, its partnership and its date


_NUMBER_AT_EDGE_RE = re.compile(
    r"(?:\s{3,}|\s*[|·•–—-]\s*|\bpage\s+|\b(?:p|pg)\.\s*)(?P<n>\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?\s*$"
    r"|^(?:page\s+|(?:p|pg)\.\s*)?(?P<m>\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s{3,}|\s*[|·•–—-]\s*)",
    re.IGNORECASE,
)


_RUNNING_LINE_CHARS = 160  # a running header or footer is one short line


def _too_long(text: str) -> bool:
    # Counted without the gaps a landscape page's layout text opens between a footer's parts.
    return len(" ".join(text.split())) > _RUNNING_LINE_CHARS


_WIDE_GAP_RE = re.compile(r"\s{4,}")


def _narrowed(line: str) -> str:
    """A line with each wide gap three spaces wide: a gap still reads as one, and the patterns need
    not scan the hundred spaces a landscape page's layout text puts between a footer's parts."""
    return _WIDE_GAP_RE.sub("   ", line.strip())


def page_numbers(page: Page) -> set[str]:
    return {str(page.number), page.label.strip().casefold()}


def _is_number(digits: str, numbers: set[str]) -> bool:
    # A folio may be zero-padded ("01", "002"): the page's number all the same.
    return digits in numbers or (digits.startswith("0") and digits.lstrip("0") in numbers)


def _page_mark(line: str, numbers: set[str]) -> bool:
    """Whether a line is running furniture that states this page's number ("... Page 2 of 3")."""
    text = _narrowed(line)
    if _too_long(text):
        return False
    # The mark may also head or end a part of the line set apart by a wide gap: "HCSP/SIA/2022
    # final v2   Page 4/5 · Strategic Intelligence Assessment 2022".
    for part in dict.fromkeys([text, *text.split("   ")]):
        match = _PAGE_MARK_RE.search(part.strip())
        if match is not None:
            number = next(g for g in match.group("a", "b", "c", "d", "e") if g is not None)
            if _is_number(number, numbers):
                return True
    return False


def _edge_key(line: str) -> str:
    # Digits vary in short footers ("Page 3 of 9", "Minutes | 4"), so there they do not count; in a
    # longer line they do, or body lines such as "Item 3 was agreed" would pass for a footer.
    text = " ".join(line.split()).casefold()
    if len(re.sub(r"\d+", " ", text).split()) <= 3:
        return re.sub(r"\d+", "#", text)
    return text


# A breadcrumb trail's steps ("Partnership  ›  Assessment  ›  Wards"): its last step names the page's
# own section, so only the steps before it recur from page to page.
_CRUMB_RE = re.compile(r"\s*[›»]\s*")


def _crumb_key(line: str) -> str | None:
    """A breadcrumb's recurring part, with its last step masked; None for a line of fewer than three
    steps, which no trail of one document's sections is."""
    steps = _CRUMB_RE.split(" ".join(line.split()).casefold())
    if len(steps) < 3 or not all(steps[:-1]):
        return None
    return " › ".join(steps[:-1]) + " › *"


def _keys(line: str) -> set[str]:
    crumb = _crumb_key(line)
    return {_edge_key(line)} | ({crumb} if crumb else set())


def _edges(lines: list[str]) -> list[str]:
    filled = [line for line in lines if line.strip()]
    return filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]


def repeated_edge_lines(page_lines: list[list[str]], pages: Sequence[Page]) -> set[str]:
    """Edge lines that recur on most pages (running headers and footers); on a short document, those
    that recur on two pages or more and state the page's number."""
    counts: Counter[str] = Counter()
    numbered: Counter[str] = Counter()
    for lines, page in zip(page_lines, pages, strict=True):
        edges = _edges(lines)
        counts.update(_edge_keys(lines))
        numbers = page_numbers(page)
        numbered.update({_numbered_key(line, numbers) for line in edges if _states_number(line, numbers)})
    found = {key for key, count in numbered.items() if count >= 2 and key != "#"}
    if len(page_lines) >= 3:
        threshold = max(3, len(page_lines) // 2)
        found |= {key for key, count in counts.items() if count >= threshold and key != "#"}
    return found


def repeated_on_second_page(page_lines: list[list[str]]) -> set[str]:
    """On a two-page document, the edge lines of its second page that its first repeats at an edge:
    a running header or footer there. On the first page the same line may be the only title."""
    if len(page_lines) != 2:
        return set()
    first, second = map(_edge_keys, page_lines)
    return (first & second) - {"#"}


def _edge_keys(lines: list[str]) -> set[str]:
    return set().union(*map(_keys, _edges(lines)))


def repeated_after_cover(page_lines: list[list[str]]) -> set[str]:
    """On a document of three pages or more, the edge lines every page after the first repeats whose
    words the first page's opening lines print: a running header of the title (or the partnership's
    name) that the cover leaves off, where a table's header repeated over its pages names no title."""
    if len(page_lines) < 3:
        return set()
    later = [_edge_keys(lines) for lines in page_lines[1:]]
    cover = [line for line in page_lines[0] if line.strip()][:_COVER_LINES]
    opening = set(re.findall(r"\w+", " ".join(cover).casefold()))
    common = set.intersection(*later) - {"#"}
    return {key for key in common if set(re.findall(r"\w+", key.replace("#", " "))) <= opening}


def _numbered_key(line: str, numbers: set[str]) -> str:
    """An edge line with this page's number masked where it stands as furniture, at the line's start
    or end: the same running line on every page, though a reference in it ("GOV/01") is not."""
    text = _narrowed(line).casefold()
    spans = [
        match.span(group)
        for match in _NUMBER_AT_EDGE_RE.finditer(text)
        for group in ("n", "m")
        if match.group(group) is not None and _is_number(match.group(group), numbers)
    ]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + "#" + text[end:]
    return " ".join(text.split())


def _states_number(line: str, numbers: set[str]) -> bool:
    """Whether a short line starts or ends with this page's number, set apart as furniture is
    ("Minutes 12.03.24 | 2", "2   Annual report"), not inside a sentence ("action 2.")."""
    text = _narrowed(line)
    if _too_long(text):
        return False
    found = {m.group("n") or m.group("m") for m in _NUMBER_AT_EDGE_RE.finditer(text)}
    return any(_is_number(digits, numbers) for digits in found)


def strip_edges(lines: list[str], repeated: set[str], numbers: set[str]) -> list[str]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edge_idx = set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])
    kept = []
    for i, line in enumerate(lines):
        if i in edge_idx:
            bare = " ".join(line.split())
            if (
                _keys(line) & repeated
                or _numbered_key(line, numbers) in repeated
                or PAGE_NUMBER_RE.match(bare)
                or _page_mark(line, numbers)
            ):
                continue
        kept.append(line)
    return kept
