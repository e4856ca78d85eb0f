"""Which processes are running, read from Linux's /proc: for tests that no child survives."""

from __future__ import annotations

import os
from pathlib import Path

HAS_PROC = Path("/proc/self/stat").exists()


def running_children(parent: int | None = None) -> set[int]:
    """Running (not zombie) processes whose parent is ``parent`` (default: this process).

    multiprocessing's resource tracker is left out: "spawn" starts one per parent process,
    on first use, and it lives as long as that parent by design.
    """
    parent = os.getpid() if parent is None else parent
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            tracker = b"multiprocessing.resource_tracker" in command
            if int(fields[1]) == parent and fields[0] != "Z" and not tracker:
                found.add(int(entry.name))
    return found
