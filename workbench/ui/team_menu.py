"""The Team menu: take an offline copy of a team project, sync an offline copy.

"Take a copy to work offline" writes the open team project into a ``.factcheck`` file that
remembers where it came from; "Sync with the team server" (enabled for such a copy) sends
its changes and takes the server's, with the merge dialog's side-by-side choice for each
conflict. The store work goes through the window's files object (``TeamSyncing``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from workbench.core.errors import UserError
from workbench.core.merge import MergePlan, Side
from workbench.ui import session as session_dialogs
from workbench.ui.dialogs.conflicts import ConflictDialog
from workbench.ui.dialogs.errors import show_error
from workbench.ui.language import isolate
from workbench.ui.ports import TeamSyncing

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class TeamMenu:
    """The menu's two actions, enabled for what the open project is."""

    def __init__(self, window: MainWindow, after_sync: Callable[[str], None]) -> None:
        self.window = window
        self.after_sync = after_sync
        self.menu = QMenu(QCoreApplication.translate("TeamMenu", "&Team"), window)
        window.menuBar().insertMenu(window.menuBar().actions()[-1], self.menu)
        self.take_copy = self.menu.addAction(
            QCoreApplication.translate("TeamMenu", "Take a copy to work &offline…"),
            self.take_offline,
        )
        self.sync = self.menu.addAction(
            QCoreApplication.translate("TeamMenu", "&Sync with the team server"), self.sync_now
        )
        self.menu.aboutToShow.connect(self.update)
        self.update()

    def _syncing(self) -> TeamSyncing | None:
        files = self.window.session.files
        return cast(TeamSyncing, files) if hasattr(files, "team_sync") else None

    def update(self) -> None:
        """A team project can be copied; an offline copy can be synced."""
        project = self.window.session.project
        syncing = self._syncing()
        self.take_copy.setEnabled(project is not None and hasattr(project, "change_feed"))
        origin = syncing.team_origin(project) if syncing and project else None
        self.sync.setEnabled(origin is not None and project is not None and not project.read_only)
        self.sync.setToolTip(
            QCoreApplication.translate("TeamMenu", "Its team project: {origin}").format(
                origin=origin
            )
            if origin
            else ""
        )

    def take_offline(self) -> None:
        """Write the team project into a file chosen by the user."""
        project = self.window.session.project
        if project is None:
            return
        destination = session_dialogs.ask_save_path(self.window, f"{project.path.name}.factcheck")
        if destination is None:
            return
        try:
            written = project.save_copy(destination)
        except UserError as err:
            show_error(self.window, str(err))
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "TeamMenu", "Took a copy into {name}; open it to work offline, then Sync."
            ).format(name=isolate(written.name)),
            8000,
        )

    def sync_now(self) -> None:
        """Sync the open offline copy, then show what it holds now."""
        project, syncing = self.window.session.project, self._syncing()
        if project is None or syncing is None:
            return

        def choose(plan: MergePlan) -> Mapping[str, Side] | None:
            server = QCoreApplication.translate("TeamMenu", "the team server")
            return ConflictDialog.ask(self.window, plan, server)

        try:
            summary = syncing.team_sync(project, choose)
        except UserError as err:
            show_error(self.window, str(err))
            return
        self.after_sync(summary)
