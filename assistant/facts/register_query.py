"""What a funding question asks of the register: months, a year, the words naming what was funded."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from assistant.answering.answer_types import asks_who
from assistant.facts.between import BETWEEN_Q_RE, BETWEEN_WORDS
from assistant.text import terms
from ingest.facts.decision_types import FundingDecision
from ingest.facts.periods import MONTH_ABBREVIATIONS, MONTHS_PATTERN, months_in, period_from_text
from ingest.text import MONEY_RE, parse_amount

# A question about funding decisions asks how much, or what was funded, approved, awarded, spent.
# Money "went to" or "on" something; a thing that "went in" or "went up" was not funded.
_FUNDING_Q_RE = re.compile(
    r"\bhow much\b|£|\bwent (?:to|on|towards)\b|\bsign(?:ed)? off\b|\b(?:go|goes|going|went) ahead\b|"
    r"\b(fund|funded|approved?|awarded|granted|allocated|contributed|spent|paid|receive|received|given|bids?|awards?|grants?|allocations?|contributions?|decisions?|"
    r"decided?|declined|deferred|refused|rejected|turned down|amended|reduced|cut|getting|got)\b",
    re.IGNORECASE,
)
# A question asking what money was given, and one asking what happened to a bid (any outcome).
_GIVEN_Q_RE = re.compile(
    r"\b(fund|funded|funding|approve|approved|awarded|granted|allocated|contributed|spent|spend|paid|give|given|gave|"
    r"receive|received|got|get|getting|went)\b",
    re.IGNORECASE,
)
_OUTCOME_Q_RE = re.compile(
    r"\b(declin\w*|defer\w*|postpon\w*|refus\w*|reject\w*|turn(?:ed|s)? down|happen\w*|decid\w*|decision\w*|"
    r"support\w*|status|outcome|amend\w*|chang\w*|reduc\w*|cut|increas\w*|history|when)\b",
    re.IGNORECASE,
)
# What became of money after it was awarded (moved into the next year, carried over, left unspent,
# paid back): no decision's amount says it, a report's sentence does.
_AFTER_AWARD_Q_RE = re.compile(
    r"\b(?:re-?profil\w*|carr(?:y|ied|ying) (?:forward|over)|under-?spen\w*|over-?spen\w*|claw(?:ed)? back"
    r"|paid back|repaid|slippage|variance|spent to date)\b",
    re.IGNORECASE,
)
# A yes-or-no question ("did we fund X", "was X funded?") asks what became of X, whatever it was.
_YES_NO_Q_RE = re.compile(r"^\W*(?:did|was|were|has|have|had|is|are)\b", re.IGNORECASE)
# Approved at the sum asked, not cut: "which bids were approved in full", "got everything they asked for".
_IN_FULL_Q_RE = re.compile(
    r"\bin full\b|\b(?:the )?full (?:amount|sum)\b|\beverything (?:they|it) (?:asked|applied) for\b"
    r"|\bwithout (?:a |any )?(?:cut|reduction)\b",
    re.IGNORECASE,
)
_IN_FULL_WORDS = frozenset(terms("in full amount sum everything asked applied without cut reduction"))
# "what was the outcome of the bid deferred in September": where it ended, whatever time names the bid.
_FINAL_Q_RE = re.compile(
    r"\b(?:outcome|became of|in the end|eventually|end(?:ed)? up|result)\b", re.IGNORECASE
)
# A share of money ("what share of the fund is ring-fenced for knife crime"): a plan's proportion, which
# a passage states; the register holds sums decided, not shares.
_SHARE_Q_RE = re.compile(r"\b(?:share|proportion|percentage|per ?cent|fraction)\b", re.I)
# A limit on what a body may approve ("the most the sub-group may award"): a rule its terms state,
# no sum decided.
_LIMIT_Q_RE = re.compile(r"\b(?:limits?|threshold|ceiling)\b", re.I)
# A bid's assessment asked for ("what score did the bid get"): its marks are no sum of money.
_SCORE_Q_RE = re.compile(r"\b(?:scor(?:e|es|ed|ing)|points)\b", re.I)
# The name of a body deciding ("the Iverbeck Strategy Group", "the Responsible Authorities Group"), as
# the titles of its minutes print it: its words name who decided, not what was funded.
# A hyphen may join the last word to the noun ("the Resources Sub-Group").
_BODY_NAME_RE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+|[A-Z][\w'’]*-){1,3})(Group|Board|Executive|Committee|Panel|Forum)\b"
)
_BODY_Q_RE = re.compile(
    r"\b((?:[\w'’-]+\s+|[\w'’]+-){1,3})(group|board|executive|committee|panel|forum)\b", re.I
)


def body_words(titles: Iterable[str], own: Collection[str]) -> frozenset[str]:
    """The words naming the bodies whose minutes `titles` are, but for the partnership's own (`own`)."""
    return frozenset(
        word for title in titles for m in _BODY_NAME_RE.finditer(title) for word in terms(m.group(1))
    ) - frozenset(own)


def naming_body(question: str, bodies: Collection[str]) -> frozenset[str]:
    """The question's words naming a deciding body, right before its noun ("strategy" of "the Strategy
    Group turn down"): words of a body's name in the documents' minutes titles."""
    named: set[str] = set()
    for m in _BODY_Q_RE.finditer(question):
        words = terms(m.group(1))
        while words and words[-1] in bodies:
            named.add(words.pop())
    return frozenset(named)


# A sum a plan holds or a thing was planned at is the plan's, which a passage states; the register
# holds what was decided ("how much did the plan set aside for the open round", "what was it planned at").
_PLANNED_Q_RE = re.compile(r"\bplan(?:ned|s)?\b", re.I)
_WHEN_Q_RE = re.compile(r"^when\b|\b(?:what|which) (?:date|day)\b|\bon what date\b", re.I)
# A place ("where was the awards evening") is said in a passage, not in a register of amounts; nor is
# a deadline ("by when does the money have to be spent"), which is no decision's date.
# ... nor a date still to come ("when will the board decide the round 1 bids"): no decision made has it.
_PLACE_Q_RE = re.compile(
    r"^where (?:is|was|were|are|will|did|does|do|has|have)\b|\bby when\b|\bdeadline\b|^when (?:will|shall)\b",
    re.IGNORECASE,
)
# The outcome a listing asks for: "which bids were turned down in 2023-24".
_OUTCOME_ASKED = (
    ("declined", re.compile(r"\b(?:declin\w*|refus\w*|reject\w*|turn(?:ed|s)? down)\b", re.I)),
    ("deferred", re.compile(r"\b(?:defer\w*|postpon\w*)\b", re.I)),
    ("withdrawn", re.compile(r"\b(?:withdr[ae]w\w*|rescind\w*|cancel\w*)\b", re.I)),
    # An award changed one way: "what was X cut to", "was the Y grant topped up".
    ("reduced", re.compile(r"\b(?:cut|reduc\w*|lower\w*|clawed back)\b", re.I)),
    ("increased", re.compile(r"\b(?:increas\w*|rais\w*|top(?:ped)?[ -]up)\b", re.I)),
)


def befell(decision: FundingDecision, outcome: str) -> bool:
    """Whether a decision is of the outcome a question asks about: an award cut or raised is one
    amended down or up."""
    if outcome in ("reduced", "increased"):
        if decision.outcome != "amended" or not decision.previous:
            return False
        return (decision.amount < decision.previous) == (outcome == "reduced")
    return decision.outcome == outcome


_OUTCOME_WORDS = frozenset(
    terms(
        "declined refused rejected turn turned down deferred postponed cut "
        "withdrawn withdraw rescinded cancelled reduced increased raised lowered"
    )
)
# "the largest single award", "which project got the least": one decision, by its amount.
_EXTREME_Q_RE = re.compile(
    r"\b(?:(largest|biggest|highest|most)|(smallest|lowest|least))\b(?! similar)", re.IGNORECASE
)
_EXTREME_WORDS = frozenset(terms("largest biggest highest most smallest lowest least single one ever"))
_COUNT_Q_RE = re.compile(r"\bhow many\b", re.IGNORECASE)
_SENT_IN_Q_RE = re.compile(r"\b(?:receive[ds]?|submitted|sent in|came in)\b", re.IGNORECASE)
_COUNTED_RE = re.compile(r"\b(bids|awards|grants|projects|applications|decisions)\b", re.IGNORECASE)
# Words of a funding question that ask about money, not about what it went to.
_MONEY_QUESTION_WORDS = frozenset(
    terms(
        "how much fund funds funded funding approve approved award awarded awards grant grants allocation "
        "allocated contribution contributions bid bids money spent spend cost budget paid receive received "
        "window windows total totals altogether overall combined sum list project projects item items "
        "decision decisions year years went "
        "scheme schemes organisation organisations organization organizations recipient recipients "
        "go give given made make support supported agree agreed amount amounts pound pounds work "
        "financial what which all show tell each per board meeting meetings panel group decide decided "
        "happened happen now current currently latest getting get got did does do was were is are be been "
        "have has had during gave from change changed changes later since afterwards subsequently still "
        "sum sums set aside earmarked end ended final finally executive committee forum application "
        "applications ever ahead consider considered"
    )
)


_ROUND_RE = re.compile(
    r"\b(?:funding\s+)?(?:round|window|tranche)s?\s+(?:\d+|one|two|three|four|first|second|third|fourth)\b"
    r"|\b(?:first|second|third|fourth)\s+(?:funding\s+)?(?:round|window|tranche)\b",
    re.IGNORECASE,
)


# A verb of giving with its particle ("give out", "paid out", "handed out"): how money went, read as
# "given", no item's word.
_GIVING_OUT_RE = re.compile(
    r"\b((?:giv(?:e|en|es|ing)|gave|hand(?:ed|ing|s)?|pa(?:y|id|ys|ying)|dish(?:ed)?))\s+out\b", re.I
)


# A number naming an item with the word before it ("CCTV camera 14", "Phase 2"), not a year or an
# amount: one to three digits after a word, not after "£" nor before a unit or a year's second half.
_NUMBERED_NAME_RE = re.compile(r"\b([A-Za-z]+) (\d{1,3})\b(?![,.]\d|\s*(?:%|k\b|m\b|/|-\d))")
_MONTH_RE = re.compile(rf"{MONTHS_PATTERN}|{MONTH_ABBREVIATIONS}", re.I)  # "oct 22" is a date
_NOT_NAMING = frozenset(
    {"for", "of", "to", "in", "on", "at", "by", "with", "about", "than", "over", "under", "from", "the"}
    | {"a", "an", "top", "first", "last", "next", "all", "some", "and", "or", "only", "just", "around"}
    | {"nearly", "almost"}
)


@dataclass(frozen=True)
class RegisterQuery:
    """What a question asks of the register: filters, and the words naming what was funded."""

    window_months: frozenset[str]
    year: str
    words: tuple[str, ...]
    approvals_only: bool = False  # "what was funded", "how much did X get": money given, not refused
    windows_only: bool = False  # months named as a funding window, not as a meeting's month
    outcome: str = ""  # "declined", "deferred": the outcome a question asks the decisions of
    # The question's words a partnership's name holds too ("safer" of "Safer Streets 4"): they may
    # name the partnership or the item, so they only tell apart items matched by the other words.
    own: tuple[str, ...] = ()
    extreme: str = ""  # "largest" or "smallest": the one decision of the highest or lowest amount
    amounts: frozenset[float] = frozenset()  # amounts the question names ("which project got £3,500")
    wants_date: bool = False  # "when did the board approve it": only a decision's date answers
    final: bool = False  # "what was the outcome of ...": the latest state leads, not one of the time named
    between: bool = False  # decisions taken between meetings, by the Chair or urgent action (`between`)
    in_full: bool = False  # "approved in full": approvals at the sum asked, none cut
    # Money the partnership itself is given ("how much is the Commissioner giving Ambledown CSP", "how
    # much did the county pass to Wychbourne"): an allocation to it, which no award it made answers.
    received: bool = False


# The partnership itself after a verb of giving ("giving Ambledown CSP", "pass to Wychbourne for") or
# a grant ("the PCC's grant to Northby CSP"), not a body its name opens ("gave to Stannerley Youth
# Link"), nor a bid sent to it ("a bid to Fallowden", which asks what it decided).
_RECIPIENT_RE = re.compile(
    r"\b(?:(?:giving|give|gives|gave)(?:\s+to)?|(?:paid|grants?|contributions?)\s+to"
    r"|pass(?:es|ed|ing)?(?:\s+on)?\s+to)\s+(?:the\s+)?"
    r"([\w'’-]+)\b(?!\s+(?!(?:csp|cdrp|partnership|alliance)\b)(?-i:[A-Z]))",
    re.IGNORECASE,
)


def parse_question(
    question: str, title_words: set[str], recipients: Collection[str] = ()
) -> RegisterQuery | None:
    """What a funding question asks, or None when it is not about funding. `recipients` are the
    words naming a partnership itself ("stannerley", "csp"), which money given to is its own."""
    if not _FUNDING_Q_RE.search(question) or _PLACE_Q_RE.search(question):
        return None  # a place, a deadline or a date to come is not a register's to give
    if any(
        r.search(question) for r in (_AFTER_AWARD_Q_RE, _PLANNED_Q_RE, _SHARE_Q_RE, _SCORE_Q_RE, _LIMIT_Q_RE)
    ):
        return None  # "how much of the grant was re-profiled into 2025-26", "... planned at", "what share"
    if asks_who(question) and not _GIVEN_Q_RE.search(question):
        # "who owns the Blunt Truth bid", "which member declared an interest in it": a person asked
        # for; "who got the grant" asks the register
        return None
    if _COUNT_Q_RE.search(question) and (not _COUNTED_RE.search(question) or _SENT_IN_Q_RE.search(question)):
        # "how many responses did the survey receive?" counts something else; "how many applications
        # did the Group receive" counts bids sent in, of which the register holds those decided
        return None
    months = months_in(question)
    year = period_from_text(question)
    extreme = _EXTREME_Q_RE.search(question)
    skip = _MONEY_QUESTION_WORDS | _OUTCOME_WORDS | title_words | set(terms(" ".join(months)))
    skip |= _EXTREME_WORDS if extreme else frozenset()
    between = bool(BETWEEN_Q_RE.search(question))
    skip |= BETWEEN_WORDS if between else frozenset()
    in_full = bool(_IN_FULL_Q_RE.search(question))
    skip |= _IN_FULL_WORDS if in_full else frozenset()
    # "the round two bids", "window 1": which funding round, not what was funded.
    asked = tuple(dict.fromkeys(terms(_GIVING_OUT_RE.sub("given", _ROUND_RE.sub(" ", question)))))
    numbered = frozenset(  # "camera 14"; not "for 14 laptops"
        m.group(2)
        for m in _NUMBERED_NAME_RE.finditer(question)
        if m.group(1).lower() not in _NOT_NAMING and not _MONTH_RE.fullmatch(m.group(1))
    )
    words = tuple(t for t in asked if t not in skip and (not t.isdigit() or t in numbered))
    own = tuple(t for t in asked if t in title_words and t not in _MONEY_QUESTION_WORDS | _OUTCOME_WORDS)
    outcome = next((name for name, pattern in _OUTCOME_ASKED if pattern.search(question)), "")
    given = bool(_GIVEN_Q_RE.search(question)) and not (
        _OUTCOME_Q_RE.search(question) or _YES_NO_Q_RE.match(question)
    )
    windows = bool(re.search(r"\bwindows?\b", question, re.IGNORECASE))
    most = "" if extreme is None else ("largest" if extreme.group(1) else "smallest")
    amounts = frozenset(a for m in MONEY_RE.finditer(question) if (a := parse_amount(m.group(0))) is not None)
    wants_date = bool(_WHEN_Q_RE.search(question))
    approvals = given or bool(most) or in_full
    final = bool(_FINAL_Q_RE.search(question))
    received = any(set(terms(m.group(1))) & set(recipients) for m in _RECIPIENT_RE.finditer(question))
    return RegisterQuery(
        months,
        year,
        words,
        approvals,
        windows,
        outcome,
        own,
        most,
        amounts,
        wants_date,
        final,
        between,
        in_full,
        received=received,
    )
