"""Run the installed ``workbench`` command in a subprocess, as a user's script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


def workbench_command() -> list[str]:
    """The console script installed beside this interpreter (``pip install .[test]``)."""
    script = Path(sys.executable).with_name("workbench")
    if not script.exists():
        pytest.fail("the 'workbench' command is not installed in this environment")
    return [str(script)]


@pytest.fixture
def run(tmp_path: Path) -> Run:
    """``run(*args)``: the command's completed process; settings kept inside tmp_path."""
    env = {
        **os.environ,
        "WORKBENCH_CONFIG_DIR": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }

    def runner(*args: str | Path, check_rc: int | None = 0) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [*workbench_command(), *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )
        if check_rc is not None:
            assert result.returncode == check_rc, result.stderr
        return result

    return runner
