"""SQLite's failures, as messages a journalist can act on.

A full disk, a file that became read-only or is locked by another program, and a file
that turns out damaged mid-read each become one clear sentence; the change in flight is
rolled back by the transaction, so nothing is lost.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from workbench.core.errors import ProjectFileError, UserError
from workbench.store import hardening
from workbench.store.environment import sqlite_problem

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")


def storage_errors(method: Callable[Concatenate[S, P], R]) -> Callable[..., R]:
    """Turn SQLite's environment failures (full disk, vanished file) into UserErrors."""

    @functools.wraps(method)
    def wrapper(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.OperationalError as err:
            message = sqlite_problem(err) or (
                f"The project file could not be used ({hardening.detail(err)}); nothing was lost."
            )
            raise UserError(message) from err
        except sqlite3.DatabaseError as err:
            raise ProjectFileError(
                f"The project file is damaged ({hardening.detail(err)})."
            ) from err

    return wrapper
