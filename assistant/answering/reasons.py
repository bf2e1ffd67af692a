"""Questions asking why, or what came of something, and the units that answer them.

The sentence naming a thing shares the question's words; the one answering "why" or "what happened"
is known by how it is joined (a cause, a purpose) or by what it reports (a result, a change in
figures). Only such general wording is read here, never a subject's.
"""

from __future__ import annotations

import re

# "why did they ...", "how come", "what was the reason for ...", "for what purpose".
REASON_Q_RE = re.compile(
    r"\bwhy\b|\bhow come\b|\bwhat (?:is|was|were) the (?:reasons?|purpose|point)\b"
    r"|\bfor what (?:reason|purpose)\b|\breasons? (?:for|why|behind)\b"
    # What a thing is for: "what is the assessment meant to do", "what is the panel supposed to do".
    r"|\b(?:meant|supposed|designed|intended) (?:to|for)\b|\bpurpose of\b"
    r"|\bwhat (?:is|are) (?:it|they) for\b"
    # What brought a thing about: "what led to the survey", "what prompted the review".
    r"|\bwhat (?:led to|prompted|caused|triggered|sparked)\b",
    re.I,
)
# "what happened to/with", "what difference did it make", "did it work", "what was the result".
OUTCOME_Q_RE = re.compile(
    r"\bwhat (?:has |had )?happened\b"
    r"|\bwhat (?:difference|effect|impact|results?|outcomes?) (?:did|has|have|was|were)\b"
    r"|\bwhat was the (?:result|outcome|effect|impact)\b|\bwhat came of\b"
    # "did the call blocker actually work", asked as a whole ("did the police work with schools" is not)
    r"|^(?:and )?did (?:[\w'-]+ ){1,6}?(?:actually |really )?(?:work|help)(?:\s*[?.!,]|\s+and\b|\s*$)"
    r"|\bhow did (?:it|this|that) go\b|\bwhat did (?:it|this|that|they) (?:achieve|change)\b",
    re.I,
)
# A cause or a purpose: the connectives that give one, and "to" before a verb of purpose.
_REASON_RE = re.compile(
    r"\b(?:because|due|owing to|as a result|thanks to|caused by|in response to|following|so that|in order to"
    r"|so as to|aim(?:s|ed)? to|intend(?:s|ed)? to|designed to|the need (?:to|for)|to (?:provide|help|support"
    r"|raise|reduce|prevent|improve|inform|enable|ensure|address|tackle|protect|encourage|meet|allow|promote"
    r"|increase|give|keep|stop|identify))\b"
    # "declined, as it does not address a priority": "as" or "since" after a comma, before its clause.
    r"|,\s+(?:as|since) (?:it|its|they|their|this|that|there|the|we|he|she)\b"
    # ... or opening the sentence: "As the project cannot restart this year, the Chair agreed ...".
    r"|^As (?:it|its|they|their|this|that|there|the|we|he|she)\b"
    # A want of means, at the time: "withdrawn when the group could not find a site for its cameras".
    r"|\bwhen (?:[\w'-]+ ){1,5}(?:could not|couldn't|cannot|can't|was unable|were unable|failed)\b"
    # Evidence that brought a change about: "replaced it after the assessment found that ...".
    r"|\b(?:given that|in (?:the )?light of|in view of|on the (?:basis|strength) of|on account of)\b"
    r"|\bafter (?:[\w'-]+ ){1,6}(?:found|showed|shown|concluded|recommended|identified|revealed)\b",
    re.I,
)
# A result: a figure moving ("fell from 63 to 38", not "fell victim"), something prevented, stopped
# or returned, one thing leading to another.
_OUTCOME_RE = re.compile(
    r"\b(?:(?:fell|fallen|rose|risen|dropped|went (?:up|down)|came down)(?: \w+ly)? (?:from|to|by)"
    r"|(?:drop|fall|rise|reduction|decrease|increase) in|reduced|decreased|increased|halved|doubled|improved"
    r"|led to|resulted in|as a result|prevented|stopped|returned|no longer|saved)\b",
    re.I,
)


def gives_reason(text: str) -> bool:
    """Whether a text gives a cause or a purpose."""
    return bool(_REASON_RE.search(text))


def states_outcome(text: str) -> bool:
    """Whether a text reports a result: a change, something prevented, one thing leading to another."""
    return bool(_OUTCOME_RE.search(text))
