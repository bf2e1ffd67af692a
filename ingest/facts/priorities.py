"""Find the priorities a document sets: a heading or sentence about priorities, then a bulleted list;
or one sentence naming them ("For 2021/22 the Board worked to three priorities: A, B and C.")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import takewhile

from ingest.facts.periods import financial_year, financial_year_of, month_years_in
from ingest.facts.priority_tables import table_columns
from ingest.parse.blocks import Block, CleanPage
from ingest.text import as_excerpts, split_sentences

_LABEL_RE = re.compile(r"^(?:[A-Z]|\d{1,2})[.)]\s+")
_PRIORITY_RE = re.compile(r"\bpriorit(y|ies)\b|\bstrategic themes?\b", re.IGNORECASE)
_ONE_LABELLED_RE = re.compile(r"^(?i:priority|theme)\s+\d{1,2}\b")
_CONTENTS_RE = re.compile(r"\t\d+$")
_HOW_RE = re.compile(r"^(?:how|why)\b", re.I)
# A paragraph printing one priority under its label, as a list item would: "Priority one: Serious
# violence and knife crime."; the label is no part of the name.
_LABELLED_ITEM_RE = re.compile(
    r"^(?i:priority|theme)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight)\s*[:–—]\s*(?=\S)"
)
_SECTION_NUMBER_RE = re.compile(r"^(\d{1,2})\.?\s")  # "2. Our priorities for 2025-26"
_SUBSECTION_RE = re.compile(r"^(\d{1,2})\.\d{1,2}\.?\s+(.+)$")  # "2.1 Serious violence and knife crime"
# A sentence naming its priorities after a colon: the list is the rest. ("Our priorities were set with
# partners, who ..." names none: without the colon, a list cannot be told from a clause.)
_NAMING_RE = re.compile(r"\bpriorities\b[^:.]*:\s*(?P<items>[^:]+?)\.?$", re.I)
# ... or after "priorities (for <year>) were/are", when semicolons set the items apart: "Our
# priorities for 2024-25 were A; B; C; and D." (a clause after "were" has no semicolons), a clause
# between commas allowed ("Our priorities for 2020 to 2023, set from the 2019 assessment, are ...").
_STATING_RE = re.compile(
    r"\bpriorities(?:\s+for\s+[^:;,]{1,30}?)?(?:,\s+[^:;,]{1,60},)?\s+(?:are|were|will be|remain(?:ed)?)\s+"
    r"(?P<items>[^:]+;[^:]+?)\.?$",
    re.I,
)
# ... or commas, in a sentence saying no more: "Our priorities this year were domestic abuse and
# sexual violence, anti-social behaviour, serious violence, and drug-related harm." Three items at
# least, none longer than MAX_LISTED_WORDS (a clause after "were" is longer, or one item).
_LISTING_RE = re.compile(
    r"\b(?:our|the|its|partnership's|board's)\s+priorities(?:\s+(?:this|that|last)\s+year"
    r"|\s+for\s+[^:;,]{1,30}?)?\s+(?:are|were)\s+(?P<items>[^:;]+,[^:;]+,[^:;]+?)\.?$",
    re.I,
)
MAX_LISTED_WORDS = 6
# An enumerated item's mark, "(1)", "(ii)", "a)"; and a clause after the last item that is no item
# ("...; and (4) anti-social behaviour; and that acquisitive crime is no longer a priority").
_ENUMERATOR_RE = re.compile(r"^\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s*", re.I)
# Marks in brackets before each item, and what joins it to the one before ("..., and (4) ...").
_ENUMERATED_RE = re.compile(r"[,;]?\s*(?:and\s+)?\((?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s*", re.I)
# ... or the next lettered part of a resolution ("...; (b) drug harm passes to ...").
_TRAILING_CLAUSE_RE = re.compile(r"[;,]\s*(?:and\s+)?(?:that\b|\((?:[b-h]|ii|iii|iv)\)).*$", re.I)
_TRAILING_THAT_RE = re.compile(r"[;,]\s*(?:and\s+)?that\b.*$", re.I)
_ITEM_SPLIT_RE = re.compile(r"\s*;\s*(?:and\s+)?|\s*,\s*(?:and\s+)?|\s+and\s+(?=[^,;]+$)")
# Items set apart by semicolons keep their own commas and "and"s ("serious violence, including knife crime").
_SEMICOLON_SPLIT_RE = re.compile(r"\s*;\s*(?:and\s+)?")
MAX_NAMED_WORDS = 8  # a priority named in a sentence is a short phrase; a longer piece is prose
# ... a little longer when semicolons set the items apart ("violence against women and girls,
# including domestic abuse and stalking"): commas inside an item then say nothing of prose.
MAX_SEMICOLON_ITEM_WORDS = 12
# A lead-in standing for the sentence before it ("They are:", "These were agreed:").
_REFERS_BACK_RE = re.compile(r"(?:They|These|Those|It|Each)\b")
# ... or pointing back within it: "After the consultation the Group confirmed them ...:".
_POINTS_BACK_RE = re.compile(r"\b(?:them|these|those)\b")
# Words of a clause, not of a priority's name ("set with partners, who told us ...; we thank them",
# "carried forward into 2024-25 while the Partnership Plan is refreshed; new priorities will take effect").
_CLAUSE_RE = re.compile(r"\b(?:who|which|we|us|they|them|our|is|are|was|were|will|while)\b", re.I)
# A priority added: "X be added as a fifth priority", "X was added as a new priority".
_ADDED_RE = re.compile(
    r"(?P<item>[^.;:()]{3,90}?)\s+(?:be|was|is|has been|were)\s+added\s+as\s+(?:a|the)\s+"
    r"(?:new|further|\w+th|third|second)\s+priority\b"
    # ... "the Board added a fifth, shop theft and retail crime, as ..."
    r"|\badded\s+a\s+(?:new|further|\w+th|third|second)(?:\s+priority)?\s*[,:]\s*(?P<named>[^,;.()]{3,60})",
    re.I,
)
# ... or dropped: "X is no longer a Board priority", "X will no longer be a priority".
_DROPPED_RE = re.compile(
    r"(?P<item>[^.;:()]{3,90}?)\s+(?:is|was|will)\s+no\s+longer\s+(?:be\s+)?"
    r"(?:a\s+(?:\w+\s+)?priority|one\s+of\s+(?:our|the|its)\s+priorities)\b",
    re.I,
)
# What leads into the added item's name: "RESOLVED that", "The Board agreed that", "(c)".
_ADDED_LEAD_RE = re.compile(r"^.*\bthat\s+|^\s*\(?[a-h]\)\s*", re.I)
# The day priorities take effect: "From 1 April 2024 the priorities are ..." sets them for that
# day's financial year, not for the year of the meeting saying so.
_FROM_DAY_RE = re.compile(
    r"\b(?i:from|with effect from|starting)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+\d{4}"
)


@dataclass(frozen=True)
class Priority:
    """One priority: its short name, the whole item as printed, and where it is printed."""

    name: str
    text: str
    page: int


@dataclass(frozen=True)
class PrioritySet:
    """The priorities one document sets for a period, under the heading that introduces them."""

    document: str
    period: str
    heading: str
    page: int
    priorities: tuple[Priority, ...]
    # A priority added to those already set ("shop theft be added as a fifth priority from 1 April
    # 2025") or dropped from them ("Rural crime is no longer a Board priority"): "added" or
    # "dropped", the set holding it alone; "" for a list of the period's priorities.
    change: str = ""
    # The page printing the heading, where a lead-in ends one page and its list opens the next
    # (`page`); 0 where they share a page.
    lead_page: int = 0


def priority_name(item: str) -> str:
    """An item's short name: "Exploitation of adults and children (The manipulation ...)" -> its
    first words, before any bracket, dash or colon that starts an explanation."""
    item = _LABEL_RE.sub("", item)  # "A. Domestic abuse", "2) Knife crime": the label is no part of it
    name = re.split(r"\s+\(|\s+[-–:]\s+|:\s", item, maxsplit=1)[0].strip(" .;,")
    return name or item


def extract_priorities(document: str, pages: Sequence[CleanPage], period: str = "") -> list[PrioritySet]:
    """Each list of two or more bullets introduced by a heading or sentence naming priorities."""
    found: list[PrioritySet] = []
    for number, page in enumerate(pages):
        blocks = page.blocks
        for i, block in enumerate(blocks):
            if block.kind == "bullet" and _PRIORITY_RE.search(block.text):
                # A list item naming them itself: "– Priorities for 2023-24 (agreed ...): A; B; C; D."
                found.extend(_named_in_sentences(document, block.text, page.number, period))
                continue
            if block.kind == "row":
                found.extend(_named_in_cells(document, blocks, i, page.number, period))
                continue
            if block.kind not in ("heading", "para"):
                continue
            named = _names_priorities(block)
            if not named and not _after_priorities_line(blocks[i - 1] if i else None, block):
                continue
            if block.kind == "heading" and (_ONE_LABELLED_RE.match(block.text) or _HOW_RE.match(block.text)):
                continue  # "Priority 1: ..." heads what was done for one; "How we chose ..." the reasons
            if block.kind == "para" and not block.text.endswith(":"):
                named_here = _named_in_sentences(document, block.text, page.number, period)
                named_here += _changed_in_sentences(document, block.text, page.number, period)
                # ... or a table right under it ("The priorities for 2024/25 came from ...", then a
                # column of them for each year).
                under_heading = i > 0 and blocks[i - 1].kind == "heading" and _names_priorities(blocks[i - 1])
                if not named_here and not under_heading:
                    named_here = _tabled(
                        document, block.text, blocks[i + 1 :], page.number, period, by_period=True
                    )
                found.extend(named_here)
                continue  # a paragraph only introduces a list when it ends with a colon
            if _CONTENTS_RE.search(block.text):
                continue
            if block.kind == "para":  # sentences before the lead-in may name an earlier set
                earlier = " ".join(split_sentences(block.text)[:-1])
                found.extend(_named_in_sentences(document, earlier, page.number, period))
            items = []
            rest, on = blocks[i + 1 :], page.number
            if not rest and number + 1 < len(pages):  # a lead-in ending its page: the list opens the next
                rest, on = pages[number + 1].blocks, pages[number + 1].number
            for at, following in enumerate(rest):
                if _describes(rest, at):
                    continue  # "1. Domestic abuse" over a paragraph saying what the Board will do
                labelled = following.kind == "para" and _LABELLED_ITEM_RE.match(following.text)
                if following.kind != "bullet" and not labelled:
                    break
                name = following.text[labelled.end() :] if labelled else following.text
                items.append(Priority(priority_name(name), following.text, on))
            if len(items) < 2 and block.kind == "heading":
                items = _subsections(block.text, rest, on)
            if len(items) < 2:
                # A table of them, under the heading's introduction or the lead-in's colon.
                paragraphs = 1 if block.kind == "heading" else 0
                if not _ONE_LABELLED_RE.match(block.text):  # "Priority 3" heads one priority's part
                    found.extend(_tabled(document, block.text, rest, on, period, paragraphs))
                continue
            # A lead-in after a heading run into the paragraph above carries that heading's words.
            heading = block.text if named else f"{_last_sentence(blocks[i - 1])} {block.text}"
            # The lead-in's own sentence says the year first ("... a priority in 2022/23, passed to the
            # forum. From April 2024 the priorities are:").
            lead = _set_for(_last_sentence(block), "") if block.kind == "para" else ""
            found.append(
                PrioritySet(
                    document=document,
                    period=lead or financial_year(heading, period),
                    heading=heading,
                    page=on,  # where the items are printed, which the answer cites
                    priorities=tuple(items),
                    lead_page=page.number if on != page.number else 0,
                )
            )
    return _once(found)


def _once(found: list[PrioritySet]) -> list[PrioritySet]:
    """Each list read once where a second reading adds nothing: a table's caption naming priorities
    under a heading that names them too reads the same rows, and unless the caption names a period
    of its own, the heading's reading, found first, says more."""
    seen: set[tuple[int, tuple[Priority, ...]]] = set()
    kept = []
    for found_set in found:
        key = (found_set.page, found_set.priorities)
        if key not in seen or financial_year(found_set.heading.split("\n")[0]):
            kept.append(found_set)
        seen.add(key)
    return kept


def _tabled(
    document: str,
    lead: str,
    blocks: Sequence[Block],
    page: int,
    period: str,
    paragraphs: int = 0,
    by_period: bool = False,
) -> list[PrioritySet]:
    """The sets a table under a heading or sentence naming priorities prints: its quote is the lead
    and each name as its row's lines print it, where other cells stand between a name's lines. The
    period is the table's, the lead's, its introduction's, else the document's."""
    intro = blocks[0].text if paragraphs and blocks and blocks[0].kind == "para" else ""
    return [
        PrioritySet(
            document=document,
            period=column.period or financial_year(lead) or financial_year(intro, period),
            heading="\n".join([lead, *(printed for _, printed in column.items)]),
            page=page,
            priorities=tuple(Priority(priority_name(name), name, page) for name, _ in column.items),
        )
        for column in table_columns(blocks, paragraphs, by_period)
    ]


def _subsections(heading: str, blocks: Sequence[Block], page: int) -> list[Priority]:
    """The titles of the numbered sections under a numbered heading naming priorities ("2. Our
    priorities for 2025-26" over "2.1 Serious violence and knife crime", "2.2 ..."), each with the
    paragraphs describing it between them; up to the first heading of another section."""
    number = _SECTION_NUMBER_RE.match(heading)
    if number is None:
        return []
    items = []
    for block in blocks:
        if block.kind != "heading":
            continue
        own = _SUBSECTION_RE.match(block.text)
        if own is None or own.group(1) != number.group(1):
            break
        items.append(Priority(priority_name(own.group(2)), own.group(2), page))
    return items


def _describes(blocks: Sequence[Block], at: int) -> bool:
    """Whether a paragraph describes the list item above it: it comes right after an item, and
    another item follows it. A paragraph after the last item is the list's end, as is one leading
    into the next list."""
    if blocks[at].kind != "para" or at == 0 or blocks[at - 1].kind != "bullet":
        return False
    if blocks[at].text.endswith(":"):
        return False  # it leads into a list of its own
    return at + 1 < len(blocks) and blocks[at + 1].kind == "bullet"


def _names_priorities(block: Block) -> bool:
    """Whether a heading, or the sentence of a paragraph that leads into what follows, names
    priorities. A long paragraph ending "The statutory partners are:" leads into members, whatever
    its earlier sentences say of priorities; "They are:" stands for the sentence before it."""
    if block.kind != "para" or not block.text.endswith(":"):
        return bool(_PRIORITY_RE.search(block.text))
    sentences = split_sentences(block.text)
    back = _REFERS_BACK_RE.match(sentences[-1]) or _POINTS_BACK_RE.search(sentences[-1])
    lead = sentences[-2:] if back else sentences[-1:]
    return any(_PRIORITY_RE.search(sentence) for sentence in lead)


def _after_priorities_line(above: Block | None, block: Block) -> bool:
    """Whether a lead-in ending in a colon ("Adopted on 17 June 2025, on the recommendation of the
    assessment:") follows a line naming priorities, a heading run into the paragraph above
    ("... Priorities 2025-26 to 2027-28")."""
    if above is None or block.kind != "para" or not block.text.endswith(":"):
        return False
    return bool(_PRIORITY_RE.search(_last_sentence(above)))


def _last_sentence(block: Block) -> str:
    sentences = split_sentences(block.text)
    return sentences[-1] if sentences else ""


def _named_in_cells(
    document: str, blocks: Sequence[Block], at: int, page: int, period: str
) -> list[PrioritySet]:
    """The priorities a table cell names as a paragraph would: a decision log's "The Board adopted
    five priorities for 2025-26: (1) A; (2) B; ...". A wrapped cell's lines are joined in its row's
    cells; the heading quoted is cut into the pieces the row's lines print."""
    found = []
    for cell in blocks[at].cells:
        if _PRIORITY_RE.search(cell):
            found += _named_in_sentences(document, cell, page, period)
    if not found:  # most rows: their lines are not read
        return []
    lines = [blocks[at].text]
    lines += [b.text for b in takewhile(lambda b: b.kind == "row" and not b.cells, blocks[at + 1 :])]
    return [replace(s, heading=as_excerpts(s.heading, lines)) for s in found]


def _named_in_sentences(document: str, text: str, page: int, period: str) -> list[PrioritySet]:
    """The priorities a paragraph's sentences name in a list of short phrases, one set a sentence."""
    found = []
    for sentence in split_sentences(text):
        listing = _LISTING_RE.search(sentence)
        match = _NAMING_RE.search(sentence) or _STATING_RE.search(sentence) or listing
        if not match:
            continue
        named = match.group("items")
        # "(i) A; (ii) B; (iii) C": the numbers go on one list; after an item not numbered, a
        # number opens the resolution's next part.
        named = (_TRAILING_THAT_RE if _ENUMERATOR_RE.match(named) else _TRAILING_CLAUSE_RE).sub("", named)
        split = _SEMICOLON_SPLIT_RE if ";" in named else _ITEM_SPLIT_RE
        if len(_ENUMERATED_RE.findall(named)) > 1:  # "(1) A, (2) B and C": the marks part the items
            split = _ENUMERATED_RE
        items = [_ENUMERATOR_RE.sub("", i.strip(" .")) for i in split.split(named) if i.strip(" .")]
        most = MAX_SEMICOLON_ITEM_WORDS if ";" in named else MAX_NAMED_WORDS
        most = MAX_LISTED_WORDS if match is listing else most
        if match is listing and all(re.match(r"[a-z]+ed\b", i) for i in items):
            continue  # "were agreed in March, reviewed in June, and published": what was done
        if len(items) < 2 or any(len(i.split()) > most or _CLAUSE_RE.search(i) for i in items):
            continue
        listed = tuple(Priority(priority_name(i), i, page) for i in items)
        found.append(PrioritySet(document, _set_for(sentence, period), sentence, page, listed))
    return found


def _changed_in_sentences(document: str, text: str, page: int, period: str) -> list[PrioritySet]:
    """The priorities a paragraph's sentences add to those set ("RESOLVED that shop theft and retail
    crime be added as a fifth priority of the Partnership from 1 April 2025") or drop ("Rural and
    heritage crime is no longer a Board priority")."""
    found = []
    for sentence in split_sentences(text):
        for change, pattern in (("added", _ADDED_RE), ("dropped", _DROPPED_RE)):
            match = pattern.search(sentence)
            if match is None:
                continue
            said = match.group("item") if match.group("item") is not None else match.group("named")
            item = _ADDED_LEAD_RE.sub("", said).strip(" ,")
            if 0 < len(item.split()) <= MAX_NAMED_WORDS and not _CLAUSE_RE.search(item):
                one = (Priority(priority_name(item), item, page),)
                found.append(PrioritySet(document, _set_for(sentence, period), sentence, page, one, change))
    return found


def _set_for(sentence: str, period: str) -> str:
    """The period a sentence sets priorities for: the financial year it names, else that of the day
    it says they start, else the document's."""
    named = financial_year(sentence)
    start = _FROM_DAY_RE.search(sentence)
    months = sorted(month_years_in(start.group(0))) if start and not named else []
    return named or (financial_year_of(f"{months[0]}-01") if months else period)
