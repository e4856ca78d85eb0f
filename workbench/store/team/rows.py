"""Rows written on the team server: an insert, an update, a blob by its hash, settings."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import psycopg

from workbench.core.model import (
    Document,
    HistoryEvent,
    ProjectSettings,
    sha256_hex,
)
from workbench.store import records


def store_blob(conn: psycopg.Connection, data: bytes) -> str:
    """Keep ``data`` once, by its SHA-256; returns the hash."""
    digest = sha256_hex(data)
    conn.execute(
        "insert into blobs (sha256, data) values (%s, %s) on conflict do nothing", [digest, data]
    )
    return digest


def insert_row(
    conn: psycopg.Connection, table: str, row: Mapping[str, Any], *, ignore: bool = False
) -> None:
    """Insert one row (column names from the model, quoted: ``start``/``end`` are keywords)."""
    names = ", ".join(f'"{k}"' for k in row)
    marks = ", ".join(["%s"] * len(row))
    tail = " on conflict do nothing" if ignore else ""
    conn.execute(
        f"insert into {table} ({names}) values ({marks}){tail}".encode(),
        [records.plain(v) for v in row.values()],
    )


def update_row(
    conn: psycopg.Connection, table: str, row_id: str, values: Mapping[str, Any]
) -> None:
    """Set ``values`` on one row and count the change in its ``row_version``."""
    assignments = ", ".join(f'"{k}" = %s' for k in values)
    conn.execute(
        f"update {table} set {assignments}, row_version = row_version + 1 where id = %s",
        [*map(records.plain, values.values()), row_id],
    )


def insert_document(
    conn: psycopg.Connection, doc: Document, original: bytes | None, *, ignore: bool = False
) -> None:
    """A document row, its original file in the blob store."""
    row = records.document_row(doc, None)
    del row["original"]
    if original is not None:
        row["original_sha256"] = store_blob(conn, original)
    insert_row(conn, "documents", row, ignore=ignore)


def insert_history(conn: psycopg.Connection, event: HistoryEvent) -> None:
    """One history row (kept if it is already there: a sync copies rows by id)."""
    insert_row(conn, "history", records.history_row(event), ignore=True)


def write_settings(conn: psycopg.Connection, settings: ProjectSettings) -> None:
    """Upsert every setting as JSON in ``meta``."""
    for key, value in records.settings_json(settings).items():
        conn.execute(
            "insert into meta (key, value) values (%s, %s)"
            " on conflict (key) do update set value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )
