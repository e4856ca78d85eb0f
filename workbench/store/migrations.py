"""The project file's schema, one named sqlite-utils migration per step.

``PRAGMA user_version`` holds the number of steps applied (:data:`SCHEMA_VERSION` for a
file this version writes). The steps are also how the hardened open knows what a healthy
file of any version looks like: it builds that version in memory and compares schemas.
Never edit a step once released; add a new one.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

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
