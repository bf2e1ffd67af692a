"""Which PDF files an ingest covers, what each is called in the index, and which folder owns it.

A folder ingested as a corpus (the configured one, or a folder given to `csp ingest DIR`) holds the
documents named relative to it: a document whose file has gone from below a folder leaves the index
at that folder's next ingest. A file named on its own has no folder of its own; the configured
corpus's ingest drops it when it is not in the corpus, as it always has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.records import DocumentRecord


@dataclass(frozen=True)
class CorpusFile:
    """A PDF to ingest: its path, its document name, and the folder ingested as a corpus that holds it."""

    path: Path
    name: str
    # The resolved folder outside the corpus that the name is relative to; "" for the corpus folder
    # (and for a file named on its own, which the corpus's ingest drops when it is not in the corpus).
    folder: str = ""


def document_name(path: Path, corpus_dir: Path) -> str:
    """A file's name relative to the corpus folder; a file outside it goes by its own name."""
    try:
        return path.resolve().relative_to(corpus_dir.resolve()).as_posix()
    except ValueError:
        return path.name


def find_pdfs(paths: Sequence[Path]) -> list[Path]:
    """PDF files named, or found below the folders named, sorted and without repeats."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(_pdfs_below(path))
        else:
            found.add(path)
    return sorted(found)


def corpus_files(paths: Sequence[Path] | None, corpus_dir: Path) -> list[CorpusFile]:
    """The files of an ingest: the corpus folder's when `paths` is None, else those named or below them.

    A file below the configured corpus keeps its name relative to it wherever it is reached from,
    so one file is never two documents; a file below another folder is named relative to that folder.
    """
    files: dict[Path, CorpusFile] = {}
    for path in [corpus_dir] if paths is None else paths:
        if not path.is_dir():
            files.setdefault(path.resolve(), CorpusFile(path, document_name(path, corpus_dir)))
            continue
        for pdf in _pdfs_below(path):
            if _is_below(pdf, corpus_dir):
                files[pdf.resolve()] = CorpusFile(pdf, document_name(pdf, corpus_dir))
            else:
                files[pdf.resolve()] = CorpusFile(pdf, document_name(pdf, path), str(path.resolve()))
    return sorted(files.values(), key=lambda f: f.path)


def stale_documents(
    records: Mapping[str, DocumentRecord],
    files: Iterable[CorpusFile],
    paths: Sequence[Path] | None,
    corpus_dir: Path,
) -> list[str]:
    """Documents whose file would be below a folder ingested now, and is not there any more."""
    folders = [p.resolve() for p in ([corpus_dir] if paths is None else paths) if p.is_dir()]
    present = {f.name for f in files}
    return sorted(
        name
        for name, record in records.items()
        if name not in present
        and any((Path(record.folder or corpus_dir.resolve()) / name).is_relative_to(f) for f in folders)
    )


def _pdfs_below(folder: Path) -> Iterable[Path]:
    return (p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")


def _is_below(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())
