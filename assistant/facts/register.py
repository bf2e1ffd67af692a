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
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from assistant.answering.reasons import REASON_Q_RE
from assistant.answering.specific import zipf
from assistant.answering.weights import ABSENT_ZIPF, PRIORITY_NAME_ZIPF
from assistant.facts.between import taken_between, taken_in
from assistant.facts.glossary import Glossary
from assistant.facts.register_answer import (
    also_stated,
    compose,
    compose_timelines,
    not_of_this_partnership,
)
from assistant.facts.register_query import RegisterQuery, befell, body_words, naming_body, parse_question
from assistant.facts.timeline import State, Timeline, build_timelines, named_amendments
from assistant.text import terms
from assistant.types import Answer, CheckedSentence, Sources
from ingest.facts.decision_types import FundingDecision, item_words
from ingest.facts.periods import MONTHS, financial_year
from ingest.facts.priorities import PrioritySet
from ingest.text import split_sentences

# Of an item's name words, the share a question uses to name it: 0.2 lost q54 (a theme); 0.3 and 0.5
# lost none, 0.3 gained w9d06's citation.
_NAMED_SHARE = 0.3


# What a question word a partnership's name holds too adds to an item naming it ("Safer Streets 4"
# for "safer streets 4 money", against "Street Pastors"): enough to tell tied items apart, no more.
OWN_WORD_CREDIT = 0.5

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
    "asked",
)

Uses = Callable[[str], bool]  # whether some documents use a (stemmed) word


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
        # Each priority's words read once: the register is built at every cold start.
        named = {p.name: item_words(p.name) for s in priorities for p in s.priorities}
        # A name of everyday words only ("new", split from "and, new, the exploitation of ...") is a
        # list misread, and would tag every decision whose text uses the word.
        names = [
            (name, words) for name, words in named.items() if any(zipf(w) < PRIORITY_NAME_ZIPF for w in words)
        ]
        self.glossary = glossary
        self.sources = sources or Sources()
        self.decisions = named_amendments(list(decisions), partnership_of or {})
        # The priority a decision serves is read from every document's priorities, so it is the
        # register's knowledge, not the decision's own. (Read from its own partnership's alone, two
        # dev answers about knife crime were lost that other partnerships' names had found.)
        self._priorities = {d: _priority_of(d, names) for d in self.decisions}
        naming = [self._named_forms(d) for d in self.decisions]  # each decision's glossary forms, read once
        self._words = [self._words_of(d, *forms) for d, forms in zip(self.decisions, naming, strict=True)]
        self._spelled = [_spelled_out(*forms) for forms in naming]
        self._item_terms = [frozenset(terms(d.item)) for d in self.decisions]
        # How many differently named items each word names: a word naming one item alone ("StepAway")
        # says which item a question means, whatever other words it shares with others.
        by_name = {d.item.casefold(): t for d, t in zip(self.decisions, self._item_terms, strict=True)}
        self._naming = Counter(w for item_terms in by_name.values() for w in item_terms)
        # ... unless it names an organisation too: "Fennimore" of one item's name and of "Fennimore
        # Boxing Academy", who runs others, is a place, not the item.
        led = {w for d in self.decisions for w in terms(d.lead)}
        self._naming.update({w: 1 for w in led if w in self._naming})
        self.partnership_of = dict(partnership_of or {})
        documents = {d.document for d in self.decisions}
        minutes = frozenset(doc for doc in documents if self.sources.doc_type(doc) == "minutes")
        self.timelines = build_timelines(
            self.decisions, self.partnership_of, own_words, minutes, self.sources.dates
        )
        self._bodies = body_words(map(self.sources.title, minutes), own_words)
        self._recipients = _recipient_words(set(self.partnership_of.values()))
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

    def _named_forms(self, decision: FundingDecision) -> tuple[str, list[str]]:
        """What names a decision (item, priority, kind) and the glossary's other forms of its words."""
        named = f"{decision.item} {self.priority_of(decision)} {decision.kind}"
        return named, self.glossary.expansions(named) if self.glossary is not None else []

    def _words_of(
        self, decision: FundingDecision, named: str, forms: list[str]
    ) -> tuple[set[str], set[str], set[str]]:
        """Words naming a decision (item, priority, kind, their glossary forms), its lead
        organisation's, and words around it."""
        around = set(terms(f"{decision.context} {decision.quote}"))
        return set(terms(" ".join([named, *forms]))), set(terms(decision.lead)), around

    def restricted_to(self, documents: set[str]) -> FundingRegister:
        """The same register holding only the decisions of the documents named."""
        narrowed = FundingRegister((), glossary=self.glossary, sources=self.sources)
        kept = [i for i, d in enumerate(self.decisions) if d.document in documents]
        narrowed.decisions = [self.decisions[i] for i in kept]
        narrowed._priorities = self._priorities
        narrowed._words = [self._words[i] for i in kept]
        narrowed._spelled = [self._spelled[i] for i in kept]
        narrowed._item_terms = [self._item_terms[i] for i in kept]
        narrowed._naming = self._naming
        narrowed.timelines = self.timelines
        narrowed.partnership_of = self.partnership_of
        narrowed._states = self._states
        narrowed._bodies = self._bodies
        narrowed._recipients = self._recipients
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

    def export_rows(self, rows: Sequence[FundingDecision]) -> list[list[Any]]:
        """Rows under CSV_FIELDS, one per decision, each value as it is (amount and page numbers)."""
        return [
            [
                d.item,
                d.amount,
                d.kind,
                d.window,
                d.year,
                self.priority_of(d),
                d.document,
                d.page,
                d.quote,
                also_stated(d),
                d.outcome,
                d.lead,
                d.date,
                self.counted(d),
                d.asked or "",  # the sum the bid asked for, where it was given another
            ]
            for d in rows
        ]

    def to_csv(self, rows: Sequence[FundingDecision]) -> str:
        """Rows as CSV text, one line per decision, amounts to the penny."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_FIELDS)
        for values in self.export_rows(rows):
            asked = f"{values[-1]:.2f}" if values[-1] else ""
            writer.writerow([_as_text(values[0]), f"{values[1]:.2f}", *map(_as_text, values[2:-1]), asked])
        return out.getvalue()

    # answering -------------------------------------------------------------------------------
    def select(self, query: RegisterQuery) -> list[FundingDecision]:
        """Decisions matching a parsed question: filters first, then the best match on its words.

        A match needs at least one of the question's words in a decision's name or priority: words
        found only in the text around it (a survey in the same section) do not make it the answer.
        """
        pool = [
            i
            for i, d in enumerate(self.decisions)
            if _when(d, query, self.sources.title(d.document))
            and (not query.approvals_only or d.outcome in ("approved", "amended"))
            and (not query.in_full or (d.outcome == "approved" and d.asked <= d.amount))
            and (not query.amounts or d.amount in query.amounts)
            and (not query.received or d.kind in RECEIVED_KINDS)
        ]
        if not query.words and query.outcome:  # "which bids were turned down": every one of them
            return [self.decisions[i] for i in pool if befell(self.decisions[i], query.outcome)]
        if not query.words:
            filtered = bool(query.window_months or query.year)
            return [self.decisions[i] for i in pool if self.decisions[i].kind != "allocation" or not filtered]
        distinctive = {w for w in query.words if self._naming.get(w) == 1}
        if distinctive:  # "Fenwold Youth Trust's StepAway knife crime mentoring": the StepAway award
            pool = [i for i in pool if distinctive & self._item_terms[i]] or pool
        scores = []
        asked = set(query.words)
        for i in pool:
            strong, lead, weak = self._words[i]
            if strong.isdisjoint(query.words) and lead.isdisjoint(query.words):
                continue
            if self._spelled_only(i, query.words, lead):
                continue  # "when did the round close" is no question about CCTV
            # Named only by whom it went to, in full ("the Ormond Park Residents' Association award"):
            # the item's. Named by its own words as well, they decide (`test_decisions`, StepAway).
            whole = len(lead) > 1 and lead <= asked and strong.isdisjoint(asked)
            credit = sum(
                1.0 if w in strong or (whole and w in lead) else 0.5 if w in weak or w in lead else 0.0
                for w in query.words
            )
            credit += OWN_WORD_CREDIT * len(strong.intersection(query.own))
            scores.append((credit / len(query.words), self.decisions[i]))
        best = max((score for score, _ in scores), default=0.0)
        if best < 0.5:
            return []
        if best < 1.0 and self._unknown(query.words):
            return []  # a partial match, and the question names something no decision mentions
        found = [d for score, d in scores if score >= best - 1e-9]
        # "why was the trail cameras award withdrawn": of the items named alike, the one it befell.
        happened = [d for d in found if query.outcome and befell(d, query.outcome)]
        if query.wants_date and query.outcome and not happened:
            return []  # "when was it deferred", and no deferral of it is held: a text may say when
        return happened or found

    def _spelled_only(self, i: int, words: Sequence[str], lead: set[str]) -> bool:
        """Whether a decision's name holds the question's words only by one word of an acronym's
        spelling out ("close" of "closed circuit television"): a form of several words is named by
        two of them at least, an acronym by itself."""
        forms, asked = self._spelled[i], set(words)
        hits = self._words[i][0] & asked
        if not hits or not lead.isdisjoint(asked) or not hits <= set().union(*forms):
            return False
        return not any(len(form & asked) >= min(2, len(form)) for form in forms if form)

    def _unknown(self, words: Sequence[str]) -> bool:
        """Whether a question word appears in no decision at all: a name the register does not know.
        A number ("camera 14") must be in a decision's name: the text around one is full of dates."""
        known: set[str] = set()
        named: set[str] = set()
        for strong, lead, weak in self._words:
            known |= strong | lead | weak
            named |= strong | lead
        return any(w not in (named if w.isdigit() else known) for w in words)

    def answer(
        self,
        question: str,
        title_words: set[str],
        named_use: Uses | None = None,
        named: Collection[str] = (),
        favoured: tuple[str, str] = ("", ""),
    ) -> Answer | None:
        """The register's answer to a funding question, or None when it holds nothing that answers it.

        `named` are the partnerships the question names (`answering.named`), whose decisions alone
        answer it; `named_use` tells whether their documents use a word. `favoured` is the partnership
        and text of the passage retrieval ranks first: with no partnership named, where that passage
        names the item asked about and the register holds only another partnership's item of that
        name, the passage answers: the register missed a decision it states."""
        query = parse_question(question, title_words | naming_body(question, self._bodies), self._recipients)
        if query is None:
            return None
        matched = self.select(query)
        rows = [d for d in matched if self.partnership_of.get(d.document, "") in named] if named else matched
        if not named:
            agreed = self._agreed(query.words, rows, favoured)
            if agreed is None:
                return None
            rows = agreed
        if matched and not rows:
            # Another partnership's decision says nothing of why this one did what its passages tell,
            # nor of what the named one's documents say in words of their own outside any decision.
            if REASON_Q_RE.search(question) or (named_use and self._all_used(query.words, named_use)):
                return None
            if not any(self._names_all(query.words, d) for d in matched):
                return None  # "the pcc grant ... go up" is no question about another's "IDVA top-up"
            return not_of_this_partnership(question, matched, self)
        if not rows or (query.wants_date and not any(d.date for d in rows)):
            return None  # nothing decided, or a date asked of decisions no record dates
        if _TOTAL_Q_RE.search(question) and len({d.document for d in rows}) > 1:
            # A total summed over several documents' records counts one award twice wherever two
            # name it apart: a document's own total, in the passages, answers.
            return None
        if query.extreme:  # "the largest single award in 2022-23": one decision, with how many it topped
            return self._extreme(question, query.extreme, rows)
        share = Counter(self.partnership_of.get(d.document, "") for d in rows)
        rows = sorted(rows, key=lambda d: -share[self.partnership_of.get(d.document, "")])
        if any(self._has_history(d) for d in rows):
            timed = bool(query.window_months or query.year) and not query.final
            # "what was X cut to": the change asked about leads its item's timeline, not the latest.
            changed = query.outcome in ("reduced", "increased") and any(
                befell(d, query.outcome) for d in rows
            )
            return compose_timelines(question, rows, self, timed or changed)
        return compose(question, rows, self)

    def _agreed(
        self, words: Sequence[str], rows: Sequence[FundingDecision], favoured: tuple[str, str]
    ) -> list[FundingDecision] | None:
        """The rows a question naming no partnership is answered from, agreeing with retrieval's
        first passage (`favoured`: its partnership and text); None when that passage answers.

        Where it names the one item the register found, and is another partnership's, the register
        missed a decision it states. Of items of one name in several partnerships' documents
        ("Gloves Not Knives"), its partnership's answers when the question names that item."""
        partnership, passage = favoured
        whose = {self.partnership_of.get(d.document, "") for d in rows}
        asked = set(words)
        if not asked:
            return list(rows)
        if partnership not in whose:
            one_item = len({d.item for d in rows}) == 1  # a list of items is no one item missed
            return None if partnership and one_item and asked <= set(terms(passage)) else list(rows)
        own = [d for d in rows if self.partnership_of.get(d.document, "") == partnership]
        if len(whose) == 1 or len({d.item for d in own}) != 1:
            return list(rows)
        name = set(terms(own[0].item))
        # The question names the item, not a theme it shares ("domestic abuse" of "Safe Surgery:
        # domestic abuse training for GP practices"): its words are most of the item's name.
        named = asked <= name | set(terms(own[0].lead)) and len(name & asked) >= _NAMED_SHARE * len(name)
        return own if named else list(rows)

    def _extreme(self, question: str, extreme: str, rows: Sequence[FundingDecision]) -> Answer | None:
        """The counted award of the largest (or smallest) amount among `rows`, saying among how many;
        None when fewer than two awards are counted, they are several partnerships', or two share
        the amount."""
        awards = [d for d in rows if self.counted(d) and d.kind != "allocation"]
        if len(awards) < 2 or len({self.partnership_of.get(d.document, "") for d in awards}) > 1:
            return None  # one award, or several partnerships' (none named): no one largest to give
        ordered = sorted(awards, key=lambda d: d.amount, reverse=extreme == "largest")
        if ordered[0].amount == ordered[1].amount:
            return None
        found = compose(question, ordered[:1], self)
        said = f"The {extreme} of the {len(awards)} awards the documents record for what was asked."
        return replace(
            found,
            text=f"{found.text}\n\n{said}",
            sentences=(*found.sentences, CheckedSentence(said, (), True, "computed from the register")),
        )

    def _all_used(self, words: Sequence[str], used: Uses) -> bool:
        """Whether `used` holds every word naming an item, partnerships' names left out; False when
        the words name nothing but a partnership."""
        names = set(terms(" ".join(set(self.partnership_of.values()))))
        naming = [w for w in words if w not in names]
        return bool(naming) and all(used(w) for w in naming)

    def _names_all(self, words: Sequence[str], decision: FundingDecision) -> bool:
        """Whether every one of the words names the decision (its item, priority or lead), not
        merely stands in the sentence around it."""
        strong, lead, _ = self._words[self.decisions.index(decision)]
        return all(w in strong | lead for w in words)

    def _has_history(self, decision: FundingDecision) -> bool:
        """A decision a meeting made, or one of an item decided more than once."""
        found = self.state_of(decision)
        return (
            bool(decision.date)
            or decision.outcome != "approved"
            or (found is not None and len(found[0].states) > 1)
        )


def _spelled_out(named: str, forms: list[str]) -> tuple[frozenset[str], ...]:
    """The words a decision's name holds only in the glossary's other forms of its words, form by
    form ("closed circuit television" of "CCTV"; "DA" of "Domestic Abuse")."""
    own = set(terms(named))
    return tuple(frozenset(terms(form)) - own for form in forms)


def _as_text(value: Any) -> Any:
    """A CSV cell a spreadsheet will show as text: one a document gave starting "=", "+", "-" or "@"
    would otherwise run as a formula when the file is opened (OWASP's CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


_TOTAL_Q_RE = re.compile(r"\b(?:in total|total|totals|altogether|in all|overall|combined)\b", re.I)


def _when(decision: FundingDecision, query: RegisterQuery, title: str) -> bool:
    """Whether a decision is of the time asked; one taken between meetings, when such are asked,
    of its own date, not its ratifying meeting's."""
    if query.between:
        return taken_between(decision, title) and taken_in(decision, query.window_months, query.year)
    return (not query.window_months or _in_months(decision, query.window_months, query.windows_only)) and (
        not query.year or _in_year(decision, query.year)
    )


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


def _words_in(wanted: str, text: str) -> bool:
    want = set(terms(wanted))
    return bool(want) and want <= set(terms(text))


def _priority_of(decision: FundingDecision, names: Sequence[tuple[str, set[str]]]) -> str:
    """The priority a decision serves: named in its item, in a sentence about priorities, or in its
    section; the strongest and then earliest mention wins. Empty when the documents do not say.

    `names` are the priorities' names with their `item_words`."""
    best: tuple[int, ...] | None = None
    chosen = ""
    sentences = [s for line in decision.context.split("\n") for s in split_sentences(line)]
    said = [item_words(s) for s in sentences]
    item = item_words(decision.item)
    for name, wanted in names:
        if wanted <= item:
            key: tuple[int, ...] = (3, 0)
        else:
            where = [i for i, words in enumerate(said) if wanted <= words]
            if not where:
                continue
            about_priority = [i for i in where if re.search(r"priorit", sentences[i], re.I)]
            key = (2, -about_priority[0]) if about_priority else (1, -where[0])
        key = (*key, len(wanted))  # of two named alike, the fuller: "Drug-related harm and exploitation"
        if best is None or key > best:
            best, chosen = key, name
    return chosen


# What a partnership is given, not what it gives: money allocated to it, or contributed to its fund.
RECEIVED_KINDS = frozenset({"allocation", "contribution"})


def _recipient_words(partnerships: set[str]) -> frozenset[str]:
    """The words naming one partnership alone that English rarely uses (its place: "stannerley", not
    "community"), its initials, and a partnership as such ("csp", "alliance"): what a question says
    money was given to when it was given to the partnership itself."""
    names = [n for n in partnerships if n]
    words = {w for n in names for w in re.findall(r"[a-z]+", n.casefold()) if zipf(w) < ABSENT_ZIPF}
    counts = Counter(t for n in names for t in set(terms(n)))
    own = {t for w in words for t in terms(w) if counts[t] == 1}
    initials = {"".join(w[0] for w in n.split()).lower() for n in names}
    return frozenset(own | initials | set(terms("csp cdrp partnership alliance")))
