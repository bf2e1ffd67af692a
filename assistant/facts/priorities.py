"""The priorities the documents set, across documents and periods, and what changed between them."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise

from assistant.answering.asked import WHEN_Q_RE
from assistant.answering.citations import CitationLedger
from assistant.answering.editions import asks_current
from assistant.text import terms
from assistant.types import ABSTAIN_TEXT, Answer, CheckedSentence, Sources
from ingest.facts.periods import covers, financial_year, financial_years_in, period_span, years_in
from ingest.facts.priorities import PrioritySet

# What stayed the same from one period to the next: "which priority carried over into 2023-24".
_KEPT_Q_RE = re.compile(r"\b(?:carried (?:over|forward|on)|kept|stayed|remained|continued|still)\b", re.I)
_CHANGE_Q_RE = re.compile(
    r"\bchang|\bdiffer|\bcompar|\bover time\b|\bsince\b|\b(drop(?:ped)?|add(?:ed)?|remov(?:e|ed)|new)\b|"
    + _KEPT_Q_RE.pattern,
    re.I,
)
# Words any priority may hold, which say nothing of its topic ("P1", "crime", "safety").
_NOT_TOPIC = frozenset(
    terms("crime crimes safety harm harms people priority including especially through support")
)
_NOT_TOPIC |= frozenset(f"p{n}" for n in range(1, 10))
# Which way from a named period a change is asked: "dropped the year after", "added since the year before".
_LATER_RE = re.compile(r"\b(after|following|next|later|since)\b", re.I)
_EARLIER_RE = re.compile(r"\b(before|previous|prior|earlier|last)\b", re.I)
# Priorities by name (as typed too: "prioritys"), or what a partnership is said to focus or concentrate on.
_LIST_Q_RE = re.compile(
    r"\bpriorit(?:ies|ys)\b|\bpriority (areas|themes|list)\b|\bstrategic themes\b"
    r"|\b(focus(s?ing|s?ed|es)?|concentrat\w*) on\b",
    re.IGNORECASE,
)
# An assessment proposes priorities, which a board, a plan or a report then sets: a question asks for
# the proposal only by naming it.
_PROPOSING_TYPE = "strategic assessment"  # of the catalogue's types (`ingest.parse.catalogue.DOC_TYPES`)
_PROPOSED_Q_RE = re.compile(r"\bassess|\bSIA\b|\brecommend|\bpropos|\bsuggest", re.IGNORECASE)
# One priority asked for as a change: "which (Northvale) priority carried over".
_ONE_PRIORITY_RE = re.compile(r"\b(?:which|what) (?:[\w'-]+ ){0,2}priority\b", re.IGNORECASE)
# Words that ask for the priorities as a whole rather than about one of them.
_PRIORITY_QUESTION_WORDS = frozenset(
    terms(
        "what which list are were is our their the partnership partnership's current set agreed identified "
        "main key strategic priorities priority areas themes change changed changes did do has have how "
        "since over time period year years new now and compare compared between across documents "
        "currently latest moment present today these days still whats csp focus focusing focused "
        "concentrating on dropped added removed drop add remove one after before following next previous "
        "prior later earlier last carried over forward into kept stayed remained continued from to both not "
        "didnt didn't doesnt doesn't dont don't wasnt wasn't werent weren't "
        "annual report review plan strategy assessment minutes document"
    )
)


def ordered(sets: Sequence[PrioritySet]) -> list[PrioritySet]:
    """Priority sets oldest period first (then by document), the order changes are read in."""
    return sorted(sets, key=lambda s: (s.period, s.document, s.page))


def answer_priorities(
    question: str,
    sets: Sequence[PrioritySet],
    title_words: set[str],
    sources: Sources,
    partnership_of: Mapping[str, str] | None = None,
    periods: Collection[str] = (),
) -> Answer | None:
    """List the priorities each document sets and what changed, when the question asks for them all.

    `partnership_of` gives each document's partnership: changes are read within a partnership.
    `periods` are those of the documents that may answer: asked about years none of them covers,
    the answer declines and says which periods priorities are set for (minutes of a covered year may
    still set next year's priorities in prose, so then the passages answer).
    """
    kept = bool(_KEPT_Q_RE.search(question))
    changed = bool(_CHANGE_Q_RE.search(question))
    one = (kept or changed) and _ONE_PRIORITY_RE.search(question)  # "which priority did it drop"
    stated = [s for s in sets if s.change]  # a priority added or dropped: told beside the lists
    sets = [s for s in sets if not s.change]
    if not sets or not (_LIST_Q_RE.search(question) or one):
        return None
    if WHEN_Q_RE.search(question):  # "when did the board agree its priorities": a day, which passages tell
        return None
    years = years_in(question)
    known = _PRIORITY_QUESTION_WORDS | title_words
    # A possessive is its word's: "the CSP's priorities" ("csps") asks nothing particular.
    others = [
        t for t in terms(question) if t not in known and t.removesuffix("s") not in known and not t.isdigit()
    ]
    if others:
        return None  # a question about something particular, which passages answer better
    found = _in_period(question, ordered(sets))
    if not _PROPOSED_Q_RE.search(question):  # what was adopted leads what an assessment proposed
        found = sorted(found, key=lambda s: (s.period, sources.doc_type(s.document) == _PROPOSING_TYPE))
    # A change from the one period named: its neighbour answers too (two named compare with each other).
    if found and years and changed and len(financial_years_in(question)) < 2:
        found = _with_neighbour(question, found, ordered(sets), partnership_of or {})
    groups: dict[str, list[PrioritySet]] = {}  # by partnership: one partnership's periods compare
    for each in found:
        groups.setdefault((partnership_of or {}).get(each.document, ""), []).append(each)
    now = not years and asks_current(question)
    if now:  # what holds now: each partnership's newest period, by its first year (a plan for
        # 2024-27 is no newer than the annual report for 2024-25, and the two are no change)
        groups = {
            name: [s for s in group if s.period[:4] == group[-1].period[:4]] for name, group in groups.items()
        }
    if not groups:
        unrecorded = bool(years) and not any(covers(p, y) for p in periods for y in years)
        return _no_set_for(question, sets, sources) if unrecorded else None
    ledger = CitationLedger(sources)
    shown = [s for group in groups.values() for s in group]
    if not changed:  # the lists lead, so they are numbered first, oldest first
        for s in shown:
            ledger.cite(s.document, s.page, _quote(s))
    owned = {
        name: [s for s in stated if (partnership_of or {}).get(s.document, "") == name] for name in groups
    }
    steps = [
        _changes(group, ledger, name if len(groups) > 1 else "", kept, owned[name])
        for name, group in groups.items()
        if changed or (len({s.period for s in group}) > 1 and not now)
    ]
    listed, checked = _listed(shown, ledger, sources)
    if now and not changed:
        additions = _added_since(groups, owned, ledger, sources)
        listed += [text for text, _ in additions]
        checked += [sentence for _, sentence in additions]
    # Asked what changed, the change comes first; else it follows the lists, when they span periods.
    lines = [*steps, *listed] if changed else [*listed, *steps]
    return Answer(
        question,
        "\n\n".join(lines),
        False,
        ledger.citations(),
        sentences=tuple(checked),
        answerer="register",
        about=_dropped(groups, owned) if changed else (),
    )


def _added_since(
    groups: Mapping[str, Sequence[PrioritySet]],
    owned: Mapping[str, Sequence[PrioritySet]],
    ledger: CitationLedger,
    sources: Sources,
) -> list[tuple[str, CheckedSentence]]:
    """The priorities added to a partnership's in or after the period of its latest list ("shop theft
    be added as a fifth priority from 1 April 2025") and none of it, each said and cited with the
    sentence adding it."""
    found = []
    for name, group in groups.items():
        latest = max(s.period[:4] for s in group)
        listed = {p.name.casefold() for each in group for p in each.priorities}
        for s in owned.get(name, ()):
            new = s.priorities[0].name.casefold() not in listed
            # ... in or after it: a report's year may end with one added ("kept all four and added
            # a fifth, shop theft"), its list being of the year's four.
            if s.change == "added" and s.period[:4] >= latest and new:
                number = ledger.cite(s.document, s.page, s.heading)
                item = s.priorities[0].text
                text = f"{sources.title(s.document)} [{number}] adds {item} as a priority for {s.period}."
                found.append((text, CheckedSentence(text, (number,), True)))
    return found


def _listed(
    sets: Sequence[PrioritySet], ledger: CitationLedger, sources: Sources
) -> tuple[list[str], list[CheckedSentence]]:
    """Each period's priorities under a line naming the documents setting them, every item cited.

    Documents setting the same priorities for one period (the assessment recommending them, the
    minutes adopting them, the report looking back) share one list: the list once, its sources named.
    """
    alike: dict[tuple[str, tuple[str, ...]], list[PrioritySet]] = {}
    for s in sets:
        alike.setdefault((s.period, tuple(p.name.casefold() for p in s.priorities)), []).append(s)
    lines: list[str] = []
    checked: list[CheckedSentence] = []
    for (period, _), group in alike.items():
        numbers = [ledger.cite(s.document, s.page, _quote(s)) for s in group]
        named = [f"{sources.title(s.document)} [{n}]" for s, n in zip(group, numbers, strict=True)]
        verb = "sets" if len(named) == 1 else "set"
        intro = f"{_joined(named)} {verb} these priorities for {period}:"
        lines.append("\n".join([intro, *(f"- {p.text} [{numbers[0]}]" for p in group[0].priorities)]))
        checked.extend(CheckedSentence(p.text, (numbers[0],), True) for p in group[0].priorities)
    return lines, checked


def _joined(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _no_set_for(question: str, sets: Sequence[PrioritySet], sources: Sources) -> Answer:
    """A decline that says which periods the documents do set priorities for."""
    held = "; ".join(
        dict.fromkeys(f"{s.period} ({sources.title(s.document)}, p. {s.page})" for s in ordered(sets))
    )
    text = f"{ABSTAIN_TEXT} No document sets priorities for the period asked about; they are set for {held}."
    return Answer(question, text, True, answerer="register")


def _in_period(question: str, sets: Sequence[PrioritySet]) -> list[PrioritySet]:
    """The sets of the period a question names: a financial year ("2022-2025" is 2022-25) when one
    is, those of periods spanning it, and none when no period does (the 2023-24 priorities do not
    answer for 2024-25); else any period holding a year it names; all of them when it names none."""
    named = financial_years_in(question)
    if len(named) > 1:  # "from 2022-23 into 2023-24": those two periods
        return [s for s in sets if s.period in named]
    asked = period_span(financial_year(question))
    if asked is not None:  # a period holds a financial year when it holds both its calendar years
        return [s for s in sets if all(covers(s.period, str(year)) for year in asked)]
    years = years_in(question)
    return [s for s in sets if not years or any(covers(s.period, y) for y in years)]


def _with_neighbour(
    question: str,
    found: Sequence[PrioritySet],
    sets: Sequence[PrioritySet],
    partnership_of: Mapping[str, str],
) -> list[PrioritySet]:
    """The sets found, with those of the period after theirs in the same partnership when the
    question looks forward ("dropped the year after"), before when it looks back, else both."""
    later, earlier = bool(_LATER_RE.search(question)), bool(_EARLIER_RE.search(question))
    keep = {(partnership_of.get(s.document, ""), s.period) for s in found}
    for name, period in list(keep):
        own = sorted({s.period for s in sets if partnership_of.get(s.document, "") == name})
        at = own.index(period)
        if later or not earlier:
            keep |= {(name, p) for p in own[at + 1 : at + 2]}
        if earlier or not later:
            keep |= {(name, p) for p in own[max(at - 1, 0) : at]}
    return [s for s in sets if (partnership_of.get(s.document, ""), s.period) in keep]


def _quote(found: PrioritySet) -> str:
    """What a citation of a set quotes: its heading and its items as printed. A sentence naming
    the items is their quote (in a table cell an item may be printed over lines other cells part)."""
    if found.lead_page:  # the heading is on the page before the list's
        return "\n".join(p.text for p in found.priorities)
    said = " ".join(found.heading.split())
    return "\n".join([found.heading, *(p.text for p in found.priorities if p.text not in said)])


def _carried(old: Sequence[str], new: Sequence[str]) -> dict[str, str]:
    """Each earlier priority the later list carries on, reworded or not ("P2 Domestic abuse" as
    "domestic abuse and violence against women and girls"): paired one to one by the topic words
    they share, most first; a priority sharing too few with every later one was dropped."""

    topics = {name: set(terms(name)) - _NOT_TOPIC for name in (*old, *new)}

    def shared(a: str, b: str) -> int:
        # Two topic words in common, or the whole of the shorter name's ("Knife crime" in "Serious
        # youth violence and knife crime"): one word alike ("violence") is no continuation.
        common, shorter = topics[a] & topics[b], min(len(topics[a]), len(topics[b]))
        return len(common) if len(common) >= min(2, shorter) else 0

    pairs = sorted(
        ((shared(o, n), i, j) for i, o in enumerate(old) for j, n in enumerate(new)),
        key=lambda pair: (-pair[0], pair[1], pair[2]),
    )
    carried: dict[str, str] = {}
    taken: set[int] = set()
    for count, i, j in pairs:
        if count and old[i] not in carried and j not in taken:
            carried[old[i]] = new[j]
            taken.add(j)
    return carried


def _step(before: PrioritySet, after: PrioritySet) -> tuple[dict[str, str], list[str], list[str]]:
    """From one period's priorities to the next: those carried on (old name to new), added, dropped."""
    old = list(dict.fromkeys(p.name for p in before.priorities))
    new = list(dict.fromkeys(p.name for p in after.priorities))
    carried = _carried(old, new)
    return carried, [n for n in new if n not in carried.values()], [o for o in old if o not in carried]


def _by_period(sets: Sequence[PrioritySet]) -> list[PrioritySet]:
    """Each period's first set, in the order given: two documents setting one period's priorities (a
    report, and the minutes adopting them) are not a change."""
    first: dict[str, PrioritySet] = {}
    for each in sets:
        first.setdefault(each.period, each)
    return list(first.values())


def _dropped(
    groups: Mapping[str, Sequence[PrioritySet]], owned: Mapping[str, Sequence[PrioritySet]]
) -> tuple[str, ...]:
    """The priorities dropped from one period to the next, in every partnership's sets: those its
    documents say are dropped for the later period where they say so (a list's other differences
    may be rewordings), else those the later list lacks."""
    found: list[str] = []
    for name, group in groups.items():
        said = [s for s in owned.get(name, ()) if s.change == "dropped"]
        by_period = _by_period(group)
        for before, after in pairwise(by_period):
            told = [s.priorities[0].name for s in _one_period([after], said)]
            found += told or _step(before, after)[2]
        if len(by_period) == 1:
            found += [s.priorities[0].name for s in _one_period(group, said)]
    return tuple(dict.fromkeys(_LIST_LABEL_RE.sub("", name) for name in found))


# A priority's label in its list ("P4 Drug-related harm", "2. Domestic abuse"): no word of its subject.
_LIST_LABEL_RE = re.compile(r"^(?:[A-Z]{0,2}\d{1,2}[.):]?|\(?[a-z]\))\s+")


def _one_period(group: Sequence[PrioritySet], stated: Sequence[PrioritySet]) -> list[PrioritySet]:
    """The changes stated for the one period a partnership's lists are of (said in its documents of
    that period or the year before it, which set it)."""
    start = group[0].period[:4]
    before = str(int(start) - 1) if start.isdigit() else start
    return [s for s in stated if s.period[:4] in (start, before)]


def _changes(
    sets: Sequence[PrioritySet],
    ledger: CitationLedger,
    name: str = "",
    kept: bool = False,
    stated: Sequence[PrioritySet] = (),
) -> str:
    """One sentence per step between consecutive periods, priorities added and dropped (and, with
    `kept`, those carried over), citing the later edition (whose list shows the change) and then the
    earlier; `name` the partnership's. A period is read from its first set in `ordered`'s order
    (`_by_period`). Where the lists are of one period, the changes its documents state for it.
    """
    by_period = _by_period(sets)
    said = _one_period(sets, stated) if len(by_period) == 1 else []
    if said:
        parts = [
            f"{s.change} {s.priorities[0].text} [{ledger.cite(s.document, s.page, s.heading)}]" for s in said
        ]
        told = f"For {sets[0].period}: {'; '.join(parts)}."
        return f"{name}: {told}" if name else told
    if len(by_period) == 1:
        number = ledger.cite(sets[0].document, sets[0].page, _quote(sets[0]))
        only = f"The documents set priorities for one period only ({sets[0].period}), so they show no change"
        only += f" [{number}]."
        return f"{name}: {only}" if name else only
    steps = []
    for before, after in pairwise(by_period):
        cited = f"[{ledger.cite(after.document, after.page, _quote(after))}]"
        cited += f"[{ledger.cite(before.document, before.page, _quote(before))}]"
        carried, added, dropped = _step(before, after)
        reworded = [(o, n) for o, n in carried.items() if o.casefold() != n.casefold()]
        if not added and not dropped and not reworded:
            steps.append(f"From {before.period} to {after.period} the priorities did not change {cited}.")
            continue
        parts = [f"kept {', '.join(carried.values())}"] if kept else []
        parts += [f"added {', '.join(added)}"] if added else []
        parts += [f"dropped {', '.join(dropped)}"] if dropped else []
        parts += [f"carried on {', '.join(f'{o} as {n}' for o, n in reworded)}"] if reworded else []
        steps.append(f"From {before.period} to {after.period}: {'; '.join(parts)} {cited}.")
    return f"{name}: {' '.join(steps)}" if name else " ".join(steps)
