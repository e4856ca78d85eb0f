"""The window in another language: its menus and dialogs speak it, Arabic mirrors it.

The walk builds the real window and the main dialogs under German and reads every text a
person sees or hears (labels, buttons, titles, tooltips, placeholders, accessible names,
actions, column headers): none may still be the English source of a message that the
German catalogue translates.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from tests.ui.test_accessibility_names import DIALOGS
from workbench import i18n_tools
from workbench.ui import language


@pytest.fixture
def german(qapp) -> Iterator[None]:
    language.install(qapp, "de")
    yield
    language.install(qapp, "en")


def _translated_sources() -> set[str]:
    """English sources that German writes differently."""
    root = ET.parse(i18n_tools.TRANSLATIONS / "workbench_de.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None else ""
        if text and text != source:
            found.add(source)
    return found


def _texts(root: QObject) -> Iterator[tuple[str, str]]:
    """(where, text) of everything shown or spoken in ``root`` and its children."""
    widgets = [root, *root.findChildren(QWidget)] if isinstance(root, QWidget) else []
    for widget in widgets:
        name = type(widget).__name__
        yield from (
            (f"{name} title", widget.windowTitle()),
            (f"{name} tooltip", widget.toolTip()),
            (f"{name} accessible name", widget.accessibleName()),
            (f"{name} accessible description", widget.accessibleDescription()),
        )
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield f"{name} text", widget.text()
        if isinstance(widget, QGroupBox):
            yield f"{name} title", widget.title()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            yield from ((f"{name} item", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            yield from (
                (f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal)))
                for c in range(widget.horizontalHeader().count())
            )
    for action in root.findChildren(QAction):
        yield "action", action.text()
        yield "action tooltip", action.toolTip()


def _english(root: QObject) -> list[tuple[str, str]]:
    sources = _translated_sources()
    return sorted({(where, text) for where, text in _texts(root) if text in sources})


def test_german_menus_and_arabic_mirroring(german, qapp, make_window):
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&Datei", "&Bearbeiten", "&Behauptung"] and "&Hilfe" in titles
    language.install(qapp, "ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_german_window_shows_no_english_left(german, make_window):
    window = make_window()
    window.open_sample()
    assert window.transfers.last_job is not None and window.transfers.last_job.wait()
    assert window.review.document is not None
    assert _english(window) == []


#: The help and preview dialogs show the title their caller gives (the fixtures' English).
CALLER_TITLED = {"help", "preview"}


@pytest.mark.parametrize("name", sorted(set(DIALOGS) - CALLER_TITLED))
def test_german_dialogs_show_no_english_left(german, qtbot, tmp_path, sample_article, name):
    dialog = DIALOGS[name](tmp_path, sample_article)
    qtbot.addWidget(dialog)
    assert _english(dialog) == []
