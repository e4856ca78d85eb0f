"""Edit > Preferences > "Snap selections to whole words": off, a drag claims exactly what
it covers and Alt snaps instead; the choice is kept for the next window.

The preference is switched in the real dialog; drags are real mouse events on the
article's viewport and the claim is read back from the project file.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from tests.ui.keys import claim_selection
from tests.ui.test_window_spans import ALT, drag, stored_row
from workbench.settings import SNAP_TO_WORDS, Settings
from workbench.ui.dialogs import preferences
from workbench.ui.dialogs.preferences import PreferencesDialog


def set_snapping(window, monkeypatch, on: bool) -> None:
    """Open Edit > Preferences, set the box as a user would, press OK."""

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.snap_check.isChecked() is window.settings.get(SNAP_TO_WORDS)
        if dialog.snap_check.isChecked() is not on:
            dialog.snap_check.click()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preferences, "run_modal", run)
    window.preferences()


def inside_words(text: str) -> tuple[int, int]:
    """From inside "senior" to inside "CNN": a drag that snapping would widen."""
    return text.index("nior administration official"), text.index("CNN") + 1


def test_snapping_is_on_by_default(sample_window):
    assert Settings().get(SNAP_TO_WORDS) is True
    assert sample_window.article.text.snap_words


def test_with_snapping_off_a_drag_is_exact_and_alt_snaps(qtbot, sample_window, monkeypatch):
    set_snapping(sample_window, monkeypatch, on=False)
    assert Settings().get(SNAP_TO_WORDS) is False  # written to the settings file
    text = sample_window.article._text
    start, end = inside_words(text)
    drag(qtbot, sample_window, start, end)
    exact = claim_selection(qtbot, sample_window)
    assert stored_row(sample_window, exact)[2] == "nior administration official told C"
    later = text.index("You cannot postpone")
    drag(qtbot, sample_window, later + 1, later + 6, ALT)  # "ou ca" widened by Alt
    snapped = claim_selection(qtbot, sample_window)
    assert stored_row(sample_window, snapped)[2] == "You cannot"


def test_switching_it_back_on_snaps_again_and_is_kept(
    qtbot, sample_window, make_window, monkeypatch
):
    set_snapping(sample_window, monkeypatch, on=False)
    assert not make_window().article.text.snap_words  # a new window reads the setting
    set_snapping(sample_window, monkeypatch, on=True)
    start, end = inside_words(sample_window.article._text)
    drag(qtbot, sample_window, start, end)
    claim_id = claim_selection(qtbot, sample_window)
    assert stored_row(sample_window, claim_id)[2] == "senior administration official told CNN"
    drag(qtbot, sample_window, start, end, ALT)
    assert sample_window.article.selected_span() == (start, end)
