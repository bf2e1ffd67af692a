"""What a question narrows its answer to: the thing a figure measures ("how many hate crimes",
"knife crime per 1,000"), the body a role belongs to ("who chairs the rural crime forum"), the way
a change went ("how much did it go down by").

A count answers only for the thing counted, a chair only for the body chaired. The head noun may
be worded otherwise in the answer ("crimes", "offences"; "forum", "group"), but the words that
narrow it ("hate", "knife", "rural crime") must be there: a row of all crime per 1,000 residents
does not say how much knife crime there is, nor the board's chair who chairs a forum.
"""

from __future__ import annotations

import re

from assistant.answering.specific import commonness
from assistant.answering.weights import MEASURE_MODIFIER_ZIPF
from assistant.text import WORD_FAMILIES, terms, worded_terms
from ingest.text import NUMBER_WORDS

# Words that end the phrase naming what is counted: the verb, article or preposition beside it.
_BOUNDARY_WORDS = """
a an the of in on at for to by from with and or but were was are is be been being did do does done
have has had got get gets go goes went will would could can should may might must there their its
it this that these those what which who whom whose when where why how many much me my i we our you
your they them he she his her not no than then so as up out over into per each every all any some
across during last next please latest recent newest current
"""
_BOUNDARY = frozenset(_BOUNDARY_WORDS.split())
# A count asked for, with what it counts after it: "how many hate crimes", "the number of hate
# crimes" (not "the phone number of"); "how many pounds" asks an amount.
COUNT_Q_RE = re.compile(r"\b(?:how many|(?:the|total|what) number of)\b(?! ?(?:pounds|£))", re.I)
_HOW_MANY_RE = re.compile(rf"{COUNT_Q_RE.pattern} ((?:[\w'-]+ ?){{1,5}})", re.I)
# "who chairs the rural crime forum", "the lead for the domestic abuse sub-group", "who represents
# public health": the body after a role.
_ROLE_OF_RE = re.compile(
    r"\b(?:chairs|leads|runs|heads|manages|co-?ordinates|represents|(?:rep|representative) (?:of|for|from)"
    r"|(?:chair|lead|head|manager|co-?ordinator) (?:of|for)) (?:the |our |their |its )?((?:[\w'-]+ ?){1,5})",
    re.I,
)
# A role named by what it leads, before it: "the prevent lead", "its domestic abuse champion"; not a
# role's own name ("the lead officer", "lead for").
_LEAD_NAMED_RE = re.compile(
    r"\b(?:the|our|its|their|'s)\s+((?:[\w'-]+ ){1,3})(?:lead|champion)\b(?! (?:officer|member)\b)",
    re.I,
)
_VICE_RE = re.compile(r"\bvice[- ]?(?:chair|president)", re.I)
# "knife crime per 1,000", "the burglary rate in ...": the phrase before a rate.
_RATE_RE = re.compile(r"((?:[\w'-]+ ){1,4})(?:rates? )?(?:per \d|rates?\b)", re.I)
# "... per 1,000 in millbeck", "the burglary rate in the north ward": the place a rate is of.
_RATE_IN_RE = re.compile(r"(?:per \d[\d,]*|\brates?) in ((?:[\w'-]+ ?){1,3})", re.I)
# "what MoRiLE score did rural crime get", "what rating was burglary given": what the measure is of.
_MEASURE_OF_RE = re.compile(
    r"\bwhat (?:[\w'-]+ ){0,3}(?:scores?|ratings?|rank(?:ing)?|position|grade|rag) "
    r"(?:did|does|do|has|have|was|were|is) ((?:[\w'-]+ ){1,4}?)(?:(?:need|needs|have|has) to )?"
    r"(?:get|got|receive|received|have|had|score|scored|achieve|achieved|given)\b",
    re.I,
)
# "where does the district rank in its group for residential burglary": what the place is of.
_RANK_FOR_RE = re.compile(
    r"\b(?:rank|ranks|ranked|position|place)\b[^?]{0,80}?\bfor ((?:[\w'-]+ ?){1,4})", re.I
)
# A count asked without a question word ("northvale fraud offences 2022-23"): the words before
# the thing counted narrow it, as they do after "how many".
_BARE_COUNT_RE = re.compile(
    r"((?:[\w'-]+ ){1,4})(?:offences|offenses|crimes|incidents|victims|arrests|referrals)\b", re.I
)
# "by how much did sexual offences change", "did cycle theft go up": the kind of crime that changed.
_CHANGE_OF_RE = re.compile(
    r"\b(?:did|does|do|has|have|had)\s+(?:the |its |their )?((?:[\w'-]+ ){0,3}(?:offences|offenses|crimes?"
    r"|incidents|burglary|burglaries|theft|thefts|robbery|robberies|violence|abuse|disorder) )"
    r"(?:(?:in|across|for) (?:[\w'-]+ ){1,2})?(?:change[sd]?|go(?:ne)? "
    r"(?:up|down)|went (?:up|down)|rise|risen|rose|fall|fallen|fell|increase[sd]?|decrease[sd]?|grow|grew"
    r"|grown|drop(?:ped)?)\b",
    re.I,
)
_QUESTION_WORD_RE = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|do|does)\b", re.I
)
# Words that name the measure itself rather than what it measures ("the knife crime rate").
_MEASURE_NAMES = "rate rates number numbers total count figure figures level"
_MEASURE_WORDS = frozenset(_MEASURE_NAMES.split())
# The way a change is asked about: "how much did it go down by" is not answered by a rise.
_DIRECTION_RES = {
    "down": re.compile(
        r"\b(?:go|goes|gone|went|come|came)\s+down\b|\b(?:fall|falls|fell|fallen|decrease[sd]?|drop(?:ped|s)?"
        r"|reduc(?:e|ed|es|tion))\b",
        re.I,
    ),
    "up": re.compile(
        r"\b(?:go|goes|gone|went|come|came)\s+up\b|\b(?:rise|rises|rose|risen|increase[sd]?|grow|grew|grown)\b",
        re.I,
    ),
}
_BOTH_WAYS_RE = re.compile(r"\b(?:up or down|down or up|(?:rise|risen|rose) or (?:fall|fallen|fell))\b", re.I)
# A change printed with its sign ("Change: +134", "-5.2%"), not a range ("2021-22") or a dash.
_SIGNED_RE = re.compile(r"(?<![\w.,])([+\-−])\s?\d")


def change_direction(question: str) -> str:
    """The one way, "up" or "down", a question asks a change went; "" for neither or both."""
    found = [way for way, pattern in _DIRECTION_RES.items() if pattern.search(question)]
    return found[0] if len(found) == 1 and not _BOTH_WAYS_RE.search(question) else ""


def shows_change(text: str, direction: str, periods: int) -> bool:
    """Whether a text can say how far a change went `direction`: a change printed with that sign,
    named with its words ("fell by 12%"), or, none printed, figures for `periods` >= 2 periods.
    A rise ("+13.8%") cannot, nor one year's count."""
    signs = {"up" if sign == "+" else "down" for sign in _SIGNED_RE.findall(text)}
    if signs:
        return direction in signs
    return bool(_DIRECTION_RES[direction].search(text)) or periods >= 2


_WHO_RE = re.compile(r"\bwho", re.I)


def narrowing_terms(question: str) -> frozenset[str]:
    """The stems narrowing what a count, rate, role or change question is about.

    A count's or a role's head noun is left out ("how many hate crimes" may be answered with
    "offences"); a rate's is not: a table of rates names each measure in its columns.
    """
    # The head noun may be reworded: left out. A role narrows only a question asking who holds it:
    # "can the chair of the board approve funding" asks what the chair may do.
    who = bool(_WHO_RE.search(question))
    headed = (_HOW_MANY_RE, _CHANGE_OF_RE, *((_ROLE_OF_RE,) if who else ()))
    phrases = [_leading(m.group(1))[:-1] for pattern in headed for m in pattern.finditer(question)]
    if who:
        # Words up to an owner's "'s" name whose role it is ("the northby csp's prevent lead").
        owned = (m.group(1).lower().split() for m in _LEAD_NAMED_RE.finditer(question))
        phrases += [
            words[max((i + 1 for i, w in enumerate(words) if w.endswith("'s")), default=0) :]
            for words in owned
        ]
        # The vice-chair is not the chair: "who was elected vice chair" is not answered by a chair's election.
        phrases += [["vice"] for _ in _VICE_RE.finditer(question)]
    phrases += [
        [w for w in m.group(1).lower().split() if w not in _BOUNDARY]
        for m in _MEASURE_OF_RE.finditer(question)
    ]
    phrases += [[word] for word in re.findall(r"[a-z]+", question.lower()) if word in WORD_FAMILIES]
    phrases += [_trailing(m.group(1)) for m in _RATE_RE.finditer(question)]
    phrases += [_leading(m.group(1)) for m in _RANK_FOR_RE.finditer(question)]
    # A year after "in" is the period, which the year check settles, not a place.
    places = (_leading(m.group(1)) for m in _RATE_IN_RE.finditer(question))
    phrases += [[w for w in words if not any(c.isdigit() for c in w)] for words in places]
    if not _QUESTION_WORD_RE.search(question):
        phrases += [_trailing(m.group(1)) for m in _BARE_COUNT_RE.finditer(question)]
    narrowing = " ".join(w for words in phrases for w in words)
    return frozenset(
        term for term, word in worded_terms(narrowing) if commonness(term, word) < MEASURE_MODIFIER_ZIPF
    )


# "Overall" crime is what a table calls "all" or "total" recorded crime.
_OVERALL_TERMS = frozenset(terms("overall"))
_WHOLE_WORDS = ("all", "total", "overall")
_ALL_RE = re.compile(rf"\b(?:{'|'.join(_WHOLE_WORDS)})\b", re.I)
WHOLE_TERMS = frozenset(terms(" ".join(_WHOLE_WORDS)))


def says_overall(text: str) -> frozenset[str]:
    """The stem of "overall" when a text speaks of all or the total of something, else none."""
    return _OVERALL_TERMS if _ALL_RE.search(text) else frozenset()


def opens_overall(label: str) -> bool:
    """Whether a row's label opens by saying it is the whole: "Total", "All recorded crime"."""
    return bool(_ALL_RE.match(label))


def counted_terms(question: str) -> frozenset[str]:
    """The stems of what "how many" counts, its head noun with them ("live events" in "how many live
    events were held"); none when the question counts nothing."""
    phrases = (" ".join(_leading(m.group(1))) for m in _HOW_MANY_RE.finditer(question))
    return frozenset(t for phrase in phrases for t in terms(phrase))


# A figure in digits, not part of a word, a decimal, a percentage or an amount ("£25").
_FIGURE_RE = re.compile(r"(?<![\w.,£])\d[\d,]*(?![\d.,%])")
# ... not a period's or a range's first figure ("2023-24", "15/16").
_BARE_FIGURE_RE = re.compile(rf"{_FIGURE_RE.pattern}(?![-/–]\d)")
# A figure and the two words after it, which name what it counts ("2 live events", "503 responses").
_COUNT_AND_NOUN_RE = re.compile(
    rf"(?:{_FIGURE_RE.pattern}|\b(?:{NUMBER_WORDS})\b)(?:\s+|-)([A-Za-z'-]+(?:\s+[A-Za-z'-]+)?)",
    re.I,
)


def counts_another(text: str, counted: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether every figure a text gives counts another thing the question names, not the one it
    counts: "how many people came to the live events" is not answered by "2 live events". People
    are not counted by a figure of things either: "100,000 knives" says nothing of how many came;
    nor is anything by a length of time ("a 28 day programme", "a 12-week course")."""
    if any(not _COUNT_AND_NOUN_RE.match(text, m.start()) for m in _BARE_FIGURE_RE.finditer(text)):
        return False  # a figure naming nothing after it ("Shoplifting — ...: 1,024") may be the count asked
    people = bool(counted & _PERSON_TERMS)
    verdicts = []
    for match in _COUNT_AND_NOUN_RE.finditer(text):
        after = set(terms(match.group(1)))
        if after & counted:
            return False
        things = people and _counts_things(match.group(1))
        lasting = match.group(1).split()[0].lower() in _TIME_UNITS
        verdicts.append(bool(after & (asked - counted)) or things or lasting)
    return bool(verdicts) and all(verdicts)


# Words that count people: a figure of anything else does not answer "how many people".
_PERSON_TERMS = frozenset(
    terms(
        "people persons person residents visitors attendees participants pupils students children "
        "young victims officers staff volunteers members drivers women men girls boys adults families "
        "households individuals clients users learners delegates councillors"
    )
)


# Units a length of time is given in: "28 day", "12-week", "three years".
_TIME_UNITS = frozenset(
    f"{unit}{plural}"
    for unit in ("hour", "day", "night", "week", "month", "quarter", "year")
    for plural in ("", "s")
)


def _counts_things(words: str) -> bool:
    """Whether the words after a figure name things, not people: a plural noun ("knives", "schools")."""
    first = words.split()[0].lower()
    return first.endswith("s") and len(first) > 3 and not set(terms(first)) & _PERSON_TERMS


def _leading(text: str) -> list[str]:
    """The words from the start of `text` up to the first that ends a noun phrase."""
    words: list[str] = []
    for word in text.lower().split():
        if word in _BOUNDARY or (words and word.endswith("ed")):
            break
        words.append(word)
    return words


def _trailing(text: str) -> list[str]:
    """The words at the end of `text` back to the first that ends a noun phrase, the measure's
    own name ("rate") left off."""
    words: list[str] = []
    for word in reversed(text.lower().split()):
        # A possessive names whose measure it is ("the partnership's crime rate"), not what it measures.
        if word in _BOUNDARY or word.endswith(("'s", "’s")):
            break
        words.insert(0, word)
    while words and words[-1] in _MEASURE_WORDS:
        words.pop()
    return words
