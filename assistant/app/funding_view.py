"""Plain functions behind the Funding and Glossary tabs: table rows, filters, the total of the rows
shown, CSV and Excel export of them.

Nothing here imports gradio; the UI only wires these to its components.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from assistant.facts.knowledge import Knowledge
from assistant.facts.register import CSV_FIELDS
from assistant.facts.register_answer import also_stated, money
from assistant.text import terms
from ingest.facts.decision_types import FundingDecision

ALL = "All"
FUNDING_HEADERS = [
    "Item",
    "Amount (£)",
    "Kind",
    "Window",
    "Year",
    "Priority",
    "Page",
    "Also stated",
    "Document",
    "Outcome",
    "Lead",
    "Date",
    "Asked (£)",
]
GLOSSARY_HEADERS = ["Acronym", "Meaning", "Note", "Defined in"]


def filter_choices(knowledge: Knowledge) -> dict[str, list[str]]:
    """The values each funding filter offers, "All" first."""
    register = knowledge.register
    decisions = register.decisions
    return {
        "year": [ALL, *sorted({d.year for d in decisions if d.year})],
        "priority": [ALL, *sorted({register.priority_of(d) for d in decisions} - {""})],
        "window": [ALL, *sorted({d.window for d in decisions if d.window})],
    }


def funding_rows(
    knowledge: Knowledge,
    year: str = ALL,
    priority: str = ALL,
    window: str = ALL,
    min_amount: float | None = None,
    search: str = "",
) -> list[FundingDecision]:
    """The decisions the tab shows: exact filter values ("All" for any), then words of the search box."""
    wanted = set(terms(search))
    chosen = []
    register = knowledge.register
    for d in register.decisions:
        served = register.priority_of(d)
        if (year != ALL and d.year != year) or (priority != ALL and served != priority):
            continue
        if (window != ALL and d.window != window) or (min_amount and d.amount < min_amount):
            continue
        if wanted and not wanted <= set(terms(f"{d.item} {d.lead} {served} {d.kind} {d.outcome} {d.quote}")):
            continue
        chosen.append(d)
    return chosen


def table_values(knowledge: Knowledge, decisions: Sequence[FundingDecision]) -> list[list[Any]]:
    """One table row per decision; the amount stays a number so the column sorts by value."""
    return [
        [
            d.item,
            d.amount,
            d.kind,
            d.window,
            d.year,
            knowledge.register.priority_of(d),
            d.page,
            also_stated(d),
            knowledge.sources.title(d.document),
            d.outcome + ("" if knowledge.register.counted(d) else f" ({knowledge.register.status_of(d)})"),
            d.lead,
            d.date,
            d.asked or "",  # blank where the sum given is the sum asked, or no text says
        ]
        for d in decisions
    ]


def decision_for_row(decisions: Sequence[FundingDecision], row: Sequence[Any]) -> FundingDecision | None:
    """The decision a clicked table row shows, found by its item, amount and page (sorting moves rows)."""
    if len(row) < 7:
        return None
    for d in decisions:
        if d.item == row[0] and float(row[1]) == d.amount and int(row[6]) == d.page:
            return d
    return None


def write_csv(knowledge: Knowledge, decisions: Sequence[FundingDecision], path: Path) -> Path:
    """The shown decisions as a CSV file for download."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(knowledge.register.to_csv(decisions), encoding="utf-8")
    return path


def write_xlsx(knowledge: Knowledge, decisions: Sequence[FundingDecision], path: Path) -> Path:
    """The shown decisions as an Excel workbook for download: the CSV's columns, amounts as numbers."""
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has its first sheet
    sheet.title = "Funding"
    sheet.append(list(CSV_FIELDS))
    for values in knowledge.register.export_rows(decisions):
        sheet.append(values)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":  # text a document gave that starts with "=" is text, not a formula
                cell.data_type = "s"
        row[1].number_format = "#,##0.00"
    workbook.save(path)
    return path


def totals_line(knowledge: Knowledge, decisions: Sequence[FundingDecision]) -> str:
    """The total of the rows shown, each decision counted once: what the register counts (approved
    or amended, standing, not an allocation, not a restatement of a decision counted elsewhere)."""
    register = knowledge.register
    counted = [d for d in decisions if register.counted(d)]
    left = len(decisions) - len(counted)
    return (
        f"**Total of the {_many(len(decisions), 'row')} shown: {money(sum(d.amount for d in counted))}**, "
        f"from {_many(len(counted), 'decision')}, each counted once. Not counted: {_many(left, 'row')} "
        "(declined, deferred, withdrawn, superseded, restated elsewhere, or allocations)."
    )


def _many(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def glossary_values(knowledge: Knowledge) -> list[list[str]]:
    """The glossary as table rows: acronym, meaning, note, and the page that defines it, if any."""
    return [
        [
            e.acronym,
            e.meaning,
            e.note,
            f"{knowledge.sources.title(e.document)}, p. {e.page}" if e.document else "curated list",
        ]
        for e in knowledge.glossary.entries
    ]
