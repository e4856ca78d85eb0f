"""Writing a report to disk so that a failure never costs the user a good file.

The bytes go to a temporary file beside the target (same folder, so the final rename
stays on one file system and is atomic), are flushed to disk, and only then replace the
target. A full disk, a crash or a cancel leaves any existing report exactly as it was
and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from workbench.core.errors import UserError
from workbench.core.os_failures import os_problem

#: ``progress(done, total)``: called as the export moves on (render, then write).
Progress = Callable[[int, int], None]
#: ``cancelled()``: polled between steps; True stops the export before it writes anything.
Cancelled = Callable[[], bool]


class ExportError(UserError):
    """A report could not be made or written; the message says why in one sentence."""


class ExportCancelled(UserError):
    """The user cancelled an export; nothing was written."""


def check_target(target: Path) -> None:
    """Refuse a target that cannot be a report file, before any work is done."""
    if target.is_dir():
        raise ExportError(f"'{target}' is a folder; choose a file name for the report.")
    if not target.parent.is_dir():
        raise ExportError(f"The folder '{target.parent}' does not exist.")


def write_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` via a synced temporary file and an atomic replace."""
    check_target(target)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        # 0o666 minus the umask, like any file the user saves (mkstemp would force 0o600).
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(target)
    except OSError as err:
        raise ExportError(os_problem(err, target)) from None
    finally:
        temporary.unlink(missing_ok=True)
    _sync_folder(target.parent)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows (POSIX folders)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
