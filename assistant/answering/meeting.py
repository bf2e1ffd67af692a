"""Which meeting an answer comes from, said when a question asks it ("at which meeting was this
decided", "when was the bid approved") and the minutes quoted do not print their own date: the
date is the meeting's, known from the minutes' record, not from the sentence quoted. And where it is
written, said when a question asks that ("where is the decision written down"): each document
cited, by its title, its meeting's date and its page."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.types import Answer, CheckedSentence
from ingest.facts.periods import readable_date

# "at which meeting", "what meeting", "when was it agreed/decided/approved/deferred ...".
_WHICH_MEETING_RE = re.compile(
    r"\b(?:which|what) meeting\b"
    r"|\bwhen\b.*\b(?:decid|agree|approv|award|fund|defer|declin|refus|turn|resolv|adopt|accept|add)\w*",
    re.IGNORECASE,
)
# Any other question asking when ("when was X elected chair", "how much was approved, and when?"):
# minutes tell what happened at their meeting, so its date is part of the answer. Said even when
# the quote gives another date ("went live on 19 February", minuted on 12 March): the reader sees
# which is which.
_WHEN_RE = re.compile(r"^(?:by |since )?when\b|\band when\b|\bwhen\W*$", re.IGNORECASE)


# "where is the decision written down", "which document says so", "where can I find it".
_WHERE_WRITTEN_RE = re.compile(
    r"\bwhere\b.*\b(?:written|minuted|documented|set out)\b|\bwhere (?:can|do|would) (?:i|we|you) find\b"
    r"|\b(?:which|what) (?:document|documents|papers|minutes|report)\b"
    r".*\b(?:say|says|said|record|records|recorded)\b",
    re.IGNORECASE,
)


def with_sources(answer: Answer) -> Answer:
    """The answer with the documents it quotes named, when its question asks where it is written:
    each cited document once, in citation order, with its meeting's date when its title lacks it."""
    if answer.abstained or not answer.citations or not _WHERE_WRITTEN_RE.search(answer.question):
        return answer
    named: dict[str, str] = {}
    for citation in answer.citations:
        day = readable_date(citation.date) if citation.doc_type == "minutes" and citation.date else ""
        dated = f" (meeting of {day})" if day and day != citation.date and day not in citation.title else ""
        named.setdefault(
            citation.document, f"{citation.title}{dated}, p. {citation.page_label} [{citation.number}]"
        )
    said = f"It is written in {'; and in '.join(named.values())}"
    sentences = (*answer.sentences, CheckedSentence(said, tuple(c.number for c in answer.citations), True))
    return replace(answer, text=f"{answer.text} {said}.", sentences=sentences)


def with_meeting(answer: Answer) -> Answer:
    """The answer with the meeting of its first citation said, when its question asks which meeting
    or when, and that citation is of dated minutes whose date the answer does not already give."""
    if answer.abstained or not answer.citations:
        return answer
    if not (_WHICH_MEETING_RE.search(answer.question) or _WHEN_RE.search(answer.question)):
        return answer
    first = answer.citations[0]
    if first.doc_type != "minutes" or not first.date:
        return answer
    day = readable_date(first.date)
    if day.casefold() in answer.text.casefold() or day == first.date:
        return answer
    said = f"That is from the minutes of the meeting of {day}"
    text = f"{answer.text} {said} [{first.number}]."
    sentences = (*answer.sentences, CheckedSentence(said, (first.number,), True))
    return replace(answer, text=text, sentences=sentences)
