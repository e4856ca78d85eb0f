"""``workbench verify`` on a project file: every stored hash recomputed, read-only.

The file is opened as any read-only command opens it (hardened, schema compared, never
written; a read-only file or folder is fine), then the history chain and each reader of
:data:`HASHED` read the rows they need, as their stored bytes, and hand them to the pure
checks of :mod:`workbench.core.verification`. Another kind of stored hash is one more
reader in :data:`HASHED`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from workbench.core.history_chain import CHAINED_FIELDS, ChainRow, link_hash
from workbench.core.verification import (
    CheckResult,
    HashedItem,
    Verification,
    chain_check,
    hash_check,
    locate_head,
)
from workbench.store import history_log
from workbench.store import values as decoded
from workbench.store.file_evidence import recorded_attachment
from workbench.store.projectfile import Project

#: One kind of stored hash: reads the items from the file's connection.
Items = Callable[[sqlite3.Connection], Iterator[HashedItem]]

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
    query = (
        f"select id, entity, entity_id, prev_hash, hash, cast(prev_hash as blob), {_BYTES}"
        " from history order by rowid"
    )
    return chain_check(chain_rows(conn.execute(query)))[0]


def chain_rows(rows: Iterable[Sequence[Any]]) -> Iterator[ChainRow]:
    """History rows as the chain check reads them, whichever database they come from.

    Each row is its id, entity, entity id, ``prev_hash`` and ``hash`` as stored, then the
    bytes of ``prev_hash`` and of the :data:`CHAINED_FIELDS`, in recording order.
    """
    for position, (row_id, entity, entity_id, prev, digest, prev_raw, *values) in enumerate(
        rows, start=1
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


def chain_hashes(conn: sqlite3.Connection) -> list[str]:
    """Every history row's stored hash, oldest first (where a report's head may stand)."""
    return [_text(row[0]) or "" for row in conn.execute("select hash from history order by rowid")]


def document_items(conn: sqlite3.Connection) -> Iterator[HashedItem]:
    """Each document's text and imported original, with their stored SHA-256."""
    rows = conn.execute(
        "select id, cast(text as blob), text_sha256, cast(original as blob), original_sha256"
        " from documents order by rowid"
    )
    for doc_id, text, text_sha, original, original_sha in rows:
        yield HashedItem(f"document {_text(doc_id)}: text", _text(text_sha) or "", text or b"")
        if original is not None:
            subject = f"document {_text(doc_id)}: imported original"
            yield HashedItem(subject, _text(original_sha) or "", original)


def version_items(conn: sqlite3.Connection) -> Iterator[HashedItem]:
    """Each kept version's text and original, and each document's text against its version."""
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


def attachment_items(conn: sqlite3.Connection) -> Iterator[HashedItem]:
    """Attached files, with the SHA-256 the history recorded when they were attached."""
    recorded: dict[str, str] = {}
    rows = conn.execute(
        "select entity_id, \"after\" from history where entity = 'evidence'"
        " and instr(\"after\", 'attachment_') order by rowid"
    )
    for evidence_id, after in rows:
        value = decoded.json_value(after) if isinstance(after, str) else None
        if (digest := recorded_attachment(value)) is not None:
            recorded[str(evidence_id)] = digest
    rows = conn.execute(
        "select id, cast(attachment as blob) from evidence where attachment is not null"
        " order by rowid"
    )
    for evidence_id, data in rows:
        stored = recorded.get(str(evidence_id))
        if stored:
            yield HashedItem(f"evidence {_text(evidence_id)}: attached file", stored, data)


def archived_copy_items(conn: sqlite3.Connection) -> Iterator[HashedItem]:
    """Each archived copy's bytes, with the SHA-256 it is cited by (in reports too)."""
    # A share copy may keep the rows without the bytes: those copies have nothing to check.
    rows = conn.execute(
        "select c.evidence_id, c.name, c.sha256, cast(b.data as blob) from archived_copies c"
        " join blobs b on b.sha256 = c.sha256 order by c.rowid"
    )
    for evidence_id, name, sha256, data in rows:
        subject = f"evidence {_text(evidence_id)}: archived copy {_text(name)}"
        yield HashedItem(subject, _text(sha256) or "", data or b"")


#: The stored hashes ``verify`` checks in a file after the chain, in order, by name.
HASHED: tuple[tuple[str, Items], ...] = (
    ("document hashes", document_items),
    ("version hashes", version_items),
    ("attachments", attachment_items),
    ("archived copies", archived_copy_items),
)


def verify_file(path: Path | str, *, head: str | None = None) -> Verification:
    """Recompute every hash ``path`` stores; never writes (a read-only file is fine).

    With ``head`` (a history head printed earlier, or a prefix of it), also say where it
    stands in the history read now.
    """
    path = Path(path)
    with Project.open(path, read_only=True) as project:
        conn = project.db.conn
        results = (
            history_chain(conn),
            *(hash_check(name, items(conn)) for name, items in HASHED),
        )
        located = locate_head(chain_hashes(conn), head) if head is not None else None
        return Verification(path.name, history_log.head(project.db), results, located)
