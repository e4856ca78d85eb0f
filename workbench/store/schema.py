"""What schema a project file may have: every ``sqlite_master`` row, compared exactly.

SQLite runs a file's own schema: a trigger fires on our writes (on Python 3.11 triggers
cannot be switched off), a generated column is computed on every scan, a view or an
expression index evaluates whatever the file says. So no row of ``sqlite_master`` is left
out of the comparison, whatever its name (``sqlite_%`` in LIKE matches ``sqliteXevil``);
the only internal objects accepted are those SQLite itself creates for our tables, and
they are known exactly because the expected schema is built afresh by our own migrations.
Besides the text of each object (whitespace aside), the shape SQLite actually parsed from
it (``table_xinfo``, ``index_list``, ``index_xinfo``, ``foreign_key_list``) must match, so
a ``writable_schema`` edit that keeps the text plausible is caught as well.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from typing import Any

from sqlite_utils import Database

from workbench.core.errors import ProjectFileError
from workbench.store import migrations

#: (type, name, tbl_name, normalised sql) of one ``sqlite_master`` row.
SchemaRow = tuple[str, str, str, str]

#: The columns every version of the schema must have, for read-only opening of newer files.
REQUIRED_COLUMNS: dict[str, set[str]] = {
    "meta": {"key", "value"},
    "documents": {"id", "title", "text", "format", "page_starts", "imported_at", "version"},
    "document_versions": {"id", "document_id", "number", "text", "page_starts", "imported_at"},
    "claims": {
        "id",
        "document_id",
        "start",
        "end",
        "quote",
        "status",
        "version",
        "checked_version",
        "anchor_state",
        "anchor_score",
        "anchor_old_quote",
    },
    "evidence": {"id", "claim_id", "stance"},
    "history": {"id", "at", "reviewer", "action", "entity", "entity_id"},
    "blobs": {"sha256", "size", "data"},
    "archived_copies": {
        "id",
        "evidence_id",
        "sha256",
        "name",
        "size",
        "media_type",
        "kind",
        "captured_at",
        "added_at",
        "added_by",
        "pages",
    },
}

_SPACE = re.compile(r"\s+")
_AROUND_PUNCTUATION = re.compile(r" ?([(),]) ?")
_AUTOINDEX = re.compile(r"sqlite_autoindex_(.+)_[1-9][0-9]*")
_CHECK = re.compile(r"\bcheck\b", re.IGNORECASE)


def _text(value: object) -> str:
    return value if isinstance(value, str) else repr(value)


def normalised_sql(sql: object) -> str:
    """An object's SQL with insignificant whitespace removed (sqlite-utils' layout varies)."""
    if sql is None:
        return ""
    text = _SPACE.sub(" ", _text(sql)).strip()
    return _AROUND_PUNCTUATION.sub(r"\1", text)


def rows(conn: sqlite3.Connection) -> list[SchemaRow]:
    """Every row of ``sqlite_master``, sorted; duplicates kept (a set would merge them)."""
    found = conn.execute("select type, name, tbl_name, sql from sqlite_master").fetchall()
    return sorted((_text(t), _text(n), _text(tb), normalised_sql(sql)) for t, n, tb, sql in found)


def shape(conn: sqlite3.Connection, schema: list[SchemaRow]) -> list[tuple[Any, ...]]:
    """What SQLite parsed from each table and index: columns, keys, indexes, their columns."""
    parsed: list[tuple[Any, ...]] = []
    for kind, name, _table, _sql in schema:
        if kind == "table":
            for pragma in ("table_xinfo", "index_list", "foreign_key_list"):
                found = conn.execute(f"select * from pragma_{pragma}(?)", (name,)).fetchall()
                parsed.append((pragma, name, *sorted(map(tuple, found), key=repr)))
        elif kind == "index":
            found = conn.execute("select * from pragma_index_xinfo(?)", (name,)).fetchall()
            parsed.append(("index_xinfo", name, *map(tuple, found)))
    return parsed


@functools.lru_cache(maxsize=8)
def expected(version: int) -> tuple[list[SchemaRow], list[tuple[Any, ...]]]:
    """The rows and shape a healthy file of ``version`` has, built afresh in memory."""
    db = Database(memory=True, execute_plugins=False)
    try:
        migrations.apply(db, up_to=version)
        schema = rows(db.conn)
        return schema, shape(db.conn, schema)
    finally:
        db.close()


def check(conn: sqlite3.Connection, name: str, version: int) -> None:
    """Refuse a file whose schema is not exactly the one this program writes at ``version``.

    Reads nothing but the schema, so it is cheap and runs before any scan of the rows.
    """
    schema = rows(conn)
    own = {kind for kind, *_ in schema} & {"trigger", "view"}
    if own:
        raise ProjectFileError(
            f"'{name}' carries {', '.join(sorted(own))}s of its own; it was altered outside "
            "Fact-check Workbench and is not opened, for safety."
        )
    if version > migrations.SCHEMA_VERSION:
        _check_newer(conn, name, schema)
        return
    want_rows, want_shape = expected(version)
    if schema != want_rows or shape(conn, schema) != want_shape:
        raise _altered(name)


def _altered(name: str) -> ProjectFileError:
    return ProjectFileError(
        f"'{name}' has tables that were altered outside Fact-check Workbench; "
        "it is not opened, for safety."
    )


def _check_newer(conn: sqlite3.Connection, name: str, schema: list[SchemaRow]) -> None:
    """A newer version may add tables and columns; nothing that computes or fires.

    Such a file opens read-only, so the rules are those of reading: plain tables, plain
    column indexes, SQLite's own automatic indexes, and the columns this version reads.
    """
    tables = {row[1] for row in schema if row[0] == "table"}
    for kind, object_name, table, sql in schema:
        internal = object_name.lower().startswith("sqlite_")
        if kind not in ("table", "index") or (
            internal and not _autoindex(kind, object_name, table, sql)
        ):
            raise _altered(name)
        if kind == "table" and (sql.upper().startswith("CREATE VIRTUAL") or _CHECK.search(sql)):
            raise _altered(name)
    for item in shape(conn, schema):
        pragma, _object, *found = item
        if pragma == "table_xinfo" and any(column[6] != 0 for column in found):
            raise _altered(name)  # generated (computed) columns
        if pragma == "index_list" and any(entry[4] != 0 for entry in found):
            raise _altered(name)  # partial indexes
        if pragma == "index_xinfo" and any(column[1] == -2 for column in found):
            raise _altered(name)  # indexes on expressions
    for table, needed in REQUIRED_COLUMNS.items():
        have = set()
        if table in tables:
            have = {row[1] for row in conn.execute("select * from pragma_table_info(?)", (table,))}
        if not needed <= have:
            raise ProjectFileError(
                f"'{name}' lacks parts of a project file (table '{table}'); it cannot be opened."
            )


def _autoindex(kind: str, name: str, table: str, sql: str) -> bool:
    """Exactly an index SQLite makes itself for a key of ``table`` (it has no SQL)."""
    match = _AUTOINDEX.fullmatch(name)
    return kind == "index" and not sql and match is not None and match.group(1) == table
