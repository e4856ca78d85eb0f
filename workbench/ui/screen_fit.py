"""Keeping every window and dialog inside the screen area it opens on.

A size that suits a 1920x1080 desktop (the window's 1280x800, the report preview's
820x900) puts the bottom of the window, and so its buttons, off a 1024x700 laptop screen
or a screen at 2x scaling (Qt sizes are in device-independent pixels, so a 2048x1400
screen at 2x is 1024x700 here). The main window's first and restored geometry and every
modal dialog go through :func:`fit_to_screen`, so no widget has to guess.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room for the window manager's title bar and borders of a window not shown yet (its
#: real frame is unknown until then): a typical title bar at 100% scaling, with a margin.
FRAME_ALLOWANCE = QMargins(4, 36, 4, 4)


def available_area(widget: QWidget) -> QRect:
    """The usable area (without panels and docks) of the screen ``widget`` opens on."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(widget: QWidget) -> QMargins:
    """The window frame around ``widget``'s contents: measured once shown, else estimated."""
    if widget.isVisible():
        frame, inner = widget.frameGeometry(), widget.geometry()
        measured = QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
        if measured != QMargins():
            return measured
    return FRAME_ALLOWANCE


def fitted_geometry(position: QPoint, size: QSize, area: QRect, frame: QMargins) -> QRect:
    """Where a window goes so that it and its ``frame`` lie inside ``area``.

    ``position`` is the frame's top-left corner (what ``QWidget.pos()`` and ``move()``
    use for a window), ``size`` the contents' size (``resize()``); the answer keeps that
    split: its top-left is the frame's corner, its size the contents'. Free of widgets, so
    it can be checked for any screen.
    """
    room = QSize(
        area.width() - frame.left() - frame.right(), area.height() - frame.top() - frame.bottom()
    )
    fitted = size.boundedTo(room)
    outer_width = fitted.width() + frame.left() + frame.right()
    outer_height = fitted.height() + frame.top() + frame.bottom()
    left = min(max(position.x(), area.left()), area.right() + 1 - outer_width)
    top = min(max(position.y(), area.top()), area.bottom() + 1 - outer_height)
    return QRect(QPoint(left, top), fitted)


def fit_to_screen(widget: QWidget, preferred: QSize | None = None) -> None:
    """Give the window ``widget`` ``preferred`` size (else its current one) within its screen.

    A dialog not yet shown is only resized (Qt centres it over its parent, within the
    screen); a window that has a place (shown, or restored geometry) is also moved inside.
    Its minimum size is lowered where it would not fit, so its layout cannot push it out.
    """
    if preferred is None:
        resized = widget.testAttribute(Qt.WidgetAttribute.WA_Resized)
        preferred = widget.size() if resized else widget.sizeHint().expandedTo(widget.size())
    fitted = fitted_geometry(widget.pos(), preferred, available_area(widget), frame_margins(widget))
    widget.setMinimumSize(widget.minimumSize().boundedTo(fitted.size()))
    widget.resize(fitted.size())
    if widget.isVisible() or widget.testAttribute(Qt.WidgetAttribute.WA_Moved):
        widget.move(fitted.topLeft())
