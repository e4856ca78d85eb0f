"""Turn article files into documents: one module per format, registered here only.

The CLI's ``workbench import`` and the GUI's import both call :func:`import_file` (or
:func:`import_bytes` for pasted or dropped content), so the two cannot drift apart. Both
enforce the same bounds: the size before the file is read (:mod:`source_file`), then every
parser in a sandboxed child process (:mod:`sandbox`: time, memory, cancel).
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.model import ImportedDocument, canonical_text
from workbench.importers import markdown_doc, pdf, source_file, text, webpage, word
from workbench.importers.base import (
    ImportCancelled,
    Importer,
    ImportFailed,
    ImportOptions,
    PasswordRequired,
)
from workbench.importers.child_import import load_isolated

__all__ = [
    "REGISTRY",
    "ImportCancelled",
    "ImportFailed",
    "ImportOptions",
    "PasswordRequired",
    "file_dialog_filter",
    "import_bytes",
    "import_file",
    "import_pasted",
]

#: Most specific first: the plain-text fallback claims anything and must stay last.
REGISTRY: tuple[Importer, ...] = (
    pdf.IMPORTER,
    word.IMPORTER,
    webpage.IMPORTER,
    markdown_doc.IMPORTER,
    text.IMPORTER,
)

SNIFF_BYTES = 4096


def importer_for(head: bytes, suffix: str) -> Importer:
    """The importer whose format ``head`` (the first bytes) shows; the extension breaks ties.

    Magic bytes (PDF, DOCX) outrank the extension, so a PDF saved as ``.txt`` is still read
    as a PDF; among text-like formats (HTML, Markdown, text) the extension decides.
    """
    suffix = suffix.lower()
    candidates = [imp for imp in REGISTRY if imp.sniff(head, suffix)]
    if candidates and candidates[0].magic:
        return candidates[0]
    for imp in candidates:
        if suffix in imp.extensions:
            return imp
    if candidates:
        return candidates[0]
    raise ImportFailed("This file's format is not one Fact-check Workbench can import.")


def _limit(importer: Importer, options: ImportOptions) -> int:
    """The most bytes a file for ``importer`` may have: the user's limit, or the format's."""
    return min(options.max_bytes, importer.max_bytes or options.max_bytes)


def import_bytes(data: bytes, name: str, options: ImportOptions | None = None) -> ImportedDocument:
    """Import a file's bytes; ``name`` is its file name (for the extension and the source).

    Every parser runs in a sandboxed child process (time, memory and cancel limits); an
    empty file, or one that yields no text, is refused.
    """
    options = options or ImportOptions()
    if not data or data.isspace():  # isspace, not strip: no copy of a large file
        raise ImportFailed(f"'{name}' is empty: there is nothing in it to import.")
    importer = importer_for(data[:SNIFF_BYTES], Path(name).suffix)
    if len(data) > _limit(importer, options):
        raise source_file.too_large(name, len(data), _limit(importer, options))
    if importer.own_processes:
        document = importer.load(data, name, options)
    else:
        document = load_isolated(importer, data, name, options)
    if not document.text.strip():
        raise ImportFailed(f"'{name}' contains no text to import.")
    return document


def import_file(path: Path | str, options: ImportOptions | None = None) -> ImportedDocument:
    """Import the article at ``path``; ImportFailed says why if it cannot be read.

    The size is checked before the file is read (see :mod:`source_file`).
    """
    path = Path(path)
    options = options or ImportOptions()
    data = source_file.read_bounded(
        path,
        options.max_bytes,
        SNIFF_BYTES,
        lambda head: _limit(importer_for(head, path.suffix), options),
    )
    return import_bytes(data, path.name, options)


def import_pasted(pasted: str, title: str = "") -> ImportedDocument:
    """A document from pasted text (Edit > Paste as new document)."""
    body, spaced = text.lines_as_paragraphs(canonical_text(pasted))
    if not body.strip():
        raise ImportFailed("There is no text to import.")
    return ImportedDocument(
        text=body,
        title=title or text.title_from_text(body, "Pasted text"),
        format="txt",
        source="pasted text",
        extractor="paste" + ("/lines-as-paragraphs" if spaced else ""),
    )


def file_dialog_filter() -> str:
    """A Qt-style name filter listing every importable extension."""
    extensions = sorted({ext for imp in REGISTRY for ext in imp.extensions})
    return "Articles (" + " ".join(f"*{ext}" for ext in extensions) + ")"
