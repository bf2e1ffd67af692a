"""What a question asks for, read once from its wording: its weighted words and the kind of answer
it wants (a figure, an amount, a date, a list, a reason...). Scoring (`scoring`) weighs units by it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from assistant.answering.answer_types import named_kind, role_asked, succession_name
from assistant.answering.editions import asks_current, current_words
from assistant.answering.fits import PER_RE
from assistant.answering.former import former_asked, framing_terms
from assistant.answering.narrowing import COUNT_Q_RE, change_direction, counted_terms, narrowing_terms
from assistant.answering.reasons import OUTCOME_Q_RE, REASON_Q_RE
from assistant.answering.specific import commonness, specific_weights
from assistant.answering.weights import NAME_ZIPF
from assistant.spelled import is_mixed_acronym
from assistant.text import HOW_OFTEN_RE, span_ends, terms
from ingest.facts.periods import ORIGIN_RE, financial_year, month_years_in, years_in

_LIST_Q_RE = re.compile(
    r"^(list|name)\b|^(what|which|who) (are|were)\b"
    # "what conditions did the PCC attach", "which projects were funded": things, in the plural
    r"|^(?:what|which) [a-z-]+(?<!s)s (?:did|does|do|have|has|had|were|are|will|would)\b"
    r"|\b(priorities|members|organisations|organizations|"
    r"groups|sub-groups|subgroups|authorities|duties|projects|outcomes|principles|examples|services)\b",
    re.IGNORECASE,
)
# "the most the Panel can award", "the least a member may claim": a limit, as "max" is.
MOST_ALLOWED_RE = re.compile(
    r"\b(?:most|least)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,6}?(?:can|could|may|might)\b", re.I
)
_FIGURE_Q_RE = re.compile(
    r"\bhow (much|many|old)\b|\b(amount|cost|budget|figure|number|total|sum|value|percentage|proportion)s?\b"
    r"|\b(?:max|maximum|minimum|limit|threshold)s?\b"  # "max the coordinator can approve on their own"
    rf"|{MOST_ALLOWED_RE.pattern}"
    r"|\bcount\b(?!\s+as\b)"  # "the hate crime count", not "what does count as"
    r"|\b(?:what|which) (?:age|ages|age group|age range)\b",
    re.I,
)
# A share asked for is answered by a percentage, not by any figure.
_PERCENT_Q_RE = re.compile(r"\bpercent(age)?\b|\bper cent\b|%|\bproportion\b", re.I)
_MONEY_Q_RE = re.compile(
    r"\bhow much\b|\b(cost|budget|funding|fund|funded|grant|award|spent|spend|money)\b", re.I
)
# What money was for ("what did the grant pay for", "what was the funding used for") asks for a
# purpose, not an amount; what was spent on a thing named ("what did the CSP spend on CCTV") asks
# the amount.
_PURPOSE_Q_RE = re.compile(
    r"\b(?:pay|paid|use|used|go|went)\s+(?:for|on|towards)\b|\bb(?:uy|ought)\b"
    r"|\bspen[dt]\s+(?:for|on|towards)\b(?=\s*(?:$|[?.,;!:)]|\s(?:and|or|in|during|by|over|last|this)\b))"
    r"|^what for\b|\bwhat (?:is|was|are|were) (?:it|they|this|that) for\b",  # "..., and what for"
    re.I,
)
# "what did the CSP spend on CCTV": an amount, as "how much" asks, when no purpose is asked.
_SPENT_ON_Q_RE = re.compile(r"\bspen[dt]\s+(?:on|towards)\b", re.I)
# "where is the camera going", "where will the workers be based": a place, which a sentence says.
_WHERE_Q_RE = re.compile(r"^where\b", re.I)
# "what does a green rating mean", "what does RAG stand for": what a term or a value says.
MEANING_Q_RE = re.compile(r"\b(?:mean|means|meaning|stands? for|define|defined|definition)\b", re.I)
_DEFINITION_CUE_RE = re.compile(
    r"^(what|who) (is|are|was|were) (a|an|the)?\b|\b(mean|means|stand for|definition|define|defined)\b",
    re.IGNORECASE,
)
# The words asking for a definition say what kind of answer is wanted, not what it is about: a
# glossary's "County lines: drug dealing ..." answers "what definition of county lines" without them.
_DEFINITION_TERMS = frozenset(terms("mean means meaning stand definition definitions define defined"))
# A document's verb of telling ("what does the assessment give", "what did the report say about")
# says where to look, not what the answer holds.
_DOCUMENT_NAMES = "report assessment sia sa minutes strategy plan document paper papers"
_DOCUMENT_WORDS = "|".join(_DOCUMENT_NAMES.split())
DOCUMENT_TERMS = frozenset(terms(_DOCUMENT_NAMES))  # a question's words naming a document
# A year naming a document ("the SIA 2024", "its 2022 assessment"), not a time asked about.
_DOCUMENT_YEAR_RE = re.compile(
    rf"\b(?:{_DOCUMENT_WORDS})\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+(?:[\w'-]+\s+)?(?:{_DOCUMENT_WORDS})\b",
    re.I,
)
_DOCUMENT_TELLS_RE = re.compile(
    rf"\b(?:{_DOCUMENT_WORDS})\s+"
    r"(say|says|said|give|gives|gave|state|states|stated|describe|describes|described|mention|mentions)\b",
    re.I,
)
# "according to the assessment" and "listed in the agreement" say where the answer is told, "the
# total value of the grants" that an amount is asked: none is a word the answer holds.
_FRAME_WORD_RE = re.compile(
    r"\b(according(?= to\b)|value(?= of\b)|(?:listed|named|mentioned|set out)(?= in\b))", re.I
)
# How money is said to be held for a thing ("how much did the plan set aside for the open round"): a
# budget's row states the sum under its item's name, never the verb.
_MONEY_HELD_RE = re.compile(r"\b(?:set|put|kept)\s+aside\b|\bearmark\w*|\bring-?fenced?\b", re.I)
# A question about change over time: two periods named, or one as a starting point ("since 2018-19").
_SINCE_RE = re.compile(r"\bsince\b|\bover the (last|past)\b|\btrend\b|\bbetween\b.*\band\b", re.IGNORECASE)
# A thing asked about by its number: "action 7", "minute 22/33", "rec R5", "item 4.2".
LABELLED_Q_RE = re.compile(
    r"\b(?:actions?|items?|minutes?|recommendations?|recs?|paragraphs?|appendix|annex)\s+(?:no\.?\s*)?"
    r"([a-z]?\d+(?:[./]\d+)*)\b",
    re.I,
)
# A thing lettered, not numbered: "Recommendation E", "Option B" (a capital letter alone).
LETTERED_Q_RE = re.compile(r"\b(?i:recommendations?|recs?|options?|appendix|annex)\s+([A-H])\b")
# How a question asks what a thing numbered says ("what does recommendation 3 propose", "what did
# action 4 ask for"): the verb is no word its text must hold.
_LABEL_TELLS_RE = re.compile(
    r"\b(?:say|says|said|propose[sd]?|suggest(?:s|ed)?|ask(?:s|ed)?|cover(?:s|ed)?|involve[sd]?|state[sd]?"
    r"|mean[st]?)\b",
    re.I,
)
# Who came or not: what a list of apologies answers.
ATTENDANCE_Q_RE = re.compile(
    r"\b(?:apologi\w*|absen\w*|attend\w*|present|missed|quorate|came|(?:was|were) there|turn(?:ed)? up"
    r"|make it)\b",
    re.I,
)
_MANNER_Q_RE = re.compile(r"how (?:does|do|did|is|are|was|were|will|can|could|would|should)\b", re.I)
# "who seconded the award", "who nominated her": the deed asked about, which an answer must tell.
_ACTION_Q_RE = re.compile(r"who\s+([a-z]{3,}ed)\b", re.I)
# A score asked for: "what score did the bid get", "what did it score out of 25", "minimum score".
_SCORE_Q_RE = re.compile(
    r"\b(?:what|which|the|a|its|their|minimum|maximum|highest|lowest|pass)\s+scores?\b"
    r"|\bscored\b|\bscores?\s+(?:out of|of)\b",
    re.I,
)
# The quorum itself asked for ("whats the quorum for the board", "what counts as a quorum"), not
# whether a meeting had one ("was the meeting quorate").
_QUORUM_Q_RE = re.compile(r"\b(?:what(?:['’]?s)?|which|how many)\b[^?]*\bquorum\b", re.I)
# A clause telling when or why, not what is asked ("when the partners scored the priorities").
_CLAUSE_OPENER_RE = re.compile(r"\b(?:when|after|before|once|while|as|because)\b[^,;?]*$", re.I)


def _asks_score(question: str) -> bool:
    """Whether a question asks for a score ("what did the bid score"), not for something else of a
    time a score was given ("what rating did it get when the partners scored it")."""
    return any(not _CLAUSE_OPENER_RE.search(question[: m.start()]) for m in _SCORE_Q_RE.finditer(question))


# A conclusion or recommendation asked for: "what did the review conclude", "any recomendations".
_FINDING_Q_RE = re.compile(r"\b(?:conclu(?:de|ded|des|sion|sions)|rec+om+end(?:s|ed|ation|ations)?)\b", re.I)
# "with a vote", "with the money": what a thing has. "Without" is no "with".
WITH_RE = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?([a-z]{3,})\b", re.I)
WHEN_Q_RE = re.compile(  # "by when": the second part of "who has to do it and by when"
    r"^(?:by |until |till |since )?when\b|\bwhat (date|year|month)\b|\bwhich (date|year|month)\b", re.I
)


@dataclass(frozen=True)
class Asked:
    """What a question asks for, read once: its weighted words and the kind of answer it wants."""

    idf: Mapping[str, float]  # the stand-alone query's words and their weights
    wants_figure: bool
    wants_money: bool
    wants_count: bool  # "how many": a count, which an amount of money is not
    wants_percent: bool  # "what percentage": a share
    wants_rate: bool  # "per 1,000 residents": a rate
    wants_date: bool
    wants_list: bool
    wants_definition: bool
    wants_purpose: bool  # what money paid for, or where: a sentence says, a row of amounts does not
    wants_named: str  # a thing to be named: a person in a role, a postal address (`answer_types`), or ""
    wants_comparison: bool  # figures for two periods or more ("between 2021-22 and 2022-23", "since")
    listed: frozenset[str]  # what a list should be of ("priorities")
    years: frozenset[str]
    # Of `years`, those asked about, not naming a document ("in 2024", not "the SIA 2024").
    times: frozenset[str] = frozenset()
    # The one financial year a question names ("in 2024-25"), which a bare "2024" does not settle.
    financial: str = ""
    # The months a question names with their year ("its October 2023 meeting").
    month_years: frozenset[str] = frozenset()
    # Documents not to answer from when a newer one of their type may: the question asks what holds now.
    outdated: frozenset[str] = frozenset()
    older: frozenset[str] = frozenset()  # with a later one of their partnership, when "now" is asked
    # Words narrowing what a count, rate or role is of ("hate" in "how many hate crimes", `narrowing`).
    narrowed: frozenset[str] = frozenset()
    # "why ...": a cause or purpose; "what happened with ...": a result (`reasons`).
    wants_reason: bool = False
    wants_outcome: bool = False
    # "down" or "up": the way a change asked about went ("how much did it go down by", `narrowing`).
    direction: str = ""
    wants_who: bool = False  # "who ...": a person, body or role, which a row of figures is not
    origin: bool = False  # names a period as an origin ("carried forward from 2022-23"), as texts may
    wants_frequency: bool = False  # "how often": a text stating how often, not one naming the thing
    wants_quorum: bool = False  # "what is the quorum": a text stating how many make one
    wants_score: bool = False  # "what score did the bid get": a text stating a score, not naming the bid
    wants_finding: bool = False  # "what did the review recommend": a text stating one, not naming the review
    wants_manner: bool = False  # "how does X get Y": the way, often told after the sentence naming it
    counted: frozenset[str] = frozenset()  # what "how many" counts ("people"), its head noun with it
    role: str = ""  # the role whose holder is asked for ("chair" of "who is the vice chair")
    labels: frozenset[str] = frozenset()  # what numbers a thing asked about: "7" of "action 7", "R5"
    wants_attendance: bool = False  # who came, was absent or sent apologies
    names: frozenset[str] = frozenset()  # the rare names it capitalises ("DHR Marianne"): `proper_names`
    action: frozenset[str] = frozenset()  # who did what: "who seconded ..." is answered by a seconder
    # Words' other forms, as (term, the form's terms in order): "asb" is held by "anti-social behaviour".
    alike: tuple[tuple[str, tuple[str, ...]], ...] = ()
    wants_meaning: bool = False  # "what does [c] mean", "what does RAG stand for": what a term says
    span_end: str = ""  # "start" or "end": which end of a span "when" asks for ("when does it close")
    other_than: str = ""  # the surname of the person a role's holder came after or before (`answer_types`)
    wants_former: bool = False  # what held before a change ("the quorum before May 2023", `former`)
    # What the question asks a thing to be with ("who sits on it with a vote"): a text saying its
    # subject is without it tells the opposite.
    with_what: frozenset[str] = frozenset()

    def holds(self, term: str, said: set[str]) -> bool:
        """Whether words said hold a question's term, itself or in another form of it."""
        return term in said or any(own == term and said.issuperset(form) for own, form in self.alike)

    def refers(self, term: str, said: set[str]) -> bool:
        """Whether words said refer back to a question's acronym by the last word of its meaning, as
        writing does once the meaning is spelled out ("the Commissioner's grant" for "pcc")."""
        return any(own == term and len(form) > 1 and form[-1] in said for own, form in self.alike)

    def says(self, term: str, said: set[str]) -> bool:
        """Whether words said hold a question's term itself or a word of its family ("quorate" for
        "quorum"), not a meaning of several words spelled out."""
        family = (form for own, form in self.alike if own == term and len(form) == 1)
        return term in said or any(said.issuperset(form) for form in family)

    @classmethod
    def read(
        cls,
        question: str,
        query: str,
        idf: Callable[[str], float],
        superseded: frozenset[str] = frozenset(),
        forms: Callable[[str], list[str]] | None = None,
        older: frozenset[str] = frozenset(),
        naming: frozenset[str] = frozenset(),
    ) -> Asked:
        """The question's own wording decides the kind of answer; the query's words are matched.

        `superseded` are the documents with a newer one of their type (`editions.Editions`), `older`
        those with a later one of any type from their partnership; `naming` the words naming the
        partnership the question names, which are no evidence in its own documents;
        `forms` gives a word's other forms (the glossary's meaning of an acronym).
        """
        wants_list = bool(_LIST_Q_RE.search(question))
        # "how much was spent on", "was more spent on" ask for an amount, not for what it paid for.
        wants_purpose = bool(_PURPOSE_Q_RE.search(question) or _WHERE_Q_RE.search(question))
        wants_purpose = wants_purpose and not re.search(r"\bhow much\b|\b(?:more|less)\b", question, re.I)
        # "why were they picked for the money" asks a reason, not an amount.
        wants_reason = bool(REASON_Q_RE.search(question))
        # "how many applications in the funding window" counts them: "funding" only says which ones.
        counts = bool(COUNT_Q_RE.search(question))
        # "what date did the Fund Panel meet" asks a day: "fund" names the panel, no sum is asked.
        wants_date = bool(WHEN_Q_RE.search(question))
        wants_money = bool(_MONEY_Q_RE.search(question)) and not (wants_purpose or wants_reason or counts)
        wants_money = wants_money and not wants_date
        wants_definition = bool(_DEFINITION_CUE_RE.search(question)) and not wants_list
        shares = specific_weights(query)
        former = former_asked(question)
        now = asks_current(question) and not years_in(question)
        tells = [*_DOCUMENT_TELLS_RE.finditer(question), *_FRAME_WORD_RE.finditer(question)]
        framing = set(terms(" ".join(m.group(1) for m in tells))) | naming
        labelled_as = [*LABELLED_Q_RE.finditer(question), *LETTERED_Q_RE.finditer(question)]
        labels = frozenset(m.group(1).casefold() for m in labelled_as)
        if labels:  # "what does recommendation 3 propose": what it says is the answer, whatever the verb
            framing |= set(terms(" ".join(_LABEL_TELLS_RE.findall(question))))
        if wants_definition:
            framing |= _DEFINITION_TERMS
        if when := WHEN_Q_RE.search(question):  # "on what date did ...": a time is asked, "date" is no topic
            framing |= set(terms(when.group(1) or when.group(2) or ""))
        if wants_money:
            framing |= set(terms(" ".join(m.group(0) for m in _MONEY_HELD_RE.finditer(question))))
        framing |= framing_terms(former)
        if now:  # "the latest shoplifting figure": the newer documents are preferred (`outdated`), and
            # no answer prints "latest", as none prints "date" for a when-question.
            framing |= set(terms(current_words(question)))
        shares = {t: s for t, s in shares.items() if t not in framing} or shares
        figure = bool(_FIGURE_Q_RE.search(question) or (wants_money and _SPENT_ON_Q_RE.search(question)))
        return cls(
            idf={t: idf(t) * share for t, share in shares.items()},
            wants_figure=figure and not wants_reason,  # "why" asks no figure
            wants_money=wants_money,
            wants_count=counts,
            wants_percent=bool(_PERCENT_Q_RE.search(question)),
            wants_rate=bool(PER_RE.search(question)),
            wants_purpose=wants_purpose,
            wants_named=named_kind(question),
            wants_date=wants_date,
            wants_list=wants_list,
            wants_definition=wants_definition,
            wants_comparison=len(years_in(question)) >= 2 or bool(_SINCE_RE.search(question)),
            listed=frozenset(_plural_terms(question)),
            years=frozenset(years_in(question)),
            times=frozenset(years_in(_DOCUMENT_YEAR_RE.sub(" ", question))),
            financial=financial_year(question),
            origin=bool(ORIGIN_RE.search(question)),
            wants_frequency=bool(HOW_OFTEN_RE.search(question)),  # a text stating one answers
            wants_quorum=bool(_QUORUM_Q_RE.search(question)),
            wants_score=_asks_score(question),
            wants_finding=bool(_FINDING_Q_RE.search(question)),
            month_years=frozenset(month_years_in(question)),
            wants_former=former is not None,
            outdated=superseded if now else frozenset(),
            older=older if now else frozenset(),
            narrowed=narrowing_terms(question),
            wants_reason=wants_reason,
            wants_outcome=bool(OUTCOME_Q_RE.search(question)),
            direction=change_direction(question),
            wants_who=bool(re.match(r"who\b", question, re.I)),
            wants_manner=bool(_MANNER_Q_RE.match(question)),
            counted=counted_terms(question),
            role=role_asked(question),
            labels=labels,
            wants_attendance=bool(ATTENDANCE_Q_RE.search(question)),
            names=proper_names(question),
            action=frozenset(terms(m.group(1))) if (m := _ACTION_Q_RE.match(question)) else frozenset(),
            alike=_alike(query, forms) if forms else (),
            wants_meaning=bool(MEANING_Q_RE.search(question)),
            span_end=next(iter(ends)) if len(ends := span_ends(question)) == 1 else "",
            other_than=succession_name(question),
            with_what=frozenset(t for m in WITH_RE.finditer(question) for t in terms(m.group(1))),
        )


def _alike(query: str, forms: Callable[[str], list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The query's one-word terms with each other form's terms ("asb": anti, social, behaviour)."""
    alike: list[tuple[str, tuple[str, ...]]] = []
    for word in dict.fromkeys(re.findall(r"\b[A-Za-z]{2,7}\b", query)):
        own = terms(word)
        if len(own) == 1:
            alike += [(own[0], tuple(t)) for form in forms(word) if (t := terms(form)) and t != own]
    return tuple(alike)


# A capitalised word inside a sentence; one opening it is capitalised whatever it is.
_MID_CAPITAL_RE = re.compile(r"(?<=[\w,'’)] )[A-Z][a-z][\w'’-]*")


def proper_names(question: str) -> frozenset[str]:
    """Stems of the names a question capitalises inside a sentence that English rarely uses
    ("Marianne" of "the independent chair of DHR Marianne"): an answer about another review, person
    or place does not answer it. Acronyms have their glossary forms ("ToR" too), and everyday words
    ("Board", "Group") are no names; a question typed all in capitals or in lower case names none
    this way."""
    words = [m.group(0) for m in _MID_CAPITAL_RE.finditer(question) if not is_mixed_acronym(m.group(0))]
    return frozenset(t for w in words for t in terms(w) if commonness(t, w.casefold()) < NAME_ZIPF)


def _plural_terms(question: str) -> set[str]:
    """Stems of the plural nouns a question asks about ("priorities", "organisations"): what a list is of."""
    words = re.findall(r"[a-z][a-z'-]+", question.lower())
    not_plural = ("ss", "'s", "us", "is")
    plurals = [w for w in words if len(w) > 3 and w.endswith("s") and not w.endswith(not_plural)]
    return {t for w in plurals for t in terms(w)}
