"""A real screen-reader path on Linux: the window's controls found on the AT-SPI bus.

The installed ``workbench --sample`` runs as a child process under Xvfb with its own
session D-Bus (``dbus-run-session``), which starts the accessibility bus on demand; the
system Python's ``pyatspi`` (``tests/ui/atspi_probe.py``) then looks the controls up by
role and name, as Orca would. Skips, saying why, where any piece is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.command import workbench_command
from workbench import APP_NAME

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = Path(__file__).with_name("atspi_probe.py")

#: The main controls, by AT-SPI role and accessible name.
WANTED = [
    ("frame", ""),  # titled after the project, which changes
    ("menu bar", ""),
    ("tool bar", "Review"),
    ("push button", "Add claim"),
    ("list", "Documents"),
    ("text", "Article text"),
    ("table", "Claims"),
    ("text", "Search claims"),
    ("text", "Summary"),
    ("text", "Claimant"),
    ("tree", "Evidence"),
]


def _missing_tools() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("dbus-run-session", "xvfb-run"):
        if shutil.which(tool) is None:
            return f"'{tool}' is not installed (Debian: dbus-daemon, xvfb)"
    check = [SYSTEM_PYTHON, "-c", "import pyatspi"]
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(check, check=False).returncode:
        return "the system Python has no pyatspi (Debian: python3-pyatspi, at-spi2-core)"
    return None


def test_the_main_controls_are_found_by_role_and_name_over_at_spi(tmp_path: Path) -> None:
    missing = _missing_tools()
    if missing:
        pytest.skip(missing)
    workbench = workbench_command()[0]
    wanted = [f"{role}={name}" for role, name in WANTED if name]
    script = (
        '"$1" --sample & app=$!; shift; "$@"; found=$?; '
        'kill -TERM "$app"; wait "$app"; exit "$found"'
    )
    env = {
        **os.environ,
        "WORKBENCH_CONFIG_DIR": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    session = ["dbus-run-session", "--", "xvfb-run", "-a", "sh", "-c", script, "sh"]
    result = subprocess.run(
        [*session, workbench, SYSTEM_PYTHON, str(PROBE), APP_NAME, *wanted],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    if result.returncode == 3:
        pytest.skip(f"the window never appeared on the accessibility bus: {result.stderr[-500:]}")
    assert result.returncode == 0, result.stderr[-2000:]
    found = {tuple(pair) for pair in json.loads(result.stdout.strip().splitlines()[-1])}
    assert [pair for pair in WANTED if pair[1] and pair not in found] == []
    roles = {role for role, _ in found}
    assert {"frame", "menu bar", "tool bar"} <= roles
