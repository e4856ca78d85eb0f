"""``workbench verify`` on a project file: every stored hash recomputed, read-only.

The file is opened as any read-only command opens it (hardened, schema compared, never
written; a read-only file or folder is fine), then each check of :data:`CHECKS` reads the
rows it needs, as their stored bytes, and hands them to the pure checks of
:mod:`workbench.core.verification`. Another kind of stored hash is one more function in
:data:`CHECKS`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from workbench.core.history_chain import CHAINED_FIELDS, ChainRow, link_hash
from workbench.core.verification import (
    CheckResult,
    HashedItem,
    Verification,
    chain_check,
    hash_check,
)
from workbench.store import history_log
from workbench.store import values as decoded
from workbench.store.projectfile import Project

#: One check: reads what it needs from the file's connection and says what it found.
Check = Callable[[sqlite3.Connection], CheckResult]

_BYTES = ", ".join(f'cast("{name}" as blob)' for name in CHAINED_FIELDS)


def _text(value: object) -> str | None:
    """A stored value for display (a doctored file may hold anything anywhere)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def history_chain(conn: sqlite3.Connection) -> CheckResult:
    """Every history row's hash and its link to the row stored before it."""
    return chain_check(_chain_rows(conn))[0]


def _chain_rows(conn: sqlite3.Connection) -> Iterator[ChainRow]:
    query = (
        f"select id, entity, entity_id, prev_hash, hash, cast(prev_hash as blob), {_BYTES}"
        " from history order by rowid"
    )
    for position, (row_id, entity, entity_id, prev, digest, prev_raw, *values) in enumerate(
        conn.execute(query), start=1
    ):
        yield ChainRow(
            position,
            _text(row_id) or "",
            _text(entity) or "",
            _text(entity_id) or "",
            _text(prev),
            _text(digest),
            link_hash(prev_raw, values),
        )


def document_hashes(conn: sqlite3.Connection) -> CheckResult:
    """Each document's text and imported original against their stored SHA-256."""
    return hash_check("document hashes", _document_items(conn))


def _document_items(conn: sqlite3.Connection) -> Iterator[HashedItem]:
    rows = conn.execute(
        "select id, cast(text as blob), text_sha256, cast(original as blob), original_sha256"
        " from documents order by rowid"
    )
    for doc_id, text, text_sha, original, original_sha in rows:
        yield HashedItem(f"document {_text(doc_id)}: text", _text(text_sha) or "", text or b"")
        if original is not None:
            subject = f"document {_text(doc_id)}: imported original"
            yield HashedItem(subject, _text(original_sha) or "", original)


def version_hashes(conn: sqlite3.Connection) -> CheckResult:
    """Each kept version's text and original, and each document's text against its version."""
    return hash_check("version hashes", _version_items(conn))


def _version_items(conn: sqlite3.Connection) -> Iterator[HashedItem]:
    rows = conn.execute(
        "select v.document_id, v.number, cast(v.text as blob), v.text_sha256,"
        " cast(v.original as blob), v.original_sha256, cast(d.text as blob)"
        " from document_versions v left join documents d"
        " on d.id = v.document_id and d.version = v.number order by v.rowid"
    )
    for doc_id, number, text, text_sha, original, original_sha, current in rows:
        subject = f"document {_text(doc_id)} version {_text(number)}"
        yield HashedItem(f"{subject}: text", _text(text_sha) or "", text or b"")
        if original is not None:
            yield HashedItem(f"{subject}: original", _text(original_sha) or "", original)
        if current is not None:
            yield HashedItem(
                f"{subject}: the document's current text", _text(text_sha) or "", current
            )


def attachment_hashes(conn: sqlite3.Connection) -> CheckResult:
    """Attached files against the SHA-256 the history recorded when they were attached."""
    return hash_check("attachments", _attachment_items(conn))


#: The keys of an attachment's history record (store.projectfile ``_attachment_record``).
_ATTACHMENT_KEYS = {"attachment_name", "attachment_sha256", "attachment_size"}


def _attachment_items(conn: sqlite3.Connection) -> Iterator[HashedItem]:
    recorded: dict[str, str] = {}
    rows = conn.execute(
        "select entity_id, \"after\" from history where entity = 'evidence'"
        " and instr(\"after\", 'attachment_') order by rowid"
    )
    for evidence_id, after in rows:
        value = decoded.json_value(after) if isinstance(after, str) else None
        if isinstance(value, dict) and value.keys() & _ATTACHMENT_KEYS == value.keys() != set():
            recorded[str(evidence_id)] = str(value.get("attachment_sha256", ""))
    rows = conn.execute(
        "select id, cast(attachment as blob) from evidence where attachment is not null"
        " order by rowid"
    )
    for evidence_id, data in rows:
        stored = recorded.get(str(evidence_id))
        if stored:
            yield HashedItem(f"evidence {_text(evidence_id)}: attached file", stored, data)


def archived_copy_hashes(conn: sqlite3.Connection) -> CheckResult:
    """Each archived copy's bytes against the SHA-256 it is cited by (in reports too)."""
    return hash_check("archived copies", _archived_copy_items(conn))


def _archived_copy_items(conn: sqlite3.Connection) -> Iterator[HashedItem]:
    # A share copy may keep the rows without the bytes: those copies have nothing to check.
    rows = conn.execute(
        "select c.evidence_id, c.name, c.sha256, cast(b.data as blob) from archived_copies c"
        " join blobs b on b.sha256 = c.sha256 order by c.rowid"
    )
    for evidence_id, name, sha256, data in rows:
        subject = f"evidence {_text(evidence_id)}: archived copy {_text(name)}"
        yield HashedItem(subject, _text(sha256) or "", data or b"")


#: What ``verify`` checks in a file, in order.
CHECKS: tuple[Check, ...] = (
    history_chain,
    document_hashes,
    version_hashes,
    attachment_hashes,
    archived_copy_hashes,
)


def verify_file(path: Path | str) -> Verification:
    """Recompute every hash ``path`` stores; never writes (a read-only file is fine)."""
    path = Path(path)
    with Project.open(path, read_only=True) as project:
        conn = project.db.conn
        results = tuple(check(conn) for check in CHECKS)
        return Verification(path.name, history_log.head(project.db), results)
