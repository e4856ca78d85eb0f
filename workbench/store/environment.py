"""Failures of the machine rather than of the program, as one sentence a user can act on.

An OSError (a read-only folder, a full disk, a vanished file: see
:mod:`workbench.core.os_failures`) or SQLite's OperationalError for the same causes is
the user's environment, not a bug: :func:`environment_problem` names them, and only what
it does not recognise is reported as an internal error. :func:`sqlite_problem` is the
SQLite half, which the store's own error translation (``store.failures``) shares.
"""

from __future__ import annotations

import sqlite3

from workbench.core.os_failures import os_problem

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


def environment_problem(err: BaseException) -> str | None:
    """One line saying what went wrong around the program, or None if ``err`` is a bug."""
    if isinstance(err, OSError):
        return os_problem(err)
    if isinstance(err, sqlite3.OperationalError):
        return sqlite_problem(err)
    return None


def sqlite_problem(err: sqlite3.OperationalError) -> str | None:
    """One line for SQLite's environment failures (full, read-only, locked), else None."""
    text = str(err).lower().replace("read-only", "readonly")
    for fragment, message in _SQLITE_PROBLEMS:
        if fragment in text:
            return message
    return None
