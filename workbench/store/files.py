"""Files written beside the project: temporary files, atomic replacement, copies.

Nothing here ever leaves a half-written file where the user will look: every file is
written under a temporary name in the same folder and moved into place only when
complete (a rename within one folder is atomic).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from workbench.core.errors import UserError


def temporary_beside(path: Path) -> Path:
    """An empty temporary file next to ``path``, with the permissions a new file gets.

    mkstemp would make it private (0600); a project on a shared drive must be readable by
    colleagues like any other file the user saves there, so it is created with 0666 and
    the user's umask decides (as for any file a program saves).
    """
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return tmp
    raise UserError(f"No temporary file could be made beside '{path.name}'.")


@contextlib.contextmanager
def atomic_target(destination: Path) -> Iterator[Path]:
    """A temporary path beside ``destination`` that replaces it only if all went well."""
    if not destination.parent.is_dir():
        raise UserError(f"The folder '{destination.parent}' does not exist.")
    tmp = temporary_beside(destination)
    try:
        yield tmp
        tmp.replace(destination)
    finally:
        tmp.unlink(missing_ok=True)


def backup_copy(conn: sqlite3.Connection, destination: Path) -> Path:
    """A consistent copy of ``conn``'s database (SQLite's backup API), written atomically."""
    with atomic_target(destination) as tmp:
        target = sqlite3.connect(tmp)
        try:
            conn.backup(target)
        finally:
            target.close()
    return destination


def compact_copy(
    conn: sqlite3.Connection,
    destination: Path,
    *,
    include_originals: bool,
    include_copies: bool = True,
) -> int:
    """A compact copy (``VACUUM INTO``), optionally without imported files or archived
    copies' bytes; its size.

    VACUUM rebuilds every page, so nothing deleted earlier (an old note, a removed claim)
    lingers in the copy's free pages.
    """
    with atomic_target(destination) as tmp:
        tmp.unlink()  # VACUUM INTO wants to create the file itself
        # VACUUM INTO attaches its target; attaching stays off at all other times.
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 1)
        try:
            conn.execute("VACUUM INTO ?", [str(tmp)])
        finally:
            conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        if not (include_originals and include_copies):
            copy = sqlite3.connect(tmp)  # our own fresh copy: no hardening needed
            try:
                if not include_originals:
                    copy.execute("update documents set original = null")
                    copy.execute("update evidence set attachment = null")
                if not include_copies:
                    copy.execute("delete from blobs")
                copy.commit()
                copy.execute("VACUUM")
            finally:
                copy.close()
    return destination.stat().st_size
