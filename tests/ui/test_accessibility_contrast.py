"""The high-contrast palette: chosen in Preferences, applied at once, undone when turned off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from tests.ui.keys import add_claim
from workbench.core.model import Status
from workbench.core.palette import HIGH_CONTRAST_DARK, LOOKS
from workbench.settings import HIGH_CONTRAST, Settings
from workbench.ui import contrast
from workbench.ui.dialogs import preferences


@pytest.fixture(autouse=True)
def standard_palette_after() -> Iterator[None]:
    """The palette is the application's: put the standard one back for the next test."""
    yield
    contrast.apply(contrast.NEVER)


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch):
    """Edit > Preferences answered through the real dialog, with a contrast choice."""
    wanted: list[str] = []

    def ask(parent, settings: Settings) -> bool:
        dialog = preferences.PreferencesDialog(parent, settings)
        dialog.contrast_combo.setCurrentIndex(dialog.contrast_combo.findData(wanted[-1]))
        dialog.accept()
        dialog.deleteLater()
        return True

    monkeypatch.setattr(preferences.PreferencesDialog, "ask", staticmethod(ask))
    return wanted


def _window_colour() -> str:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).name().upper()


def test_high_contrast_from_preferences_recolours_the_window_and_claim_marks(
    qtbot, sample_window, choose
) -> None:
    window = sample_window
    standard = _window_colour()
    add_claim(qtbot, window)
    assert window.article.claims._formats[(Status.UNREVIEWED, False)].underlineColor() == QColor(
        LOOKS[Status.UNREVIEWED].colour
    )
    choose.append(contrast.ALWAYS)
    window.preferences()
    assert window.settings.get(HIGH_CONTRAST) == contrast.ALWAYS
    assert contrast.is_active()
    assert _window_colour() == HIGH_CONTRAST_DARK.window  # no light system scheme offscreen
    text = window.article.text
    qtbot.waitUntil(lambda: text.palette().color(QPalette.ColorRole.Text) == QColor("white"))
    assert text.palette().color(QPalette.ColorRole.Text).name().upper() == HIGH_CONTRAST_DARK.text
    assert (
        text.palette().color(QPalette.ColorRole.Highlight).name().upper()
        == HIGH_CONTRAST_DARK.highlight
    )
    # the article repainted its claims with text-coloured underlines, styles unchanged
    fmt = window.article.claims._formats[(Status.UNREVIEWED, False)]
    assert fmt.underlineColor().name().upper() == HIGH_CONTRAST_DARK.text
    assert fmt.background().color().name().upper() == LOOKS[Status.UNREVIEWED].dark_tint

    choose.append(contrast.NEVER)
    window.preferences()
    assert not contrast.is_active()
    assert _window_colour() == standard
    assert QGuiApplication.instance().styleSheet() == ""
    qtbot.waitUntil(
        lambda: text.palette().color(QPalette.ColorRole.Window).name() == standard.lower()
    )
    fmt = window.article.claims._formats[(Status.UNREVIEWED, False)]
    assert fmt.underlineColor() == QColor(LOOKS[Status.UNREVIEWED].colour)


def test_the_choice_is_kept_and_applied_when_the_next_window_opens(make_window) -> None:
    Settings().set(HIGH_CONTRAST, contrast.ALWAYS)
    make_window()
    assert contrast.is_active()
    assert _window_colour() == HIGH_CONTRAST_DARK.window


def test_following_the_system_uses_standard_colours_when_it_asks_for_none(make_window) -> None:
    window = make_window()
    hints = QGuiApplication.styleHints()
    assert window.settings.get(HIGH_CONTRAST) == contrast.FOLLOW_SYSTEM
    assert contrast.is_active() == contrast.system_wants_high_contrast(hints)
    assert contrast.wanted(contrast.ALWAYS, hints) and not contrast.wanted(contrast.NEVER, hints)


def test_the_focused_field_has_a_thick_frame_in_the_highlight_colour(qtbot, sample_window) -> None:
    window = sample_window
    add_claim(qtbot, window)
    contrast.apply(contrast.ALWAYS)
    window.activateWindow()
    summary, claimant = window.editor.summary_edit, window.editor.claimant_edit

    def frame(widget) -> tuple[str, str]:
        """The colours of the outermost and the third pixel column, mid-height."""
        image = widget.grab().toImage()
        middle = image.height() // 2
        return tuple(image.pixelColor(x, middle).name().upper() for x in (0, 2))

    focused = (HIGH_CONTRAST_DARK.highlight, HIGH_CONTRAST_DARK.highlight)  # 3 px wide
    summary.setFocus()
    qtbot.waitUntil(summary.hasFocus)
    assert frame(summary) == focused
    assert frame(claimant)[0] == HIGH_CONTRAST_DARK.text  # a 1 px outline, not the frame
    assert frame(claimant)[1] != HIGH_CONTRAST_DARK.highlight
    claimant.setFocus()
    qtbot.waitUntil(claimant.hasFocus)
    assert frame(claimant) == focused
    assert frame(summary)[0] == HIGH_CONTRAST_DARK.text
