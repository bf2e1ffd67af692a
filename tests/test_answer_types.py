"""Questions asking for a thing to be named (a person in a role, a postal address) are answered
only by text naming one."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.answer_types import named_kind, states
from assistant.service import Assistant
from assistant.settings import Settings
from tests.pdfs import make_pdf


def test_what_a_question_asks_to_be_named() -> None:
    assert named_kind("whats the name of the community safety manager") == "person"
    assert named_kind("Who is the chair of the board?") == "person"
    assert named_kind("What is the name of the project in Crewe?") == ""  # a project, not a person
    assert named_kind("who chairs the rural crime forum") == "person"  # only a person chairs
    assert named_kind("who runs the pharmacy scheme") == ""  # a body may run it
    assert named_kind("what is the address of the partnership office") == "address"
    assert named_kind("how does the partnership address concerns about parking?") == ""


def test_a_person_is_named_with_a_title_or_beside_a_role() -> None:
    assert states("person", "Present: Councillor Maren Ashby (Chair), Superintendent Idris Vane.")
    assert states("person", "In attendance: Joel Okafor, Community Safety Manager; Gemma Lusk.")
    assert states("person", "The Community Safety Manager, Joel Okafor, approves small grants.")
    assert states("person", "The Northby board is chaired by Carol White of Northby Police.")
    assert not states("person", "Funding management is the responsibility of the Community Safety Team.")


def test_a_postal_address_is_a_postcode_or_a_numbered_street() -> None:
    assert states("address", "Write to Westfields, Middlewich Road, Sandbach CW11 1HZ.")
    assert states("address", "The office is at 12 Market Street.")
    assert not states("address", "The team is based in the town hall.")


def test_a_role_without_its_holder_does_not_name_them(tmp_path: Path, model: Embeddings) -> None:
    lines = [
        "Northvale Community Safety Partnership Annual Report 2023-24",
        "",
        "Funding management is the responsibility of the community safety team, who report to the board.",
        "The board meets every quarter at the town hall.",
    ]
    make_pdf(tmp_path / "corpus" / "report.pdf", [lines])
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    assert helper.ask("whats the name of the community safety manager").abstained
    assert helper.ask("what is the address of the town hall where the board meets").abstained
    assert not helper.ask("who does the community safety team report to").abstained


def test_a_role_named_with_commas_asks_for_a_person_and_a_body_is_no_person() -> None:
    assert named_kind("Who is the Hollinshire Police, Fire and Crime Commissioner?") == "person"
    body = "The Office of the Police, Fire and Crime Commissioner, Hollinshire Public Health"
    assert not states("person", body)
    assert states("person", "The Commissioner, Joanne Hale.")
