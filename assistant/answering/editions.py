"""Which document is the newest of its kind, for questions about what is current and for saying when
an answer comes from an older one.

A partnership publishes an annual report, an assessment, minutes, year after year; "what are the
priorities now" means the newest document of its type, and an answer drawn from an older one
should say so. Newest is read from the document records (period, then date), never from the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ingest.facts.periods import months_in, readable_date, years_in
from ingest.records import DocumentRecord

_CURRENT_RE = re.compile(
    r"\b(?:current(?:ly)?|latest|now|nowadays|at (?:the )?(?:moment|present)|presently|these days|"
    r"today|this year|most recent|up to date|still)\b",
    re.IGNORECASE,
)
# A standing arrangement asked in the present tense ("who chairs the board", "how often does it
# meet"): the answer is what holds now, as if "now" were said.
_STANDING_RE = re.compile(
    r"\bwho (?:chairs|leads|heads|runs)\b|\bhow often (?:does|do)\b|\bwho is (?:the )?(?:chair|vice-chair)\b",
    re.IGNORECASE,
)
# "other" is not one kind of document: an older "other" is no earlier edition of a newer one.
_UNRANKED_TYPES = frozenset({"", "other"})


def asks_current(question: str) -> bool:
    """Whether the question asks what holds now ("latest", "at the moment", "who chairs")."""
    return bool(_CURRENT_RE.search(question) or _STANDING_RE.search(question))


def current_words(question: str) -> str:
    """The words by which a question asks what holds now ("latest", "at the moment"), space-joined."""
    return " ".join(m.group(0) for m in _CURRENT_RE.finditer(question))


@dataclass(frozen=True)
class Editions:
    """For each document that has one, the newest document of its type from its partnership."""

    newer: Mapping[str, DocumentRecord]
    records: Mapping[str, DocumentRecord]
    # Documents with a later-dated one of any type from the same partnership: what holds now is told
    # last ("who chairs now" by the newer report, not the older plan).
    older: frozenset[str] = frozenset()

    @classmethod
    def of(cls, records: Mapping[str, DocumentRecord]) -> Editions:
        """Group the records by partnership and type; every one older than its group's newest points to
        it. Read once, when the index is opened: every question asking what holds now uses them."""
        groups: dict[tuple[str, str], list[DocumentRecord]] = {}
        for record in records.values():
            if record.doc_type not in _UNRANKED_TYPES:
                groups.setdefault((record.partnership, record.doc_type), []).append(record)
        newer: dict[str, DocumentRecord] = {}
        for group in groups.values():
            newest = max(group, key=_when)
            for record in group:
                if _when(record) < _when(newest):
                    newer[record.document] = newest
        latest: dict[str, str] = {}
        for record in records.values():
            latest[record.partnership] = max(latest.get(record.partnership, ""), record.date)
        older = frozenset(r.document for r in records.values() if r.date and r.date < latest[r.partnership])
        return cls(newer, records, older)

    @property
    def superseded(self) -> frozenset[str]:
        """Documents with a newer one of their type from the same partnership."""
        return frozenset(self.newer)

    def note(self, question: str, cited: list[str]) -> str:
        """One line when the answer's first source has a newer edition the answer does not cite:
        "From the 2022-23 annual report; the 2023-24 annual report is newer." Else "".

        A question naming its year or month asked for that time, so it gets no note; minutes
        record one meeting each, so later minutes are another meeting, not a newer edition, unless
        the question asks what holds now.
        """
        if not cited or cited[0] not in self.newer or years_in(question) or months_in(question):
            return ""
        old, new = self.records[cited[0]], self.newer[cited[0]]
        if new.document in cited or (old.doc_type == "minutes" and not asks_current(question)):
            return ""
        verb = "are" if new.doc_type.endswith("s") else "is"
        return f"From {_name(old, new)}; {_name(new, old)} {verb} newer."


def _when(record: DocumentRecord) -> tuple[str, str]:
    return (record.period, record.date)


def _name(record: DocumentRecord, other: DocumentRecord) -> str:
    """ "the 2022-23 annual report"; by date for minutes (a meeting's) or when both share a period:
    "the minutes of 14 June 2023"."""
    if record.date and (record.doc_type == "minutes" or record.period == other.period):
        return f"the {record.doc_type} of {readable_date(record.date)}"
    if record.period:
        return f"the {record.period} {record.doc_type}"
    return f"the {record.doc_type} {record.title}"
