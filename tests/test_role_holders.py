"""Who held the chair before a date or a person: chairs and vice-chairs read from each document, and
the one named last before the cut answers."""

from __future__ import annotations

from pathlib import Path

from assistant.facts.holders import answer_holder
from assistant.types import Sources
from ingest.facts.roles import RoleHolder, extract_roles
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.conftest import Archive
from tests.pdfs import make_pdf


def test_chairs_and_vice_chairs_are_read_with_an_elections_own_date(tmp_path: Path) -> None:
    lines = [
        "Northvale CSP Board minutes, 16 July 2024 (fictional)",
        "",
        "Present: Cllr Ann Hollis (Chair), Supt Idris Vane (Vice-Chair), Dana Whit (Chair, Grants Panel)",
        "",
        "On 16 July 2024 the Board elected Superintendent Idris Vane as Chair.",
        "",
        "Item 4: the Chair's urgent action of 2 May was noted.",
    ]
    path = make_pdf(tmp_path / "minutes.pdf", [lines])
    found = extract_roles("minutes.pdf", clean_pages(read_pdf(path, "minutes.pdf").pages))
    assert [(h.role, h.name, h.page, h.date) for h in found] == [
        ("chair", "Cllr Ann Hollis", 1, ""),
        ("vice-chair", "Supt Idris Vane", 1, ""),
        ("chair", "Superintendent Idris Vane", 1, "2024-07-16"),
    ]


def _holder(document: str, role: str, name: str, date: str = "") -> RoleHolder:
    return RoleHolder(document, role, name, 1, f"{name} ({role.title()})", date)


SOURCES = Sources(
    {"ar-2223.pdf": "Annual Report 2022-23", "m-2306.pdf": "Minutes", "ar-2324.pdf": "Annual Report 2023-24"},
    {},
    doc_types={"ar-2223.pdf": "annual report", "m-2306.pdf": "minutes", "ar-2324.pdf": "annual report"},
    periods={"ar-2223.pdf": "2022-23", "m-2306.pdf": "2023-24", "ar-2324.pdf": "2023-24"},
    dates={"m-2306.pdf": "2023-06-20", "ar-2324.pdf": "2024-07-30"},
)
HOLDERS = [
    _holder("ar-2223.pdf", "chair", "Councillor Ann Hollis"),
    _holder("m-2306.pdf", "chair", "Cllr Ann Hollis"),
    _holder("m-2306.pdf", "vice-chair", "Supt Idris Vane"),
    _holder("ar-2324.pdf", "chair", "Superintendent Idris Vane", "2024-06-18"),
]
DOCUMENTS = {"ar-2223.pdf", "m-2306.pdf", "ar-2324.pdf"}


def test_the_chair_before_a_month_is_the_one_named_last_before_it() -> None:
    answer = answer_holder("who was chair of the northvale csp before june 2024", HOLDERS, SOURCES, DOCUMENTS)
    assert answer is not None and not answer.abstained
    assert answer.text == "Before june 2024, the chair was Cllr Ann Hollis [1]."
    assert [(c.document, c.page) for c in answer.citations] == [("m-2306.pdf", 1)]


def test_the_chair_before_a_person_is_the_one_named_before_their_first_naming() -> None:
    answer = answer_holder("Who chaired the partnership before Supt Vane?", HOLDERS, SOURCES, DOCUMENTS)
    assert answer is not None and "Cllr Ann Hollis" in answer.text
    # The vice-chair is another role; a question naming no cut is no such question.
    vice = answer_holder("who was vice chair before july 2024", HOLDERS, SOURCES, DOCUMENTS)
    assert vice is not None and "Supt Idris Vane" in vice.text
    assert answer_holder("who is the chair now", HOLDERS, SOURCES, DOCUMENTS) is None
    # Nobody named before the cut: the documents cannot tell.
    assert answer_holder("who was chair before 2020", HOLDERS, SOURCES, DOCUMENTS) is None


def test_a_partnerships_chair_before_an_election_is_answered_from_its_minutes(archive: Archive) -> None:
    # Kestrelford's year: Councillor Ashby chairs until the June 2024 meeting elects Superintendent Vane.
    answer = archive.assistant.ask("who was chair of the kestrelford csp before june 2024")
    assert answer.answerer == "register" and not answer.abstained
    assert answer.text == "Before june 2024, the chair was Councillor Maren Ashby [1]."
    assert [(c.document, c.page) for c in answer.citations] == [("kestrelford/minutes-2024-03-12.pdf", 1)]


def test_another_bodys_chair_is_not_the_partnerships() -> None:
    question = "who chaired the northvale fund panel before june 2024"
    assert answer_holder(question, HOLDERS, SOURCES, DOCUMENTS) is None


def test_a_chair_named_in_a_document_of_no_known_date_is_before_nothing() -> None:
    undated = [*HOLDERS, _holder("notes.pdf", "chair", "Councillor Priya Shah")]
    answer = answer_holder("who was chair before 2023", undated, SOURCES, {*DOCUMENTS, "notes.pdf"})
    assert answer is None
