"""The facts ingest reads out of each document besides its chunks: funding decisions, priorities,
terms, actions, member lists, the next meeting's date, who the initials in minutes stand for, who
came to the meeting and when and where it was held.

They are stored with the index, one record per document, and replaced whenever the document is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from ingest.facts.attendance import Attendee, extract_attendance
from ingest.facts.decision_types import Action, FundingDecision, Mention
from ingest.facts.decisions import extract_actions, extract_funding
from ingest.facts.meetings import HeldMeeting, NextMeeting, extract_held_meeting, extract_next_meetings
from ingest.facts.members import MemberList, extract_members
from ingest.facts.people import Person, extract_people
from ingest.facts.priorities import Priority, PrioritySet, extract_priorities
from ingest.facts.roles import RoleHolder, extract_roles
from ingest.facts.terms import Term, extract_definitions
from ingest.parse.blocks import CleanPage
from ingest.parse.pdf import Page


@dataclass(frozen=True)
class DocumentFacts:
    """What one document records of funding, priorities, acronyms, actions, members, next meetings,
    the people its initials stand for, its chairs and vice-chairs and, for minutes, who came to the
    meeting."""

    document: str
    funding: tuple[FundingDecision, ...] = ()
    priorities: tuple[PrioritySet, ...] = ()
    terms: tuple[Term, ...] = ()
    actions: tuple[Action, ...] = ()
    members: tuple[MemberList, ...] = ()
    next_meetings: tuple[NextMeeting, ...] = ()
    people: tuple[Person, ...] = ()
    attendance: tuple[Attendee, ...] = ()
    held: tuple[HeldMeeting, ...] = ()  # for minutes: when and where the meeting was held
    roles: tuple[RoleHolder, ...] = ()  # who it names as the chair or vice-chair

    def to_json(self) -> str:
        """The facts as one JSON text, for the store."""
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> DocumentFacts:
        """Facts read back from `to_json`."""
        data: dict[str, Any] = json.loads(text)
        funding = tuple(
            FundingDecision(**{**f, "mentions": tuple(Mention(**m) for m in f["mentions"])})
            for f in data["funding"]
        )
        priorities = tuple(
            PrioritySet(**{**s, "priorities": tuple(Priority(**p) for p in s["priorities"])})
            for s in data["priorities"]
        )
        terms = tuple(Term(**{**t, "also": tuple(t["also"])}) for t in data["terms"])
        actions = tuple(Action(**a) for a in data.get("actions", ()))
        members = tuple(
            MemberList(
                **{
                    **m,
                    "members": tuple(m["members"]),
                    "details": tuple(m.get("details", ())),
                    "printed": tuple(m.get("printed", ())),
                }
            )
            for m in data.get("members", ())
        )
        meetings = tuple(NextMeeting(**m) for m in data.get("next_meetings", ()))
        people = tuple(Person(**p) for p in data.get("people", ()))
        attendance = tuple(Attendee(**a) for a in data.get("attendance", ()))
        held = tuple(HeldMeeting(**h) for h in data.get("held", ()))
        roles = tuple(RoleHolder(**r) for r in data.get("roles", ()))
        found = (funding, priorities, terms, actions, members, meetings, people, attendance, held, roles)
        return cls(data["document"], *found)


def extract_facts(
    document: str,
    raw_pages: Sequence[Page],
    pages: Sequence[CleanPage],
    period: str,
    date: str = "",
    doc_type: str = "",
) -> DocumentFacts:
    """Read funding decisions (from the layout text, for table columns), priorities, definitions and
    actions; `date` and `doc_type` say whether and when the document's decisions were made. A decision
    read from a page that OCR read says so."""
    ocr_pages = {page.number for page in raw_pages if page.ocr}
    minutes = doc_type == "minutes"
    funding = extract_funding(document, raw_pages, pages, period, date, doc_type)
    return DocumentFacts(
        document=document,
        funding=tuple(replace(d, ocr=d.page in ocr_pages) for d in funding),
        priorities=tuple(extract_priorities(document, pages, period)),
        terms=tuple(extract_definitions(document, pages)),
        actions=tuple(extract_actions(document, raw_pages, date, doc_type)),
        members=tuple(extract_members(document, pages)),
        next_meetings=tuple(extract_next_meetings(document, pages)) if minutes else (),
        people=tuple(extract_people(document, pages)),
        attendance=tuple(extract_attendance(document, pages)) if minutes else (),
        held=tuple(extract_held_meeting(document, pages)) if minutes else (),
        roles=tuple(extract_roles(document, pages, date)),
    )
