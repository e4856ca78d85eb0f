"""Make docs/screenshot.png: the window on the sample article with three claims.

Run from the repository: ``python docs/make_screenshot.py``. Without a display it runs
itself again under ``xvfb-run`` (Debian/Ubuntu package ``xvfb``), or falls back to Qt's
offscreen platform. Settings and the untitled project go to a temporary folder, so your
own settings are never touched.

To look at other screens: ``--size 1024x700 --out small.png`` (the window is fitted to
the screen, as for a user), with ``QT_SCALE_FACTOR=2`` for 2x scaling, and ``--banner``
to show an info banner above the article.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshot.png"
CLAIMS = (
    ("You cannot postpone what has not been scheduled", "disputed", "Dmitry Peskov"),
    (
        "Secretary of State Marco Rubio was expected to meet Russian Foreign Minister",
        "verified",
        "",
    ),
    ("A senior administration official told CNN", "unverifiable", "CNN source"),
)


def main() -> int:
    """Take the screenshot (re-running under Xvfb when there is no display)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1440x860", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, default=OUT, help="the PNG to write")
    parser.add_argument("--banner", action="store_true", help="show an info banner too")
    options = parser.parse_args()
    width, height = (int(n) for n in options.size.lower().split("x"))
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        if shutil.which("xvfb-run"):
            command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, *sys.argv]
            return subprocess.call(command)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as config:
        os.environ["WORKBENCH_CONFIG_DIR"] = config
        return shoot(width, height, options.out.resolve(), banner=options.banner)


def shoot(width: int, height: int, out: Path, *, banner: bool) -> int:
    """Open the sample, add the claims through the window, and grab it."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415 - after choosing the platform

    from workbench.app import make_application, open_window  # noqa: PLC0415
    from workbench.core.model import Status  # noqa: PLC0415
    from workbench.ui.screen_fit import fit_to_screen  # noqa: PLC0415

    make_application([])
    window = open_window(["--sample"])
    window.resize(width, height)
    fit_to_screen(window)
    job = window.transfers.last_job
    if job is None or not job.wait():
        sys.stderr.write("The sample article did not import.\n")
        return 1
    article = window.article
    for quote, status, claimant in CLAIMS:
        start = article.text.toPlainText().index(quote)
        article.select_span(start, start + len(quote))
        window.review.add_claim()
        window.review.mark(Status(status))
        if claimant:
            window.editor.claim_edited.emit(window.review.current_id, {"claimant": claimant})
    first = window.panel.model.claims()[-1]  # the disputed quote, last in reading order
    window.review.set_current(first.id, scroll=False)
    window.article.text.verticalScrollBar().setValue(0)  # all three highlights in view
    if banner:
        window.show_message("Some pages had no text layer and were left out.")
    settle = QEventLoop()
    QTimer.singleShot(300, settle.quit)  # let the window settle and paint
    settle.exec()
    window.grab().save(str(out))
    window.session.close(discard=True)
    sys.stdout.write(f"wrote {out.name} ({window.width()}x{window.height()})\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
