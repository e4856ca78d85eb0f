"""The open project file's state and what every edit of it goes through.

:class:`FileProjectBase` holds the connection, the lock and the reviewer; every edit
checks :meth:`~FileProjectBase.ensure_writable`, runs in one transaction with its history
row (:meth:`~FileProjectBase.record`) and, where it adds bytes, checks the file stays
within the limits the open check enforces. The concerns built on it (documents, claims,
evidence, removals) each have their module; :class:`~workbench.store.projectfile.Project`
puts them together.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from workbench.core.errors import ReadOnlyProjectError, UserError
from workbench.core.model import Action, Entity, HistoryEvent, ProjectSettings
from workbench.store import edits, history_log, integrity, opening, records
from workbench.store.failures import storage_errors
from workbench.store.lock import ProjectLock
from workbench.store.quarantine import Quarantine


class FileProjectBase(edits.Recording):
    """An open project file's connection, lock and reviewer, and the settings."""

    def __init__(
        self,
        path: Path,
        db: Database,
        *,
        read_only: bool,
        warnings: list[str],
        lock: ProjectLock | None,
        reviewer: str,
    ) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self.warnings = warnings
        self.lock = lock
        self.reviewer = reviewer
        #: Rows left out because they are damaged (see :mod:`workbench.store.integrity`).
        self.quarantine = Quarantine()
        #: The private recovered copy read instead of a file with an interrupted write.
        self._recovery: opening.Recovery | None = None

    # -- settings --------------------------------------------------------------------------

    @storage_errors
    def settings(self) -> ProjectSettings:
        """The project's settings, with defaults for anything the file does not hold."""
        return records.read_settings(self.db)[0]

    @storage_errors
    def settings_damaged(self) -> bool:
        """True when damaged settings in the file were replaced by defaults (``check``)."""
        return not records.read_settings(self.db)[1]

    @storage_errors
    def update_settings(self, settings: ProjectSettings) -> None:
        """Replace the project's settings (one transaction, one history row)."""
        self.ensure_writable()
        before = self.settings()
        with self.db.atomic():
            records.write_settings(self.db, settings)
            self.record(
                Action.UPDATE,
                Entity.PROJECT,
                "settings",
                records.settings_json(before),
                records.settings_json(settings),
            )

    def ensure_within_limits(self, change: str) -> None:
        """Inside a write's transaction: raise a UserError (the write is rolled back) when
        it made the file one the open check would refuse."""
        problem = integrity.size_problem(self.db.conn)
        if problem:
            raise UserError(f"{change} was not made: '{self.path.name}' would hold {problem}.")

    def _append(self, event: HistoryEvent) -> None:
        history_log.append(self.db, event)

    #: Append one history row (the caller holds the transaction of the change).
    record = edits.Recording._record

    def ensure_writable(self) -> None:
        """Raise ReadOnlyProjectError unless this project may be changed."""
        if self.read_only:
            raise ReadOnlyProjectError(
                f"'{self.path.name}' is open read-only; the change was not made."
            )
