"""What the assistant knows exactly, beside its passages: the funding register, priorities, glossary,
member lists, next meetings, the people initials stand for, who came to each meeting, action logs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.facts.glossary import Glossary
from assistant.facts.register import FundingRegister
from assistant.text import terms
from assistant.types import Sources
from ingest.facts.attendance import Attendee
from ingest.facts.decision_types import Action
from ingest.facts.document import DocumentFacts
from ingest.facts.meetings import HeldMeeting, NextMeeting
from ingest.facts.members import MemberList
from ingest.facts.people import Person
from ingest.facts.priorities import PrioritySet
from ingest.facts.roles import RoleHolder
from ingest.facts.terms import load_curated
from ingest.records import DocumentRecord


@dataclass(frozen=True)
class Knowledge:
    """The register, priority lists, glossary, member lists, next meetings, the people each
    document's initials stand for and who came to each meeting, from every document's facts.

    `sources` gives every citation its document title and page label; `own_words` are the words
    of the partnerships' names and their initials, which name no particular row or list.
    """

    register: FundingRegister
    priority_sets: tuple[PrioritySet, ...]
    glossary: Glossary
    sources: Sources
    own_words: frozenset[str]
    member_lists: tuple[MemberList, ...] = ()
    next_meetings: tuple[NextMeeting, ...] = ()
    people: tuple[Person, ...] = ()
    attendance: tuple[Attendee, ...] = ()
    held: tuple[HeldMeeting, ...] = ()
    actions: tuple[Action, ...] = ()
    roles: tuple[RoleHolder, ...] = ()


def own_words(partnerships: Iterable[str]) -> frozenset[str]:
    """Words of the partnerships' names and their initials ("Safer Fenwick Partnership" -> sfp)."""
    names = [n for n in partnerships if n]
    initials = {"".join(w[0] for w in n.split()).lower() for n in names}
    return frozenset(terms(" ".join(names))) | frozenset(initials)


def build_knowledge(
    facts: Sequence[DocumentFacts],
    records: dict[str, DocumentRecord],
    corpus_dir: Path,
    page_labels: dict[tuple[str, int], str] | None = None,
) -> Knowledge:
    """Join the facts of all documents; only documents still indexed count."""
    facts = [f for f in facts if f.document in records]
    sources = Sources(
        {name: r.title for name, r in records.items()},
        page_labels or {},
        doc_types={name: r.doc_type for name, r in records.items()},
        periods={name: r.period for name, r in records.items()},
        dates={name: r.date for name, r in records.items()},
    )
    priority_sets = tuple(p for f in facts for p in f.priorities)
    partnerships = {record.partnership for record in records.values() if record.partnership}
    glossary = Glossary(load_curated(corpus_dir), [t for f in facts for t in f.terms], partnerships)
    decisions = [d for f in facts for d in f.funding]
    partnership_of = {name: record.partnership for name, record in records.items()}
    own = own_words(partnerships)
    register = FundingRegister(decisions, priority_sets, glossary, sources, partnership_of, own)
    members = tuple(m for f in facts for m in f.members)
    meetings = tuple(m for f in facts for m in f.next_meetings)
    people = tuple(p for f in facts for p in f.people)
    attendance = tuple(a for f in facts for a in f.attendance)
    held = tuple(h for f in facts for h in f.held)
    actions = tuple(a for f in facts for a in f.actions)
    roles = tuple(r for f in facts for r in f.roles)
    return Knowledge(
        register,
        priority_sets,
        glossary,
        sources,
        own,
        members,
        meetings,
        people,
        attendance,
        held,
        actions,
        roles,
    )
