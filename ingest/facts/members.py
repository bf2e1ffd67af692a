"""Find who makes up a partnership: a list of bodies under a lead-in that speaks of membership.

"It brings together the following responsible authorities:", "The statutory partners are:" or a
"Membership" heading, then a bulleted list of names or a table whose first column names them; or a
table whose own header says so ("Organisation | Membership"). The words that mark such a lead-in are
the one vocabulary below; the assistant reads questions with it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.parse.blocks import Block, CleanPage
from ingest.text import split_sentences

# What a lead-in or a question says when it speaks of who belongs to a partnership.
MEMBERSHIP_RE = re.compile(
    r"\bmembers?(hip)?\b|\bresponsible authorit(y|ies)\b"
    r"|\bstatutory (partners?|bodies|agencies|organi[sz]ations)\b"
    r"|\bpartner (organi[sz]ations|agencies|bodies)\b|\b(made|make|makes) up\b|\bcompris(e|es|ed|ing)\b"
    r"|\b(brings?|brought) together\b|\bsits? on\b|\battend(s|ed)?\b",
    re.IGNORECASE,
)
# A question says so in those words or in a question's own: "who is on", "part of", "involved in".
MEMBERSHIP_QUESTION_RE = re.compile(
    rf"{MEMBERSHIP_RE.pattern}|\bpart of\b|\binvolved in\b|\bbelongs? to\b|\bpartners\b"
    r"|\bwho(?:'s| is| are) (?:on|in)\b",
    re.IGNORECASE,
)
# The statutory roles a list's lead-in or a question may name: "which are the responsible authorities".
ROLE_RE = re.compile(
    r"\bresponsible authorit(y|ies)\b|\bstatutory (partners?|bodies|agencies|organi[sz]ations)\b", re.I
)
# A meeting's record of who came ("Members present:", "Apologies:") is attendance, not membership;
# a list of priorities the members agreed is a priority list.
_NOT_MEMBERSHIP_RE = re.compile(r"\bpresent\b|\bapolog|\battendance\b|\bpriorit(y|ies)\b", re.IGNORECASE)
# A table's first row naming its columns, when it was not told apart as a header ("Organisation").
_COLUMN_LABEL_RE = re.compile(r"(organi[sz]ation|name|member|body|agency|partner)s?", re.IGNORECASE)
# ... of which "Member" may also be a row's role ("Member | Cllr Ann Hollis | Northvale Council").
_ROLE_LABEL_RE = re.compile(r"members?|partners?", re.IGNORECASE)
# The rows a header not told apart may be among: the first, or the second under a line read as a row.
_HEADER_ROWS = 2
# A body's name is a few words; a longer item is a duty or an action, not a member.
MAX_NAME_WORDS = 12
# A last sentence this short ("They include:") only points back to the one before.
SHORT_LEAD_IN_WORDS = 4
# Paragraphs a "Membership" heading's section may open with before its list or table ("The Board is
# quorate when ...").
PARAGRAPHS_BEFORE_LIST = 3


@dataclass(frozen=True)
class MemberList:
    """One list of a partnership's member bodies as printed, under its lead-in, on its page."""

    document: str
    lead_in: str
    page: int
    members: tuple[str, ...]
    # A table's other cells for each member, tab-separated as on the page ("Responsible authority");
    # empty for a bulleted list.
    details: tuple[str, ...] = ()
    # Each member's row as printed, its wrapped cells' next lines below it; empty for a bulleted list.
    printed: tuple[str, ...] = ()

    def lines(self) -> tuple[str, ...]:
        """Each member: its name, then its row's other cells."""
        details = self.details or ("",) * len(self.members)
        return tuple(f"{m}\t{d}" if d else m for m, d in zip(self.members, details, strict=True))

    def quoted(self) -> tuple[str, ...]:
        """Each member's lines as printed on the page, for a quote."""
        return self.printed or self.lines()


def extract_members(document: str, pages: Sequence[CleanPage]) -> list[MemberList]:
    """Each list of two or more short names (bullets, or a table's first column) introduced by a
    membership heading or lead-in, or under a header naming members."""
    found: list[MemberList] = []
    for page in pages:
        blocks = page.blocks
        for i, block in enumerate(blocks):
            above = blocks[i - 1] if i else None
            own = _heads_member_table(above, block)  # the table names itself: it starts here
            lead_in = block.text if own else _lead_in(above, block)
            if lead_in is None:
                continue
            below = blocks[i:] if own else blocks[i + 1 :]
            if block.kind == "heading":  # a section may open with a few paragraphs before its list
                opening = len(list(itertools.takewhile(lambda b: b.kind == "para", below)))
                below = below[opening:] if opening <= PARAGRAPHS_BEFORE_LIST else below
            items, details, printed = _names_below(below)
            if len(items) < 2 or any(len(item.split()) > MAX_NAME_WORDS for item in items):
                continue
            if any(f.page == page.number and f.members == items for f in found):
                continue  # a table under a membership heading, found by both
            found.append(MemberList(document, lead_in, page.number, items, details, printed))
    return found


def _names_below(blocks: Sequence[Block]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The bullets that follow, or the first cells of the table that follows (its header row
    names the columns, not a member) with the rest of each row, and each row as printed (a row
    without cells of its own is the next line of the wrapped row above)."""
    if blocks and blocks[0].kind in ("header", "row"):
        named: list[tuple[str, ...]] = []
        printed: list[str] = []
        for b in itertools.takewhile(lambda b: b.kind in ("header", "row"), blocks):
            if b.kind == "row" and b.cells and b.cells[0].strip():
                named.append(b.cells)
                printed.append(b.text)
            elif b.kind == "row" and not b.cells and printed:
                printed[-1] += f"\n{b.text}"
        if named and _COLUMN_LABEL_RE.fullmatch(named[0][0].strip()):
            named, printed = named[1:], printed[1:]
        # A header row not told apart, in any column ("Role | Name | Organisation"), and any line read
        # as a row above it ("3.1 | The members are set out below."): no member.
        labels = [at for at, cells in enumerate(named[:_HEADER_ROWS]) if any(map(_names_column, cells))]
        if labels:
            named, printed = named[labels[-1] + 1 :], printed[labels[-1] + 1 :]
        details = tuple("\t".join(x.strip() for x in c[1:]) for c in named)
        return tuple(c[0].strip() for c in named), details, tuple(printed)
    bullets = tuple(b.text.strip() for b in itertools.takewhile(lambda b: b.kind == "bullet", blocks))
    return bullets, (), ()


def _names_column(cell: str) -> bool:
    """Whether a cell is a column's label: no member is called "Name" or "Organisation", though a
    role may be "Member"."""
    return bool(_COLUMN_LABEL_RE.fullmatch(cell.strip())) and not _ROLE_LABEL_RE.fullmatch(cell.strip())


def _heads_member_table(above: Block | None, block: Block) -> bool:
    """Whether `block` is the first row of a table whose columns say it lists members: one naming
    the bodies ("Organisation"), another in membership words ("Membership")."""
    if block.kind not in ("header", "row") or (above is not None and above.kind in ("header", "row")):
        return False
    cells = [c.strip() for c in block.cells]
    return (
        len(cells) > 1
        and bool(_COLUMN_LABEL_RE.fullmatch(cells[0]))
        and any(MEMBERSHIP_RE.search(c) and not _NOT_MEMBERSHIP_RE.search(c) for c in cells[1:])
    )


def _lead_in(above: Block | None, block: Block) -> str | None:
    """What introduces a list of members at `block`: a heading in membership words, or the last
    sentence (two if it is short) of a paragraph ending with a colon, in them or directly under a
    heading in them."""
    if block.kind == "heading":
        lead_in = words = block.text
    elif block.kind == "para" and block.text.endswith(":"):
        sentences = split_sentences(block.text)
        # A short last sentence points back to the one before ("They include:") unless it names
        # the membership itself ("The responsible authorities are:").
        short = len(sentences[-1].split()) <= SHORT_LEAD_IN_WORDS and not MEMBERSHIP_RE.search(sentences[-1])
        lead_in = " ".join(sentences[-2:] if short else sentences[-1:])
        words = f"{above.text} {lead_in}" if above is not None and above.kind == "heading" else lead_in
    else:
        return None
    if not MEMBERSHIP_RE.search(words) or _NOT_MEMBERSHIP_RE.search(words):
        return None
    return lead_in
