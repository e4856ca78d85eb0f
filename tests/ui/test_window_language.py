"""The window in another language: its menus and dialogs speak it, Arabic mirrors it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench import i18n_tools
from workbench.ui import language


def test_german_menus_and_arabic_mirroring(qapp, make_window):
    i18n_tools.release()  # a checkout holds only the .ts sources
    language.i18n.app_translator.cache_clear()
    language.i18n.catalogue.cache_clear()
    try:
        language.install(qapp, "de")
        window = make_window()
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:3] == ["&Datei", "&Bearbeiten", "&Behauptung"] and "&Hilfe" in titles
        language.install(qapp, "ar")
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        language.install(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
