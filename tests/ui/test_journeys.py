"""Whole journeys through the real program: ``workbench.app.main`` in a child process.

The window is the program's own (offscreen); the only thing added is a timer that closes
it, as a user clicking the window's close button would, at a chosen moment.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.command import Run, project_with_claim

# Close the window ``delay`` ms after it opened what the arguments name, then end as the
# program does (``main`` returns the exit code).
CLOSE_AFTER = """
import sys
from PySide6.QtCore import QTimer
import workbench.app as app

opened = app.open_window

def open_then_close(argv):
    window = opened(argv)
    QTimer.singleShot(int(sys.argv[1]), window.close)
    return window

app.open_window = open_then_close
sys.exit(app.main(sys.argv[2:]))
"""


def _close_after(delay_ms: int, args: list[str], env: dict[str, str], cwd: Path) -> str:
    """Run the window until it is closed after ``delay_ms``; return its stderr (exit 0)."""
    result = subprocess.run(
        [sys.executable, "-c", CLOSE_AFTER, str(delay_ms), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def _log(cli_env: dict[str, str]) -> str:
    log = Path(cli_env["WORKBENCH_CONFIG_DIR"]) / "logs" / "workbench.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


@pytest.mark.parametrize("delay_ms", [0, 100])
def test_closing_during_the_import_ends_quietly(
    delay_ms: int,
    tmp_path: Path,
    cli_env: dict[str, str],
) -> None:
    """Closing the window while the sample is still being read in its child process: the
    job is cancelled and its thread ends before Python tears the window down (its report
    used to reach a deleted object: two tracebacks at every such quit)."""
    stderr = _close_after(delay_ms, ["--sample"], cli_env, tmp_path)
    assert "Traceback" not in stderr
    assert "Unexpected error" not in _log(cli_env)


@pytest.mark.parametrize("delay_ms", [0])
def test_quitting_a_reviewed_project_archives_it_quietly(
    delay_ms: int,
    tmp_path: Path,
    cli_env: dict[str, str],
    run: Run,
    sample_article: Path,
) -> None:
    """Opening and closing a project hands its verdicts to the archive on the "Checked
    before" panel's thread; the program waits for that call before it ends, so the verdicts
    are archived and no answer reaches a deleted panel."""
    _, claim = project_with_claim(run, sample_article, "desk.factcheck")
    run("claim", "set", "desk.factcheck", claim, "--status", "disputed")
    stderr = _close_after(delay_ms, ["desk.factcheck"], cli_env, tmp_path)
    assert "Traceback" not in stderr
    assert "Unexpected error" not in _log(cli_env)
    stats = run("archive", "stats").stdout
    assert stats.startswith("1 fact-check(s)"), stats
    assert not list(tmp_path.glob(".~lock.*")), "the lock was left behind after a normal quit"
