"""The funding register on the real annual report: every decision, amount, window and page, exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answering.quotes import quote_on_page
from assistant.app.cli import main
from assistant.service import Assistant
from assistant.settings import Settings
from ingest.facts.decision_types import FundingDecision
from ingest.facts.decisions import extract_funding
from ingest.parse.clean import clean_pages
from ingest.parse.pdf import read_pdf
from ingest.text import parse_amount
from tests.conftest import CORPUS_PDF
from tests.pdfs import make_pdf

APRIL = "1st April to 30th June 2022"
SEPTEMBER = "1st September to 30th November 2022"
DOCUMENT = "scep-annual-report-2022-23.pdf"
# The ten bids of the 2022-23 funding table (pages 9 and 10): item, amount, window, page.
TABLE = [
    ("Safer Streets 4 contributions", 35_000, APRIL, 9),
    ("Regional Analyst", 10_000, APRIL, 9),
    ("UK Scams – Aftercare Project", 8_881, APRIL, 9),
    ("Get Safe On-Line", 15_000, APRIL, 9),
    ("Knife Angel", 19_783, SEPTEMBER, 9),
    ("Dementia and Domestic Abuse Training", 4_000, SEPTEMBER, 9),
    ("Domestic Abuse", 38_000, SEPTEMBER, 9),
    ("Poynton / Crewe ASB", 9_500, APRIL, 10),
    ("Domestic Abuse World Cup", 3_040, APRIL, 10),
    ("PSPO – Macclesfield", 3_500, APRIL, 10),
]


@pytest.fixture(scope="module")
def decisions() -> list[FundingDecision]:
    pdf = read_pdf(CORPUS_PDF, DOCUMENT)
    return extract_funding(DOCUMENT, pdf.pages, clean_pages(pdf.pages), "2022-23")


def _by_item(decisions: list[FundingDecision], item: str) -> FundingDecision:
    (found,) = [d for d in decisions if d.item == item]
    return found


def test_all_ten_table_bids_with_amounts_windows_and_pages(decisions: list[FundingDecision]) -> None:
    table = [(d.item, d.amount, d.window, d.page) for d in decisions if d.source == "table"]
    assert table == TABLE
    assert {d.year for d in decisions if d.source == "table"} == {"2022-23"}
    assert {d.document for d in decisions} == {DOCUMENT}


def test_prose_decisions_contribution_and_allocation(decisions: list[FundingDecision]) -> None:
    allocation = _by_item(decisions, "Annual allocation")
    assert (allocation.amount, allocation.kind, allocation.page, allocation.year) == (
        147_550,
        "allocation",
        9,
        "2022-23",
    )
    assert "annual allocation of £147.550" in allocation.quote

    (safer_streets,) = [d for d in decisions if d.amount == 25_000]
    assert (safer_streets.kind, safer_streets.page, safer_streets.source) == ("contribution", 9, "prose")
    assert safer_streets.quote.startswith("A £25k contribution was approved by SCEP")
    assert "Safer Streets 4" in safer_streets.item

    analyst = _by_item(decisions, "Regional Analyst")
    assert analyst.kind == "contribution"  # the prose calls the same £10k a contribution
    prose = [m for m in analyst.mentions if m.source == "prose"]
    assert [(m.amount, m.page) for m in prose] == [(10_000, 9)]
    assert prose[0].quote.startswith("SCEP agreed an annual contribution of £10k")
    assert len(decisions) == 12  # ten bids, the £25k contribution and the annual allocation


def test_two_figures_for_one_item_are_both_kept(decisions: list[FundingDecision]) -> None:
    knife = _by_item(decisions, "Knife Angel")
    assert knife.amount == 19_783 and knife.page == 9
    assert [(m.amount, m.page) for m in knife.mentions] == [(19_738, 20)]
    assert knife.pages == (9, 20)
    domestic = _by_item(decisions, "Domestic Abuse")
    assert [(m.amount, m.page) for m in domestic.mentions] == [(36_500, 20)]
    safer = _by_item(decisions, "Safer Streets 4 contributions")
    assert sorted((m.amount, m.page) for m in safer.mentions) == [(25_000, 9), (35_000, 11), (35_000, 12)]


def test_every_quote_is_text_of_its_page(decisions: list[FundingDecision]) -> None:
    pages = {p.number: p.text for p in read_pdf(CORPUS_PDF, DOCUMENT).pages}
    for d in decisions:
        assert quote_on_page(d.quote, pages[d.page]), d
        for m in d.mentions:
            assert quote_on_page(m.quote, pages[m.page]), m


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("£25k", 25_000),
        ("£147.550", 147_550),
        ("35,000", 35_000),
        ("£8,881.00", 8_881),
        ("£1.5 million", 1_500_000),
    ],
)
def test_parse_amount(text: str, amount: float) -> None:
    assert parse_amount(text) == amount


def test_a_made_up_funding_table_reads_by_column(tmp_path: Path) -> None:
    """Not only the real report: a table the test draws, windows as column headers, rows in both."""
    path = make_pdf(
        tmp_path / "plan.pdf",
        [
            [
                "The following bids were approved in 2023-24.",
                "1st May to 31st July 2023 | | 1st October to 31st December 2023",
                "£ | | £",
                "Street Lighting | 12,500 | Youth Diversion | 7,250",
                "CCTV Upgrade | 30,000",
                "A £5k contribution was agreed for the county drugs partnership.",
            ]
        ],
    )
    pdf = read_pdf(path, "plan.pdf")
    found = extract_funding("plan.pdf", pdf.pages, clean_pages(pdf.pages), "2023-24")
    assert [(d.item, d.amount, d.window, d.year, d.kind) for d in found] == [
        ("Street Lighting", 12_500, "1st May to 31st July 2023", "2023-24", "award"),
        ("CCTV Upgrade", 30_000, "1st May to 31st July 2023", "2023-24", "award"),
        ("Youth Diversion", 7_250, "1st October to 31st December 2023", "2023-24", "award"),
        ("County drugs partnership", 5_000, "", "2023-24", "contribution"),
    ]


def test_september_window_question_lists_its_three_bids(assistant: Assistant) -> None:
    answer = assistant.ask("What was approved in the September to November window?")
    assert answer.answerer == "register" and not answer.abstained
    for item, amount in (("Knife Angel", "£19,783"), ("Dementia and Domestic Abuse Training", "£4,000")):
        assert f"{item}: {amount}" in answer.text
    assert "Domestic Abuse: £38,000" in answer.text
    assert "Total: £61,783 (£19,783 + £4,000 + £38,000)." in answer.text
    assert "Regional Analyst" not in answer.text
    assert answer.citations[0].page == 9
    assert answer.citations[0].quote.split("\n") == [
        "Knife Angel 19,783",
        "Dementia and Domestic Abuse Training 4,000",
        "Domestic Abuse 38,000",
    ]


def test_knife_crime_question_gives_amount_window_both_pages(assistant: Assistant) -> None:
    answer = assistant.ask("What did we fund for knife crime, how much, and in which window?")
    assert answer.text.startswith(
        f"Knife Angel: £19,783, {SEPTEMBER} window, 2022-23; priority: Knife Crime [1]"
    )
    assert "£19,738 on p. 20 [2]" in answer.text
    assert [(c.page, c.quote) for c in answer.citations] == [
        (9, "Knife Angel 19,783"),
        (20, "Knife Angel - Crewe\n£19,738"),
    ]


def test_domestic_abuse_total_shows_its_rows(assistant: Assistant) -> None:
    answer = assistant.ask("How much went to domestic abuse work in 2022-23?")
    assert "Total: £45,040 (£4,000 + £38,000 + £3,040)." in answer.text
    assert {c.page for c in answer.citations} == {9, 10, 20}


def test_questions_the_register_cannot_answer_fall_through(assistant: Assistant) -> None:
    survey = assistant.ask("How many responses did the survey on how safe women feel receive?")
    assert survey.answerer == "extractive" and "503" in survey.text
    assert assistant.ask("How much funding was approved for road safety?").abstained


def test_csp_funding_filters_and_json(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CSP_CORPUS_DIR", str(assistant.settings.corpus_dir))
    monkeypatch.setenv("CSP_DATA_DIR", str(assistant.settings.data_dir))
    assert main(["funding", "--json", "--window", "september"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["item"], r["amount"], r["page"]) for r in rows] == [
        ("Knife Angel", 19_783, 9),
        ("Dementia and Domestic Abuse Training", 4_000, 9),
        ("Domestic Abuse", 38_000, 9),
    ]
    assert set(rows[0]) == {
        "item",
        "amount",
        "kind",
        "window",
        "year",
        "priority",
        "document",
        "title",
        "page",
        "pages",
        "quote",
        "source",
        "ocr",
        "also_stated",
        "outcome",
        "lead",
        "date",
        "previous_amount",
        "asked",
        "how",
        "status",
        "counted",
    }
    assert rows[0]["ocr"] is False  # the report has a text layer
    assert (rows[0]["outcome"], rows[0]["status"], rows[0]["counted"]) == ("approved", "current", True)
    assert rows[0]["also_stated"] == [{"amount": 19_738, "page": 20, "quote": "Knife Angel - Crewe\n£19,738"}]

    assert main(["funding", "--json", "--priority", "knife crime"]) == 0
    assert [json.loads(x)["item"] for x in capsys.readouterr().out.splitlines()] == ["Knife Angel"]
    assert main(["funding", "--json", "--min-amount", "30000", "--year", "2022/23"]) == 0
    big = [json.loads(x)["item"] for x in capsys.readouterr().out.splitlines()]
    assert big == ["Safer Streets 4 contributions", "Domestic Abuse", "Annual allocation"]

    assert main(["funding"]) == 0
    human = capsys.readouterr().out
    assert "£19,738 on p. 20" in human and "12 decisions" in human


def test_register_is_rebuilt_with_the_index(settings: Settings, model) -> None:  # type: ignore[no-untyped-def]
    helper = Assistant.open(settings, model)
    make_pdf(
        settings.corpus_dir / "plan.pdf",
        [["Bids approved in 2023-24.", "1st May to 31st July 2023", "£", "Street Lighting | 12,500"]],
    )
    helper.ingest()
    assert [(d.item, d.amount) for d in helper.knowledge.register.decisions] == [("Street Lighting", 12_500)]
    (settings.corpus_dir / "plan.pdf").unlink()
    helper.ingest()
    assert helper.knowledge.register.decisions == []
