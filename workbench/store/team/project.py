"""A team project on the server, behind the same interface as the ``.factcheck`` file.

:class:`TeamProject` satisfies the window's ``ProjectLike`` port. Every edit is one
transaction holding the change, its history row and a NOTIFY on the project's channel,
so other windows hear of it when (and only when) it is committed.

The class is put together by concern: the connection and its history
(:mod:`~workbench.store.team.session`), edits kept while the server is away
(:mod:`~workbench.store.team.keeping`), reads (:mod:`~workbench.store.team.reads`), the
guarded update of optimistic concurrency (:mod:`~workbench.store.team.guarded_update`),
the edits of rows (:mod:`~workbench.store.team.row_edits`) and of versions
(:mod:`~workbench.store.team.version_edits`), leases (:mod:`~workbench.store.team.leases`)
and the archived copies the server does not keep yet
(:mod:`~workbench.store.team.no_copies`). Here: opening, copies and merges.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Mapping
from pathlib import Path

import psycopg

from workbench.core.errors import UserError
from workbench.core.merge import MergeSource, Resolution, Side, resolve
from workbench.core.model import (
    Action,
    Entity,
    ProjectSettings,
    ProjectSnapshot,
    Status,
    as_record,
)
from workbench.store import edits
from workbench.store.snapshots import snapshot_of
from workbench.store.team import merge_extras
from workbench.store.team.address import TeamAddress
from workbench.store.team.connection import connect, server_errors
from workbench.store.team.keeping import KeptUntilServerBack
from workbench.store.team.leases import LEASE_SECONDS, Lease, TeamLeases
from workbench.store.team.no_copies import NoArchivedCopies
from workbench.store.team.rows import (
    insert_document,
    insert_history,
    insert_row,
    store_blob,
    update_row,
    write_settings,
)
from workbench.store.team.version_edits import TeamVersions


class TeamProject(TeamVersions, TeamLeases, NoArchivedCopies):
    """An open team project: one connection, owned by one thread; close it when done."""

    @classmethod
    def open(cls, address: TeamAddress, *, reviewer: str = "") -> TeamProject:
        """Connect and check the project exists and this login may read it."""
        conn = connect(address, autocommit=True)
        try:
            with server_errors(address):
                conn.execute("select 1 from schema_steps limit 1")
            project = cls(address, conn, reviewer=reviewer)
        except BaseException:
            conn.close()
            raise
        if project.read_only:
            project.warnings.append(
                f"You may read '{address.project}' on the team server but not change it"
                f" (your role: {project.role or 'none'})."
            )
        return project

    def close(self) -> None:
        """Drop this window's leases and the connection; every edit is already committed."""
        with contextlib.suppress(psycopg.Error, UserError):
            self.drop_leases()
        self.conn.close()

    def __enter__(self) -> TeamProject:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def snapshot(
        self, *, document_id: str | None = None, statuses: Collection[Status] | None = None
    ) -> ProjectSnapshot:
        """Plain data for a report, an export or a sync."""
        return snapshot_of(
            self, self.path.name, document_id=document_id, statuses=statuses,
            versions=self.versions,
        )  # fmt: skip

    def save_copy(self, destination: Path | str) -> Path:
        """Write the project into a local ``.factcheck`` file (an offline copy)."""
        from workbench.store.team.offline import write_copy  # noqa: PLC0415 - cycle

        return write_copy(self, Path(destination))

    def share_copy(
        self,
        destination: Path | str,
        *,
        include_originals: bool = True,
        include_copies: bool = True,
    ) -> int:
        """Write a compact ``.factcheck`` copy for e-mail; returns its size in bytes (the
        server keeps no archived copies, so ``include_copies`` changes nothing)."""
        from workbench.store.team.offline import write_share_copy  # noqa: PLC0415 - cycle

        return write_share_copy(self, Path(destination), include_originals=include_originals)

    def originals_size(self) -> int:
        """Bytes of the imported files and attachments this project refers to."""
        rows = self._query(
            "select coalesce(sum(length(data)), 0) from blobs where sha256 in"
            " (select original_sha256 from documents union"
            " select attachment_sha256 from evidence)"
        )
        return int(rows[0][0])

    # -- merge (sync of an offline copy) -----------------------------------------------------

    def apply_merge(
        self,
        source: MergeSource,
        choices: Mapping[str, Side] | Side,
        *,
        settings: ProjectSettings | None = None,
        deleted_documents: Collection[str] = (),
    ) -> Resolution:
        """Write a settled merge plan (settings, deleted documents too) in one transaction."""
        resolution = resolve(source.plan, choices)
        plan = source.plan
        with self._change(Entity.PROJECT, "merge") as conn:
            for doc in plan.new_documents:
                insert_document(conn, doc, source.originals.get(doc.id), ignore=True)
            merge_extras.write_versions(conn, source, self.document)
            for claim in plan.new_claims:
                insert_row(conn, "claims", as_record(claim), ignore=True)
            for claim in resolution.restored_claims():
                insert_row(conn, "claims", as_record(claim), ignore=True)
            for item in resolution.incoming_evidence():
                insert_row(conn, "evidence", as_record(item), ignore=True)
            for table, updates in (
                ("claims", resolution.claim_updates()),
                ("evidence", resolution.evidence_updates()),
            ):
                for item_id, values in updates.items():
                    update_row(conn, table, item_id, values)
            if settings is not None:
                write_settings(conn, settings)
            merge_extras.write_documents(conn, resolution)
            merge_extras.write_attachments(conn, source, resolution)
            for evidence_id in resolution.deleted_evidence():
                conn.execute("delete from evidence where id = %s", [evidence_id])
            for claim_id in resolution.deleted_claims():
                conn.execute("delete from evidence where claim_id = %s", [claim_id])
                conn.execute("delete from claims where id = %s", [claim_id])
            merge_extras.delete_documents(conn, deleted_documents)
            for event in plan.history:
                insert_history(conn, event)
            if not plan.is_empty:
                summary = edits.merge_summary(source, resolution)
                self._record(Action.UPDATE, Entity.PROJECT, "merge", None, summary)
        return resolution


#: Names other modules import from here (they live in the modules named above).
__all__ = [
    "LEASE_SECONDS",
    "KeptUntilServerBack",
    "Lease",
    "TeamProject",
    "insert_document",
    "insert_history",
    "insert_row",
    "store_blob",
    "write_settings",
]
