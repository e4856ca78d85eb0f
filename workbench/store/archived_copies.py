"""Archived copies of evidence in the project file: bytes once by SHA-256, one row per copy.

Each add or removal is one transaction with its history row (which names the file, its
size and hash, never the bytes). The bytes live in ``blobs`` keyed by their SHA-256, so a
WACZ kept for two pieces of evidence is stored once, and a blob no copy refers to any
more is deleted with the last copy (``secure_delete`` zeroes its pages), so a removed
file does not travel on in the project. The bytes are read only on demand.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from workbench.core.archived import ArchivedCopy, ArchivedPage, CopyKind
from workbench.core.errors import UserError
from workbench.core.model import Action, Entity, new_id, now_iso, sha256_hex
from workbench.store import limits
from workbench.store import values as decoded

if TYPE_CHECKING:
    from sqlite_utils import Database

    from workbench.store.file_base import FileProjectBase
    from workbench.store.projectfile import Project

_COLUMNS = (
    "id, evidence_id, sha256, name, size, media_type, kind, captured_at, added_at, added_by, pages"
)
_KINDS = {k.value for k in CopyKind}
#: The shortest hash prefix the command line accepts for a copy.
MIN_PREFIX = 8


def copies(project: FileProjectBase, evidence_id: str | None = None) -> list[ArchivedCopy]:
    """The archived copies of one piece of evidence (or of all), oldest first."""
    where, params = ("where evidence_id = ?", [evidence_id]) if evidence_id else ("", [])
    rows = project.db.conn.execute(
        f"select {_COLUMNS} from archived_copies {where} order by added_at, rowid", params
    )
    skip, bad = project.quarantine.evidence, project.quarantine.copies
    found = (_copy(row) for row in rows if row[1] not in skip and row[0] not in bad)
    return [copy for copy in found if copy is not None]


def _copy(row: tuple[Any, ...]) -> ArchivedCopy | None:
    """A copy from its row, or None for a row a doctored file made unusable."""
    copy_id, evidence_id, sha, name, size, media_type, kind, captured, added, by, pages = row
    texts = (copy_id, evidence_id, sha, name, media_type, captured, added, by)
    if not all(decoded.is_text(value) for value in texts) or kind not in _KINDS:
        return None
    if not decoded.is_position(size):
        return None
    try:
        return ArchivedCopy(
            id=copy_id,
            evidence_id=evidence_id,
            sha256=sha,
            name=name,
            size=size,
            media_type=media_type,
            kind=CopyKind(kind),
            captured_at=captured or "",
            added_at=added or "",
            added_by=by or "",
            pages=_pages(pages),
        )
    except UserError:
        return None


def _pages(raw: object) -> tuple[ArchivedPage, ...]:
    """A web archive's pages from their JSON; anything malformed in it is left out."""
    value = decoded.json_value(raw) if isinstance(raw, str) else None
    if not isinstance(value, list):
        return ()
    pages = []
    for item in value:
        if isinstance(item, list) and len(item) == 3 and all(isinstance(v, str) for v in item):
            pages.append(ArchivedPage(*item))
    return tuple(pages)


def copy_data(project: Project, sha256: str) -> bytes:
    """The bytes of a copy, or a UserError when this project (a share copy) lacks them."""
    row = project.db.conn.execute("select data from blobs where sha256 = ?", [sha256]).fetchone()
    if row is None or not isinstance(row[0], bytes):
        raise UserError(f"The archived copy {sha256[:12]} is not kept in this project.")
    return bytes(row[0])


def find(project: Project, prefix: str) -> ArchivedCopy:
    """The copy whose hash starts with ``prefix`` (at least 8 hex digits), or a UserError."""
    prefix = prefix.strip().lower()
    if len(prefix) < MIN_PREFIX:
        raise UserError(
            f"Give at least {MIN_PREFIX} hex digits of the copy's SHA-256 (see "
            "'workbench evidence copies')."
        )
    found: dict[str, ArchivedCopy] = {}
    for copy in copies(project):
        if copy.sha256.startswith(prefix):
            found.setdefault(copy.sha256, copy)  # the same file kept twice is one file
    if not found:
        raise UserError(f"No archived copy's SHA-256 starts with '{prefix}'.")
    if len(found) > 1:
        raise UserError(f"More than one archived copy's SHA-256 starts with '{prefix}'.")
    return next(iter(found.values()))


def add_copy(
    project: Project,
    evidence_id: str,
    name: str,
    data: bytes,
    *,
    captured_at: str = "",
    pages: tuple[ArchivedPage, ...] = (),
    kind: tuple[CopyKind, str],
    copy_id: str = "",
    added: tuple[str, str] = ("", ""),
) -> ArchivedCopy:
    """Keep ``data`` as an archived copy of a piece of evidence; returns the copy.

    The same file kept twice for one piece of evidence is refused; kept for another
    piece of evidence, its bytes are shared. ``copy_id`` and ``added`` (at, by) put back
    a removed copy as it was (undo).
    """
    project.ensure_writable()
    project.evidence_item(evidence_id)
    if len(data) > limits.MAX_COPY_BYTES:
        raise UserError(
            f"'{name}' is {limits.megabytes(len(data))}; an archived copy may be at most "
            f"{limits.megabytes(limits.MAX_COPY_BYTES)}."
        )
    digest = sha256_hex(data)
    if any(c.sha256 == digest for c in copies(project, evidence_id)):
        raise UserError(f"'{name}' is already kept with this evidence.")
    copy = ArchivedCopy(
        id=copy_id or new_id(),
        evidence_id=evidence_id,
        sha256=digest,
        name=name.replace("\\", "/").rsplit("/", 1)[-1] or "copy",
        size=len(data),
        media_type=kind[1],
        kind=kind[0],
        captured_at=captured_at,
        added_at=added[0] or now_iso(),
        added_by=added[1] or project.reviewer,
        pages=pages,
    )
    with project.db.atomic():
        insert(project.db, copy, data)
        project.record(Action.CREATE, Entity.ARCHIVED_COPY, copy.id, None, copy.record())
        project.ensure_within_limits(f"Keeping '{copy.name}'")
    return copy


def insert(db: Database, copy: ArchivedCopy, data: bytes | None) -> None:
    """Write a copy's row, and its bytes unless they are kept already (or not given)."""
    if data is not None:
        db.conn.execute(
            "insert or ignore into blobs (sha256, size, data) values (?, ?, ?)",
            [copy.sha256, len(data), data],
        )
    db.table("archived_copies").insert(_row(copy), ignore=True)


def _row(copy: ArchivedCopy) -> dict[str, Any]:
    record = copy.record()
    record["id"] = copy.id
    record["pages"] = json.dumps(
        [[p.url, p.title, p.captured_at] for p in copy.pages], ensure_ascii=False
    )
    return record


def remove_copy(project: Project, copy_id: str) -> ArchivedCopy:
    """Remove one archived copy (its bytes too, when nothing else keeps them)."""
    project.ensure_writable()
    found = [c for c in copies(project) if c.id == copy_id]
    if not found:
        raise UserError(f"No archived copy with id '{copy_id}' in this project.")
    with project.db.atomic():
        delete(project, found[0])
    return found[0]


def delete(project: FileProjectBase, copy: ArchivedCopy) -> None:
    """Inside the caller's transaction: delete a copy's row, its unshared bytes, and record it."""
    db = project.db.conn
    db.execute("delete from archived_copies where id = ?", [copy.id])
    db.execute(
        "delete from blobs where sha256 = ? and not exists"
        " (select 1 from archived_copies where sha256 = ?)",
        [copy.sha256, copy.sha256],
    )
    project.record(Action.DELETE, Entity.ARCHIVED_COPY, copy.id, copy.record(), None)


def delete_for_evidence(project: FileProjectBase, evidence_id: str) -> None:
    """Inside the caller's transaction: remove every copy of evidence about to be deleted."""
    for copy in copies(project, evidence_id):
        delete(project, copy)


def kept_size(project: Project) -> int:
    """Bytes of every archived copy kept (each file once)."""
    row = project.db.conn.execute("select ifnull(sum(length(data)), 0) from blobs").fetchone()
    return int(row[0])
