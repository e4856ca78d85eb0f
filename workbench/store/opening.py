"""Opening a project file: hardened connection, verified schema, migration, row check.

The steps of :mod:`hardening`, :mod:`migrations` and :mod:`integrity` in the order that
keeps a hostile file from ever being written to before it has been checked.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from workbench.core.errors import ProjectFileError
from workbench.store import hardening, integrity, migrations
from workbench.store.integrity import Quarantine


def connect_checked(
    path: Path, header: hardening.Header, *, read_only: bool
) -> tuple[sqlite3.Connection, Quarantine]:
    """A hardened connection to a verified (and, if older, migrated) file, and its bad rows."""
    conn = hardening.connect(path, read_only=read_only)
    try:
        hardening.verify(conn, path.name, header)
        if not read_only:
            hardening.tune_for_writing(conn)
            if header.user_version < migrations.SCHEMA_VERSION:
                migrate(conn, path, header.user_version)
        return conn, integrity.scan(conn, path.name)
    except sqlite3.DatabaseError as err:
        conn.close()
        raise ProjectFileError(
            f"'{path.name}' is damaged and cannot be opened ({hardening.detail(err)})."
        ) from None
    except BaseException:
        conn.close()
        raise


def migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Bring an older file up to date, after keeping a copy of it as it was."""
    backup = path.with_name(f"{path.name}.bak-v{version}")
    if not backup.exists():
        shutil.copy2(path, backup)
    db = Database(conn, execute_plugins=False, recursive_triggers=False)
    migrations.apply(db)
