"""Bids named by their reference: minutes state a bid once ("6.3 HCSG/22/02 Moving On survivors'
programme (Safe Harbour Domestic Abuse Service; priority 2; £9,800 asked).") and resolve on it by
its reference alone ("That HCSG/22/02 be DEFERRED to the next meeting"). A decision naming no item
but a stated bid's reference is that bid's: its item, who asked, and for a decline or a deferral
naming no sum, the sum asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest.facts.decision_cues import DECISION_MARK_LABEL_RE
from ingest.facts.decision_types import REFERENCE_RE, FundingDecision, item_words
from ingest.parse.blocks import CleanPage
from ingest.text import MONEY_RE, parse_amount

# A bid stated at the head of a paragraph: its number, reference and name, then in brackets who asks
# and the sum asked ("6.3 HCSG/22/04 Lines Crossed (second year) (Wyvern Youth Theatre; £5,600 asked)").
_STATED_RE = re.compile(
    rf"^(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?(?P<ref>{REFERENCE_RE.pattern})\s+(?P<name>[A-Z].{{2,90}}?)\s*"
    rf"\((?P<inner>[^()]*?(?P<asked>{MONEY_RE.pattern})\s+(?:asked|requested|bid)\b[^()]*)\)"
)


@dataclass(frozen=True)
class Bid:
    """A bid as its paragraph states it: the item, who asks, and the sum asked."""

    item: str
    lead: str
    asked: float


def stated_bids(pages: Sequence[CleanPage]) -> dict[str, Bid]:
    """Each bid a document states at the head of a paragraph, by its reference."""
    bids: dict[str, Bid] = {}
    for page in pages:
        for block in page.blocks:
            if found := _STATED_RE.match(block.text):
                lead = found.group("inner").split(";")[0].strip()
                lead = "" if MONEY_RE.search(lead) else lead
                asked = parse_amount(found.group("asked")) or 0.0
                bids.setdefault(_key(found.group("ref")), Bid(found.group("name").strip(), lead, asked))
    return bids


def named_by_reference(decisions: Sequence[FundingDecision], bids: dict[str, Bid]) -> list[FundingDecision]:
    """Decisions whose item is only a reference or a decision's mark ("RESOLVED"), named after the
    bid their words give the reference of; a decline or deferral with no sum of its own is of the sum
    asked."""
    named = []
    for decision in decisions:
        refs = [_key(r) for r in REFERENCE_RE.findall(decision.quote) if _key(r) in bids]
        bare = not item_words(REFERENCE_RE.sub(" ", decision.item))
        if refs and (bare or DECISION_MARK_LABEL_RE.match(decision.item.strip())):
            bid = bids[refs[0]]
            amount = decision.amount
            if not amount and decision.outcome in ("declined", "deferred"):
                amount = bid.asked
            decision = replace(decision, item=bid.item, lead=decision.lead or bid.lead, amount=amount)
        named.append(decision)
    return named


def _key(reference: str) -> str:
    return re.sub(r"[\s/-]", "", reference).upper()
