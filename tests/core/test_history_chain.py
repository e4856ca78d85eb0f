"""The history chain's canonical bytes and how broken links are told apart (pure logic)."""

from __future__ import annotations

import hashlib

import pytest

from workbench.core.history_chain import (
    GENESIS,
    ChainRow,
    breaks,
    canonical_bytes,
    head,
    link_hash,
    row_hash,
)

ROW = ("r1", "2026-12-03T10:00:00.000000+00:00", "Zoë", "update", "claim", "c1", None, '{"a":1}')


def test_the_canonical_bytes_are_netstrings_of_prev_and_the_fields_in_order() -> None:
    data = canonical_bytes(GENESIS, ROW)
    assert data == (
        b"64:" + GENESIS.encode() + b",2:r1,32:2026-12-03T10:00:00.000000+00:00,"
        b'4:Zo\xc3\xab,6:update,5:claim,2:c1,-,7:{"a":1},'
    )  # "Zoë" is 4 bytes in UTF-8: lengths count bytes, not characters
    assert link_hash(GENESIS, ROW) == hashlib.sha256(data).hexdigest()


def test_text_and_its_utf8_bytes_hash_alike_and_null_differs_from_empty() -> None:
    as_bytes = [None if v is None else v.encode() for v in ROW]
    assert link_hash(GENESIS, as_bytes) == link_hash(GENESIS, ROW)
    assert link_hash(GENESIS, (*ROW[:6], "", ROW[7])) != link_hash(GENESIS, ROW)
    fields = ("id", "at", "reviewer", "action", "entity", "entity_id", "before", "after")
    assert row_hash(GENESIS, dict(zip(fields, ROW, strict=True))) == link_hash(GENESIS, ROW)


def test_moving_a_byte_between_fields_changes_the_hash() -> None:
    moved = ("r1x", ROW[1], ROW[2], ROW[3], ROW[4], ROW[5][1:], ROW[6], ROW[7])
    assert link_hash(GENESIS, moved) != link_hash(GENESIS, ROW)
    with pytest.raises(ValueError, match="8 chained fields"):
        canonical_bytes(GENESIS, ROW[:7])


def _chain(count: int) -> list[ChainRow]:
    rows, previous = [], GENESIS
    for n in range(1, count + 1):
        digest = link_hash(previous, (f"r{n}", *ROW[1:]))
        rows.append(ChainRow(n, f"r{n}", "claim", "c1", previous, digest, digest))
        previous = digest
    return rows


def _renumber(rows: list[ChainRow]) -> list[ChainRow]:
    return [
        ChainRow(n, r.row_id, r.entity, r.entity_id, r.prev_hash, r.hash, r.recomputed)
        for n, r in enumerate(rows, start=1)
    ]


def test_an_intact_chain_has_no_breaks_and_its_head_is_the_last_hash() -> None:
    rows = _chain(4)
    assert breaks(rows) == []
    assert head(rows) == rows[-1].hash
    assert head([]) == GENESIS


def test_each_kind_of_tampering_is_named_at_its_row() -> None:
    rows = _chain(5)
    changed = list(rows)
    changed[2] = ChainRow(3, "r3", "claim", "c1", rows[2].prev_hash, rows[2].hash, "f" * 64)
    assert [(b.position, b.kind, b.expected, b.found) for b in breaks(changed)] == [
        (3, "changed", rows[2].hash, "f" * 64)
    ]
    deleted = _renumber(rows[:2] + rows[3:])
    assert [(b.row_id, b.kind) for b in breaks(deleted)] == [("r4", "deleted-before")]
    swapped = _renumber([rows[0], rows[2], rows[1], *rows[3:]])
    kinds = [(b.row_id, b.kind) for b in breaks(swapped)]
    assert kinds[0] == ("r3", "moved") and {row for row, _ in kinds} == {"r2", "r3", "r4"}
    first_moved = _renumber([rows[1], rows[0], *rows[2:]])
    assert ("r1", "moved") in [(b.row_id, b.kind) for b in breaks(first_moved)]
    unchained = [*rows, ChainRow(6, "r6", "claim", "c1", None, None, None)]
    assert [(b.row_id, b.kind) for b in breaks(unchained)] == [("r6", "unchained")]


def test_a_row_inserted_with_a_correct_hash_still_breaks_the_next_link() -> None:
    rows = _chain(3)
    forged_hash = link_hash(rows[0].hash, ("forged", *ROW[1:]))
    forged = ChainRow(0, "forged", "claim", "c1", rows[0].hash, forged_hash, forged_hash)
    inserted = _renumber([rows[0], forged, *rows[1:]])
    assert [(b.row_id, b.kind) for b in breaks(inserted)] == [("r2", "inserted-before")]
