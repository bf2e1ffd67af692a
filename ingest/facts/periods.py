"""Years, financial years, months and funding windows: the one place dates are read from text."""

from __future__ import annotations

import datetime as dt
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


# "2022 to 2023": a financial year when the years follow each other; "2023 to 2026" a plan's years,
# as "2023-26" is, up to MAX_PLAN_YEARS apart ("2018 to 2023" is a trend's span, no period).
_YEAR_TO_YEAR_RE = re.compile(r"\b(20\d\d)\s+to\s+(20\d\d)\b")
MAX_PLAN_YEARS = 3


# A period named as where something came from or began ("carried forward from 2022-23", "since
# 2021"), not the one a figure is for; "from 2022 to 2024" is a span, which this is not.
ORIGIN_RE = re.compile(
    r"\b(?:from|since)\s+(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?\b(?!\s*(?:to|until|till|and|[-–])\s)",
    re.IGNORECASE,
)


def without_origins(text: str) -> str:
    """The text without the periods it names only as an origin, when it names another: "£76,450 for
    2023-24 ... £6,450 carried forward from 2022-23" speaks of 2023-24."""
    rest = ORIGIN_RE.sub(" ", text)
    return rest if YEAR_RE.search(rest) else text


# When a record's figures were taken ("register 2024-25 (as at 30 April 2025)"), not the period
# they are of.
_SNAPSHOT_RE = re.compile(
    rf"\(?\bas (?:at|of)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS_PATTERN})\s+(?:19|20)\d\d\b\)?"
    r"|\(?\bas (?:at|of)\s+\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b\)?",
    re.IGNORECASE,
)


def without_snapshot(text: str) -> str:
    """A title or heading without the day its figures were taken, when it names a period besides:
    "register 2024-25 (as at 30 April 2025)" is of 2024-25."""
    rest = _SNAPSHOT_RE.sub(" ", text)
    return rest if YEAR_RE.search(rest) else text


# "22/23", as a table's column prints a financial year ("Q1 22/23"): the second year follows the first.
_SHORT_FINANCIAL_RE = re.compile(r"(?<![\w/.,£-])([1-4]\d)/([1-4]\d)(?![\w/.-])")


def _financial_matches(text: str) -> list[re.Match[str]]:
    """The financial years a text names, in order: "2022/23", "2022-2023", "2022 to 2023", "22/23"."""
    found = list(FINANCIAL_YEAR_RE.finditer(text))
    found += [
        m for m in _YEAR_TO_YEAR_RE.finditer(text) if 0 < int(m.group(2)) - int(m.group(1)) <= MAX_PLAN_YEARS
    ]
    found += _short_financial(text)
    return sorted(found, key=lambda m: m.start())


def financial_year_spans(text: str) -> list[tuple[int, int, str]]:
    """Where a text names financial years, in order: each one's start, end and the year ("2022-23")."""
    return [(m.start(), m.end(), _as_financial(m)) for m in _financial_matches(text)]


def _short_financial(text: str) -> list[re.Match[str]]:
    return [m for m in _SHORT_FINANCIAL_RE.finditer(text) if int(m.group(2)) == int(m.group(1)) + 1]


def _as_financial(match: re.Match[str]) -> str:
    first = match.group(1)
    return f"{first if len(first) == 4 else '20' + first}-{match.group(2)[-2:]}"


def financial_year(text: str, default: str = "") -> str:
    """The financial year a text names ("2022/23", "2022 to 2023" -> "2022-23"), else `default`."""
    found = _financial_matches(text)
    return _as_financial(found[0]) if found else default


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


def period_end(period: str) -> str:
    """The last day of a normalised period, as an ISO date: 2022-23 -> 2023-03-31 (a financial year
    runs April to March), 2023 -> 2023-12-31; "" when there is none."""
    if FINANCIAL_YEAR_RE.fullmatch(period):
        return f"{int(period[:4]) + 1}-03-31"
    return f"{period}-12-31" if YEAR_RE.fullmatch(period) else ""


def period_start(period: str) -> str:
    """The first day of a normalised period, as an ISO date: 2022-23 -> 2022-04-01, 2023 -> 2023-01-01."""
    if FINANCIAL_YEAR_RE.fullmatch(period):
        return f"{period[:4]}-04-01"
    return f"{period}-01-01" if YEAR_RE.fullmatch(period) else ""


def period_span(period: str) -> tuple[int, int] | None:
    """The first and last year of a financial year or span ("2022-25": 2022, 2025), or None."""
    match = FINANCIAL_YEAR_RE.fullmatch(period)
    if not match:
        return None
    start = int(match.group(1))
    end = start // 100 * 100 + int(match.group(2))
    return (start, end) if end > start else (start, end + 100)


def covers(period: str, year: str) -> bool:
    """Whether a normalised period includes a calendar year: 2022-25 holds 2023; 2022-23 holds 2022
    and 2023 (a financial year spans two); a lone year holds itself."""
    span = period_span(period)
    return span[0] <= int(year) <= span[1] if span else period == year


def years_in(text: str) -> set[str]:
    """The four-digit years a text names, and the first year of a financial year printed short ("22/23")."""
    return set(YEAR_RE.findall(text)) | {_as_financial(m)[:4] for m in _short_financial(text)}


MONTH_ABBREVIATIONS = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
# A month with its year, in full or short ("March 2024", "14 June 2023", "Sep 2023"): it falls in one
# financial year.
_MONTH_YEAR_RE = re.compile(
    rf"\b({MONTHS_PATTERN}|{MONTH_ABBREVIATIONS})\.?\s+((?:19|20)\d\d)\b", re.IGNORECASE
)


def financial_years_in(text: str) -> set[str]:
    """The financial years a text speaks of: those it names ("2023/24" -> 2023-24) and those its
    months fall in ("March 2024" -> 2023-24). A bare year ("in 2019") settles none: it overlaps two."""
    found = _financial_matches(text)
    named = {_as_financial(m) for m in found}
    for match in reversed(found):  # a financial year's own years are not months' years
        text = text[: match.start()] + " " + text[match.end() :]
    months = month_years_in(text)
    return named | {financial_year_of(f"{month}-01") for month in months}


def month_years_in(text: str) -> set[str]:
    """The months a text names with their year, as `2023-10` ("October 2023", "6 Oct 2023")."""
    return {f"{m.group(2)}-{month_number(m.group(1)):02d}" for m in _MONTH_YEAR_RE.finditer(text)}


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


# Dates: "14 June 2023", "Wednesday 6 December 2023", "3rd Nov 2023", "24.01.24", "14/06/2023".
DATE_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTHS_PATTERN}|{MONTH_ABBREVIATIONS})\.?,?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:20)?\d\d)\b")
# A spreadsheet's date: "17-May-23", "09-Aug-2023".
HYPHENED_DATE_RE = re.compile(
    rf"\b(\d{{1,2}})-({MONTH_ABBREVIATIONS}|{MONTHS_PATTERN})-((?:20)?\d\d)\b", re.IGNORECASE
)
# A spreadsheet's or a system's date, year first: "2024-06-12".
ISO_DATE_RE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# A date in any of the forms `dates_in` reads, as one pattern: where a date stands in a text.
ANY_DATE_RE = re.compile(
    "|".join(p.pattern for p in (DATE_RE, NUMERIC_DATE_RE, HYPHENED_DATE_RE, ISO_DATE_RE)), re.IGNORECASE
)
# A line that says when a meeting was held: "Minutes of the meeting held on 14 June 2023".
_MEETING_LINE_RE = re.compile(r"\b(meeting|minutes|held|met)\b", re.IGNORECASE)


def _iso(day: int, month: int, year: int) -> str:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def month_number(name: str) -> int:
    """The month (1-12) a month's name or its abbreviation names ("June", "jun", "Sept")."""
    return next(i for i, m in enumerate(MONTHS, start=1) if m.startswith(name.lower()[:3]))


def dates_in(text: str) -> list[str]:
    """The dates a text names, as ISO `2023-06-14`, in the order written."""
    found: list[tuple[int, str]] = []
    # Each form with how its month is written and where its day and year are: "14 June 2023",
    # "14/06/23", "14-Jun-23", "2023-06-14".
    forms = (
        (DATE_RE, month_number, 1, 3),
        (NUMERIC_DATE_RE, int, 1, 3),
        (HYPHENED_DATE_RE, month_number, 1, 3),
        (ISO_DATE_RE, int, 3, 1),
    )
    for pattern, month_of, day, year_at in forms:
        for match in pattern.finditer(text):
            year = int(match.group(year_at))
            iso = _iso(int(match.group(day)), month_of(match.group(2)), year + 2000 if year < 100 else year)
            if iso:
                found.append((match.start(), iso))
    return [iso for _, iso in sorted(found)]


def first_date(text: str) -> str:
    """The first date a text names, as ISO, else ""."""
    found = dates_in(text)
    return found[0] if found else ""


def meeting_date(first_page: str) -> str:
    """When a meeting was held, read from the first page of its minutes: the first date on a line
    naming the meeting or its minutes ("Minutes of the meeting held on 14 June 2023"), else ""."""
    lines = [line for line in first_page.splitlines() if line.strip()][:15]
    for line in lines:
        if _MEETING_LINE_RE.search(line) and (found := first_date(line)):
            return found
    return ""


def financial_year_of(date: str) -> str:
    """The financial year (April to March) an ISO date falls in: 2024-01-24 -> 2023-24."""
    match = re.fullmatch(r"(\d{4})-(\d\d)-\d\d", date)
    if not match:
        return ""
    year, month = int(match.group(1)), int(match.group(2))
    start = year if month >= 4 else year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def readable_date(date: str) -> str:
    """An ISO date as written in minutes: 2023-06-14 -> 14 June 2023; anything else unchanged."""
    try:
        day = dt.date.fromisoformat(date) if re.fullmatch(r"\d{4}-\d\d-\d\d", date) else None
    except ValueError:  # "2023-13-40": not a date
        day = None
    return f"{day.day} {MONTHS[day.month - 1].capitalize()} {day.year}" if day else date
