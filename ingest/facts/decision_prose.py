"""Decisions in prose: headings with amounts, and sentences of minutes in their many styles, each
clause with its outcome, amount, item, lead and date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ingest.facts.decision_cues import (
    AMENDED_RE,
    APPROVED_RE,
    ASKED_AGAINST_RE,
    ASKED_ASIDE_RE,
    ASKED_RE,
    AVAILABLE_RE,
    BALANCE_RE,
    BID_ALONE_RE,
    BULLET_DASH_LABEL_RE,
    BULLET_LABEL_RE,
    CLAUSE_MARK_RE,
    DECISION_LABEL,
    DECISION_MARK_LABEL_RE,
    DECISION_RE,
    DECLINED_RE,
    DEFERRED_RE,
    DEFERRED_TO_RE,
    DELEGATING_RE,
    EARLIER_DEFERRAL_RE,
    FROM_TO_RE,
    FUNDER_RE,
    GENERAL_HEADING_RE,
    GIVEN_RE,
    GRANT_RECEIVED_RE,
    GRANT_TO_US_RE,
    HEADING_NUMBER_RE,
    HELD_RE,
    INCOME_HEADING_RE,
    ITEM_PATTERNS,
    LABEL_ALONE_RE,
    LABEL_RE,
    NOT_DECIDED_RE,
    NOT_DONE_SUM_RE,
    NOT_YET_RE,
    ON_ITEM_RE,
    ORGANISATION_RE,
    PARA_START_RE,
    RESERVE_RE,
    RESOLVED_LABEL,
    RUN_BY_RE,
    RUN_IN_HEADING_RE,
    RUNNING_TOTAL_RE,
    SECTION_RE,
    SPENT_AFTER_RE,
    SPENT_BEFORE_RE,
    TRAILING_GENERIC_RE,
    WITHDRAWN_RE,
    sums_not_after,
)
from ingest.facts.decision_types import (
    DELEGATED_RE,
    FUNDING_CUE_RE,
    REFERENCE_RE,
    FundingDecision,
    asked_beside,
    item_and_runner,
    item_words,
)
from ingest.facts.periods import (
    MONTHS_PATTERN,
    dates_in,
    financial_year,
    financial_year_of,
    first_date,
    month_number,
)
from ingest.parse.blocks import Block, CleanPage
from ingest.text import MONEY_RE, parse_amount, split_sentences

_INCOME_CHARS = 120  # how far before an amount a funder and its grant are looked for


def stated_amounts(
    document: str, pages: Sequence[CleanPage], period: str, meeting: str = ""
) -> list[FundingDecision]:
    """Amounts in headings ("Regional Analyst - £10k") and in sentences that state a decision."""
    found: list[FundingDecision] = []
    open_section: int | None = None  # index in `found` of the heading whose section we are in
    heading = ""
    given = ""  # what the lead-in of the list under way decided ("RESOLVED that the following be awarded:")
    for page in pages:
        blocks = page.blocks
        form = bool(_form_fields(blocks)[0])  # a form's numbered fields are no minutes' titles
        for i, block in enumerate(blocks):
            if block.kind == "heading":
                if open_section is not None:
                    found[open_section] = _settled(found[open_section])
                run_in = RUN_IN_HEADING_RE.search(block.text)  # a line of text ending in the item's heading
                heading = run_in.group("heading").strip() if run_in else block.text
                following = blocks[i + 1].text if i + 1 < len(blocks) else ""
                entry = _heading_amount(document, page.number, block.text, following, period)
                if entry is not None:
                    found.append(entry)
                    open_section = len(found) - 1
                else:
                    open_section = None  # the item's own text ends at the next heading
                continue
            if open_section is not None and len(found[open_section].context) < 2000:
                section = found[open_section]
                found[open_section] = replace(section, context=f"{section.context}\n{block.text}".strip())
            if _minute_title(block) and not form:
                heading = block.cells[0]  # "5. Ringside Mentors (revised bid) | ...": the minute's title
            field = _decision_field(block)
            if block.kind not in ("para", "bullet") and not field:
                given = ""
                continue
            text, run_in = field or block.text, RUN_IN_HEADING_RE.search(field or block.text)
            if run_in:  # the next item's heading run into the end of this paragraph: "... D. Night patrols"
                text = text[: run_in.start()]
            if block.kind == "para":
                given = _lead_in_outcome(text, bool(meeting))
            bullet = block.kind == "bullet"
            titled = heading
            decided, heading = _paragraph(
                document, page.number, text, period, heading, meeting, given if bullet else "", bullet
            )
            if field:  # a form's title is no item: the field names one, or the form's own fields do
                item, lead = _form_fields(blocks)
                decided = [
                    replace(d, item=item, lead=d.lead or lead) if item and d.item in ("", titled) else d
                    for d in decided
                ]
                decided = [d for d in decided if d.item != titled]
            if bullet and len(text) <= _QUOTED_ITEM:  # a list item is quoted whole: "£6,500;" says nothing
                whole = " ".join(text.split())
                decided = [replace(d, quote=whole, context=whole) for d in decided]
            found += decided
            if run_in:
                heading = run_in.group("heading").strip()
    if open_section is not None:
        found[open_section] = _settled(found[open_section])
    return _listed_alike([d for d in found if d.outcome != _ASKED])


# Minutes set as a table, each minute's number and title in the first cell and its discussion
# beside it, its decision on a line below: the title heads what follows.
_MINUTE_CELL_RE = re.compile(r"\d{1,2}[a-z]?[.)]\s+[A-Z]")


def _minute_title(block: Block) -> bool:
    """Whether a table row's first cell is a minute's number and title ("4. Pathways Mentoring"), not
    a form's numbered field ("4. Decision")."""
    if block.kind != "row" or len(block.cells) < 2 or not _MINUTE_CELL_RE.match(block.cells[0]):
        return False
    return not _DECISION_FIELD_RE.fullmatch(block.cells[0].strip())


# A list item's text after its label opening with what was decided.
_OUTCOME_FIRST_RE = re.compile(
    r"(?:approved|agreed|declined|deferred|refused|rejected|withdrawn|supported|not supported|awarded)\b",
    re.I,
)
_QUOTED_ITEM = 400  # characters at most of a list item quoted whole for its decision
# A form's field stating the decision ("4. Decision | To award £6,400 ... to X for Y"), or the row of
# minutes set out as labelled rows that records what was resolved ("Resolved | (a) To award ..."):
# its value is a sentence deciding, as a paragraph's would be.
_DECISION_FIELD_RE = re.compile(rf"(?:\d{{1,2}}[.)]\s*)?(?:{DECISION_LABEL}|{RESOLVED_LABEL})\s*:?", re.I)


# A form's fields naming what is funded and who runs it ("5. Project | Mardle Night Safe welfare hub",
# "Lead organisation | Hartleburn Youth Justice Service").
_ITEM_FIELD_RE = re.compile(r"(?:\d{1,2}[.)]\s*)?(?:project|scheme|proposal|activity)\s*:?", re.I)
_LEAD_FIELD_RE = re.compile(
    r"(?:\d{1,2}[.)]\s*)?(?:lead organisation|lead|provider|applicant|delivered by|recipient)\s*:?", re.I
)


def _form_fields(blocks: Sequence[Block]) -> tuple[str, str]:
    """The values of a form's project and lead fields on the page ("" for one it has not); a project
    is named by its title, before the colon that describes it ("Summer Shift: Easter and ...")."""
    fields = [b.cells for b in blocks if b.kind == "row" and len(b.cells) == 2]
    item = next((value.strip() for label, value in fields if _ITEM_FIELD_RE.fullmatch(label.strip())), "")
    item = item.split(": ", 1)[0]
    lead = next((value.strip() for label, value in fields if _LEAD_FIELD_RE.fullmatch(label.strip())), "")
    return item, lead


def _decision_field(block: Block) -> str:
    """The value of a two-cell row whose label is "Decision", else ""."""
    if (
        block.kind != "row"
        or len(block.cells) != 2
        or not _DECISION_FIELD_RE.fullmatch(block.cells[0].strip())
    ):
        return ""
    return block.cells[1].strip()


@dataclass(frozen=True)
class _Label:
    """What the sentences of a numbered paragraph decide about: the item its label names ("3.3
    Street Pastors:"), or a bid stated before its decision, with who asked and the sum asked for."""

    item: str = ""
    lead: str = ""
    asked: str = ""
    whole: bool = False  # the label names the item in full; the clause says only what was decided


def _paragraph(
    document: str,
    page: int,
    text: str,
    period: str,
    heading: str,
    meeting: str,
    listed: str = "",
    bullet: bool = False,
) -> tuple[list[FundingDecision], str]:
    """The decisions of a paragraph's (or a list item's) sentences, and the heading in force after
    it (a minute's heading may be run into the text). `listed` is set for an item of a list whose
    lead-in decided ("approved"): an amount the item states without an outcome of its own is that
    outcome's. A list item's opening may name what it is about, before a colon."""
    found: list[FundingDecision] = []
    label = _Label()
    told: list[str] = []  # the sentences since a label alone named the item: what was said of it
    told_of = label  # ... and that label: a new one ("On Late Shift ...", a bid asked) ends them
    if bullet and (opening := BULLET_LABEL_RE.match(text)):  # "Mardle Street Pastors, for patrols: £8,000;"
        item, lead = _project_first(*item_and_runner(opening.group("label")))
        text = text[opening.end() :]
        # "...: approved, £8,900, to be revisited if ... pays for the cameras": the label names it in full.
        whole = bool(_OUTCOME_FIRST_RE.match(text))
        label = _Label(item, lead, opening.group("asked") or "", whole)
    elif bullet and (dashed := BULLET_DASH_LABEL_RE.match(text)):
        item, lead = item_and_runner(dashed.group("label"))
        label, text = _Label(item, lead, whole=True), text[dashed.end() :]
    previous = ""  # the paragraph's sentence before the one read
    asked_in = ""  # the sentence saying what the bid being decided asked for
    for sentence in split_sentences(text):
        sentence_before, previous = previous, sentence
        if SECTION_RE.match(sentence) and not MONEY_RE.search(sentence) and len(sentence) < 90:
            heading, label = sentence, _Label()  # a minute's heading run into the text above it
            continue
        if alone := (LABEL_ALONE_RE.match(sentence) or (BID_ALONE_RE.match(sentence) if bullet else None)):
            if alone.group("bid"):
                item, lead = item_and_runner(alone.group("bid"))
                item, lead = _project_first(item, (alone.group("bidlead") or lead).strip())
                label = _Label(item, lead, alone.group("bidmoney"))
                if alone.group("after"):  # "..., £12,400.00 requested: decision deferred to September"
                    found += _prose_decisions(
                        document, page, alone.group("after"), period, heading, label, meeting
                    )
            else:  # a label only marking a decision ("16/24 Decision taken between meetings.") names no item
                marks = DECISION_MARK_LABEL_RE.match(alone.group("label").strip())
                label = _Label() if marks else _Label(*item_and_runner(alone.group("label")))
            told, told_of = ([sentence] if label.item else []), label
            continue
        if own := LABEL_RE.match(sentence):
            label, sentence = _Label(own.group("label").strip()), sentence[own.end() :]
            if DECISION_MARK_LABEL_RE.match(label.item):
                label, sentence = _Label(), own.group(0).split(None, 1)[1] + sentence
        elif PARA_START_RE.match(sentence):
            label = _Label()
        if about := ON_ITEM_RE.match(sentence):  # "On Late Shift (NSG24-02), ...": the paragraph's item
            label = _Label(about.group("item"))
        decided = _prose_decisions(document, page, sentence, period, heading, label, meeting, listed)
        decided = [_told_before(d, sentence_before) for d in decided]
        if asked_in:
            decided = [_with_asked(d, label, asked_in) for d in decided]
        if told and label is told_of:
            decided = [_told_with(d, told, label.item) for d in decided]
            told = [*told, sentence][-_TOLD_SENTENCES:]
        if not decided and (bid := ASKED_RE.search(sentence)):
            lead = (bid.group("lead") or "").strip()
            label = _Label(label.item or bid.group("item").strip(), label.lead or lead, bid.group("money"))
            asked_in = sentence
        found += decided
        if decided and label.asked and told_of is not label:
            label, asked_in = _Label(), ""  # a bid asked is decided once: the next decision is of another bid
    return found, heading


# A bid listed by its reference, then two parts: "IPF23-02, Millbeck Youth Project, Millbeck detached
# youth work: approved, £10,400".
_LISTED_RE = re.compile(rf"^{REFERENCE_RE.pattern},\s+(?P<first>[^,:;]+),\s+[^:;]+:")


def _listed_alike(found: list[FundingDecision]) -> list[FundingDecision]:
    """Bids a document lists by reference with the organisation and the scheme in the same order:
    where most name the organisation first (its name says so: "Council", "Trust"), those whose
    organisation's name does not say so are read the same way."""
    listed = [(d, m.group("first").strip() if (m := _LISTED_RE.match(d.quote)) else "") for d in found]
    led = sum(1 for d, first in listed if first and d.lead.casefold() == first.casefold())
    named = [bool(first) and d.item.casefold() == first.casefold() for d, first in listed]
    if led <= sum(named):
        return found
    return [
        replace(d, item=d.lead[:1].upper() + d.lead[1:], lead=first) if by_item and d.lead else d
        for (d, first), by_item in zip(listed, named, strict=True)
    ]


def _with_asked(decision: FundingDecision, label: _Label, said: str) -> FundingDecision:
    """An award of another sum than its bid asked for ("X asked for £7,800 ... The Board agreed to
    fund it at £6,000"), with the sum asked and quoted with the sentence saying so."""
    asked = asked_beside(parse_amount(label.asked) or 0.0, decision.amount, decision.outcome)
    if not asked or decision.item.casefold() != label.item.casefold():
        return decision
    quoted = decision if said in decision.quote else _quoted_after(decision, said)
    return replace(quoted, asked=asked)


# An amendment pointing back at the award it changes: "amended its decision so that the award is ...".
_REFERS_BACK_RE = re.compile(r"\b(?:the|its|this|that)\s+(?:award|grant|allocation|decision)\b", re.I)


def _told_before(decision: FundingDecision, before: str) -> FundingDecision:
    """An amendment naming no item, pointing back at the award it changes, quoted with the sentence
    before it, which names what it is about: the register finds the award by its former sum."""
    unnamed = not decision.item and decision.outcome == "amended" and decision.previous
    if not unnamed or not before or not _REFERS_BACK_RE.search(decision.quote):
        return decision
    return _quoted_after(decision, before)


# The sentences at most, label and decision included, quoted for a decision whose own words do not name
# its item ("5.7 Mill Street CCTV upgrade (...), £45,000. Members noted ... DECISION: Not supported.").
_TOLD_SENTENCES = 4


def _told_with(decision: FundingDecision, told: list[str], item: str) -> FundingDecision:
    """A decision quoted with what its paragraph said of the item before it, where its own clause does
    not name the item: the label naming it and the reasons in between."""
    if item.casefold() in decision.quote.casefold() or decision.item.casefold() != item.casefold():
        return decision  # its clause names the item, or the decision is another item's
    return _quoted_after(decision, *told[-(_TOLD_SENTENCES - 1) :])


def _quoted_after(decision: FundingDecision, *before: str) -> FundingDecision:
    """A decision quoted after the sentences before it that say what it is about."""
    quote = " ".join([*before, decision.quote])
    return replace(decision, quote=quote, context=quote)


def _project_first(item: str, lead: str) -> tuple[str, str]:
    """A bid line's item and lead, the other way round when it names the organisation first
    ("Wrenfield Youth Trust, youth outreach bus, £4,790")."""
    if lead and ORGANISATION_RE.search(item) and not ORGANISATION_RE.search(lead):
        return lead, item
    return item, lead


def _lead_in_outcome(text: str, minutes: bool) -> str:
    """What a list's lead-in decides for its items ("RESOLVED that the following grant aid be
    awarded for 2023-24:"): its outcome, when it ends in a colon and states no amount itself."""
    if not text.rstrip().endswith(":"):
        return ""
    last = split_sentences(text)[-1]
    return "" if MONEY_RE.search(last) else _outcome(last, minutes)


_ASKED = "asked"  # a heading's bid whose section says nothing of its outcome: no decision
# A heading naming the sum a bid asked for ("4. Hartleburn Boxing Academy – £7,400 bid", "Scarrowby
# Pier CCTV upgrade (Scarrowby Pier Trust), £22,000 asked"): what became of it is in its section.
_BID_HEADING_RE = re.compile(rf"(?:{MONEY_RE.pattern})\s*(?:bid|asked(?: for)?|requested)\s*$", re.I)


def _settled(entry: FundingDecision) -> FundingDecision:
    """A heading's bid with the outcome its section gives first ("Declined. ...", "Deferred to the
    April meeting"), at the sum the heading asked; "asked" when none does. Any other heading's
    amount stands as it is."""
    if entry.source != "heading" or not _BID_HEADING_RE.search(entry.quote.split("\n")[0]):
        return entry
    for line in entry.context.split("\n")[1:]:
        outcome = _outcome(line, True)
        if outcome and outcome != "amended":
            return replace(entry, outcome=outcome)
    return replace(entry, outcome=_ASKED)


def _heading_amount(
    document: str, page: int, heading: str, following: str, period: str
) -> FundingDecision | None:
    """A section heading carrying an amount, or followed by a line holding only one ("£9,500")."""
    match = MONEY_RE.search(heading)
    quote = heading
    if match is None:
        alone = MONEY_RE.fullmatch(following.strip())
        if alone is None:
            return None
        match, quote = alone, f"{heading}\n{following.strip()}"
        item = heading
    else:
        item = heading[: match.start()].rstrip(" -–:")
    amount = parse_amount(match.group(0))
    if not amount or not item or _available(quote, match):
        return None
    kind = "contribution" if re.search(r"contribution", heading, re.I) else "award"
    year = financial_year(heading, period)
    return FundingDecision(item, amount, kind, "", year, document, page, quote, "heading", context=heading)


def _prose_decisions(
    document: str,
    page: int,
    sentence: str,
    period: str,
    heading: str = "",
    label: _Label = _Label(),
    meeting: str = "",
    listed: str = "",
) -> list[FundingDecision]:
    """The decisions a sentence records, one for each clause of a numbered resolution."""
    sentence = " ".join(sentence.split())
    if INCOME_HEADING_RE.match(heading):
        return []
    found = []
    clauses = _clauses(sentence)
    if len(clauses) > 1 and not CLAUSE_MARK_RE.search(sentence):
        listed = listed or _outcome(clauses[0], bool(meeting))  # "approved ... £A to X; for Y, ... £B"
    for clause in clauses:
        entry = _clause_decision(document, page, clause, sentence, period, heading, label, meeting, listed)
        if entry is not None:
            found.append(entry)
    return found


def _clauses(sentence: str) -> list[str]:
    """The clauses of a resolution, each with its marker ("(ii) not to support ..."); the parts of a
    sentence listing several sums between semicolons, one sum a part, each going on from the first
    part's verb ("approved ..., awarding £19,500 to X; for Y, awarding £7,600 to Z; and ..."); or
    the sentence."""
    marks = list(CLAUSE_MARK_RE.finditer(sentence))
    if not marks:
        parts = [p.strip().removeprefix("and ") for p in sentence.split("; ")]
        listing = len(parts) > 1 and all(len(MONEY_RE.findall(p)) == 1 for p in parts)
        # Each part after the first goes on from the first's verb: "for Y, ...", "to Z, ...".
        listing = listing and all(re.match(r"(?:for|to)\s", p) for p in parts[1:])
        return parts if listing else [sentence]
    bounds = [m.start() for m in marks] + [len(sentence)]
    return [sentence[a:b].strip().rstrip(";,. ").removesuffix(" and") for a, b in pairwise(bounds)]


def _outcome(clause: str, minutes: bool) -> str:
    """What a clause decided; "" when it records no decision. Only minutes decline, defer or amend."""
    if minutes and not NOT_DONE_SUM_RE.search(clause):
        if WITHDRAWN_RE.search(clause):
            return "withdrawn"
        if DECLINED_RE.search(clause):
            return "declined"
        if DEFERRED_RE.search(EARLIER_DEFERRAL_RE.sub("", clause)):
            return "deferred"
        if AMENDED_RE.search(clause):
            return "amended"
    negated = NOT_YET_RE.search(clause) or DECLINED_RE.search(clause)  # "agreed not to proceed with X"
    return "approved" if APPROVED_RE.search(clause) and not negated else ""


def _decided_amount(clause: str) -> re.Match[str] | None:
    """The amount a clause decides: not one asked for first, left over or totalled, where another is."""
    chosen = sums_not_after(clause, NOT_DECIDED_RE) or list(MONEY_RE.finditer(clause))
    return chosen[0] if chosen else None


def _clause_decision(
    document: str,
    page: int,
    clause: str,
    sentence: str,
    period: str,
    heading: str,
    label: _Label,
    meeting: str,
    listed: str = "",
) -> FundingDecision | None:
    """One clause as a decision: outcome, amount, item, lead, date; None when it decides no money.
    A decline or deferral naming no sum is of the sum its bid asked, and so is an approval "in full"."""
    outcome = _outcome(clause, minutes=bool(meeting)) or (listed if MONEY_RE.search(clause) else "")
    if not outcome or DELEGATING_RE.search(clause):
        return None
    previous = 0.0
    money = _decided_amount(clause)
    if money is None and label.asked and (outcome != "approved" or _IN_FULL_RE.search(clause)):
        money = MONEY_RE.search(label.asked)
    change = FROM_TO_RE.search(clause) if outcome == "amended" else None
    if change:
        previous = parse_amount(change.group("old") or change.group("old2")) or 0.0
        money = MONEY_RE.search(change.group("new") or change.group("new2"))
    amount = parse_amount(money.group(0)) if money else None
    if outcome in ("approved", "amended", "withdrawn") and not amount:
        return None  # an approval states its money, and so does taking one back
    if money is not None and _available(clause, money):
        return None
    if (
        outcome in ("declined", "deferred")
        and not amount
        and not FUNDING_CUE_RE.search(f"{clause} {heading}")
    ):
        return None  # declining or deferring something other than money
    kind = _kind(clause, money)
    # With no item named, the clause may still restate a table row's amount (kept as its mention).
    if label.whole:
        item, lead = label.item[:1].upper() + label.item[1:], label.lead
    else:
        # "the award is amended from £31,000 to £36,500 for a further session worker": what follows the
        # change is its reason; the item is named before it, or by the heading.
        named_in = clause[: change.start()] if change else clause
        item, lead = _item_and_lead(named_in, kind, heading if meeting else "", label.item)
        lead = lead or label.lead
    said = DEFERRED_TO_RE.sub("", clause)  # not the day of the meeting a deferral sends it to
    dated = [
        d
        for d in dates_in(said)
        # "as on 12 December 2023" recalls an earlier decision: the day is not this one's
        if re.search(rf"(?<!\bas )\bon\s+(?:\w+day\s+)?{d[8:].lstrip('0')}\b", said, re.I)
    ]
    # An amendment is made at its meeting: a day it names is the decision's it amends ("the grant
    # approved in principle on 17 October 2023 is confirmed at £3,250 instead of £4,000"), unless
    # it names the meeting that made it ("At its meeting on 10 September 2024 the Board reduced").
    own_day = _OWN_MEETING_DAY_RE.search(clause)
    date = dated[0] if dated and meeting and (outcome != "amended" or own_day) else meeting
    if meeting and not dated and outcome != "amended":
        date = _day_before(said, meeting) or date
    if not amount and dated and meeting and dated[0] < meeting:
        return None  # "The Strategic Board deferred this bid on 17 September 2024.": told, no sum, no news
    year = financial_year(clause, "") or financial_year_of(date) or financial_year(sentence, period)
    how = "under delegated powers" if DELEGATED_RE.search(clause) else ""
    how = how or ("from the reserve" if RESERVE_RE.search(clause) else "")
    quote = clause
    # "at £5,750 against the £6,200 first asked", "£15,000 to X for Y (asked £16,000)"
    against = ASKED_AGAINST_RE.search(clause) or ASKED_ASIDE_RE.search(clause)
    stated = parse_amount(against.group("asked")) if against else None
    asked = asked_beside(stated or 0.0, amount or 0.0, outcome)
    return FundingDecision(
        item,
        amount or 0.0,
        kind,
        "",
        year,
        document,
        page,
        quote,
        "prose",
        context=quote,
        outcome=outcome,
        lead=lead,
        date=date,
        previous=previous,
        how=how,
        asked=asked,
    )


# A day a clause opens with, without its year ("On 4 December the Group approved ...", "noted that
# on 2 October the officer had approved ..."): the meeting reporting it names a day of the year before
# it, or of its own year up to its day. Not a day further in ("deferred on 9 October", "report to the
# Board on 3 March"): another event's.
_YEARLESS_DAY_RE = re.compile(
    rf"(?:^\W*|\bthat\s+)on\s+(?:\w+day\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTHS_PATTERN})\b"
    r"(?![\s,]+(?:19|20)?\d\d\b)",
    re.I,
)


def _day_before(said: str, meeting: str) -> str:
    """The day, on or before `meeting` (ISO), that a clause names without its year ("on 4 December",
    in minutes of 22 January 2025: 2024-12-04); "" when it names none."""
    found = _YEARLESS_DAY_RE.search(said)
    if found is None or len(meeting) < len("2024-01-25"):  # a meeting known by its month only
        return ""
    month, day = month_number(found.group("month")), int(found.group("day"))
    year = int(meeting[:4]) - ((month, day) > (int(meeting[5:7]), int(meeting[8:10])))
    return first_date(f"{day} {found.group('month')} {year}")


def _available(text: str, money: re.Match[str]) -> bool:
    """Whether an amount is money said to be available, held, left over or spent, a running total of
    what has been given, or received by the partnership (a funder's grant to it), which no one here decided
    to give."""
    before = text[: money.start()]
    after = text[money.end() :]
    if AVAILABLE_RE.match(after) or RUNNING_TOTAL_RE.match(after) or BALANCE_RE.search(before):
        return True
    if HELD_RE.search(before) or SPENT_BEFORE_RE.search(before) or SPENT_AFTER_RE.match(after):
        return True
    near = before[-_INCOME_CHARS:]
    received = (FUNDER_RE.search(near) and GRANT_RECEIVED_RE.search(near)) or GRANT_TO_US_RE.search(near)
    return bool(received) and not GIVEN_RE.search(near)


# A sum for a class of things, not one item: "agreed £391,000 for services that continue from last year".
_FOR_A_CLASS_RE = re.compile(r"\s*for\s+(?:the\s+)?[a-z]{3,}s\s+(?:that|which)\b")


def _kind(clause: str, money: re.Match[str] | None) -> str:
    """Award, contribution or allocation: the cue nearest the amount says."""
    if money is not None and _FOR_A_CLASS_RE.match(clause, money.end()):
        return "allocation"
    cues = list(DECISION_RE.finditer(clause))
    if not cues or money is None:
        return "award"
    closest = min(cues, key=lambda m: abs(m.start() - money.start()))
    if abs(closest.start() - money.start()) > 40:
        return "award"
    nearest = closest.group(1).lower()
    if nearest.startswith("allocat"):
        return "allocation"
    return "contribution" if nearest.startswith("contribut") else "award"


# The meeting a clause's decision was made at, named before it: "At its meeting on 10 September 2024
# the Board reduced ...", "On 10 September 2024 the Board agreed ...".
_OWN_MEETING_DAY_RE = re.compile(
    r"(?:\bat (?:its|the|their) (?:\w+ )?meeting on|^on)\s+(?:\w+day\s+)?\d", re.I
)

# An approval of the sum a bid asked for, not naming it: "agreed in full", "at the full amount requested".
_IN_FULL_RE = re.compile(r"\b(?:in full|(?:the )?full amount|as requested|amount requested)\b", re.I)

# Words pointing back to a thing named before: what follows them names no item.
_POINTING_WORDS = frozenset({"it", "they", "them", "this", "these", "that", "those"})


def _item_and_lead(clause: str, kind: str, heading: str, label: str) -> tuple[str, str]:
    """What the money is for and who gets it: from the clause, else the item's heading or label."""
    if kind == "allocation":
        return ("Annual allocation" if re.search(r"\bannual\b", clause, re.I) else "Allocation"), ""
    item, lead = "", ""
    recipient_only = False  # the money's recipient is all the clause names ("the award to X")
    found = ((at, m) for at, pattern in enumerate(ITEM_PATTERNS) for m in pattern.finditer(clause))
    for at, match in found:
        named = TRAILING_GENERIC_RE.sub("", match.group("item").strip(" .,;:"))
        if not named[:1].isalpha() or not {w for w in item_words(named) if not w.isdigit()}:
            continue
        if named.split()[0].lower() in _POINTING_WORDS:
            continue  # "approved it for publication, and agreed to fund X": X is what was funded
        if "£" in named:
            continue  # "approved the full £8,000 for X": an amount names nothing; X is what was funded
        item = named
        lead = (match.groupdict().get("lead") or "").strip()
        recipient_only = at == len(ITEM_PATTERNS) - 1
        break
    if not lead and (run_by := RUN_BY_RE.search(clause)):
        lead = run_by.group("lead").strip().rstrip(".")
    topic = HEADING_NUMBER_RE.sub("", heading).strip() if heading else ""
    if topic and GENERAL_HEADING_RE.search(topic):
        topic = ""
    if recipient_only and (label or topic):
        item, lead = "", item  # the item is its heading's or label's; the clause names who gets it
    if label and item and not item_words(label) <= item_words(f"{item} {lead}"):
        item = f"{label}: {item}"  # "3.3 Street Pastors: ... agreed to continue the weekend patrols"
    item = item or label or topic
    if not item:
        return "", ""
    return item[:1].upper() + item[1:], lead
