"""A run as text for the terminal, and as a report (`report.html`, `report.md`): charts, a row per question.

Everything here reads the run's JSON (and a comparison's), so a saved run can be reported again.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evals.charts import write_charts
from evals.run import save_run
from evals.scoring import FIGURES, Figure

_CSS = """body{font-family:system-ui,sans-serif;margin:2em;max-width:1400px;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:13px}th,td{border:1px solid #ccc;padding:3px 6px;
vertical-align:top;text-align:left}th{background:#f3f3f3}td.num{text-align:right;white-space:nowrap}
.fail{color:#b00020;font-weight:600}.pass{color:#1b5e20}img{max-width:100%;display:block;margin:1em 0}"""


def fmt(figure: Figure, value: float | None) -> str:
    """A figure's value as shown: n/a when it does not apply, milliseconds whole, shares to 3 places."""
    if value is None:
        return "n/a"
    return f"{value:,.0f} ms" if figure.key.endswith("_ms") else f"{value:.3f}"


def _interval(figure: Figure, f: Mapping[str, Any]) -> str:
    if f["low"] is None:
        return ""
    if figure.key.endswith("_ms"):
        return f"{f['low']:,.0f}–{f['high']:,.0f}"
    return f"{f['low']:.3f}–{f['high']:.3f}"


def _columns(groups: Mapping[str, Mapping[str, Any]]) -> list[Figure]:
    """The figures that apply to at least one group, so a breakdown shows no all-n/a column."""
    return [f for f in FIGURES if any(g[f.key]["value"] is not None for g in groups.values())]


def _change(c: Mapping[str, Any], figure: Figure) -> list[str]:
    delta = c["change"]
    if delta is None:
        return [figure.label, "n/a", "n/a", "", ""]
    interval = "" if c["low"] is None else f"{c['low']:+.3f} to {c['high']:+.3f}"
    return [
        figure.label,
        fmt(figure, c["old"]),
        fmt(figure, c["new"]),
        f"{delta:+.3f} ({interval})",
        c["verdict"],
    ]


def _tables(
    run: Mapping[str, Any], comparison: Mapping[str, Any] | None
) -> list[tuple[str, list[str], list[list[str]]]]:
    """Every table of the report: (title, header, rows), in order; the question table comes apart."""
    tables = []
    for name, s in run["sets"].items():
        rows = [
            [
                f.label,
                fmt(f, s["figures"][f.key]["value"]),
                _interval(f, s["figures"][f.key]),
                str(s["figures"][f.key]["n"]),
            ]
            for f in FIGURES
        ]
        tables.append(
            (f"Set: {name} ({s['questions']} questions)", ["figure", "value", "95% interval", "n"], rows)
        )
        for by, title in (("by_kind", "question kind"), ("by_doc_type", "document type")):
            groups = s[by]
            columns = _columns(groups)
            body = [
                [group, str(g["latency_p50_ms"]["n"])] + [fmt(f, g[f.key]["value"]) for f in columns]
                for group, g in groups.items()
            ]
            tables.append((f"{name}: by {title}", [title, "n", *(f.short for f in columns)], body))
    if comparison is not None:
        rows = [_change(comparison["figures"][f.key], f) for f in FIGURES]
        tables.append(
            (
                f"Compared with the run of {comparison['against'] or 'earlier'} "
                f"({comparison['paired_questions']} questions in both, {comparison['only_in_earlier']} "
                f"only in the earlier run, {comparison['only_in_new']} only in this one)",
                ["figure", "earlier", "now", "change (95% interval)", "verdict"],
                rows,
            )
        )
    return tables


def _question_rows(run: Mapping[str, Any]) -> list[list[str]]:
    rows = []
    for q in run["questions"]:
        expected = ", ".join(_page(e["document"], e["page"]) for e in q["expected"]) or "none"
        cited = ", ".join(
            _page(c["document"], c["page"]) + ("" if c["verbatim"] else " (quote not verbatim)")
            for c in q["citations"]
        )
        retrieved = ", ".join(_page(d, p) for d, p in q["retrieved"][:5])
        facts = "; ".join(" / ".join(g) for g in q["answer_all"]) or "(should decline)"
        answer = "(declined)" if q["abstained"] else " ".join(q["answer"].split())[:400]
        verdict = "pass" if q["passed"] else "FAIL"
        rows.append(
            [
                q["set"],
                q["id"],
                q["kind"],
                q["doc_type"],
                q["question"],
                facts,
                expected,
                answer,
                cited,
                retrieved,
                verdict,
                "; ".join(q["failed"]),
            ]
        )
    return rows


_QUESTION_HEADER = [
    "set",
    "id",
    "kind",
    "doc type",
    "question",
    "expected facts",
    "expected pages",
    "answer",
    "citations",
    "retrieved (top 5 pages)",
    "result",
    "what failed",
]


def _page(document: str | None, page: int) -> str:
    return f"{document} p. {page}" if document else f"p. {page}"


def render_text(run: Mapping[str, Any], comparison: Mapping[str, Any] | None = None) -> str:
    """The run for a terminal: each table as aligned columns, then questions that newly fail or pass."""
    out = [f"Answerer: {run['answerer']}"]
    for title, header, rows in _tables(run, comparison):
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
        out += ["", title] + [
            "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [header, *rows]
        ]
    if comparison is not None:
        out += ["", "Newly failing: " + (", ".join(comparison["newly_failing"]) or "none")]
        out += ["Newly passing: " + (", ".join(comparison["newly_passing"]) or "none")]
    return "\n".join(out)


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    return ["| " + " | ".join(map(cell, header)) + " |", "|" + "---|" * len(header)] + [
        "| " + " | ".join(map(cell, r)) + " |" for r in rows
    ]


def summary_markdown(run: Mapping[str, Any], comparison: Mapping[str, Any] | None = None) -> str:
    """The figures of a run as Markdown tables (headline, breakdowns, comparison), without the questions."""
    out = [f"Run of {run['created']}; answers by {run['answerer']}."]
    for title, header, rows in _tables(run, comparison):
        out += ["", f"### {title}", "", *_md_table(header, rows)]
    if comparison is not None:
        out += ["", "Newly failing: " + (", ".join(comparison["newly_failing"]) or "none") + "  "]
        out += ["Newly passing: " + (", ".join(comparison["newly_passing"]) or "none")]
    return "\n".join(out)


def render_markdown(
    run: Mapping[str, Any], charts: Sequence[Path], comparison: Mapping[str, Any] | None
) -> str:
    out = ["# Evaluation report", "", *(f"![{p.stem}]({p.name})" for p in charts), ""]
    out += [summary_markdown(run, comparison), "", "### Questions", ""]
    out += _md_table(_QUESTION_HEADER, _question_rows(run))
    return "\n".join(out) + "\n"


def _html_table(header: Sequence[str], rows: Sequence[Sequence[str]], classes: bool = False) -> str:
    def td(text: str) -> str:
        cls = (
            ' class="fail"'
            if classes and text == "FAIL"
            else ' class="pass"'
            if classes and text == "pass"
            else ""
        )
        return f"<td{cls}>{html.escape(text)}</td>"

    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(td(c) for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(run: Mapping[str, Any], charts: Sequence[Path], comparison: Mapping[str, Any] | None) -> str:
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Evaluation report</title>",
        f"<style>{_CSS}</style></head><body><h1>Evaluation report</h1>",
        f"<p>Run of {html.escape(run['created'])}; answers by {html.escape(run['answerer'])}.</p>",
    ]
    tables = _tables(run, comparison)
    for title, header, rows in tables[:1]:
        parts.append(f"<h2>{html.escape(title)}</h2>{_html_table(header, rows)}")
    parts += [f"<img class='chart' src='{html.escape(p.name)}' alt='{html.escape(p.stem)}'>" for p in charts]
    for title, header, rows in tables[1:]:
        parts.append(f"<h2>{html.escape(title)}</h2>{_html_table(header, rows)}")
    if comparison is not None:
        for label, key in (("Newly failing", "newly_failing"), ("Newly passing", "newly_passing")):
            parts.append(f"<p><b>{label}:</b> {html.escape(', '.join(comparison[key]) or 'none')}</p>")
    parts.append(f"<h2>Questions</h2>{_html_table(_QUESTION_HEADER, _question_rows(run), classes=True)}")
    return "".join(parts) + "</body></html>\n"


def write_report(
    run: Mapping[str, Any], directory: Path, comparison: Mapping[str, Any] | None = None
) -> Path:
    """Write report.html, report.md, the charts and run.json into `directory`; returns report.html."""
    charts = write_charts(run, directory, comparison)
    (directory / "report.md").write_text(render_markdown(run, charts, comparison), encoding="utf-8")
    save_run(run, directory / "run.json")
    comparison_path = directory / "comparison.json"
    if comparison is not None:
        comparison_path.write_text(json.dumps(comparison, indent=1, ensure_ascii=False), encoding="utf-8")
    else:
        comparison_path.unlink(missing_ok=True)  # a stale one would describe another run
    path = directory / "report.html"
    path.write_text(render_html(run, charts, comparison), encoding="utf-8")
    return path
