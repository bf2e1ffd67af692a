"""Who makes up a partnership: its member lists, whole, from each partnership's newest document."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from assistant.answering.citations import CitationLedger
from assistant.text import terms
from assistant.types import Answer, CheckedSentence, Sources
from ingest.facts.members import MEMBERSHIP_QUESTION_RE, ROLE_RE, MemberList

# Words that ask who belongs to the partnership as a whole rather than about something particular
# ("which organisations are in the co-location programme" is about the programme).
_MEMBERSHIP_QUESTION_WORDS = frozenset(
    terms(
        "who whom which what are is were be the partnership partnership's partnerships organisations "
        "organisation organizations agencies agency bodies body partners partner members member "
        "membership make makes made up sit sits sat on of part in belong belongs form forms comprise "
        "comprises statutory duty responsible authorities authority board group executive attend attends "
        "attended involved current currently now list name names all our their its other others "
        "community safety csp main key core orgs"
    )
)
# ... and the words asking for the members outside a role ("without being responsible authorities").
_OUTSIDE_WORDS = frozenset(terms("without being not aren't isn't non other than apart except besides"))
# Words before a role that ask for the members outside it.
_OUTSIDE_ROLE_RE = re.compile(
    r"\b(?:without being|not|aren'?t|isn'?t|non-?|other than|apart from|except|besides)"
    r"\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)


def answer_members(
    question: str,
    lists: Sequence[MemberList],
    title_words: set[str],
    sources: Sources,
    partnership_of: Mapping[str, str],
    ranked: Sequence[str] = (),
) -> Answer | None:
    """Each partnership's member lists, whole, when the question asks who makes it up; else None.

    A partnership's newest document with member lists answers for it: membership is what holds now.
    Partnerships come in the order their documents first appear in `ranked` (retrieval's, best first).
    A question naming a role ("which are the responsible authorities") gets the members in that role.
    """
    if not lists or not MEMBERSHIP_QUESTION_RE.search(question):
        return None
    asked = set(terms(question))
    allowed = (
        _MEMBERSHIP_QUESTION_WORDS
        | title_words
        | (_OUTSIDE_WORDS if _asks_outside(question) else set())
        | {t for m in lists for cell in _named_categories(question, m) for t in cell}  # "co-opted"
    )
    if asked - allowed:
        return None  # a question about something particular, which passages answer better
    # partnership -> its newest document with member lists; with rows in the role asked, if any has
    # them ("which are the co-opted members": the newest list that says who is co-opted)
    newest: dict[str, str] = {}
    cut = _in_role(question, lists)
    in_any = {m.document for m in cut}
    for document in sorted(
        {m.document for m in lists}, key=lambda d: (d in in_any, sources.period(d), sources.date(d), d)
    ):
        newest[partnership_of.get(document, document)] = document
    first_seen: dict[str, int] = {}
    for place, document in enumerate(ranked):
        first_seen.setdefault(partnership_of.get(document, document), place)
    order = sorted(newest, key=lambda name: first_seen.get(name, len(ranked)))
    ledger = CitationLedger(sources)
    blocks: list[str] = []
    checked: list[CheckedSentence] = []
    # Each partnership's lists cut to the role asked, or whole where none has it (`in_role`, done once).
    chosen = (
        [m for m in cut if m.document == newest[name]] or [m for m in lists if m.document == newest[name]]
        for name in order
    )
    for found in (m for lists_of_one in chosen for m in lists_of_one):
        lines = found.lines()
        number = ledger.cite(found.document, found.page, "\n".join([found.lead_in, *found.quoted()]))
        lead_in = found.lead_in.replace("\t", " | ")
        intro = f"{sources.title(found.document)}: {lead_in} [{number}]"
        shown = [line.replace("\t", " | ") for line in lines]
        blocks.append("\n".join([intro, *(f"- {member} [{number}]" for member in shown)]))
        checked.extend(CheckedSentence(text, (number,), True) for text in (lead_in, *shown))
    text = "\n\n".join(blocks)
    return Answer(question, text, False, ledger.citations(), sentences=tuple(checked), answerer="register")


def in_role(question: str, lists: Sequence[MemberList]) -> list[MemberList]:
    """One partnership's lists cut to the role the question names: a table's rows whose role cell
    it names ("Responsible authority (from July 2022)"), a list whose lead-in names the same
    statutory role, or those outside it where the question asks so ("without being responsible
    authorities"); all of them when none is."""
    return _in_role(question, lists) or list(lists)


def _in_role(question: str, lists: Sequence[MemberList]) -> list[MemberList]:
    """The lists cut to the role the question names, as `in_role`; none when no row is in it."""
    asked = set(terms(question))
    roles = [set(terms(m.group())) for m in ROLE_RE.finditer(question)]
    # "without being responsible authorities": the rows outside the role named, not those in it.
    outside = _asks_outside(question)
    kept = []
    for found in lists:
        if found.details:
            named = _named_categories(question, found)
            rows = [
                at
                for at, d in enumerate(found.details)
                if (
                    not any(role <= set(terms(d)) for role in roles)
                    if outside
                    else _names_role(asked, d) or any(cell in named for cell in _cells((d,)))
                )
            ]
            if rows:
                details = tuple(found.details[at] for at in rows)
                printed = tuple(found.printed[at] for at in rows) if found.printed else ()
                members = tuple(found.members[at] for at in rows)
                kept.append(replace(found, members=members, details=details, printed=printed))
        elif roles and any(role <= set(terms(found.lead_in)) for role in roles) != outside:
            kept.append(found)
    return kept


def _asks_outside(question: str) -> bool:
    """Whether a question asks for the members outside the role it names ("not responsible authorities")."""
    return any(_OUTSIDE_ROLE_RE.search(question[: m.start()]) for m in ROLE_RE.finditer(question))


def _names_role(asked: set[str], cell: str) -> bool:
    """Whether a question names a row's role: every word of its cell before any bracket."""
    role = set(terms(cell.split("(", 1)[0]))
    return bool(role) and role <= asked


def _named_categories(question: str, found: MemberList) -> list[set[str]]:
    """The words of the cells two rows or more share (the kinds of member a table sorts its rows
    into: "Co-opted") that the question names. A column's header cell is in one row only, so it is
    none of them; a cell of words any membership question uses ("Member") names no kind, unless
    it is a statutory role the question names."""
    asked = set(terms(question))
    roles = [set(terms(m.group())) for m in ROLE_RE.finditer(question)]
    cells = _cells(found.details)
    return [
        cell
        for at, cell in enumerate(cells)
        if cell <= asked
        and cell in cells[:at] + cells[at + 1 :]
        and (not cell <= _MEMBERSHIP_QUESTION_WORDS or any(cell <= role for role in roles))
    ]


def _cells(details: Sequence[str]) -> list[set[str]]:
    """The words of each of the rows' other cells, before any bracket ("Co-opted", "Responsible
    authority (from July 2022)"); no empty ones."""
    cells = (set(terms(cell.split("(", 1)[0])) for row in details for cell in row.split("\t"))
    return [cell for cell in cells if cell]
