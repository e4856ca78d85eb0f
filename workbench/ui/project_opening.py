"""Opening and leaving projects: open, new, Save As, close, and a project opened elsewhere.

The :class:`~workbench.ui.session.Session` holds which project is open; this controller
asks the reviewer what the session cannot decide (which file, keep an untitled project,
open a locked file read-only) and has the window show the result.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workbench.core.errors import UserError
from workbench.ui import places, titles
from workbench.ui import session as session_dialogs
from workbench.ui.dialogs.locked import LockChoice, LockedDialog
from workbench.ui.ports import FileInUse, ProjectLike

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class ProjectOpening:
    """File > New, Open, Save As, Close of ``window``, and the files dropped or passed to it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.session

    def open_path(self, path: Path) -> None:
        """Open a project file, or import any other file into a new untitled project."""
        window = self.window
        try:
            is_project = self.session.files.is_project_file(path)
        except OSError as err:
            window.error_dialog(
                QCoreApplication.translate(
                    "ProjectOpening", "'{name}' cannot be opened: {strerror}."
                ).format(name=path.name, strerror=err.strerror),
            )
            return
        if not is_project:
            window.document_actions.import_articles([path])
            return
        if not self.leave_project():
            return
        try:
            self._open_locked_or_not(path)
        except UserError as err:
            window.error_dialog(str(err))
        window.show_project()

    def show_open_project(self, project: ProjectLike) -> None:
        """Show a project opened elsewhere (a team project, opened by its address)."""
        if not self.leave_project():
            project.close()
            return
        self.session.project, self.session.untitled = project, False
        self.window.show_project()

    def _open_locked_or_not(self, path: Path) -> None:
        """Open ``path``; if a colleague is editing it, offer read-only (or taking over)."""
        try:
            self.session.open(path)
        except FileInUse as err:
            choice = LockedDialog.ask(self.window, str(err), stale=err.stale)
            if choice is not None:
                self.session.open(
                    path,
                    read_only=choice is LockChoice.READ_ONLY,
                    take_over=choice is LockChoice.TAKE_OVER,
                )

    def new_project(self) -> None:
        """Start an empty untitled project."""
        if self.leave_project():
            self.create_untitled()
            self.window.show_project()

    def open_dialog(self) -> None:
        """File > Open project..."""
        for path in session_dialogs.ask_open_path(self.window)[:1]:
            self.open_path(path)

    def save_as(self) -> bool:
        """File > Save As...: write a consistent copy and continue in it."""
        window, project = self.window, self.session.project
        if project is None:
            return False
        untitled = self.session.untitled
        name = titles.file_name(titles.project_title(project, untitled=untitled))
        folder = places.visible_folder(project.path, untitled=untitled)
        destination = session_dialogs.ask_save_path(window, str(folder / f"{name}.factcheck"))
        if destination is None:
            return False
        document_id, claim_id = window.document_id(), window.review.current_id
        temporary_name = project.path.stem if untitled else None
        try:
            saved = self.session.save_as(destination)
            if saved.settings().title == temporary_name:  # named after the file, as new ones
                saved.update_settings(replace(saved.settings(), title=saved.path.stem))
        except UserError as err:
            window.error_dialog(str(err))
            return False
        window.show_project()  # the undo history ends here: its commands held the old file
        if document_id:
            window.review.show_document(document_id)
            window.documents.select_document(document_id)
            window.review.set_current(claim_id)
        return True

    def leave_project(self) -> bool:
        """Close the open project; an untitled one with work in it is kept or discarded first."""
        project = self.session.project
        if project is None:
            return True
        if self.session.untitled and project.documents():
            choice = session_dialogs.ask_keep_untitled(self.window)
            if choice == "cancel" or (choice == "save" and not self.save_as()):
                return False
        self.window.archive_actions.add_project(project)  # today's verdicts, for the next article
        self.session.close(discard=True)
        self.window.show_project()
        return True

    def close_project(self) -> None:
        """File > Close project: back to the welcome screen."""
        self.leave_project()

    def create_untitled(self) -> bool:
        """A new untitled project to import into; False (and said why) if none could be made."""
        try:
            self.session.new_untitled()
        except UserError as err:
            self.window.error_dialog(str(err))
            return False
        return True
