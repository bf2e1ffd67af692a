"""Which meeting an answer comes from, said when a question asks it ("at which meeting was this
decided", "when was the bid approved") and the minutes quoted do not print their own date: the
date is the meeting's, known from the minutes' record, not from the sentence quoted."""

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


def with_meeting(answer: Answer) -> Answer:
    """The answer with the meeting of its first citation said, when its question asks which meeting
    and that citation is of dated minutes whose date the answer does not already give."""
    if answer.abstained or not answer.citations or not _WHICH_MEETING_RE.search(answer.question):
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
