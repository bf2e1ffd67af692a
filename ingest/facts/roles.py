"""Who held a partnership's chair or vice-chair, as a document says so: "Cllr Rosalind Tembe (Chair)",
"Chair: Maren Ashby", "Joel Okafor, Vice-Chair", "the Board elected Superintendent Rhiannon Tull as
Chair". Who chairs a sub-group or a review ("chaired by ...") is left out.

Kept with the date the statement gives itself ("on 16 July 2024 the Board elected ..."), if any; the
document's own date says when the rest held.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ingest.facts.people import BODY_WORDS, TITLES
from ingest.facts.periods import YEAR_RE, dates_in
from ingest.parse.blocks import Block, CleanPage
from ingest.text import split_sentences

_WORD = r"(?:O'|Mc|Mac)?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
# A person's name, with the title it is printed with: "Cllr Rosalind Tembe", "Supt Rhiannon Tull".
_NAME = rf"(?P<name>(?:{TITLES}\s+)?{_WORD}(?:\s+(?:{_WORD}|[A-Z]\.))?\s+{_WORD})"
_VICE = r"vice[- ]?chair(?:man|person|woman)?"
# The chair, not the vice-chair: "Vice-Chair" ends in the same word.
_CHAIR = r"(?<!vice-)(?<!vice )(?<!vice)chair(?:man|person|woman)?"
# "Chair's urgent action" names a kind of decision, not a holder.
_ROLE = rf"(?P<role>(?i:{_VICE}|{_CHAIR}))(?!['’]s)"
# The kind of chair, which is still the chair: "Independent Chair", "Interim Vice-Chair".
_KIND = r"(?:(?i:independent|joint|interim|acting)\s+)?"
_HELD = (
    # "Cllr Rosalind Tembe (Chair)", "Joel Okafor (JO, Vice-Chair)": initials before the role.
    re.compile(rf"{_NAME}\s*\((?:the\s+)?(?:[A-Z]{{2,4}},\s*)?{_KIND}{_ROLE}\b[^()]{{0,40}}\)"),
    # "Chair: Maren Ashby", "the Chair, Maren Ashby", a sentence of its own ("... 2 pm. Chair: Maren
    # Ashby"); not a panel's "in the chair, Fern Dalgliesh of ...".
    re.compile(rf"(?:^|\t|(?<=[a-z)]\. )|\b(?<!in )(?:[Tt]he|[Oo]ur)\s+){_ROLE}\s*(?:[:,–—]|\t)\s*{_NAME}"),
    re.compile(rf"{_NAME},\s+(?:the\s+)?{_KIND}{_ROLE}\b"),  # "Joel Okafor, Chair"
    # "Joel Okafor remains Vice-Chair", "... continues as Chair".
    re.compile(rf"{_NAME}\s+(?:remains|continues\s+as)\s+(?:the\s+|its\s+)?{_KIND}{_ROLE}\b"),
)
# A signature under a foreword or a report's sign-off: the name, then the role, alone in their block
# ("Cllr Howard Pilkington Chair, Iverbeck CSP Strategy Group"). It holds on the day it was signed,
# the document's.
_SIGNED = re.compile(rf"{_NAME}\s+{_ROLE}\b(?:(?:\s*,\s*|\s+of\s+)[^.;:()]{{0,80}})?")
_SIGNATURE_CHARS = 120
_NAME_RE = re.compile(_NAME)
_TITLE_RE = re.compile(rf"^{TITLES}\s+")
_ROLE_RE = re.compile(_ROLE)
# Whom a person is from, between the name and what became of them: "Lena Brandt of Northvale
# Police was elected Chair", "Lena Brandt, Northvale Police, was elected Chair".
_BODY = r"[A-Z][\w'’&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’&-]*){0,5}"
_FROM = rf"(?:,?\s+(?:of|from)\s+(?:the\s+)?{_BODY}|,\s+[A-Z][^,.]{{2,60}},)?"
_ELECTED = (
    re.compile(rf"\belected\s+{_NAME}\s+(?:as\s+)?(?:its\s+|the\s+|new\s+)*{_ROLE}\b"),
    re.compile(
        # "... was elected Chair", and a decision log's "Cllr Devesh Rathmore elected Chair for 2023-24"
        rf"{_NAME}{_FROM}\s+(?:(?:be|was|is|has been)\s+)?(?:re-?)?(?:elected|appointed)\s+"
        rf"(?:as\s+)?(?:the\s+)?{_ROLE}\b"
    ),
    # The other of the pair elected with them: "... was elected Chair, with Cllr Ada Thorne as
    # Vice-Chair".
    re.compile(rf"\bwith\s+{_NAME}\s+as\s+(?:its\s+|the\s+|new\s+)*{_KIND}{_ROLE}\b"),
)


@dataclass(frozen=True)
class RoleHolder:
    """A person a document names as the chair or vice-chair, where, and the date the statement
    gives itself ("" when it gives none)."""

    document: str
    role: str  # "chair" or "vice-chair"
    name: str  # as printed, title and all
    page: int
    quote: str  # the block stating it, as printed
    date: str = ""


def extract_roles(document: str, pages: Sequence[CleanPage], signed_on: str = "") -> list[RoleHolder]:
    """Every chair and vice-chair the document names, once a page each; a signature is dated
    `signed_on`, the document's date."""
    found: dict[tuple[str, str, int], RoleHolder] = {}
    for page in pages:
        for block in page.blocks:
            for role, name, date in [*_holders(block.text), *_listed(block), *_signature(block, signed_on)]:
                key = (role, name, page.number)
                if key not in found or (date and not found[key].date):
                    found[key] = RoleHolder(document, role, name, page.number, block.text, date)
    return list(found.values())


# "Chair of the Assessment Panel", "(Chair, VAWG sub-group)": another body's chair, not the partnership's.
_SUB_BODY = r"(?:panel|committee|sub-?group|review|forum|network|team)s?"
# A named group is another body ("chair of the Riverside Locality Group") unless it is the partnership's
# own ("Chair, Community Safety Strategy Group", "Chair of the Responsible Authorities Group", "of the
# Group").
_OWN = ("strategy", "strategic", "steering", "executive", "partnership", "csp", "authorities")
_OTHER_GROUP = "".join(rf"(?<!{word} )" for word in _OWN) + "groups?"
OTHER_BODY = rf"(?:{_SUB_BODY}|{_OTHER_GROUP})"
_OTHER_BODY_RE = re.compile(
    rf"^[\s,;]*(?:(?:of|for)?\s*(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{_SUB_BODY}"
    rf"|(?:of|for)\s+(?:the\s+)?(?:(?!the\b)[\w'’-]+\s+){{1,4}}?{_OTHER_GROUP})\b",
    re.IGNORECASE,
)


def _own(text: str, match: re.Match[str]) -> bool:
    """Whether the role named is the partnership's own, not another body's."""
    after = text[match.end("role") : match.end("role") + 60]
    return _is_person(match.group("name")) and not _OTHER_BODY_RE.match(after)


def _holders(text: str) -> Iterator[tuple[str, str, str]]:
    """(role, name, date) for each holder the text names; the date only of an election whose
    sentence gives one."""
    for patterns, elected in ((_HELD, False), (_ELECTED, True)):
        for match in (m for pattern in patterns for m in pattern.finditer(text)):
            if _own(text, match):
                date = _dated(text, match) if elected else ""
                yield _role(match.group("role")), " ".join(match.group("name").split()), date


def _listed(block: Block) -> Iterator[tuple[str, str, str]]:
    """(role, name, "") of a member table's row whose first cell is a person and another cell the
    role alone ("Cllr Rosalind Haverstock | Hollowmead Borough Council | Chair")."""
    if block.kind != "row" or not block.header or len(block.cells) < 2:
        return
    name = _NAME_RE.fullmatch(" ".join(block.cells[0].split()))
    role = next((r for cell in block.cells[1:] if (r := _ROLE_RE.fullmatch(cell.strip()))), None)
    if name and role and _is_person(name.group("name")):
        yield _role(role.group("role")), name.group("name"), ""


def _signature(block: Block, signed_on: str) -> Iterator[tuple[str, str, str]]:
    """(role, name, date) of a block that is a signature: a name and the role it signs as, alone."""
    if block.kind not in ("heading", "para") or len(block.text) > _SIGNATURE_CHARS:
        return
    match = _SIGNED.fullmatch(" ".join(block.text.split()))
    if match and _own(match.string, match):
        # A term of years signed with ("Chair, 2021 to 2024") is no day's; a date is the signature's.
        after = match.string[match.end("role") :]
        dates = dates_in(after)
        date = dates[0] if len(dates) == 1 else "" if YEAR_RE.search(after) else signed_on
        yield _role(match.group("role")), match.group("name"), date


def _role(printed: str) -> str:
    return "vice-chair" if printed.lower().startswith("vice") else "chair"


def _is_person(name: str) -> bool:
    """A person's name, not a body's ("Fallowden District Council") or a role's; a title's words
    ("Group Manager Carys Wetherall") are no body's."""
    untitled = _TITLE_RE.sub("", name)
    return not BODY_WORDS.intersection(word.lower() for word in untitled.split())


def _dated(text: str, match: re.Match[str]) -> str:
    """The one date the sentence of an election gives ("on 16 July 2024 the Board elected ..."), or ""."""
    sentence = next((s for s in split_sentences(text) if match.group("name") in s), "")
    found = dates_in(sentence)
    return found[0] if len(found) == 1 else ""
