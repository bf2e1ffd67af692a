"""How the register writes an answer: each row or timeline cited, other stated figures, a total."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.answering.citations import CitationLedger
from assistant.facts.timeline import State, Timeline
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence
from ingest.facts.decision_types import FundingDecision, Mention
from ingest.facts.periods import readable_date

if TYPE_CHECKING:  # the register passes itself in; importing it here would be circular
    from assistant.facts.register import FundingRegister


def not_of_this_partnership(
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


def compose(question: str, rows: Sequence[FundingDecision], register: FundingRegister) -> Answer:
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
    if len(counted) > 1 and _one_partnership(counted, register):
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


def _one_partnership(counted: Sequence[FundingDecision], register: FundingRegister) -> bool:
    """Whether the awards summed are one partnership's: a sum across partnerships' funds is no
    figure any of them spent, so none is given."""
    return len({register.partnership_of.get(d.document, "") for d in counted}) == 1


def outcome_words(d: FundingDecision) -> str:
    """What was decided, in words: "approved £9,200 on 20 September 2023 under delegated powers"."""
    when = f" on {readable_date(d.date)}" if d.date else (f" for {d.year}" if d.year else "")
    amount = money(d.amount) if d.amount else ""
    amount += f" (written {d.written})" if d.written and amount else ""
    if d.outcome == "amended":
        change = f" from {money(d.previous)} to {amount}" if d.previous else f" to {amount}"
        words = f"amended{when}{change}"
    elif d.outcome in ("declined", "deferred"):
        words = f"{d.outcome}{when}" + (f" ({amount} requested)" if amount else "")
    elif d.outcome == "withdrawn" and d.source == "prose":  # taken back at a later meeting
        words = f"{amount} withdrawn{when}".strip()
    elif d.outcome == "withdrawn":  # a table's status: the date, if any, is the approval's
        words = f"approved {amount}{when}, then withdrawn" if amount else f"withdrawn{when}"
    else:
        words = f"{d.kind if d.kind != 'award' else 'approved'} {amount}{when}"
    if d.asked and d.outcome in ("approved", "amended") and d.asked not in (d.amount, d.previous):
        words += f" ({money(d.asked)} asked)"  # a bid given less, or more, than it asked for
    return f"{words} {d.how}".strip()


def compose_timelines(
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
    if len(counted) > 1 and _one_partnership(counted, register):
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
    line = f"{outcome_words(d)} [{number}] ({title}, p. {d.page}): \u201c{quote}\u201d"
    if state.superseded:
        line += " (superseded)"
    elsewhere = [
        f"{register.sources.title(r.document)}, p. {r.page} [{ledger.cite(r.document, r.page, r.quote)}]"
        for r in state.restated
    ]
    if elsewhere:
        line += f". Also stated in {'; '.join(elsewhere)}"
    return line
