"""A funding decision, an action, and the words that name an item: shared by every reader of decisions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.parse.footnotes import NOTE_MARK_RE

FUNDING_CUE_RE = re.compile(r"\b(fund\w*|approved|award\w*|bids?|grants?|applications?|allocat\w*)\b", re.I)


# Words that say what kind of money moved, not what it was for: they do not identify an item.
_GENERIC = frozenset(
    {"contribution", "project", "funding", "fund", "bid", "grant", "award", "allocation", "support"}
    | {"application", "scheme", "request"}
    | {"the", "and", "of", "for", "to", "a", "an", "from", "in", "on", "with", "at", "by"}
)


DELEGATED_RE = re.compile(r"\bdelegated\b", re.I)


@dataclass(frozen=True)
class Mention:
    """Another place the documents state an item's amount: perhaps a different figure."""

    amount: float
    page: int
    quote: str
    source: str  # heading or prose


@dataclass(frozen=True)
class FundingDecision:
    """One funding decision as a document records it, with the page and the words that record it.

    `context` is the text of the report's section on the item, which tells the priority it serves;
    `mentions` are the other places in the same document that state an amount for it.
    """

    item: str
    amount: float
    kind: str
    window: str
    year: str
    document: str
    page: int
    quote: str
    source: str  # table, heading or prose
    mentions: tuple[Mention, ...] = ()
    context: str = ""
    outcome: str = "approved"  # approved, amended, deferred, declined or withdrawn (after approval)
    lead: str = ""  # the organisation that gets the money or runs the work, where stated
    date: str = ""  # ISO date of the decision: the meeting's, or one the text gives
    previous: float = 0.0  # an amended decision: the amount before
    how: str = ""  # "under delegated powers", "from the reserve"
    written: str = ""  # the amount as a table in £k or £m writes it ("4.5"), where it differs
    asked: float = 0.0  # the sum the bid asked for, where the text states it apart from the sum decided

    ocr: bool = False  # its page was read by OCR

    @property
    def counted(self) -> bool:
        """Whether the money was given: approved or amended awards and contributions, not allocations."""
        return self.outcome in ("approved", "amended") and self.kind != "allocation" and self.amount > 0

    @property
    def pages(self) -> tuple[int, ...]:
        """Every page stating this decision, its own first."""
        return tuple(dict.fromkeys([self.page, *(m.page for m in self.mentions)]))


@dataclass(frozen=True)
class Action:
    """One row of a minutes' actions table: an action, its owner and due date; not a decision."""

    number: str
    action: str
    owner: str
    due: str
    status: str
    document: str
    page: int
    quote: str
    date: str = ""  # the meeting's


def asked_beside(asked: float, amount: float, outcome: str) -> float:
    """The sum a bid asked, kept beside a decision only where it gave another sum (an approval or an
    amendment); 0 otherwise."""
    return asked if asked and asked != amount and outcome in ("approved", "amended") else 0.0


def item_words(text: str) -> set[str]:
    """Words naming an item, lower-cased and singular: "PSPO – Macclesfield" -> {pspo, macclesfield}."""
    # A footnote's mark on a table's cell ("Blades Down knife crime workshops¹") is no part of a name.
    words = re.findall(r"\w+", NOTE_MARK_RE.sub(" ", text.lower().replace("-", "")))
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words} - _GENERIC


# A bid's reference: letters, then numbers in two or three parts ("HCSG/22/02", "ESCF 23-07", "GR-24-3",
# "IPF23-01").
REFERENCE_RE = re.compile(r"\b[A-Z]{2,6}(?:[ /-]?\d{1,4})(?:[/-]\d{1,4}){1,2}\b")
# ... heading a list of a bid's parts, a comma after it: "IPF23-02, Millbeck Youth Project, ...".
_REFERENCE_FIRST_RE = re.compile(rf"^{REFERENCE_RE.pattern},\s+")


def item_and_runner(text: str) -> tuple[str, str]:
    """An item's name and who runs it, where brackets or a comma set the runner apart: "Independent
    Domestic Violence Adviser (Hartleburn Women's Aid)", "Ashwick Youth Outreach, Ashwick Youth Trust".
    Words after the brackets say something else ("..., deferred from Minute 23/017"). A reference
    heading the parts names neither."""
    text, listed = _REFERENCE_FIRST_RE.subn("", text.strip())
    if bracketed := re.match(r"(?P<item>[^()]+?)\s*\((?P<lead>[A-Z][^()]+)\)", text):
        return bracketed.group("item"), bracketed.group("lead")
    item, _, rest = text.partition(", ")
    rest = re.sub(r"\s*\([^()]*\)\s*$", "", rest)  # "Kettlebeck Youth Trust (deferred 17 June 2025)"
    # After a reference the parts are the bid's, whatever their case ("..., skate park lighting").
    return item, (rest if rest[:1].isupper() or listed else "")
