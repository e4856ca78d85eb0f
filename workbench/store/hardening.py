"""Opening a project file someone sent: treat it as untrusted input.

Applies SQLite's guidance for untrusted databases (https://sqlite.org/security.html):
recognise the file by its header before SQLite parses it, ``trusted_schema=OFF``,
defensive mode and triggers/views disabled where the Python build allows
(``Connection.setconfig``, Python 3.12+), tight length limits, the schema compared row by
row with the one this program would have written (:mod:`workbench.store.schema`), then
``quick_check``, all within a deadline. A file that brings a trigger, a view or anything
else of its own is refused before anything is read or written, so it can never run.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.errors import ProjectFileError
from workbench.store import limits, migrations, schema

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True, slots=True)
class Header:
    """What the first 100 bytes of the file say, read without SQLite."""

    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Check the file is a SQLite database made by this program, from its bytes alone."""
    name = path.name
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError
        if not stat.S_ISREG(mode):
            # A FIFO or a device would block or never end: only a plain file is read.
            raise ProjectFileError(f"'{name}' is not a regular file, not a project file.")
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
            size = os.fstat(handle.fileno()).st_size
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
    if size > limits.MAX_FILE_BYTES:
        raise ProjectFileError(
            f"'{name}' is {limits.megabytes(size)}, more than the "
            f"{limits.megabytes(limits.MAX_FILE_BYTES)} a project file may have; it is not opened."
        )
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != migrations.APPLICATION_ID:
        raise ProjectFileError(
            f"'{name}' is a database of another program, not a Fact-check Workbench project."
        )
    if header[18:20] != b"\x01\x01":
        # Write-ahead-log mode: reading would apply (and leave) -wal and -shm files beside it.
        raise ProjectFileError(
            f"'{name}' was switched to write-ahead-log mode by another program, which a "
            "project file never uses; it is not opened. Switch it back with "
            f"sqlite3 '{name}' 'PRAGMA journal_mode=DELETE'."
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
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limits.MAX_VALUE_BYTES)
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


def verify(conn: sqlite3.Connection, name: str, header: Header) -> None:
    """Refuse a damaged or altered file; raise ProjectFileError with what is wrong.

    The schema is compared first: it reads nothing but ``sqlite_master``, and until it is
    known to be ours a scan could evaluate the file's own expressions (a generated column
    is computed for every row by ``quick_check``).
    """
    try:
        schema.check(conn, name, header.user_version)
    except UnicodeDecodeError:  # SQLite's error names a garbled object of the file
        raise ProjectFileError(f"'{name}' is damaged and cannot be opened.") from None
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        raise  # interrupted by the deadline: reported by :func:`deadline`
    except sqlite3.DatabaseError as err:
        raise ProjectFileError(
            f"'{name}' is damaged and cannot be opened ({detail(err)})."
        ) from None
    except UnicodeDecodeError:  # the check's report quotes names garbled in the file
        raise ProjectFileError(f"'{name}' is damaged and cannot be opened.") from None
    if result != [("ok",)]:
        raise ProjectFileError(f"'{name}' is damaged and cannot be opened (failed its check).")


@contextlib.contextmanager
def deadline(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """Give up every statement on ``conn`` once the check has run :data:`CHECK_SECONDS`.

    Whatever a file holds, opening it ends within a bound, with a message, instead of
    holding the command or the window for as long as the file makes SQLite work.
    """
    seconds = limits.CHECK_SECONDS
    end = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > end), 10_000)
    # One long step (the b-tree walk of quick_check) runs no progress handler between
    # its pages; an interrupt from a timer stops it too.
    watchdog = threading.Timer(seconds, conn.interrupt)
    watchdog.daemon = True
    watchdog.start()
    try:
        yield
    except sqlite3.OperationalError as err:
        if "interrupted" not in str(err):
            raise
        raise ProjectFileError(
            f"Checking '{name}' took longer than {seconds:.0f} s, the limit for one file; "
            "it is not opened."
        ) from None
    finally:
        watchdog.cancel()
        conn.set_progress_handler(None, 0)
