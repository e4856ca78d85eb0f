"""The open project's life: open, new (untitled, in a temporary file), save as, close.

A new project lives in a temporary file in the user's data folder until it is saved
somewhere, because every edit is committed the moment it is made; quitting asks where to
keep it. "Save As" writes a consistent copy and switches to it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workbench.core.translatable import QT_TRANSLATE_NOOP
from workbench.settings import Settings, data_dir
from workbench.ui.language import number
from workbench.ui.ports import ProjectFiles, ProjectLike

PROJECT_FILTER = QT_TRANSLATE_NOOP("Session", "Fact-check projects (*.factcheck)")
SUFFIX = ".factcheck"


def untitled_dir() -> Path:
    """Where untitled projects live until they are saved (kept after a crash)."""
    return data_dir() / "untitled"


class Session:
    """Holds the open project and whether it is still untitled."""

    def __init__(self, files: ProjectFiles, settings: Settings) -> None:
        self.files = files
        self.settings = settings
        self.project: ProjectLike | None = None
        self.untitled = False

    def open(self, path: Path, *, read_only: bool = False, take_over: bool = False) -> ProjectLike:
        """Open a project file (the caller has closed the previous one).

        A leftover untitled project (the program was killed) opens as untitled again, so
        quitting still asks where to keep it.
        """
        project = self.files.open(
            path, reviewer=self.settings.reviewer_name(), read_only=read_only, take_over=take_over
        )
        self._adopt(project, untitled=path.parent.resolve() == untitled_dir().resolve())
        if self.untitled:
            return project
        if not project.read_only:
            self.settings.add_recent(path)
        return project

    def new_untitled(self) -> ProjectLike:
        """Create a new project in a temporary file."""
        folder = untitled_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S-%f")
        project = self.files.create(
            folder / f"Untitled {stamp}{SUFFIX}", reviewer=self.settings.reviewer_name()
        )
        self._adopt(project, untitled=True)
        return project

    def save_as(self, destination: Path) -> ProjectLike:
        """Write a consistent copy to ``destination`` and continue there."""
        assert self.project is not None  # the action is disabled without a project
        destination = destination if destination.suffix else destination.with_suffix(SUFFIX)
        if destination.resolve() == self.project.path.resolve():
            return self.project  # already there: every edit is in it
        self.files.refuse_target(destination, self.project.path)
        self.project.save_copy(destination)
        was_untitled, old_path = self.untitled, self.project.path
        self.project.close()
        self.project = None
        if was_untitled:
            old_path.unlink(missing_ok=True)
        return self.open(destination)

    def close(self, *, discard: bool = False) -> None:
        """Close the project; ``discard`` deletes an untitled project's temporary file."""
        if self.project is None:
            return
        path = self.project.path
        self.project.close()
        self.project = None
        if discard and self.untitled:
            path.unlink(missing_ok=True)
        self.untitled = False

    def _adopt(self, project: ProjectLike, *, untitled: bool) -> None:
        project.reviewer = self.settings.reviewer_name()
        self.project = project
        self.untitled = untitled


def leftover_untitled() -> list[Path]:
    """Untitled projects left by a program that was killed or crashed, newest first."""
    folder = untitled_dir()
    found = folder.glob(f"*{SUFFIX}") if folder.is_dir() else []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def ask_keep_untitled(parent: QWidget) -> str:
    """Ask what to do with an untitled project on leaving it: "save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Session", "Keep this project?"))
    box.setText(
        QCoreApplication.translate("Session", "This project has not been saved anywhere yet.")
    )
    box.setInformativeText(
        QCoreApplication.translate("Session", "Save it to keep your claims, or discard it.")
    )
    save = box.addButton(
        QCoreApplication.translate("Session", "Save…"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Session", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def ask_remove_document(parent: QWidget, title: str, claims: int) -> bool:
    """Confirm removing a document and its claims (it can be undone, but say what goes)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Session", "Remove document?"))
    box.setText(
        QCoreApplication.translate("Session", "Remove “{title}” from the project?").format(
            title=title
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Session",
            "Its {count} claim(s) and their evidence go with it. Edit > Undo brings them back.",
        ).format(count=number(claims))
    )
    remove = box.addButton(
        QCoreApplication.translate("Session", "Remove"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is remove


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save a project."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Session", "Save project as"),
        suggested,
        QCoreApplication.translate("Session", PROJECT_FILTER),
    )
    return Path(name) if name else None


def ask_open_path(parent: QWidget, name_filter: str = PROJECT_FILTER) -> list[Path]:
    """Ask for files to open (a project, or articles to import)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Session", "Open"),
        "",
        QCoreApplication.translate("Session", name_filter),
    )
    return [Path(name) for name in names]
