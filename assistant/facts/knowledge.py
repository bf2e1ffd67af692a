"""What the assistant knows exactly, beside its passages: the funding register, priorities, glossary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.facts.glossary import Glossary
from assistant.facts.register import FundingRegister
from ingest.facts.document import DocumentFacts
from ingest.facts.priorities import PrioritySet
from ingest.facts.terms import load_curated
from ingest.store import DocumentRecord


@dataclass(frozen=True)
class Knowledge:
    """The register, priority lists and glossary built from every document's stored facts."""

    register: FundingRegister
    priority_sets: tuple[PrioritySet, ...]
    glossary: Glossary
    titles: dict[str, str]


def build_knowledge(
    facts: Sequence[DocumentFacts],
    records: dict[str, DocumentRecord],
    corpus_dir: Path,
    page_labels: dict[tuple[str, int], str] | None = None,
) -> Knowledge:
    """Join the facts of all documents; only documents still indexed count."""
    facts = [f for f in facts if f.document in records]
    titles = {name: record.title for name, record in records.items()}
    priority_sets = tuple(p for f in facts for p in f.priorities)
    partnerships = {record.partnership for record in records.values() if record.partnership}
    glossary = Glossary(load_curated(corpus_dir), [t for f in facts for t in f.terms], partnerships)
    decisions = [d for f in facts for d in f.funding]
    register = FundingRegister(decisions, priority_sets, glossary, titles, page_labels)
    return Knowledge(register, priority_sets, glossary, titles)
