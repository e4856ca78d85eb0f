"""The PDF review report, laid out by Qt without a browser.

Why Qt: it is already a dependency, its text document reads the same HTML template as
the HTML report (so the two cannot drift apart), it shapes Arabic and Hebrew, and its
font fallback (fontconfig, Core Text, DirectWrite) finds accents, Cyrillic and CJK in
whatever fonts the machine has. QPdfWriter embeds the subsets it used. A browser engine
(WebEngine) would add ~200 MB; WeasyPrint would add Pango and a network fetcher to fence.

Qt is imported inside the functions, so ``import workbench.reports`` stays Qt-free for
the command line's other formats. Qt's text layout needs a QGuiApplication: one is made
on first use when none runs (offscreen when there is no display), and kept for reuse.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from workbench.core.errors import UserError
from workbench.core.model import ProjectSnapshot
from workbench.reports.content import ReportOptions, report_title
from workbench.reports.html_report import render_html
from workbench.reports.limits import check_size
from workbench.reports.words import catalogue

#: Page margins in millimetres (left, top, right, bottom); the footer sits in the bottom one.
MARGINS_MM = (17.0, 16.0, 17.0, 20.0)
#: Dots per inch of the PDF's coordinate space; text stays vector, this only sets precision.
RESOLUTION = 300
#: Families tried for the body, first found wins; glyphs missing fall back per character.
FONT_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial")
FONT_POINTS = 10.0
#: OpenType features switched off: a ligature ("ﬃ") would be copied out of the PDF as
#: one character, so "official" could not be found or pasted as typed.
NO_LIGATURES = ("liga", "clig", "dlig", "hlig")
#: Layout passes spent keeping claims whole on one page (see keep_claims_together).
KEEP_PASSES = 4

_app: Any = None  # the QGuiApplication made here, kept alive for the process


def _gui_application() -> None:
    """Make sure a QGuiApplication exists; Qt's fonts and text layout need one.

    A process can hold one Qt application, and widgets need it to be a QApplication:
    a plain QGuiApplication made here would make the process abort ("Fatal Python error:
    Aborted") the moment it later shows a window, as a test run or a script that exports
    and then opens the window does. So when the process has loaded QtWidgets already
    (it means to show widgets) the application made is a QApplication; the command
    line, which never loads QtWidgets, still gets the lighter QGuiApplication.
    """
    global _app  # noqa: PLW0603 - one application per process, created lazily
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415 - keep Qt out of the CLI's import

    instance = QGuiApplication.instance()
    if instance is not None:
        if not isinstance(instance, QGuiApplication):
            raise UserError("PDF export needs the graphical part of Qt, which is not running.")
        return
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    widgets = sys.modules.get("PySide6.QtWidgets")  # used if loaded, never loaded here
    application = QGuiApplication if widgets is None else widgets.QApplication
    _app = application(["workbench-pdf"])


def render(snapshot: ProjectSnapshot, options: ReportOptions | None = None) -> bytes:
    """The report as PDF bytes: A4, page numbers and the title in every page's footer."""
    check_size(snapshot, "PDF")
    words = catalogue(snapshot.settings.language)

    def t(source: str) -> str:
        return words.text("Report", source)

    page_words = t("Page %1 of %2")

    def page_label(page: int, pages: int) -> str:
        return page_words.replace("%1", words.number(page)).replace("%2", words.number(pages))

    return html_to_pdf(
        render_html(snapshot, options, qt=True),
        report_title(snapshot, options),
        page_label,
        right_to_left=words.right_to_left,
    )


def _english_page_label(page: int, pages: int) -> str:
    return f"Page {page} of {pages}"


def html_to_pdf(
    html: str,
    footer_title: str,
    page_label: Callable[[int, int], str] = _english_page_label,
    *,
    right_to_left: bool = False,
) -> bytes:
    """Lay ``html`` out on A4 pages with a footer ("title ... Page n of m") and return the PDF.

    ``page_label`` words the page number in the report's language; right to left, the
    title sits on the right and the number on the left.
    """
    _gui_application()
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF  # noqa: PLC0415
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter  # noqa: PLC0415

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(footer_title)
    writer.setCreator("Fact-check Workbench")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = _lay_out(html, writer)
    _paint(document, writer, footer_title, page_label, right_to_left)
    buffer.close()
    return bytes(buffer.data().data())


def _body_font() -> Any:
    from PySide6.QtGui import QFont, QFontDatabase  # noqa: PLC0415

    installed = set(QFontDatabase.families())
    font = QFont([f for f in FONT_FAMILIES if f in installed] or list(FONT_FAMILIES))
    font.setPointSizeF(FONT_POINTS)
    # Set on the document's default font, the features reach every family the HTML's
    # CSS names (checked with pdftotext in tests/reports/test_pdf.py).
    for tag in NO_LIGATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _lay_out(html: str, writer: Any) -> Any:
    """A text document holding ``html``, paginated to the writer's printable area."""
    from PySide6.QtCore import QSizeF  # noqa: PLC0415
    from PySide6.QtGui import QTextDocument  # noqa: PLC0415

    body = writer.pageLayout().paintRectPixels(RESOLUTION)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_body_font())
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(body.width(), body.height()))
    document.setHtml(html)
    keep_claims_together(document, body.height())
    return document


def _paint(
    document: Any,
    writer: Any,
    footer_title: str,
    page_label: Callable[[int, int], str],
    right_to_left: bool,
) -> None:
    """Draw each page of ``document`` and its footer: a rule, the title, the page number."""
    from PySide6.QtCore import QRectF, Qt  # noqa: PLC0415
    from PySide6.QtGui import QColor, QPainter, QPen  # noqa: PLC0415

    body = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_gap = RESOLUTION * 8 / 25.4  # 8 mm between the text and the footer line
    footer_font = _body_font()
    footer_font.setPointSizeF(8)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            page = QRectF(0, index * body.height(), body.width(), body.height())
            painter.save()
            painter.translate(0, -page.top())
            # One device pixel short: a line starting exactly at the next page's top would
            # otherwise be written, clipped out of sight but still in the text layer.
            document.drawContents(painter, page.adjusted(0, 0, 0, -1))
            painter.restore()
            top = body.height() + footer_gap * 0.4
            painter.setPen(QPen(QColor("#bbbbbb"), RESOLUTION / 150))
            painter.drawLine(0, round(top), body.width(), round(top))
            painter.setPen(QColor("#555555"))
            painter.setFont(footer_font)
            line = QRectF(0, top + footer_gap * 0.15, body.width(), footer_gap)
            number = page_label(index + 1, pages)
            metrics = painter.fontMetrics()
            room = int(body.width() - metrics.horizontalAdvance(number) * 1.5)
            title = metrics.elidedText(footer_title, Qt.TextElideMode.ElideRight, room)
            start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
            if right_to_left:
                start, end = end, start
            painter.drawText(line, start | Qt.AlignmentFlag.AlignTop, title)
            painter.drawText(line, end | Qt.AlignmentFlag.AlignTop, number)
    finally:
        painter.end()


def keep_claims_together(document: Any, page_height: float) -> None:
    """Start a claim on a new page when it would otherwise be split across two.

    Qt's text document ignores ``page-break-inside: avoid``, so the template marks each
    claim's first and last line with ``claim-N`` / ``claim-end-N`` anchors. A claim that
    straddles a page boundary (and fits on one page) gets a page break before its heading
    table (or before its first block, for a section heading). Each break pushes what
    follows down; rather than lay the document out again after every break (minutes for
    a long report), one pass estimates that push, places every break it predicts, and
    lays out once; a few passes settle what the estimate missed. Hard page breaks (an
    annotated article) end the push.
    """
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat  # noqa: PLC0415

    layout = document.documentLayout()
    spans = _claim_spans(document)
    kept: set[int] = set()
    for _ in range(KEEP_PASSES):
        push = 0.0
        previous_end = 0
        breaks: list[int] = []  # applied after the pass: a format change moves what follows
        for start, end in spans:
            if _hard_break_between(document, previous_end, start):
                push = 0.0
            previous_end = end
            top = layout.blockBoundingRect(document.findBlock(start)).top() + push
            bottom = layout.blockBoundingRect(document.findBlock(end)).bottom() + push
            page = int(top // page_height)
            if start in kept or page == int(bottom // page_height):
                continue
            if bottom - top < page_height:
                breaks.append(start)
                push += (page + 1) * page_height - top
        if not breaks:
            return
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one relayout for all the breaks, not one per break
        for start in breaks:
            cursor = QTextCursor(document.findBlock(start))
            table = cursor.currentTable()
            if table is not None:
                table_format = table.format()
                table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                table.setFormat(table_format)
            else:  # a heading: the break goes on its own block
                block_format = QTextBlockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.mergeBlockFormat(block_format)
            kept.add(start)
        edit.endEditBlock()
        # Table format changes relayout incompletely: lay it all out again.
        document.markContentsDirty(0, document.characterCount())
        document.pageCount()


def _hard_break_between(document: Any, after: int, before: int) -> bool:
    """True if a block between two positions forces a page break before itself."""
    from PySide6.QtGui import QTextFormat  # noqa: PLC0415

    block = document.findBlock(after).next()
    while block.isValid() and block.position() < before:
        if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            return True
        block = block.next()
    return False


def _claim_spans(document: Any) -> list[tuple[int, int]]:
    """(first, last) block positions of each claim, from the template's anchors.

    The back matter's short sections (a heading with the first lines under it) are kept
    together the same way, named ``claim-<section>`` / ``claim-end-<section>``.
    """
    starts: dict[str, int] = {}
    ends: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            for name in fragments.fragment().charFormat().anchorNames():
                if name.startswith("claim-end-"):
                    ends[name.removeprefix("claim-end-")] = block.position()
                elif name.startswith("claim-"):
                    starts[name.removeprefix("claim-")] = block.position()
            fragments += 1
        block = block.next()
    return [(starts[n], ends[n]) for n in starts if n in ends]
