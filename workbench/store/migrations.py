"""The project file's schema, one named sqlite-utils migration per step.

``PRAGMA user_version`` holds the number of steps applied (:data:`SCHEMA_VERSION` for a
file this version writes). The steps are also how the hardened open knows what a healthy
file of any version looks like: it builds that version in memory and compares schemas.
Never edit a step once released; add a new one.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workbench.core.history_chain import CHAINED_FIELDS, GENESIS, link_hash

#: ``PRAGMA application_id``: "FCWB" in ASCII, so ``file`` and libmagic can tell a
#: project file from any other SQLite database.
APPLICATION_ID = 0x46435742

MIGRATIONS = Migrations("factcheck")


@MIGRATIONS(name="0001_initial")
def initial(db: Database) -> None:
    """Settings, documents, claims, evidence and the append-only history."""
    db.table("meta").create({"key": str, "value": str}, pk="key", not_null={"value"})
    db.table("documents").create(
        {
            "id": str,
            "title": str,
            "source": str,
            "publisher": str,
            "author": str,
            "published": str,
            "source_url": str,
            "imported_at": str,
            "format": str,
            "text": str,
            "text_sha256": str,
            "page_starts": str,
            "original": bytes,
            "original_sha256": str,
            "extractor": str,
        },
        pk="id",
        not_null={"title", "text", "text_sha256", "format", "page_starts", "imported_at"},
    )
    db.table("claims").create(
        {
            "id": str,
            "document_id": str,
            "start": int,
            "end": int,
            "quote": str,
            "prefix": str,
            "suffix": str,
            "summary": str,
            "claimant": str,
            "status": str,
            "rating": str,
            "note": str,
            "created_by": str,
            "created_at": str,
            "updated_by": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"document_id", "start", "end", "quote", "status"},
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("claims").create_index(["document_id", "start"])
    db.table("evidence").create(
        {
            "id": str,
            "claim_id": str,
            "title": str,
            "url": str,
            "publisher": str,
            "accessed_at": str,
            "excerpt": str,
            "stance": str,
            "note": str,
            "attachment": bytes,
            "attachment_name": str,
            "created_by": str,
            "created_at": str,
            "updated_by": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"claim_id", "stance"},
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db.table("evidence").create_index(["claim_id"])
    db.table("history").create(
        {
            "id": str,
            "at": str,
            "reviewer": str,
            "action": str,
            "entity": str,
            "entity_id": str,
            "before": str,
            "after": str,
        },
        pk="id",
        not_null={"at", "reviewer", "action", "entity", "entity_id"},
    )
    db.table("history").create_index(["entity_id"])


@MIGRATIONS(name="0002_versions")
def versions(db: Database) -> None:
    """Documents gain versions: every text a document ever had, the old ones kept.

    The document row keeps holding the current text (so everything that reads a document
    is unchanged) and names its current ``version``; ``document_versions`` holds every
    version, the current one included. Claims remember the version their span points
    into (``version``), the version their verdict was checked against
    (``checked_version``), and how a new version's re-anchoring left them
    (``anchor_state``, ``anchor_score``, ``anchor_old_quote``) for the review queue.
    A file of version 1 gets version 1 of each document from its own row.
    """
    db.table("document_versions").create(
        {
            "id": str,
            "document_id": str,
            "number": int,
            "text": str,
            "text_sha256": str,
            "page_starts": str,
            "source": str,
            "imported_at": str,
            "format": str,
            "extractor": str,
            "original": bytes,
            "original_sha256": str,
        },
        pk="id",
        not_null={"document_id", "number", "text", "text_sha256", "page_starts", "imported_at"},
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("document_versions").create_index(["document_id", "number"], unique=True)
    db.table("documents").add_column("version", int, not_null_default=1)
    claims = db.table("claims")
    claims.add_column("version", int, not_null_default=1)
    claims.add_column("checked_version", int, not_null_default=1)
    claims.add_column("anchor_state", str, not_null_default="")
    claims.add_column("anchor_score", float, not_null_default=1.0)
    claims.add_column("anchor_old_quote", str, not_null_default="")
    db.execute(
        "insert into document_versions (id, document_id, number, text, text_sha256,"
        " page_starts, source, imported_at, format, extractor, original, original_sha256)"
        " select lower(hex(randomblob(16))), id, 1, text, text_sha256, page_starts, source,"
        " imported_at, format, extractor, null, original_sha256 from documents"
    )


@MIGRATIONS(name="0003_archived_copies")
def archived_copies(db: Database) -> None:
    """Evidence gains archived copies: files kept with it, their bytes stored once.

    ``blobs`` holds each file's bytes once, by SHA-256 (two pieces of evidence citing one
    WACZ keep one copy of it); ``archived_copies`` says which evidence keeps which file,
    under what name, of what kind, captured when, and, for a web archive, its pages (a
    JSON list of [url, title, captured at]). ``sha256`` names its blob without a foreign
    key, because a share copy may leave the bytes out and keep the rows. The older single
    ``evidence.attachment`` stays as it is: files that have one keep it, unchanged.
    """
    db.table("blobs").create(
        {"sha256": str, "size": int, "data": bytes},
        pk="sha256",
        not_null={"size", "data"},
    )
    db.table("archived_copies").create(
        {
            "id": str,
            "evidence_id": str,
            "sha256": str,
            "name": str,
            "size": int,
            "media_type": str,
            "kind": str,
            "captured_at": str,
            "added_at": str,
            "added_by": str,
            "pages": str,
        },
        pk="id",
        not_null={"evidence_id", "sha256", "name", "size", "media_type", "kind", "added_at"},
        foreign_keys=[("evidence_id", "evidence", "id")],
    )
    db.table("archived_copies").create_index(["evidence_id", "sha256"], unique=True)


@MIGRATIONS(name="0004_history_chain")
def history_chain(db: Database) -> None:
    """History rows gain ``prev_hash`` and ``hash``: a chain that shows any later tampering.

    The rows a file already has are chained in the order they were stored (rowid), over
    their stored bytes, exactly as :mod:`workbench.store.history_log` chains new ones
    (see :mod:`workbench.core.history_chain` for the canonical form).
    """
    history = db.table("history")
    history.add_column("prev_hash", str)
    history.add_column("hash", str)
    columns = ", ".join(f'cast("{name}" as blob)' for name in CHAINED_FIELDS)
    rows = db.execute(f"select rowid, {columns} from history order by rowid").fetchall()
    previous = GENESIS
    for rowid, *values in rows:
        digest = link_hash(previous, values)
        db.execute(
            "update history set prev_hash = ?, hash = ? where rowid = ?", [previous, digest, rowid]
        )
        previous = digest


#: The steps in order (all are pending on an empty database); step ``n`` (1-based)
#: brings a file to version ``n``.
STEP_NAMES: tuple[str, ...] = tuple(m.name for m in MIGRATIONS.pending(Database(memory=True)))

#: The schema version a file written by this code has.
SCHEMA_VERSION = len(STEP_NAMES)


def apply(db: Database, *, up_to: int = SCHEMA_VERSION) -> None:
    """Apply the steps a file lacks, up to version ``up_to``, and record the version."""
    MIGRATIONS.apply(db, stop_before=STEP_NAMES[up_to] if up_to < SCHEMA_VERSION else None)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {up_to}")
