"""The user's archive of past fact-checks, as the CLI and the window use it.

Joins the store's archive file, the ClaimReview reader and the project export: where the
archive lives (the app's data folder, or ``--archive``), how a project's reviewed claims
become archive items, and :class:`ArchiveService`, which the window reaches through
:class:`~workbench.ui.ports.ArchiveLike` and which opens the file on first use, in
whichever worker thread asks first.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.archive_items import ArchiveItem, ArchiveMatch
from workbench.core.model import ProjectSnapshot
from workbench.settings import data_dir

if TYPE_CHECKING:
    from workbench.store.archive import Archive

#: The archive's file name in the data folder.
FILE_NAME = "archive.sqlite"


def default_archive_path() -> Path:
    """The user's one archive, in the app's data folder."""
    return data_dir() / FILE_NAME


def project_items(snapshot: ProjectSnapshot) -> list[ArchiveItem]:
    """A project's reviewed claims as archive items, read as its own JSON export is read.

    Going through the export keeps one mapping from claims to items, whether a project is
    opened in the window, added from the command line or exported and added later. (The
    reader and the export load here, in the worker, not with the window.)
    """
    from workbench.importers.claimreview_feed import items_from_json  # noqa: PLC0415
    from workbench.reports.json_export import project_json  # noqa: PLC0415

    return items_from_json(project_json(snapshot), snapshot.path_name)


class ArchiveService:
    """The archive the window searches and feeds; safe to call from worker threads."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_archive_path()
        self._archive: Archive | None = None
        self._opening = threading.Lock()

    def _open(self) -> Archive:
        from workbench.store.archive import Archive  # noqa: PLC0415 - on first use, in a worker

        with self._opening:
            if self._archive is None:
                self._archive = Archive.open(self.path)
            return self._archive

    def search(self, text: str, limit: int = 10) -> list[ArchiveMatch]:
        """The archive's closest fact-checks to ``text``, best first."""
        return self._open().search(text, limit=limit)

    def add_items(self, items: Iterable[ArchiveItem]) -> int:
        """Add or refresh items; returns how many were new or changed."""
        added, updated = self._open().add(items)
        return added + updated

    def add_project(self, snapshot: ProjectSnapshot) -> int:
        """Add a project's reviewed claims (idempotent); returns how many were new or changed."""
        return self.add_items(project_items(snapshot))

    def close(self) -> None:
        """Close the file if it was opened."""
        with self._opening:
            if self._archive is not None:
                self._archive.close()
                self._archive = None
