"""The real program on a 1024x700 screen and on a 2048x1400 screen at 2x scaling.

A Qt application's screen is fixed when it starts, so each screen gets its own child
process: Qt's offscreen platform reads the screen's size from a configuration file, and
``QT_SCALE_FACTOR`` scales as a high-DPI desktop does. The child opens the window as the
``workbench`` command does, with its default size, and reports what fits.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json
from PySide6.QtCore import QSize
from workbench.app import make_application, open_window
from workbench.ui.dialogs.preview import PreviewDialog
from workbench.ui.screen_fit import fit_to_screen

make_application([])
window = open_window([])
area = window.screen().availableGeometry()
preview = PreviewDialog(window, "<p>Report</p>", "PDF report")
fit_to_screen(preview)
frame = window.frameGeometry()
print(json.dumps({
    "area": [area.x(), area.y(), area.width(), area.height()],
    "window": [frame.x(), frame.y(), frame.width(), frame.height()],
    "preview": [preview.width(), preview.height()],
}))
window.session.close(discard=True)
"""


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1024, 700, 1), (2048, 1400, 2)],
    ids=["1024x700", "2048x1400-at-2x"],
)
def test_the_window_and_the_preview_fit_the_screen(tmp_path: Path, width, height, scale):
    screens = {"screens": [{"name": "probe", "x": 0, "y": 0, "width": width, "height": height}]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "WORKBENCH_CONFIG_DIR": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["area"] == [0, 0, width // scale, height // scale]
    left, top, frame_width, frame_height = seen["window"]
    assert left >= 0 and top >= 0
    assert left + frame_width <= width // scale and top + frame_height <= height // scale
    preview_width, preview_height = seen["preview"]
    assert preview_width <= width // scale and preview_height < height // scale
