"""A messy folder: every bad PDF is reported by name with a reason, and every good page still indexes."""

from __future__ import annotations

import time
import zlib
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from assistant.settings import Settings
from evals.scan import scan_pdf
from ingest.errors import UnreadablePdfError
from ingest.parse.pdf import NO_TEXT_LAYER
from ingest.parse.reader import NO_READABLE_TEXT, OcrOptions
from ingest.parse.sandbox import PdfParser
from ingest.pipeline import ingest
from ingest.store import ChunkStore
from tests.conftest import FakeEmbeddings
from tests.pdfs import encrypt_pdf, make_pdf


def image_only_pdf(path: Path) -> Path:
    """A 'scanned' page: shapes, no text layer."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for i in range(20):
        pdf.rect(50 + i * 10, 400 + i * 5, 120, 40, fill=1)
    pdf.showPage()
    pdf.save()
    return path


def empty_pages_pdf(path: Path, pages: int) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def flate_bomb_pdf(path: Path, megabytes: int) -> Path:
    """One page whose content stream inflates from about 1 MB to `megabytes` of text operators."""
    payload = b"BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n" + b" " * (megabytes * 1024 * 1024)
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    stream = StreamObject()
    stream.set_data(zlib.compress(payload, 9))
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def nested_pdf(path: Path, depth: int) -> Path:
    """A page holding arrays nested `depth` deep, written by hand (pypdf itself cannot write it)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Nested "
        + b"[" * depth
        + b"]" * depth
        + b" >>",
    ]
    body = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(body))
    return path


def image_bomb_pdf(path: Path, side: int) -> Path:
    """An image-only page whose one grey image is `side` pixels square: tiny on disk, huge decoded."""
    packer = zlib.compressobj(9)
    row_block = b"\xff" * side * 64
    data = b"".join(packer.compress(row_block) for _ in range(side // 64)) + packer.flush()
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    image = StreamObject()
    image._data = data  # already deflated: written as is
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(side),
            NameObject("/Height"): NumberObject(side // 64 * 64),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/FlateDecode"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(image)})}
    )
    contents = StreamObject()
    contents.set_data(b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    page[NameObject("/Contents")] = writer._add_object(contents)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


@pytest.fixture
def messy(settings: Settings) -> Settings:
    corpus = settings.corpus_dir
    good = make_pdf(
        corpus / "good.pdf", [["Good page one about road safety."], ["Good page two about scams."]]
    )
    make_pdf(corpus / "also-good.pdf", [[f"Page {n} of the second good file."] for n in range(1, 4)])
    encrypt_pdf(good, corpus / "locked.pdf", password="secret")
    encrypt_pdf(good, corpus / "empty-password.pdf", password="")
    (corpus / "truncated.pdf").write_bytes(good.read_bytes()[:300])
    (corpus / "zero.pdf").write_bytes(b"")
    (corpus / "notes.pdf").write_text("These are meeting notes, saved with the wrong extension.\n")
    image_only_pdf(corpus / "scanned.pdf")
    empty_pages_pdf(corpus / "thousands-empty.pdf", 3000)
    flate_bomb_pdf(corpus / "bomb.pdf", 600)
    nested_pdf(corpus / "nested.pdf", 5000)
    image_bomb_pdf(corpus / "image-bomb.pdf", 30000)
    return settings.with_(parse_memory_mb=400, parse_timeout_s=60)


def test_messy_folder_ingests_what_it_can(messy: Settings) -> None:
    fake = FakeEmbeddings()
    report = ingest(messy, ChunkStore(messy, fake.name, fake.dimension), fake)
    outcome = {f.document: (f.status, f.pages, f.reason) for f in report.files}
    assert outcome["good.pdf"] == ("added", 2, "")
    assert outcome["also-good.pdf"] == ("added", 3, "")
    assert outcome["empty-password.pdf"] == ("added", 2, "")
    assert outcome["locked.pdf"] == ("failed", 0, "encrypted with a password")
    assert outcome["zero.pdf"] == ("failed", 0, "the file is empty (0 bytes)")
    assert outcome["notes.pdf"] == ("failed", 0, "not a PDF file (no %PDF header)")
    # Read by OCR (CSP_OCR=auto): shapes and 3,000 empty pages hold no words, and are reported so.
    assert outcome["scanned.pdf"] == ("failed", 0, NO_READABLE_TEXT)
    assert outcome["thousands-empty.pdf"] == ("failed", 0, NO_READABLE_TEXT)
    assert outcome["image-bomb.pdf"][:2] == ("failed", 0) and outcome["image-bomb.pdf"][2]
    assert outcome["truncated.pdf"][0] == "failed" and outcome["truncated.pdf"][2]
    assert outcome["bomb.pdf"][0] == "failed"
    assert "400 MB" in outcome["bomb.pdf"][2] or "no text layer" in outcome["bomb.pdf"][2]
    assert outcome["nested.pdf"][0] in ("failed", "added")  # refused or read, never a crash of the run
    assert report.totals["failed"] >= 8
    good_pages = {
        (s.chunk.document, s.chunk.page) for s in ChunkStore(messy, fake.name, fake.dimension).all_chunks()
    }
    assert {
        ("good.pdf", 1),
        ("good.pdf", 2),
        ("also-good.pdf", 1),
        ("also-good.pdf", 2),
        ("also-good.pdf", 3),
        ("empty-password.pdf", 1),
        ("empty-password.pdf", 2),
    } <= good_pages


def test_a_parse_that_overruns_is_stopped_and_the_next_file_still_parses(tmp_path: Path) -> None:
    slow = empty_pages_pdf(tmp_path / "slow.pdf", 3000)
    quick = make_pdf(tmp_path / "quick.pdf", [["Quick page."]])
    with PdfParser(timeout_s=0.2, memory_mb=512) as parser:
        with pytest.raises(UnreadablePdfError, match=r"parsing took longer than 0 s and was stopped"):
            parser.parse(slow, "slow.pdf", "x")
        parser.timeout_s = 60
        assert [p.text.strip() for p in parser.parse(quick, "quick.pdf", "y").pages] == ["Quick page."]


def test_parser_limits_are_validated() -> None:
    with pytest.raises(ValueError, match="timeout_s"):
        PdfParser(timeout_s=0)
    with pytest.raises(ValueError, match="memory_mb"):
        PdfParser(memory_mb=10)


def test_ocr_off_reports_image_only_files_as_before(settings: Settings) -> None:
    image_only_pdf(settings.corpus_dir / "scanned.pdf")
    empty_pages_pdf(settings.corpus_dir / "thousands-empty.pdf", 3000)
    fake = FakeEmbeddings()
    off = settings.with_(ocr="off")
    report = ingest(off, ChunkStore(off, fake.name, fake.dimension), fake)
    assert {f.document: (f.status, f.reason) for f in report.files} == {
        "scanned.pdf": ("failed", NO_TEXT_LAYER),
        "thousands-empty.pdf": ("failed", NO_TEXT_LAYER),
    }


def test_a_long_scan_that_overruns_its_ocr_time_is_stopped_and_the_next_file_parses(tmp_path: Path) -> None:
    text = make_pdf(
        tmp_path / "text.pdf", [[f"Page {n} of a long scanned report on road safety."] for n in range(8)]
    )
    scan = scan_pdf(text, tmp_path / "long-scan.pdf", noise=0.0)
    # Each page may take 0.3 s of OCR on top of 1.5 s for the file: 3.9 s in all, far less than it needs.
    ocr = OcrOptions(mode="auto", page_timeout_s=0.3)
    with PdfParser(timeout_s=1.5, memory_mb=1024, ocr=ocr) as parser:
        started = time.monotonic()
        with pytest.raises(
            UnreadablePdfError, match=r"parsing and OCR took longer than 4 s and were stopped"
        ):
            parser.parse(scan, "long-scan.pdf", "x")
        assert time.monotonic() - started < 10
        parser.timeout_s = 60
        assert parser.parse(text, "text.pdf", "y").pages[0].text.strip().startswith("Page 0 of a long")
