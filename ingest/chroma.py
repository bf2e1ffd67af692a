"""Opening Chroma (a local folder or a server, telemetry off), and reading facts without the model.

`csp funding` and the like read the stored facts with no embedding model loaded: that is
`read_facts`; everything else goes through `store.ChunkStore`.
"""

from __future__ import annotations

import json
from typing import Any

from ingest.errors import StoreUnavailableError
from ingest.facts.document import DocumentFacts
from ingest.records import DocumentRecord
from ingest.settings import IngestSettings

GET_PAGE = 1000  # Chroma caps how many records one get returns on a server


def open_client(settings: IngestSettings) -> Any:
    """A Chroma client with telemetry off: a local folder, or the server named in the settings."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.data_dir / "chroma"), settings=chroma_settings)
    except Exception as exc:
        where = (
            f"the Chroma server at {settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else f"the local store in {settings.data_dir}"
        )
        raise StoreUnavailableError(f"Could not open {where}: {exc}") from exc


def read_facts(settings: IngestSettings) -> tuple[list[DocumentFacts], dict[str, DocumentRecord]]:
    """Document facts and records, read without the embedding model (for listings such as `csp funding`)."""
    client = open_client(settings)
    try:
        facts = client.get_or_create_collection(f"{settings.collection}_facts", embedding_function=None)
        documents = client.get_or_create_collection(
            f"{settings.collection}_documents", embedding_function=None
        )
        fact_rows = facts.get(include=["metadatas"])["metadatas"]
        record_rows = documents.get(include=["metadatas"])["metadatas"]
    except Exception as exc:
        raise StoreUnavailableError(f"Could not read the index {settings.collection!r}: {exc}") from exc
    records = [DocumentRecord(**json.loads(str(meta["record"]))) for meta in record_rows]
    all_facts = sorted(
        (DocumentFacts.from_json(str(meta["facts"])) for meta in fact_rows), key=lambda f: f.document
    )
    return all_facts, {r.document: r for r in records}
