"""Sources in the chat: every citation with its document's type, date or period; answers whose markers
and sources are links; the page viewer's pages, highlights and PDF link; what the UI serves."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.app.access import blocked_beside, served_paths
from assistant.app.chat import Exchange, answer_markdown, filters_summary, stream_messages
from assistant.app.cli import main, render_answer
from assistant.app.pages import PageRenderer
from assistant.app.sources import source_label
from assistant.app.ui import ChatUI
from assistant.app.viewer import OpenPage, cite_ref, marked_text, quote_spans
from assistant.service import Assistant
from assistant.settings import Settings
from assistant.types import Answer, Citation
from ingest.facts.periods import readable_date
from tests.conftest import CORPUS_PDF
from tests.pdfs import make_pdf

MINUTES = "minutes-2023-06-14.pdf"
CATALOGUE = f"""
[[document]]
file = "{MINUTES}"
title = "Board minutes, 14 June 2023"
type = "minutes"
period = "2023-24"
partnership = "Borough Community Safety Partnership"
date = "2023-06-14"
"""


@pytest.fixture
def minutes(settings: Settings, model: Any) -> Assistant:
    """An assistant over one set of minutes the catalogue dates."""
    (settings.corpus_dir / "catalogue.toml").write_text(CATALOGUE, encoding="utf-8")
    lines = ["Youth engagement", "The Borough Youth Forum meets every Tuesday at the Lyceum Theatre."]
    make_pdf(settings.corpus_dir / MINUTES, [lines, ["Any other business", "None was raised."]])
    helper = Assistant.open(settings, model)
    helper.ingest()
    return helper


def test_a_passage_citation_carries_type_period_and_date(
    minutes: Assistant, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = minutes.ask("When does the Youth Forum meet?")
    [cited] = answer.citations
    assert (cited.document, cited.page, cited.page_label) == (MINUTES, 1, "1")
    assert (cited.doc_type, cited.period, cited.date, cited.ocr) == (
        "minutes",
        "2023-24",
        "2023-06-14",
        False,
    )
    assert source_label(cited) == "[1] Board minutes, 14 June 2023 (minutes, 14 June 2023), p. 1"
    assert "  [1] Board minutes, 14 June 2023 (minutes, 14 June 2023), p. 1" in render_answer(answer)

    monkeypatch.setenv("CSP_CORPUS_DIR", str(minutes.settings.corpus_dir))
    monkeypatch.setenv("CSP_DATA_DIR", str(minutes.settings.data_dir))
    assert main(["ask", "--json", "When does the Youth Forum meet?"]) == 0
    [row] = json.loads(capsys.readouterr().out)["citations"]
    assert (row["doc_type"], row["period"], row["date"], row["page"]) == (
        "minutes",
        "2023-24",
        "2023-06-14",
        1,
    )


def test_a_fact_citation_carries_type_and_period(assistant: Assistant) -> None:
    answer = assistant.ask("What are the partnership's priorities?")
    cited = answer.citations[0]
    assert (cited.document, cited.page) == (CORPUS_PDF.name, 13)
    assert (cited.doc_type, cited.period, cited.date) == ("annual report", "2022-23", "")
    assert source_label(cited) == (
        "[1] Safer Cheshire East Partnership Annual Report 2022-23 (annual report, 2022-23), p. 13"
    )


def test_readable_dates() -> None:
    assert readable_date("2023-06-14") == "14 June 2023"
    assert readable_date("2024-03-02") == "2 March 2024"
    assert readable_date("March 2024") == "March 2024"
    assert readable_date("2023-13-40") == "2023-13-40"  # not a date: left as written


def _citation(number: int, page: int, quote: str = "", **extra: Any) -> Citation:
    return Citation(number, "report.pdf", "Annual Report", page, str(page), quote, **extra)


def test_answer_markers_and_sources_are_links_and_notes_show() -> None:
    note = "From the 2021-22 annual report; the 2023 assessment is newer."
    answer = Answer(
        "q",
        "Knife crime is a priority [1]. Road safety [2] since [2019].",
        False,
        citations=(_citation(1, 13, doc_type="annual report"), _citation(2, 14, ocr=True)),
        notes=(note,),
    )
    shown = answer_markdown(answer, 3)
    assert (
        "Knife crime is a priority [\\[1\\]](#cite-3-1). Road safety [\\[2\\]](#cite-3-2) since [2019]."
        in shown
    )
    assert f"_{note}_" in shown
    assert "[\\[1\\] Annual Report (annual report), p. 13](#cite-3-1)" in shown
    assert "[\\[2\\] Annual Report, p. 14 (read by OCR)](#cite-3-2)" in shown


def test_filters_say_what_is_applied() -> None:
    assert filters_summary(None, None, None) == "No filters: every document is searched."
    assert filters_summary("minutes", None, "Board minutes") == (
        "Filters applied: type: **minutes**; document: **Board minutes**."
    )


def test_the_document_filter_restricts_the_answer(minutes: Assistant, tmp_path: Path) -> None:
    other = make_pdf(minutes.settings.corpus_dir / "forum.pdf", [["The Youth Forum meets on Fridays."]])
    minutes.ingest([other])
    assert {
        c.document for c in minutes.ask("When does the Youth Forum meet?", document="forum.pdf").citations
    } == {"forum.pdf"}
    only = minutes.ask("When does the Youth Forum meet?", document=MINUTES)
    assert {c.document for c in only.citations} == {MINUTES}
    assert {p.document for p in only.passages} == {MINUTES}


def test_viewer_reads_refs_and_marks_the_quote() -> None:
    assert cite_ref("2-1") == (2, 1) and cite_ref("x") is None and cite_ref("") is None
    text = "Priorities\n\u2022 Knife Crime\n\u2022 Road   Safety\nOther <text> & more"
    quote = "Knife Crime\nRoad Safety"
    assert [text[a:b] for a, b in quote_spans(text, quote)] == ["Knife Crime", "Road   Safety"]
    escaped = "Priorities\n\u2022 Knife Crime\n\u2022 Road   Safety\nOther &lt;text&gt; &amp; more"
    marked = escaped.replace("Knife Crime", "<mark>Knife Crime</mark>")
    assert marked_text(text, quote) == marked.replace("Road   Safety", "<mark>Road   Safety</mark>")
    assert marked_text(text, "not on the page") == escaped
    opened = OpenPage(_citation(1, 2, "Knife Crime"), 2, 3)
    assert opened.quote == "Knife Crime"
    assert opened.turned(1).page == 3 and opened.turned(1).quote == ""
    assert opened.turned(5).page == 3 and opened.turned(-5).page == 1
    assert opened.turned(1).turned(-1).quote == "Knife Crime"  # back on the cited page


def _clicked(ref: str) -> Any:
    """The event the viewer's script triggers when a citation link is clicked."""
    import gradio as gr

    return gr.EventData(None, {"ref": ref})


def test_viewer_opens_a_cited_page_turns_and_closes(assistant: Assistant) -> None:
    ui = ChatUI(assistant)
    final = list(stream_messages(assistant, "What are the partnership's priorities?", [], []))[-1]
    exchanges: list[Exchange] = final.exchanges
    html, shown, chosen = ui.open_cited(exchanges, _clicked("0-1"))
    assert shown is not None and (shown.citation.page, shown.page) == (13, 13)
    assert "<mark>Knife Crime</mark>" in html and 'data-page="13"' in html
    assert 'data-highlights="0"' not in html
    pdf = (assistant.settings.corpus_dir / CORPUS_PDF.name).resolve()
    assert f'href="gradio_api/file={pdf}#page=13"' in html
    assert chosen["value"] == source_label(shown.citation)  # the list beside the chat shows it chosen

    html, after = ui.next_page(shown)
    assert after is not None and after.page == 14 and "<mark>" not in html and 'data-page="14"' in html
    assert "(annual report, 2022-23), p. 14" in html
    html, back = ui.previous_page(after)
    assert back == shown and "<mark>Knife Crime</mark>" in html
    assert ui.close_page()[:2] == ("", None)
    assert ui.open_cited(exchanges, _clicked("0-9"))[:2] == ("", None)  # no such citation
    assert ui.open_cited(exchanges, _clicked("5-1"))[:2] == ("", None)  # no such answer
    assert ui.show_source(source_label(shown.citation), exchanges)[1] == shown


def test_only_the_corpus_and_rendered_pages_are_served(tmp_path: Path) -> None:
    for folder in ("corpus/uploads", "data/chroma", "data/pages", "data/ocr", "src"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("")
    settings = Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data")
    allowed, blocked = served_paths(settings, tmp_path / "data" / "pages", tmp_path)
    assert allowed == [tmp_path / "corpus", tmp_path / "data" / "pages"]
    assert blocked == [
        tmp_path / "data" / "chroma",
        tmp_path / "data" / "ocr",
        tmp_path / "pyproject.toml",
        tmp_path / "src",
    ]
    assert blocked_beside(tmp_path / "src", allowed) == [tmp_path / "src"]  # nothing allowed inside


def test_a_rendered_page_says_where_its_first_highlight_starts(assistant: Assistant, tmp_path: Path) -> None:
    renderer = PageRenderer(assistant.settings.corpus_dir, tmp_path / "pages")
    quote = "Knife Crime\nPriorities identified for 2022-2025 (to be reviewed annually)"
    first = renderer.render(CORPUS_PDF.name, 13, quote)
    assert first.highlights == 2
    assert 0.5 < first.first_top < 0.75  # the heading, some way below the middle of page 13
    assert renderer.render(CORPUS_PDF.name, 13, quote) == first  # the same, from the cache
    assert renderer.render(CORPUS_PDF.name, 13).first_top == 0.0
