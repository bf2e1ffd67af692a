"""Priorities across documents, and the glossary: definitions with pages, and query expansion."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.answering.quotes import quote_on_page
from assistant.app.cli import main
from assistant.facts.glossary import Glossary
from assistant.facts.priorities import answer_priorities
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Sources
from ingest.facts.priorities import Priority, PrioritySet, extract_priorities
from ingest.facts.terms import extract_definitions, load_curated
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from tests.conftest import CORPUS_PDF, SEVEN_PRIORITIES
from tests.pdfs import make_pdf, place_pdf

DOCUMENT = "scep-annual-report-2022-23.pdf"
# The list's short names: the items as printed, without the explanation in brackets.
SEVEN_SHORT = [p.split(" (")[0] for p in SEVEN_PRIORITIES]
FIELD_ACRONYMS = ["VAWG", "ASB", "PCC", "SIA", "DHR", "IOM", "SOC", "PSPO", "IDVA", "NTE", "CDP", "SA"]


def test_priorities_of_the_annual_report() -> None:
    pdf = read_pdf(CORPUS_PDF, DOCUMENT)
    (found,) = extract_priorities(DOCUMENT, clean_pages(pdf.pages), "2022-23")
    assert [p.name for p in found.priorities] == SEVEN_SHORT
    assert (found.period, found.page) == ("2022-25", 13)
    assert found.heading == "Priorities identified for 2022-2025 (to be reviewed annually)"


def test_priorities_are_listed_for_the_financial_year_asked_or_not_at_all() -> None:
    sets = [
        PrioritySet(
            "report.pdf", "2023-24", "Priorities for 2023-24", 1, (Priority("Rural crime", "Rural crime", 1),)
        ),
        PrioritySet(
            "plan.pdf", "2022-25", "Priorities 2022-2025", 4, (Priority("Knife crime", "Knife crime", 4),)
        ),
    ]

    periods = ("2022-25", "2023-24")  # the documents' periods

    def cited(question: str) -> list[str] | None:
        found = answer_priorities(question, sets, set(), Sources(), periods=periods)
        return None if found is None else [c.document for c in found.citations]

    assert cited("what are the priorities for 2023/24") == ["plan.pdf", "report.pdf"]
    assert cited("what will the priorities be for 2024-25") == ["plan.pdf"]  # 2023-24's do not answer
    assert cited("what will the priorities be for 2025-26") is None  # left to the passages
    # A possessive ("the CSP's") asks nothing particular; a topic named does, for the passages.
    assert cited("What are the CSP's priorities for 2023-24?") == ["plan.pdf", "report.pdf"]
    assert cited("what are the knife crime priorities for 2023-24") is None
    # The kind of document the question names them by says nothing particular either.
    assert cited("what did the 2023/24 annual report list as the priorities") == ["plan.pdf", "report.pdf"]
    # When they were agreed is a day the passages tell, not the lists.
    assert cited("When were the priorities for 2023-24 agreed?") is None
    # Asked about a year no document is from, the answer says which periods priorities are set for.
    before = answer_priorities("what were the priorities in 2019", sets, set(), Sources(), periods=periods)
    assert before is not None and before.abstained and before.citations == ()
    assert "set for 2022-25 (plan.pdf, p. 4); 2023-24 (report.pdf, p. 1)." in before.text


def test_definitions_the_report_gives_with_their_pages() -> None:
    pdf = read_pdf(CORPUS_PDF, DOCUMENT)
    defined = {t.acronym: (t.meaning, t.page) for t in extract_definitions(DOCUMENT, clean_pages(pdf.pages))}
    assert defined["PSPO"] == ("Public Space Protection Order", 19)
    assert defined["NTE"] == ("Night Time Economy", 9)
    assert defined["VAWG"] == ("Violence Against Women and Girls", 11)
    assert defined["DHR"] == ("Domestic Homicide Reviews", 3)
    assert defined["CDP"] == ("Combating Drugs Partnership", 23)
    assert defined["SIA"] == ("Strategic Intelligence Assessment", 3)


@pytest.mark.parametrize("acronym", FIELD_ACRONYMS)
def test_every_field_acronym_expands_both_ways(acronym: str) -> None:
    glossary = Glossary(load_curated())
    entry = glossary.lookup(acronym)
    assert entry is not None
    assert entry.meaning in glossary.expansions(f"What does the {acronym} do?")
    assert acronym in glossary.expansions(f"What does the {entry.meaning.lower()} do?")


@pytest.mark.parametrize(
    ("acronym_question", "spelled_out_question", "page"),
    [
        ("What is a PSPO?", "What is a public space protection order?", 19),
        ("How was ASB reduced in Crewe?", "How was anti-social behaviour reduced in Crewe?", 17),
        ("What does IOM cover?", "What does integrated offender management cover?", 6),
        ("How are people kept safe in the NTE?", "How are people kept safe in the night time economy?", 9),
        ("When was the SIA signed off?", "When was the strategic intelligence assessment signed off?", 5),
        ("What is the CDP?", "What is the combating drugs partnership?", 23),
        # The page says "Community Safety Partnership" only: without expansion "CSP" finds page 23.
        (
            "What is the CSP required to produce?",
            "What is the community safety partnership required to produce?",
            3,
        ),
        (
            "How were IDVAs used during World Cup matches?",
            "How were independent domestic violence advisers used?",
            12,
        ),
    ],
)
def test_acronym_and_spelled_out_questions_retrieve_the_same_page(
    assistant: Assistant, acronym_question: str, spelled_out_question: str, page: int
) -> None:
    short = assistant.search(acronym_question)
    long = assistant.search(spelled_out_question)
    assert short[0].page == long[0].page == page


def test_one_priority_asked_as_dropped_or_added_is_answered_with_the_change() -> None:
    def items(page: int, *names: str) -> tuple[Priority, ...]:
        return tuple(Priority(n, n, page) for n in names)

    sets = [
        PrioritySet("ar23.pdf", "2023-24", "Our priorities", 2, items(2, "Rural crime", "Knife crime")),
        PrioritySet("ar24.pdf", "2024-25", "Our priorities", 1, items(1, "Knife crime", "Shop theft")),
    ]
    for question in ("which priority did the partnership drop for 2024-25", "what new priority was added"):
        found = answer_priorities(question, sets, set(), Sources())
        assert found is not None and found.answerer == "register", question
        assert found.text.startswith("From 2023-24 to 2024-25: added Shop theft; dropped Rural crime [1][2].")
        assert [(c.document, c.page) for c in found.citations] == [("ar24.pdf", 1), ("ar23.pdf", 2)]
    assert answer_priorities("which priority had the most funding", sets, set(), Sources()) is None


def test_a_priority_reworded_is_carried_on_not_dropped_and_added() -> None:
    def items(page: int, *names: str) -> tuple[Priority, ...]:
        return tuple(Priority(n, n, page) for n in names)

    before = ("P1 Anti-social behaviour and town centre safety", "P2 Domestic abuse", "P4 Drug-related harm")
    after = ("domestic abuse and violence against women and girls", "anti-social behaviour", "exploitation")
    sets = [
        PrioritySet("plan.pdf", "2023-24", "Our priorities", 2, items(2, *before)),
        PrioritySet("decisions.pdf", "2024-25", "Priorities", 1, items(1, *after)),
    ]
    found = answer_priorities("which priority did the partnership drop for 2024-25", sets, set(), Sources())
    assert found is not None
    assert found.text.startswith(
        "From 2023-24 to 2024-25: added exploitation; dropped P4 Drug-related harm; carried on P1 "
        "Anti-social behaviour and town centre safety as anti-social behaviour, P2 Domestic abuse as "
        "domestic abuse and violence against women and girls [1][2]."
    )
    assert found.about == ("Drug-related harm",)  # what a second ask may point back to, unlabelled


def test_priorities_question_answered_across_documents(settings: Settings, model) -> None:  # type: ignore[no-untyped-def]
    """Two strategic assessments a year apart: the answer lists both and says what changed."""
    for name, period, items in (
        ("sia-2023.pdf", "2023-24", ["Knife Crime", "Road Safety", "Cybercrime"]),
        ("sia-2024.pdf", "2024-25", ["Knife Crime", "Cybercrime", "Retail Crime"]),
    ):
        lines = [f"Strategic Intelligence Assessment {period}", "", f"Priorities for {period}"]
        make_pdf(settings.corpus_dir / name, [[*lines, *(f"\u2022 {item}" for item in items)]])
    helper = Assistant.open(settings, model)
    helper.ingest()
    answer = helper.ask("What are our priorities, and did they change?")
    assert answer.answerer == "register"
    # The change leads, citing the edition that shows it first.
    assert [(c.document, c.page) for c in answer.citations] == [("sia-2024.pdf", 1), ("sia-2023.pdf", 1)]
    assert answer.text.startswith("From 2023-24 to 2024-25: added Retail Crime; dropped Road Safety [1][2].")


def test_csp_priorities_and_glossary_commands(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CSP_CORPUS_DIR", str(assistant.settings.corpus_dir))
    monkeypatch.setenv("CSP_DATA_DIR", str(assistant.settings.data_dir))
    assert main(["priorities", "--json"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["document"], row["period"], row["page"], row["priorities"]) == (
        DOCUMENT,
        "2022-25",
        13,
        SEVEN_SHORT,
    )
    assert main(["glossary", "--json"]) == 0
    terms = {t["acronym"]: t for t in map(json.loads, capsys.readouterr().out.splitlines())}
    assert set(FIELD_ACRONYMS) <= set(terms)
    assert (terms["PSPO"]["page"], terms["PSPO"]["quote"]) == (19, "Public Space Protection Order (PSPO)")
    assert terms["IDVA"]["page"] is None  # curated only: no document spells it out


ASKED_AS = [
    "What does PSPO stand for?",
    "what does pspo actually stand for",
    "pspo stands for?",
    "whats a pspo",
    "meaning of PSPO",
    "define pspo",
    "the council's notes keep saying PSPO - what is that",
    "they keep mentioning PSPOs, what does that mean?",
]


@pytest.mark.parametrize("question", ASKED_AS)
def test_definition_question_cites_where_the_document_defines_it(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.text == "PSPO stands for Public Space Protection Order [1]."
    assert [(c.page, c.quote) for c in answer.citations] == [(19, "Public Space Protection Order (PSPO)")]


def test_a_glossary_entry_defines_its_acronym(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "assessment.pdf",
        [
            [
                "Glossary",
                "",
                "MoRiLE: Management of Risk in Law Enforcement, a method that scores each theme.",
                "",
                "RAG: a red, amber or green rating.",
                "",
                "Note: Figures are from police recorded crime.",
            ]
        ],
    )
    defined = extract_definitions(path.name, clean_pages(read_pdf(path, path.name).pages))
    assert [(t.acronym, t.meaning, t.page) for t in defined] == [
        ("MoRiLE", "Management of Risk in Law Enforcement", 1)
    ]
    assert defined[0].quote == "MoRiLE: Management of Risk in Law Enforcement"


def test_glossary_entries_run_on_as_one_paragraph_are_each_read(tmp_path: Path) -> None:
    lines = [
        "Glossary",
        "",
        "ANPR: Automatic Number Plate Recognition. MSG: Most Similar Group, areas grouped by the",
        "Home Office. VAWG: Violence Against Women and Girls.",
    ]
    path = make_pdf(tmp_path / "assessment.pdf", [lines])
    defined = extract_definitions(path.name, clean_pages(read_pdf(path, path.name).pages))
    assert [(t.acronym, t.meaning, t.quote) for t in defined] == [
        ("ANPR", "Automatic Number Plate Recognition", "ANPR: Automatic Number Plate Recognition"),
        ("MSG", "Most Similar Group", "MSG: Most Similar Group"),
        ("VAWG", "Violence Against Women and Girls", "VAWG: Violence Against Women and Girls"),
    ]
    # A plural typed in lower case is the acronym's too, and finds its meaning.
    glossary = Glossary([], defined)
    assert glossary.expansions("where have the msgs got to") == ["Most Similar Group"]


def test_priorities_named_in_a_sentence(tmp_path: Path) -> None:
    lines = [
        "What we focused on",
        "",
        "For 2021/22 the Board worked to three priorities agreed in its plan: rural and wildlife crime, "
        "violence in the night-time economy, and hate crime. Each has a lead officer.",
        "",
        "Our priorities were set with partners and residents, who told us what mattered to them most.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "r.pdf", [["Annual report", ""], lines]), "r.pdf")
    (found,) = extract_priorities("r.pdf", clean_pages(pdf.pages), "2021-22")
    assert (found.period, found.page) == ("2021-22", 2)
    names = ("rural and wildlife crime", "violence in the night-time economy", "hate crime")
    assert found.priorities == tuple(Priority(name, name, 2) for name in names)


def test_priorities_stated_after_a_clause_between_commas(tmp_path: Path) -> None:
    lines = [
        "Our priorities",
        "",
        "Our priorities for 2020 to 2023, set from the 2019 assessment, are hate crime; rural crime;",
        "and youth violence. They stay in place until new ones are agreed.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "r.pdf", [lines]), "r.pdf")
    (found,) = extract_priorities("r.pdf", clean_pages(pdf.pages), "2020-21")
    assert [p.name for p in found.priorities] == ["hate crime", "rural crime", "youth violence"]


def test_a_list_item_naming_priorities_itself_sets_them(tmp_path: Path) -> None:
    lines = [
        "Next meeting: Tuesday 19 September 2023, 2.00pm.",
        "",
        "• Priorities for 2023-24 (agreed 25 January 2023): Violence against women and girls; Serious",
        "   violence; Anti-social behaviour and a safe night-time economy; Drugs and exploitation.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "log.pdf", [lines]), "log.pdf")
    (found,) = extract_priorities("log.pdf", clean_pages(pdf.pages), "2023-24")
    assert (found.period, found.page) == ("2023-24", 1)
    assert [p.name for p in found.priorities] == [
        "Violence against women and girls",
        "Serious violence",
        "Anti-social behaviour and a safe night-time economy",
        "Drugs and exploitation",
    ]


def test_priorities_set_apart_by_semicolons_keep_their_commas(tmp_path: Path) -> None:
    lines = [
        "Minute 3: strategic assessment",
        "",
        "The Board adopted three priorities for 2022/23: domestic abuse and VAWG; serious violence,",
        "including knife crime; and the exploitation of children and young people.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "m.pdf", [lines]), "m.pdf")
    (found,) = extract_priorities("m.pdf", clean_pages(pdf.pages), "2022-23")
    assert (found.period, found.page) == ("2022-23", 1)
    assert [p.text for p in found.priorities] == [
        "domestic abuse and VAWG",
        "serious violence, including knife crime",
        "the exploitation of children and young people",
    ]


def test_priorities_listed_with_commas_in_a_sentence_saying_no_more(tmp_path: Path) -> None:
    lines = [
        "Our priorities in 2022-23",
        "Our priorities this year were domestic abuse and sexual violence, anti-social behaviour, serious",
        "violence, and drug-related harm. Each has a lead officer.",
        "",
        "Our priorities were agreed in March, reviewed in June, and published in July.",
        "The priorities were set with partners, who told us what mattered, and residents.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "r.pdf", [lines]), "r.pdf")
    (found,) = extract_priorities("r.pdf", clean_pages(pdf.pages), "2022-23")
    assert [p.text for p in found.priorities] == [
        "domestic abuse and sexual violence",
        "anti-social behaviour",
        "serious violence",
        "drug-related harm",
    ]


def test_priorities_named_before_a_lead_in_to_the_new_ones_are_the_earlier_set(tmp_path: Path) -> None:
    lines = [
        "Our priorities",
        "Our priorities for 2019-22 were (1) violence at night, (2) domestic abuse, (3) burglary and theft.",
        "The assessment of 2021 scored the harms again. From April 2022 our priorities are:",
        "\u2022 Serious violence",
        "\u2022 Retail crime",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "r.pdf", [lines]), "r.pdf")
    found = extract_priorities("r.pdf", clean_pages(pdf.pages), "2022-23")
    assert [(s.period, [p.text for p in s.priorities]) for s in found] == [
        ("2019-22", ["violence at night", "domestic abuse", "burglary and theft"]),  # marks part them
        ("2022-23", ["Serious violence", "Retail crime"]),
    ]


def test_priorities_stated_after_were_or_enumerated_in_a_resolution(tmp_path: Path) -> None:
    report = [
        "Our priorities",
        "",
        "Our priorities for 2024-25 were domestic abuse; serious violence, including knife crime; and",
        "anti-social behaviour. Burglary will be monitored through neighbourhood policing.",
        "",
        "Our priorities were set with partners, who told us what mattered most; we thank them.",
    ]
    minutes = [
        "4. Strategic assessment",
        "",
        "RESOLVED: that the Board adopts three priorities for 2024-25: (1) domestic abuse; (2) serious",
        "violence; and (3) anti-social behaviour; and that acquisitive crime is no longer a priority.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "r.pdf", [report, minutes]), "r.pdf")
    stated, resolved, dropped = extract_priorities("r.pdf", clean_pages(pdf.pages), "2024-25")
    assert (dropped.change, [p.text for p in dropped.priorities]) == ("dropped", ["acquisitive crime"])
    assert (stated.period, stated.page, resolved.page) == ("2024-25", 1, 2)
    assert [p.text for p in stated.priorities] == [
        "domestic abuse",
        "serious violence, including knife crime",
        "anti-social behaviour",
    ]
    assert [p.text for p in resolved.priorities] == [
        "domestic abuse",
        "serious violence",
        "anti-social behaviour",
    ]


def test_priorities_after_a_heading_run_into_the_paragraph_above_and_in_a_lettered_resolution(
    tmp_path: Path,
) -> None:
    report = [
        "The Alliance met four times. Priorities 2025-26 to 2027-28",
        "",
        "Adopted on 17 June 2025, on the recommendation of the assessment:",
        "\u2022 A. Violence against women and girls, including domestic abuse and stalking",
        "\u2022 B. Shop theft",
    ]
    minutes = [
        "4. Priorities",
        "",
        "4.2 Agreed: (a) the Alliance's priorities for 2025/26 to 2027/28 are violence against women and",
        "girls, including domestic abuse and stalking; knife crime; and shop theft; (b) drug harm passes",
        "to the Combating Drugs Partnership; (c) rural crime is no longer a priority.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "r.pdf", [report, minutes]), "r.pdf")
    listed, agreed, dropped = extract_priorities("r.pdf", clean_pages(pdf.pages), "2025-26")
    assert (dropped.change, [p.text for p in dropped.priorities]) == ("dropped", ["rural crime"])
    assert listed.heading.startswith("Priorities 2025-26 to 2027-28 Adopted on 17 June 2025")
    assert (listed.period, listed.page) == ("2025-26", 1)
    # A list's letters label its items; they are no part of a priority's name.
    assert [p.name for p in listed.priorities] == [
        "Violence against women and girls, including domestic abuse and stalking",
        "Shop theft",
    ]
    assert (agreed.period, agreed.page) == ("2025-26", 2)
    assert [p.text for p in agreed.priorities] == [
        "violence against women and girls, including domestic abuse and stalking",
        "knife crime",
        "shop theft",
    ]


def test_a_list_is_of_priorities_only_when_its_lead_in_names_them(tmp_path: Path) -> None:
    # A paragraph run on from the foreword speaks of priorities, but its last sentence leads into
    # the members; a short "They are:" stands for the sentence before it.
    report = [
        "In July the Group set four new priorities. The statutory partners are:",
        "\u2022 Drayhurst District Council",
        "\u2022 Ostervale County Council",
        "",
        "The Group agreed its priorities for 2021-22 in July. They are:",
        "\u2022 Violence against women and girls",
        "\u2022 Fraud and scams",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "r.pdf", [report]), "r.pdf")
    (found,) = extract_priorities("r.pdf", clean_pages(pdf.pages), "2021-22")
    assert [p.name for p in found.priorities] == ["Violence against women and girls", "Fraud and scams"]


def test_priorities_numbered_in_roman_are_one_list_and_a_lettered_part_after_them_is_not(
    tmp_path: Path,
) -> None:
    record = [
        "DECISION: Assessment accepted. The Board adopted four priorities for 2024-25: (i) domestic",
        "abuse and violence against women and girls; (ii) serious violence; (iii) anti-social behaviour;",
        "and (iv) the exploitation of children and vulnerable adults.",
        "",
        "RESOLVED: (a) to adopt three priorities: violence, burglary and fraud; (b) that drug harm passes",
        "to the Combating Drugs Partnership.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "d.pdf", [record]), "d.pdf")
    roman, lettered = extract_priorities("d.pdf", clean_pages(pdf.pages), "2024-25")
    assert [p.text for p in roman.priorities] == [
        "domestic abuse and violence against women and girls",
        "serious violence",
        "anti-social behaviour",
        "the exploitation of children and vulnerable adults",
    ]
    assert [p.text for p in lettered.priorities] == ["violence", "burglary", "fraud"]


def test_an_acronym_spelled_out_in_a_wrapped_table_cell_is_read_and_quoted_line_by_line(
    tmp_path: Path,
) -> None:
    rows = [
        ("Name", "Organisation", "Role"),
        ("Moira Castellan", "Office of the Police, Fire and Crime", "Attends"),
        ("", "Commissioner (OPFCC)", ""),
        ("Ruth Ellery", "Hartleburn Women's Aid", "Attends"),
        ("Lewis Tarrant", "Brightwater Housing", "Member"),
    ]
    columns = (60, 200, 420)
    placed = [
        (x, 700 - 14 * i, cell)
        for i, row in enumerate(rows)
        for x, cell in zip(columns, row, strict=True)
        if cell
    ]
    path = place_pdf(tmp_path / "members.pdf", [placed])
    pages = clean_pages(read_pdf(path, path.name).pages)
    defined = extract_definitions(path.name, pages)
    assert [(t.acronym, t.meaning, t.page) for t in defined] == [
        ("OPFCC", "Office of the Police, Fire and Crime Commissioner", 1)
    ]
    # Each line of the quote is printed on the page, as citations are checked.
    assert defined[0].quote == "Office of the Police, Fire and Crime\nCommissioner (OPFCC)"


def test_priorities_set_as_numbered_sections_under_a_priorities_heading(tmp_path: Path) -> None:
    lines = [
        "2. Our priorities for 2025-26",
        "",
        "The Group signed off four priorities for 2025 to 2028 on 29 April 2025.",
        "",
        "2.1 Serious violence and knife crime",
        "",
        "Why. Possession of weapons offences rose from 71 in 2021 to 103 in 2023.",
        "",
        "2.2 Violence against women and girls (VAWG)",
        "",
        "Why. Stalking and harassment rose again in 2023.",
        "",
        "3. Money",
        "",
        "3.1 What we allocated in 2025-26",
    ]
    path = make_pdf(tmp_path / "report.pdf", [lines])
    (found,) = extract_priorities("report.pdf", clean_pages(read_pdf(path, path.name).pages), "2024-25")
    assert [p.name for p in found.priorities] == [
        "Serious violence and knife crime",
        "Violence against women and girls",
    ]
    assert (found.period, found.page, found.heading) == ("2025-26", 1, lines[0])


def test_a_sentence_saying_what_becomes_of_priorities_names_none(tmp_path: Path) -> None:
    lines = [
        "The 2023-24 priorities are carried forward into 2024-25 while the Plan is refreshed; new",
        "priorities will take effect from April 2025.",
    ]
    path = make_pdf(tmp_path / "statement.pdf", [lines])
    assert extract_priorities("statement.pdf", clean_pages(read_pdf(path, path.name).pages), "2023-24") == []


def test_priorities_named_in_a_decision_logs_wrapped_cell_are_set_and_quoted_as_printed(
    tmp_path: Path,
) -> None:
    """A decision cell naming priorities is read as a sentence would be; its quote is the pieces its
    lines print, since the subject column's words stand between them on the page."""
    x = (40, 110, 260)
    rows = [
        (x[0], "Ref"), (x[1], "Subject"), (x[2], "Decision"),
        (x[0], "D3/25"), (x[1], "Priorities for 2025-26"), (x[2], "The Board adopted four priorities"),
        (x[1], "(review of the 2024"), (x[2], "for 2025-26: (1) Domestic abuse; (2) Knife"),
        (x[1], "assessment)"), (x[2], "crime; (3) Shop theft; (4) Rural crime."),
        (x[0], "D4/25"), (x[1], "Minutes"), (x[2], "Approved as a correct record."),
    ]  # fmt: skip
    starts = [0, 3, 6, 8, 10]  # the rows' lines, each a run of cells on one baseline
    placed = [
        (at, 760.0 - 14 * line, text)
        for line, (begin, end) in enumerate(zip(starts, [*starts[1:], len(rows)], strict=True))
        for at, text in rows[begin:end]
    ]
    pdf = read_pdf(place_pdf(tmp_path / "log.pdf", [placed]), "log.pdf")
    (found,) = extract_priorities("log.pdf", clean_pages(pdf.pages), "2024-25")
    assert (found.period, found.page) == ("2025-26", 1)
    names = ["Domestic abuse", "Knife crime", "Shop theft", "Rural crime"]
    assert [p.text for p in found.priorities] == names
    assert found.heading.split("\n") == [
        "The Board adopted four priorities",
        "for 2025-26: (1) Domestic abuse; (2) Knife",
        "crime; (3) Shop theft; (4) Rural crime.",
    ]
    sources = Sources({"log.pdf": "Decision log"})
    answer = answer_priorities("What are the priorities?", [found], set(), sources)
    assert answer is not None and [(c.document, c.page) for c in answer.citations] == [("log.pdf", 1)]
    assert quote_on_page(answer.citations[0].quote, pdf.pages[0].text)


def test_priorities_set_from_a_day_are_for_that_days_financial_year(tmp_path: Path) -> None:
    lines = [
        "Decisions of 12 March 2024",
        "",
        "Decision: From 1 April 2024 the priorities are (1) violence against women and girls; (2) knife",
        "crime; (3) anti-social behaviour.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "d.pdf", [lines]), "d.pdf")
    (found,) = extract_priorities("d.pdf", clean_pages(pdf.pages), "2023-24")
    assert found.period == "2024-25"


def _placed_rows(rows: list[list[tuple[int, str]]], top: float = 700.0) -> list[tuple[float, float, str]]:
    """Each row's cells at their x on one baseline, rows 14 points apart."""
    return [(x, top - 14 * line, text) for line, row in enumerate(rows) for x, text in row]


def test_priorities_printed_as_a_table_a_row_each_under_a_heading(tmp_path: Path) -> None:
    placed = [
        (40, 760, "3 Strategic themes"),
        (40, 740, "Our four strategic themes run from 2024-25 to 2026-27."),
        *_placed_rows(
            [
                [(40, "Theme"), (250, "What it covers"), (430, "Led by")],
                [
                    (40, "Theme 1 Violence against women and"),
                    (250, "Domestic abuse, stalking"),
                    (430, "VAWG Group"),
                ],
                [(40, "girls")],
                [(40, "Theme 2 Serious violence"), (250, "Knife crime, the Duty"), (430, "Violence Group")],
                [
                    (40, "Theme 3 Rural crime (from 1"),
                    (250, "Hare coursing, farm theft"),
                    (430, "Rural Group"),
                ],
                [(40, "April 2025)")],
            ]
        ),
    ]
    pdf = read_pdf(place_pdf(tmp_path / "ar.pdf", [placed]), "ar.pdf")
    (found,) = extract_priorities("ar.pdf", clean_pages(pdf.pages), "2024-25")
    assert (found.period, found.page) == ("2024-25", 1)
    assert [p.name for p in found.priorities] == [
        "Violence against women and girls",
        "Serious violence",
        "Rural crime",
    ]
    sources = Sources({"ar.pdf": "Annual report"})
    answer = answer_priorities("what are the strategic themes now", [found], set(), sources)
    assert answer is not None and "Violence against women and girls" in answer.text
    assert quote_on_page(answer.citations[0].quote, pdf.pages[0].text)


def test_priorities_printed_as_a_column_a_year_and_numbered_across_the_page(tmp_path: Path) -> None:
    by_year = [
        (
            40,
            760,
            "The priorities for 2024/25 came from the assessment. For 2025/26 the Board added a third.",
        ),
        *_placed_rows(
            [
                [(200, "2024/25"), (380, "2025/26")],
                [(40, "1"), (200, "Domestic abuse"), (380, "Domestic abuse")],
                [(40, "2"), (200, "Knife crime"), (380, "Knife and weapon crime")],
                [(40, "3"), (200, "(none)"), (380, "Shop theft")],
            ]
        ),
    ]
    across = [
        (40, 760, "Priorities 2025-26: rating at the end of Quarter 3"),
        *_placed_rows([[(40, "1. Domestic abuse"), (200, "2. Knife crime"), (360, "3. Shop theft")]]),
        *_placed_rows([[(40, "Green"), (200, "Amber"), (360, "Red")]], top=686),
        (40, 640, "Funding"),
        (40, 620, "Every priority had money from the Fund, as the table below shows in full."),
        *_placed_rows([[(40, "Project"), (300, "Award")], [(40, "Night Safe"), (300, "£4,000")]], top=600),
    ]
    pdf = read_pdf(place_pdf(tmp_path / "r.pdf", [by_year, across]), "r.pdf")
    before, after, rated = extract_priorities("r.pdf", clean_pages(pdf.pages), "2024-25")
    assert (before.period, after.period, rated.period) == ("2024-25", "2025-26", "2025-26")
    assert [p.name for p in before.priorities] == ["Domestic abuse", "Knife crime"]
    assert [p.name for p in after.priorities] == ["Domestic abuse", "Knife and weapon crime", "Shop theft"]
    assert [p.name for p in rated.priorities] == ["Domestic abuse", "Knife crime", "Shop theft"]


def test_the_priorities_now_are_those_of_the_latest_start_and_a_plan_beside_a_year_is_no_change() -> None:
    def listed(document: str, period: str, names: list[str]) -> PrioritySet:
        return PrioritySet(document, period, "Our priorities", 1, tuple(Priority(n, n, 1) for n in names))

    sets = [
        listed("ar23.pdf", "2023-24", ["Burglary", "Domestic abuse"]),
        listed("ar24.pdf", "2024-25", ["Knife crime", "Domestic abuse"]),
        listed("plan.pdf", "2024-27", ["Knife crime", "Domestic abuse and stalking"]),
    ]
    sources = Sources(
        {"ar23.pdf": "Report 2023-24", "ar24.pdf": "Report 2024-25", "plan.pdf": "Plan 2024-27"}
    )
    answer = answer_priorities("what are the priorities now", sets, set(), sources)
    assert answer is not None
    assert [c.document for c in answer.citations] == ["ar24.pdf", "plan.pdf"]
    assert "Burglary" not in answer.text and "From 2024-25" not in answer.text


def test_priorities_a_board_set_lead_those_an_assessment_proposed() -> None:
    names = ("Violence against women and girls", "Serious violence")
    sets = [
        PrioritySet(document, "2024-27", "Priorities", page, tuple(Priority(n, n, page) for n in names))
        for document, page in (("a-assessment.pdf", 5), ("b-minutes.pdf", 1))
    ]
    sources = Sources(
        {"a-assessment.pdf": "Strategic Assessment 2023", "b-minutes.pdf": "Board minutes, January 2024"},
        doc_types={"a-assessment.pdf": "strategic assessment", "b-minutes.pdf": "minutes"},
    )
    answer = answer_priorities("what are the priorities for 2024-27", sets, set(), sources)
    assert answer is not None
    assert [(c.document, c.page) for c in answer.citations] == [("b-minutes.pdf", 1), ("a-assessment.pdf", 5)]
    assert answer.text.startswith("Board minutes, January 2024 [1] and Strategic Assessment 2023 [2] set")
    # Asked what the assessment proposed, it leads.
    proposed = answer_priorities("what priorities did the assessment set for 2024-27", sets, set(), sources)
    assert proposed is not None and proposed.citations[0].document == "a-assessment.pdf"


def test_a_priority_added_to_those_set_is_told_after_them_when_asked_what_holds_now(tmp_path: Path) -> None:
    report = [
        "Our priorities",
        "",
        "In 2024-25 we worked to three priorities agreed in March 2024:",
        "\u2022 Domestic abuse",
        "\u2022 Knife crime",
        "\u2022 Rural crime",
    ]
    minutes = [
        "8. Priorities for 2025-26",
        "",
        "Members heard that shop theft had risen by a third. RESOLVED that shop theft and retail crime be",
        "added as a fourth priority from 1 April 2025, the three others continuing unchanged.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "r.pdf", [report, minutes]), "r.pdf")
    listed, added = extract_priorities("r.pdf", clean_pages(pdf.pages), "2024-25")
    assert (listed.period, listed.change, added.period, added.change, added.page) == (
        "2024-25",
        "",
        "2025-26",
        "added",
        2,
    )
    assert [p.text for p in added.priorities] == ["shop theft and retail crime"]
    sources = Sources({"r.pdf": "Report"})
    now = answer_priorities("what are the priorities now", [listed, added], set(), sources)
    assert now is not None and "Rural crime" in now.text
    assert "adds shop theft and retail crime as a priority for 2025-26" in now.text
    assert [(c.page, quote_on_page(c.quote, pdf.pages[c.page - 1].text)) for c in now.citations] == [
        (1, True),
        (2, True),
    ]
    then = answer_priorities("what were the priorities in 2024-25", [listed, added], set(), sources)
    assert then is not None and "shop theft" not in then.text


def test_a_priority_a_document_says_is_dropped_answers_what_changed_where_one_period_is_listed(
    tmp_path: Path,
) -> None:
    lines = [
        "Our priorities",
        "",
        "On 28 January 2025 the Board changed its priorities with effect from 1 April 2025. The priorities",
        "for 2025-26 are:",
        "\u2022 Domestic abuse",
        "\u2022 Shop theft",
        "",
        "Rural crime is no longer a Board priority: the Rural Crime Forum now leads that work.",
        "",
        "Table 2: Proposed priorities for 2025-26",
    ]
    table = _placed_rows(
        [
            [(40, "Proposed priority"), (300, "Basis")],
            [(40, "Domestic abuse"), (300, "Retain (R1)")],
            [(40, "Shop theft"), (300, "New (R2)")],
            [(40, "Rural crime"), (300, "Remove as a Board priority (R3)")],
        ]
    )
    report = read_pdf(make_pdf(tmp_path / "r.pdf", [lines]), "r.pdf")
    assessment = read_pdf(
        place_pdf(tmp_path / "a.pdf", [[(40, 760, "Table 2: Proposed priorities"), *table]]), "a.pdf"
    )
    listed, dropped = extract_priorities("r.pdf", clean_pages(report.pages), "2024-25")
    assert (listed.period, dropped.period, dropped.change) == ("2025-26", "2024-25", "dropped")
    assert [p.text for p in dropped.priorities] == ["Rural crime"]
    (proposed,) = extract_priorities("a.pdf", clean_pages(assessment.pages), "2024-25")
    assert [p.name for p in proposed.priorities] == ["Domestic abuse", "Shop theft"]  # not the one removed
    sources = Sources({"r.pdf": "Report"})
    answer = answer_priorities("which priority was dropped for 2025-26", [listed, dropped], set(), sources)
    assert answer is not None and answer.text.startswith("For 2025-26: dropped Rural crime [")
    assert answer.about == ("Rural crime",)


def test_what_a_document_says_is_dropped_is_what_a_follow_up_asks_about_beside_a_reworded_list() -> None:
    def listed(period: str, names: list[str], change: str = "") -> PrioritySet:
        return PrioritySet(
            "r.pdf", period, "Our priorities", 1, tuple(Priority(n, n, 1) for n in names), change
        )

    sets = [
        listed("2023-24", ["Town centre anti-social behaviour", "Reducing reoffending", "Knife crime"]),
        listed("2024-25", ["Safer streets and public spaces", "Knife crime"]),
        listed("2024-25", ["Reducing reoffending"], "dropped"),
    ]
    other = PrioritySet("o.pdf", "2024-25", "x", 1, (Priority("Shop theft", "Shop theft", 1),), "dropped")
    partnership_of = {"r.pdf": "Northby", "o.pdf": "Southwold"}
    sources = Sources({"r.pdf": "Report"})
    answer = answer_priorities(
        "which priority was dropped for 2024-25", [*sets, other], set(), sources, partnership_of
    )
    assert answer is not None and answer.about == ("Reducing reoffending",)  # not Southwold's


def test_a_priority_added_in_the_year_of_the_list_is_told_unless_the_list_holds_it(tmp_path: Path) -> None:
    lines = [
        "Our priorities",
        "",
        "In 2024-25 the Partnership worked to three priorities: domestic abuse; knife crime; and rural",
        "crime. At its review in March 2025 the Board kept all three and added a fourth, shop theft and",
        "retail crime, as the assessment had proposed.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "r.pdf", [lines]), "r.pdf")
    listed, added = extract_priorities("r.pdf", clean_pages(pdf.pages), "2024-25")
    assert (added.change, added.period, [p.name for p in added.priorities]) == (
        "added",
        "2024-25",
        ["shop theft and retail crime"],
    )
    sources = Sources({"r.pdf": "Report"})
    now = answer_priorities("what are the priorities now", [listed, added], set(), sources)
    assert now is not None and "adds shop theft and retail crime as a priority for 2024-25" in now.text
    held = replace(listed, priorities=(*listed.priorities, *added.priorities))
    again = answer_priorities("what are the priorities now", [held, added], set(), sources)
    assert again is not None and "adds" not in again.text  # the list holds it already


def test_a_list_of_priorities_opening_the_next_page_is_read_and_cited_there(tmp_path: Path) -> None:
    cover = ["NORTHBY COMMUNITY SAFETY PARTNERSHIP", "Annual Report 2022 to 2023", "", "Fictional.", ""]
    first = [*cover, "Our priorities", "", "The priorities, set from the 2021 assessment, were:"]
    running = "Annual Report 2022 to 2023   Northby Community Safety Partnership"
    second = [
        running,
        "",
        "\u2022 Domestic abuse",
        "\u2022 Anti-social behaviour",
        "\u2022 Hate crime",
        "",
        "Funding",
    ]
    third = [running, "", "The fund paid for eight projects."]
    pdf = read_pdf(make_pdf(tmp_path / "ar.pdf", [first, second, third]), "ar.pdf")
    pages = clean_pages(pdf.pages)
    # The title the cover prints is a running header on every later page: no text of theirs.
    assert all("Annual Report 2022" not in block.text for page in pages[1:] for block in page.blocks)
    (found,) = extract_priorities("ar.pdf", pages, "2022-23")
    names = ("Domestic abuse", "Anti-social behaviour", "Hate crime")
    assert (found.period, found.page, found.lead_page) == ("2022-23", 2, 1)
    assert found.priorities == tuple(Priority(name, name, 2) for name in names)
    answer = answer_priorities("what were the priorities in 2022-23", [found], set(), Sources())
    assert answer is not None and [(c.document, c.page) for c in answer.citations] == [("ar.pdf", 2)]
    assert quote_on_page(answer.citations[0].quote, pdf.pages[1].text)


def test_a_lead_in_after_a_list_starts_a_list_of_its_own_for_the_year_its_sentence_names(
    tmp_path: Path,
) -> None:
    lines = [
        "Our priorities",
        "",
        "In 2023/24 the priorities agreed at the annual meeting were:",
        "\u2022 Domestic abuse",
        "\u2022 Anti-social behaviour",
        "Hate crime, a priority in 2022/23, passed to the cohesion forum. From April 2024 the priorities",
        "are:",
        "\u2022 Violence against women and girls",
        "\u2022 Retail crime",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "ar.pdf", [lines]), "ar.pdf")
    found = extract_priorities("ar.pdf", clean_pages(pdf.pages), "2023-24")
    assert [(s.period, [p.name for p in s.priorities]) for s in found] == [
        ("2023-24", ["Domestic abuse", "Anti-social behaviour"]),
        ("2024-25", ["Violence against women and girls", "Retail crime"]),
    ]


def test_a_lead_in_pointing_back_to_the_sentence_naming_priorities_starts_a_list(tmp_path: Path) -> None:
    lines = [
        "The assessment led the Group to consult on four new priorities. After the consultation the Group",
        "confirmed them on 24 January 2024 for the Partnership Plan 2024-27, renaming the fourth:",
        "1. Domestic abuse and violence against women and girls",
        "2. Serious violence and knife crime",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "ar.pdf", [lines]), "ar.pdf")
    found = extract_priorities("ar.pdf", clean_pages(pdf.pages), "2023-24")
    assert [(s.period, [p.name for p in s.priorities]) for s in found] == [
        (
            "2024-27",
            ["Domestic abuse and violence against women and girls", "Serious violence and knife crime"],
        )
    ]
    sets = [PrioritySet("ar.pdf", "2024-27", "Priorities", 1, found[0].priorities)]
    answer = answer_priorities(
        "northby csp prioritys for 2024-27", sets, {"northbi", "csp"}, Sources({"ar.pdf": "AR"})
    )
    assert answer is not None and "Serious violence and knife crime" in answer.text


def test_a_how_heading_or_one_priority_s_heading_leads_no_list_of_priorities(tmp_path: Path) -> None:
    lines = [
        "Bids must help with one of the Partnership's priorities for 2025-28:",
        "\u2022  Violence against women and girls",
        "\u2022  Youth violence and exploitation",
        "",
        "How we chose the priorities",
        "\u2022  the assessment's harm scores",
        "\u2022  the residents' survey of 2024",
        "",
        "Priority 1: Violence against women and girls",
        "\u2022  The refuge opened six more rooms.",
        "\u2022  Advisers saw 400 victims.",
    ]
    pdf = read_pdf(make_pdf(tmp_path / "plan.pdf", [lines]), "plan.pdf")
    found = extract_priorities("plan.pdf", clean_pages(pdf.pages), "2025-26")
    assert [(s.period, [p.name for p in s.priorities]) for s in found] == [
        ("2025-28", ["Violence against women and girls", "Youth violence and exploitation"])
    ]
