"""The `csp` command. Errors become one clear sentence here, and only here."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from assistant.app.progress import OcrBar, issue_lines
from assistant.app.sources import source_label
from assistant.settings import Settings
from ingest.errors import CspError
from ingest.parse.catalogue import DOC_TYPES


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env()
        return int(args.run(args, settings))
    except CspError as exc:
        print(f"csp: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("csp: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head`, which stopped reading
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="csp", description="Ask cited questions of partnership documents.")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    ing = sub.add_parser(
        "ingest", help="index the PDFs of the corpus folder (or of the files and folders given)"
    )
    ing.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="PDF files or folders (default: the corpus folder); files deleted from a folder leave the index",
    )
    ing.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    ing.add_argument("--rebuild", action="store_true", help="delete the index first and build it anew")
    ing.set_defaults(run=_ingest)

    ask = sub.add_parser("ask", help="answer questions, citing pages")
    ask.add_argument("questions", nargs="+", metavar="QUESTION")
    _add_filters(ask)
    ask.add_argument("-k", type=int, default=None, help="passages to retrieve (default 5)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question, one per line")
    ask.set_defaults(run=_ask)

    serve = sub.add_parser("serve", help="start the chat UI in the browser")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    serve.set_defaults(run=_serve)

    from assistant.app.cli_facts import add_commands
    from evals.cli import add_commands as add_eval_commands  # light: evals' code loads only when run

    add_commands(sub)
    add_eval_commands(sub)
    return parser


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--type", dest="doc_type", choices=DOC_TYPES, help="only documents of this type")
    parser.add_argument("--period", help="only documents of this period, e.g. 2022-23")
    parser.add_argument(
        "--document", metavar="FILE", help="only this document: its name as `csp ingest` lists it"
    )


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.index import Index
    from ingest.embed.models import load_embeddings
    from ingest.store import ChunkStore

    if args.rebuild:
        ChunkStore.reset(settings)
    index = Index.open(settings, load_embeddings(settings))  # no chat model: ingest answers nothing
    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None and not args.json:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="chunk", desc="Embedding", file=sys.stderr, mininterval=0.5)
        if bar is not None:
            bar.total = total  # grows while files are still being parsed
            bar.update(done - bar.n)

    ocr_bar = OcrBar(enabled=not args.json)
    paths = [Path(p) for p in args.paths] or None
    report = index.ingest(paths, progress, refresh=False, ocr_progress=ocr_bar.update)
    ocr_bar.close()
    if bar is not None:
        bar.close()
    if args.json:
        print(json.dumps(ingest_summary(report)))
    else:
        for f in report.files:
            detail = f"{f.pages} pages, {f.chunks} chunks" if f.status != "failed" else f.reason
            ocr = f", {f.ocr_pages} read by OCR" if f.ocr_pages else ""
            print(f"{f.status:>9}  {f.document}  ({detail}{ocr})")
            for line in issue_lines(f.issues):
                print(f"           {line}")
        t = report.totals
        print(
            f"Files: {t['added']} added, {t['updated']} updated, {t['unchanged']} unchanged, "
            f"{t['removed']} removed, {t['failed']} failed. Pages: {t['pages']}. Chunks: {t['chunks']} "
            f"({report.chunks_embedded} embedded now; {report.chunks_in_store} in the store)."
        )
        for note in report.notes:
            print(note)
    return 1 if report.failed else 0


def ingest_summary(report: Any) -> dict[str, Any]:
    """The `csp ingest --json` object."""
    return {
        "files": [
            {
                "document": f.document,
                "status": f.status,
                "pages": f.pages,
                "chunks": f.chunks,
                "reason": f.reason,
                "ocr_pages": f.ocr_pages,
                "issues": [{"page": i.page, "kind": i.kind, "reason": i.reason} for i in f.issues],
            }
            for f in report.files
        ],
        "notes": list(report.notes),
        "totals": {**report.totals, "embedded": report.chunks_embedded},
        "chunks_in_store": report.chunks_in_store,
    }


def answer_json(answer: Any) -> dict[str, Any]:
    """The `csp ask --json` object for one answer."""
    return {
        "question": answer.question,
        "answer": answer.text,
        "abstained": answer.abstained,
        "citations": [
            {
                "document": c.document,
                "title": c.title,
                "page": c.page,
                "quote": c.quote,
                "ocr": c.ocr,
                "doc_type": c.doc_type,
                "period": c.period,
                "date": c.date,
            }
            for c in answer.citations
        ],
        "passages": [
            {"document": p.document, "page": p.page, "score": round(p.score, 6), "text": p.text}
            for p in answer.passages
        ],
        "answerer": answer.answerer,
        "notes": list(answer.notes),
        "sentences": [
            {"text": s.text, "citations": list(s.citations), "verified": s.verified, "reason": s.reason}
            for s in answer.sentences
        ],
    }


def render_answer(answer: Any) -> str:
    """The human form: the answer, then numbered sources; or the closest passages after an abstention."""
    from assistant.text import snippet

    lines = [answer.text, ""]
    if answer.notes:  # e.g. that the language model was unavailable, so the answer is extractive
        lines += [*answer.notes, ""]
    if answer.citations:
        lines.append("Sources:")
        for c in answer.citations:
            lines.append(f"  {source_label(c)}")
    elif answer.passages:
        lines.append("Closest passages:")
        lines += [f"  - {p.title}, p. {p.page_label}: {snippet(p.text)}" for p in answer.passages[:3]]
    return "\n".join(lines).rstrip()


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import Assistant

    if args.k is not None and args.k < 1:
        raise CspError("-k must be at least 1.")
    assistant = Assistant.open(settings)
    records = assistant.index.state.records
    if args.document is not None and args.document not in records:
        raise CspError(
            f"No document named {args.document!r} is indexed; the names are: {', '.join(sorted(records))}."
        )
    filters = {"k": args.k, "doc_type": args.doc_type, "period": args.period, "document": args.document}
    for i, question in enumerate(args.questions):
        if args.json:
            print(json.dumps(answer_json(assistant.ask(question, **filters))), flush=True)
        else:
            if len(args.questions) > 1:
                print(f"{'' if i == 0 else chr(10)}Q: {question}")
            _print_streamed(assistant.stream(question, **filters))
    return 0


def _print_streamed(items: Iterable[Any]) -> None:
    """Print an answer's text as its pieces arrive, then its notes and sources."""
    shown = ""
    answer: Any = None
    for item in items:
        if isinstance(item, str):
            print(item, end="", flush=True)
            shown += item
        else:
            answer = item
    rendered = render_answer(answer)
    if shown.rstrip().endswith(answer.text) and rendered.startswith(answer.text):
        print(rendered[len(answer.text) :], flush=True)
    else:  # the final answer is not what was streamed (an abstention, a fallback): show it whole
        print(f"\n\n{rendered}", flush=True)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.app.access import check_bind, parse_auth
    from assistant.app.memory import limit_arenas
    from assistant.service import Assistant

    check_bind(args.host, parse_auth(settings.auth))  # refuse before the model loads
    limit_arenas()  # before the model loads and starts its threads, or it comes too late
    assistant = Assistant.open(settings)
    if not assistant.documents():
        print(
            "csp: nothing is indexed yet; run `csp ingest` or add PDFs in the Documents tab.", file=sys.stderr
        )
    from assistant.app.ui import serve  # Gradio loads here, after the model, as it did when served
    from evals.ui_tab import evaluation_tab

    print(f"Serving the chat UI on http://{args.host}:{args.port}", file=sys.stderr)
    serve(assistant, args.host, args.port, extra_tabs=[evaluation_tab])
    return 0


if __name__ == "__main__":
    sys.exit(main())
