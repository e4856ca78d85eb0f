"""The history's hash chain: how a link is computed, and how a broken chain is described.

Every history row carries ``prev_hash`` (the ``hash`` of the row recorded just before it,
or :data:`GENESIS` for the first) and ``hash``, the SHA-256 of the row's canonical bytes.
Changing, deleting, inserting or reordering a row then breaks a link that anyone can
recompute, and the last row's hash (the *head*, printed in every report) pins the whole
history as it was when the report was made.

The canonical bytes are deliberately simple, so that a few lines of any language (and a
PostgreSQL trigger) compute the same thing. They are the concatenation, in this order, of
``prev_hash`` and the row's fields :data:`CHAINED_FIELDS`, each written as a *netstring*:
the number of bytes of its UTF-8 encoding in ASCII decimal, ``:``, the bytes, ``,``
(``"Ada"`` is ``3:Ada,``; the empty string is ``0:,``). A NULL field is written ``-,``.
``before`` and ``after`` are hashed as the JSON text stored in the row, byte for byte;
nothing is re-encoded. ``hash`` is the lowercase hex SHA-256 of those bytes. In Python::

    def netstring(v): return b"-," if v is None else b"%d:%s," % (len(v), v)
    data = b"".join(netstring(None if f is None else f.encode()) for f in [prev, *fields])
    hash = hashlib.sha256(data).hexdigest()

This module is pure: the store supplies the rows (as stored bytes), in the order they
were recorded, and says where each one sits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

#: The ``prev_hash`` of the first row of a chain.
GENESIS = "0" * 64

#: The row's fields that are hashed, in this order (after ``prev_hash``).
CHAINED_FIELDS = ("id", "at", "reviewer", "action", "entity", "entity_id", "before", "after")

#: A field as stored: text, its UTF-8 bytes, or NULL.
Value = str | bytes | None


def _netstring(value: Value) -> bytes:
    if value is None:
        return b"-,"
    raw = value.encode("utf-8") if isinstance(value, str) else value
    return b"%d:%s," % (len(raw), raw)


def canonical_bytes(prev_hash: Value, values: Sequence[Value]) -> bytes:
    """The bytes a row's hash is taken over: ``prev_hash`` and the fields as netstrings."""
    if len(values) != len(CHAINED_FIELDS):
        raise ValueError(f"a history row has {len(CHAINED_FIELDS)} chained fields")
    return b"".join(_netstring(value) for value in (prev_hash, *values))


def link_hash(prev_hash: Value, values: Sequence[Value]) -> str:
    """The ``hash`` of a row whose fields are ``values`` (in :data:`CHAINED_FIELDS` order)."""
    return hashlib.sha256(canonical_bytes(prev_hash, values)).hexdigest()


def row_hash(prev_hash: str, row: Mapping[str, Value]) -> str:
    """The ``hash`` of a history row given as a mapping of its stored column values."""
    return link_hash(prev_hash, [row[name] for name in CHAINED_FIELDS])


@dataclass(frozen=True, slots=True)
class ChainRow:
    """One stored history row as the verifier reads it, in recording order.

    ``recomputed`` is the hash of the row's stored content over its stored ``prev_hash``
    (None when the content cannot be hashed: a doctored value that is not text).
    """

    position: int
    row_id: str
    entity: str
    entity_id: str
    prev_hash: str | None
    hash: str | None
    recomputed: str | None


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """A row whose link does not hold, with what was expected and what was found."""

    position: int
    row_id: str
    entity: str
    entity_id: str
    kind: str
    message: str
    expected: str
    found: str


def head(rows: Sequence[ChainRow]) -> str:
    """The hash of the last row (:data:`GENESIS` for an empty history)."""
    return (rows[-1].hash or "") if rows else GENESIS


def breaks(rows: Sequence[ChainRow]) -> list[ChainBreak]:
    """Every row whose own hash or whose link to the row before it does not hold.

    A changed row fails its own hash. A deleted row leaves its successor pointing at a
    hash no row has; an inserted row is followed by a row pointing further back; a moved
    row points at a row that now comes after it (or, once first, is no longer first).
    """
    where = {row.hash: row for row in rows if row.hash}
    found: list[ChainBreak] = []
    previous = GENESIS
    for row in rows:
        found.extend(_own_breaks(row))
        if row.prev_hash is not None and row.prev_hash != previous:
            found.append(_link_break(row, previous, where.get(row.prev_hash)))
        previous = row.hash or ""
    return found


def _own_breaks(row: ChainRow) -> list[ChainBreak]:
    if row.hash is None or row.prev_hash is None:
        why = "it has no hash: it was added outside the program"
        return [_break(row, "unchained", why, "a hash", "none")]
    if row.recomputed is None:
        return [_break(row, "changed", "it holds a value that is not text", row.hash, "?")]
    if row.recomputed != row.hash:
        return [
            _break(
                row,
                "changed",
                "its content was changed after it was recorded",
                row.hash,
                row.recomputed,
            )
        ]
    return []


def _link_break(row: ChainRow, previous: str, target: ChainRow | None) -> ChainBreak:
    assert row.prev_hash is not None
    if row.prev_hash == GENESIS:
        why = "it was recorded first but now comes later: rows were inserted or moved before it"
        return _break(row, "moved", why, row.prev_hash, previous)
    if target is None:
        why = "the row recorded just before it is gone: a row was deleted"
        return _break(row, "deleted-before", why, row.prev_hash, previous)
    if target.position > row.position:
        why = f"it was recorded after row {target.position} (id {target.row_id}): rows moved"
        return _break(row, "moved", why, row.prev_hash, previous)
    why = (
        f"it was recorded right after row {target.position} (id {target.row_id}):"
        " the rows between were inserted or moved there"
    )
    return _break(row, "inserted-before", why, row.prev_hash, previous)


def _break(row: ChainRow, kind: str, message: str, expected: str, found: str) -> ChainBreak:
    return ChainBreak(
        row.position, row.row_id, row.entity, row.entity_id, kind, message, expected, found
    )
