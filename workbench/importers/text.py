"""Plain text: the fallback importer, and the decoding every text-like format shares.

Decoding order: a UTF-8 or UTF-16 byte-order mark wins; then strict UTF-8; then
Windows-1252, which decodes any byte string and is what Word and older Windows tools
write when they do not write UTF-8.
"""

from __future__ import annotations

import codecs

from workbench.core.model import ImportedDocument, canonical_text
from workbench.importers.base import ImportOptions

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read as."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def title_from_text(text: str, fallback: str) -> str:
    """The first non-blank line, shortened, as a title; ``fallback`` for a blank text."""
    for raw in text.splitlines():
        line = raw.strip()
        if line:
            return line if len(line) <= 120 else line[:117].rstrip() + "..."
    return fallback


def lines_as_paragraphs(text: str) -> tuple[str, bool]:
    """Give a text whose paragraphs are single lines a blank line between paragraphs.

    Articles copied from a web page or a word processor arrive as one paragraph a line,
    with no blank lines; a hard-wrapped text already separates its paragraphs with blank
    lines and is left alone. Spacing the paragraphs makes the text read as the article
    does (the other importers do the same) and is decided by the text alone, so two
    colleagues importing the same file get the same text. Returns the text and whether
    it changed.
    """
    body = text.strip("\n")
    if "\n\n" in body or "\n" not in body:
        return text, False
    return text.replace("\n", "\n\n"), True


class TextImporter:
    """Any file that decodes as text."""

    format = "txt"
    extensions = (".txt", ".text")
    magic = False

    def sniff(self, head: bytes, suffix: str) -> bool:
        """Text is the fallback: it claims anything without NUL bytes, UTF-16 with a BOM."""
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return True
        return b"\x00" not in head

    def load(self, data: bytes, name: str, options: ImportOptions) -> ImportedDocument:
        """Decode, normalise line ends and Unicode, and take the first line as the title."""
        decoded, encoding = decode(data)
        text, spaced = lines_as_paragraphs(canonical_text(decoded))
        return ImportedDocument(
            text=text,
            title=options.title or title_from_text(text, name),
            format=self.format,
            source=name,
            original=data,
            extractor=f"text/{encoding}" + ("/lines-as-paragraphs" if spaced else ""),
        )


IMPORTER = TextImporter()
