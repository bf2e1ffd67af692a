"""Each metric is a small pure function over plain data: pages as (document, page), answers as text.

Expected pages are (document, page) pairs; a document of None (the older question files) matches
that page of any document. Retrieved pages come in the retriever's own order, chunk by chunk, and
are counted once each, where first seen.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

Ref = tuple[str, int]
Expected = Sequence[tuple[str | None, int]]
# ("amount", Decimal), ("percent", Decimal), ("date", (y, m, d)), ("month", (y, m)), ("period", (y, y))
Value = tuple[str, object]

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_RES = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)?\d\d)\b"),  # UK: day first
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I),
]
# A financial year or span of years: "2022-23", "2022/23", "2022-2023" are ("period", (2022, 2023)).
_PERIOD_RE = re.compile(r"\b(?P<start>(?:19|20)\d\d)\s?[-–/]\s?(?P<end>(?:19|20)?\d\d)\b")
_MULTIPLIERS = {"k": 10**3, "thousand": 10**3, "m": 10**6, "million": 10**6, "bn": 10**9, "billion": 10**9}
# A figure starts and ends at a word boundary that digits, commas and points do not cross, so
# "50" is not read out of "£1,500" nor "1.5" out of "21.5".
_AMOUNT_RE = re.compile(
    r"(?<![\w.,£])(?:£\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<mult>k|m|bn|thousand|million|billion)\b)?"
    r"(?P<pct>\s?(?:%|per\s?cent\b))?(?![\w£])(?![.,]\d)",
    re.I,
)
# fmt: off
_WORD_NUMBERS = {
    w: i for i, w in enumerate((
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ))
}
# fmt: on
_WORD_NUMBER_RE = re.compile(r"\b(" + "|".join(_WORD_NUMBERS) + r")\b", re.I)


# retrieval -------------------------------------------------------------------------------------


def distinct(refs: Sequence[Ref]) -> list[Ref]:
    """Pages in first-seen order, each once."""
    return list(dict.fromkeys(refs))


def _matches(ref: Ref, expected: Expected) -> list[int]:
    """Which expected entries a page is: same page, and same document unless the entry names none."""
    return [i for i, (doc, page) in enumerate(expected) if page == ref[1] and doc in (None, ref[0])]


def hit_at(k: int, retrieved: Sequence[Ref], expected: Expected) -> bool:
    """Whether one of the first k distinct retrieved pages is an expected page."""
    return any(_matches(ref, expected) for ref in distinct(retrieved)[:k])


def recall_at(k: int, retrieved: Sequence[Ref], expected: Expected) -> float:
    """The share of expected pages among the first k distinct retrieved pages."""
    found = {i for ref in distinct(retrieved)[:k] for i in _matches(ref, expected)}
    return len(found) / len(expected) if expected else math.nan


def reciprocal_rank(retrieved: Sequence[Ref], expected: Expected) -> float:
    """1/rank of the first expected page among the distinct retrieved pages; 0 when none is there."""
    for rank, ref in enumerate(distinct(retrieved), start=1):
        if _matches(ref, expected):
            return 1.0 / rank
    return 0.0


def ndcg_at(k: int, retrieved: Sequence[Ref], expected: Expected) -> float:
    """Normalised discounted cumulative gain with binary relevance: each expected page gains once."""
    if not expected:
        return math.nan
    used: set[int] = set()
    dcg = 0.0
    for rank, ref in enumerate(distinct(retrieved)[:k], start=1):
        new = [i for i in _matches(ref, expected) if i not in used]
        if new:
            used.add(new[0])
            dcg += 1.0 / math.log2(rank + 1)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(k, len(expected)) + 1))
    return dcg / ideal


# answers ---------------------------------------------------------------------------------------


def values_in(text: str) -> set[Value]:
    """The amounts, counts, percentages and dates a text states, normalised to compare as values.

    "£8k", "£8,000" and "8000" are all ("amount", 8000); "21.1%" and "21.1 per cent" are
    ("percent", 21.1); "12 March 2024" and "12/03/2024" are ("date", (2024, 3, 12)), with their
    month and year as values too; "seven" is ("amount", 7).
    """
    found: set[Value] = set()
    rest = text
    for pattern in _DATE_RES:
        for m in pattern.finditer(rest):
            found |= _date_values(m)
        rest = pattern.sub(lambda m: " " * len(m.group(0)), rest)
    for m in _PERIOD_RE.finditer(rest):
        start, end = int(m.group("start")), int(m.group("end"))
        if end < 100:  # "1999-00" ends in 2000
            end += start - start % 100 + (100 if end < start % 100 else 0)
        found.add(("period", (start, end)))
    rest = _PERIOD_RE.sub(" ", rest)
    for m in _AMOUNT_RE.finditer(rest):
        try:
            number = Decimal(m.group("num").replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern only matches digits
            continue
        if m.group("pct"):
            found.add(("percent", number.normalize()))
            continue
        multiplier = _MULTIPLIERS.get((m.group("mult") or "").lower(), 1)
        found.add(("amount", (number * multiplier).normalize()))
    for m in _WORD_NUMBER_RE.finditer(rest):
        found.add(("amount", Decimal(_WORD_NUMBERS[m.group(1).lower()])))
    return found


def _date_values(m: re.Match[str]) -> set[Value]:
    month_text = m.group("month").lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text]
    year = int(m.group("year"))
    year += 2000 if year < 100 else 0
    if not 1 <= month <= 12:
        return set()
    values: set[Value] = {("month", (year, month)), ("amount", Decimal(year))}
    day = m.groupdict().get("day")
    if day is not None:
        values.add(("date", (year, month, int(day))))
    return values


def _only_values(text: str) -> bool:
    """Whether a text is nothing but figures and dates (so it is compared as values, not words)."""
    rest = text
    for pattern in [*_DATE_RES, _PERIOD_RE, _AMOUNT_RE, _WORD_NUMBER_RE]:
        rest = pattern.sub(" ", rest)
    return not re.search(r"[^\W\d_]", rest)


def _normal(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return " ".join(text.split()).casefold()


def holds(answer: str, fact: str) -> bool:
    """Whether an answer states a fact: figures and dates by value, words on word boundaries.

    A bare number in a question file ("13.8", no £ and no %) is matched by the same number as an
    amount or as a percentage: a file written "13.8" for a percentage change must not fail "+13.8%".
    """
    if values_in(fact) and _only_values(fact):
        stated = values_in(answer)
        bare = "£" not in fact and not re.search(r"\d\s*[kKmM]\b", fact)
        return all(
            v in stated or (bare and v[0] == "amount" and ("percent", v[1]) in stated)
            for v in values_in(fact)
        )
    wanted = re.escape(_normal(fact))
    return re.search(rf"(?<![\w£])(?<!\d[.,]){wanted}(?!\w)(?![.,]\d)", _normal(answer)) is not None


def missing_facts(answer: str, answer_all: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """The groups of which the answer states no alternative."""
    return [tuple(group) for group in answer_all if not any(holds(answer, alt) for alt in group)]


def answer_correct(answer: str, answer_all: Sequence[Sequence[str]]) -> bool:
    """Right when every group has at least one alternative in the answer."""
    return not missing_facts(answer, answer_all)


# citations -------------------------------------------------------------------------------------


def citation_accuracy(cited: Sequence[Ref], expected: Expected) -> float:
    """1 when the first citation is on an expected page, else 0; NaN with no citation."""
    return float(bool(_matches(cited[0], expected))) if cited else math.nan


def citation_precision(
    citations: Sequence[tuple[Ref, str]], expected: Expected, answer_all: Sequence[Sequence[str]]
) -> float:
    """The share of citations on an expected page or whose quote states one of the expected facts."""
    if not citations:
        return math.nan
    good = sum(
        bool(_matches(ref, expected)) or any(holds(quote, alt) for group in answer_all for alt in group)
        for ref, quote in citations
    )
    return good / len(citations)


def citation_recall(cited: Sequence[Ref], expected: Expected) -> float:
    """The share of expected pages that some citation is on."""
    if not expected:
        return math.nan
    found = {i for ref in cited for i in _matches(ref, expected)}
    return len(found) / len(expected)


# aggregates ------------------------------------------------------------------------------------


def mean(values: Sequence[float]) -> float:
    """The mean of the values that are numbers; NaN stands for "does not apply" and is left out."""
    kept = [v for v in values if not math.isnan(v)]
    return sum(kept) / len(kept) if kept else math.nan


def rate(numerator: float, denominator: float) -> float:
    """A share, or NaN when there is nothing to share out (shown as n/a)."""
    return numerator / denominator if denominator else math.nan


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation; NaN for no values."""
    kept = sorted(v for v in values if not math.isnan(v))
    if not kept:
        return math.nan
    position = (len(kept) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(kept) - 1)
    return kept[low] + (kept[high] - kept[low]) * (position - low)
