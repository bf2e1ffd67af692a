"""`csp funding`, `csp priorities` and `csp glossary`: listings read from the index without the model."""

from __future__ import annotations

import argparse
import json
from typing import Any

from assistant.facts.knowledge import Knowledge, build_knowledge
from assistant.facts.priorities import ordered
from assistant.facts.register_answer import also_stated, money
from assistant.settings import Settings
from ingest.chroma import read_facts
from ingest.facts.decision_types import FundingDecision


def add_commands(sub: Any) -> None:
    """Add the three listing commands to the `csp` parser."""
    funding = sub.add_parser("funding", help="list the funding decisions found in the documents")
    funding.add_argument("--year", help="financial year, e.g. 2022-23")
    funding.add_argument("--priority", help="words of the priority served, e.g. 'knife crime'")
    funding.add_argument("--window", help="words of the funding window, e.g. september")
    funding.add_argument("--min-amount", type=float, default=None, help="only decisions of at least this")
    funding.add_argument("--json", action="store_true", help="one JSON object per decision, one per line")
    funding.set_defaults(run=_funding)

    priorities = sub.add_parser("priorities", help="list the priorities each document sets")
    priorities.add_argument("--json", action="store_true", help="one JSON object per priority list")
    priorities.set_defaults(run=_priorities)

    glossary = sub.add_parser("glossary", help="list acronyms and what they stand for")
    glossary.add_argument("--json", action="store_true", help="one JSON object per term")
    glossary.set_defaults(run=_glossary)


def load(settings: Settings) -> Knowledge:
    """The register, priorities and glossary of the index, without loading the embedding model."""
    facts, records = read_facts(settings)
    return build_knowledge(facts, records, settings.corpus_dir)


def decision_json(d: FundingDecision, knowledge: Knowledge) -> dict[str, Any]:
    """One `csp funding --json` object."""
    return {
        "item": d.item,
        "amount": d.amount,
        "kind": d.kind,
        "window": d.window,
        "year": d.year,
        "priority": knowledge.register.priority_of(d),
        "document": d.document,
        "title": knowledge.sources.title(d.document),
        "page": d.page,
        "pages": list(d.pages),
        "quote": d.quote,
        "source": d.source,
        "ocr": d.ocr,
        "also_stated": [
            {"amount": m.amount, "page": m.page, "quote": m.quote} for m in d.mentions if m.amount != d.amount
        ],
        "outcome": d.outcome,
        "lead": d.lead,
        "date": d.date,
        "previous_amount": d.previous or None,
        "asked": d.asked or None,
        "how": d.how,
        "status": knowledge.register.status_of(d),
        "counted": knowledge.register.counted(d),
    }


def _funding(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = load(settings)
    rows = knowledge.register.rows(args.year, args.priority, args.window, args.min_amount)
    if args.json:
        for d in rows:
            print(json.dumps(decision_json(d, knowledge), ensure_ascii=False))
        return 0
    if not rows:
        print(
            "No funding decisions match." if knowledge.register.decisions else "No funding decisions found."
        )
        return 0
    table = [
        ("Item", "Amount", "Outcome", "Date", "Lead", "Window", "Year", "Priority", "Pages", "Also stated")
    ]
    for d in rows:
        pages = ", ".join(str(p) for p in d.pages)
        priority = knowledge.register.priority_of(d)
        outcome = d.outcome if d.kind == "award" else f"{d.outcome} {d.kind}"
        status = knowledge.register.status_of(d)
        outcome += f" ({status})" if status != "current" else ""
        row = (
            d.item,
            money(d.amount),
            outcome,
            d.date,
            d.lead,
            d.window,
            d.year,
            priority,
            pages,
            also_stated(d),
        )
        table.append(row)
    widths = [min(max(len(row[i]) for row in table), 40) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(cell[:40].ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    counted = [d for d in rows if knowledge.register.counted(d)]
    total = money(sum(d.amount for d in counted))
    print(
        f"\n{len(rows)} decisions; awards and contributions total {total}, each counted once "
        "(declined, deferred, withdrawn, superseded and restated ones left out)."
    )
    return 0


def _priorities(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = load(settings)
    for s in ordered(knowledge.priority_sets):
        title = knowledge.sources.title(s.document)
        if args.json:
            item: dict[str, Any] = {
                "document": s.document,
                "title": title,
                "period": s.period,
                "page": s.page,
            }
            item |= {"heading": s.heading, "priorities": [p.name for p in s.priorities]}
            print(json.dumps(item, ensure_ascii=False))
            continue
        print(f"{title}, {s.period} (p. {s.page}):")
        for p in s.priorities:
            print(f"  - {p.name}")
    if not knowledge.priority_sets and not args.json:
        print("No document in the index sets out a list of priorities.")
    return 0


def _glossary(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = load(settings)
    for e in knowledge.glossary.entries:
        where = f"{knowledge.sources.title(e.document)}, p. {e.page}" if e.document else ""
        if args.json:
            item: dict[str, Any] = {"acronym": e.acronym, "meaning": e.meaning, "note": e.note}
            item |= {"document": e.document, "page": e.page or None, "quote": e.quote}
            print(json.dumps(item, ensure_ascii=False))
        else:
            print(f"{e.acronym:<7} {e.meaning}" + (f"  ({where})" if where else ""))
    return 0
