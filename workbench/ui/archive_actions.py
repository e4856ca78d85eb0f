"""The window's side of the archive of past fact-checks: feeding it and searching it.

A project's reviewed claims go into the archive when it is shown and when it is left (in
the background, idempotent), so the next article's "Checked before" panel finds today's
verdicts; Claim > Search the archive opens the search dialog over the same archive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workbench.core.errors import UserError
from workbench.core.model import Status
from workbench.ui.dialogs.archive_search import ArchiveSearchDialog
from workbench.ui.ports import ProjectLike

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class ArchiveActions:
    """Feeds ``window``'s archive and opens Claim > Search the archive."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # the last search dialog opened (the window shows it to tests)
        self.dialog: ArchiveSearchDialog | None = None

    def add_project(self, project: ProjectLike | None) -> None:
        """Add the project's reviewed claims to the archive, in the background (idempotent)."""
        if project is None or self.window.archive is None:
            return
        reviewed = [s for s in Status if s is not Status.UNREVIEWED]
        try:
            snapshot = project.snapshot(statuses=reviewed)
        except UserError as err:
            self.window.status_message(
                QCoreApplication.translate(
                    "ArchiveActions", "The archive was not updated: {err}"
                ).format(err=err)
            )
            return
        if snapshot.claims:
            self.window.checked_before.add_project(snapshot)

    def search_archive(self) -> None:
        """Claim > Search the archive…: earlier fact-checks, by any wording."""
        window = self.window
        if window.archive is None:
            window.status_message(
                QCoreApplication.translate(
                    "ArchiveActions", "The archive of past fact-checks is not available."
                )
            )
            return
        project = window.session.project
        dialog = ArchiveSearchDialog(
            window.archive,
            window.checked_before.claim,
            can_attach=bool(project and not project.read_only),
            parent=window,
        )
        dialog.evidence_requested.connect(window.editor.evidence_add_requested)
        dialog.message.connect(window.status_message)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        self.dialog = dialog
