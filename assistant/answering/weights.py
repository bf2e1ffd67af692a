"""Every weight and threshold the extractive answerer scores with, named, in one place.

Each was chosen on the real report's question set (`evals/questions.jsonl`, 60 questions); the
figure beside it is what `csp eval` measured there with the value shown, and with the value it
was tried against. Change one only with both evaluation sets measured before and after.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScoringWeights:
    """How a unit of a passage is scored against a question, and how much evidence is enough."""

    # Evidence enough to answer (`grounded`):
    min_coverage: float = 0.5  # share of the question's weighted words a unit must hold, with fair meaning
    min_similarity: float = 0.48  # cosine to the question that counts as fair meaning
    strong_similarity: float = 0.55  # cosine so close that a few of the words suffice
    strong_similarity_coverage: float = 0.3  # ... and how few: this share of min_coverage
    full_coverage: float = 0.65  # word coverage that stands alone (tables and lists dilute meaning)

    # How a unit's score is made:
    title_word: float = 0.3  # a word of the document title counts this much: it holds everywhere
    weak_credit: float = 0.5  # a word only in the unit's section headings counts half
    wrong_year: float = 0.4  # coverage kept when the unit's evidence names another year
    similarity: float = 0.5  # weight of the unit's own cosine to the question
    passage_similarity: float = 0.1  # weight of its passage's cosine
    rank_penalty: float = 0.02  # per place down the retrieved order
    has_figure: float = 0.15  # a "how much/many" question met with a figure
    lacks_figure: float = -0.2  # ... or without one
    money: float = 0.1  # a money question met with an amount of money
    date: float = 0.1  # a "when" question met with a year or month
    list_base: float = 0.2  # a whole list, for a question asking for a list
    list_named: float = 0.3  # ... whose label names what is asked for ("priorities")
    definition_opening: float = 0.3  # the sentence opening a section named for the term asked about
    long_unit: float = -0.05  # a unit longer than `long_unit_chars`: rarely the precise answer
    long_unit_chars: int = 350

    # Choosing more than the best unit:
    max_units: int = 3  # units quoted at most
    close_score: float = 0.8  # another unit joins when its score is this share of the best's


WEIGHTS = ScoringWeights()
SEMANTIC_PASSAGES = 6  # units of this many top passages are compared with the question by meaning
VECTOR_CACHE = 4096  # unit vectors kept between questions; passages recur, so most are reused
# With unit vectors pooled at ingest: the leading units, embedded alone and scored again, and
# how many rounds of that at most (a round stops as soon as every leader has its own vector).
REFINE_UNITS = 8
REFINE_ROUNDS = 3
