"""The window's import job: every format shows progress and can be cancelled; bad files
are one clear line in a message box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.processes import HAS_PROC, running_children
from workbench.ui import transfers

PAGE = b"<html><head><title>Slow</title></head><body><article>%s</article></body></html>"


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        transfers, "show_error", lambda parent, message, details="": shown.append(message)
    )
    return shown


@pytest.mark.skipif(not HAS_PROC, reason="needs /proc")
def test_a_slow_web_page_import_shows_progress_and_cancel_stops_its_parser(
    qtbot, sample_window, errors, tmp_path: Path
) -> None:
    before = running_children()
    page = tmp_path / "nested.html"
    page.write_bytes(PAGE % (b"<div><span>x</span></div>" * 400_000))
    sample_window.import_articles([page])
    job = sample_window.transfers.last_job
    qtbot.waitUntil(job.dialog.isVisible, timeout=60_000)
    assert job.dialog.maximum() == 0  # busy: a web page has no pages to count
    qtbot.mouseClick(job.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert job.wait()
    assert errors == []
    assert len(sample_window.session.project.documents()) == 1  # only the sample
    assert running_children() - before == set()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "'empty.txt' is empty: there is nothing in it to import."),
        ("blank.html", b"\n\n   \n", "'blank.html' is empty: there is nothing in it to import."),
    ],
)
def test_an_empty_file_is_one_clear_line(
    sample_window, errors, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    sample_window.import_articles([path])
    assert sample_window.transfers.last_job.wait()
    assert errors == [message]
    assert len(sample_window.session.project.documents()) == 1
