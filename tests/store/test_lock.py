"""One writer at a time: the sidecar lock names who holds a file."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.store.lock import (
    STALE_AFTER_SECONDS,
    ProjectLockedError,
    is_stale,
    lock_path,
    read_holder,
)
from workbench.store.projectfile import Project


def test_opening_for_writing_takes_a_lock_naming_the_reviewer(project_path: Path) -> None:
    with Project.open(project_path, reviewer="Ada Reviewer"):
        holder = read_holder(project_path)
        assert holder is not None
        assert (holder.reviewer, holder.host, holder.pid) == (
            "Ada Reviewer",
            socket.gethostname(),
            os.getpid(),
        )
        assert not is_stale(project_path, holder)
    assert read_holder(project_path) is None
    assert not lock_path(project_path).exists()


def test_a_second_writer_is_refused_with_the_holders_name(project_path: Path) -> None:
    with Project.open(project_path, reviewer="Ada Reviewer"):
        with pytest.raises(ProjectLockedError, match="being edited by Ada Reviewer on") as info:
            Project.open(project_path, reviewer="Grace")
        assert not info.value.stale
        with Project.open(project_path, read_only=True) as reader:
            assert reader.read_only and len(reader.claims()) == 1


def test_a_lock_from_another_process_is_respected_until_it_goes_stale(project_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from workbench.store.projectfile import Project\n"
            "p = Project.open(sys.argv[1], reviewer='Other Process')\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(project_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(ProjectLockedError, match="Other Process") as info:
            Project.open(project_path)
        assert not info.value.stale
    finally:
        holder.kill()
        holder.wait()
    # The holder died without releasing: its lock is stale and can be taken over.
    with pytest.raises(ProjectLockedError, match="seems to have stopped") as info:
        Project.open(project_path)
    assert info.value.stale
    with Project.open(project_path, reviewer="Grace", take_over=True) as project:
        assert read_holder(project_path).reviewer == "Grace"  # type: ignore[union-attr]
        assert project.claims()


def test_an_old_lock_from_another_machine_is_stale(project_path: Path) -> None:
    path = lock_path(project_path)
    path.write_text(
        json.dumps(
            {
                "reviewer": "Remote",
                "host": "elsewhere",
                "pid": 1,
                "since": "2026-01-01T00:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    holder = read_holder(project_path)
    assert holder is not None and not is_stale(project_path, holder)
    old = time.time() - STALE_AFTER_SECONDS - 60
    os.utime(path, (old, old))
    assert is_stale(project_path, holder)
    assert "Remote on elsewhere since 01 Jan 2026 00:00 UTC" in holder.describe()


def test_a_garbled_lock_still_counts_as_held(project_path: Path) -> None:
    lock_path(project_path).write_bytes(b"\x00garbage")
    with pytest.raises(ProjectLockedError, match="someone on an unknown machine"):
        Project.open(project_path)
