"""Make docs/screenshot.png: the window on the sample article with three claims.

Run from the repository: ``python docs/make_screenshot.py``. Without a display it runs
itself again under ``xvfb-run`` (Debian/Ubuntu package ``xvfb``), or falls back to Qt's
offscreen platform. Settings and the untitled project go to a temporary folder, so your
own settings are never touched.
"""

from __future__ import annotations

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
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        if shutil.which("xvfb-run"):
            command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, *sys.argv]
            return subprocess.call(command)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as config:
        os.environ["WORKBENCH_CONFIG_DIR"] = config
        return shoot()


def shoot() -> int:
    """Open the sample, add the claims through the window, and grab it."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415 - after choosing the platform

    from workbench.app import make_application, open_window  # noqa: PLC0415
    from workbench.core.model import Status  # noqa: PLC0415

    make_application([])
    window = open_window(["--sample"])
    window.resize(1440, 860)
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
    settle = QEventLoop()
    QTimer.singleShot(300, settle.quit)  # let the window settle and paint
    settle.exec()
    window.grab().save(str(OUT))
    window.session.close(discard=True)
    sys.stdout.write(f"wrote {OUT.relative_to(REPO)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
