"""The ``*.factcheck`` project file: open, create, read and edit it.

The only module (with its helpers in this package) that speaks SQL. Every edit is one
transaction together with its history row and is committed before the method returns,
so a crash loses at most the edit in flight. Reads return :mod:`workbench.core.model`
objects; nothing outside this package sees a row or a cursor.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from sqlite_utils import Database

from workbench.core.archived import ArchivedCopy, ArchivedPage, kind_of
from workbench.core.model import (
    Claim,
    DocumentVersion,
    HistoryEvent,
    ImportedDocument,
    ProjectSettings,
    ProjectSnapshot,
    Status,
)
from workbench.core.versioning import VersionImport
from workbench.store import archived_copies as copy_store
from workbench.store import (
    files,
    hardening,
    history_log,
    limits,
    migrations,
    opening,
    records,
    sidecars,
)
from workbench.store import versions as version_store
from workbench.store.failures import storage_errors
from workbench.store.file_removals import FileRemovals
from workbench.store.lock import ProjectLock
from workbench.store.snapshots import snapshot_of


def _interrupted_message(name: str, *, recovered: bool) -> str:
    if recovered:
        return (
            f"The last change to '{name}' was interrupted before it was complete; it was "
            "undone, and every earlier change is kept."
        )
    return (
        f"The last change to '{name}' was interrupted before it was complete (its journal "
        f"'{name}-journal' is beside it). It is shown as it will be once recovered: the "
        "unfinished change undone, every earlier change kept. Opening it for editing "
        "recovers the file itself."
    )


class Project(FileRemovals):
    """An open project file. Owned by one thread; close it when done.

    Its edits come by concern from :mod:`~workbench.store.file_documents`,
    :mod:`~workbench.store.file_claims`, :mod:`~workbench.store.file_evidence` and
    :mod:`~workbench.store.file_removals` (on :mod:`~workbench.store.file_base`); here are
    opening, archived copies, versions, the history and the copies of the file.
    """

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, title: str = "", reviewer: str = "") -> Project:
        """Create a new, empty project file; refuse to overwrite an existing file.

        The schema is built in a temporary file beside the target and moved into place, so
        the target never exists half-made.
        """
        path = Path(path)
        opening.create_file(path, ProjectSettings(title=title or path.stem))
        return cls.open(path, reviewer=reviewer)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        reviewer: str = "",
        take_over: bool = False,
    ) -> Project:
        """Open a project file as untrusted input (see :mod:`workbench.store.hardening`).

        Opening for writing takes the file's lock in ``reviewer``'s name; a file someone
        else is editing raises ProjectLockedError (``take_over`` replaces a lock the user
        chose to take over). A file made by a newer version, or one we may not write, opens
        read-only with a warning in :attr:`warnings`; anything unusable raises
        ProjectFileError.
        """
        path = Path(path)
        header = hardening.read_header(path)
        sidecars.refuse_foreign(path)
        recovery = opening.check_interrupted(path)
        if recovery:
            header = recovery.header
        warnings: list[str] = []
        if header.user_version > migrations.SCHEMA_VERSION:
            read_only = True
            warnings.append(
                f"'{path.name}' was made by a newer version of Fact-check Workbench (file "
                f"format {header.user_version}; this version reads up to "
                f"{migrations.SCHEMA_VERSION}). It is open read-only: update the program "
                "to edit it."
            )
        elif not read_only and not os.access(path, os.W_OK):
            read_only = True
            warnings.append(f"'{path.name}' cannot be written here; it is open read-only.")
        if recovery:
            warnings.append(_interrupted_message(path.name, recovered=not read_only))
        lock = None
        try:  # whatever fails from here on (or stops us), the lock is not left behind
            if not read_only:
                lock = ProjectLock.acquire(path, reviewer, take_over=take_over)
            conn, quarantine = opening.connect_recovering(
                path, header, recovery, read_only=read_only
            )
            try:
                summary = quarantine.summary(path.name)
                if summary:
                    warnings.append(summary)
                db = Database(conn, execute_plugins=False, recursive_triggers=False)
                if not records.read_settings(db)[1]:
                    warnings.append(
                        f"'{path.name}' holds damaged project settings; defaults are used instead."
                    )
                project = cls(
                    path, db, read_only=read_only, warnings=warnings, lock=lock, reviewer=reviewer
                )
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if recovery:
                recovery.close()
            if lock:
                lock.release()
            raise
        project.quarantine = quarantine
        project._recovery = recovery if read_only else None
        return project

    def close(self) -> None:
        """Close the connection and release the lock; every edit is already committed."""
        self.db.close()
        if self._recovery:
            self._recovery.close()
            self._recovery = None
        if self.lock:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- archived copies of evidence (see workbench.store.archived_copies) ---------------

    @storage_errors
    def archived_copies(self, evidence_id: str | None = None) -> list[ArchivedCopy]:
        """The files kept with one piece of evidence (or with all), oldest first."""
        return copy_store.copies(self, evidence_id)

    @storage_errors
    def add_archived_copy(
        self,
        evidence_id: str,
        name: str,
        data: bytes,
        *,
        captured_at: str = "",
        pages: tuple[ArchivedPage, ...] = (),
    ) -> ArchivedCopy:
        """Keep a file (web archive, saved page, PDF, screenshot...) with a piece of evidence."""
        return copy_store.add_copy(
            self,
            evidence_id,
            name,
            data,
            captured_at=captured_at,
            pages=pages,
            kind=kind_of(name, data[:64]),
        )

    @storage_errors
    def restore_archived_copy(self, copy: ArchivedCopy, data: bytes) -> ArchivedCopy:
        """Put back a removed copy with its id and who added it when (undo)."""
        return copy_store.add_copy(
            self,
            copy.evidence_id,
            copy.name,
            data,
            captured_at=copy.captured_at,
            pages=copy.pages,
            kind=(copy.kind, copy.media_type),
            copy_id=copy.id,
            added=(copy.added_at, copy.added_by),
        )

    @storage_errors
    def remove_archived_copy(self, copy_id: str) -> ArchivedCopy:
        """Remove one archived copy; returns it (read its bytes first to undo)."""
        return copy_store.remove_copy(self, copy_id)

    @storage_errors
    def archived_copy_data(self, sha256: str) -> bytes:
        """The bytes of an archived copy, exactly as they were added."""
        return copy_store.copy_data(self, sha256)

    @storage_errors
    def find_archived_copy(self, prefix: str) -> ArchivedCopy:
        """The archived copy whose SHA-256 starts with ``prefix``."""
        return copy_store.find(self, prefix)

    # -- versions of a document (see workbench.store.versions) ---------------------------

    @storage_errors
    def versions(self, document_id: str) -> list[DocumentVersion]:
        """Every version of a document, oldest first."""
        return version_store.versions(self, document_id)

    @storage_errors
    def version(self, document_id: str, number: int) -> DocumentVersion:
        """One version of a document."""
        return version_store.version(self, document_id, number)

    @storage_errors
    def import_new_version(self, document_id: str, imported: ImportedDocument) -> VersionImport:
        """Make ``imported`` the document's current text, carrying every claim over."""
        return version_store.import_new_version(self, document_id, imported)

    @storage_errors
    def accept_anchor(self, claim_id: str) -> Claim:
        """Take a moved, changed or kept claim off the review queue."""
        return version_store.accept_anchor(self, claim_id)

    @storage_errors
    def reattach_claim(self, claim_id: str, start: int, end: int) -> Claim:
        """Anchor a claim (an orphan, say) to a span of its document's current text."""
        return version_store.reattach(self, claim_id, start, end)

    @storage_errors
    def restore_anchor(self, claim: Claim) -> Claim:
        """Put a claim's span and anchoring back as they were (undo)."""
        return version_store.restore_anchor(self, claim)

    # -- history ---------------------------------------------------------------------------

    @storage_errors
    def history(self, entity_id: str | None = None) -> list[HistoryEvent]:
        """The change log, oldest first (of one entity, or of the whole project)."""
        where, params = ("where entity_id = ?", [entity_id]) if entity_id else ("", [])
        rows = self.db.query(f"select * from history {where} order by at, rowid", params)
        skip = self.quarantine.history
        events = (records.history_event(row) for row in rows if row["id"] not in skip)
        return [event for event in events if event is not None]

    @storage_errors
    def history_head(self) -> str:
        """The hash of the newest history row: the head of the chain a report prints."""
        return history_log.head(self.db)

    @storage_errors
    def snapshot(
        self, *, document_id: str | None = None, statuses: Collection[Status] | None = None
    ) -> ProjectSnapshot:
        """Plain data for a report or an export, read in one go on the owning thread.

        Workers render from the snapshot, never from the connection.
        """
        return snapshot_of(
            self,
            self.path.name,
            document_id=document_id,
            statuses=statuses,
            versions=self.versions,
            copies=self.archived_copies,
        )

    @storage_errors
    def reviewers(self) -> list[str]:
        """Everyone who changed the project, in order of first appearance."""
        rows = self.db.query(
            "select reviewer from history where typeof(reviewer) = 'text' and length(reviewer)"
            f" <= {limits.MAX_FIELD_CHARS} group by reviewer order by min(rowid)"
        )
        return [row["reviewer"] for row in rows]

    # -- copies ----------------------------------------------------------------------------

    @storage_errors
    def save_copy(self, destination: Path | str) -> Path:
        """Write a consistent copy (SQLite's backup API) to ``destination``, atomically."""
        return files.backup_copy(self.db.conn, Path(destination))

    @storage_errors
    def originals_size(self) -> int:
        """Bytes of the imported files and attachments, which a share copy may leave out."""
        row = self.db.conn.execute(
            "select coalesce((select sum(length(original)) from documents), 0)"
            " + coalesce((select sum(length(attachment)) from evidence), 0)"
        ).fetchone()
        return int(row[0])

    @storage_errors
    def archived_copies_size(self) -> int:
        """Bytes of the archived copies (each file once), which a share copy may leave out."""
        return copy_store.kept_size(self)

    @storage_errors
    def share_copy(
        self,
        destination: Path | str,
        *,
        include_originals: bool = True,
        include_copies: bool = True,
    ) -> int:
        """Write a compact copy for e-mail (``VACUUM INTO``); returns its size in bytes.

        Without ``include_originals`` the imported files' bytes and evidence attachments
        are left out (the text stays); without ``include_copies`` the archived copies'
        bytes are (their names, hashes and pages stay, so a report still cites them).
        """
        return files.compact_copy(
            self.db.conn,
            Path(destination),
            include_originals=include_originals,
            include_copies=include_copies,
        )
