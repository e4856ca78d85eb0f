"""The sidecar lock that names who is editing a project file.

SQLite's own locks last only for a transaction and cannot be trusted on network or
cloud-synced folders, so a second reviewer opening the same file needs a longer-lived,
human-readable signal: ``.~lock.NAME#`` beside the file (the convention LibreOffice uses,
which sync clients already know to ignore), holding who, where, which process and since
when. It is created with ``O_EXCL``, which is atomic on local disks and on SMB/NFS shares.

A lock is stale only when its holder is known to be gone: on this machine, when its
process has ended (or its pid now belongs to a process started later); from another
machine, which cannot be asked, when it has not been refreshed for
:data:`STALE_AFTER_SECONDS` (an open window refreshes its lock every
:data:`REFRESH_SECONDS`). A live holder on this machine is never stale, however old its
lock. A lock file that cannot be read at all is stale after
:data:`UNREADABLE_STALE_SECONDS` (ours is complete a moment after it is created). Only a
stale lock can be taken over.

The lock file sits in a folder anyone may write to, so it is read as untrusted input: a
symlink, FIFO, device or folder planted under its name is never followed or read, at most
:data:`MAX_LOCK_BYTES` are read, and what it says is shown only through
:func:`~workbench.core.inert.inert`.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from workbench.core.errors import UserError
from workbench.core.inert import inert

#: A lock not refreshed for this long is stale (the holder crashed or lost the share).
STALE_AFTER_SECONDS = 2 * 60 * 60
#: How often an open window refreshes its lock; well inside the stale limit.
REFRESH_SECONDS = 10 * 60
#: A lock file that cannot be read is stale after this long (ours is written at once).
UNREADABLE_STALE_SECONDS = 60
#: The most a lock file is read; ours is about 200 bytes.
MAX_LOCK_BYTES = 4096
#: Longest name or host shown from a lock file in a message.
_SHOWN_CHARACTERS = 120

#: Open flags that never follow a planted symlink nor block on a FIFO (where they exist).
_SAFE_OPEN = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def lock_path(project: Path) -> Path:
    """The lock file beside ``project``."""
    return project.with_name(f".~lock.{project.name}#")


def process_identity(pid: int) -> str:
    """When process ``pid`` started, in this boot (Linux); "" where that cannot be read.

    Recorded in the lock so that a pid reused by a later process (common in containers,
    and after a reboot) is not taken for the holder.
    """
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
        status = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except (OSError, ValueError):
        return ""
    fields = status[status.rfind(")") + 2 :].split()
    return f"{boot}/{fields[19]}" if len(fields) > 19 else ""


def _shown(text: str) -> str:
    text = inert(text)
    return text if len(text) <= _SHOWN_CHARACTERS else text[: _SHOWN_CHARACTERS - 3] + "..."


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a lock, as written in the lock file."""

    reviewer: str
    host: str
    pid: int
    since: str
    #: :func:`process_identity` of the holder's process ("" if unknown, or an older lock).
    started: str = ""

    def describe(self) -> str:
        """ "Jane Doe on laptop-7 since 27 Nov 2026 14:02 UTC", for messages (made inert)."""
        try:
            when = datetime.fromisoformat(self.since).strftime("%d %b %Y %H:%M UTC")
        except ValueError:
            when = self.since
        description = f"{_shown(self.reviewer)} on {_shown(self.host)}"
        return f"{description} since {_shown(when)}" if when else description


#: What an unreadable or garbled lock file is reported as.
UNREADABLE = LockHolder(reviewer="someone", host="an unknown machine", pid=0, since="")


class ProjectLockedError(UserError):
    """Someone else is editing the file; ``holder`` says who, ``stale`` if they seem gone."""

    def __init__(self, project: Path, holder: LockHolder, *, stale: bool) -> None:
        if stale:
            hint = "Their program seems to have stopped; the lock can be taken over."
        elif holder == UNREADABLE:
            hint = (
                "Its lock file cannot be read; if nobody is editing the project, the lock can "
                f"be taken over {UNREADABLE_STALE_SECONDS} seconds after it was made."
            )
        else:
            hint = "Read it meanwhile (read-only), or ask them to close it."
        super().__init__(f"'{inert(project.name)}' is being edited by {holder.describe()}. {hint}")
        self.holder = holder
        self.stale = stale


def _read_lock_bytes(path: Path) -> bytes | None:
    """At most MAX_LOCK_BYTES + 1 of a regular lock file; None if there is no lock.

    Raises ValueError for anything that is not a plain file (a symlink, a FIFO, a
    device, a folder): it still counts as a lock, but is never followed or read.
    """
    try:
        fd = os.open(path, _SAFE_OPEN)
    except FileNotFoundError:
        return None
    except OSError as err:  # ELOOP: a symlink, dangling or not
        raise ValueError(err.strerror) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError("not a regular file")
        return os.read(fd, MAX_LOCK_BYTES + 1)
    finally:
        os.close(fd)


def read_holder(project: Path) -> LockHolder | None:
    """The current holder of ``project``'s lock, or None if it is not locked.

    An unreadable or garbled lock file still counts as a lock (someone may be writing it);
    it is reported as :data:`UNREADABLE`, held by "someone".
    """
    try:
        raw = _read_lock_bytes(lock_path(project))
        if raw is None:
            return None
        if len(raw) > MAX_LOCK_BYTES:
            return UNREADABLE
        data = json.loads(raw.decode("utf-8"))
        return LockHolder(
            reviewer=str(data["reviewer"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            started=str(data.get("started", "")),
        )
    except (
        OSError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        OverflowError,
        RecursionError,
    ):
        return UNREADABLE


def _lock_age(project: Path) -> float:
    """Seconds since the lock file was last written or refreshed (the link itself)."""
    return time.time() - lock_path(project).lstat().st_mtime


def holder_is_running(holder: LockHolder) -> bool:
    """True when ``holder``'s process is running on this machine (its pid not reused)."""
    if holder.host != socket.gethostname() or holder.pid <= 0:
        return False
    try:
        os.kill(holder.pid, 0)
    except PermissionError:
        pass  # running, as another user
    except (OSError, OverflowError, ValueError):
        return False
    current = process_identity(holder.pid)
    return not (holder.started and current and current != holder.started)


def is_stale(project: Path, holder: LockHolder) -> bool:
    """True when the holder is known to be gone (see the module's description)."""
    try:
        age = _lock_age(project)
    except OSError:
        return True
    if holder == UNREADABLE:
        return age > UNREADABLE_STALE_SECONDS
    if holder.host == socket.gethostname() and holder.pid > 0:
        return not holder_is_running(holder)
    return age > STALE_AFTER_SECONDS


def _remove_stale_lock(project: Path) -> None:
    """Remove ``project``'s lock for a take-over; refuse while its holder may be alive."""
    current = read_holder(project)
    if current is None:
        return
    if not is_stale(project, current):
        raise ProjectLockedError(project, current, stale=False)
    path = lock_path(project)
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as err:
        raise UserError(
            f"The lock '{inert(path.name)}' could not be removed ({err.strerror}); "
            "remove it by hand."
        ) from None


class ProjectLock:
    """A held lock on one project file; release it when the file is closed."""

    def __init__(self, project: Path, holder: LockHolder) -> None:
        self.project = project
        self.holder = holder

    @classmethod
    def acquire(cls, project: Path, reviewer: str, *, take_over: bool = False) -> ProjectLock:
        """Take the lock, or raise ProjectLockedError naming the holder.

        ``take_over`` replaces a stale lock the user chose to take over: the old lock file
        is removed and a new one created atomically. A holder that may still be running is
        never displaced; that raises ProjectLockedError as without ``take_over``.
        """
        holder = LockHolder(
            reviewer=reviewer or "Unknown reviewer",
            host=socket.gethostname(),
            pid=os.getpid(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
            started=process_identity(os.getpid()),
        )
        path = lock_path(project)
        if take_over:
            _remove_stale_lock(project)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            current = read_holder(project) or holder
            raise ProjectLockedError(project, current, stale=is_stale(project, current)) from None
        except OSError as err:
            raise _not_lockable(project, err) from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(holder), handle)
        except BaseException as err:  # a full disk, or the user stopped us: leave no lock
            path.unlink(missing_ok=True)
            if isinstance(err, OSError):
                raise _not_lockable(project, err) from None
            raise
        return cls(project, holder)

    def refresh(self) -> None:
        """Show the holder is still there (touch the lock); recreate it if it vanished."""
        path = lock_path(self.project)
        try:  # the lock itself, never what a link planted in its place points to
            os.utime(path, follow_symlinks=os.utime not in os.supports_follow_symlinks)
        except FileNotFoundError:
            with contextlib.suppress(OSError):
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(asdict(self.holder), handle)
        except OSError:
            return

    def release(self) -> None:
        """Remove the lock, if it is still ours."""
        if read_holder(self.project) == self.holder:
            with contextlib.suppress(OSError):
                lock_path(self.project).unlink()


def _not_lockable(project: Path, err: OSError) -> UserError:
    return UserError(f"'{inert(project.name)}' cannot be locked for editing ({err.strerror}).")
