"""Where a report or a copy may be written: never over a project file or its sidecars.

``workbench export P -o P`` once replaced the project with its own report. A path named
by the user is checked before any work is done, by what the file *is* rather than by its
name: the project itself however it is reached (a symlink, a hard link, another
spelling), its lock, journal and WAL sidecars (a report written as ``P-journal`` would be
rolled back into ``P`` as a "hot journal" the next time it opens), and any other project
file, recognised by its header whatever its name.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from workbench.core.errors import UserError
from workbench.core.inert import inert
from workbench.store.hardening import HEADER_SIZE, SQLITE_MAGIC
from workbench.store.lock import lock_path
from workbench.store.migrations import APPLICATION_ID

#: Files SQLite keeps beside a database while it writes (DELETE journal, WAL mode).
SQLITE_SIDECARS = ("-journal", "-wal", "-shm")


def refuse_project_target(target: Path, project: Path | None = None) -> None:
    """Raise UserError if writing ``target`` would overwrite a project or its sidecars.

    ``project`` is the project the command reads, protected with its sidecars even
    where they do not exist yet.
    """
    name = inert(target.name)
    if project is not None and _is_project_or_sidecar(target, project):
        raise UserError(
            f"'{name}' is the project '{inert(project.name)}' or a file that belongs to it; "
            "choose another name for the output."
        )
    if is_project_file(target):
        raise UserError(
            f"'{name}' is a Fact-check Workbench project; choose another name for the output."
        )
    for suffix in SQLITE_SIDECARS:
        if target.name.endswith(suffix):
            base = target.with_name(target.name[: -len(suffix)])
            if is_project_file(base):
                raise UserError(
                    f"'{name}' belongs to the project '{inert(base.name)}'; "
                    "choose another name for the output."
                )
    if target.name.startswith(".~lock.") and target.name.endswith("#"):
        raise UserError(f"'{name}' is a project's lock file; choose another name for the output.")


def _is_project_or_sidecar(target: Path, project: Path) -> bool:
    protected = [project, lock_path(project)]
    protected += [project.with_name(project.name + suffix) for suffix in SQLITE_SIDECARS]
    here = _spelled(target)
    return any(here == _spelled(path) or _same_file(target, path) for path in protected)


def _spelled(path: Path) -> Path:
    """``path`` with its folder resolved but its last part as written (it may not exist)."""
    return Path(os.path.realpath(path.parent)) / path.name


def _same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` reach the same file (a symlink, a hard link, a bind mount)."""
    try:
        return a.samefile(b)
    except (OSError, ValueError):
        return False


def is_project_file(path: Path) -> bool:
    """True when ``path`` is a regular file that starts like a project file of ours."""
    try:
        header = file_header(path, HEADER_SIZE)
    except (OSError, ValueError):
        return False
    return (
        len(header) == HEADER_SIZE
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def file_header(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of ``path``, read without hanging on what is not a file.

    A FIFO blocks a plain ``open`` until a writer comes, and a symlink to ``/dev/zero``
    or a device never ends: only a regular file (after symlinks) is opened, without
    blocking, checked again once open (it may have been swapped), and only its first
    bytes are read. Anything else raises OSError, whose ``strerror`` says so.
    """
    if not stat.S_ISREG(path.stat().st_mode):
        raise _not_regular(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _not_regular(path)
        return os.read(fd, size)
    finally:
        os.close(fd)


def _not_regular(path: Path) -> OSError:
    return OSError(errno.EINVAL, "it is not a regular file (a folder, pipe or device)", str(path))
