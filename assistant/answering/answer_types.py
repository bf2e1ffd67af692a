"""The kind of thing a question asks to be named, and whether a text names one: a person, a postal
address, a telephone number, an email address, a law, a place in a ranking. Only a unit stating that
kind answers such a question, however well its words match ("the name of the manager" is not
answered by a sentence about management)."""

from __future__ import annotations

import re

from assistant.answering.specific import zipf
from assistant.answering.weights import NAME_ZIPF
from ingest.facts.people import INITIALS_RE
from ingest.facts.people import TITLES as _TITLES
from ingest.facts.periods import MONTHS_PATTERN

# The roles a name follows or is followed by ("Joel Okafor, Community Safety Manager"; "Idris Vane
# (Chair)"; "the Chair, Maren Ashby"); the titles it is named with are ingest's (`people.TITLES`).
_ROLES = (
    r"(?:Chair|Vice-Chair|Chairman|Chairperson|Manager|Officer|Co-?ordinator|Lead|Director|Head|Analyst"
    r"|Commissioner|Inspector|Superintendent|Secretary|Clerk|Advis[eo]r|Worker|Councillor|Rep|Representative)"
)
_NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_INITIALS = INITIALS_RE.pattern
# Generous on purpose: a name missed declines an answerable question, a name wrongly seen only
# leaves the answer as it was without this check.
_PERSON_RE = re.compile(
    # A role is no surname: "the Crime Commissioner (as an adviser)" names no one.
    rf"\b{_TITLES} {_NAME}\b|\b{_NAME} (?!{_ROLES}\b){_NAME}\s*[(,]\s*(?:[\w&'-]+\s+){{0,4}}(?i:{_ROLES})\b"
    # A name after a role ends there: "Commissioner, Hollinshire Public Health" names a body.
    rf"|\b(?i:{_ROLES})[,:]?\s+{_NAME} {_NAME}\b(?! [A-Z])|\bchaired by {_NAME} {_NAME}\b"
    # Minutes name people by initials once they are listed: "JH (MVDC, Community Safety Officer)",
    # "LB was elected Chair", "IT, Chair since 2020", "LB took the chair".
    rf"|\b{_INITIALS}\s*\([^()]{{0,40}}?\b(?i:{_ROLES})\b|\b{_INITIALS},? (?i:{_ROLES})\b"
    rf"|\b{_INITIALS} (?:was|is|has been) (?:re-?)?(?:elected|appointed|confirmed)\b(?: as)?(?: the)?"
    rf" (?:[\w'-]+ ){{0,3}}(?i:{_ROLES})\b|\b{_INITIALS} (?:took|takes) the chair\b"
)
# A question asking for the person in a role: "the name of the community safety manager", "who is
# the chair", "who chairs the forum" (a body is led, run or funded; only a person chairs).
_PERSON_Q_RE = re.compile(
    rf"\b(?:name of|who(?:'?s| is| was| are| were)) (?:(?:the|a|an|our|their|its) (?:[\w'-]+,? ){{0,6}}"
    # Without an article the role comes at once ("who was chair of"), not after a verb ("who is
    # helping the officer").
    rf"|(?:vice[- ])?)(?P<role>{_ROLES})s?\b"
    r"|\bwho (?:chairs|chaired|(?:is|was) chairing)\b"
    # "the name of the adviser who took the cases": whoever the noun, a "who" after it is a person.
    r"|\bname of (?:the|a|an|our|their|its) (?:[\w'-]+ ){1,4}who\b",
    re.IGNORECASE,
)
# Who did something: "who presented the assessment", "by whom", "whose action is it", "which board
# member declared an interest".
_WHO_RE = re.compile(
    r"\bwho(?:m|se|'s)?\b|\bwhich (?:[\w-]+ )?(?:members?|person|people|officers?|councillors?)\b",
    re.IGNORECASE,
)
# A postal address: a UK postcode, or a numbered street.
_ADDRESS_RE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
    r"|\b\d+[a-z]? [A-Z][a-z]+ (?:Street|Road|Lane|Avenue|Way|Square|Place)\b"
)
_ADDRESS_Q_RE = re.compile(
    r"\bpostal address\b|\bpost ?code\b|\b(?:office|their|its|the) address\b|\baddress of\b", re.IGNORECASE
)
# A telephone number (a UK number, or 101 and the like) and an email address.
_PHONE_RE = re.compile(r"\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b|\+44[\d ]{9,13}\b|\b(?:101|111|999)\b")
# Asked for by name, not as the way something was done ("approved by email", "rang by phone").
_PHONE_Q_RE = re.compile(
    r"\b(?:(?:tele)?phone|contact|helpline) number\b|\bnumber (?:to|do i|should i) (?:call|ring)\b",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_Q_RE = re.compile(
    r"\be-?mail address\b|\b(?:what|which)(?:'s|’s|s| is) (?:the |their |its )?[\w ]{0,40}e-?mail\b", re.I
)
# A law: "Anti-social Behaviour, Crime and Policing Act 2014", "section 17", "the 1998 Act".
_LAW_RE = re.compile(r"\b[A-Z][\w'-]*\s+Act\b|\bAct\s+(?:of\s+)?(?:19|20)\d\d\b|\b[Ss]ection\s+\d+")
_LAW_Q_RE = re.compile(
    r"\b(?:what|which|name of the|name the) (?:\w+ )?(?:law|laws|legislation|act|statute)\b",
    re.IGNORECASE,
)
# Who wrote a document: its author, as its cover or foot says ("Prepared for the Board by Ravi
# Sethna", "Author: Delphine Achterberg", "Compiled by the Partnership Analysis Team").
_AUTHOR_RE = re.compile(
    r"\b(?i:prepared|written|compiled|produced|authored)\b[^.;]{0,60}?\bby\s+(?:the\s+)?[A-Z]"
    r"|\b(?i:author)s?(?:\s*:|\t)\s*[A-Z]"  # "Author: ..." or a row of cells: "Author", "..."
    # An analyst's byline, as an assessment's cover sets it ("... · Lena Orme, Senior Analyst").
    r"|\b[A-Z][a-z]+\s+[A-Z][\w'’-]+,\s+(?:[A-Z][a-z]+\s+){0,3}(?:Analyst|Researcher)\b"
)
_AUTHOR_Q_RE = re.compile(
    r"\bwho (?:wrote|writes|authored|prepared|compiled|produced)\b|\bauthor\b|\b(?:written|prepared) by\b",
    re.IGNORECASE,
)
# A place in a ranking: "where does the district rank out of 15", "what position is it in its
# group"; stated as an ordinal ("11th") that is no date ("11th June"), or as a number under a rank's
# name; not in words such as "above the average".
_RANK_Q_RE = re.compile(
    r"\bwhere (?:do|does|did|is|was) [^?]{1,80}? (?:rank|ranked|placed)\b"
    r"|\b(?:what|which) (?:position|place|rank|ranking)\b|\brank(?:s|ed)? (?:out of|among|within)\b",
    re.IGNORECASE,
)
_RANK_RE = re.compile(
    rf"\b\d{{1,3}}(?:st|nd|rd|th)\b(?! (?:of )?(?:{MONTHS_PATTERN})\b)"
    # ... or as a number under a rank's name: "ranked 3", "a position of 1", "MSG rank: 13".
    r"|\b(?:rank|ranked|ranking|position|placed)(?: of)?\W{0,3}\d{1,3}\b",
    re.IGNORECASE,
)
# Kinds a table may state as a bare figure that only its column's name says is one ("MSG rank").
COLUMN_NAMED_KINDS = frozenset({"rank"})
_ASKED = (
    ("author", _AUTHOR_Q_RE),
    ("rank", _RANK_Q_RE),
    ("person", _PERSON_Q_RE),
    ("phone", _PHONE_Q_RE),
    ("email", _EMAIL_Q_RE),
    ("address", _ADDRESS_Q_RE),
    ("law", _LAW_Q_RE),
)
_STATED = {
    "author": _AUTHOR_RE,
    "rank": _RANK_RE,
    "person": _PERSON_RE,
    "phone": _PHONE_RE,
    "email": _EMAIL_RE,
    "address": _ADDRESS_RE,
    "law": _LAW_RE,
}
# The words a question names a kind with, which a text stating one need not use: a sentence
# naming "the ... Act 2014" answers "what law", though it never says "law".
_KIND_WORDS = {
    "law": "law laws legislation act statute",
    "address": "address postal postcode",
    "author": "wrote written write author authored prepared compiled produced",
    "rank": "rank ranked ranking ranks position place placed",
    "phone": "phone telephone number call ring contact",
    "email": "email e mail address contact",
}


def named_kind(question: str) -> str:
    """The kind of thing the question asks to be named ("author", "person", "phone", "email", "address",
    "law"), or ""."""
    return next((kind for kind, pattern in _ASKED if pattern.search(question)), "")


def role_asked(question: str) -> str:
    """The role a question asks the holder of ("who is the vice chair": "chair"), or ""."""
    found = _PERSON_Q_RE.search(question)
    return (found.group("role") or "").lower() if found else ""


def asks_who(question: str) -> bool:
    """Whether the question asks who: for a person in a role, or who did something."""
    return bool(_WHO_RE.search(question)) or named_kind(question) == "person"


def kind_words(kind: str) -> str:
    """The words naming a kind of thing, which a text naming one need not use ("" when none)."""
    return _KIND_WORDS.get(kind, "")


def states(kind: str, text: str) -> bool:
    """Whether the text names a thing of that kind."""
    return bool(_STATED[kind].search(text))


# A table's column of people in a role ("Delivery group | Chair"), and a cell opening with a name
# ("Graham Stott, OPFCC"): under such a header, a name alone is a person's.
_ROLE_HEADER_RE = re.compile(rf"(?:^|\t)\s*(?i:{_ROLES})s?\s*(?=\t|$)")
_NAME_CELL_RE = re.compile(rf"(?:^|\t)\s*(?:{_TITLES} )?{_NAME} {_NAME}\b")


# The person a question names as the one who came after or before ("who chaired it before Dominic
# Kerslake", "who took over from Cllr Marsh"): a text naming no one else does not answer it.
_SUCCEEDING = r"before|after|replaced|replacing|succeeded|succeeding|preceded|took over from"
_SUCCESSION_Q_RE = re.compile(
    rf"\b(?i:{_SUCCEEDING})\s+"
    rf"(?:{_TITLES}\s+)?(?:{_NAME}\s+)?(?!(?i:{MONTHS_PATTERN})\b)(?P<surname>{_NAME})\b"
)


# ... typed in lower case ("before supt harland", "before lena orme"): a name is a word English
# rarely uses (`weights.NAME_ZIPF`), after a title or another such word.
_TYPED_SUCCESSION_Q_RE = re.compile(
    rf"\b(?:{_SUCCEEDING})\s+"
    r"(?:(?:cllr|councillor|supt|superintendent|insp|inspector|dr|mr|mrs|ms|miss)\.?\s+)?"
    r"(?P<first>[a-z][a-z'-]+)(?:\s+(?P<second>[a-z][a-z'-]+))?\b",
    re.IGNORECASE,
)


def succession_name(question: str) -> str:
    """The surname of the person a question about a role's holder names as the one after or before
    them, or "" ("who chaired the group before Dominic Kerslake": "Kerslake")."""
    if named_kind(question) != "person":
        return ""
    found = _SUCCESSION_Q_RE.search(question)
    if found:
        return found.group("surname")
    typed = _TYPED_SUCCESSION_Q_RE.search(question)
    if typed is None:
        return ""
    words = [w for w in (typed.group("first"), typed.group("second")) if w]
    names = [w for w in words if zipf(w.casefold()) < NAME_ZIPF]
    # Every word a name's ("lena orme"), or a title's one ("supt harland"): its last is the surname.
    return names[-1].capitalize() if names and names == words[: len(names)] else ""


# What a text tells of one holder following another: a text naming people without it (a list of
# those present) says nothing of who came before whom.
SUCCESSION_RE = re.compile(
    r"\b(?:before|until|replac\w*|succeed\w*|took over|takes over|taking over|handed over|previous(?:ly)?"
    r"|former(?:ly)?|predecessor|outgoing|(?:stood|stepped|stands|steps) down|retir\w*|elected|appointed)\b",
    re.IGNORECASE,
)


# ... and a person it names as the one followed: "took over from Ruth Allen", "Ruth Allen stood down".
_FOLLOWED_RE = re.compile(
    rf"\b(?:from|succeeding|succeeded|replacing|replaced)\s+(?:{_TITLES}\s+)?{_NAME} {_NAME}\b"
    rf"|\b{_NAME} {_NAME},?\s+(?:who\s+)?(?:stood down|stepped down|retired|left)\b"
)


def names_followed(text: str) -> bool:
    """Whether a text names a person as the one another followed in a role."""
    return bool(_FOLLOWED_RE.search(text))


def without_person(text: str, surname: str) -> str:
    """The text with every naming of the person of that surname left out, with their title or
    first name ("Dominic Kerslake (chair)" -> " (chair)")."""
    # The surname in any case: a question typed in lower case gives "Ashby-vance" for "Ashby-Vance".
    return re.sub(rf"(?:\b{_TITLES}\s+|\b{_NAME}\s+)?\b(?i:{re.escape(surname)})\b", " ", text)


def names_in_role_column(row: str, header: str) -> bool:
    """Whether a table row (its cells tab-separated) names a person in a column its `header` names
    by a role: in that column's cell, where the row has a cell for each of the header's ("Wychbourne
    Borough Council" beside the "Representative" column names no one)."""
    if not _ROLE_HEADER_RE.search(header):
        return False
    cells, heads = row.split("\t"), header.split("\t")
    if len(cells) != len(heads):
        return bool(_NAME_CELL_RE.search(row))
    named = (
        _NAME_CELL_RE.search(cell)
        for head, cell in zip(heads, cells, strict=True)
        if _ROLE_HEADER_RE.search(head)
    )
    return any(named)
