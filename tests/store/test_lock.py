"""One writer at a time: the sidecar lock names who holds a file."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

import pytest

from workbench.store.lock import (
    MAX_LOCK_BYTES,
    STALE_AFTER_SECONDS,
    UNREADABLE,
    UNREADABLE_STALE_SECONDS,
    LockHolder,
    ProjectLockedError,
    holder_is_running,
    is_stale,
    lock_path,
    process_identity,
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


def test_a_running_holder_on_this_machine_is_never_stale_however_old(
    project_path: Path,
) -> None:
    with Project.open(project_path, reviewer="Ada Reviewer"):
        long_ago = time.time() - 10 * STALE_AFTER_SECONDS
        os.utime(lock_path(project_path), (long_ago, long_ago))
        holder = read_holder(project_path)
        assert holder is not None and holder.started == process_identity(os.getpid())
        assert not is_stale(project_path, holder)
        with pytest.raises(ProjectLockedError, match="ask them to close it") as info:
            Project.open(project_path, reviewer="Grace", take_over=True)
        assert not info.value.stale
        assert read_holder(project_path) == holder


def test_a_pid_reused_by_a_later_process_does_not_hold_the_lock(project_path: Path) -> None:
    if not process_identity(os.getpid()):
        pytest.skip("process start times cannot be read on this platform")
    reused = LockHolder(
        reviewer="Gone",
        host=socket.gethostname(),
        pid=os.getpid(),
        since="2026-01-01T00:00:00+00:00",
        started="an-earlier-boot/42",
    )
    lock_path(project_path).write_text(json.dumps(asdict(reused)), encoding="utf-8")
    assert read_holder(project_path) == reused
    assert not holder_is_running(reused)
    assert is_stale(project_path, reused)


def test_a_lock_from_an_older_version_without_a_start_time_still_reads(
    project_path: Path,
) -> None:
    lock_path(project_path).write_text(
        json.dumps(
            {
                "reviewer": "Old",
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "since": "2026-01-01T00:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    holder = read_holder(project_path)
    assert holder is not None and holder.started == ""
    assert not is_stale(project_path, holder)  # our own pid is running


@pytest.mark.parametrize("kind", ["symlink", "dangling", "fifo", "folder", "huge", "bytes"])
def test_a_planted_lock_is_read_as_unreadable_without_following_it(
    project_path: Path, tmp_path: Path, kind: str
) -> None:
    lock = lock_path(project_path)
    secret = tmp_path / "secret.json"
    secret.write_text(
        json.dumps({"reviewer": "Leaked", "host": "h", "pid": 1, "since": ""}), encoding="utf-8"
    )
    if kind == "symlink":
        lock.symlink_to(secret)  # a symlink is never followed, even to a valid lock
    elif kind == "dangling":
        lock.symlink_to(tmp_path / "nowhere")
    elif kind == "fifo":
        os.mkfifo(lock)  # opening it for reading would block without O_NONBLOCK
    elif kind == "folder":
        lock.mkdir()
    elif kind == "huge":
        lock.write_text(json.dumps({"reviewer": "x" * (MAX_LOCK_BYTES * 4)}), encoding="utf-8")
    else:
        lock.write_bytes(b"\xff\xfe\x00\x1b[2J")
    assert read_holder(project_path) is UNREADABLE
    assert not is_stale(project_path, UNREADABLE)  # it may be being written right now
    long_ago = time.time() - UNREADABLE_STALE_SECONDS - 5
    os.utime(lock, (long_ago, long_ago), follow_symlinks=False)
    assert is_stale(project_path, UNREADABLE)


def test_what_a_lock_says_is_shown_inert_and_short() -> None:
    holder = LockHolder(
        reviewer="Eve\x1b]52;c;cHduZWQ=\x07\u202eevE" + "x" * 500,
        host="pc\x9b2J",
        pid=1,
        since="not a date\x1b[1m",
    )
    text = holder.describe()
    assert not any(ch in text for ch in "\x1b\x07\x9b\u202e")
    assert "Eve\\x1b]52;c;cHduZWQ=\\x07\\u202eevE" in text and "pc\\x9b2J" in text
    assert len(text) < 400
