"""Word (.docx) articles: paragraphs, headings, lists and tables as text; core properties.

python-docx reads the file, from a copy whose parts were unpacked within limits
(:mod:`bounded_zip`: a ZIP's declared sizes are not trusted). The body is walked in
document order (paragraphs and tables interleaved, as the reader sees them); list items
get a bullet or their number, table rows become lines with tab-separated cells.
"""

from __future__ import annotations

import io
from importlib.metadata import version
from typing import TYPE_CHECKING

from workbench.core.model import ImportedDocument, canonical_text
from workbench.importers.base import ImportFailed, ImportOptions
from workbench.importers.bounded_zip import text_parts_only
from workbench.importers.text import title_from_text

if TYPE_CHECKING:  # python-docx loads with its format, not with the importers package
    import docx.document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

EXTRACTOR = f"docx/python-docx-{version('python-docx')}/paragraphs+lists+tables"


def _is_list(paragraph: Paragraph) -> bool:
    p_pr = paragraph._p.pPr
    return (p_pr is not None and p_pr.numPr is not None) or _style(paragraph).startswith("List")


def _style(paragraph: Paragraph) -> str:
    return paragraph.style.name if paragraph.style is not None else ""


def _rows(table: Table) -> list[str]:
    """Each row as tab-separated cell texts; a merged cell counts once."""
    lines = []
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            lines.append("\t".join(cells))
    return lines


def body_blocks(document: docx.document.Document) -> list[str]:
    """The body's text blocks in reading order."""
    from docx.table import Table  # noqa: PLC0415 - see the TYPE_CHECKING block

    blocks: list[str] = []
    number = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_rows(item))
            number = 0
            continue
        text = item.text.strip()
        if not text:
            continue
        if _is_list(item):
            number = number + 1 if "Number" in _style(item) else 0
            text = f"{number}. {text}" if number else f"• {text}"
        else:
            number = 0
        blocks.append(text)
    return blocks


class WordImporter:
    """Office Open XML word-processing files (a ZIP holding ``word/``)."""

    format = "docx"
    extensions = (".docx",)
    magic = True
    max_bytes = None
    own_processes = False

    def sniff(self, head: bytes, suffix: str) -> bool:
        """A ZIP archive that names a ``word/`` part early, or a ZIP called ``.docx``."""
        return head.startswith(b"PK\x03\x04") and (b"word/" in head or suffix == ".docx")

    def load(self, data: bytes, name: str, options: ImportOptions) -> ImportedDocument:
        """Read body text and core properties (title, author, created, identifier URL)."""
        parts = text_parts_only(data, name, "Word file")
        import docx  # noqa: PLC0415 - loaded on first use

        try:
            document = docx.Document(io.BytesIO(parts))
        except Exception as err:  # python-docx raises several types on damaged packages
            raise ImportFailed(f"'{name}' is not a readable Word file ({err}).") from None
        text = canonical_text("\n\n".join(body_blocks(document)))
        if not text:
            raise ImportFailed(f"'{name}' contains no text.")
        props = document.core_properties
        identifier = (props.identifier or "").strip()
        return ImportedDocument(
            text=text,
            title=options.title or (props.title or "").strip() or title_from_text(text, name),
            format=self.format,
            source=name,
            author=(props.author or "").strip(),
            published=props.created.date().isoformat() if props.created else "",
            source_url=identifier if identifier.startswith(("http://", "https://")) else "",
            original=data,
            extractor=EXTRACTOR,
        )


IMPORTER = WordImporter()
