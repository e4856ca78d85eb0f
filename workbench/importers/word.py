"""Word (.docx) articles: paragraphs, headings, lists and tables as text; core properties.

python-docx reads the file. The body is walked in document order (paragraphs and tables
interleaved, as the reader sees them); list items get a bullet or their number, table rows
become lines with tab-separated cells.
"""

from __future__ import annotations

import io
import zipfile
from importlib.metadata import version
from typing import TYPE_CHECKING

from workbench.core.model import ImportedDocument, canonical_text
from workbench.importers.base import ImportFailed, ImportOptions
from workbench.importers.text import title_from_text

if TYPE_CHECKING:  # python-docx loads with its format, not with the importers package
    import docx.document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

EXTRACTOR = f"docx/python-docx-{version('python-docx')}/paragraphs+lists+tables"
#: A .docx may unpack to this many times the import size limit (1 GB at the default);
#: a larger total is a zip bomb, not an article.
UNPACKED_FACTOR = 5


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


def _check_unpacked_size(data: bytes, name: str, limit: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as err:
        raise ImportFailed(f"'{name}' is not a readable Word file ({err}).") from None
    if unpacked > limit:
        raise ImportFailed(
            f"'{name}' unpacks to more than {limit // (1024 * 1024)} MB; "
            "it is not an ordinary article."
        )


class WordImporter:
    """Office Open XML word-processing files (a ZIP holding ``word/``)."""

    format = "docx"
    extensions = (".docx",)
    magic = True

    def sniff(self, head: bytes, suffix: str) -> bool:
        """A ZIP archive that names a ``word/`` part early, or a ZIP called ``.docx``."""
        return head.startswith(b"PK\x03\x04") and (b"word/" in head or suffix == ".docx")

    def load(self, data: bytes, name: str, options: ImportOptions) -> ImportedDocument:
        """Read body text and core properties (title, author, created, identifier URL)."""
        _check_unpacked_size(data, name, UNPACKED_FACTOR * options.max_bytes)
        import docx  # noqa: PLC0415 - loaded on first use

        try:
            document = docx.Document(io.BytesIO(data))
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
