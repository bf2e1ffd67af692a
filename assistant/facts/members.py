"""Who makes up a partnership: its member lists, whole, from each partnership's newest document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from assistant.answering.citations import CitationLedger
from assistant.text import terms
from assistant.types import Answer, CheckedSentence, Sources
from ingest.facts.members import MEMBERSHIP_QUESTION_RE, MemberList

# Words that ask who belongs to the partnership as a whole rather than about something particular
# ("which organisations are in the co-location programme" is about the programme).
_MEMBERSHIP_QUESTION_WORDS = frozenset(
    terms(
        "who whom which what are is were be the partnership partnership's partnerships organisations "
        "organisation organizations agencies agency bodies body partners partner members member "
        "membership make makes made up sit sits sat on of part in belong belongs form forms comprise "
        "comprises statutory duty responsible authorities authority board group executive attend attends "
        "attended involved current currently now list name names all our their its other others "
        "community safety csp main key core"
    )
)


def answer_members(
    question: str,
    lists: Sequence[MemberList],
    title_words: set[str],
    sources: Sources,
    partnership_of: Mapping[str, str],
    ranked: Sequence[str] = (),
) -> Answer | None:
    """Each partnership's member lists, whole, when the question asks who makes it up; else None.

    A partnership's newest document with member lists answers for it: membership is what holds now.
    Partnerships come in the order their documents first appear in `ranked` (retrieval's, best first).
    """
    if not lists or not MEMBERSHIP_QUESTION_RE.search(question):
        return None
    if [t for t in terms(question) if t not in _MEMBERSHIP_QUESTION_WORDS | title_words]:
        return None  # a question about something particular, which passages answer better
    newest: dict[str, str] = {}  # partnership -> its newest document with member lists
    for document in sorted({m.document for m in lists}, key=lambda d: (sources.period(d), sources.date(d))):
        newest[partnership_of.get(document, document)] = document
    first_seen: dict[str, int] = {}
    for place, document in enumerate(ranked):
        first_seen.setdefault(partnership_of.get(document, document), place)
    order = sorted(newest, key=lambda name: first_seen.get(name, len(ranked)))
    ledger = CitationLedger(sources)
    blocks: list[str] = []
    checked: list[CheckedSentence] = []
    for found in (m for name in order for m in lists if m.document == newest[name]):
        lines = found.lines()
        number = ledger.cite(found.document, found.page, "\n".join([found.lead_in, *lines]))
        intro = f"{sources.title(found.document)}: {found.lead_in} [{number}]"
        shown = [line.replace("\t", " | ") for line in lines]
        blocks.append("\n".join([intro, *(f"- {member} [{number}]" for member in shown)]))
        checked.extend(CheckedSentence(text, (number,), True) for text in (found.lead_in, *shown))
    text = "\n\n".join(blocks)
    return Answer(question, text, False, ledger.citations(), sentences=tuple(checked), answerer="register")
