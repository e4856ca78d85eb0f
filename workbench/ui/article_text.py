"""The article's text widget: read-only, selectable by mouse and keyboard, claims painted.

It works in Qt's UTF-16 positions and leaves code points to :mod:`workbench.ui.article_view`,
which wraps it with the title and the find bar. Here: the drag that selects whole words (or
exactly, with Alt), dragging the current claim's edge, and where each page of a PDF begins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
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
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.ui.highlighter import ClaimPainter
from workbench.ui.language import number as as_number

#: How near (pixels) to the current claim's first or last letter a press grabs that edge.
EDGE_GRAB_PIXELS = 5

#: What assistive technology hears about the article while no claim is current.
NO_CURRENT_CLAIM = QT_TRANSLATE_NOOP(
    "ArticleView", "No claim selected. Select words and press Ctrl+Enter to add a claim."
)

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
        self.setAccessibleDescription(QCoreApplication.translate("ArticleView", NO_CURRENT_CLAIM))
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
                QCoreApplication.translate("ArticleText", "p. {0}").format(as_number(number)),
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
