"""A model's streamed text cut into sentences as it arrives, and the [n] markers each one carries."""

from __future__ import annotations

import re

_MARKER_RE = re.compile(r"\[\s*(?:passages?\s*)?(\d+(?:\s*[,;]\s*(?:passages?\s*)?\d+)*)\s*\]", re.I)
# "… £19,738. [1] It …": markers written after the full stop belong to the sentence before it.
_MARKERS_AFTER_STOP_RE = re.compile(
    r"([.!?])((?:[ \t]*\[\s*(?:passages?\s*)?\d+(?:\s*[,;]\s*(?:passages?\s*)?\d+)*\s*\])+)", re.I
)
_BOUNDARY_RE = re.compile(r"\n+|(?<=[.!?])[ \t]+(?=[A-Z0-9£'\"(*•\-])")
_NOT_AN_END_RE = re.compile(r"(^\s*(\d{1,2}|[a-z])|\b(e\.g|i\.e|Mr|Mrs|Ms|Dr|St|No|approx))\.$")


def strip_markers(raw: str) -> str:
    """The sentence without its [n] markers, spaces left before punctuation tidied."""
    text = _MARKER_RE.sub("", raw)
    text = re.sub(r"[ \t]+([.,;:!?])", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def marker_numbers(raw: str, passages: int) -> list[int]:
    """Marker numbers that point at one of `passages` passages, in order, once each; others are dropped."""
    found: list[int] = []
    for match in _MARKER_RE.finditer(raw):
        for part in re.findall(r"\d+", match.group(1)):
            n = int(part)
            if 1 <= n <= passages and n not in found:
                found.append(n)
    return found


class SentenceStream:
    """Text in as it streams; (sentence, separator) pairs out as soon as each sentence is complete.

    Fed all at once or piece by piece, it yields the same sentences, so a streamed answer is
    checked exactly as the whole one would be.
    """

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, delta: str) -> list[tuple[str, str]]:
        """Take more text; return the sentences now complete."""
        self._buffer += delta
        return self._drain(final=False)

    def finish(self) -> list[tuple[str, str]]:
        """The text is complete: return what is left."""
        return self._drain(final=True)

    def _drain(self, final: bool) -> list[tuple[str, str]]:
        text = _MARKERS_AFTER_STOP_RE.sub(r"\2\1", self._buffer)
        out: list[tuple[str, str]] = []
        start = 0
        for boundary in _BOUNDARY_RE.finditer(text):
            if not final and boundary.end() >= len(text):
                break  # a run of newlines may go on, and markers may follow a full stop
            if boundary.group()[0] != "\n" and _NOT_AN_END_RE.search(text[start : boundary.start()]):
                continue  # "1. Knife crime", "e.g. schools": the full stop ends no sentence
            separator = boundary.group() if boundary.end() < len(text) else ""  # no trailing newlines
            out.append((text[start : boundary.start()], separator))
            start = boundary.end()
        self._buffer = text[start:]
        if final:
            out.append((self._buffer, ""))
            self._buffer = ""
        return out
