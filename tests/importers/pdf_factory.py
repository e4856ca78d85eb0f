"""Small PDFs for cases the corpus lacks, drawn with Qt's QPdfWriter at test time.

Each maker writes one file and returns what the importer must find in it. Coordinates are
points (the writer's resolution is set to 72 dpi), measured from the top-left corner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

PAGE = QSizeF(612, 792)

COLUMN_LEFT = (
    "The harbour authority said on Monday that container traffic had fallen for the third "
    "quarter in a row, a decline it blamed on the closure of two inland rail links and on "
    "the storms that kept ships at anchor for most of February. "
    "Officials expect the figures to recover once the northern line reopens in the spring, "
    "although the shipping companies consulted for this report were less confident."
)
COLUMN_RIGHT = (
    "Dock workers interviewed outside the main gate described shifts cut from five days to "
    "three and a hiring freeze that has lasted since the autumn. "
    "The union will put a new pay offer to its members at a meeting next week, and its "
    "leaders say a strike cannot be ruled out if the offer is rejected."
)


def _writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageSize(QPageSize(PAGE, QPageSize.Unit.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setCreator("workbench tests")
    writer.setTitle("")
    return writer


def _font(size: float) -> QFont:
    font = QFont("DejaVu Serif")
    font.setPointSizeF(size)
    return font


def two_columns(path: Path) -> tuple[str, str]:
    """One page, two columns of justified running text; returns the two columns' text."""
    writer = _writer(path)
    painter = QPainter(writer)
    painter.setFont(_font(11))
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignJustify)
    painter.drawText(QRectF(54, 72, 240, 600), flags, COLUMN_LEFT)
    painter.drawText(QRectF(318, 72, 240, 600), flags, COLUMN_RIGHT)
    painter.end()
    return COLUMN_LEFT, COLUMN_RIGHT


def hyphenated(path: Path) -> None:
    """One paragraph whose lines end in words split by a hyphen, drawn line by line."""
    writer = _writer(path)
    painter = QPainter(writer)
    painter.setFont(_font(11))
    lines = [
        "The committee examined the infor-",
        "mation carefully before the vote, and the",
        "members agreed that the FAA-",
        "approved procedure needed no revi-",
        "sion before the end of the year.",
    ]
    for number, line in enumerate(lines):
        painter.drawText(72, 100 + 14 * number, line)
    painter.end()


def running_heads(path: Path, pages: int = 3) -> list[str]:
    """Pages with the same header and a numbered footer; returns each page's body text."""
    writer = _writer(path)
    painter = QPainter(writer)
    bodies = []
    for number in range(1, pages + 1):
        if number > 1:
            writer.newPage()
        painter.setFont(_font(9))
        painter.drawText(72, 40, "The Harbour Gazette - Special report on shipping")
        painter.drawText(290, 760, f"Page {number} of {pages}")
        painter.setFont(_font(11))
        body = f"Body text of page {number} reports the cargo handled in month {number}."
        painter.drawText(72, 120, body)
        bodies.append(body)
    painter.end()
    return bodies


def scanned(path: Path) -> None:
    """A page that shows text only as pixels: an image, no text layer."""
    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    pixels = QPainter(image)
    pixels.setFont(_font(20))
    pixels.drawText(20, 100, "Scanned text is only pixels")
    pixels.end()
    writer = _writer(path)
    painter = QPainter(writer)
    painter.drawImage(QRectF(36, 72, 540, 180), image)
    painter.end()


def footnoted(path: Path) -> None:
    """Two pages: a sentence runs from page 1 to page 2 past page 1's footnote."""
    writer = _writer(path)
    painter = QPainter(writer)
    painter.setFont(_font(11))
    painter.drawText(72, 100, "The ministry published the report in March.")
    painter.drawText(72, 114, "Its authors counted 4,200 complaints,1 most of")
    painter.setFont(_font(8))
    painter.drawText(72, 700, "1 Complaints received by post are not included.")
    writer.newPage()
    painter.setFont(_font(11))
    painter.drawText(72, 100, "them about delayed payments.")
    painter.drawText(72, 128, "A second paragraph starts here.")
    painter.end()


UNRULED_ROWS = [
    ("Port", "Ships", "Tonnes", "Change"),
    ("Leith", "412", "1,204,000", "-3.1%"),
    ("Dundee", "188", "655,300", "+0.4%"),
    ("Aberdeen", "1,020", "3,880,000", "-7.9%"),
    ("Inverness", "96", "120,450", "+2.2%"),
]
UNRULED_BEFORE = (
    "Cargo handled by the northern ports last year fell at three of the four harbours, "
    "the board's annual figures show, as follows."
)
UNRULED_AFTER = (
    "The figures were published by the harbour board in March, a month later than usual, "
    "after a dispute over how transhipped cargo should be counted."
)


def unruled_table(path: Path) -> list[tuple[str, ...]]:
    """A paragraph, then a table of four columns set without any rules, tightly (the
    rows 12 points apart); returns the rows."""
    writer = _writer(path)
    painter = QPainter(writer)
    painter.setFont(_font(10))
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignJustify)
    painter.drawText(QRectF(72, 60, 468, 40), flags, UNRULED_BEFORE)
    for number, row in enumerate(UNRULED_ROWS):
        for x, cell in zip((72, 200, 320, 460), row, strict=True):
            painter.drawText(x, 120 + 12 * number, cell)
    painter.drawText(QRectF(72, 190, 468, 40), flags, UNRULED_AFTER)
    painter.end()
    return UNRULED_ROWS
