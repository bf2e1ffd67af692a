"""A list under a lead-in whose items are not bullets of its own chunk: plain paragraphs (running on
into the next chunks of their section), or the bullets or sections of the chunks after it."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.continued import announced_list, continued_list, expand, lead_lists
from assistant.answering.units import Unit, passage_units
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Answer, Passage
from tests.pdfs import make_pdf

LEAD = "During the year the following groups were set up:"


def _passage(
    chunk_id: str, page: int, heading: str, lines: list[tuple[str, str]], heading_page: int = 0
) -> Passage:
    text = "\n".join(line for _, line in lines)
    kinds = tuple(kind for kind, _ in lines)
    return Passage(
        chunk_id,
        "report.pdf",
        "Report",
        "annual report",
        "2023-24",
        page,
        str(page),
        heading,
        text,
        0.0,
        0.0,
        heading_page or page,
        kinds,
    )


def _lead(line: int = 1) -> Unit:
    return Unit(0, "sentence", LEAD, LEAD, 1, line=line)


def test_the_sections_after_a_lead_in_are_its_list_each_cited_to_its_page() -> None:
    lead = _passage("c1", 6, "3. Work", [("para", "The board met often."), ("para", LEAD)])
    after = [
        _passage("c2", 6, "3. Work > Prevent Panel", [("para", "The panel met monthly.")]),
        _passage("c3", 6, "3. Work > Prevent Panel", [("para", "It reviewed referrals.")]),
        _passage("c4", 7, "3. Work > Road Safety Group", [("para", "The group met twice.")]),
        _passage("c5", 7, "4. Money", [("para", "The grant was spent.")]),
        _passage("c6", 8, "4. Money > Cyber Group", [("para", "Another part.")]),
    ]
    continued = continued_list([_lead()], [lead], lambda chunk_id, limit: after if chunk_id == "c1" else [])
    assert continued is not None
    units, passages = continued
    assert units[0] == _lead()
    assert [(u.kind, u.items) for u in units[1:]] == [
        ("list", ("Prevent Panel",)),
        ("list", ("Road Safety Group",)),
    ]
    assert [(passages[u.passage].chunk_id, passages[u.passage].page) for u in units[1:]] == [
        ("c2", 6),
        ("c4", 7),
    ]


def test_bullets_opening_the_next_chunk_are_the_list() -> None:
    lead = _passage("c1", 2, "Members", [("para", LEAD)])
    nxt = _passage(
        "c2",
        3,
        "Members",
        [("bullet", "\u2022 Borough Council"), ("bullet", "\u2022 Police"), ("para", "Next.")],
    )
    continued = continued_list([_lead(0)], [lead], lambda chunk_id, limit: [nxt])
    assert continued is not None
    units, passages = continued
    assert [u.items for u in units[1:]] == [("Borough Council", "Police")]
    assert passages[units[1].passage].page == 3


def test_a_lead_in_inside_its_passage_or_a_plain_sentence_is_left_alone() -> None:
    lead = _passage("c1", 2, "Members", [("para", LEAD), ("bullet", "\u2022 Police")])
    nxt = _passage("c2", 2, "Members", [("bullet", "\u2022 Council"), ("bullet", "\u2022 Fire")])
    assert continued_list([_lead(0)], [lead], lambda chunk_id, limit: [nxt]) is None  # not its last line
    plain = Unit(0, "sentence", "The board met.", "The board met.", 0, line=1)
    assert continued_list([plain], [lead], lambda chunk_id, limit: [nxt]) is None


def test_the_real_reports_sub_groups_are_listed_across_two_pages(assistant: Assistant) -> None:
    answer = assistant.ask("What sub-groups were established during 2022-23?")
    assert not answer.abstained
    for group in (
        "PREVENT & Channel Panel",
        "Integrated Offender Management",
        "Get Safe On-Line",
        "Road Safety",
    ):
        assert group in answer.text
    assert [c.page for c in answer.citations] == [6, 7]


def test_paragraphs_under_a_short_lead_in_run_on_into_the_next_chunk_of_their_section() -> None:
    opening = "The council runs services that keep residents safe."
    lead = _passage(
        "c1",
        4,
        "4. Council",
        [
            ("para", f"{opening} Examples include:"),
            ("para", "Housing checks homes. It visits."),
            ("para", "Parks."),
        ],
    )
    after = [
        _passage("c2", 5, "4. Council", [("para", "Highways mend roads."), ("bullet", "\u2022 Other")], 4),
        _passage("c3", 5, "4. Council", [("para", "Not an item.")], 4),
    ]
    units = [u for u in passage_units(0, lead) if u.kind == "sentence"]
    (found,) = lead_lists(lead, units, lambda chunk_id, limit: after if chunk_id == "c1" else [])
    assert found.label == f"{opening} Examples include:"
    assert [(p.chunk_id, p.page, items) for p, items in found.groups] == [
        ("c1", 4, ("Housing checks homes.", "Parks.")),
        ("c2", 5, ("Highways mend roads.",)),
    ]
    expanded, passages = expand(found, [lead])
    assert [(passages[u.passage].page, u.kind, u.items) for u in expanded] == [
        (4, "sentence", ()),
        (4, "list", ("Housing checks homes.", "Parks.")),
        (5, "list", ("Highways mend roads.",)),
    ]


def test_a_long_lead_in_is_its_own_label_and_a_section_under_another_heading_ends_the_list() -> None:
    lead = _passage("c1", 2, "2. Work", [("para", "The board met."), ("para", LEAD), ("para", "Panel A.")])
    nxt = _passage("c2", 2, "3. Money", [("para", "Spent well.")])
    units = [u for u in passage_units(0, lead) if u.kind == "sentence"]
    assert lead_lists(lead, units, lambda chunk_id, limit: [nxt]) == []  # one item is no list
    lines = [("para", line) for line in ("The board met.", LEAD, "Panel A.", "Panel B.")]
    lead = _passage("c1", 2, "2. Work", lines)
    units = [u for u in passage_units(0, lead) if u.kind == "sentence"]
    (found,) = lead_lists(lead, units, lambda chunk_id, limit: [nxt])
    assert (found.label, found.unit().items) == (LEAD, ("Panel A.", "Panel B."))


def test_the_real_reports_council_services_are_listed_whole_with_their_page(assistant: Assistant) -> None:
    answer = assistant.ask("Which council services help with community safety?")
    assert "Examples include: [1]" in answer.text
    for service in (
        "Housing Services",
        "Licencing",
        "Trading Standards",
        "Adult Social Care",
        "Anti-Social Behaviour Team",
        "Commissioning",
        "Cheshire East Highways",
        "Children's Services",
    ):
        assert f"- {service}" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("scep-annual-report-2022-23.pdf", 8)]


def _ask_pdf(tmp_path: Path, model: Embeddings, pages: list[list[str]], question: str) -> Answer:
    make_pdf(tmp_path / "corpus" / "report.pdf", pages, title="Northvale Annual Report 2023-24")
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    return helper.ask(question)


def test_a_lead_in_with_one_plain_paragraph_an_item_over_two_pages(tmp_path: Path, model: Embeddings) -> None:
    page_one = [
        "1. Council services",
        "",
        "The district council runs many services that keep its residents safe from harm.",
        "Examples include:",
        "",
        "Private Sector Housing inspects rented homes for fire and security standards.",
        "",
        "Environmental Health removes graffiti and fly-tipping within two days of a report.",
        "",
        "Licensing checks that pubs and taxis meet their conditions.",
    ]
    page_two = [
        "Parking Enforcement keeps school entrances clear at the start and end of the day.",
        "",
        "2. Funding",
        "",
        "The grant of 40,000 pounds was spent on lighting in the town park.",
    ]
    answer = _ask_pdf(tmp_path, model, [page_one, page_two], "Which council services keep residents safe?")
    assert "Examples include: [1]" in answer.text
    assert (
        "- Private Sector Housing inspects rented homes for fire and security standards. [1]" in answer.text
    )
    assert "- Licensing checks that pubs and taxis meet their conditions. [1]" in answer.text
    assert (
        "- Parking Enforcement keeps school entrances clear at the start and end of the day. [2]"
        in answer.text
    )
    assert "grant" not in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1), ("report.pdf", 2)]
    assert "signed agreements" not in answer.text


def test_a_lead_in_with_a_headed_section_an_item(tmp_path: Path, model: Embeddings) -> None:
    page_one = [
        "2. About the board",
        "",
        "Working groups of the board share information under signed agreements.",
        "",
        "3. Our work",
        "",
        "The board meets every quarter and reviews the local crime figures.",
        "",
        "During 2023-24 the following working groups have been established:",
        "",
        "Knife Crime Panel",
        "",
        "The panel brings youth workers and the police together every month.",
        "",
        "Rural Crime Forum",
        "",
        "Farmers report thefts of machinery to the forum, which shares alerts.",
    ]
    page_two = [
        "Night Safety Group",
        "",
        "Volunteers staff a safe space in the town centre on Saturday nights.",
        "",
        "4. Funding",
        "",
        "The grant of 40,000 pounds was spent on lighting in the town park.",
    ]
    answer = _ask_pdf(tmp_path, model, [page_one, page_two], "which working groups has the board set up")
    for group, number in (("Knife Crime Panel", 1), ("Rural Crime Forum", 1), ("Night Safety Group", 2)):
        assert f"- {group} [{number}]" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("report.pdf", 1), ("report.pdf", 2)]
    assert "signed agreements" not in answer.text


VIDEOS = "Production of 3 short videos on safety at night"


def _videos(line: int = 0) -> Unit:
    return Unit(0, "bullet", VIDEOS, VIDEOS, 0, line=line)


def test_a_lead_in_announcing_n_things_gets_the_n_items_after_it_whatever_their_layout() -> None:
    """Several to a line between commas, or one a line running on into the next chunk of the
    section; each part cites the page it is printed on."""
    commas = _passage(
        "c1",
        4,
        "Night",
        [
            ("bullet", f"\u2022 {VIDEOS}"),
            ("bullet", "\u2022 Keeping safe, Taxi marshals, Safety Bus"),
            ("bullet", "\u2022 Next."),
        ],
    )
    found = announced_list([_videos()], [commas], None, "what were the videos about")
    assert found is not None
    units, passages = found
    assert [(u.kind, u.items) for u in units] == [
        ("sentence", ()),
        ("list", ("Keeping safe", "Taxi marshals", "Safety Bus")),
    ]
    one_a_line = _passage(
        "c1", 4, "Night", [("bullet", f"\u2022 {VIDEOS}"), ("bullet", "\u2022 Keeping safe")]
    )
    nxt = _passage(
        "c2",
        5,
        "Night",
        [
            ("bullet", "\u2022 Taxi marshals"),
            ("bullet", "\u2022 Safety Bus"),
            ("para", "The grant paid for a van."),
        ],
    )
    found = announced_list(
        [_videos()], [one_a_line], lambda chunk_id, limit: [nxt], "the three short videos?"
    )
    assert found is not None
    units, passages = found
    assert [(u.items, passages[u.passage].page) for u in units[1:]] == [
        (("Keeping safe",), 4),
        (("Taxi marshals", "Safety Bus"), 5),
    ]


def test_an_announced_count_is_left_alone_unless_asked_about_and_followed_by_as_many_items() -> None:
    short = _passage(
        "c1", 4, "Night", [("bullet", f"\u2022 {VIDEOS}"), ("bullet", "\u2022 Keeping safe, Taxi marshals")]
    )
    assert announced_list([_videos()], [short], None, "what were the videos about") is None  # two of three
    prose = _passage(
        "c1",
        4,
        "Night",
        [
            ("bullet", f"\u2022 {VIDEOS}"),
            ("para", "The videos were shown in pubs, clubs and taxi ranks across the borough all year."),
        ],
    )
    assert announced_list([_videos()], [prose], None, "what were the videos about") is None
    commas = _passage("c1", 4, "Night", [("bullet", f"\u2022 {VIDEOS}"), ("bullet", "\u2022 A, B, C")])
    assert announced_list([_videos()], [commas], None, "what was the grant for") is None  # videos not asked


def test_the_real_reports_night_time_videos_are_listed_with_their_page(assistant: Assistant) -> None:
    answer = assistant.ask("what were the short videos on the night time economy about")
    for topic in ("Message to perpetrators", "Keeping women safe", "Good Sam App", "Safety Bus"):
        assert f"- {topic} [1]" in answer.text
    assert [(c.document, c.page) for c in answer.citations] == [("scep-annual-report-2022-23.pdf", 12)]
