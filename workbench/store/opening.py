"""Creating and opening a project file: hardened connection, verified schema, migration,
row check.

The steps of :mod:`hardening`, :mod:`migrations` and :mod:`integrity` in the order that
keeps a hostile file from ever being written to before it has been checked.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from workbench.core.errors import ProjectFileError, UserError
from workbench.core.model import ProjectSettings
from workbench.store import files, hardening, integrity, migrations, records
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
        elif header.user_version < migrations.SCHEMA_VERSION:
            conn = _migrated_in_memory(conn)
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


def _migrated_in_memory(conn: sqlite3.Connection) -> sqlite3.Connection:
    """An older file opened read-only: read through an up-to-date copy in memory.

    The file itself is never written; the program reads only the current schema.
    """
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    conn.backup(memory)
    conn.close()
    hardening.harden(memory)
    memory.text_factory = conn.text_factory
    migrations.apply(Database(memory, execute_plugins=False, recursive_triggers=False))
    return memory


def create_file(path: Path, settings: ProjectSettings) -> None:
    """Build a new project file at ``path`` (which must not exist) with ``settings``.

    The schema is built in a temporary file beside the target and moved into place, so
    the target never exists half-made.
    """
    if path.exists():
        raise UserError(f"'{path.name}' already exists; choose another name.")
    if not path.parent.is_dir():
        raise UserError(f"The folder '{path.parent}' does not exist.")
    tmp = files.temporary_beside(path)
    try:
        conn = sqlite3.connect(tmp)
        hardening.harden(conn)
        hardening.tune_for_writing(conn)
        db = Database(conn, execute_plugins=False, recursive_triggers=False)
        migrations.apply(db)
        with db.atomic():
            records.write_settings(db, settings)
        conn.close()
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise UserError(f"'{path.name}' could not be created: {err.strerror}.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
