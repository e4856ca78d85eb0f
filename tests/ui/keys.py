"""Keys pressed as a user presses them: into the window in front of them.

Qt delivers a shortcut only to the active window. On a desktop the window manager gives
activation back to the main window when a dialog closes (a job's progress dialog, shown
once the job takes longer than a moment); the offscreen platform has no window manager,
so a test that typed a shortcut after a slow job found its window inactive and the key
lost. ``press`` activates the window first, as the user's click on it would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import QUOTE


def press(
    qtbot,
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press ``key`` in ``widget`` once its window is the active one."""
    window = widget.window()
    if window.isVisible() and not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(widget, key, modifier)


def select_quote(window, quote: str = QUOTE) -> tuple[int, int]:
    """Select ``quote`` in the article through the view's own cursor; return its span."""
    start = window.article._text.index(quote)
    window.article.select_span(start, start + len(quote))
    return start, start + len(quote)


def claim_selection(qtbot, window) -> str:
    """Turn the article's selection into a claim with Ctrl+Return; return its id."""
    press(qtbot, window.article.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.review.current_id is not None
    return window.review.current_id


def add_claim(qtbot, window, quote: str = QUOTE) -> str:
    """Select ``quote`` and claim it, as a reviewer does from the keyboard."""
    select_quote(window, quote)
    return claim_selection(qtbot, window)
