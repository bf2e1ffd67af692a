"""What a question asks, without the way people wrap it: greetings, who is asking, "can you tell me".

People type "hi, i'm new on the board. what is operation street safe" or "can you tell me how many
...". The wrapping carries no topic, and it hides the question's own opening ("what is", "which
are"), which decides the kind of answer wanted. The user's own words are kept for display.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.text import terms
from ingest.facts.periods import MONTH_ABBREVIATIONS, MONTHS, month_number

_GREETING_RE = re.compile(
    r"^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|dear \w+)\b[\s,!.:-]*", re.I
)
# A first sentence or clause about the asker: "i'm new to the board,", "i work for the council -",
# "as a councillor in kestrelford,", "joining the board from housing,", typed without apostrophes too
# ("im new -"). It must end in
# punctuation, so "i want the 2023 figures" stays.
_ABOUT_ME_RE = re.compile(
    r"^(?:i(?:'m|’m|m| am|'ve|’ve|ve| work| have| represent| sit| chair| manage| run| lead)\b"
    r"|as (?:an?|the|our) |being an? "
    # "joining the board from the housing side,", "just joined the partnership -"
    r"|(?:joining|(?:having |i )?just joined|having joined|starting (?:on|at|as|with)|coming (?:over )?from)"
    r" (?:the|a|an|our) )"
    r"[^.?!,;:–-]{0,80}[.?!,;:–-]+\s*",
    re.I,
)
# An aside before the question, ending in punctuation: "sorry if this is obvious -", "quick q:",
# "just wondering,", "new to the board -", "new analyst here -".
_QUICK = r"quick (?:q|qn|question|one)"
_ASIDE_RE = re.compile(
    rf"^(?:sorry|apologies|{_QUICK}|(?:just )?(?:wondering|curious|checking)"
    r"|(?:a )?(?:silly|dumb|daft|random|simple) (?:q|question)|new (?:to|on) (?:the|this)\b|new \w+ here\b)"
    r"[^.?!,;:–-]{0,60}?(?:[.?!,;:–-]+\s*(?:but\s+)?|\s+but\s+)",
    re.I,
)
# "quick q what did ...": a frame even with no punctuation after it.
_QUICK_RE = re.compile(rf"^{_QUICK}\b[\s,:;.!?-]*", re.I)
_REQUEST_RE = re.compile(
    r"^(?:(?:please\s+)?(?:can|could|would|will) you(?: please)? (?:tell|show|give|let) me"
    r"(?: know)?(?: about)?"
    r"|(?:i(?:'d| would) like|i want|i need) to (?:know|find out|understand)(?: about)?"
    r"|do you know|please(?: tell me)?|tell me(?: more)?(?: about)?|show me"
    r"|what (?:do|can) you (?:know|tell me) about"
    # A broad request names only its topic: "what should i know about the priorities".
    r"|what (?:should|do|would|must) i (?:need to )?know about|(?:is there )?anything (?:on|about)"
    r"|(?:give me |i'd like |i want )?(?:an? )?(?:overview|summary|rundown|briefing) (?:of|on|about)"
    r")\b[\s,:-]*",
    re.I,
)
# "can you list", "could you explain": the verb after the frame opens the question itself.
_ASKING_YOU_RE = re.compile(
    r"^(?:please\s+)?(?:can|could|would|will) you(?: please)? (?=(?:list|name|explain|describe)\b)", re.I
)
# Chat shorthand for the words a request frame is made of: "can u list", "pls".
_SHORTHAND = {"u": "you", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks"}
_SHORTHAND_RE = re.compile(r"\b(?:" + "|".join(_SHORTHAND) + r")\b", re.I)
# A month shortened before its year ("oct 2022", "20 sept 2023"): the month's name, as documents date it.
_MONTH_SHORT_RE = re.compile(rf"\b({MONTH_ABBREVIATIONS})\.?(?=\s+(?:19|20)\d\d\b)", re.I)
_TAIL_RE = re.compile(r"[\s,]*(?:please|thanks|thank you|cheers)[\s.!]*$", re.I)
# "what counts as a quorum": asks what one is, "counts" no word of its topic.
_COUNTS_AS_RE = re.compile(r"\b(what|who|which)\s+(?:counts|count|is counted|are counted)\s+as\b", re.I)


# A financial year typed with two-digit years ("22/23", "21-22"): the second year follows the first.
_SHORT_YEARS_RE = re.compile(r"(?<![\w/.-])([1-4]\d)([/-])([1-4]\d)(?![\w/.-])")


# A quarter of a year typed in words ("the second quarter of 2023-24"), as tables head their
# columns: "Q2". Only before a year: "the cameras' first quarter of use" is no column.
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_QUARTER_RE = re.compile(
    rf"\b(?:the\s+)?({'|'.join(_QUARTERS)})\s+quarter\b(?=\s+(?:of\s+)?(?:19|20)\d\d)", re.I
)


def _financial_year(match: re.Match[str]) -> str:
    """ "22/23" as "2022/23", as documents print it; anything else ("12/10", a date) as typed."""
    first, sign, second = match.groups()
    return f"20{first}{sign}{second}" if int(second) == int(first) + 1 else match.group(0)


def what_is_asked(question: str, names: Collection[str] = ()) -> str:
    """The question without greetings, words about the asker, or request frames; itself if nothing
    is left after them (a question that is only "can you tell me" is left as typed).

    Words of `names` (the partnerships' own words, stemmed) said about the asker ("i'm a
    councillor in kestrelford") still say which partnership is meant: they are kept, in brackets.
    """
    typed = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(0).lower()], question.strip())
    typed = _MONTH_SHORT_RE.sub(lambda m: MONTHS[month_number(m.group(1)) - 1], typed)
    typed = _SHORT_YEARS_RE.sub(_financial_year, typed)
    typed = _QUARTER_RE.sub(lambda m: f"Q{_QUARTERS[m.group(1).lower()]}", typed)
    typed = _COUNTS_AS_RE.sub(r"\1 is", typed)
    text = typed
    for _ in range(4):  # "hi, i'm new here. can you tell me ..." peels in a few steps
        stripped = _ABOUT_ME_RE.sub("", _ASIDE_RE.sub("", _GREETING_RE.sub("", text)))
        stripped = _QUICK_RE.sub("", stripped)
        stripped = _REQUEST_RE.sub("", stripped)
        stripped = _ASKING_YOU_RE.sub("", stripped)
        if stripped == text:
            break
        text = stripped
    text = _TAIL_RE.sub("", text).strip()
    if len(text.split()) < 2:
        return question.strip()
    removed = typed[: max(0, len(typed) - len(text))]
    kept = [w for w in re.findall(r"[\w'-]+", removed) if terms(w) and set(terms(w)) <= set(names)]
    known = set(terms(text))
    kept = [w for w in dict.fromkeys(kept) if not set(terms(w)) <= known]
    return f"{text} ({' '.join(kept)})" if kept else text
