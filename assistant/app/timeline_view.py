"""Plain functions behind the Funding tab's item timelines: one item's decisions across documents,
as the register's timelines hold them (assistant.facts.timeline), named and laid out as a table.

Nothing here imports gradio. Decisions coming back from the UI's state are copies, so they are found
again by value, never by identity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from assistant.facts.knowledge import Knowledge
from assistant.facts.register_answer import money, outcome_words
from assistant.facts.timeline import State, Timeline
from ingest.facts.decision_types import FundingDecision
from ingest.facts.periods import readable_date

TIMELINE_HEADERS = [
    "Date",
    "Decision",
    "Amount (£)",
    "Status",
    "Counted",
    "Document",
    "Page",
    "Also stated in",
]


def timeline_labels(knowledge: Knowledge) -> dict[str, Timeline]:
    """Every item's timeline under the name the Funding tab gives it: the item's latest name; where
    items share it, with the year and amount (and, across partnerships, the partnership) of each,
    then a number."""
    register = knowledge.register
    sharing: dict[str, list[Timeline]] = {}
    for timeline in register.timelines:
        sharing.setdefault(timeline.name, []).append(timeline)
    labels: dict[str, Timeline] = {}
    for timeline in register.timelines:
        label = timeline.name
        others = sharing[label]
        if len(others) > 1:
            owners = {register.partnership_of.get(t.latest.decision.document, "") for t in others}
            latest = timeline.latest.decision
            owner = register.partnership_of.get(latest.document, "") if len(owners) > 1 else ""
            amount = money(latest.amount) if latest.amount else ""
            label = f"{label} ({', '.join(part for part in (owner, latest.year, amount) if part)})"
        base, n = label, 2
        while label in labels:
            label, n = f"{base} ({n})", n + 1
        labels[label] = timeline
    return labels


def timeline_of(knowledge: Knowledge, decision: FundingDecision) -> Timeline | None:
    """The timeline holding a decision (as its own state or restating one)."""
    for timeline in knowledge.register.timelines:
        if any(decision in state.members for state in timeline.states):
            return timeline
    return None


def label_of(knowledge: Knowledge, decision: FundingDecision) -> str | None:
    """The Funding tab's name for the item a decision belongs to."""
    timeline = timeline_of(knowledge, decision)
    return next((label for label, t in timeline_labels(knowledge).items() if t is timeline), None)


def item_choices(knowledge: Knowledge, decisions: Iterable[FundingDecision]) -> list[str]:
    """The items the decisions shown belong to, by name: what the item picker offers."""
    wanted = set(decisions)
    labels = timeline_labels(knowledge).items()
    return sorted(
        (label for label, t in labels if any(m in wanted for s in t.states for m in s.members)),
        key=str.casefold,
    )


def timeline_values(knowledge: Knowledge, timeline: Timeline) -> list[list[Any]]:
    """One table row per state of the item, oldest first, under TIMELINE_HEADERS."""
    return [
        [
            readable_date(s.decision.date) or s.decision.year,
            outcome_words(s.decision),
            s.decision.amount,
            _status(timeline, s),
            "yes" if s.counted else "no",
            knowledge.sources.title(s.decision.document),
            s.decision.page,
            "; ".join(f"{knowledge.sources.title(r.document)}, p. {r.page}" for r in s.restated),
        ]
        for s in timeline.states
    ]


def timeline_title(timeline: Timeline) -> str:
    """The heading over a timeline: the item, who leads it, where it stands now, what counts."""
    latest = timeline.latest.decision
    lead = f" ({latest.lead})" if latest.lead else ""
    counted = sum(s.decision.amount for s in timeline.states if s.counted)
    decisions = len(timeline.states)
    return (
        f"#### {timeline.name}{lead}\n\nNow: {outcome_words(latest)}. "
        f"{decisions} decision{'' if decisions == 1 else 's'}; counted in totals: {money(counted)}."
    )


def state_for_row(timeline: Timeline, row: Sequence[Any]) -> State | None:
    """The state a clicked timeline row shows, found by its decision words and page."""
    if len(row) < len(TIMELINE_HEADERS):
        return None
    for state in timeline.states:
        if outcome_words(state.decision) == row[1] and state.decision.page == int(row[6]):
            return state
    return None


def _status(timeline: Timeline, state: State) -> str:
    if state.superseded:
        return "superseded"
    return "latest" if state is timeline.latest else "standing"
