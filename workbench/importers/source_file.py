"""Read an article file without trusting it: its size is checked before its bytes are read.

``Path.read_bytes()`` reads whatever is there: a 10 GB file ends in MemoryError, a FIFO
or ``/dev/zero`` never ends. Here the file is opened without blocking, must be a regular
file, is measured with ``fstat`` and then read up to one byte past the limit, so a file
that grows while it is read is caught too.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from workbench.importers.base import ImportFailed

MB = 1024 * 1024

#: ``limit_for(head)``: the most bytes a file starting with ``head`` may have.
LimitFor = Callable[[bytes], int]


def shown_size(size: int) -> str:
    """A size as a person reads it: "740 KB", "16 MB", "10,240 MB"."""
    if size < MB:
        return f"{max(1, round(size / 1024)):,} KB"
    return f"{size / MB:,.1f}".removesuffix(".0") + " MB"


def too_large(name: str, size: int, limit: int) -> ImportFailed:
    """The one message for a file over its size limit."""
    return ImportFailed(
        f"'{name}' is {shown_size(size)}, more than the {shown_size(limit)} an article of "
        "this kind may have, so it was not read (see the import limits in the README)."
    )


#: Opening a FIFO blocks until a writer comes, unless the open is non-blocking (Unix).
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def _open(path: Path) -> int:
    try:
        return os.open(path, os.O_RDONLY | _NONBLOCK)
    except FileNotFoundError:
        raise ImportFailed(f"'{path.name}' does not exist (was it moved or deleted?).") from None
    except IsADirectoryError:
        raise ImportFailed(f"'{path.name}' is a folder, not an article file.") from None
    except OSError as err:
        raise ImportFailed(f"'{path.name}' cannot be read: {err.strerror}.") from None


def read_bounded(path: Path, limit: int, head_bytes: int, limit_for: LimitFor) -> bytes:
    """The file's bytes, refused before they are read when the file is larger than ``limit``
    or than ``limit_for(head)``, the limit of the format its first ``head_bytes`` show (a
    web page may be smaller than a PDF)."""
    fd = _open(path)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ImportFailed(f"'{path.name}' is a folder, not an article file.")
        if not stat.S_ISREG(info.st_mode):
            raise ImportFailed(
                f"'{path.name}' is not an ordinary file (a device or a pipe): "
                "save the article as a file first."
            )
        if info.st_size > limit:
            raise too_large(path.name, info.st_size, limit)
        if _NONBLOCK:
            os.set_blocking(fd, True)
        with os.fdopen(os.dup(fd), "rb") as handle:
            head = handle.read(head_bytes)
            limit = limit_for(head)
            if info.st_size > limit:
                raise too_large(path.name, info.st_size, limit)
            data = head + handle.read(limit + 1 - len(head))
    except OSError as err:
        raise ImportFailed(f"'{path.name}' cannot be read: {err.strerror}.") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise too_large(path.name, len(data), limit)  # it grew while it was read
    return data
