"""Shared fixtures: the bundled model loaded once per session, and the real corpus ingested once."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.app.progress import IngestProgress
from assistant.service import Assistant
from assistant.settings import Settings
from evals.archive.build import DOCUMENTS, catalogue_text, write_document
from evals.archive.names import KESTRELFORD
from ingest.embed.models import load_embeddings
from tests.browser import base_url, browser  # noqa: F401  (the browser tests' fixtures, shared)
from tests.pdfs import make_pdf

REPO = Path(__file__).resolve().parents[1]
CORPUS_PDF = REPO / "corpus" / "scep-annual-report-2022-23.pdf"
# The seven priorities the annual report sets for 2022-2025 (page 13), as printed.
SEVEN_PRIORITIES = [
    "Violence Intimidation Against Women and Girls (VIAWG)",
    "Exploitation of adults and children",
    "Cybercrime",
    "Serious and Organised Crime",
    "Domestic Abuse",
    "Knife Crime",
    "Road Safety",
]
# A year of one invented partnership's board: minutes that defer, approve and amend, the next June's
# minutes scanned to images, and the annual report restating the year's awards.
KESTRELFORD_YEAR = (
    "minutes-2023-06-14.pdf",
    "minutes-2023-09-20.pdf",
    "minutes-2023-12-06.pdf",
    "minutes-2024-03-12.pdf",
    "minutes-2024-06-11-signed.pdf",
    "annual-report-2023-24.pdf",
)


class FakeEmbeddings(Embeddings):
    """Deterministic vectors from a hash of the text; counts what it embeds."""

    def __init__(self, name: str = "fake-embeddings", dimension: int = 16) -> None:
        self.name = name
        self.dimension = dimension
        self.embedded: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded.extend(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)

    def _vector(self, text: str) -> list[float]:
        digest = hashlib.sha256(text.encode()).digest()
        raw = [b / 255 for b in digest[: self.dimension]]
        norm = sum(x * x for x in raw) ** 0.5 or 1.0
        return [x / norm for x in raw]


@pytest.fixture(scope="session", autouse=True)
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One ONNX export of the model for the whole session, for this process and the `csp` it starts."""
    cache = tmp_path_factory.mktemp("models")
    before = os.environ.get("CSP_MODEL_CACHE")
    os.environ["CSP_MODEL_CACHE"] = str(cache)
    yield cache
    if before is None:
        os.environ.pop("CSP_MODEL_CACHE", None)
    else:
        os.environ["CSP_MODEL_CACHE"] = before


@pytest.fixture(scope="session")
def model(model_cache: Path) -> Embeddings:
    """The bundled all-MiniLM-L6-v2 on the default backend, loaded once for the whole session."""
    return load_embeddings(Settings(model_cache=model_cache))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings over an empty corpus folder and store of this test's own."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return Settings(corpus_dir=corpus, data_dir=tmp_path / "data")


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A copy of the real corpus folder with a store of its own."""
    root = tmp_path_factory.mktemp("real")
    shutil.copytree(REPO / "corpus", root / "corpus")
    return Settings(corpus_dir=root / "corpus", data_dir=root / "data")


@pytest.fixture(scope="session")
def assistant(corpus_settings: Settings, model: Embeddings) -> Assistant:
    """The real corpus ingested once with the real model."""
    helper = Assistant.open(corpus_settings, model)
    helper.ingest()
    return helper


def ingested(
    tmp_path: Path, model: Embeddings, pages: list[list[str]], name: str = "report.pdf"
) -> Assistant:
    """An assistant over one PDF made of `pages` (a line a string), ingested with the real model."""
    make_pdf(tmp_path / "corpus" / name, pages)
    helper = Assistant.open(Settings(corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data"), model)
    helper.ingest()
    return helper


@dataclass(frozen=True)
class Archive:
    """Kestrelford's year ingested once, and what the ingest's progress showed: (fraction, line)."""

    assistant: Assistant
    shown: list[tuple[float, str]]


@pytest.fixture(scope="session")
def archive(tmp_path_factory: pytest.TempPathFactory, model: Embeddings) -> Archive:
    """KESTRELFORD_YEAR from the evaluation archive's generator, ingested with the real model and
    Tesseract (the scanned minutes are read by OCR), with the progress the UI would show."""
    root = tmp_path_factory.mktemp("archive")
    documents = [
        d for d in DOCUMENTS if d.partnership == KESTRELFORD and Path(d.file).name in KESTRELFORD_YEAR
    ]
    for document in documents:
        write_document(document, root / "corpus" / document.file, root / "scratch")
    (root / "corpus" / "catalogue.toml").write_text(
        catalogue_text(documents, real_report=False), encoding="utf-8"
    )
    helper = Assistant.open(Settings(corpus_dir=root / "corpus", data_dir=root / "data"), model)
    shown: list[tuple[float, str]] = []
    progress = IngestProgress(lambda fraction, line: shown.append((fraction, line)))
    report = helper.ingest(progress=progress.embedded, ocr_progress=progress.ocr)
    assert [f.status for f in report.files] == ["added"] * len(KESTRELFORD_YEAR)
    return Archive(helper, shown)
