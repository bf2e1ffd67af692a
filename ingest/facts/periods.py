"""Years, financial years, months and funding windows: the one place dates are read from text."""

from __future__ import annotations

import re

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS_PATTERN = "|".join(MONTHS)
MONTH_RE = re.compile(rf"\b({MONTHS_PATTERN})\b", re.IGNORECASE)
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# "2022-23", "2022/2023", "2022 – 23": a financial year, April to March.
FINANCIAL_YEAR_RE = re.compile(r"\b(20\d\d)\s*[-/–]\s*(?:20)?(\d\d)\b")
WINDOW_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS_PATTERN})\s+(?:to|-|–)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:{MONTHS_PATTERN})(?:\s+(20\d\d))?",
    re.IGNORECASE,
)


def financial_year(text: str, default: str = "") -> str:
    """The financial year a text names ("2022/23", "2022-2023" -> "2022-23"), else `default`."""
    match = FINANCIAL_YEAR_RE.search(text)
    return f"{match.group(1)}-{match.group(2)}" if match else default


def period_from_text(text: str) -> str:
    """The first period named in the text, as `2022-23`; a lone year stands for itself."""
    found = financial_year(text)
    if found:
        return found
    year = YEAR_RE.search(text)
    return year.group(0) if year else ""


def normalise_period(period: str) -> str:
    """`2022/2023`, `2022-2023` and `2022-23` all become `2022-23`."""
    return period_from_text(period) if period else ""


def years_in(text: str) -> set[str]:
    """The four-digit years a text names."""
    return set(YEAR_RE.findall(text))


def months_in(text: str) -> frozenset[str]:
    """The month names a text uses, lower-cased."""
    return frozenset(m.lower() for m in MONTH_RE.findall(text))


def window_year(window: str) -> str:
    """The financial year (April to March) a funding window falls in."""
    match = WINDOW_RE.search(window)
    if not match or not match.group(1):
        return ""
    year = int(match.group(1))
    first_month = MONTH_RE.search(window)
    early = first_month is not None and first_month.group(0).lower() in MONTHS[:3]
    start = year - 1 if early else year
    return f"{start}-{(start + 1) % 100:02d}"
