"""Scanned pages are read by OCR: their text is indexed, cited, checked and highlighted like any other.

The scans are made here: PDFs written with reportlab, then pages turned into skewed, noisy images
with no text layer (evals/scan.py). Tesseract runs for real; a wrapper script counts its runs.
"""

from __future__ import annotations

import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from langchain_core.embeddings import Embeddings
from reportlab.pdfgen import canvas

from assistant.answering.quotes import quote_on_page
from assistant.app.cli import answer_json, ingest_summary, main, render_answer
from assistant.app.cli_facts import decision_json
from assistant.app.pages import PageRenderer
from assistant.app.sources import source_label
from assistant.service import Assistant
from assistant.settings import Settings
from evals.bench_ocr import bench_ocr
from evals.scan import scan_pdf
from ingest.errors import ConfigError
from ingest.parse.ocr import ocr_page
from ingest.parse.ocr_cache import OcrCache, ocr_dir
from ingest.parse.pdf import NO_TEXT_LAYER, file_sha256, read_pdf
from ingest.parse.reader import NO_TESSERACT
from ingest.pipeline import ingest
from ingest.report import FileResult, IngestReport
from ingest.store import ChunkStore
from tests.conftest import FakeEmbeddings
from tests.pdfs import make_pdf


def source_page_text(pdf: Path, page: int, ocr: bool, ocr_dir: Path) -> str:
    """The text a page was indexed from: its OCR text (from the OCR cache) when OCR read it, else pypdf's."""
    if ocr:
        read = OcrCache(ocr_dir).page(file_sha256(pdf), page)
        return read.text if read is not None else ""
    return read_pdf(pdf, pdf.name, require_text=False).pages[page - 1].text


def quote_on_source_page(quote: str, pdf: Path, page: int, ocr: bool, ocr_dir: Path) -> bool:
    """`quote_on_page` against the text the page was indexed from (its OCR text for an OCR'd page)."""
    return quote_on_page(quote, source_page_text(pdf, page, ocr, ocr_dir))


MINUTES = [
    [
        "Safer Riverside Partnership Board",
        "Minutes of the meeting held on 14 March 2024",
        "",
        "Present: the Chair, the Police Inspector and the Community Safety Manager.",
        "1. Apologies",
        "Apologies were received from the Fire and Rescue Service.",
    ],
    [
        "2. Youth Outreach Project",
        "The board discussed the Youth Outreach Project in Riverton.",
        "RESOLVED: that £6,000 be awarded to the Youth Outreach Project.",
        "",
        "3. Allotment Watch",
        "The Allotment Watch scheme reduced shed burglaries by 40 per cent in Riverton.",
    ],
    [],  # a blank sheet, scanned with the rest
]
MIXED = [
    ["Riverside Annual Report 2023-24", "", "The partnership met six times during the year."],
    ["Street Lighting", "", "Street lighting was upgraded on 25 roads near the Riverton bus station."],
    ["Next Steps", "", "The partnership will review the Street Safe plan in the coming year."],
]


@dataclass(frozen=True)
class Scanned:
    """The scanned corpus ingested once with the real model, and what that ingest reported."""

    assistant: Assistant
    report: IngestReport
    calls: Path  # one line per Tesseract run

    def result(self, document: str) -> FileResult:
        return next(f for f in self.report.files if f.document == document)

    def runs(self) -> int:
        return len(self.calls.read_text().splitlines()) if self.calls.exists() else 0


def counting_tesseract(folder: Path) -> tuple[Path, Path]:
    """A `tesseract` that notes each run in a file, then runs the real one (the process edge)."""
    real = shutil.which("tesseract")
    assert real, "tesseract-ocr is not installed; `make test` installs it"
    calls = folder / "tesseract-calls"
    script = folder / "tesseract"
    # pytesseract asks for the version once per process; only page runs are counted.
    script.write_text(f'#!/bin/sh\n[ "$1" = --version ] || echo "$1" >> "{calls}"\nexec "{real}" "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, calls


def ward_walk_pdf(path: Path) -> Path:
    """A text page; a page printed mirrored (no words, read with low confidence); a page upside down."""
    pdf = canvas.Canvas(str(path), pagesize=(300, 300))
    pdf.drawString(20, 260, "Notes from the Riverton ward walk, page one of three.")
    pdf.showPage()
    pdf.translate(300, 0)
    pdf.scale(-1, 1)
    for row in range(12):
        pdf.drawString(20, 270 - 20 * row, "The board noted the figures for the year.")
    pdf.showPage()
    pdf.translate(300, 300)
    pdf.rotate(180)
    pdf.drawString(20, 260, "Graffiti was found under the rail bridge.")
    pdf.showPage()
    pdf.save()
    return path


def make_scans(folder: Path) -> dict[str, Path]:
    """The source PDFs and their scanned copies: minutes all scanned, a mixed report, a ward walk."""
    sources = folder / "sources"
    minutes = make_pdf(sources / "minutes.pdf", MINUTES)
    mixed = make_pdf(sources / "mixed.pdf", MIXED)
    walk = ward_walk_pdf(sources / "ward-walk.pdf")
    return {
        "minutes-scan.pdf": scan_pdf(minutes, folder / "minutes-scan.pdf", angle=2.0, noise=0.01, seed=1),
        "mixed.pdf": scan_pdf(mixed, folder / "mixed.pdf", pages=[2], angle=-1.5, noise=0.01, seed=2),
        "ward-walk.pdf": scan_pdf(walk, folder / "ward-walk.pdf", pages=[2, 3], seed=3),
    }


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Scanned:
    root = tmp_path_factory.mktemp("scanned")
    for name, path in make_scans(root / "made").items():
        (root / "corpus").mkdir(exist_ok=True)
        shutil.copyfile(path, root / "corpus" / name)
    tesseract, calls = counting_tesseract(root)
    settings = Settings(corpus_dir=root / "corpus", data_dir=root / "data", tesseract_cmd=str(tesseract))
    helper = Assistant.open(settings, model)
    pages: list[tuple[str, int, int]] = []
    report = helper.ingest(ocr_progress=lambda document, done, total: pages.append((document, done, total)))
    assert ("minutes-scan.pdf", 3, 3) in pages and ("mixed.pdf", 1, 1) in pages  # shown page by page
    return Scanned(helper, report, calls)


def chunks_of(assistant: Assistant, document: str) -> dict[int, list[tuple[bool, float | None, str]]]:
    found: dict[int, list[tuple[bool, float | None, str]]] = {}
    for s in assistant.retriever.chunks:
        if s.chunk.document == document:
            found.setdefault(s.chunk.page, []).append((s.chunk.ocr, s.chunk.ocr_confidence, s.chunk.text))
    return found


def test_the_text_of_a_scanned_page_is_found_and_marked(scanned: Scanned) -> None:
    minutes = scanned.result("minutes-scan.pdf")
    assert (minutes.status, minutes.pages, minutes.ocr_pages) == ("added", 3, 2)
    pages = chunks_of(scanned.assistant, "minutes-scan.pdf")
    assert sorted(pages) == [1, 2]
    text = {page: " ".join(t for _, _, t in chunks) for page, chunks in pages.items()}
    assert "Apologies were received from the Fire and Rescue Service." in text[1]
    assert "RESOLVED: that £6,000 be awarded to the Youth Outreach Project." in text[2]
    assert "reduced shed burglaries by 40 per cent" in text[2]
    for chunks in pages.values():
        assert all(ocr and confidence is not None and confidence > 80 for ocr, confidence, _ in chunks)


def test_skew_and_noise_are_handled(scanned: Scanned) -> None:
    settings = scanned.assistant.settings
    cache = OcrCache(ocr_dir(settings.data_dir))
    minutes = cache.load(file_sha256(settings.corpus_dir / "minutes-scan.pdf"))
    mixed = cache.load(file_sha256(settings.corpus_dir / "mixed.pdf"))
    assert minutes[1].skew == pytest.approx(-2.0, abs=0.3)  # scanned turned 2 degrees one way
    assert mixed[2].skew == pytest.approx(1.5, abs=0.3)  # and 1.5 degrees the other
    assert (minutes[1].confidence or 0) > 80 and (mixed[2].confidence or 0) > 80


def test_a_question_only_the_scan_answers_cites_its_page_and_ocr_text(scanned: Scanned) -> None:
    answer = scanned.assistant.ask("What did the Allotment Watch scheme do to shed burglaries?")
    assert not answer.abstained, answer.text
    cited = answer.citations[0]
    assert (cited.document, cited.page, cited.ocr) == ("minutes-scan.pdf", 2, True)
    assert "40 per cent" in cited.quote
    settings = scanned.assistant.settings
    pdf = settings.corpus_dir / cited.document
    assert quote_on_source_page(cited.quote, pdf, cited.page, True, ocr_dir(settings.data_dir))
    assert source_page_text(pdf, cited.page, False, ocr_dir(settings.data_dir)).strip() == ""  # no text layer
    assert answer_json(answer)["citations"][0]["ocr"] is True
    assert f"{cited.title} (minutes, 14 March 2024), p. 2 (read by OCR)" in render_answer(answer)
    assert source_label(cited).endswith("p. 2 (read by OCR)")
    rendered = PageRenderer(
        settings.corpus_dir, settings.data_dir / "pages", ocr_dir=ocr_dir(settings.data_dir)
    )
    assert rendered.render(cited.document, cited.page, cited.quote).highlights >= 1  # Tesseract's word boxes


def test_a_text_page_citation_is_not_marked(scanned: Scanned) -> None:
    answer = scanned.assistant.ask("How many times did the partnership meet during the year?")
    cited = answer.citations[0]
    assert (cited.document, cited.page, cited.ocr) == ("mixed.pdf", 1, False)
    assert "read by OCR" not in render_answer(answer)
    assert answer_json(answer)["citations"][0]["ocr"] is False


def test_a_funding_decision_in_the_scan_reaches_the_register(scanned: Scanned) -> None:
    knowledge = scanned.assistant.knowledge
    rows = [d for d in knowledge.register.rows() if d.document == "minutes-scan.pdf"]
    assert [(d.amount, d.page, d.ocr) for d in rows] == [(6000.0, 2, True)]
    assert rows[0].quote == "RESOLVED: that £6,000 be awarded to the Youth Outreach Project."
    assert decision_json(rows[0], knowledge)["ocr"] is True


def test_a_mixed_document_is_read_page_by_page(scanned: Scanned) -> None:
    mixed = scanned.result("mixed.pdf")
    assert (mixed.status, mixed.pages, mixed.ocr_pages, mixed.issues) == ("added", 3, 1, ())
    pages = chunks_of(scanned.assistant, "mixed.pdf")
    assert sorted(pages) == [1, 2, 3]
    assert {page: {ocr for ocr, _, _ in chunks} for page, chunks in pages.items()} == {
        1: {False},
        2: {True},
        3: {False},
    }
    assert "upgraded on 25 roads near the Riverton bus station" in " ".join(t for _, _, t in pages[2])


def test_a_page_scanned_upside_down_is_read_the_right_way_up(scanned: Scanned) -> None:
    (ocr, confidence, text), *_ = chunks_of(scanned.assistant, "ward-walk.pdf")[3]
    assert ocr and confidence is not None and confidence > 80
    assert "Graffiti was found under the rail bridge." in text


def test_blank_and_unreadable_scanned_pages_are_reported_not_indexed(scanned: Scanned) -> None:
    minutes = scanned.result("minutes-scan.pdf")
    assert [(i.page, i.kind) for i in minutes.issues] == [(3, "blank")]
    walk = scanned.result("ward-walk.pdf")
    assert (walk.status, walk.ocr_pages, [(i.page, i.kind) for i in walk.issues]) == (
        "added",
        1,
        [(2, "unreadable")],
    )
    assert "low OCR confidence" in walk.issues[0].reason
    assert sorted(chunks_of(scanned.assistant, "ward-walk.pdf")) == [1, 3]
    summary = {f["document"]: f for f in ingest_summary(scanned.report)["files"]}
    assert summary["minutes-scan.pdf"]["issues"] == [
        {"page": 3, "kind": "blank", "reason": "blank scanned page, not indexed"}
    ]


def test_reingesting_an_unchanged_scan_does_not_ocr_it_again(scanned: Scanned) -> None:
    before = scanned.runs()
    # Minutes pages 1 and 2, mixed page 2, and the ward walk's pages 2 and 3 twice each (read again
    # turned round, as their first reading was poor); the blank page needs no Tesseract at all.
    assert before == 7
    settings = scanned.assistant.settings.with_(collection="second_index")  # as after `--rebuild`
    fake = FakeEmbeddings()
    report = ingest(settings, ChunkStore(settings, fake.name, fake.dimension), fake)
    assert {f.document: (f.status, f.ocr_pages) for f in report.files} == {
        "minutes-scan.pdf": ("added", 2),
        "mixed.pdf": ("added", 1),
        "ward-walk.pdf": ("added", 1),
    }
    assert scanned.runs() == before  # every page came from the cache


def test_a_changed_scan_is_read_again(scanned: Scanned, settings: Settings) -> None:
    source = scanned.assistant.settings.corpus_dir / "mixed.pdf"
    tesseract, calls = counting_tesseract(settings.data_dir.parent)
    settings = settings.with_(tesseract_cmd=str(tesseract))
    shutil.copyfile(source, settings.corpus_dir / "mixed.pdf")
    shutil.copytree(ocr_dir(scanned.assistant.settings.data_dir), ocr_dir(settings.data_dir))
    fake = FakeEmbeddings()
    store = ChunkStore(settings, fake.name, fake.dimension)
    ingest(settings, store, fake)
    assert not calls.exists()  # the same file: its cached pages were used
    plain = make_pdf(settings.data_dir.parent / "plain.pdf", MIXED)
    scan_pdf(plain, settings.corpus_dir / "mixed.pdf", pages=[2], seed=9)  # rescanned: other bytes
    report = ingest(settings, store, fake)
    assert [(f.document, f.status, f.ocr_pages) for f in report.files] == [("mixed.pdf", "updated", 1)]
    assert len(calls.read_text().splitlines()) == 1


def test_ocr_off_reports_an_image_only_file_as_before(scanned: Scanned, settings: Settings) -> None:
    for name in ("minutes-scan.pdf", "mixed.pdf"):
        shutil.copyfile(scanned.assistant.settings.corpus_dir / name, settings.corpus_dir / name)
    settings = settings.with_(ocr="off")
    fake = FakeEmbeddings()
    report = ingest(settings, ChunkStore(settings, fake.name, fake.dimension), fake)
    outcome = {f.document: (f.status, f.pages, f.reason, f.ocr_pages) for f in report.files}
    assert outcome == {
        "minutes-scan.pdf": ("failed", 0, NO_TEXT_LAYER, 0),
        "mixed.pdf": ("added", 3, "", 0),
    }
    assert NO_TEXT_LAYER == "no text layer (a scanned image?); OCR is not supported"
    pages = {s.chunk.page for s in ChunkStore(settings, fake.name, fake.dimension).all_chunks()}
    assert pages == {1, 3}
    assert not ocr_dir(settings.data_dir).exists()


def test_missing_tesseract_is_reported_once_and_the_rest_indexes(
    scanned: Scanned, settings: Settings
) -> None:
    for name in ("minutes-scan.pdf", "mixed.pdf"):
        shutil.copyfile(scanned.assistant.settings.corpus_dir / name, settings.corpus_dir / name)
    make_pdf(settings.corpus_dir / "text.pdf", [["A page with a text layer about road safety."]])
    settings = settings.with_(tesseract_cmd=str(settings.data_dir.parent / "no-such" / "tesseract"))
    fake = FakeEmbeddings()
    report = ingest(settings, ChunkStore(settings, fake.name, fake.dimension), fake)
    outcome = {f.document: (f.status, f.reason, [(i.page, i.kind) for i in f.issues]) for f in report.files}
    assert outcome == {
        "minutes-scan.pdf": ("failed", NO_TESSERACT, []),
        "mixed.pdf": ("added", "", [(2, "no-tesseract")]),
        "text.pdf": ("added", "", []),
    }
    assert len(report.notes) == 1
    assert "apt-get install tesseract-ocr tesseract-ocr-eng" in report.notes[0]
    assert "minutes-scan.pdf, mixed.pdf" in report.notes[0]
    assert ingest_summary(report)["notes"] == list(report.notes)
    assert not any("apt-get" in i.reason for f in report.files for i in f.issues)  # said once, not per page


def test_the_ocr_setting_is_read_and_checked() -> None:
    assert Settings.from_env({}).ocr == "auto"
    assert Settings.from_env({"CSP_OCR": "off"}).ocr == "off"
    assert Settings.from_env({"CSP_OCR": "Force"}).ocr == "force"
    assert Settings.from_env({"CSP_TESSERACT_CMD": "/opt/t/tesseract"}).tesseract_cmd == "/opt/t/tesseract"
    with pytest.raises(ConfigError, match=r"CSP_OCR must be one of auto, off, force, not 'sometimes'"):
        Settings.from_env({"CSP_OCR": "sometimes"})
    with pytest.raises(ConfigError, match="CSP_OCR_PAGE_TIMEOUT"):
        Settings.from_env({"CSP_OCR_PAGE_TIMEOUT": "0"})


def test_csp_ingest_shows_ocr_progress_and_the_pages_left_out(
    scanned: Scanned,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shutil.copyfile(scanned.assistant.settings.corpus_dir / "minutes-scan.pdf", settings.corpus_dir / "m.pdf")
    monkeypatch.setenv("CSP_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("CSP_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("CSP_TESSERACT_CMD", str(settings.data_dir.parent / "missing" / "tesseract"))
    make_pdf(settings.corpus_dir / "text.pdf", [["A page with a text layer about road safety."]])
    assert main(["ingest"]) == 1  # m.pdf has no text Tesseract could read here
    out, err = capsys.readouterr()
    assert "failed  m.pdf  (no text layer (a scanned image?), and Tesseract is not installed" in out
    assert out.count("apt-get install tesseract-ocr tesseract-ocr-eng") == 1
    monkeypatch.delenv("CSP_TESSERACT_CMD")
    assert main(["ingest"]) == 0
    out, err = capsys.readouterr()
    assert "added  m.pdf  (3 pages, " in out and ", 2 read by OCR)" in out
    assert "p. 3: blank scanned page, not indexed" in out
    assert "OCR m.pdf" in err  # the page-by-page bar
    assert main(["ask", "What did the Allotment Watch scheme do to shed burglaries?"]) == 0
    assert "p. 2 (read by OCR)" in capsys.readouterr().out


def test_ocr_force_reads_text_pages_too(settings: Settings) -> None:
    make_pdf(
        settings.corpus_dir / "text.pdf", [["Street lighting was upgraded on 25 roads near the station."], []]
    )
    forced = settings.with_(ocr="force")
    fake = FakeEmbeddings()
    report = ingest(forced, ChunkStore(forced, fake.name, fake.dimension), fake)
    assert [(f.document, f.status, f.pages, f.ocr_pages, f.issues) for f in report.files] == [
        ("text.pdf", "added", 2, 1, ())  # the empty page is no scan: nothing to report
    ]
    (stored,) = ChunkStore(forced, fake.name, fake.dimension).all_chunks()
    assert (stored.chunk.page, stored.chunk.ocr) == (1, True)
    assert stored.chunk.text == "Street lighting was upgraded on 25 roads near the station."


def test_bench_measures_ocr_pages_per_second() -> None:
    result = bench_ocr(pages=(3,))
    assert set(result.figures) == {"ocr_pages_per_s", "ocr_s_per_page", "ocr_mean_confidence"}
    assert result.figures["ocr_pages_per_s"] > 0 and result.figures["ocr_mean_confidence"] > 80


def shaded_table_pdf(path: Path) -> Path:
    """A grants table whose header row is printed on grey shading, ruled as forms are."""
    pdf = canvas.Canvas(str(path), pagesize=(500, 300))
    pdf.setFillGray(0.72)
    pdf.rect(20, 220, 460, 30, stroke=0, fill=1)
    pdf.setFillGray(0.0)
    pdf.setFont("Helvetica-Bold", 12)
    for x, word in ((30, "Ref"), (90, "Applicant"), (300, "Asked"), (380, "Decision")):
        pdf.drawString(x, 230, word)
    pdf.setFont("Helvetica", 12)
    pdf.setStrokeGray(0.5)
    for row, cells in enumerate(
        (("B1", "Ferrow Youth Club", "4,200", "APPROVED"), ("B2", "Hillside Watch", "900", "DEFERRED"))
    ):
        y = 195 - 30 * row
        for x, word in zip((30, 90, 300, 380), cells, strict=True):
            pdf.drawString(x, y, word)
        pdf.line(20, y - 10, 480, y - 10)
    for x in (20, 80, 290, 370, 480):
        pdf.line(x, 250, x, 155)
    pdf.showPage()
    pdf.save()
    return path


def test_words_printed_on_a_shaded_header_row_are_read(tmp_path: Path) -> None:
    source = shaded_table_pdf(tmp_path / "table.pdf")
    scan = scan_pdf(source, tmp_path / "table-scan.pdf", angle=0.8, noise=0.01, seed=4)
    document = pdfium.PdfDocument(str(scan))
    try:
        text = ocr_page(document[0], 1).text
    finally:
        document.close()
    header = next(line for line in text.splitlines() if "Ref" in line)
    assert header.split() == ["Ref", "Applicant", "Asked", "Decision"]
    assert "Ferrow Youth Club" in text and "+" not in text
