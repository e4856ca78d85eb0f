"""The welcome screen starts without the store: sqlite-utils pulls in numpy (and pandas)
whenever they are installed, a few tenths of a second that only opening a project needs.

Run in a child process, the only place where ``sys.modules`` starts empty.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from workbench.app import make_application, open_window
app = make_application([])
window = open_window(sys.argv[1:])
app.processEvents()
heavy = sorted(m for m in ("sqlite_utils", "numpy", "pandas") if m in sys.modules)
print(",".join(heavy) or "-")
print(window.session.project is not None)
window.session.close(discard=True)
"""


def start(tmp_path: Path, *args: str) -> list[str]:
    env = {**os.environ, "WORKBENCH_CONFIG_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_the_welcome_screen_does_not_load_the_store(tmp_path: Path) -> None:
    assert start(tmp_path) == ["-", "False"]


def test_opening_a_project_at_start_loads_it(tmp_path: Path) -> None:
    from workbench.store.projectfile import Project

    path = tmp_path / "start.factcheck"
    Project.create(path).close()
    loaded, opened = start(tmp_path, str(path))
    assert "sqlite_utils" in loaded.split(",") and opened == "True"
