"""Markdown articles: the text as a reader of the rendered page sees it.

markdown-it-py parses (CommonMark plus tables); the token stream is turned into text
rather than HTML: no ``#``, ``*`` or link syntax, headings and paragraphs as lines
separated by a blank line, list items with a bullet or their number, table rows as
tab-separated cells. Raw HTML blocks keep only their text.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import version
from typing import TYPE_CHECKING

from workbench.core.model import ImportedDocument, canonical_text
from workbench.importers.base import ImportFailed, ImportOptions
from workbench.importers.text import decode, title_from_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

EXTRACTOR = f"markdown/markdown-it-py-{version('markdown-it-py')}/commonmark+table"


@cache
def _parser() -> MarkdownIt:
    """The CommonMark parser (with tables), built on first use with the format."""
    from markdown_it import MarkdownIt  # noqa: PLC0415 - loaded with its format

    return MarkdownIt("commonmark").enable("table")


def inline_text(token: Token) -> str:
    """An inline token's visible text: emphasis and link syntax gone, images as alt text."""
    out = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "image":
            out.append(inline_text(child))
    return "".join(out).strip()


def blocks_of(source: str) -> list[str]:
    """The rendered document's blocks (paragraphs, headings, items, rows) in order."""
    import lxml.html  # noqa: PLC0415 - loaded with its format

    blocks: list[str] = []
    lists: list[int | None] = []  # per open list: the next number, or None for bullets
    item_prefix = ""
    row: list[str] | None = None
    for token in _parser().parse(source):
        if token.type == "bullet_list_open":
            lists.append(None)
        elif token.type == "ordered_list_open":
            lists.append(int(str(token.attrs.get("start", 1))))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open":
            number = lists[-1]
            item_prefix = "• " if number is None else f"{number}. "
            if number is not None:
                lists[-1] = number + 1
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append("\t".join(row))
            row = None
        elif token.type == "inline" and row is not None:
            row.append(inline_text(token))
        elif token.type == "inline":
            blocks.append(item_prefix + inline_text(token))
            item_prefix = ""
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "html_block" and token.content.strip():
            fragment = lxml.html.fragment_fromstring(token.content, create_parent="div")
            blocks.append(fragment.text_content().strip())
    return [block for block in blocks if block.strip()]


def _first_heading(source: str) -> str:
    tokens = _parser().parse(source)
    for index, token in enumerate(tokens[:-1]):
        if token.type == "heading_open":
            return inline_text(tokens[index + 1])
    return ""


class MarkdownImporter:
    """Markdown has no magic bytes: the extension names it, the bytes must be text."""

    format = "md"
    extensions = (".md", ".markdown")
    magic = False
    max_bytes = None
    own_processes = False

    def sniff(self, head: bytes, suffix: str) -> bool:
        """A Markdown extension on a file without NUL bytes."""
        return suffix in self.extensions and b"\x00" not in head

    def load(self, data: bytes, name: str, options: ImportOptions) -> ImportedDocument:
        """Render to text; the first heading is the title."""
        decoded = decode(data)
        source = decoded.text
        text = canonical_text("\n\n".join(blocks_of(source)))
        if not text:
            raise ImportFailed(f"'{name}' contains no text.")
        return ImportedDocument(
            text=text,
            title=options.title or _first_heading(source) or title_from_text(text, name),
            format=self.format,
            source=name,
            original=data,
            extractor=f"{EXTRACTOR}/{decoded.encoding}",
            warnings=decoded.warnings,
        )


IMPORTER = MarkdownImporter()
