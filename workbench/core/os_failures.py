"""What an OSError means to the person at the keyboard, in one line.

A read-only folder, a full disk, a file that vanished, a path that is a folder or a name
too long for the disk reach the program as OSError from wherever they happen (creating
a project, writing a report, taking a lock). They are the user's environment, not a bug,
and every layer that meets them (the store, the report writer, the command line) words
them the same way, from this one table. Plain Python, so ``reports`` may use it without
reaching into the store.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from workbench.core.inert import inert

#: Errors that mean "the disk (or the user's quota, or a file-size limit) is full".
NO_SPACE = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})

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

#: Longest path shown in a message; longer ones are shortened in the middle.
_SHOWN = 80
#: A temporary file written beside its target (``.NAME.HEX.tmp``, see store.files and
#: reports.writing): messages name the target the user chose, not the temporary file.
_TEMPORARY = re.compile(r"\.(?P<target>.+)\.[0-9a-f]{8,}\.tmp")


def shown_path(filename: object) -> str:
    """``filename`` quoted for a message: inert, shortened, the target not its temporary."""
    path = Path(str(filename))
    temporary = _TEMPORARY.fullmatch(path.name)
    if temporary:
        path = path.with_name(temporary["target"])
    text = inert(str(path))
    if len(text) > _SHOWN:
        text = text[: _SHOWN // 2 - 2] + "..." + text[-(_SHOWN // 2 - 2) :]
    return f"'{text}'"


def os_problem(err: OSError, path: object | None = None) -> str:
    """One line saying what ``err`` means, naming ``path`` (else the error's own file)."""
    filename = path if path is not None else err.filename
    name = shown_path(filename) if filename is not None else "a file"
    if err.errno in NO_SPACE:
        return f"There is not enough disk space to write {name}; nothing was changed."
    template = _OS_PROBLEMS.get(err.errno or 0)
    if template:
        return template.format(name=name)
    return f"{name[:1].upper()}{name[1:]} could not be used ({inert(err.strerror or '')})."
