"""Which exact source answers a question, if any: the priority lists, who came to a meeting, who
held the chair before a date, the member lists, the minutes' next meetings, the glossary or the
funding register.

Exact rows beat quoted passages when the question asks for them, so these are tried before the
answerers; a question none of them answers goes to the passages.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from assistant.answering.citations import joined
from assistant.facts.actions import answer_action
from assistant.facts.attendance import answer_attendance
from assistant.facts.holders import answer_current_holder, answer_holder, answer_period_holder
from assistant.facts.knowledge import Knowledge
from assistant.facts.meetings import answer_held_meeting, answer_next_meeting, answer_unheld_meeting
from assistant.facts.members import answer_members
from assistant.facts.priorities import answer_priorities
from assistant.facts.register_query import body_words, naming_body
from assistant.types import Answer
from ingest.records import DocumentRecord


def answer_from_facts(
    question: str,
    query: str,
    knowledge: Knowledge,
    records: Mapping[str, DocumentRecord],
    doc_type: str | None = None,
    period: str | None = None,
    document: str | None = None,
    documents: Collection[str] | None = None,
    ranked: Sequence[str] = (),
    named_use: Callable[[str], bool] | None = None,
    register: bool = True,
    naming: Collection[str] = (),
    leading: str = "",
) -> Answer | None:
    """An exact answer from the facts of the documents the filters allow, or None.

    The stand-alone query is read, so a follow-up ("and the domestic abuse one?") keeps its topic.
    `documents` are those of the partnership the question names: priorities and members are listed
    from them only, while the register reads the partnership itself, to say whose an item is when it
    is another's. `ranked` are the retrieved passages' documents, best first: the partnership
    retrieval favours is listed first. `named_use` tells whether the documents of the partnership the
    question names use a word: the register declines to answer for it only about words they never use.
    Without `register`, the funding register is not asked: a part of a question cut from the rest
    ("what was the council's contribution in 2022/23") names a recipient, not a funded item.
    `naming` are the question's words naming a partnership by a shortening ("cora"): no topic.
    `leading` is the text of the passage ranked first (of `ranked[0]`).
    """
    allowed = {
        name
        for name, r in records.items()
        if (not doc_type or r.doc_type == doc_type)
        and (not period or r.period == period)
        and (not document or name == document)
    }
    listed = allowed if documents is None else allowed & set(documents)
    sets = [s for s in knowledge.priority_sets if s.document in listed]
    partnership_of = {name: r.partnership for name, r in records.items()}
    own = set(knowledge.own_words) | set(naming)
    periods = {records[name].period for name in listed}
    held = [h for h in knowledge.held if h.document in listed]
    found = answer_priorities(query, sets, own, knowledge.sources, partnership_of, periods)
    if found is None:  # "action 7 - what is it and who's got it": the action logs' rows
        logged = [a for a in knowledge.actions if a.document in listed]
        found = answer_action(query, logged, knowledge.sources, partnership_of, ranked, leading)
    if found is None:  # before the member lists: "who attended the June meeting" is one meeting's
        attendees = [a for a in knowledge.attendance if a.document in listed]
        minutes = [name for name in listed if records[name].doc_type == "minutes"]
        found = answer_attendance(query, attendees, knowledge.sources, partnership_of, ranked, minutes)
        if found is not None and not found.abstained:  # "where did it meet, and who sent apologies"
            opening = answer_held_meeting(query, held, knowledge.sources, ranked)
            found = joined(opening, found) if opening is not None and not opening.abstained else found
    if found is None:  # "who was chair before june 2024": the chairs named, by date
        found = answer_holder(query, knowledge.roles, knowledge.sources, listed)
    if found is None and (documents is not None or len(set(map(partnership_of.get, listed))) == 1):
        # "who chairs the larkstead leadership board now": the board whose minutes these are is the
        # partnership's, and its chair the one the documents name.
        titles = [knowledge.sources.title(name) for name in listed if records[name].doc_type == "minutes"]
        board = own | naming_body(query, body_words(titles, own))
        found = answer_period_holder(query, knowledge.roles, knowledge.sources, listed, board)  # in a year
        if found is None:
            found = answer_current_holder(query, knowledge.roles, knowledge.sources, listed, board)  # now
    if found is None:
        members = [m for m in knowledge.member_lists if m.document in listed]
        found = answer_members(query, members, own, knowledge.sources, partnership_of, ranked)
    if found is None:
        meetings = [m for m in knowledge.next_meetings if m.document in listed]
        found = answer_next_meeting(query, meetings, knowledge.sources)
    if found is None:
        found = answer_held_meeting(query, held, knowledge.sources, ranked)
    if found is None:  # the day of a meeting no document held is of: nothing it did is known
        decided = (d.date for d in knowledge.register.decisions)
        found = answer_unheld_meeting(query, decided, knowledge.next_meetings, knowledge.sources)
    if found is None and question == query:  # a definition is asked for in so many words
        found = knowledge.glossary.define(question, knowledge.sources)
    if found is None and register:
        named = {partnership_of[name] for name in documents or () if partnership_of.get(name)}
        favoured = (partnership_of.get(ranked[0], ""), leading) if ranked else ("", "")
        found = knowledge.register.restricted_to(allowed).answer(query, own, named_use, named, favoured)
    return found
