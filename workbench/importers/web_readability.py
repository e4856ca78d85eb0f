"""readability-lxml's article: the page's densest prose subtree, as paragraphs.

The second opinion for :mod:`workbench.importers.web_combine`. readability returns HTML;
its block elements become paragraphs here, so both extractors' texts can be compared
paragraph by paragraph.
"""

from __future__ import annotations

import logging
from typing import Any

#: Elements that start a new paragraph (their text never runs into a neighbour's).
_BLOCKS = frozenset(
    {
        *("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt"),
        *("dd", "blockquote", "pre", "table", "tr", "td", "th", "section", "article"),
        *("header", "footer", "aside", "nav", "figure", "figcaption", "br", "hr"),
    }
)


def html_paragraphs(root: Any) -> list[str]:
    """The text of an lxml tree, one paragraph for each run of text between blocks."""
    paragraphs: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        text = " ".join("".join(pending).split())
        if text:
            paragraphs.append(text)
        pending.clear()

    def walk(element: Any) -> None:
        if isinstance(element.tag, str) and element.tag not in ("script", "style"):
            block = element.tag in _BLOCKS
            if block:
                flush()
            pending.append(element.text or "")
            for child in element:
                walk(child)
            if block:
                flush()
        pending.append(element.tail or "")

    walk(root)
    flush()
    return paragraphs


def readability_paragraphs(data: bytes) -> list[str]:
    """readability's article text as paragraphs, or [] when it finds none or fails."""
    import lxml.html  # noqa: PLC0415 - parsers load with their format, not with the package
    from readability import Document  # noqa: PLC0415

    logging.getLogger("readability.readability").setLevel(logging.ERROR)
    try:
        summary = Document(data).summary(html_partial=True)
        return html_paragraphs(lxml.html.fromstring(summary))
    except Exception:  # a second opinion: any failure of it means "none"
        return []
