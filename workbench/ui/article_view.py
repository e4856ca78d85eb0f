"""The article in the centre: title, text (:mod:`workbench.ui.article_text`) and find bar.

Everything the rest of the window sees is in code points (the project file's offsets);
the conversion to Qt's UTF-16 positions happens here, through :mod:`workbench.ui.offsets`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbench.core.model import Claim, Document
from workbench.core.word_bounds import snap_to_words, trim_space, word_end, word_start
from workbench.ui.article_text import NO_CURRENT_CLAIM, ArticleText
from workbench.ui.find_bar import FindBar
from workbench.ui.highlighter import ClaimPainter, Span, SpanIndex
from workbench.ui.offsets import OffsetMap
from workbench.ui.status_style import STYLES

__all__ = ["NO_CURRENT_CLAIM", "ArticleView"]  # NO_CURRENT_CLAIM: from article_text

#: The longest quote read out for the current claim (a whole paragraph would drown it).
SPOKEN_QUOTE_CHARS = 200


class ArticleView(QWidget):
    """Title, article text and find bar; speaks code-point offsets to the outside.

    Signals:
        claim_clicked(str): a highlight was clicked.
        span_dragged(str, int, int): the current claim's edge was dragged to make the
            span start..end (code points, snapped to words unless Alt was held).
    """

    claim_clicked = Signal(str)
    span_dragged = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Article title"))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.text = ArticleText(self)
        self.find_bar = FindBar(self.text, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)
        self.offsets = OffsetMap("")
        self._text = ""
        self._version = 0
        self.text.claim_clicked.connect(self.claim_clicked)
        self.text.selection_dragged.connect(self._snap_dragged_selection)
        self.text.edge_dragged.connect(self._edge_dragged)

    @property
    def claims(self) -> ClaimPainter:
        """The claim painter (its index holds the spans shown)."""
        return self.text.claims

    def show_document(self, document: Document | None, claims: list[Claim]) -> None:
        """Show an article (or nothing) with its claims highlighted."""
        text = document.text if document else ""
        self.title.setText(document.title if document else "")
        self._text = text
        self.offsets = OffsetMap(text)
        self.claims.index = SpanIndex(self.offsets)
        # A claim kept against an older version of the article has no place in this text.
        self._version = document.version if document else 0
        self.claims.index.reset([c for c in claims if c.version == self._version])
        self.claims.current_id = None
        self._announce_current()
        pages = document.page_starts if document else ()
        self.text.page_starts = [self.offsets.to_utf16(start) for start in pages]
        self.text.setPlainText(text)

    def add_or_update_claim(self, claim: Claim) -> None:
        """Show a new or changed claim (repainting only where it is, before and after)."""
        if claim.version != self._version:
            self.remove_claim(claim.id)
            return
        old = self.claims.index.span(claim.id)
        self._repaint(old)
        self._repaint(self.claims.index.add(claim))
        if claim.id == self.claims.current_id:
            self._announce_current()  # its status or span changed

    def remove_claim(self, claim_id: str) -> None:
        """Drop a claim's highlight."""
        self._repaint(self.claims.index.remove(claim_id))
        if self.claims.current_id == claim_id:
            self.claims.current_id = None
            self._announce_current()

    def set_current(self, claim_id: str | None, *, scroll: bool = True) -> None:
        """Mark the current claim; scroll it into view (cursor at its start, no selection)."""
        index = self.claims.index
        previous = index.span(self.claims.current_id) if self.claims.current_id else None
        self.claims.current_id = claim_id
        span = index.span(claim_id) if claim_id else None
        self._repaint(previous)
        self._repaint(span)
        self._announce_current()
        if span is None or not scroll:
            return
        cursor = self.text.textCursor()
        cursor.setPosition(span.start)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def current_claim_description(self) -> str:
        """The current claim as a screen reader says it: status and quote, never colour."""
        span = self.claims.index.span(self.claims.current_id) if self.claims.current_id else None
        if span is None:
            return self.tr(NO_CURRENT_CLAIM)
        start, end = (self.offsets.to_code_point(p) for p in (span.start, span.end))
        quote = " ".join(self._text[start:end].split())
        if len(quote) > SPOKEN_QUOTE_CHARS:
            quote = quote[: SPOKEN_QUOTE_CHARS - 1] + "…"
        label = STYLES[span.status].label
        return self.tr("Current claim, {label}: “{quote}”").format(label=label, quote=quote)

    def _announce_current(self) -> None:
        """Tell assistive technology which claim is current and its status.

        The text view's description carries it (its name stays "Article text", its text is
        the article); Qt sends the description-changed event that makes screen readers
        re-read it whenever the description really changes.
        """
        self.text.setAccessibleDescription(self.current_claim_description())

    def _repaint(self, span: Span | None) -> None:
        """Schedule a repaint of the on-screen part of ``span``'s paragraphs only."""
        if span is None:
            return
        text = self.text
        document = text.document()
        offset = text.contentOffset()
        first = document.findBlock(span.start)
        last = document.findBlock(max(span.end - 1, span.start))
        top = text.blockBoundingGeometry(first).translated(offset).top()
        bottom = text.blockBoundingGeometry(last).translated(offset).bottom()
        viewport = text.viewport()
        if bottom < 0 or top > viewport.height():
            return
        viewport.update(0, max(int(top) - 1, 0), viewport.width(), int(bottom - top) + 3)

    def selected_span(self, *, exact: bool | None = None) -> tuple[int, int] | None:
        """The selection in code points, snapped to whole words; None if empty.

        ``exact`` keeps the selection as it stands (only white space trimmed); by default
        a selection dragged exact (Alt held, or any drag when snapping is switched off) is
        exact, and any other is snapped only while snapping is on: with it off, a drag
        that Alt snapped already shows its words, and a keyboard selection stays as made.
        """
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        utf16 = (cursor.selectionStart(), cursor.selectionEnd())
        if exact is None:
            exact = utf16 == self.text.exact_selection or not self.text.snap_words
        start, end = (self.offsets.to_code_point(p) for p in utf16)
        start, end = (trim_space if exact else snap_to_words)(self._text, start, end)
        return (start, end) if start < end else None

    def _snap_dragged_selection(self, exact: bool) -> None:
        """Show the words a drag will claim by widening the selection to them."""
        if exact:
            return
        span = self.selected_span(exact=False)
        if span is not None:
            self.select_span(*span)

    def _edge_dragged(self, claim_id: str, start: int, end: int, exact: bool) -> None:
        first, last = self.offsets.to_code_point(start), self.offsets.to_code_point(end)
        if not exact:
            first, last = word_start(self._text, first), word_end(self._text, last)
        first, last = trim_space(self._text, first, last)
        if first < last:
            self.span_dragged.emit(claim_id, first, last)

    def select_span(self, start: int, end: int) -> None:
        """Select code points ``start..end`` (as a reader would with the mouse)."""
        cursor = self.text.textCursor()
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
