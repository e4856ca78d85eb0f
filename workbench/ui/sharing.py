"""Working with colleagues' copies: File > Merge... and File > Share a copy...

Reading the other copy and planning the merge run in a worker on a snapshot; the merge
itself is written on the GUI thread in one transaction (one thread owns the connection).
A merge is not undoable step by step, so the undo history ends there, as after Save As.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workbench.core.errors import UserError
from workbench.core.merge import MergeSource
from workbench.ui import session as session_dialogs
from workbench.ui.dialogs.conflicts import ConflictDialog
from workbench.ui.dialogs.errors import show_error
from workbench.ui.dialogs.share import ShareDialog
from workbench.ui.language import isolate, number
from workbench.ui.ports import ProjectFiles, ProjectLike
from workbench.ui.sizes import file_with_size
from workbench.ui.transfers import report_failure
from workbench.ui.workers import Job, JobControl, run_job


class Sharing:
    """Merging a colleague's copy into the open project, and writing a copy to send."""

    def __init__(
        self,
        parent: QWidget,
        files: ProjectFiles,
        merged: Callable[[str], None],
        message: Callable[[str], None],
    ) -> None:
        self.parent = parent
        self.files = files
        self.merged = merged  # called with a summary after a merge was written
        self.message = message  # a short status-bar message
        self.last_job: Job | None = None

    def merge(self, project: ProjectLike) -> None:
        """Ask for the other copy, plan in a worker, show the plan, write what was chosen."""
        if project.read_only:
            show_error(
                self.parent,
                QCoreApplication.translate(
                    "Sharing", "This project is open read-only; nothing can be merged into it."
                ),
            )
            return
        paths = session_dialogs.ask_open_path(self.parent)
        if not paths:
            return
        other = paths[0]
        snapshot = project.snapshot()

        def work(_control: JobControl) -> MergeSource:
            return self.files.prepare_merge(snapshot, project.path, other)

        def failed(error: BaseException) -> None:
            report_failure(
                self.parent,
                QCoreApplication.translate("Sharing", "reading '{name}'").format(
                    name=isolate(other.name)
                ),
                error,
            )

        self.last_job = run_job(
            self.parent,
            QCoreApplication.translate("Sharing", "Reading {name}").format(
                name=isolate(other.name)
            ),
            work,
            lambda source: self._settle(project, source),
            failed,
        )

    def _settle(self, project: ProjectLike, source: MergeSource) -> None:
        if source.plan.is_empty:
            self.message(
                QCoreApplication.translate(
                    "Sharing", "Nothing to merge: this project already holds {name}'s work."
                ).format(name=isolate(source.name))
            )
            return
        choices = ConflictDialog.ask(self.parent, source.plan, source.name)
        if choices is None:
            return
        try:
            self.files.apply_merge(project, source, choices)
        except UserError as err:
            show_error(
                self.parent,
                QCoreApplication.translate("Sharing", "Nothing was merged. {err}").format(err=err),
            )
            return
        conflicts = len(source.plan.conflicts)
        changes = source.plan.change_count
        self.merged(
            QCoreApplication.translate("Sharing", "Merged {name}: {count} change(s)").format(
                name=source.name, count=number(changes)
            )
            + (
                QCoreApplication.translate("Sharing", ", {count} conflict(s) settled.").format(
                    count=number(conflicts)
                )
                if conflicts
                else "."
            )
        )

    def share(self, project: ProjectLike, suggested: Path) -> None:
        """Ask where (``suggested`` first), whether to include the originals and the archived
        copies; write the copy."""
        answer = ShareDialog.ask(
            self.parent, suggested, project.originals_size(), project.archived_copies_size()
        )
        if answer is None:
            return
        target, include_originals, include_copies = answer
        try:
            self.files.refuse_target(target, project.path)
            size = project.share_copy(
                target, include_originals=include_originals, include_copies=include_copies
            )
        except UserError as err:
            show_error(self.parent, str(err))
            return
        self.message(
            QCoreApplication.translate("Sharing", "Wrote {value}.").format(
                value=file_with_size(target.name, size)
            )
        )
