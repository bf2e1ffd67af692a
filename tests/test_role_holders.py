"""Who held the chair before a date or a person: chairs and vice-chairs read from each document, and
the one named last before the cut answers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.facts.holders import answer_current_holder, answer_holder, answer_period_holder
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.text import terms
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


def test_a_member_tables_chair_and_a_logs_election_are_read(tmp_path: Path) -> None:
    lines = [
        "Northvale CSP decision log, 18 June 2024 (fictional)",
        "",
        "Name | Organisation | Role on the Board",
        "Cllr Ann Hollis | Northvale Borough Council | Chair",
        "Group Manager Cara Webb | Fire Service | Vice-Chair",
        "Dana Whit | Northvale Police | Member",
        "Omar Pell | Probation Service | Member",
        "Ruth Kane | Integrated Care Board | Member",
        "",
        "D24/01 Supt Idris Vane elected Chair for 2024-25.",
    ]
    path = make_pdf(tmp_path / "log.pdf", [lines])
    found = extract_roles("log.pdf", clean_pages(read_pdf(path, "log.pdf").pages))
    assert [(h.role, h.name) for h in found] == [
        ("chair", "Cllr Ann Hollis"),
        ("vice-chair", "Group Manager Cara Webb"),  # a title's words are no body's
        ("chair", "Supt Idris Vane"),
    ]


def test_an_independent_chair_and_a_held_role_are_read_and_a_locality_groups_chair_is_not(
    tmp_path: Path,
) -> None:
    lines = [
        "Northvale CSP Board decisions, 14 May 2025 (fictional)",
        "",
        "Tuesday 14 May 2025, 10.00 am, Town Hall. Chair: Dr Ines Marlow (Independent Chair). Present: "
        "Supt Idris Vane (IV, Vice-Chair), Omar Pell.",
        "",
        "Consulted: Cllr Ruth Kane, chair of the Eastfield Locality Safety Group; Dana Whit, Chair of the "
        "Community Safety Strategy Group.",
        "",
        "Cllr Ann Hollis stood down in April. Group Manager Cara Webb remains Vice-Chair of the Fire Forum, "
        "and Cllr Bea Lund continues as Vice-Chair.",
    ]
    path = make_pdf(tmp_path / "decisions.pdf", [lines])
    found = extract_roles("decisions.pdf", clean_pages(read_pdf(path, "decisions.pdf").pages))
    assert sorted((h.role, h.name) for h in found) == [
        ("chair", "Dana Whit"),  # the partnership's own strategy group
        ("chair", "Dr Ines Marlow"),
        ("vice-chair", "Cllr Bea Lund"),
        ("vice-chair", "Supt Idris Vane"),
    ]


def test_who_holds_a_role_now_is_the_newest_naming_and_says_where() -> None:
    own = set(terms("northvale csp"))
    answer = answer_current_holder("who chairs the northvale csp now", HOLDERS, SOURCES, DOCUMENTS, own)
    assert answer is not None and answer.answerer == "register"
    assert answer.text == (
        "The chair is Superintendent Idris Vane [1], as named in Annual Report 2023-24 (30 July 2024),"
        " the newest document naming one."
    )
    assert [(c.document, c.page) for c in answer.citations] == [("ar-2324.pdf", 1)]
    # A report of 2023-24 telling of an election early in its year, and minutes of a day later in
    # the year naming the same chair: the report names the chair as of its year's end, the newer.
    sources = replace(SOURCES, dates={**SOURCES.dates, "m-2402.pdf": "2024-02-06"})
    holders = [
        *HOLDERS[:3],
        _holder("ar-2324.pdf", "chair", "Superintendent Idris Vane", "2023-06-20"),
        _holder("m-2402.pdf", "chair", "Supt Idris Vane"),
    ]
    documents = {*DOCUMENTS, "m-2402.pdf"}
    newest = answer_current_holder("who chairs the northvale csp now", holders, sources, documents, own)
    assert newest is not None and [(c.document, c.page) for c in newest.citations] == [("ar-2324.pdf", 1)]
    vice = answer_current_holder(
        "who's vice-chair of the northvale board these days", HOLDERS, SOURCES, DOCUMENTS, own
    )
    assert vice is not None and "Supt Idris Vane" in vice.text
    # Another body, a time named, or a past question: not what holds now.
    for question in (
        "who chairs the northvale hate crime forum now",
        "who was chair in 2023",
        "who was chair",
    ):
        assert answer_current_holder(question, HOLDERS, SOURCES, DOCUMENTS, own) is None


def test_who_held_a_role_in_a_year_is_each_holder_named_in_it_in_turn() -> None:
    own = set(terms("northvale csp"))
    answer = answer_period_holder(
        "who chaired the northvale csp during 2023-24", HOLDERS, SOURCES, DOCUMENTS, own
    )
    assert answer is not None and answer.text == "In 2023-24 the chair was Cllr Ann Hollis [1]."
    assert [(c.document, c.page) for c in answer.citations] == [("m-2306.pdf", 1)]
    # The 2022-23 report names its year's chair, though published after it; the fullest name is cited.
    year = answer_period_holder("who was chair in 2023", HOLDERS, SOURCES, DOCUMENTS, own)
    assert year is not None and year.text == "In 2023 the chair was Councillor Ann Hollis [1]."
    assert [c.document for c in year.citations] == ["ar-2223.pdf"]
    elected = replace(_holder("m-2311.pdf", "chair", "Superintendent Idris Vane"), date="2023-11-14")
    turned = answer_period_holder(
        "who was the chair in 2023/24", [*HOLDERS, elected], SOURCES, {*DOCUMENTS, "m-2311.pdf"}, own
    )
    assert turned is not None
    assert turned.text == "In 2023-24 the chair was Cllr Ann Hollis [1], then Superintendent Idris Vane [2]."
    # Another body, a year no document names a chair in, a cut: not this question.
    for question in (
        "who chaired the northvale hate crime forum in 2023",
        "who was chair in 2019",
        "who was chair before 2023",
        "who chairs the csp now",
    ):
        assert answer_period_holder(question, HOLDERS, SOURCES, DOCUMENTS, own) is None


def test_a_report_published_after_its_year_names_that_years_holder() -> None:
    # The 2023-24 report, out in July 2024, lists the year's vice-chair; June 2024's minutes elect the next.
    holders = [
        _holder("ar-2324.pdf", "vice-chair", "Cllr Ann Hollis"),
        _holder("m-2406.pdf", "vice-chair", "Cllr Priya Shah"),
    ]
    sources = Sources(
        {"ar-2324.pdf": "Annual Report 2023-24", "m-2406.pdf": "Minutes"},
        {},
        periods={"ar-2324.pdf": "2023-24", "m-2406.pdf": "2024-25"},
        dates={"ar-2324.pdf": "2024-07-30", "m-2406.pdf": "2024-06-18"},
    )
    answer = answer_current_holder("who is the vice chair now", holders, sources, set(sources.titles), set())
    assert answer is not None and "Cllr Priya Shah" in answer.text


def test_a_page_naming_a_chair_for_each_group_answers_with_the_one_other_documents_name() -> None:
    strategy = [
        _holder("strategy.pdf", "chair", "Supt Idris Vane"),
        _holder("strategy.pdf", "chair", "Dana Whit"),  # chair of a delivery group
        _holder("strategy.pdf", "chair", "Omar Reed"),
    ]
    sources = replace(
        SOURCES,
        titles={**SOURCES.titles, "strategy.pdf": "Strategy 2025-28"},
        dates={**SOURCES.dates, "strategy.pdf": "2025-03-25"},
    )
    own = set(terms("northvale csp"))
    answer = answer_current_holder(
        "who chairs the northvale csp now", [*HOLDERS, *strategy], sources, {*DOCUMENTS, "strategy.pdf"}, own
    )
    assert answer is not None and answer.text.startswith(
        "The chair is Supt Idris Vane [1], as named in Strategy"
    )
    # No one of them named so elsewhere: the documents do not settle it.
    alone = answer_current_holder(
        "who chairs the northvale csp now", strategy, sources, {"strategy.pdf"}, own
    )
    assert alone is None


def test_a_typed_whos_asks_who_held_the_role_before() -> None:
    vice = answer_holder("whos the vice chair before supt vane", HOLDERS, SOURCES, DOCUMENTS)
    assert vice is None  # he was never vice-chair after himself: nobody named before his first naming
    answer = answer_holder(
        "whos the chair of the northvale csp before supt vane", HOLDERS, SOURCES, DOCUMENTS
    )
    assert answer is not None and "Cllr Ann Hollis" in answer.text


def test_the_board_its_minutes_name_is_the_partnerships_and_its_chair_is_the_one_named(
    tmp_path: Path, model: Embeddings
) -> None:
    corpus = tmp_path / "corpus"
    for day, chair in (("7 February 2024", "Cllr Ann Hollis"), ("12 June 2024", "Cllr Ben Orme")):
        make_pdf(
            corpus / f"minutes-{day.split()[1].lower()}.pdf",
            [
                [
                    f"Northvale CSP Leadership Board minutes, {day} (fictional)",
                    "",
                    f"Present: {chair} (Chair), Dana Whit (Northvale Police), Omar Pell (Probation Service).",
                    "",
                    "1. Patrols",
                    "The Board noted the report on weekend patrols in the town centre.",
                ]
            ],
            title=f"Northvale CSP Leadership Board minutes, {day}",
        )
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("who chairs the northvale csp leadership board now")
    assert answer.answerer == "register" and "Cllr Ben Orme [1]" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("minutes-june.pdf", 1)]
    # A body with no minutes among the documents is another's: passages answer for it.
    assert helper.ask("who chairs the northvale csp fraud group now").answerer != "register"


def test_an_election_naming_whom_the_chair_is_from_and_the_pair_elected_with_them(tmp_path: Path) -> None:
    lines = [
        "Northvale Community Safety Partnership Annual Report 2023-24 (fictional)",
        "",
        "Chief Inspector Lena Brandt of Northvale Police was elected Chair in June 2023, with Councillor "
        "Ada Thorne as Vice-Chair.",
        "",
        "Dr Omar Patel, Northvale Integrated Care Board, was appointed Vice-Chair on 12 March 2024.",
        "",
        "Cllr Ada Thorne of the Grants Panel was elected Chair of the Grants Panel.",
    ]
    path = make_pdf(tmp_path / "report.pdf", [lines])
    found = extract_roles("report.pdf", clean_pages(read_pdf(path, "report.pdf").pages))
    assert [(h.role, h.name, h.page, h.date) for h in found] == [
        ("chair", "Chief Inspector Lena Brandt", 1, ""),
        ("vice-chair", "Councillor Ada Thorne", 1, ""),
        ("vice-chair", "Dr Omar Patel", 1, "2024-03-12"),
    ]
