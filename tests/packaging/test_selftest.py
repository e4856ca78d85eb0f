"""``run_self_test`` runs the journalist's first minutes for real and says what happened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from workbench import selftest


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The self-test must not need, or touch, the user's own settings folder."""
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))


def test_every_step_passes_in_a_checkout(qapp: QApplication) -> None:
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 0
    titles = [title for title, _ in selftest.STEPS]
    assert [line[5:].split(":")[0] for line in lines[1:-1]] == titles
    assert all(line.startswith("ok   ") for line in lines[1:-1]), lines
    assert lines[-1] == "self-test passed"


def test_a_failing_step_is_one_line_and_stops_the_run(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As in a bundle that lost its seeds folder: the import step fails, nothing runs after."""
    monkeypatch.setattr(selftest, "sample_article", lambda: tmp_path / "missing.txt")
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    assert lines[-1].startswith("FAIL import the sample article: ImportFailed: 'missing.txt'")
    assert not any("add a claim" in line for line in lines)
