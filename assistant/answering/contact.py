"""Questions asking for contact details (a phone number, an email or postal address, a website):
only text stating one answers them, however well its words match (a team named without its
number answers nothing)."""

from __future__ import annotations

import re

_ASKED = (
    ("phone", re.compile(r"\b(?:tele)?phone\b|\bcontact number\b|\bnumber to (?:call|ring)\b", re.I)),
    ("email", re.compile(r"\be-?mail\b", re.I)),
    ("web", re.compile(r"\bwebsite\b|\bweb ?page\b|\burl\b", re.I)),
    (
        "address",
        re.compile(
            r"\b(?:postal |postcode|post code|(?:the|an|their|its|office) address\b|address of\b)", re.I
        ),
    ),
)
_STATED = {
    "phone": re.compile(r"(?:\+44|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b\d{3} ?\d{3} ?\d{4}\b"),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"),
    "web": re.compile(r"\bwww\.|https?://|\b[\w-]+\.(?:gov|org|co|com|nhs|police)\.?(?:uk)?\b", re.I),
    # A UK postcode, or a numbered street.
    "address": re.compile(
        r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
        r"|\b\d+[a-z]? [A-Z][a-z]+ (?:Street|Road|Lane|Avenue|Way|Square|Place)\b"
    ),
}


def contact_asked(question: str) -> str:
    """The kind of contact detail a question asks for ("phone", "email", "web", "address"), else ""."""
    return next((kind for kind, pattern in _ASKED if pattern.search(question)), "")


def states_contact(kind: str, text: str) -> bool:
    """Whether a text states a contact detail of that kind."""
    return bool(_STATED[kind].search(text))
