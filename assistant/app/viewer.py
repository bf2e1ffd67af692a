"""The page viewer beside the chat, free of Gradio: which page is open, and its HTML.

The viewer shows a cited page as an image with the quote highlighted, a link to the PDF itself at
that page, and the page's indexed text with the quote marked. Turning pages keeps the citation it
was opened from, so coming back to the cited page highlights its quote again.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote as url_quote

from assistant.answering.quotes import comparable
from assistant.app.sources import source_name
from assistant.types import Citation
from ingest.parse.clean import BULLET_GLYPHS

# Between two words of a quote the page may have any whitespace, bullet glyphs or a dot leader (as
# `comparable`).
_GAP = "(?:[\\s" + re.escape(BULLET_GLYPHS) + "]|(?:\\. ?){4,})+"
_CITE_REF = re.compile(r"(\d+)-(\d+)")


@dataclass(frozen=True)
class OpenPage:
    """The page shown: `citation` is the source it was opened from, `page` the page turned to."""

    citation: Citation
    page: int
    pages: int  # how many pages the document has

    @property
    def quote(self) -> str:
        """The citation's quote on its own page; nothing on the pages turned to from it."""
        return self.citation.quote if self.page == self.citation.page else ""

    def turned(self, step: int) -> OpenPage:
        """The page `step` pages on (back when negative), staying inside the document."""
        return replace(self, page=min(max(self.page + step, 1), max(self.pages, 1)))


@dataclass(frozen=True)
class PageView:
    """What the viewer shows of an open page: its source line, image, PDF and text."""

    open: OpenPage
    name: str  # the source as named in the chat, for this page ("Title (minutes, ...), p. 3")
    image: Path
    highlights: int
    first_top: float  # where the first highlight starts, as a fraction of the page's height
    pdf: Path
    text: str


def cite_ref(ref: str) -> tuple[int, int] | None:
    """The (exchange index, citation number) a clicked marker names ("2-1"), or None."""
    found = _CITE_REF.fullmatch((ref or "").strip())
    return (int(found.group(1)), int(found.group(2))) if found else None


def cite_href(exchange: int, number: int) -> str:
    """The link of citation `number` of the conversation's exchange `exchange` (0-based)."""
    return f"#cite-{exchange}-{number}"


def file_url(path: Path, page: int | None = None) -> str:
    """The URL Gradio serves an allowed file at, relative to the app; a PDF opens at `page`."""
    url = f"gradio_api/file={url_quote(str(path.resolve()))}"
    return f"{url}#page={page}" if page else url


def quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Where each excerpt (line) of the quote lies in the text, spacing and bullets ignored."""
    spans: list[tuple[int, int]] = []
    for excerpt in quote.split("\n"):
        words = comparable(excerpt).split()
        found = re.search(_GAP.join(map(re.escape, words)), text) if words else None
        if found:
            spans.append(found.span())
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def marked_text(text: str, quote: str) -> str:
    """The text as HTML with the quote's excerpts in <mark>."""
    parts: list[str] = []
    at = 0
    for start, end in quote_spans(text, quote):
        parts += [_escape(text[at:start]), f"<mark>{_escape(text[start:end])}</mark>"]
        at = end
    parts.append(_escape(text[at:]))
    return "".join(parts)


def page_html(view: PageView) -> str:
    """The viewer's HTML: the source line, the PDF link, the page image, then its text."""
    page, pages = view.open.page, view.open.pages
    title = view.open.citation.title
    head = (
        f'<div class="csp-viewer-head"><strong class="csp-source">{_escape(view.name)}</strong>'
        f'<span class="csp-page-count">page {page} of {pages}</span>'
        f'<a class="csp-pdf-link" href="{html.escape(file_url(view.pdf, page))}" target="_blank"'
        f' rel="noopener">Open the PDF at page {page}</a></div>'
    )
    image = (
        f'<div class="csp-page-scroll" tabindex="0" aria-label="Page image">'
        f'<img class="csp-page" src="{html.escape(file_url(view.image))}" '
        f'alt="Page {page} of {_escape(title)}" data-page="{page}" data-highlights="{view.highlights}"'
        f' data-first-top="{view.first_top}">'
        "</div>"
    )
    text = marked_text(view.text, view.open.quote) or "<em>No indexed text on this page.</em>"
    return (
        f'<div class="csp-viewer" data-page="{page}">{head}{image}'
        f'<div class="csp-page-text" aria-label="Text of the page">{text}</div></div>'
    )


def view_name(open_page: OpenPage, label: str, ocr: bool) -> str:
    """The source line of the page shown: the citation's own on its page, renamed on another page."""
    cited = open_page.citation
    if open_page.page == cited.page:
        return f"[{cited.number}] {source_name(cited)}"
    return source_name(replace(cited, page=open_page.page, page_label=label, ocr=ocr))


def _escape(text: str) -> str:
    # `$` too: Gradio's HTML component fills its template with ${value}.
    return html.escape(text).replace("$", "&#36;")
