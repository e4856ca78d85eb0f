"""PDF articles: text in reading order, page starts for citation, limits on hostile files.

Parsing happens in parser processes (:mod:`pdf_pool`, :mod:`pdf_worker`), page layout there
too (:mod:`pdf_layout`); this module joins the pages into the document's text
(:mod:`pdf_text`), takes the metadata and writes the warnings a journalist should see.
"""

from __future__ import annotations

import re
from datetime import date
from importlib.metadata import version
from pathlib import Path

from workbench.core.model import ImportedDocument, canonical_text
from workbench.importers.base import ImportFailed, ImportOptions
from workbench.importers.pdf_layout import PageLayout
from workbench.importers.pdf_pool import ParsedPdf, parse_pdf
from workbench.importers.pdf_text import assemble
from workbench.importers.pdf_title import document_title
from workbench.importers.text import title_from_text

EXTRACTOR = (
    f"pdf/pdfplumber-{version('pdfplumber')}+pdfminer.six-{version('pdfminer.six')}"
    "/xycut-columns+ruled-tables+unruled-tables+bidi+vertical+korean-line-ends+dedupe"
    "+furniture+dehyphenate+baseline-lines+fitted-breaks"
)


def pdf_date(value: str) -> str:
    """An ISO date from a PDF date string ("D:20200826093000-04'00'"), or "" if invalid."""
    found = re.match(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?", value.strip())
    if not found:
        return ""
    year, month, day = found.group(1), found.group(2), found.group(3)
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return ""
    return "-".join(part for part in (year, month, day) if part)


def _page_list(pages: list[int]) -> str:
    shown = ", ".join(str(p) for p in pages[:10])
    return shown + (f" and {len(pages) - 10} more" if len(pages) > 10 else "")


def warnings_for(
    parsed: ParsedPdf, layouts: list[PageLayout], textless: list[int]
) -> tuple[str, ...]:
    """What the journalist must know about the text: scans, unread pages, damage, fonts."""
    warnings = []
    scanned = any(layouts[n - 1].images for n in textless)
    if textless and len(textless) == len(layouts):
        looks = " (it looks scanned)" if scanned else ""
        warnings.append(
            f"This PDF has no text layer{looks}: there is no text to mark claims in. "
            "Run it through text recognition (OCR) and import the result."
        )
    elif textless:
        warnings.append(
            f"Page(s) {_page_list(textless)} have no text layer (scanned or blank); "
            "a placeholder line stands in for each."
        )
    if parsed.failures:
        failed = sorted(parsed.failures)
        reason = parsed.failures[failed[0]]
        warnings.append(
            f"Page(s) {_page_list([i + 1 for i in failed])} could not be read ({reason}); "
            "the text of the other pages was imported."
        )
    damaged = [p.number for p in layouts if p.damage]
    if damaged:
        first = next(p.damage[0] for p in layouts if p.damage)
        warnings.append(
            f'This PDF is damaged on page(s) {_page_list(damaged)} ("{first}"): some text '
            "may be missing or wrong there; compare with the PDF before quoting."
        )
    unmapped = sum(p.unmapped for p in layouts)
    if unmapped:
        warnings.append(
            f"{unmapped} characters use a font without a text mapping and are missing; "
            "compare the text with the PDF before quoting it."
        )
    private = sum(p.private for p in layouts)
    if private:
        warnings.append(
            f"{private} characters are a font's private symbols rather than letters (its "
            "script cannot be read from this PDF); compare the text with the PDF before "
            "quoting it."
        )
    misread = [p.number for p in layouts if p.misread]
    if misread:
        warnings.append(
            f"{sum(p.misread for p in layouts)} characters on page(s) {_page_list(misread)} "
            "are drawn in a font whose text mapping is broken (it gives many different "
            "glyphs the same letter or a space): the text there may be wrong letters that "
            "are not real words; compare it with the PDF before quoting it."
        )
    return tuple(warnings)


def _layouts(parsed: ParsedPdf) -> list[PageLayout]:
    """Every page in order; a page that failed becomes an empty page."""
    return [
        parsed.pages.get(index) or PageLayout(index + 1, 0.0, 0.0, ())
        for index in range(parsed.page_count)
    ]


class PdfImporter:
    """PDF files (``%PDF-`` within the first kilobyte, as readers accept it)."""

    format = "pdf"
    extensions = (".pdf",)
    magic = True
    max_bytes = None
    own_processes = True

    def sniff(self, head: bytes, suffix: str) -> bool:
        """A PDF header in the first 1024 bytes, where PDF readers look for it."""
        return b"%PDF-" in head[:1024]

    def load(self, data: bytes, name: str, options: ImportOptions) -> ImportedDocument:
        """Parse in sandboxed processes, assemble the text, add metadata and warnings."""
        parsed = parse_pdf(data, name, options)
        if parsed.page_count == 0:
            raise ImportFailed(f"'{name}' has no pages.")
        layouts = _layouts(parsed)
        text, page_starts, textless = assemble(layouts)
        text = canonical_text(text)
        if len(parsed.failures) == parsed.page_count:
            reason = parsed.failures[min(parsed.failures)]
            raise ImportFailed(
                f"'{name}' cannot be read: no page of it could be parsed ({reason})."
            )
        info = parsed.info
        title = options.title or document_title(info.get("Title", ""), layouts, text)
        if len(textless) == len(layouts):
            title = title or Path(name).stem
        return ImportedDocument(
            text=text,
            title=title or title_from_text(text, Path(name).stem),
            format=self.format,
            source=name,
            author=info.get("Author", ""),
            published=pdf_date(info.get("CreationDate", "")),
            original=data,
            page_starts=page_starts if len(page_starts) == parsed.page_count else (),
            extractor=EXTRACTOR,
            warnings=warnings_for(parsed, layouts, textless),
        )


IMPORTER = PdfImporter()
