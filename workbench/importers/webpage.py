"""Saved web pages: the article body and its metadata, without the page around it.

trafilatura does the extraction (body, title, author, date, site name, canonical URL):
it is maintained, tested against a large set of news sites, and what the corpus pages
come from. Hand-written rules for navigation, teasers and cookie banners would not keep
up with the web. Comments are left out: they are not the article. Its body is then
checked against readability-lxml's and cleaned of a repeated headline and of link-only
blocks (:mod:`workbench.importers.web_article`, measured on a public benchmark).

Pages that draw their article with scripts (a saved copy then shows only a photo caption)
often carry the whole text in their schema.org JSON-LD as ``articleBody``; when that is
much longer than what the visible page gave, it is used instead, with a warning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib.metadata import version
from typing import Any

from workbench.core.model import ImportedDocument, canonical_text
from workbench.importers.base import ImportFailed, ImportOptions
from workbench.importers.web_article import article_paragraphs

EXTRACTOR = (
    f"html/trafilatura-{version('trafilatura')}+readability-lxml-{version('readability-lxml')}"
    "/no-comments+tables"
)
#: A saved web page larger than this is refused before it is read. Real saved news pages
#: are well under 10 MB (the corpus's largest is 0.4 MB; with every image inlined, as
#: "save as a single file" does, a few MB more), while a crafted 20 MB page kept the
#: extractor busy for about three minutes.
MAX_MB = 16
_MARKUP = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)


def _json_ld_items(data: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD block, inside lists and ``@graph`` too."""
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_items(item)
    elif isinstance(data, dict):
        yield data
        yield from _json_ld_items(data.get("@graph"))


def json_ld_article_body(data: bytes) -> str:
    """The longest schema.org ``articleBody`` in the page's JSON-LD blocks, or ""."""
    import lxml.html  # noqa: PLC0415 - parsers load with their format, not with the package

    try:
        root = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return ""
    bodies = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            parsed = json.loads(script.text_content())
        except ValueError:
            continue
        bodies += [
            item["articleBody"]
            for item in _json_ld_items(parsed)
            if isinstance(item.get("articleBody"), str)
        ]
    return max(bodies, key=len, default="")


class WebPageImporter:
    """HTML files: a doctype or an html/head/body tag near the start."""

    format = "html"
    extensions = (".html", ".htm", ".xhtml")
    magic = False
    max_bytes = MAX_MB * 1024 * 1024
    own_processes = False

    def sniff(self, head: bytes, suffix: str) -> bool:
        """HTML markup in the first bytes (encoded as ASCII-compatible text)."""
        return _MARKUP.search(head) is not None

    def load(self, data: bytes, name: str, options: ImportOptions) -> ImportedDocument:
        """Extract the article; each paragraph becomes one, separated by a blank line."""
        import trafilatura  # noqa: PLC0415 - heavy (lxml, justext): loaded on first use
        from trafilatura.settings import Document as TrafilaturaDocument  # noqa: PLC0415

        try:
            extracted = trafilatura.bare_extraction(
                data,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                as_dict=False,
            )
        except Exception as err:  # lxml and trafilatura raise many types on broken markup
            raise ImportFailed(f"'{name}' cannot be read as a web page ({err}).") from None
        found = extracted if isinstance(extracted, TrafilaturaDocument) else None
        title = canonical_text(found.title or "") if found else ""
        article = article_paragraphs(data, found.text or "", title) if found else None
        body = canonical_text("\n".join(article.paragraphs)) if article else ""
        warnings: tuple[str, ...] = ()
        hidden = canonical_text(json_ld_article_body(data))
        if len(hidden) > 3 * len(body):
            body = hidden
            warnings = (
                "The saved page shows no article text of its own (its scripts draw it); the "
                "text comes from the article body in the page's metadata, without its "
                "paragraph breaks.",
            )
        paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
        if not paragraphs or found is None:
            raise ImportFailed(f"'{name}' has no article text that could be found.")
        text = "\n\n".join(paragraphs)
        return ImportedDocument(
            text=text,
            title=options.title or title or paragraphs[0][:120],
            format=self.format,
            source=name,
            publisher=canonical_text(found.sitename or found.hostname or ""),
            author=canonical_text(found.author or ""),
            published=found.date or "",
            source_url=found.url or "",
            original=data,
            extractor=EXTRACTOR,
            warnings=warnings,
        )


IMPORTER = WebPageImporter()
