"""How each claim status looks in the window: colour, underline style, icon and shortcut.

The colours and tints are shared with the reports (:mod:`workbench.core.palette`); each
status also has its own underline style and icon here, so colour is never the only
signal. Highlight backgrounds are tints chosen per palette so the text stays readable on
light and dark themes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextCharFormat,
)

from workbench.core.model import Status
from workbench.core.palette import LOOKS
from workbench.ui import contrast


@dataclass(frozen=True, slots=True)
class StatusStyle:
    """The look of one status in the window: the shared colours plus Qt's own signals."""

    source_label: str  # English, as the catalogues know it
    colour: str  # Okabe-Ito, for icons, badges and underlines
    light_tint: str  # highlight background on a light palette
    dark_tint: str  # highlight background on a dark palette
    underline: QTextCharFormat.UnderlineStyle
    shortcut: str

    @property
    def label(self) -> str:
        """The status's name in the window's language."""
        return QCoreApplication.translate("Status", self.source_label)


_UNDERLINES_AND_SHORTCUTS = {
    Status.UNREVIEWED: (QTextCharFormat.UnderlineStyle.DashUnderline, "Ctrl+0"),
    Status.VERIFIED: (QTextCharFormat.UnderlineStyle.SingleUnderline, "Ctrl+1"),
    Status.DISPUTED: (QTextCharFormat.UnderlineStyle.WaveUnderline, "Ctrl+2"),
    Status.UNVERIFIABLE: (QTextCharFormat.UnderlineStyle.DotLine, "Ctrl+3"),
}

STYLES: dict[Status, StatusStyle] = {
    status: StatusStyle(
        look.label, look.colour, look.tint, look.dark_tint, *_UNDERLINES_AND_SHORTCUTS[status]
    )
    for status, look in LOOKS.items()
}


def is_dark(palette: QPalette) -> bool:
    """True when the window background is dark (a dark theme)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tint(status: Status, palette: QPalette) -> QColor:
    """The highlight background for ``status`` on ``palette``."""
    style = STYLES[status]
    return QColor(style.dark_tint if is_dark(palette) else style.light_tint)


def char_format(status: Status, palette: QPalette, *, current: bool = False) -> QTextCharFormat:
    """The character format of a claim span: tint, and an underline in the status colour.

    The current claim gets a stronger, bold-underlined look so it stands out among
    overlapping spans.
    """
    fmt = QTextCharFormat()
    background = tint(status, palette)
    if current:
        background = background.darker(125) if not is_dark(palette) else background.lighter(150)
    fmt.setBackground(background)
    fmt.setUnderlineStyle(STYLES[status].underline)
    fmt.setUnderlineColor(mark_colour(status, palette))
    return fmt


def mark_colour(status: Status, palette: QPalette) -> QColor:
    """A claim underline's colour: the status colour, or the text colour in high contrast."""
    if contrast.is_active():
        return palette.color(QPalette.ColorRole.Text)
    return QColor(STYLES[status].colour)


@cache
def icon(status: Status, size: int = 16) -> QIcon:
    """A small drawn icon per status (check, cross, question mark, hollow circle)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STYLES[status].colour)
    box = QRectF(1, 1, size - 2, size - 2)
    if status is Status.UNREVIEWED:
        painter.setPen(QPen(colour, size / 8))
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), size / 8, c=Qt.PenCapStyle.RoundCap))
        s = size
        if status is Status.VERIFIED:
            path = QPainterPath(QPointF(s * 0.28, s * 0.52))
            path.lineTo(s * 0.44, s * 0.68)
            path.lineTo(s * 0.72, s * 0.34)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif status is Status.DISPUTED:
            painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
            painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
        else:
            font = painter.font()
            font.setBold(True)
            font.setPixelSize(int(s * 0.75))
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")
    painter.end()
    return QIcon(pixmap)
