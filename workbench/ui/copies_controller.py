"""Archived copies in the window: add (read in a worker), view, save and remove.

Reading a file to keep is slow and untrusted (a WACZ's digests are recomputed in the
import sandbox), so it runs in a worker with progress and Cancel; the store call that
keeps it is an undoable command on the GUI thread, like every edit. Viewing reads the
bytes on the GUI thread (the project's connection lives there) and extracts the page's
text in a worker; the viewer shows text, never a rendered page. Saving writes the bytes
back out exactly, never over a project file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from workbench.core.archived import WEB_KINDS, ArchivedCopy, CopyKind
from workbench.core.errors import UserError
from workbench.settings import ARCHIVED_COPY_ASK_MB, Settings
from workbench.ui import attachments, commands, evidence_commands
from workbench.ui.copies_panel import CopiesPanel
from workbench.ui.dialogs.archived_copy import ArchivedCopyViewer
from workbench.ui.review import ReviewController
from workbench.ui.sizes import size_text
from workbench.ui.transfers import report_failure
from workbench.ui.workers import Job, JobControl, run_job

if TYPE_CHECKING:  # the importers load in the worker, on first use
    from workbench.importers.web_archive import CopySummary

MB = 1024 * 1024


class CopiesController(QObject):
    """Serves a :class:`CopiesPanel` for the review controller's project and current claim."""

    def __init__(
        self,
        panel: CopiesPanel,
        review: ReviewController,
        settings: Settings,
        refuse_target: Callable[[Path, Path], None],
        report_error: Callable[[UserError], None],
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self.review = review
        self.settings = settings
        self.refuse_target = refuse_target
        self.report_error = report_error
        self.last_job: Job[CopySummary] | Job[tuple[bytes, CopySummary]] | None = None
        panel.add_requested.connect(self.add)
        panel.view_requested.connect(self.view)
        panel.save_requested.connect(self.save)
        panel.remove_requested.connect(self.remove)

    @property
    def parent_widget(self) -> QWidget:
        """Where dialogs open."""
        return self.panel.window()

    def show_for(self, evidence_id: str | None) -> None:
        """Show the copies of ``evidence_id`` (the evidence now selected)."""
        project = self.review.project
        try:
            copies = project.archived_copies(evidence_id) if project and evidence_id else []
        except UserError as err:  # the file went away under us: say so, show none
            self.report_error(err)
            copies = []
        self.panel.set_read_only(project is None or project.read_only)
        self.panel.show_copies(evidence_id if project else None, copies)

    def add(self, evidence_id: str, path: Path) -> None:
        """Read ``path`` in a worker (asking first if it is large), then keep it, undoably."""
        claim_id = self.review.current_id
        if self.review.project is None or claim_id is None:
            return
        try:
            size = path.stat().st_size
        except OSError as err:
            self.report_error(UserError(f"'{path.name}' cannot be read: {err.strerror}."))
            return
        if size > self.settings.get(ARCHIVED_COPY_ASK_MB) * MB and not self._confirm_large(
            path, size
        ):
            return

        def work(control: JobControl) -> tuple[bytes, CopySummary]:
            from workbench.importers.base import ImportOptions  # noqa: PLC0415
            from workbench.importers.web_archive import read_copy_file  # noqa: PLC0415

            options = ImportOptions.from_settings(
                self.settings, progress=control.progress, cancelled=control.cancelled
            )
            return read_copy_file(path, options)

        def done(result: tuple[bytes, CopySummary]) -> None:
            data, summary = result
            if self.review.project is None:
                return
            context = commands.CommandContext(
                self.review.project, self.review.claim_changed, self.report_error
            )
            self.review.undo_stack.push(
                evidence_commands.AddCopy(
                    context,
                    claim_id,
                    evidence_id,
                    (path.name, data),
                    (summary.captured_at, summary.pages),
                )
            )

        title = self.tr("Reading {0}").format(path.name)
        self.last_job = run_job(self.parent_widget, title, work, done, self._failed(path.name))

    def _confirm_large(self, path: Path, size: int) -> bool:
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep a large file?"))
        box.setText(
            self.tr(
                "'{0}' is {1}. Kept in the project, it makes the file that much larger "
                "for everyone it is sent to. Keep it anyway?"
            ).format(path.name, size_text(size))
        )
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.clickedButton() is keep
        box.deleteLater()
        return chosen

    def _failed(self, name: str) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            from workbench.importers.base import ImportCancelled  # noqa: PLC0415

            if not isinstance(error, ImportCancelled):
                report_failure(self.parent_widget, self.tr("reading '{0}'").format(name), error)

        return failed

    def view(self, copy: ArchivedCopy) -> None:
        """Show a copy: a page's text and details, a picture, a PDF in the system viewer."""
        data = self._data(copy)
        if data is None:
            return
        viewer = ArchivedCopyViewer(self.parent_widget, copy)
        if copy.kind is CopyKind.IMAGE and viewer.show_picture(data):
            viewer.run()
            return
        if copy.kind not in WEB_KINDS:
            viewer.deleteLater()
            try:
                attachments.open_file(copy.name, data)
            except UserError as err:
                self.report_error(err)
            return

        def work(control: JobControl) -> CopySummary:
            from workbench.importers.base import ImportOptions  # noqa: PLC0415
            from workbench.importers.web_archive import read_copy  # noqa: PLC0415

            options = ImportOptions.from_settings(
                self.settings, progress=control.progress, cancelled=control.cancelled
            )
            return read_copy(data, copy.name, options)

        def done(summary: CopySummary) -> None:
            viewer.show_summary(summary)
            viewer.run()

        def failed(error: BaseException) -> None:
            viewer.deleteLater()
            self._failed(copy.name)(error)

        title = self.tr("Reading {0}").format(copy.name)
        self.last_job = run_job(self.parent_widget, title, work, done, failed)

    def save(self, copy: ArchivedCopy) -> None:
        """Write the copy's bytes where the user chooses, never over a project."""
        project = self.review.project
        data = self._data(copy)
        if project is None or data is None:
            return
        try:
            saved = attachments.save(
                self.parent_widget,
                copy.name,
                data,
                refuse=lambda target: self.refuse_target(target, project.path),
            )
        except UserError as err:
            self.report_error(err)
            return
        if saved is not None:
            self.review.message.emit(self.tr("Saved {0}.").format(saved.name))

    def remove(self, copy: ArchivedCopy) -> None:
        """Remove the copy, undoably."""
        claim_id = self.review.current_id
        if self.review.project is None or claim_id is None:
            return
        context = commands.CommandContext(
            self.review.project, self.review.claim_changed, self.report_error
        )
        self.review.undo_stack.push(evidence_commands.RemoveCopy(context, claim_id, copy))

    def _data(self, copy: ArchivedCopy) -> bytes | None:
        project = self.review.project
        if project is None:
            return None
        try:
            return project.archived_copy_data(copy.sha256)
        except UserError as err:
            self.report_error(err)
            return None
