"""Failures of the machine rather than of the program, as one sentence a user can act on.

A read-only folder, a full disk, a file that vanished, a path that is a folder or a name
too long for the disk reach the command line as OSError or as SQLite's OperationalError
from wherever they happen (creating a project, writing a report, taking a lock). They
are the user's environment, not a bug: :func:`environment_problem` names them, and only
what it does not recognise is reported as an internal error.
"""

from __future__ import annotations

import errno
import re
import sqlite3
from pathlib import Path

from workbench.core.inert import inert

_NO_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}

_OS_PROBLEMS = {
    errno.EROFS: "{name} is on a read-only disk; nothing was written.",
    errno.EACCES: "Permission denied for {name}; nothing was written.",
    errno.EPERM: "Permission denied for {name}; nothing was written.",
    errno.ENOENT: "{name} does not exist (was it moved or deleted?); nothing was written.",
    errno.EISDIR: "{name} is a folder, not a file.",
    errno.ENOTDIR: "A part of {name} is not a folder.",
    errno.ENAMETOOLONG: "The name {name} is too long for this disk.",
    errno.EIO: "The disk reported an error for {name}; the change was not saved.",
}

_SQLITE_PROBLEMS = (
    ("full", "The disk is full; the change was not saved. Free some space and retry."),
    ("readonly", "The file cannot be written (read-only disk or folder); nothing was saved."),
    ("disk i/o", "The disk reported an error while writing; the change was not saved."),
    ("locked", "Another program is writing the file; try again in a moment."),
    ("busy", "Another program is writing the file; try again in a moment."),
    (
        "unable to open",
        "The file could not be opened or created (no permission, a read-only disk, or its "
        "folder vanished); nothing was written.",
    ),
)

#: Longest path shown in a message; longer ones are shortened in the middle.
_SHOWN = 80
#: A temporary file written beside its target (``.NAME.HEX.tmp``, see store.files and
#: reports.writing): messages name the target the user chose, not the temporary file.
_TEMPORARY = re.compile(r"\.(?P<target>.+)\.[0-9a-f]{8,}\.tmp")


def _shown(filename: object) -> str:
    path = Path(str(filename))
    temporary = _TEMPORARY.fullmatch(path.name)
    if temporary:
        path = path.with_name(temporary["target"])
    text = inert(str(path))
    if len(text) > _SHOWN:
        text = text[: _SHOWN // 2 - 2] + "..." + text[-(_SHOWN // 2 - 2) :]
    return f"'{text}'"


def environment_problem(err: BaseException) -> str | None:
    """One line saying what went wrong around the program, or None if ``err`` is a bug."""
    if isinstance(err, OSError):
        name = _shown(err.filename) if err.filename is not None else "a file"
        if err.errno in _NO_SPACE:
            return f"There is not enough disk space to write {name}; nothing was changed."
        template = _OS_PROBLEMS.get(err.errno or 0)
        if template:
            return template.format(name=name)
        return f"{name[:1].upper()}{name[1:]} could not be used ({inert(err.strerror or '')})."
    if isinstance(err, sqlite3.OperationalError):
        text = str(err).lower().replace("read-only", "readonly")
        for fragment, message in _SQLITE_PROBLEMS:
            if fragment in text:
                return message
    return None
