"""A saved page's article paragraphs: trafilatura's text, checked by readability and cleaned.

The steps, each measured on the public benchmark in ``tests/benchmarks/web_extraction``:
:func:`~workbench.importers.web_combine.combine` (readability as a second opinion), then the
headline dropped from the body's first line, then the page's link-only blocks dropped.
"""

from __future__ import annotations

from workbench.importers.web_combine import (
    Combined,
    combine,
    without_headline,
    without_link_blocks,
)
from workbench.importers.web_readability import readability_paragraphs
from workbench.importers.web_structure import link_block_fingerprints


def article_paragraphs(data: bytes, trafilatura_text: str, title: str) -> Combined:
    """The article's paragraphs from the page's bytes and trafilatura's text and title."""
    import lxml.html  # noqa: PLC0415 - parsers load with their format, not with the package

    ours = [line.strip() for line in trafilatura_text.split("\n") if line.strip()]
    combined = combine(ours, readability_paragraphs(data))
    try:
        link_blocks = link_block_fingerprints(lxml.html.fromstring(data))
    except (ValueError, lxml.etree.ParserError):
        link_blocks = set()
    paragraphs = without_link_blocks(without_headline(combined.paragraphs, title), link_blocks)
    return Combined(paragraphs, combined.source)
