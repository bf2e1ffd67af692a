"""One action of a board's action log, asked for by its number ("kestrelford action 7 - what is it
and whos got it"): each record of it in the minutes, the latest first, with its owner, due date and
status as the log gives them, so "did it get done" is answered by the newest status.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.answering.citations import CitationLedger
from assistant.text import gives_number
from assistant.types import Answer, CheckedSentence, Sources
from ingest.facts.decision_types import Action
from ingest.facts.periods import readable_date

# "action 7", "action no. 3", "action point 2", "action A24/10"; not "actions" in general.
_ACTION_Q_RE = re.compile(
    r"\baction\s+(?:(?:point|no\.?|number|ref\.?)\s*)?(?P<number>[a-z]{0,2}\d{1,3}(?:/\d{1,3})?)\b", re.I
)


def answer_action(
    question: str,
    actions: Sequence[Action],
    sources: Sources,
    partnership_of: Mapping[str, str],
    ranked: Sequence[str] = (),
    leading: str = "",
) -> Answer | None:
    """Every record of the action the question numbers, of one partnership: where several logs have
    it, the partnership of the first of `ranked` (retrieval's documents, best first) among them.
    None when no action is numbered or no log holds it, or when retrieval's first passage (its text
    `leading`) is a later page of that partnership's that gives the number and no log record."""
    asked = _ACTION_Q_RE.search(question)
    if asked is None:
        return None
    number = _normal(asked.group("number"))
    found = [a for a in actions if _normal(a.number) == number]
    partnerships = {partnership_of.get(a.document, "") for a in found}
    if len(partnerships) > 1:
        first = next(
            (partnership_of.get(d, "") for d in ranked if partnership_of.get(d, "") in partnerships), ""
        )
        found = [a for a in found if partnership_of.get(a.document, "") == first]
    if not found or (_newer_first(found, ranked, sources, partnership_of) and gives_number(number, leading)):
        return None
    ledger = CitationLedger(sources)
    lines: list[str] = []
    checked: list[CheckedSentence] = []
    latest = sorted(found, key=lambda a: (a.date or sources.date(a.document), a.document), reverse=True)
    for at, action in enumerate(latest):
        cited = ledger.cite(action.document, action.page, action.quote)
        held = action.date or sources.date(action.document)
        where = f"the minutes of {readable_date(held)}" if held else sources.title(action.document)
        said = "; ".join(
            f"{label}: {value}"
            for label, value in (("owner", action.owner), ("due", action.due), ("status", action.status))
            if value
        )
        lead = f"Action {action.number}" + (" (latest)" if at == 0 and len(latest) > 1 else "")
        line = f"{lead}, in {where}: {action.action}" + (f" ({said})" if said else "") + f" [{cited}]"
        lines.append(line)
        checked.append(CheckedSentence(line, (cited,), True))
    text = "\n".join(lines) if len(lines) == 1 else "\n".join(f"- {line}" for line in lines)
    return Answer(question, text, False, ledger.citations(), sentences=tuple(checked), answerer="register")


def _newer_first(
    found: Sequence[Action], ranked: Sequence[str], sources: Sources, partnership_of: Mapping[str, str]
) -> bool:
    """Whether retrieval's first document is a later one of the same partnership whose log gave no
    record of the action (a scanned page's table, read as text): what it says is newer than the
    log's latest status, so the passages answer."""
    if not ranked or any(a.document == ranked[0] for a in found):
        return False
    own = partnership_of.get(found[0].document, "")
    latest = max(a.date or sources.date(a.document) for a in found)
    return partnership_of.get(ranked[0], "") == own and sources.date(ranked[0]) > latest


def _normal(number: str) -> str:
    """An action's number as compared: "7", "7.", "A24/10" alike in any case."""
    return number.strip().strip(".").casefold()
