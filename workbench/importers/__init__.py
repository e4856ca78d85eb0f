"""Turn article files into documents: one module per format, registered here only.

The CLI's ``workbench import`` and the GUI's import both call :func:`import_file` (or
:func:`import_bytes` for pasted or dropped content), so the two cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.model import ImportedDocument, canonical_text
from workbench.importers import markdown_doc, pdf, text, webpage, word
from workbench.importers.base import (
    ImportCancelled,
    Importer,
    ImportFailed,
    ImportOptions,
    PasswordRequired,
)

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


def import_bytes(data: bytes, name: str, options: ImportOptions | None = None) -> ImportedDocument:
    """Import a file's bytes; ``name`` is its file name (for the extension and the source)."""
    options = options or ImportOptions()
    if len(data) > options.max_bytes:
        raise ImportFailed(
            f"'{name}' is {len(data) // (1024 * 1024)} MB, more than the "
            f"{options.max_bytes // (1024 * 1024)} MB an article may have."
        )
    importer = importer_for(data[:SNIFF_BYTES], Path(name).suffix)
    return importer.load(data, name, options)


def import_file(path: Path | str, options: ImportOptions | None = None) -> ImportedDocument:
    """Import the article at ``path``; ImportFailed says why if it cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(f"'{path.name}' does not exist (was it moved or deleted?).") from None
    except IsADirectoryError:
        raise ImportFailed(f"'{path.name}' is a folder, not an article file.") from None
    except OSError as err:
        raise ImportFailed(f"'{path.name}' cannot be read: {err.strerror}.") from None
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
