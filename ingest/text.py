"""Text primitives every stage shares: sentences, figures and amounts of money."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A sentence ends at . ! or ? followed by space and something that can start a sentence.
# A sentence ends at ".", "!" or "?" before a capital, a figure or a quote; not after a name's
# initial ("Signed: L. Brannigan") or a title ("Dr. Rahman"), which a name follows. A footnote's
# mark opens one ("... two more sites. ² £900 was spent"): each note is a sentence of its own.
SENTENCE_END_RE = re.compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bCllr\.)\s+"
    r"(?=[A-Z0-9£'\"(*¹²³⁴⁵⁶⁷⁸⁹⁰†‡])"
)
# A figure as written: "£19,738", "21.1%", "2022": what answers and checks compare.
FIGURE_RE = re.compile(r"£?\d[\d,]*(?:\.\d+)?%?")
# A count written in words ("six applications").
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand"
# Any figure, written in digits, with a scale, or in words: what makes a unit answer "how many".
ANY_FIGURE_RE = re.compile(
    rf"£\s?\d|\d[\d,.]*\s?(k|m|million|%)\b|\b\d{{1,3}}(,\d{{3}})+\b|\b\d+\b|\b({NUMBER_WORDS})\b",
    re.IGNORECASE,
)
# Money: pounds, or a figure with a scale of thousands or millions.
MONEY_HINT_RE = re.compile(r"£\s?\d|\d\s?(k|m|million|thousand)\b|\b(pounds|million)\b", re.IGNORECASE)
# An amount of money as written: "£25k", "£1.2m", "£12,400.00", "3 million pounds".
MONEY_RE = re.compile(
    r"£\s?(\d[\d,.]*\d|\d)\s*(k|m|million|bn|billion)?\b(?!\.\d)|(\d[\d,.]*)\s*(million)\s+pounds",
    re.IGNORECASE,
)
# What a multiplier written after an amount stands for ("£25k", "£1.2m").
SCALES = {"k": 1_000, "m": 1_000_000, "million": 1_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000}


# A piece that is only a number or label ("3.", "R3.", "4.1.", "Rec 5."): it opens the sentence after it.
_LABEL_ONLY_RE = re.compile(r"\(?(?:[A-Za-z]|[A-Z][a-z]{1,3} )?\d+(?:\.\d+)*[.)]")


def split_sentences(text: str) -> list[str]:
    """The sentences of a paragraph, stripped, empty ones dropped; a numbered item's label ("R3.
    Work with ...") stays with its sentence."""
    sentences: list[str] = []
    label = ""
    for piece in (s.strip() for s in SENTENCE_END_RE.split(text)):
        if _LABEL_ONLY_RE.fullmatch(piece):
            label = f"{label} {piece}".strip()
        elif piece:
            sentences.append(f"{label} {piece}".strip())
            label = ""
    return [*sentences, label] if label else sentences


def figures(text: str) -> list[tuple[str, str]]:
    """(as written, normalised) for each number in the text: "£19,738" → ("£19,738", "19738")."""
    found = []
    for match in FIGURE_RE.finditer(text):
        raw = match.group().rstrip(",")
        found.append((raw, raw.strip("£%").replace(",", "")))
    return found


def parse_amount(text: str) -> float | None:
    """Pounds as a number: "£25k" 25000, "£1.2m" 1200000, "£147.550" 147550, "35,000" 35000."""
    match = re.search(r"(\d[\d,.]*\d|\d)\s*(k|m|million|bn|billion)?\b", text, re.IGNORECASE)
    if not match:
        return None
    digits, scale = match.group(1), (match.group(2) or "").lower()
    # "147.550" with no scale: a full stop used as a thousands mark; "£1.500m" is a decimal.
    if not scale and re.fullmatch(r"\d{1,3}(\.\d{3})+", digits):
        digits = digits.replace(".", "")
    digits = digits.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    return value * SCALES.get(scale, 1)


def as_excerpts(text: str, lines: Sequence[str]) -> str:
    """Text from a cell wrapped over the lines of a table row, cut into the pieces its lines hold,
    one a line: each piece is then an excerpt of the page as printed, where the row's other cells
    stand between them. The text unchanged when some words are on none of the lines."""
    words, flat = text.split(), [" ".join(line.split()) for line in lines]
    pieces: list[str] = []
    while words:
        held = (n for n in range(len(words), 0, -1) if any(" ".join(words[:n]) in f for f in flat))
        size = next(held, 0)
        if not size:
            return text
        pieces.append(" ".join(words[:size]))
        words = words[size:]
    return "\n".join(pieces)
