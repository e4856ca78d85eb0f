"""The article in the centre: read-only text, selectable by mouse and keyboard, claims coloured.

Everything the rest of the window sees is in code points (the project file's offsets);
the conversion to Qt's UTF-16 positions happens here, through :mod:`workbench.ui.offsets`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QMenu, QPlainTextEdit, QVBoxLayout, QWidget

from workbench.core.model import Claim, Document
from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.core.word_bounds import snap_to_words, trim_space, word_end, word_start
from workbench.ui.find_bar import FindBar
from workbench.ui.highlighter import ClaimPainter, Span, SpanIndex
from workbench.ui.offsets import OffsetMap
from workbench.ui.status_style import STYLES

#: How near (pixels) to the current claim's first or last letter a press grabs that edge.
EDGE_GRAB_PIXELS = 5

#: What assistive technology hears about the article while no claim is current.
NO_CURRENT_CLAIM = QT_TRANSLATE_NOOP(
    "ArticleView", "No claim selected. Select words and press Ctrl+Enter to add a claim."
)

#: The longest quote read out for the current claim (a whole paragraph would drown it).
SPOKEN_QUOTE_CHARS = 200

#: Comfortable reading: about this many characters a line. (QPlainTextEdit, chosen for its
#: layout speed, ignores block line heights, so spacing comes from the font and margins.)
READING_COLUMNS = 80


class ArticleText(QPlainTextEdit):
    """Read-only text that still takes a keyboard cursor, so Shift+arrows select.

    A drag selects whole words (the view snaps the selection when the button is let go);
    with Alt held it selects exactly what was dragged over. ``snap_words`` False (the
    preference) swaps the two: a drag is exact and Alt snaps. Pressing on the first or last
    letter's edge of the current claim drags that edge instead of selecting.

    Signals:
        claim_clicked(str): a click without a selection landed on a claim's highlight.
        selection_dragged(bool): a mouse selection ended; True when it is to stay exact.
        edge_dragged(str, int, int, bool): the current claim's edge was dragged to make
            the UTF-16 span start..end; True when it is to stay exact.
    """

    claim_clicked = Signal(str)
    selection_dragged = Signal(bool)
    edge_dragged = Signal(str, int, int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(self.tr(NO_CURRENT_CLAIM))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self.claims = ClaimPainter(self.palette())
        self.context_actions: list[QAction] = []
        #: UTF-16 positions where each page of a paged (PDF) document begins.
        self.page_starts: list[int] = []
        #: The user's preference: a drag snaps to whole words (Alt inverts it).
        self.snap_words = True
        #: The UTF-16 selection last dragged exact: claimed exactly as it stands.
        self.exact_selection: tuple[int, int] | None = None
        #: While an edge of the current claim is dragged: the span's other (fixed) end.
        self._edge: int | None = None
        self.viewport().setMouseTracking(True)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """The standard menu (copy, select all) with the window's claim actions on top."""
        standard = self.createStandardContextMenu(event.pos())
        menu = QMenu(self)
        menu.addActions(self.context_actions)
        menu.addSeparator()
        menu.addActions(standard.actions())
        menu.exec(event.globalPos())
        standard.deleteLater()

    def edge_at(self, point: QPointF) -> int | None:
        """The current claim's other end when ``point`` (viewport) is on one of its edges."""
        span = self.claims.index.span(self.claims.current_id) if self.claims.current_id else None
        if span is None:
            return None
        for position, other in ((span.start, span.end), (span.end, span.start)):
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            rect = self.cursorRect(cursor)
            near = abs(point.x() - rect.center().x()) <= EDGE_GRAB_PIXELS
            if near and rect.top() <= point.y() <= rect.bottom():
                return other
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """On the current claim's edge, start dragging it; elsewhere select as usual."""
        edge = self.edge_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and edge is not None:
            self._edge = edge
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Show the span an edge drag would make as a selection; a resize cursor on edges."""
        if self._edge is None:
            grab = self.edge_at(event.position()) is not None
            shape = Qt.CursorShape.SizeHorCursor if grab else Qt.CursorShape.IBeamCursor
            self.viewport().setCursor(shape)
            super().mouseMoveEvent(event)
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        cursor = self.textCursor()
        cursor.setPosition(self._edge)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """End an edge drag; snap a dragged selection; a plain click picks a claim."""
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        exact = alt == self.snap_words  # Alt inverts the preference
        if self._edge is not None and event.button() == Qt.MouseButton.LeftButton:
            other, self._edge = self._edge, None
            position = self.cursorForPosition(event.position().toPoint()).position()
            claim_id = self.claims.current_id
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            if claim_id is not None and position != other:
                first, last = sorted((position, other))
                self.edge_dragged.emit(claim_id, first, last, exact)
            return
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():
            cursor = self.textCursor()
            selection = (cursor.selectionStart(), cursor.selectionEnd())
            self.exact_selection = selection if exact else None
            self.selection_dragged.emit(exact)
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        index = self.claims.index
        hits = index.at(position) or index.at(max(position - 1, 0))
        if hits:
            self.claim_clicked.emit(hits[0].claim_id)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Claim spans first, then Qt's text (and selection), then page markers on top."""
        if len(self.claims.index):
            painter = QPainter(self.viewport())
            self.claims.paint(self, painter, event.rect())
            painter.end()
        super().paintEvent(event)
        markers = self.visible_page_markers()
        if markers:
            self._paint_page_markers(markers)

    def visible_page_markers(self) -> list[tuple[int, float]]:
        """(page number, y in the viewport) of each page start on screen, for citation."""
        if not self.page_starts:
            return []
        markers: list[tuple[int, float]] = []
        offset = self.contentOffset()
        height = self.viewport().height()
        block = self.firstVisibleBlock()
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > height:
                break
            first, last = block.position(), block.position() + block.length()
            for number, start in enumerate(self.page_starts, start=1):
                if first <= start < last:
                    line = block.layout().lineForTextPosition(start - first)
                    y = top + (line.y() if line.isValid() else 0.0)
                    if y > -self.fontMetrics().height():  # not scrolled out above
                        markers.append((number, y))
            block = block.next()
        return markers

    def _paint_page_markers(self, markers: list[tuple[int, float]]) -> None:
        """A dashed rule where a page begins, and "p. N" at the right edge."""
        painter = QPainter(self.viewport())
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.75)
        painter.setFont(font)
        width = self.viewport().width()
        for number, y in markers:
            if number > 1:
                painter.drawLine(0, int(y), width, int(y))
            painter.drawText(
                QRectF(0, y, width - 4, painter.fontMetrics().height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"p. {number}",
            )
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Keep lines at a reading width by centring the text column."""
        super().resizeEvent(event)
        self._fit_column()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow a light/dark palette switch."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.claims.set_palette(self.palette())
            self.viewport().update()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_column()

    def _fit_column(self) -> None:
        column = self.fontMetrics().averageCharWidth() * READING_COLUMNS
        margin = max((self.width() - column) // 2, 0)
        self.setViewportMargins(margin, 0, margin, 0)


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
