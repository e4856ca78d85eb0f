"""Creating and opening a project file: hardened connection, verified schema, migration,
row check.

The steps of :mod:`hardening`, :mod:`migrations` and :mod:`integrity` in the order that
keeps a hostile file from ever being written to before it has been checked.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from workbench.core.errors import ProjectFileError, UserError
from workbench.core.model import ProjectSettings
from workbench.store import files, hardening, integrity, migrations, records, schema, sidecars
from workbench.store.quarantine import Quarantine


def connect_checked(
    path: Path, header: hardening.Header, *, read_only: bool
) -> tuple[sqlite3.Connection, Quarantine]:
    """A hardened connection to a verified (and, if older, migrated) file, and its bad rows."""
    conn = hardening.connect(path, read_only=read_only)
    try:
        with hardening.deadline(conn, path.name):
            hardening.verify(conn, path.name, header)
            if not read_only:
                hardening.tune_for_writing(conn)
                if header.user_version < migrations.SCHEMA_VERSION:
                    migrate(conn, path, header.user_version)
                    schema.check(conn, path.name, migrations.SCHEMA_VERSION)
        if read_only and header.user_version < migrations.SCHEMA_VERSION:
            conn = _migrated_in_memory(conn)
        with hardening.deadline(conn, path.name):
            quarantine = integrity.scan(conn, path.name)
        return conn, quarantine
    except sqlite3.DatabaseError as err:
        conn.close()
        raise ProjectFileError(
            f"'{path.name}' is damaged and cannot be opened ({hardening.detail(err)})."
        ) from None
    except BaseException:
        conn.close()
        raise


@dataclass(slots=True)
class Recovery:
    """A file's interrupted write, rolled back and checked in a private copy."""

    folder: tempfile.TemporaryDirectory[str]
    conn: sqlite3.Connection
    quarantine: Quarantine
    header: hardening.Header

    def close(self) -> None:
        """Close the copy and remove it (the real file is not touched)."""
        self.conn.close()
        self.folder.cleanup()


def check_interrupted(path: Path) -> Recovery | None:
    """None, or the file as it will be once its interrupted write is undone, checked in full.

    Raises ProjectFileError, with nothing changed, when that result would not pass the
    open check: a journal that would install a trigger or damage the file is refused
    like such a file.
    """
    if not sidecars.has_hot_journal(path):
        return None
    folder, copy = sidecars.recovered_copy(path)
    try:
        header = hardening.read_header(copy)
        conn, quarantine = connect_checked(copy, header, read_only=True)
    except ProjectFileError as err:
        folder.cleanup()
        raise ProjectFileError(
            f"The last change to '{path.name}' was interrupted, and undoing it (with "
            f"'{sidecars.journal(path).name}' beside it) would leave a file that cannot be "
            f"used: {err} Nothing was changed; the file and its journal are as they were."
        ) from None
    except BaseException:
        folder.cleanup()
        raise
    return Recovery(folder, conn, quarantine, header)


def connect_recovering(
    path: Path, header: hardening.Header, recovery: Recovery | None, *, read_only: bool
) -> tuple[sqlite3.Connection, Quarantine]:
    """The checked connection: to the recovered copy for a reader (the file stays as it
    is), to the real file, recovered first, for a writer."""
    if recovery and read_only:
        return recovery.conn, recovery.quarantine
    if recovery:
        recovery.close()
        recover(path)
        header = hardening.read_header(path)
    return connect_checked(path, header, read_only=read_only)


def recover(path: Path) -> None:
    """Undo the interrupted write in the real file (after :func:`check_interrupted`)."""
    try:
        sidecars.roll_back(path)
    except sqlite3.Error as err:
        raise ProjectFileError(
            f"The last change to '{path.name}' was interrupted and could not be undone "
            f"({hardening.detail(err)}); open it read-only to see it as it will be."
        ) from None


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
