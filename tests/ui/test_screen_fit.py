"""Every window and dialog fits the screen it opens on, buttons included.

The offscreen test screen is 800x800: smaller than the window's default 1280x800 and the
report preview's 820x900, so the real widgets are checked on a real small screen. The
geometry rule itself is checked for the 1024x700 laptop and a 2048x1400 screen at 2x.
"""

from __future__ import annotations

from base64 import b64encode

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from tests.ui.test_dialogs import when_modal
from workbench.core.merge import Conflict, MergePlan, Who
from workbench.core.model import Entity
from workbench.settings import WINDOW_GEOMETRY, Settings
from workbench.ui.dialogs.conflicts import ConflictDialog
from workbench.ui.dialogs.preview import PreviewDialog
from workbench.ui.screen_fit import FRAME_ALLOWANCE, available_area, fitted_geometry

LAPTOP = QRect(0, 0, 1024, 700)
#: 2048x1400 pixels at 2x scaling, in the device-independent pixels Qt lays out in.
SCALED_2X = QRect(0, 0, 2048 // 2, 1400 // 2)


def outer(rect: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    """The frame's rectangle of a ``fitted_geometry`` answer."""
    return QRect(
        rect.topLeft(),
        QSize(
            rect.width() + frame.left() + frame.right(),
            rect.height() + frame.top() + frame.bottom(),
        ),
    )


@pytest.mark.parametrize("area", [LAPTOP, SCALED_2X, QRect(1920, 0, 1366, 728)])
@pytest.mark.parametrize(
    ("position", "size"),
    [
        (QPoint(0, 0), QSize(1280, 800)),  # the window's default size
        (QPoint(300, 200), QSize(820, 900)),  # the report preview, placed low
        (QPoint(-500, -40), QSize(600, 400)),  # restored from a screen now gone
    ],
)
def test_a_window_is_shrunk_and_moved_into_the_screen(area, position, size):
    fitted = fitted_geometry(position, size, area, FRAME_ALLOWANCE)
    assert area.contains(outer(fitted))
    assert fitted.width() == min(size.width(), area.width() - 8)
    assert fitted.height() == min(size.height(), area.height() - 40)


def test_a_window_that_fits_stays_as_it_is():
    fitted = fitted_geometry(QPoint(50, 60), QSize(600, 400), LAPTOP, FRAME_ALLOWANCE)
    assert fitted == QRect(50, 60, 600, 400)


def on_screen(widget: QWidget) -> bool:
    """True when ``widget`` lies wholly inside its window's screen area."""
    top_left = widget.mapToGlobal(QPoint(0, 0))
    area = available_area(widget.window())
    return area.contains(QRect(top_left, widget.size()))


def test_the_main_window_opens_within_a_small_screen(window):
    area = available_area(window)
    assert area.width() < 1280  # the old fixed default did not fit
    assert area.contains(window.frameGeometry())
    assert window.minimumWidth() <= area.width()


def test_a_window_saved_on_a_bigger_screen_comes_back_inside(qtbot, make_window):
    first = make_window()
    first.resize(2400, 1500)
    first.move(900, 700)
    geometry = b64encode(first.saveGeometry().data()).decode()
    first.close()
    Settings().set(WINDOW_GEOMETRY, geometry)
    again = make_window()
    assert available_area(again).contains(again.frameGeometry())


def test_the_report_preview_and_its_close_button_fit_the_screen(qtbot, window):
    seen: list[tuple[bool, bool, QSize]] = []

    def look(dialog: QDialog) -> None:
        close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        seen.append((on_screen(dialog), on_screen(close), dialog.size()))
        dialog.reject()

    when_modal(qtbot, look)
    PreviewDialog.show_preview(window, "<h1>Report</h1>" + "<p>Line</p>" * 400, "HTML report")
    ((dialog_inside, close_inside, size),) = seen
    assert dialog_inside and close_inside
    assert size.height() < 900  # the 820x900 page was fitted to the 800 px screen


def test_the_merge_conflicts_dialog_fits_with_many_conflicts(qtbot, window):
    who = Who(reviewer="Ada", at="2026-12-01T10:00:00")
    conflicts = [
        Conflict(Entity.CLAIM, f"c{n}", f"Claim {n}", "status", "verified", "disputed", who, who)
        for n in range(60)
    ]
    seen: list[bool] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        seen.append(on_screen(dialog) and on_screen(dialog.merge_button))
        dialog.reject()

    when_modal(qtbot, look)
    assert ConflictDialog.ask(window, MergePlan(conflicts=conflicts), "grace.factcheck") is None
    assert seen == [True]
    assert QApplication.activeModalWidget() is None


def test_an_error_with_long_details_stays_on_screen(qtbot):
    from workbench.ui.dialogs.errors import ErrorDialog

    details = "\n".join(f'  File "module_{n}.py", line {n}, in step_{n}' for n in range(400))
    dialog = ErrorDialog(None, "Something went wrong while importing.", details)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.toggle_button.click()  # Show details: the dialog grows
    assert dialog.details_view.isVisible()
    assert on_screen(dialog)
    assert on_screen(dialog.buttons)
