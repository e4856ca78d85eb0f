"""Plain text: the fallback importer, and the decoding every text-like format shares.

Decoding order: a UTF-8 or UTF-16 byte-order mark wins. Otherwise the bytes are UTF-8
unless most of their non-ASCII sequences are invalid UTF-8 (:data:`LEGACY_SHARE`): one bad
byte in a UTF-8 article is replaced by U+FFFD with a warning, never a reason to read the
whole article in another encoding. Text that really is another encoding (every accented
letter invalid as UTF-8) is read as Windows-1252, what Word and older Windows tools write,
or as the non-Latin code page a detector (charset-normalizer) finds. The detector is only
believed for non-Latin scripts: among Latin code pages it guesses poorly (it read French
and German Windows-1252 text as Windows-1250, measured in the tests).
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

from workbench.core.model import ImportedDocument, canonical_text
from workbench.importers.base import ImportOptions

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Text is another encoding when at least this share of its non-ASCII sequences is invalid
#: UTF-8. Measured in the tests on German and French news text: read as Windows-1252 it
#: gives 1.0; as UTF-8 with a dozen damaged bytes, 0.04-0.05.
LEGACY_SHARE = 0.5
#: A detector's non-Latin guess needs this many non-ASCII letters to be believed.
MIN_LETTERS_FOR_GUESS = 16
#: The detector looks at this much of the file.
DETECT_BYTES = 256 * 1024
_REPLACEMENT = "\ufffd"


class Decoded(NamedTuple):
    """Decoded text, the encoding it was read as, and what the reader should know."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def invalid_share(data: bytes) -> tuple[float, int]:
    """The share of non-ASCII sequences in ``data`` that are invalid UTF-8, and their count."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode())
    return bad / max(_non_ascii(text), 1), bad


def _replaced_warning(bad: int, encoding: str) -> tuple[str, ...]:
    if not bad:
        return ()
    return (
        f"{bad} byte sequence(s) in this file are not valid {encoding} and show as "
        f"{_REPLACEMENT}: compare those places with the original before quoting them.",
    )


def _legacy_encoding(data: bytes) -> str:
    """Windows-1252, unless a detector finds a non-Latin code page with enough letters."""
    from charset_normalizer import from_bytes  # noqa: PLC0415 - needed for old files only

    best = from_bytes(data[:DETECT_BYTES]).best()
    if best is None or best.encoding.startswith("utf"):
        return "cp1252"
    letters = [c for c in str(best) if c.isalpha() and c > "\x7f"]
    non_latin = sum(1 for c in letters if c > "\u024f")
    if len(letters) >= MIN_LETTERS_FOR_GUESS and non_latin * 2 > len(letters):
        return best.encoding
    return "cp1252"


def decode(data: bytes) -> Decoded:
    """The text of ``data``, the encoding it was read as, and a warning if bytes were lost."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return Decoded(text, encoding, _replaced_warning(text.count(_REPLACEMENT), encoding))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    share, bad = invalid_share(data)
    if share < LEGACY_SHARE:
        text = data.decode("utf-8", errors="replace")
        return Decoded(text, "utf-8", _replaced_warning(bad, "UTF-8"))
    encoding = _legacy_encoding(data)
    text = data.decode(encoding, errors="replace")
    return Decoded(
        text,
        encoding,
        (
            f"This file is not UTF-8: it was read as {encoding}. Check its accented and "
            "non-Latin letters against the original before quoting it.",
        ),
    )


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
    max_bytes = None
    own_processes = False

    def sniff(self, head: bytes, suffix: str) -> bool:
        """Text is the fallback: it claims anything without NUL bytes, UTF-16 with a BOM."""
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return True
        return b"\x00" not in head

    def load(self, data: bytes, name: str, options: ImportOptions) -> ImportedDocument:
        """Decode, normalise line ends and Unicode, and take the first line as the title."""
        decoded = decode(data)
        text, spaced = lines_as_paragraphs(canonical_text(decoded.text))
        return ImportedDocument(
            text=text,
            title=options.title or title_from_text(text, name),
            format=self.format,
            source=name,
            original=data,
            extractor=f"text/{decoded.encoding}" + ("/lines-as-paragraphs" if spaced else ""),
            warnings=decoded.warnings,
        )


IMPORTER = TextImporter()
