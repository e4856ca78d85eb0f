"""Regression: PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call
that returns nothing, and the process dies ("Fatal Python error: none_dealloc") after a
few thousand calls. The dependency's environment marker keeps 3.11 below 6.12; this test
makes 20,000 such calls in a child process so a fatal error fails the test, not the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 20_000

PROBE = textwrap.dedent(
    f"""
    from PySide6.QtCore import QCoreApplication, QObject
    app = QCoreApplication([])
    obj = QObject()
    for i in range({CALLS}):
        obj.setObjectName("probe")   # returns None
        obj.setProperty("n", i)      # returns a bool; the mix mirrors real use
    print("survived", {CALLS})
    """
)


def test_twenty_thousand_void_qt_calls_do_not_kill_the_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"survived {CALLS}"
