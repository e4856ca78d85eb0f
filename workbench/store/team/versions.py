"""Article versions on the team server (schema step ``0002_versions``).

As in the project file, the document's row holds the current text and every other
reader is unchanged; ``document_versions`` keeps the texts it had before, each with its
imported file in the blob store by SHA-256. Where claims land on a new text is decided
by :mod:`workbench.core.versioning` through :mod:`workbench.store.versions`, the same
code the file uses; this module only reads and writes the server's rows.
"""

from __future__ import annotations

import json
from typing import Any

import psycopg

from workbench.core.errors import UserError
from workbench.core.model import Document, DocumentVersion
from workbench.store import records
from workbench.store.team.rows import store_blob
from workbench.store.versions import switch_record

_COLUMNS = (
    "document_id", "number", "text", "imported_at", "format", "source", "extractor",
    "page_starts", "original_sha256", "text_sha256",
)  # fmt: skip


def versions(conn: psycopg.Connection, doc: Document) -> list[DocumentVersion]:
    """Every version of ``doc``, oldest first, the current one last.

    A document that never had a new version has no rows: its one version is its text.
    """
    rows = conn.execute(
        f"select {', '.join(_COLUMNS)} from document_versions where document_id = %s"
        " and number <= %s order by number",
        [doc.id, doc.version],
    ).fetchall()
    found = [_version(dict(zip(_COLUMNS, row, strict=True))) for row in rows]
    if found and found[-1].number == doc.version:
        return found
    return [*found, records.current_version(doc)]


def original(conn: psycopg.Connection, doc: Document, number: int) -> bytes | None:
    """The bytes of the file version ``number`` was imported from, if they were kept."""
    sha = doc.original_sha256
    if number != doc.version:
        row = conn.execute(
            "select original_sha256 from document_versions where document_id = %s and number = %s",
            [doc.id, number],
        ).fetchone()
        sha = row[0] if row else ""
    if not sha:
        return None
    data = conn.execute("select data from blobs where sha256 = %s", [sha]).fetchone()
    return bytes(data[0]) if data else None


def switch(
    conn: psycopg.Connection, doc: Document, new: DocumentVersion, data: bytes | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Make ``new`` the document's current text (in the caller's transaction).

    The text being replaced is kept as a version row first (if it is not there yet), and
    so is the new one. A colleague who made another version current meanwhile makes this
    one fail rather than overwrite theirs. Returns the history row's before and after, as
    the file records them.
    """
    keep(conn, records.current_version(doc))
    keep(conn, new)  # with its own import time (the document's row keeps the first one)
    if data is not None:
        store_blob(conn, data)
    before, after = switch_record(doc, new)
    cursor = conn.execute(
        f"update documents set {', '.join(f'{k} = %s' for k in after)}, text = %s,"
        " row_version = row_version + 1 where id = %s and version = %s",
        [*after.values(), new.text, doc.id, doc.version],
    )
    if cursor.rowcount != 1:
        raise UserError(
            f"A colleague imported another version of '{doc.title}' at the same moment;"
            " nothing was changed. Look at the versions again, then import."
        )
    return before, after


def keep(conn: psycopg.Connection, item: DocumentVersion) -> None:
    """Store one version's row (kept as it is if it is there already: a sync sends it)."""
    row = {name: getattr(item, name) for name in _COLUMNS}
    row["page_starts"] = json.dumps(list(item.page_starts))
    conn.execute(
        f"insert into document_versions ({', '.join(row)})"
        f" values ({', '.join(['%s'] * len(row))}) on conflict do nothing",
        list(row.values()),
    )


def _version(row: dict[str, Any]) -> DocumentVersion:
    values: dict[str, Any] = {k: ("" if v is None else v) for k, v in row.items()}
    values["page_starts"] = tuple(json.loads(row["page_starts"]))
    return DocumentVersion(**values)
