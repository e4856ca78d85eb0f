"""Files that are not files: a FIFO, a link to a device or a folder handed to the window.

Reading such a "file" to see whether it is a project once blocked the window for ever
(a FIFO waits for a writer, ``/dev/zero`` never ends). Each must be one clear line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench.app import StoreFiles, open_window
from workbench.ui import main_window
from workbench.ui.main_window import MainWindow

NOT_A_FILE = "it is not a regular file"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The error lines the window shows (its dialog function, answered)."""
    lines: list[str] = []
    monkeypatch.setattr(
        main_window, "show_error", lambda parent, message, details="": lines.append(message)
    )
    return lines


def odd_files(tmp_path: Path) -> list[Path]:
    fifo = tmp_path / "waiting.factcheck"
    os.mkfifo(fifo)
    zero = tmp_path / "endless.txt"
    zero.symlink_to("/dev/zero")
    folder = tmp_path / "folder.factcheck"
    folder.mkdir()
    return [fifo, zero, folder]


def test_the_window_refuses_what_is_not_a_regular_file(window: MainWindow, tmp_path, shown):
    paths = odd_files(tmp_path)
    for path in paths:
        window.open_path(path)
    assert len(shown) == len(paths)
    for path, line in zip(paths, shown, strict=True):
        assert line.startswith(f"'{path.name}' cannot be opened: ")
    assert all(NOT_A_FILE in line and "\n" not in line for line in shown)
    assert window.session.project is None
    assert window.transfers.last_job is None  # nothing was handed to an importer


def test_a_fifo_on_the_command_line_does_not_hang_start_up(qtbot, config_dir, tmp_path, shown):
    fifo = odd_files(tmp_path)[0]
    window = open_window([str(fifo)])
    qtbot.addWidget(window)
    assert shown == [f"'{fifo.name}' cannot be opened: {NOT_A_FILE} (a folder, pipe or device)."]
    assert window.isVisible() and window.session.project is None


def test_a_project_reached_through_a_link_still_opens(window: MainWindow, tmp_path, shown):
    from workbench.store.projectfile import Project

    real = tmp_path / "real.factcheck"
    Project.create(real, title="Linked").close()
    link = tmp_path / "link.factcheck"
    link.symlink_to(real)
    assert StoreFiles().is_project_file(link)
    window.open_path(link)
    assert shown == []
    assert window.session.project is not None
