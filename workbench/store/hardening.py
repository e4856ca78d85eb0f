"""Opening a project file someone sent: treat it as untrusted input.

Applies SQLite's guidance for untrusted databases (https://sqlite.org/security.html):
recognise the file by its header before SQLite parses it, ``trusted_schema=OFF``,
defensive mode and triggers/views disabled where the Python build allows
(``Connection.setconfig``, Python 3.12+), tight length limits, ``quick_check``, and a
schema compared object by object with the one this program would have written. A file
that brings a trigger or view of its own is refused before anything is written, so such
an object can never fire.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workbench.core.errors import ProjectFileError
from workbench.store import migrations

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

#: Largest string or blob a project file may hold (an imported original PDF, say).
MAX_VALUE_BYTES = 256 * 1024 * 1024

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
}


@dataclass(frozen=True, slots=True)
class Header:
    """What the first 100 bytes of the file say, read without SQLite."""

    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Check the file is a SQLite database made by this program, from its bytes alone."""
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        raise ProjectFileError(f"'{name}' does not exist (was it moved or deleted?).") from None
    except IsADirectoryError:
        raise ProjectFileError(f"'{name}' is a folder, not a project file.") from None
    except PermissionError:
        raise ProjectFileError(f"You do not have permission to read '{name}'.") from None
    except OSError as err:
        raise ProjectFileError(f"'{name}' cannot be read: {err.strerror}.") from None
    if not header:
        raise ProjectFileError(f"'{name}' is empty: it is not a Fact-check Workbench project.")
    if not header.startswith(SQLITE_MAGIC) or len(header) < HEADER_SIZE:
        raise ProjectFileError(f"'{name}' is not a Fact-check Workbench project file.")
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != migrations.APPLICATION_ID:
        raise ProjectFileError(
            f"'{name}' is a database of another program, not a Fact-check Workbench project."
        )
    return Header(user_version=user_version, application_id=application_id)


def detail(err: BaseException) -> str:
    """SQLite's own words, on one short line: they may quote garbage from a damaged file."""
    text = " ".join(str(err).split())
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= 80 else text[:77] + "..."


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection with every protection this Python build offers switched on."""
    mode = "ro" if read_only else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as err:
        raise ProjectFileError(f"'{path.name}' cannot be opened ({detail(err)}).") from None
    harden(conn)
    # A doctored file may hold bytes that are not UTF-8 in text columns: show them as
    # replacement characters instead of failing every read that touches the row.
    conn.text_factory = _lenient_text
    return conn


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def harden(conn: sqlite3.Connection) -> None:
    """Switch on SQLite's defences for untrusted content on an open connection."""
    setconfig = getattr(conn, "setconfig", None)
    if setconfig is not None:  # Python 3.12+ (the constants are new there too)
        constants: Any = sqlite3
        setconfig(constants.SQLITE_DBCONFIG_DEFENSIVE, True)
        setconfig(constants.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
        setconfig(constants.SQLITE_DBCONFIG_ENABLE_TRIGGER, False)
        setconfig(constants.SQLITE_DBCONFIG_ENABLE_VIEW, False)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 1_000_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    conn.execute("PRAGMA foreign_keys = ON")


def tune_for_writing(conn: sqlite3.Connection) -> None:
    """One file, durable commits, and no deleted text left behind in free pages.

    A document file must never need its sidecars (no WAL), and a file that is e-mailed
    must not carry a note the reviewer deleted (secure_delete zeroes freed content).
    """
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")


def _schema_of(conn: sqlite3.Connection) -> set[tuple[str, str, str, str | None]]:
    rows = conn.execute(
        "select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%'"
    ).fetchall()
    return {(r[0], r[1], r[2], r[3]) for r in rows}


def expected_schema(version: int) -> set[tuple[str, str, str, str | None]]:
    """The schema objects a healthy file of ``version`` has, built afresh in memory."""
    db = Database(memory=True, execute_plugins=False)
    migrations.apply(db, up_to=version)
    schema = _schema_of(db.conn)
    db.close()
    return schema


def verify(conn: sqlite3.Connection, name: str, header: Header) -> None:
    """Refuse a damaged or altered file; raise ProjectFileError with what is wrong."""
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as err:
        raise ProjectFileError(
            f"'{name}' is damaged and cannot be opened ({detail(err)})."
        ) from None
    except UnicodeDecodeError:  # the check's report quotes names garbled in the file
        raise ProjectFileError(f"'{name}' is damaged and cannot be opened.") from None
    if result != [("ok",)]:
        raise ProjectFileError(f"'{name}' is damaged and cannot be opened (failed its check).")
    schema = _schema_of(conn)
    own = {kind for kind, *_ in schema} - {"table", "index"}
    if own:
        raise ProjectFileError(
            f"'{name}' carries {', '.join(sorted(own))}s of its own; it was altered outside "
            "Fact-check Workbench and is not opened, for safety."
        )
    if header.user_version > migrations.SCHEMA_VERSION:
        _verify_columns(conn, name)
        return
    if schema != expected_schema(header.user_version):
        raise ProjectFileError(
            f"'{name}' has tables that were altered outside Fact-check Workbench; "
            "it is not opened, for safety."
        )


def _verify_columns(conn: sqlite3.Connection, name: str) -> None:
    """A newer file may add to the schema, but must keep what this version reads."""
    for table, needed in REQUIRED_COLUMNS.items():
        have = {row[1] for row in conn.execute("select * from pragma_table_info(?)", (table,))}
        if not needed <= have:
            raise ProjectFileError(
                f"'{name}' lacks parts of a project file (table '{table}'); it cannot be opened."
            )
