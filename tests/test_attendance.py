"""Who came to a meeting: the lists that open a set of minutes, read at ingest and answered exactly
for the meeting a question names, cited to their page."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.service import Assistant
from assistant.settings import Settings
from ingest.facts.attendance import extract_attendance
from ingest.facts.document import DocumentFacts
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.pdfs import make_pdf

BOARD = "Northby Community Safety Partnership Board"


def _minutes(path: Path, held: str, attendance: list[str]) -> Path:
    """Minutes whose attendance lists open page 2, after a cover page."""
    return make_pdf(
        path,
        [
            [f"{BOARD}: minutes of the meeting held on {held}", "Agenda and papers follow."],
            [*attendance, "", "1. Budget", "The Board noted the budget report."],
        ],
        title=f"{BOARD} minutes, {held}",
    )


def _one_meeting(tmp_path: Path, model: Embeddings, held: str, attendance: list[str]) -> Assistant:
    """An assistant over one set of minutes, ingested with the real model."""
    corpus = tmp_path / "corpus"
    _minutes(corpus / f"{held.split()[1].lower()}.pdf", held, attendance)
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    return helper


JUNE = [
    "Present: Councillor Ann Reed (Chair); Inspector Tom Hale, Northby Police; Station Manager",
    "Sam Ode (for Kit Marsh); Lee Quinn, Northby Borough Council.",
    "In attendance: Joy Pell, Democratic Services (minutes).",
    "Apologies: Group Manager Kit Marsh; The Probation Service. The meeting was quorate.",
]
SEPTEMBER = [
    "Members present: Councillor Ann Reed (Chair), Inspector Tom Hale, Lee Quinn,",
    "Kit Marsh. Apologies: Dr Nia Vale, Northby Integrated Care Board.",
]


def test_the_lists_of_who_came_with_their_roles_and_page(tmp_path: Path) -> None:
    path = _minutes(tmp_path / "june.pdf", "14 June 2023", JUNE)
    found = extract_attendance(path.name, clean_pages(read_pdf(path, path.name).pages))
    assert [(a.role, a.item, a.page) for a in found] == [
        ("present", "Councillor Ann Reed (Chair)", 2),
        ("present", "Inspector Tom Hale, Northby Police", 2),
        ("present", "Station Manager Sam Ode (for Kit Marsh)", 2),
        ("present", "Lee Quinn, Northby Borough Council", 2),
        ("in attendance", "Joy Pell, Democratic Services (minutes)", 2),
        ("apologies", "Group Manager Kit Marsh", 2),
        ("apologies", "The Probation Service", 2),
    ]
    assert [a.item for a in found if a.takes_minutes] == ["Joy Pell, Democratic Services (minutes)"]
    assert [(a.item, a.deputising_for) for a in found if a.deputising_for] == [
        ("Station Manager Sam Ode (for Kit Marsh)", "Kit Marsh")
    ]
    assert found[-1].quote == "Apologies: Group Manager Kit Marsh; The Probation Service"
    facts = DocumentFacts(path.name, attendance=tuple(found))
    assert DocumentFacts.from_json(facts.to_json()) == facts


def test_a_comma_list_keeps_a_body_with_the_person_before_it(tmp_path: Path) -> None:
    path = _minutes(tmp_path / "september.pdf", "20 September 2023", SEPTEMBER)
    found = extract_attendance(path.name, clean_pages(read_pdf(path, path.name).pages))
    assert [(a.role, a.item) for a in found] == [
        ("present", "Councillor Ann Reed (Chair)"),
        ("present", "Inspector Tom Hale"),
        ("present", "Lee Quinn"),
        ("present", "Kit Marsh"),
        ("apologies", "Dr Nia Vale, Northby Integrated Care Board"),
    ]


def test_a_clause_after_a_name_says_what_its_person_did(tmp_path: Path) -> None:
    """ "..., who took the minutes" leaves the name a name, and marks who took them."""
    lines = [
        "In attendance: Ruth Amos (Analyst, RA); Nadia Fell (Support Officer, NF), who took",
        "the minutes. Apologies: Dr Nia Vale.",
    ]
    path = _minutes(tmp_path / "july.pdf", "10 July 2024", lines)
    found = extract_attendance(path.name, clean_pages(read_pdf(path, path.name).pages))
    assert [(a.role, a.item, a.takes_minutes) for a in found] == [
        ("in attendance", "Ruth Amos (Analyst, RA)", False),
        ("in attendance", "Nadia Fell (Support Officer, NF), who took the minutes", True),
        ("apologies", "Dr Nia Vale", False),
    ]


def test_only_labels_opening_a_list_are_read(tmp_path: Path) -> None:
    """A label inside a sentence labels nothing; "and" joins two people, not a body's name."""
    lines = [
        "Apologies were received from Tom Hale and Kit Marsh. Five partners were present: the",
        "meeting was quorate.",
        "",
        "3. Actions",
        "The actions have one lead officer: Joel Okafor.",
        "Also present: Rowan Petrie (Office of the Police and Crime Commissioner).",
    ]
    path = _minutes(tmp_path / "march.pdf", "12 March 2024", lines)
    found = extract_attendance(path.name, clean_pages(read_pdf(path, path.name).pages))
    assert [(a.role, a.item) for a in found] == [
        ("apologies", "Tom Hale"),
        ("apologies", "Kit Marsh"),
        ("in attendance", "Rowan Petrie (Office of the Police and Crime Commissioner)"),
    ]


def test_attendance_is_answered_for_the_meeting_named(tmp_path: Path, model: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    _minutes(corpus / "june.pdf", "14 June 2023", JUNE)
    _minutes(corpus / "september.pdf", "20 September 2023", SEPTEMBER)
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    apologies = helper.ask("who sent apologies to the board meeting of 14 June 2023?")
    assert "Kit Marsh" in apologies.text and "The Probation Service" in apologies.text
    assert "Nia Vale" not in apologies.text and "Ann Reed" not in apologies.text
    assert [(c.document, c.page) for c in apologies.citations] == [("june.pdf", 2)]
    shortened = helper.ask("who sent apologies to the sept 2023 board")  # a month shortened, with its year
    assert [(c.document, c.page) for c in shortened.citations] == [("september.pdf", 2)]
    present = helper.ask("who was present at the september 2023 board meeting")
    assert all(name in present.text for name in ("Ann Reed", "Tom Hale", "Lee Quinn", "Kit Marsh"))
    assert "Nia Vale" not in present.text
    assert [(c.document, c.page) for c in present.citations] == [("september.pdf", 2)]
    minutes = helper.ask("who took the minutes at the june 2023 meeting")
    assert "Joy Pell" in minutes.text and "Ann Reed" not in minutes.text
    standing_in = helper.ask("who covered for kit marsh at the june board")
    assert "Sam Ode" in standing_in.text and "Lee Quinn" not in standing_in.text
    latest = helper.ask("who was absent from the last board meeting")
    assert "Nia Vale" in latest.text and "Kit Marsh" not in latest.text
    unheld = helper.ask("who sent apologies to the board meeting in march 2023")
    assert unheld.abstained and not unheld.citations
    # The September minutes name no minute-taker: the documents do not answer, and say so.
    untaken = helper.ask("who took the minutes at the september 2023 board")
    assert untaken.abstained and not untaken.citations
    assert "The minutes do not say who took the minutes." in untaken.text
    # Who belongs to the partnership is not one meeting's list.
    assert "\nPresent:\n" not in helper.ask("which organisations attend the partnership").text


def test_a_meeting_whose_lists_were_not_read_is_not_declined_as_unrecorded(
    tmp_path: Path, model: Embeddings
) -> None:
    corpus = tmp_path / "corpus"
    _minutes(corpus / "june.pdf", "14 June 2023", JUNE)
    # Attendance told in a sentence: no list the ingest reads, but the minutes are held.
    told = ["Councillor Ann Reed chaired the meeting; Dr Nia Vale had sent her apologies."]
    _minutes(corpus / "december.pdf", "6 December 2023", told)
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    december = helper.ask("who sent apologies to the december 2023 board")
    assert "No minutes held record a meeting" not in december.text
    unheld = helper.ask("who sent apologies to the board meeting in march 2023")
    assert unheld.abstained and "6 December 2023" in unheld.text and "14 June 2023" in unheld.text


def test_an_attendance_table_is_read_as_the_meetings_lists(tmp_path: Path, model: Embeddings) -> None:
    table = [
        "Name | Organisation | Attendance",
        "Councillor Ann Reed (Chair) | Northby Borough Council | Present",
        "Dr Nia Vale | Northby Integrated Care Board | Apologies",
        "Joy Pell | Democratic Services | In attendance",
        "Kit Marsh | Northby Fire and Rescue Service | Present",
    ]
    helper = _one_meeting(tmp_path, model, "14 January 2025", table)
    apologies = helper.ask("who gave apologies at the jan 2025 board")
    assert "Nia Vale, Northby Integrated Care Board" in apologies.text
    assert "Ann Reed" not in apologies.text and "Kit Marsh" not in apologies.text
    assert [(c.document, c.page) for c in apologies.citations] == [("january.pdf", 2)]
    present = helper.ask("who was present at the january 2025 board meeting")
    assert "Ann Reed" in present.text and "Kit Marsh" in present.text and "Nia Vale" not in present.text


def test_someone_told_as_attending_for_a_body_is_present_and_a_body_asked_narrows_the_list(
    tmp_path: Path, model: Embeddings
) -> None:
    told = [
        "Present: Councillor Ann Reed (Chair), Lee Quinn (Northby Borough Council), Dev Rana (Northby",
        "Probation Service) and Sue Pell (Northby Women's Aid).",
        "Station Manager Sam Ode attended for the Fire and Rescue Service.",
    ]
    helper = _one_meeting(tmp_path, model, "8 October 2024", told)
    fire = helper.ask("who came for the fire service to the october 2024 board")
    assert "Sam Ode (the Fire and Rescue Service)" in fire.text
    assert "Ann Reed" not in fire.text and "Dev Rana" not in fire.text  # "service" alone tells no body
    two = helper.ask("who came from the womens aid and the borough council to the october 2024 board")
    assert "Sue Pell" in two.text and "Lee Quinn" in two.text and "Sam Ode" not in two.text
    everyone = helper.ask("who was present at the october 2024 board meeting")
    assert all(name in everyone.text for name in ("Ann Reed", "Lee Quinn", "Dev Rana", "Sue Pell", "Sam Ode"))


def test_those_not_present_are_read_as_absent(tmp_path: Path) -> None:
    # "Not present:" lists who was not there; a question asking who was absent or sent apologies
    # is answered from the apologies.
    told = ["Members present: Birtwhistle, Halloran. Not present: Tarrant (apologies sent)."]
    path = _minutes(tmp_path / "october.pdf", "14 October 2021", told)
    found = extract_attendance(path.name, clean_pages(read_pdf(path, path.name).pages))
    assert [(a.role, a.item, a.page) for a in found] == [
        ("present", "Birtwhistle", 2),
        ("present", "Halloran", 2),
        ("apologies", "Tarrant (apologies sent)", 2),
    ]


def test_a_register_ticked_under_present_or_apologies_is_read(tmp_path: Path) -> None:
    register = [
        "Member | Organisation | Present | Apologies",
        "Councillor Ann Reed (Chair) | Northby Council | × |",
        "Dr Nia Vale | Northby ICB | | ×",
        "Kit Marsh | Northby Fire | × |",
    ]
    path = make_pdf(
        tmp_path / "january.pdf",
        [
            [
                "Minutes: Northby Board, 14.1.2025",
                "",
                *register,
                "",
                "1. Budget",
                "The Board noted the budget.",
            ]
        ],
    )
    found = extract_attendance(path.name, clean_pages(read_pdf(path, path.name).pages))
    # The mark's column says who came; "Minutes:" opening the title names no one who took them.
    assert [(a.role, a.item) for a in found] == [
        ("present", "Councillor Ann Reed (Chair), Northby Council"),
        ("apologies", "Dr Nia Vale, Northby ICB"),
        ("present", "Kit Marsh, Northby Fire"),
    ]
