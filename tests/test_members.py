"""Who makes up a partnership: member lists read under their lead-in, answered whole with their page."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.quotes import quote_on_page
from assistant.facts.members import in_role
from assistant.service import Assistant
from assistant.settings import Settings
from ingest.facts.document import DocumentFacts
from ingest.facts.members import extract_members
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.conftest import CORPUS_PDF
from tests.pdfs import Placed, make_pdf, place_pdf

REPORT = "scep-annual-report-2022-23.pdf"
AUTHORITIES = (
    "Cheshire East Council",
    "Cheshire Police",
    "Clinical Commissioning Group / ICB",
    "Cheshire Fire & Rescue Service",
    "National Probation Service",
)
# A paragraph as wide as the page: a table below it is not read as a second column.
WIDE = (
    "The board is quorate when three of the responsible authorities are present, and it meets "
    "every quarter in the council offices."
)
ATTENDING = (
    "Cheshire Youth Offending Service",
    "Public Health",
    "The Office of the Police & Crime Commissioner",
    "Cheshire Domestic Abuse Services",
)


def test_the_real_reports_member_lists_with_their_lead_ins_and_page() -> None:
    pdf = read_pdf(CORPUS_PDF, REPORT)
    authorities, attending = extract_members(REPORT, clean_pages(pdf.pages))
    assert (authorities.page, authorities.members) == (3, AUTHORITIES)
    assert authorities.lead_in.startswith("It brings together the following responsible authorities")
    assert (attending.page, attending.members) == (3, ATTENDING)
    # "They include:" points back, so the sentence naming who "they" are is kept with it.
    assert attending.lead_in.startswith("There are a number of other organisations who attend the SCEP")
    assert attending.lead_in.endswith("They include:")
    facts = DocumentFacts(REPORT, members=(authorities, attending))
    assert DocumentFacts.from_json(facts.to_json()) == facts


def test_only_lists_introduced_as_membership_are_members(tmp_path: Path) -> None:
    """A membership heading counts, over bullets or a table; a meeting's attendance, a list of
    duties and long items do not."""
    lines = [
        "Membership",
        "\u2022 Northvale District Council",
        "\u2022 Northvale Police",
        "",
        "Members present:",
        "\u2022 Councillor Ann Reed",
        "\u2022 Inspector Tom Hale",
        "",
        "The board's duties are:",
        "\u2022 Publishing a strategy",
        "\u2022 Commissioning services",
        "",
        "The partnership is made up of:",
        "\u2022 Agencies that have agreed to share their data on reported incidents every month",
        "\u2022 Agencies that send a representative to at least three of the four quarterly board meetings",
    ]
    table = [
        "The board comprises:",
        "Northvale District Council | Head of Communities",
        "Northvale Police | Chief Inspector",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "report.pdf", [["Annual report", ""], lines, table]), "report.pdf")
    members = [(m.lead_in, m.page, m.members) for m in extract_members("report.pdf", clean_pages(pdf.pages))]
    assert members == [
        ("Membership", 2, ("Northvale District Council", "Northvale Police")),
        ("The board comprises:", 3, ("Northvale District Council", "Northvale Police")),
    ]


def test_a_short_lead_in_naming_the_membership_stands_alone(tmp_path: Path) -> None:
    # The sentence before it says "present", a meeting's word: it is not part of the lead-in.
    lines = [
        "Who we are",
        "",
        "The alliance meets quarterly. A meeting is quorate when four responsible authorities are",
        "present. The responsible authorities are:",
        "\u2022 Northvale District Council",
        "\u2022 Northvale Police",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "report.pdf", [lines]), "report.pdf")
    (found,) = extract_members("report.pdf", clean_pages(pdf.pages))
    assert (found.lead_in, found.page) == ("The responsible authorities are:", 1)
    assert found.members == ("Northvale District Council", "Northvale Police")


def _report(path: Path, year: str, members: list[str]) -> None:
    lines = [f"Northvale Community Safety Partnership Annual Report {year}", ""]
    lines += ["The partnership was set up under the Crime and Disorder Act 1998.", ""]
    lines += ["The responsible authorities that make up the partnership are:"]
    make_pdf(path, [lines + [f"\u2022 {m}" for m in members]], title=f"Annual Report {year}")


def test_a_membership_question_gets_the_newest_whole_list(tmp_path: Path, model: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    _report(corpus / "report-2022-23.pdf", "2022-23", ["Northvale Council", "Northvale Police"])
    _report(corpus / "report-2023-24.pdf", "2023-24", ["Northvale Council", "Northvale Police", "Vale Fire"])
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    for question in (
        "Who sits on the partnership?",
        "which organisations make up the partnership",
        "Who is on the board?",
    ):
        answer = helper.ask(question)
        assert answer.answerer == "register"
        assert [(c.document, c.page) for c in answer.citations] == [("report-2023-24.pdf", 1)]
        assert "- Vale Fire [1]" in answer.text and "- Northvale Police [1]" in answer.text
    # Something particular about the members is for the passages to answer.
    assert helper.ask("When were the members of the partnership set up?").answerer != "register"


def test_a_membership_table_after_a_sections_opening_paragraph_keeps_each_role(
    tmp_path: Path, model: Embeddings
) -> None:
    lines = [
        "Northvale Community Safety Partnership Annual Report 2023-24",
        "",
        "Membership",
        "",
        WIDE,
        "",
        "Organisation | Membership",
        "Northvale District Council | Responsible authority",
        "Northvale Police | Responsible authority",
        "Northvale Food Network | Attends",
    ]
    make_pdf(tmp_path / "corpus" / "report.pdf", [lines])
    pdf = read_pdf(tmp_path / "corpus" / "report.pdf", "report.pdf")
    (found,) = extract_members("report.pdf", clean_pages(pdf.pages))
    assert (found.lead_in, found.page) == ("Membership", 1)
    assert found.members == ("Northvale District Council", "Northvale Police", "Northvale Food Network")
    assert found.details == ("Responsible authority", "Responsible authority", "Attends")
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    # A role the question names keeps the rows in that role; a question about all members keeps every row.
    answer = helper.ask("which organisations are responsible authorities on the partnership")
    assert "- Northvale Police | Responsible authority [1]" in answer.text
    assert "Northvale Food Network" not in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1)]
    answer = helper.ask("who are the members of the partnership")
    assert "- Northvale Food Network | Attends [1]" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1)]


def test_a_table_whose_header_names_membership_lists_members_by_role(tmp_path: Path) -> None:
    """No membership heading above it: the table's own header ("Organisation | Membership") says
    what it lists; a role in a bracket ("(from July 2022)") is still that role."""
    lines = [
        "Northvale Community Safety Partnership Annual Report 2023-24",
        "",
        WIDE,
        "",
        "Organisation | Membership",
        "Northvale District Council | Responsible authority",
        "Northvale ICB | Responsible authority (from July 2023)",
        "Northvale Food Network | Attends",
        "",
        "The board made two grants this year, to the groups below.",
        "",
        "Organisation | Grant",
        "Northvale Food Network | 4,000",
        "Northvale Youth Club | 2,500",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "report.pdf", [["Annual report"], lines]), "report.pdf")
    (found,) = extract_members("report.pdf", clean_pages(pdf.pages))
    assert (found.lead_in, found.page) == ("Organisation\tMembership", 2)
    assert found.members == (
        "Northvale District Council",
        "Northvale ICB",
        "Northvale Food Network",
    )
    (authorities,) = in_role("which are the responsible authorities", [found])
    assert authorities.members == ("Northvale District Council", "Northvale ICB")
    assert authorities.details == ("Responsible authority", "Responsible authority (from July 2023)")
    assert in_role("who attends the board", [found])[0].members == ("Northvale Food Network",)
    assert in_role("who is on the board", [found]) == [found]
    # Asked for those outside a role: the other rows, whatever else the question's words name.
    outside = "which orgs attend without being responsible authorities"
    assert in_role(outside, [found])[0].members == ("Northvale Food Network",)
    assert in_role("which members are not a responsible authority", [found])[0].members == (
        "Northvale Food Network",
    )


def test_a_member_rows_quote_is_the_row_as_printed_with_its_wrapped_lines(tmp_path: Path) -> None:
    placed: list[Placed] = [
        (50, 790, "Board membership"),
        (50, 760, "Organisation"),
        (330, 760, "Role"),
        (50, 742, "Northvale Council"),
        (330, 742, "Vice-Chair; responsible"),
        (330, 730, "authority"),
        (50, 712, "Office of the Northvale Police and Crime"),
        (330, 712, "Adviser, not voting"),
        (50, 700, "Commissioner"),
        (50, 682, "Northvale Police"),
        (330, 682, "Responsible authority"),
    ]
    pdf = read_pdf(place_pdf(tmp_path / "report.pdf", [placed]), "report.pdf")
    (found,) = extract_members("report.pdf", clean_pages(pdf.pages))
    assert found.members[1] == "Office of the Northvale Police and Crime Commissioner"
    assert found.quoted()[1] == "Office of the Northvale Police and Crime\tAdviser, not voting\nCommissioner"
    page = pdf.pages[0].text
    assert all(quote_on_page(line, page) for line in found.quoted())
    assert not quote_on_page(found.lines()[1], page)  # the cells joined are not the page's words in order
    (authorities,) = in_role("which are the responsible authorities", [found])
    assert authorities.members == ("Northvale Police",)
    assert authorities.quoted() == ("Northvale Police\tResponsible authority",)


def test_a_kind_of_member_a_table_sorts_rows_into_keeps_those_rows(tmp_path: Path, model: Embeddings) -> None:
    """Asked which are co-opted: the rows whose cell says so, from the newest document that says it, even
    where a newer report lists the members without their kind; the header row is no kind of member."""
    corpus = tmp_path / "corpus"
    terms_of_reference = [
        "Northvale Community Safety Partnership Terms of Reference 2023",
        "",
        "Membership",
        "",
        WIDE,
        "",
        "Organisation | Represented by | Membership",
        "Northvale District Council | Head of Communities | Responsible authority",
        "Northvale Police | District Commander | Responsible authority",
        "Northvale Food Network | Chief Officer | Co-opted",
        "Vale Homes | Head of Tenancy | Co-opted",
    ]
    make_pdf(corpus / "terms-of-reference-2023.pdf", [terms_of_reference], title="Terms of Reference 2023")
    report = [
        "Northvale Community Safety Partnership Annual Report 2024-25",
        "",
        "The members of the board are:",
    ]
    members = ["Northvale District Council", "Northvale Police", "Northvale Food Network", "Vale Homes"]
    make_pdf(
        corpus / "report-2024-25.pdf", [report + [f"\u2022 {m}" for m in members]], title="Annual Report"
    )
    helper = Assistant.open(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), model)
    helper.ingest()
    answer = helper.ask("which organisations are co-opted members of the partnership")
    assert answer.answerer == "register"
    assert [(c.document, c.page) for c in answer.citations] == [("terms-of-reference-2023.pdf", 1)]
    assert "- Vale Homes | Head of Tenancy | Co-opted [1]" in answer.text
    assert "Northvale Police" not in answer.text and "Represented by" not in answer.text
    answer = helper.ask("who are the members of the board")
    assert [(c.document, c.page) for c in answer.citations] == [("report-2024-25.pdf", 1)]
    (found,) = extract_members(
        "terms-of-reference-2023.pdf",
        clean_pages(read_pdf(corpus / "terms-of-reference-2023.pdf", "terms-of-reference-2023.pdf").pages),
    )
    # A cell any membership question uses names no kind: "which organisations are members" keeps all.
    assert in_role("which organisations are members", [found]) == [found]
    assert in_role("who represents the organisations", [found]) == [found]


def test_a_header_row_not_told_apart_lists_no_member(tmp_path: Path) -> None:
    """A row "Role | Name | Organisation" names the columns, whichever column holds the
    bodies; "Member" in a row is a role, so that row stays."""
    lines = [
        "Northvale Community Safety Partnership Annual Report 2023-24",
        "",
        "The partnership was set up under the Crime and Disorder Act 1998 and meets every quarter in the "
        "council offices.",
        "",
        "Its members in 2023-24 were:",
        "Role | Name | Organisation",
        "Chair | Cllr Ann Hollis | Northvale District Council",
        "Member | Supt Idris Vane | Northvale Police",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "report.pdf", [lines]), "report.pdf")
    (found,) = extract_members("report.pdf", clean_pages(pdf.pages))
    assert found.lines() == (
        "Chair\tCllr Ann Hollis\tNorthvale District Council",
        "Member\tSupt Idris Vane\tNorthvale Police",
    )
