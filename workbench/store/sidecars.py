"""The files SQLite keeps beside a database, looked at before SQLite is let near it.

SQLite applies a hot ``-journal`` (rolls it back into the file) on the first connection
that may write, and reads a ``-wal`` on any connection: both happen before a single
statement of ours runs, so a file that arrives clean with a crafted sidecar beside it
could be rewritten (a trigger installed, a verdict changed) before it is checked.

- ``-wal`` and ``-shm``: a project file never uses write-ahead logging, so they are not
  ours. The file is refused and the sidecars are left where they are.
- ``-journal``: a hot one is what an interrupted write of ours leaves (a crash, a power
  cut), and recovering it is SQLite's job. Whether it is hot is asked of SQLite itself: a
  read-only connection refuses to read past a hot journal (``SQLITE_READONLY_ROLLBACK``)
  and never rolls it back. A hot journal is then rolled back in a private copy of file and
  journal, and the result is checked in full (:func:`recovered_copy`). Only if it passes
  may the real file be recovered (a writable open), or the copy be read in its place (a
  read-only open, which must not change the file).
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

from workbench.core.errors import ProjectFileError
from workbench.store import limits

_READONLY_ROLLBACK = 776  # SQLITE_READONLY_ROLLBACK: a hot journal a reader cannot apply


def journal(path: Path) -> Path:
    """The rollback journal SQLite keeps beside ``path`` during a write."""
    return path.with_name(path.name + "-journal")


def refuse_foreign(path: Path) -> None:
    """Refuse a file with write-ahead-log sidecars, which no project file of ours leaves."""
    found = [
        sidecar.name
        for sidecar in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
        if sidecar.exists() or sidecar.is_symlink()
    ]
    if found:
        raise ProjectFileError(
            f"'{path.name}' has {' and '.join(repr(n) for n in found)} beside it, files "
            "Fact-check Workbench never writes (another program, or someone, put them "
            "there); it is not opened. Move them away to open the file as it is."
        )


def has_hot_journal(path: Path) -> bool:
    """Whether SQLite would roll back a journal beside ``path`` on the next write.

    Asked of a read-only connection, which stops at a hot journal without applying it;
    a journal another program is writing right now is not hot and reads fine.
    """
    sidecar = journal(path)
    try:
        found = sidecar.lstat()
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(found.st_mode) or found.st_size > limits.MAX_FILE_BYTES:
        # A link, a FIFO or a device would be followed, block or never end.
        raise ProjectFileError(
            f"'{sidecar.name}' beside '{path.name}' is not a journal SQLite wrote; "
            "the project is not opened. Move it away to open the file as it is."
        )
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False  # the open check that follows reports what is wrong
    try:
        probe.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.Error as err:
        return getattr(err, "sqlite_errorcode", None) == _READONLY_ROLLBACK
    finally:
        probe.close()
    return False


def recovered_copy(path: Path) -> tuple[tempfile.TemporaryDirectory[str], Path]:
    """File and journal copied into a private folder and rolled back there.

    Returns the folder (remove it with ``cleanup()``) and the recovered copy's path; the
    real file and its journal are not touched.
    """
    folder = tempfile.TemporaryDirectory(prefix="workbench-recovery-")
    copy = Path(folder.name) / path.name
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(journal(path), journal(copy))
        roll_back(copy)
    except (OSError, sqlite3.Error) as err:
        folder.cleanup()
        raise ProjectFileError(
            f"The last change to '{path.name}' was interrupted, and it could not be "
            f"recovered in a private copy ({err}); the file is not opened and nothing was "
            "changed."
        ) from None
    return folder, copy


def roll_back(path: Path) -> None:
    """Let SQLite apply the hot journal beside ``path`` (its first read does), nothing else.

    The connection runs no statement of the file's schema: reading ``sqlite_master``'s
    page count is enough for SQLite to recover the file.
    """
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA page_count").fetchone()
    finally:
        conn.close()
