"""What leaves the window or comes back into it whole: export, share, merge, verify.

Each proposes a place (see :mod:`workbench.ui.places`) and hands the work to a worker
(:class:`~workbench.ui.transfers.Transfers`, :class:`~workbench.ui.sharing.Sharing`, the
verify dialog); a merge ends the undo history, since its commands predate the merge.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.verification import Verification
from workbench.ui import places, titles
from workbench.ui.dialogs.verify import verify_project
from workbench.ui.workers import Job

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class ExchangeActions:
    """File > Export, Share a copy, Merge a colleague's copy and Verify project of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.session
        #: The running or last File > Verify project job (tests wait for it).
        self.last_verify: Job[Verification] | None = None

    def export(self) -> None:
        """File > Export...: proposed in this project's last export folder (see places)."""
        window, project = self.window, self.session.project
        if project is not None:
            folder = places.export_folder(
                window.settings, project.path, untitled=self.session.untitled
            )
            window.transfers.export(project, window.document_id(), folder, self._exported)

    def _exported(self, path: Path) -> None:
        """Remember where the report went, and offer to open it."""
        project = self.session.project
        if project is not None:
            places.remember_export(self.window.settings, project.path, path)
        self.window.export_notice.show_file(path)

    def merge(self) -> None:
        """File > Merge a colleague's copy..."""
        if self.session.project is not None:
            self.window.sharing.merge(self.session.project)

    def verify_project(self) -> None:
        """File > Verify project...: recompute every stored hash, in a worker."""
        if self.session.project is not None:
            self.last_verify = verify_project(self.window, self.session.files, self.session.project)

    def share_copy(self) -> None:
        """File > Share a copy...: proposed in a folder the reviewer can see."""
        project = self.session.project
        if project is not None:
            untitled = self.session.untitled
            name = titles.file_name(titles.project_title(project, untitled=untitled))
            folder = places.visible_folder(project.path, untitled=untitled)
            self.window.sharing.share(project, folder / f"{name} (copy).factcheck")

    def after_merge(self, summary: str) -> None:
        """Show the merged project; undo stops here (its commands predate the merge)."""
        window = self.window
        document_id = window.document_id()
        window.undo_stack.clear()
        window.show_project()
        if document_id:
            window.review.show_document(document_id)
            window.documents.select_document(document_id)
        window.status_message(summary)
