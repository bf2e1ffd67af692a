"""Initials in minutes: who they stand for, read from the attendance list or key at ingest, and said
beside an answer that quotes them, with a citation to the page naming the person."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.answer_types import states
from assistant.service import Assistant
from assistant.settings import Settings
from ingest.facts.people import extract_people
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import make_pdf

BOARD = "Northby Community Safety Partnership Board"


def _minutes(path: Path, present: list[str], items: list[str]) -> Path:
    return make_pdf(
        path,
        [
            [f"{BOARD}: minutes of the meeting held on 14 June 2023", "", *present, "", "1. Apologies", ""],
            ["2. Strategic assessment", "", *items],
        ],
        title=f"{BOARD} minutes, 14 June 2023",
    )


PRESENT = [
    "Present: Councillor Ann Hollis (Chair), Northby Borough Council; Dr Dana Whitlock (DW), Public",
    "Health; Carl Fenn, Northby Police; Alex Moran, Youth Justice; Amy Mills, Northby Fire and Rescue.",
]
ITEMS = [
    "DW presented the strategic assessment of the year. The board adopted four priorities.",
    "",
    "AM presented the youth justice plan for the winter, which the board approved.",
    "",
    "Action: CF to circulate the night-time economy plan by 15 February 2024.",
]


def _people(path: Path) -> set[tuple[str, str, int, str]]:
    pages = clean_pages(read_pdf(path, path.name).pages)
    return {(p.initials, p.name, p.page, p.quote) for p in extract_people(path.name, pages)}


def test_initials_are_given_in_brackets_or_derived_from_the_attendance_list(tmp_path: Path) -> None:
    people = _people(_minutes(tmp_path / "minutes.pdf", PRESENT, ITEMS))
    assert ("DW", "Dana Whitlock", 1, "Dr Dana Whitlock (DW") in people
    assert ("CF", "Carl Fenn", 1, "Carl Fenn") in people
    assert ("AH", "Ann Hollis", 1, "Councillor Ann Hollis") in people
    initials = [i for i, *_ in people]
    assert "AM" not in initials  # Alex Moran and Amy Mills: two people, so no one
    assert "NB" not in initials and "NP" not in initials  # bodies named in the list are no one


def test_a_key_names_people_and_acronyms_name_no_one(tmp_path: Path) -> None:
    key = [
        "Present: AH (Chair), DW, CF. Key: AH Ann Hollis, Northby Borough Council; DW Dr Dana",
        "Whitlock, Public Health; CF Carl Fenn, Northby Police; NBC Northby Borough Council.",
    ]
    items = ["The Domestic Homicide Review (DHR) was noted. DW presented the assessment."]
    people = _people(_minutes(tmp_path / "keyed.pdf", key, items))
    assert {(i, n, p) for i, n, p, _ in people} == {
        ("AH", "Ann Hollis", 1),
        ("DW", "Dana Whitlock", 1),
        ("CF", "Carl Fenn", 1),
    }


def test_an_answer_quoting_initials_says_who_they_are(tmp_path: Path, model: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    _minutes(corpus / "minutes.pdf", PRESENT, ITEMS)
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("who presented the strategic assessment")
    said = "DW presented the strategic assessment of the year. [1] (DW: Dana Whitlock, named on p. 1 [2])"
    assert said in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("minutes.pdf", 2), ("minutes.pdf", 1)]
    assert "Dr Dana Whitlock (DW" in answer.citations[1].quote.split("\n")
    action = helper.ask("who is to circulate the night-time economy plan")
    assert "(CF: Carl Fenn, named on p. 1 [2])" in action.text
    member = helper.ask("which board member presented the strategic assessment")  # a person, as "who"
    assert "(DW: Dana Whitlock, named on p. 1 [2])" in member.text
    ambiguous = helper.ask("who presented the youth justice plan")
    assert "AM presented" in ambiguous.text and "AM:" not in ambiguous.text
    assert [(c.document, c.page) for c in ambiguous.citations] == [("minutes.pdf", 2)]


def test_initials_in_a_role_name_a_person() -> None:
    assert states("person", "LB was elected Chair for 2022/23.")
    assert states("person", "In attendance: JH (MVDC, Community Safety Officer).")
    assert states("person", "IT, Chair since 2020, becomes Vice-Chair. LB took the chair.")
    assert not states("person", "The CSP is the lead agency for the strategy.")
    assert not states("person", "ASB reports fell by a fifth.")


def test_an_attendance_list_set_one_name_a_line_under_its_label_names_everyone(tmp_path: Path) -> None:
    present = [  # each line a block of its own, only the first saying what the list is
        "Present Councillor Priya Venkatesan (PV), Northby Borough Council (Chair)",
        "",
        "Simon Latchford (SL), The Probation Service",
        "",
        "Nadia Elmasry (NE), Tidewell Women's Aid (adviser)",
    ]
    people = {(p[0], p[1]) for p in _people(_minutes(tmp_path / "minutes.pdf", present, ITEMS))}
    assert {("SL", "Simon Latchford"), ("NE", "Nadia Elmasry")} <= people
