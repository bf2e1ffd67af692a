"""The funding register: every funding decision ingest found, filtered, and questions answered from it.

Questions about amounts, totals and lists of awards are answered from the register rather than by
quoting passages: the rows used are listed and cited, a total is computed from them with the rows
shown, and where the documents give two figures for one item both are shown with their pages.

Across documents one item's decisions form a timeline (`assistant.facts.timeline`): an item decided
at several meetings is answered with its latest state first and the earlier ones after it, each
quoted from its page; totals count each award once, leaving out declined, deferred and superseded
states.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from assistant.answering.citations import CitationLedger
from assistant.facts.glossary import Glossary
from assistant.facts.timeline import State, Timeline, build_timelines
from assistant.text import terms
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Sources
from ingest.facts.decisions import FundingDecision, Mention, item_words
from ingest.facts.periods import MONTHS, financial_year, months_in, period_from_text, readable_date
from ingest.facts.priorities import PrioritySet
from ingest.text import split_sentences

CSV_FIELDS = (
    "item",
    "amount",
    "kind",
    "window",
    "year",
    "priority",
    "document",
    "page",
    "quote",
    "also_stated",
    "outcome",
    "lead",
    "date",
    "counted",
)
# A question about funding decisions asks how much, or what was funded, approved, awarded, spent.
_FUNDING_Q_RE = re.compile(
    r"\bhow much\b|£|\b(fund|funded|approved|awarded|granted|allocated|contributed|spent|paid|receive|"
    r"received|went|given|bids?|awards?|grants|allocations?|contributions?|decisions?|decided?|declined|"
    r"deferred|refused|amended|reduced|getting|got)\b",
    re.IGNORECASE,
)
# A question asking what money was given, and one asking what happened to a bid (any outcome).
_GIVEN_Q_RE = re.compile(
    r"\b(fund|funded|funding|approved|awarded|granted|allocated|contributed|spent|spend|paid|give|given|gave|"
    r"receive|received|got|get|getting|went)\b",
    re.IGNORECASE,
)
_OUTCOME_Q_RE = re.compile(
    r"\b(declin\w*|defer\w*|refus\w*|reject\w*|happen\w*|decid\w*|decision\w*|support\w*|status|outcome|"
    r"amend\w*|chang\w*|reduc\w*|increas\w*|history|when)\b",
    re.IGNORECASE,
)
_COUNT_Q_RE = re.compile(r"\bhow many\b", re.IGNORECASE)
_COUNTED_RE = re.compile(r"\b(bids|awards|grants|projects|applications|decisions)\b", re.IGNORECASE)
# Words of a funding question that ask about money, not about what it went to.
_MONEY_QUESTION_WORDS = frozenset(
    terms(
        "how much fund funds funded funding approve approved award awarded awards grant grants allocation "
        "allocated contribution contributions bid bids money spent spend cost budget paid receive received "
        "window windows total totals sum list project projects item items decision decisions year years went "
        "go give given made make support supported agree agreed amount amounts pound pounds work "
        "financial what which all show tell each per board meeting meetings panel group decide decided "
        "happened happen now current currently latest getting get got did does"
    )
)


@dataclass(frozen=True)
class RegisterQuery:
    """What a question asks of the register: filters, and the words naming what was funded."""

    window_months: frozenset[str]
    year: str
    words: tuple[str, ...]
    approvals_only: bool = False  # "what was funded", "how much did X get": money given, not refused
    windows_only: bool = False  # months named as a funding window, not as a meeting's month


class FundingRegister:
    """Funding decisions from every document, each with the priority it serves where the text says."""

    def __init__(
        self,
        decisions: Iterable[FundingDecision],
        priorities: Sequence[PrioritySet] = (),
        glossary: Glossary | None = None,
        sources: Sources | None = None,
        partnership_of: Mapping[str, str] | None = None,
        own_words: frozenset[str] = frozenset(),
    ) -> None:
        names = [p.name for s in priorities for p in s.priorities]
        self.glossary = glossary
        self.sources = sources or Sources()
        self.decisions = list(decisions)
        # The priority a decision serves is read from every document's priorities, so it is the
        # register's knowledge, not the decision's own.
        self._priorities = {d: _priority_of(d, names) for d in self.decisions}
        self._words = [self._words_of(d) for d in self.decisions]
        self.partnership_of = dict(partnership_of or {})
        self.timelines = build_timelines(self.decisions, self.partnership_of, own_words)
        self._states: dict[int, tuple[Timeline, State]] = {
            id(member): (timeline, state)
            for timeline in self.timelines
            for state in timeline.states
            for member in state.members
        }

    def state_of(self, decision: FundingDecision) -> tuple[Timeline, State] | None:
        """The item's timeline and the state a decision records (or restates)."""
        return self._states.get(id(decision))

    def counted(self, decision: FundingDecision) -> bool:
        """Whether a decision's money counts in totals: it stands (approved or amended, not
        superseded) and it is the state's own record, not a restatement of it."""
        found = self.state_of(decision)
        if found is None:
            return decision.counted
        return found[1].counted and found[1].decision is decision

    def status_of(self, decision: FundingDecision) -> str:
        """ "current", "superseded" or "restated" (the same decision recorded elsewhere)."""
        found = self.state_of(decision)
        if found is None:
            return "current"
        _, state = found
        if state.decision is not decision:
            return "restated"
        return "superseded" if state.superseded else "current"

    def priority_of(self, decision: FundingDecision) -> str:
        """The priority a decision serves, where the documents say; empty otherwise."""
        return self._priorities.get(decision, "")

    def _words_of(self, decision: FundingDecision) -> tuple[set[str], set[str], set[str]]:
        """Words naming a decision (item, priority, kind, their glossary forms), its lead
        organisation's, and words around it."""
        named = f"{decision.item} {self.priority_of(decision)} {decision.kind}"
        if self.glossary is not None:
            named = f"{named} {' '.join(self.glossary.expansions(named))}"
        around = set(terms(f"{decision.context} {decision.quote}"))
        return set(terms(named)), set(terms(decision.lead)), around

    def restricted_to(self, documents: set[str]) -> FundingRegister:
        """The same register holding only the decisions of the documents named."""
        narrowed = FundingRegister((), glossary=self.glossary, sources=self.sources)
        kept = [i for i, d in enumerate(self.decisions) if d.document in documents]
        narrowed.decisions = [self.decisions[i] for i in kept]
        narrowed._priorities = self._priorities
        narrowed._words = [self._words[i] for i in kept]
        narrowed.timelines = self.timelines
        narrowed.partnership_of = self.partnership_of
        narrowed._states = self._states
        return narrowed

    def rows(
        self,
        year: str | None = None,
        priority: str | None = None,
        window: str | None = None,
        min_amount: float | None = None,
    ) -> list[FundingDecision]:
        """Decisions passing every filter given: financial year, priority words, window words, amount."""
        year = financial_year(year, year) if year else None
        chosen = []
        for d in self.decisions:
            if year and not (d.year == year or year in d.window):
                continue
            if priority and not _words_in(priority, self.priority_of(d)):
                continue
            if window and not _words_in(window, d.window):
                continue
            if min_amount is not None and d.amount < min_amount:
                continue
            chosen.append(d)
        return chosen

    def to_csv(self, rows: Sequence[FundingDecision]) -> str:
        """Rows as CSV text, one line per decision, other stated figures in the last column."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_FIELDS)
        for d in rows:
            row = [
                d.item,
                f"{d.amount:.2f}",
                d.kind,
                d.window,
                d.year,
                self.priority_of(d),
                d.document,
                d.page,
            ]
            writer.writerow([*row, d.quote, also_stated(d), d.outcome, d.lead, d.date, self.counted(d)])
        return out.getvalue()

    # answering -------------------------------------------------------------------------------
    def parse(self, question: str, title_words: set[str]) -> RegisterQuery | None:
        """What a funding question asks, or None when it is not about funding."""
        if not _FUNDING_Q_RE.search(question):
            return None
        if _COUNT_Q_RE.search(question) and not _COUNTED_RE.search(question):
            return None  # "how many responses did the survey receive?" counts something else
        months = months_in(question)
        year = period_from_text(question)
        skip = _MONEY_QUESTION_WORDS | title_words | set(terms(" ".join(months)))
        words = tuple(t for t in dict.fromkeys(terms(question)) if t not in skip and not t.isdigit())
        given = bool(_GIVEN_Q_RE.search(question)) and not _OUTCOME_Q_RE.search(question)
        windows = bool(re.search(r"\bwindows?\b", question, re.IGNORECASE))
        return RegisterQuery(months, year, words, given, windows)

    def select(self, query: RegisterQuery) -> list[FundingDecision]:
        """Decisions matching a parsed question: filters first, then the best match on its words.

        A match needs at least one of the question's words in a decision's name or priority: words
        found only in the text around it (a survey in the same section) do not make it the answer.
        """
        pool = [
            i
            for i, d in enumerate(self.decisions)
            if (not query.window_months or _in_months(d, query.window_months, query.windows_only))
            and (not query.year or _in_year(d, query.year))
            and (not query.approvals_only or d.outcome in ("approved", "amended"))
        ]
        if not query.words:
            filtered = bool(query.window_months or query.year)
            return [self.decisions[i] for i in pool if self.decisions[i].kind != "allocation" or not filtered]
        scores = []
        for i in pool:
            strong, lead, weak = self._words[i]
            if strong.isdisjoint(query.words) and lead.isdisjoint(query.words):
                continue
            credit = sum(1.0 if w in strong else 0.5 if w in weak or w in lead else 0.0 for w in query.words)
            scores.append((credit / len(query.words), self.decisions[i]))
        best = max((score for score, _ in scores), default=0.0)
        if best < 0.5:
            return []
        if best < 1.0 and self._unknown(query.words):
            return []  # a partial match, and the question names something no decision mentions
        return [d for score, d in scores if score >= best - 1e-9]

    def _unknown(self, words: Sequence[str]) -> bool:
        """Whether a question word appears in no decision at all: a name the register does not know."""
        known: set[str] = set()
        for strong, lead, weak in self._words:
            known |= strong | lead | weak
        return any(w not in known for w in words)

    def answer(self, question: str, title_words: set[str]) -> Answer | None:
        """The register's answer to a funding question, or None when it holds nothing that answers it."""
        query = self.parse(question, title_words)
        if query is None:
            return None
        matched = self.select(query)
        rows = self._of_named_partnership(question, matched)
        if matched and not rows:
            return _not_of_this_partnership(question, matched, self)
        if not rows:
            return None
        share = Counter(self.partnership_of.get(d.document, "") for d in rows)
        rows = sorted(rows, key=lambda d: -share[self.partnership_of.get(d.document, "")])
        if any(self._has_history(d) for d in rows):
            return _compose_timelines(question, rows, self, bool(query.window_months or query.year))
        return _compose(question, rows, self)

    def _of_named_partnership(self, question: str, rows: list[FundingDecision]) -> list[FundingDecision]:
        """The rows of the partnership a question names by a word of its own ("Thistlecombe"), if any."""
        names = set(self.partnership_of.values()) - {""}
        own = {name: set(terms(name)) | {"".join(w[0] for w in name.split()).lower()} for name in names}
        asked = set(terms(question))
        named = {
            name
            for name, words in own.items()
            if asked & (words - set().union(*(own[o] for o in names - {name})))
        }
        if not named:
            return rows
        return [d for d in rows if self.partnership_of.get(d.document, "") in named]

    def _has_history(self, decision: FundingDecision) -> bool:
        """A decision a meeting made, or one of an item decided more than once."""
        found = self.state_of(decision)
        return (
            bool(decision.date)
            or decision.outcome != "approved"
            or (found is not None and len(found[0].states) > 1)
        )


def _not_of_this_partnership(
    question: str, matched: Sequence[FundingDecision], register: FundingRegister
) -> Answer:
    """A decline: the partnership the question names decided nothing about this; others' did."""
    others = sorted({register.partnership_of.get(d.document, "") for d in matched} - {""})
    items = ", ".join(dict.fromkeys(d.item for d in matched))
    where = f" only in the documents of {' and '.join(others)}" if others else " only in other documents"
    text = (
        f"{ABSTAIN_TEXT} The partnership the question names has no funding decision about this in its "
        f"documents; {items} appears{where}."
    )
    return Answer(question, text, True, answerer="register")


def _in_months(decision: FundingDecision, months: frozenset[str], windows_only: bool = False) -> bool:
    """The decision's window (or, unless a window is asked for, its date) falls in a month named."""
    if any(m in decision.window.lower() for m in months):
        return True
    return not windows_only and decision.date[5:7].isdigit() and MONTHS[int(decision.date[5:7]) - 1] in months


def _in_year(decision: FundingDecision, year: str) -> bool:
    """The decision is of the financial year named, or was made in the calendar year named."""
    if decision.year == year or year in decision.window:
        return True
    return len(year) == 4 and (
        decision.date.startswith(year) or (not decision.date and decision.year.startswith(year))
    )


def also_stated(decision: FundingDecision) -> str:
    """Other figures the documents give for the same item, with their pages ("£19,738 on p. 20")."""
    return "; ".join(f"{money(m.amount)} on p. {m.page}" for m in _discrepancies(decision))


def money(amount: float) -> str:
    """An amount in pounds as written in reports: £19,783, or £8,881.50 when there are pence."""
    return f"£{amount:,.2f}" if amount != int(amount) else f"£{int(amount):,}"


def _discrepancies(decision: FundingDecision) -> list[Mention]:
    seen: set[tuple[float, int]] = set()
    found = []
    for m in decision.mentions:
        if m.amount != decision.amount and (m.amount, m.page) not in seen:
            seen.add((m.amount, m.page))
            found.append(m)
    return found


def _words_in(wanted: str, text: str) -> bool:
    want = set(terms(wanted))
    return bool(want) and want <= set(terms(text))


def _priority_of(decision: FundingDecision, names: Sequence[str]) -> str:
    """The priority a decision serves: named in its item, in a sentence about priorities, or in its
    section; the strongest and then earliest mention wins. Empty when the documents do not say."""
    best: tuple[int, int] | None = None
    chosen = ""
    sentences = [s for line in decision.context.split("\n") for s in split_sentences(line)]
    for name in names:
        wanted = item_words(name)
        if not wanted:
            continue
        if wanted <= item_words(decision.item):
            key = (3, 0)
        else:
            where = [i for i, s in enumerate(sentences) if wanted <= item_words(s)]
            if not where:
                continue
            about_priority = [i for i in where if re.search(r"priorit", sentences[i], re.I)]
            key = (2, -about_priority[0]) if about_priority else (1, -where[0])
        if best is None or key > best:
            best, chosen = key, name
    return chosen


def _compose(question: str, rows: Sequence[FundingDecision], register: FundingRegister) -> Answer:
    """List the rows with amounts, windows and citations; add other stated figures and a total."""
    ledger = CitationLedger(register.sources)
    lines: list[str] = []
    checked: list[CheckedSentence] = []
    for d in rows:
        number = ledger.cite(d.document, d.page, d.quote)
        when = ", ".join(part for part in (d.window and f"{d.window} window", d.year) if part)
        facts = ", ".join(
            part
            for part in (
                money(d.amount) + (f" (written {d.written})" if d.written else ""),
                d.kind if d.kind != "award" else "",
                when,
            )
            if part
        )
        priority = register.priority_of(d)
        name = f"{d.item} ({d.lead})" if d.lead else d.item
        line = f"{name}: {facts}" + (f"; priority: {priority}" if priority else "") + f" [{number}]"
        others = [
            f"{money(m.amount)} on p. {m.page} [{ledger.cite(d.document, m.page, m.quote)}]"
            for m in _discrepancies(d)
        ]
        if others:
            line += f". The documents also give this item {' and '.join(others)}"
        lines.append(line)
        checked.append(CheckedSentence(line, (number,), True))
    text = "\n".join(f"- {line}" for line in lines) if len(rows) > 1 else lines[0]
    counted = [d for d in rows if d.kind != "allocation"]
    if len(counted) > 1:
        sums = " + ".join(money(d.amount) for d in counted)
        total = f"Total: {money(sum(d.amount for d in counted))} ({sums})."
        text = f"{text}\n\n{total}"
        checked.append(CheckedSentence(total, (), True, "computed from the rows above"))
    intro = "From the funding register:" if len(rows) > 1 else ""
    return Answer(
        question,
        f"{intro}\n{text}".strip(),
        False,
        ledger.citations(),
        sentences=tuple(checked),
        answerer="register",
    )


def _outcome_words(d: FundingDecision) -> str:
    """What was decided, in words: "approved £9,200 on 20 September 2023 under delegated powers"."""
    when = f" on {readable_date(d.date)}" if d.date else (f" for {d.year}" if d.year else "")
    amount = money(d.amount) if d.amount else ""
    amount += f" (written {d.written})" if d.written and amount else ""
    if d.outcome == "amended":
        change = f" from {money(d.previous)} to {amount}" if d.previous else f" to {amount}"
        words = f"amended{when}{change}"
    elif d.outcome in ("declined", "deferred"):
        words = f"{d.outcome}{when}" + (f" ({amount} requested)" if amount else "")
    else:
        words = f"{d.kind if d.kind != 'award' else 'approved'} {amount}{when}"
    return f"{words} {d.how}".strip()


def _compose_timelines(
    question: str, rows: Sequence[FundingDecision], register: FundingRegister, filtered: bool
) -> Answer:
    """Each item the rows belong to, as a timeline: the latest state first ("now"), then the earlier
    ones, each quoted from its page; where a question names a time, the states of that time lead.
    A total counts each standing award once."""
    ledger = CitationLedger(register.sources)
    blocks: list[str] = []
    checked: list[CheckedSentence] = []
    counted: list[FundingDecision] = []
    seen: list[int] = []
    for d in rows:
        found = register.state_of(d)
        timeline = found[0] if found else Timeline([State(d)])
        if id(timeline) in seen:
            continue
        seen.append(id(timeline))
        chosen = [s for s in timeline.states if any(r in s.members for r in rows)] if filtered else []
        lead_states = chosen or [timeline.latest]
        rest = [s for s in reversed(timeline.states) if s not in lead_states]
        first = lead_states[0].decision
        name = first.item + (f" ({first.lead})" if first.lead else "")
        lines = []
        for n, state in enumerate([*lead_states, *rest]):
            line = _state_line(state, ledger, register)
            if n == 0:
                now = " (latest)" if state is timeline.latest and len(timeline.states) > 1 else ""
                line = f"{name}{now}: {line}"
            elif n == len(lead_states):
                line = f"Earlier and later decisions: {line}" if chosen else f"Earlier: {line}"
            lines.append(line)
            checked.append(CheckedSentence(line, (), True))
            if state.counted and (state in lead_states or not filtered):
                counted.append(state.decision)
        blocks.append("\n".join(lines))
    text = "\n\n".join(blocks)
    if len(counted) > 1:
        sums = " + ".join(money(d.amount) for d in counted)
        total = (
            f"Total: {money(sum(d.amount for d in counted))} ({sums}), each award counted once; "
            "declined, deferred and superseded decisions left out."
        )
        text = f"{text}\n\n{total}"
        checked.append(CheckedSentence(total, (), True, "computed from the rows above"))
    return Answer(
        question,
        text,
        False,
        ledger.citations(),
        sentences=tuple(checked),
        answerer="register",
    )


def _state_line(state: State, ledger: CitationLedger, register: FundingRegister) -> str:
    """One state: what was decided, cited and quoted; where else it is written; a later state's mark."""
    d = state.decision
    number = ledger.cite(d.document, d.page, d.quote)
    title = register.sources.title(d.document)
    quote = " ".join(d.quote.split())
    line = f"{_outcome_words(d)} [{number}] ({title}, p. {d.page}): \u201c{quote}\u201d"
    if state.superseded:
        line += " (superseded)"
    elsewhere = [
        f"{register.sources.title(r.document)}, p. {r.page} [{ledger.cite(r.document, r.page, r.quote)}]"
        for r in state.restated
    ]
    if elsewhere:
        line += f". Also stated in {'; '.join(elsewhere)}"
    return line
