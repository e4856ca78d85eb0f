"""Claim highlighting: a sorted span index, painted under the visible lines only.

Chosen by measurement (tests/benchmarks/test_window_bench.py, figures in the report):
10,000 ExtraSelections made a 1 MB article open 17x slower than a bare view; a
QSyntaxHighlighter over this index still had to format every paragraph while the text was
set (about 4x here, with the index build); painting the spans of the visible lines, the
way a text editor paints its current-line band, keeps opening at the cost of building the
index, and re-colouring a claim is a repaint of what is on screen. Nothing is written into
the document: its text, undo history and formats stay the article's own.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
)
from PySide6.QtWidgets import QPlainTextEdit

from workbench.core.model import Claim, Status
from workbench.ui import status_style
from workbench.ui.offsets import OffsetMap

#: Spans longer than this (UTF-16 units) are kept apart, so a lookup only ever walks back
#: this far among the short ones however long a rare paragraph-sized claim is.
LONG_SPAN = 4096
HIGHLIGHT_ALPHA = 175


@dataclass(slots=True)
class Span:
    """One claim's span in UTF-16 units (Qt's positions)."""

    claim_id: str
    start: int
    end: int
    status: Status


class SpanIndex:
    """Claim spans of one text, sorted by start, for "which spans touch this range?"."""

    def __init__(self, offsets: OffsetMap | None = None) -> None:
        self.offsets = offsets or OffsetMap("")
        self._spans: dict[str, Span] = {}
        self._starts: list[int] = []
        self._short: list[Span] = []
        self._long: list[Span] = []

    def reset(self, claims: Iterable[Claim]) -> None:
        """Replace every span (the bulk path taken when a document opens)."""
        to_utf16 = self.offsets.to_utf16
        spans = sorted(
            (Span(c.id, to_utf16(c.start), to_utf16(c.end), c.status) for c in claims),
            key=lambda s: s.start,
        )
        self._spans = {s.claim_id: s for s in spans}
        self._short = [s for s in spans if s.end - s.start <= LONG_SPAN]
        self._long = [s for s in spans if s.end - s.start > LONG_SPAN]
        self._starts = [s.start for s in self._short]

    def add(self, claim: Claim) -> Span:
        """Index a new claim or re-index a changed one; returns its span."""
        self.remove(claim.id)
        to_utf16 = self.offsets.to_utf16
        span = Span(claim.id, to_utf16(claim.start), to_utf16(claim.end), claim.status)
        self._spans[claim.id] = span
        if span.end - span.start > LONG_SPAN:
            self._long.append(span)
        else:
            at = bisect_left(self._starts, span.start)
            self._starts.insert(at, span.start)
            self._short.insert(at, span)
        return span

    def remove(self, claim_id: str) -> Span | None:
        """Forget one claim; returns its old span (None when unknown)."""
        span = self._spans.pop(claim_id, None)
        if span is None:
            return None
        if span in self._long:
            self._long.remove(span)
            return span
        at = bisect_left(self._starts, span.start)
        while self._short[at] is not span:
            at += 1
        del self._starts[at], self._short[at]
        return span

    def span(self, claim_id: str) -> Span | None:
        """The span of a claim, if indexed."""
        return self._spans.get(claim_id)

    def __len__(self) -> int:
        return len(self._spans)

    def between(self, low: int, high: int) -> list[Span]:
        """Spans overlapping UTF-16 range ``low..high``, longest first (so shorter paint on top)."""
        first = bisect_left(self._starts, low - LONG_SPAN)
        last = bisect_left(self._starts, high)
        hits = [s for s in self._short[first:last] if s.end > low]
        hits += [s for s in self._long if s.start < high and s.end > low]
        return sorted(hits, key=lambda s: s.start - s.end)

    def at(self, position: int) -> list[Span]:
        """Spans covering UTF-16 ``position``, innermost (shortest) first."""
        return self.between(position, position + 1)[::-1]


class ClaimPainter:
    """Paints claim spans under the text of a QPlainTextEdit's visible blocks.

    Each span gets its status tint (translucent, so where claims overlap the shading
    deepens and both stay visible) and its status underline style, so colour is never the
    only signal; the current claim is drawn stronger and outlined.
    """

    def __init__(self, palette: QPalette) -> None:
        self.index = SpanIndex()
        self.current_id: str | None = None
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        """Take the tints for a (light or dark) palette."""
        self._formats: dict[tuple[Status, bool], QTextCharFormat] = {
            (status, current): status_style.char_format(status, palette, current=current)
            for status in Status
            for current in (False, True)
        }

    def paint(self, editor: QPlainTextEdit, painter: QPainter, area: QRect) -> None:
        """Paint the spans of the blocks that intersect ``area`` (viewport coordinates)."""
        offset = editor.contentOffset()
        block = editor.firstVisibleBlock()
        while block.isValid():
            top = editor.blockBoundingGeometry(block).translated(offset).top()
            if top > area.bottom():
                break
            base = block.position()
            layout = block.layout()
            for span in self.index.between(base, base + block.length()):
                self._paint_span(painter, layout, span, base, top)
            block = block.next()

    def _paint_span(
        self, painter: QPainter, layout: QTextLayout, span: Span, base: int, top: float
    ) -> None:
        fmt = self._formats[(span.status, span.claim_id == self.current_id)]
        fill = QColor(fmt.background().color())
        fill.setAlpha(HIGHLIGHT_ALPHA)
        pen = _underline_pen(fmt)
        for rect, baseline in span_pieces(layout, span.start - base, span.end - base, top):
            painter.fillRect(rect, fill)
            if span.claim_id == self.current_id:
                painter.setPen(QPen(QColor(fmt.underlineColor()), 1))
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            _draw_underline(
                painter,
                pen,
                style=fmt.underlineStyle(),
                left=rect.left(),
                right=rect.right(),
                y=baseline + 2,
            )


def span_pieces(
    layout: QTextLayout, start: int, end: int, top: float
) -> list[tuple[QRectF, float]]:
    """Where the block-relative UTF-16 range start..end is drawn: a rectangle (and its
    baseline) for each visual piece, in viewport coordinates from the block's ``top``.

    Left to right, one piece a line runs between the x of its two ends. Bidirectional
    text (an Arabic line with a number or a Latin name in it) puts one logical range in
    several places of a line, and right to left its start lies right of its end: each
    directional run is then a piece of its own, from Qt's glyph runs.
    """
    pieces = []
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        left_pos = max(start, line.textStart())
        right_pos = min(end, line.textStart() + line.textLength())
        if left_pos >= right_pos:
            continue
        runs = line.glyphRuns(left_pos, right_pos - left_pos)
        ends = sorted((_x(line, left_pos), _x(line, right_pos)))
        spans = (
            [(r.boundingRect().left(), r.boundingRect().right()) for r in runs]
            if len(runs) > 1
            else [(ends[0], ends[1])]
        )
        y = top + line.y()
        pieces += [
            (QRectF(left, y, right - left, line.height()), y + line.ascent())
            for left, right in spans
        ]
    return pieces


def _x(line: QTextLine, position: int) -> float:
    """The x of a cursor position in a laid-out line (PySide returns it with the position)."""
    x, _position = cast(tuple[float, int], line.cursorToX(position))
    return x


def _underline_pen(fmt: QTextCharFormat) -> QPen:
    pen = QPen(QColor(fmt.underlineColor()), 1.5)
    style = fmt.underlineStyle()
    if style == QTextCharFormat.UnderlineStyle.DashUnderline:
        pen.setStyle(Qt.PenStyle.DashLine)
    elif style == QTextCharFormat.UnderlineStyle.DotLine:
        pen.setStyle(Qt.PenStyle.DotLine)
    return pen


def _draw_underline(
    painter: QPainter,
    pen: QPen,
    *,
    style: QTextCharFormat.UnderlineStyle,
    left: float,
    right: float,
    y: float,
) -> None:
    painter.setPen(pen)
    if style != QTextCharFormat.UnderlineStyle.WaveUnderline:
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        return
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(x + 2.5, right)
        path.lineTo(x, y - 1.5 if up else y + 1.5)
        up = not up
    painter.drawPath(path)
