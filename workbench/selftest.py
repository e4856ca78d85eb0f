"""``workbench --self-test``: prove that an installation works, end to end, without a screen.

A bundle can build cleanly and still fail in a user's hands: a template, a Qt plugin or the
sample article left out. So this runs the journalist's first minutes for real, in a
temporary folder: start Qt offscreen, create a project, import the sample article, add a
claim, export an HTML and a PDF report, reopen the project, and open the main window. It
prints one line per step and stops at the first failure; the exit code is 0 only when every
step worked. CI runs it against the PyInstaller bundle; a user can run it when asked to.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import APP_ID, __version__
from workbench.app import StoreFiles, make_application, packaged, sample_article
from workbench.core.model import Document, new_claim
from workbench.importers import import_file
from workbench.reports import write_report
from workbench.settings import Settings
from workbench.store.projectfile import Project

REVIEWER = "Self-test"

Output = Callable[[str], object]


@dataclass
class _Run:
    """What the steps hand on to each other; ``close`` lets the temporary folder go."""

    folder: Path
    app: Any = None
    project: Project | None = None
    document: Document | None = None
    windows: list[Any] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.folder / "self-test.factcheck"

    def open_project(self) -> Project:
        if self.project is None:
            raise RuntimeError("no project is open (an earlier step failed)")
        return self.project

    def close(self) -> None:
        for window in self.windows:
            window.close()
        if self.project is not None:
            self.project.close()
            self.project = None


def _start_qt(run: _Run) -> str:
    """Qt first: the PDF export would otherwise make a QGuiApplication, which rules out widgets."""
    run.app = make_application(["--self-test"])
    if _app_icon().pixmap(64, 64).isNull():
        raise RuntimeError("the app icon did not render (is Qt's SVG plugin missing?)")
    return f"platform '{run.app.platformName()}', app icon rendered"


def _app_icon() -> Any:
    """The window icon, from the SVG: rendering it needs Qt's SVG plugins in the bundle."""
    from PySide6.QtGui import QIcon  # noqa: PLC0415 - Qt only when the self-test runs

    return QIcon(str(packaged("resources") / "icons" / f"{APP_ID}.svg"))


def _create_project(run: _Run) -> str:
    run.project = Project.create(run.path, title="Self-test", reviewer=REVIEWER)
    return run.path.name


def _import_sample(run: _Run) -> str:
    run.document = run.open_project().add_document(import_file(sample_article()))
    return f"'{run.document.title}', {len(run.document.text)} characters"


def _add_claim(run: _Run) -> str:
    if run.document is None:
        raise RuntimeError("no document was imported")
    text = run.document.text
    end = text.find(".") + 1 or min(len(text), 80)
    claim = run.open_project().add_claim(new_claim(run.document, 0, end))
    return f"'{claim.quote[:60]}'"


def _export(run: _Run, fmt: str, signature: bytes) -> str:
    out = write_report(run.open_project().snapshot(), fmt, run.folder / f"report.{fmt}")
    data = out.read_bytes()
    if signature not in data[:1024]:
        raise RuntimeError(f"{out.name} does not look like {fmt.upper()}")
    return f"{out.name}, {len(data):,} bytes"


def _reopen(run: _Run) -> str:
    run.open_project().close()
    run.project = Project.open(run.path)
    claims, documents = run.project.claims(), run.project.documents()
    if len(claims) != 1 or len(documents) != 1:
        raise RuntimeError(f"read back {len(documents)} documents, {len(claims)} claims; not 1, 1")
    return "1 document and 1 claim read back"


def _main_window(run: _Run) -> str:
    """Open the project in the window the way a double-click does, with throwaway settings.

    A modal error dialog would wait for a click forever; a timer closes any that appears
    and the step fails with its text instead.
    """
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: PLC0415

    from workbench.ui.main_window import MainWindow  # noqa: PLC0415

    def dismiss_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            run.dialogs.append(text)
            dialog.close()

    run.open_project().close()
    run.project = None
    settings = Settings(run.folder / "settings.json")
    window = MainWindow(StoreFiles(), settings, sample=sample_article(), icon=_app_icon())
    run.windows.append(window)
    guard = QTimer(window)
    guard.setInterval(100)
    guard.timeout.connect(dismiss_dialog)
    guard.start()
    window.show()
    window.open_path(run.path)
    run.app.processEvents()
    guard.stop()
    if run.dialogs:
        raise RuntimeError(f"the window showed an error: {run.dialogs[0]}")
    project = window.session.project
    if project is None or len(project.claims()) != 1:
        raise RuntimeError("the window did not open the project with its claim")
    return f"'{window.windowTitle()}' shows {project.path.name}"


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("start Qt", _start_qt),
    ("create a project", _create_project),
    ("import the sample article", _import_sample),
    ("add a claim", _add_claim),
    ("export an HTML report", lambda run: _export(run, "html", b"<html")),
    ("export a PDF report", lambda run: _export(run, "pdf", b"%PDF-")),
    ("reopen the project", _reopen),
    ("open the main window", _main_window),
)


def run_self_test(out: Output = print) -> int:
    """Run every step, printing one line each through ``out``; 0 if all worked, else 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out(f"Fact-check Workbench {__version__} self-test")
    with tempfile.TemporaryDirectory(prefix="workbench-self-test-") as tmp:
        run = _Run(Path(tmp))
        try:
            for title, step in STEPS:
                try:
                    detail = step(run)
                except Exception as err:  # a self-test reports any failure as a line, not a trace
                    out(f"FAIL {title}: {type(err).__name__}: {err}")
                    return 1
                out(f"ok   {title}: {detail}")
        finally:
            run.close()
    out("self-test passed")
    return 0
