"""One funded item across documents: its decisions in time order, restatements merged, the latest first.

Minutes decide (approve, decline, defer, amend) and annual reports restate: the same award in the
minutes and in a report is one state of its item, with the report as another place stating it. Items
are matched by their naming words (and their lead organisation's), never across partnerships nor
within one document, whose rows are distinct items. A later state of the same award (same year, or
after a deferral, or amending it) supersedes the earlier ones; totals count only states that stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ingest.facts.decision_types import FundingDecision, item_words

_SAME_ITEM = 0.66  # share of the shorter name's words the two names must have in common
# The reference a record gives an award ("DN 02/23", "CB23-03", "CUA 03/24-25"), in its name or at the
# head of its quote: records of one partnership giving the same reference are of one item, however
# each names it ("Decision Notice DN 02/23" in an action log, "Kilnbrook Summer Kickabout" in a report).
_REFERENCE_RE = re.compile(r"\b[A-Z]{1,6} ?\d{1,3}(?:[/-]\d{2,4}){1,2}\b")
_REFERENCE_HEAD = 40  # characters of a quote where a row or minute states its own reference


@dataclass(frozen=True)
class State:
    """One decision about an item, with the other documents restating it."""

    decision: FundingDecision
    restated: tuple[FundingDecision, ...] = ()
    superseded: bool = False

    @property
    def counted(self) -> bool:
        """Money that stands: approved or amended, not superseded, not an allocation."""
        return self.decision.counted and not self.superseded

    @property
    def members(self) -> tuple[FundingDecision, ...]:
        return (self.decision, *self.restated)


@dataclass
class Timeline:
    """Every state of one item, oldest first."""

    states: list[State] = field(default_factory=list)

    @property
    def latest(self) -> State:
        """The state that answers "how much is it getting now": the newest standing one."""
        standing = [s for s in self.states if not s.superseded]
        return (standing or self.states)[-1]

    @property
    def name(self) -> str:
        return self.latest.decision.item


def time_key(decision: FundingDecision) -> str:
    """When a decision was made: its date, else the start of its year (undated report rows)."""
    if decision.date:
        return decision.date
    return f"{decision.year[:4]}-04-00" if decision.year[:4].isdigit() else ""


def named_amendments(
    decisions: Sequence[FundingDecision], partnership_of: Mapping[str, str]
) -> list[FundingDecision]:
    """The decisions, each amendment naming no item ("so that the award is reduced from £4,000 to
    £2,600") named after the award it changes: its partnership's earlier award of the former sum
    in another document, whose item or lead the amendment's quote names. One matching none is left out."""
    named = [d for d in decisions if d.item]
    found = []
    for d in decisions:
        if not d.item:
            said = item_words(d.quote)
            earlier = [
                e
                for e in named
                if e.amount == d.previous
                and e.document != d.document
                and partnership_of.get(e.document, "") == partnership_of.get(d.document, "")
                and time_key(e) <= time_key(d)
                and (item_words(e.item) <= said or bool(e.lead and item_words(e.lead) <= said))
            ]
            if not earlier:
                continue
            d = replace(d, item=earlier[-1].item, lead=d.lead or earlier[-1].lead)
        found.append(d)
    return found


def build_timelines(
    decisions: Iterable[FundingDecision],
    partnership_of: Mapping[str, str],
    own_words: frozenset[str] = frozenset(),
    minutes: frozenset[str] = frozenset(),
    published: Mapping[str, str] | None = None,
) -> list[Timeline]:
    """Group decisions into items and order each item's states; restatements become one state.
    `minutes` are the documents recording meetings, whose dated decisions are states; `published`
    the documents' own dates, which place a report's undated statement in time."""
    ordered = sorted(decisions, key=lambda d: (time_key(d), d.source == "table", d.document, d.page))
    groups: list[list[FundingDecision]] = []
    names: list[list[tuple[set[str], set[str]]]] = []
    documents: list[set[str]] = []
    references: list[set[str]] = []
    for d in ordered:
        words = (item_words(d.item) - own_words, item_words(d.lead) - own_words)
        cited = _references(d)
        best, chosen = (0.0, 0.0), None
        for index, members in enumerate(groups):
            if d.document in documents[index]:
                continue
            if partnership_of.get(members[0].document, "") != partnership_of.get(d.document, ""):
                continue
            score = (
                (1.0, 1.0) if cited & references[index] else max(_similarity(words, o) for o in names[index])
            )
            if score > best:
                best, chosen = score, index
        if chosen is None or best[0] < _SAME_ITEM:
            groups.append([d])
            names.append([words])
            documents.append({d.document})
            references.append(set(cited))
        else:
            documents[chosen].add(d.document)
            references[chosen] |= cited
            groups[chosen].append(d)
            if words not in names[chosen]:  # copies of one name are compared once
                names[chosen].append(words)
    return [_timeline(members, minutes, published or {}) for members in groups]


def _references(decision: FundingDecision) -> set[str]:
    head = f"{decision.item} {decision.quote[:_REFERENCE_HEAD]}"
    return {match.replace(" ", "") for match in _REFERENCE_RE.findall(head)}


def _similarity(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> tuple[float, float]:
    """How far two decisions name the same item: they must share an item word; then the share of
    the shorter name (item and lead words) the longer one holds, and of the longer name to break a
    tie ("Domestic Abuse" is nearer "Domestic Abuse" than "Domestic Abuse World Cup")."""
    (item_a, lead_a), (item_b, lead_b) = a, b
    if not (item_a & item_b) and not (item_a & lead_b and item_b & lead_a):
        return 0.0, 0.0
    whole_a, whole_b = item_a | lead_a, item_b | lead_b
    shared = len(whole_a & whole_b)
    shorter, longer = sorted((len(whole_a) or 1, len(whole_b) or 1))
    return shared / shorter, shared / longer


def _timeline(
    members: list[FundingDecision], minutes: frozenset[str], published: Mapping[str, str]
) -> Timeline:
    """States in time order. Decisions a meeting made are states (two records giving one, as
    `_twins`, one state); a statement elsewhere (a report's row or sentence) joins the state it
    restates, the same amount and outcome for the same year, else is a state of its own, told as of
    the day its document is dated: a report tells what stood when it was written ("£11.2k", after an
    extension the minutes never record). A later state of the same award supersedes the earlier ones."""
    decided = [d for d in members if _made_at_meeting(d, minutes)]
    states: list[State] = []
    for d in decided:
        twin = next((i for i, s in enumerate(states) if _twins(s.decision, d)), None)
        if twin is None:
            states.append(State(d))
        else:
            states[twin] = State(states[twin].decision, (*states[twin].restated, d))
    for d in members:
        if d in decided:
            continue
        same = [
            i
            for i, s in enumerate(states)
            if s.decision.amount == d.amount
            and _same_outcome(s.decision, d)
            and (s.decision.year == d.year or not d.year or not s.decision.year)
        ]
        if same:
            i = same[-1]
            states[i] = State(states[i].decision, (*states[i].restated, d))
        else:
            states.append(State(d))
    states.sort(
        key=lambda s: s.decision.date or published.get(s.decision.document, "") or time_key(s.decision)
    )
    states = _after_what_they_amend(states)
    marked = []
    for i, s in enumerate(states):
        superseded = any(_supersedes(t.decision, s.decision) for t in states[i + 1 :])
        marked.append(State(s.decision, s.restated, superseded))
    return Timeline(marked)


def _twins(one: FundingDecision, other: FundingDecision) -> bool:
    """Whether two records of meetings give one decision: another document's, of the same day, sum
    and outcome (a schedule of the round's decisions beside the minutes of the meeting)."""
    return (
        one.document != other.document
        and one.date == other.date
        and one.amount == other.amount
        and one.outcome == other.outcome
    )


# Outcomes a restatement may give the decision it restates: a report lists an amended award as awarded.
_STANDING = frozenset({"approved", "amended"})


def _same_outcome(decided: FundingDecision, stated: FundingDecision) -> bool:
    """Whether a statement elsewhere may restate a decision: it tells the same outcome, or both tell
    money standing. A log's "declined" of a bid the minutes deferred for the same sum is a later state."""
    return decided.outcome == stated.outcome or {decided.outcome, stated.outcome} <= _STANDING


def _after_what_they_amend(states: list[State]) -> list[State]:
    """The states with each undated amendment after the award it changes: a report's row "reduced
    from £9,000 to £6,300", dated only by its year, comes after the meeting that gave £9,000."""
    ordered = list(states)
    for state in states:
        amended = state.decision
        if amended.outcome != "amended" or not amended.previous or amended.date:
            continue
        changed = [
            i
            for i, other in enumerate(ordered)
            if other is not state and amended.previous in {d.amount for d in other.members}
        ]
        if changed and ordered.index(state) < changed[-1]:
            ordered.remove(state)
            ordered.insert(changed[-1], state)
    return ordered


def _made_at_meeting(decision: FundingDecision, minutes: frozenset[str]) -> bool:
    """A decision a meeting's record gives, in words or in its table, dated: a report restates."""
    return bool(decision.date) and (decision.source == "prose" or decision.document in minutes)


def _supersedes(later: FundingDecision, earlier: FundingDecision) -> bool:
    """A later decision replaces an earlier one about the same award: it amends it, follows a
    deferral, or decides the same item for the same year again."""
    if later.outcome == "amended" and (not later.previous or later.previous == earlier.amount):
        return True
    if earlier.outcome == "deferred":
        return True
    return bool(later.year) and later.year == earlier.year
