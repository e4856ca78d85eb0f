"""Fixtures for driving the real main window: settings in tmp_path, dialogs answered.

The window's dialogs are reached through ``ask``-style functions; tests replace those
(pytest-qt's guidance), never the widgets, the store or the importers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from workbench.app import StoreFiles
from workbench.settings import Settings
from workbench.ui import session as session_dialogs
from workbench.ui.main_window import MainWindow

QUOTE = "You cannot postpone what has not been scheduled"


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and untitled projects go to a temporary folder, never the real one."""
    folder = tmp_path / "config"
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """How the file dialogs answer; tests change the entries (default: discard, cancel)."""
    replies: dict[str, object] = {"keep": "discard", "save_path": None, "open_paths": []}
    monkeypatch.setattr(session_dialogs, "ask_keep_untitled", lambda parent: replies["keep"])
    monkeypatch.setattr(
        session_dialogs, "ask_save_path", lambda parent, suggested: replies["save_path"]
    )
    monkeypatch.setattr(
        session_dialogs, "ask_open_path", lambda parent, *a: list(replies["open_paths"])
    )
    return replies


@pytest.fixture
def make_window(qtbot, sample_article: Path, answers) -> Iterator:
    """Build real main windows over the real store (closed, untitled work discarded, after)."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(StoreFiles(), Settings(), sample=sample_article)
        qtbot.addWidget(window)
        window.show()
        if not windows:  # the first window takes the focus; shortcuts reach only it
            qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.close(discard=True)


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def sample_window(window: MainWindow) -> MainWindow:
    """A window showing the sample article in a new untitled project."""
    window.open_sample()
    assert window.transfers.last_job is not None
    assert window.transfers.last_job.wait()
    assert window.review.document is not None
    return window


class OpenedUrls(QObject):
    """Receives the file URLs the program asks the desktop to open (Qt's own scheme hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_files():
    """What the program handed to the desktop to open, instead of opening it."""
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")
