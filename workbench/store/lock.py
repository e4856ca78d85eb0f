"""The sidecar lock that names who is editing a project file.

SQLite's own locks last only for a transaction and cannot be trusted on network or
cloud-synced folders, so a second reviewer opening the same file needs a longer-lived,
human-readable signal: ``.~lock.NAME#`` beside the file (the convention LibreOffice uses,
which sync clients already know to ignore), holding who, where, which process and since
when. It is created with ``O_EXCL``, which is atomic on local disks and on SMB/NFS shares.
A lock is stale when its process is gone (same machine) or it has not been refreshed for
:data:`STALE_AFTER_SECONDS`; the window refreshes its lock while it is open.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from workbench.core.errors import UserError

#: A lock not refreshed for this long is stale (the holder crashed or lost the share).
STALE_AFTER_SECONDS = 2 * 60 * 60
#: How often an open window refreshes its lock; well inside the stale limit.
REFRESH_SECONDS = 10 * 60


def lock_path(project: Path) -> Path:
    """The lock file beside ``project``."""
    return project.with_name(f".~lock.{project.name}#")


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a lock, as written in the lock file."""

    reviewer: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        """ "Jane Doe on laptop-7 since 27 Nov 2026 14:02 UTC", for messages."""
        try:
            when = datetime.fromisoformat(self.since).strftime("%d %b %Y %H:%M UTC")
        except ValueError:
            when = self.since
        return f"{self.reviewer} on {self.host} since {when}"


class ProjectLockedError(UserError):
    """Someone else is editing the file; ``holder`` says who, ``stale`` if they seem gone."""

    def __init__(self, project: Path, holder: LockHolder, *, stale: bool) -> None:
        hint = (
            "Their program seems to have stopped; the lock can be taken over."
            if stale
            else "Open it read-only, or ask them to close it."
        )
        super().__init__(f"'{project.name}' is being edited by {holder.describe()}. {hint}")
        self.holder = holder
        self.stale = stale


def read_holder(project: Path) -> LockHolder | None:
    """The current holder of ``project``'s lock, or None if it is not locked.

    An unreadable or garbled lock file still counts as a lock (someone may be writing it);
    it is reported as held by "someone".
    """
    path = lock_path(project)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(
            reviewer=str(data["reviewer"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockHolder(reviewer="someone", host="an unknown machine", pid=0, since="")


def is_stale(project: Path, holder: LockHolder) -> bool:
    """True when the holder's process is gone (same machine) or the lock is old."""
    if holder.host == socket.gethostname() and holder.pid > 0:
        if holder.pid == os.getpid():
            return False
        try:
            os.kill(holder.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
    try:
        age = time.time() - lock_path(project).stat().st_mtime
    except OSError:
        return True
    return age > STALE_AFTER_SECONDS


class ProjectLock:
    """A held lock on one project file; release it when the file is closed."""

    def __init__(self, project: Path, holder: LockHolder) -> None:
        self.project = project
        self.holder = holder

    @classmethod
    def acquire(cls, project: Path, reviewer: str, *, take_over: bool = False) -> ProjectLock:
        """Take the lock, or raise ProjectLockedError naming the holder.

        ``take_over`` replaces a lock the user has confirmed to take over (normally a stale
        one): the old lock file is removed and a new one created atomically.
        """
        holder = LockHolder(
            reviewer=reviewer or "Unknown reviewer",
            host=socket.gethostname(),
            pid=os.getpid(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        path = lock_path(project)
        if take_over:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            current = read_holder(project) or holder
            raise ProjectLockedError(project, current, stale=is_stale(project, current)) from None
        except OSError as err:
            raise UserError(
                f"'{project.name}' cannot be locked for editing ({err.strerror})."
            ) from None
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(holder), handle)
        return cls(project, holder)

    def refresh(self) -> None:
        """Show the holder is still there (touch the lock); recreate it if it vanished."""
        path = lock_path(self.project)
        try:
            os.utime(path)
        except FileNotFoundError:
            with contextlib.suppress(OSError):
                path.write_text(json.dumps(asdict(self.holder)), encoding="utf-8")
        except OSError:
            return

    def release(self) -> None:
        """Remove the lock, if it is still ours."""
        if read_holder(self.project) == self.holder:
            with contextlib.suppress(OSError):
                lock_path(self.project).unlink()
