"""Locks at the command line: crashes, signals, take-over, planted lock files, bad names.

A real ``workbench merge`` is made to hold its project's lock for as long as a test
needs: its output goes to a pipe shrunk to one page that the test does not read, so the
command blocks while printing the plan, inside the lock. Then it is killed (SIGKILL),
stopped (SIGTERM, SIGINT) or left running while others try the file.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.command import Run, ctrl_c_as_in_a_terminal, digest, one_line_error, workbench_command
from workbench.core.model import new_claim
from workbench.store.lock import lock_path, process_identity
from workbench.store.projectfile import Project

PESKOV = "You cannot postpone what has not been scheduled"
#: Characters that must never reach the terminal raw from a lock file.
ACTIVE = ("\x1b", "\x9b", "\x07", "\u202e")


@pytest.fixture
def pair(run: Run, tmp_path: Path, sample_article: Path) -> tuple[Path, str]:
    """A project with the sample article and one claim; returns it and the claim's id."""
    mine = tmp_path / "mine.factcheck"
    run("new", mine)
    document_id = run("import", mine, sample_article).stdout.strip()
    claim_id = run(
        "claim", "add", mine, "--document", document_id, "--quote", PESKOV
    ).stdout.strip()
    return mine, claim_id


def _theirs(mine: Path) -> Path:
    """A colleague's copy with 250 more claims, so that merging it prints a long plan."""
    theirs = mine.with_name("theirs.factcheck")
    shutil.copy(mine, theirs)
    with Project.open(theirs, reviewer="Grace") as project:
        document = project.documents()[0]
        for i in range(250):
            project.add_claim(new_claim(document, i * 7, i * 7 + 60))
    return theirs


class BlockedMerge:
    """``workbench merge MINE THEIRS`` stopped inside MINE's lock, printing its plan."""

    def __init__(self, mine: Path, theirs: Path, env: dict[str, str]) -> None:
        self.reader, writer = os.pipe()
        fcntl.fcntl(writer, fcntl.F_SETPIPE_SZ, 4096)
        with ctrl_c_as_in_a_terminal():
            self.process = subprocess.Popen(
                [
                    *workbench_command(),
                    "merge",
                    str(mine),
                    str(theirs),
                    "--prefer",
                    "theirs",
                    "--reviewer",
                    "Ada Lovelace",
                ],
                stdout=writer,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
        os.close(writer)
        first = os.read(self.reader, 1)  # it has begun printing the plan: inside the lock
        assert first, self.process.communicate()[1]

    def end(self, signum: int) -> tuple[int, str]:
        """Send ``signum``; read what is left of its output; its exit code and stderr."""
        self.process.send_signal(signum)
        while os.read(self.reader, 65536):
            pass
        os.close(self.reader)
        assert self.process.stderr is not None
        stderr = self.process.stderr.read()
        return self.process.wait(timeout=60), stderr


@pytest.fixture
def blocked(pair: tuple[Path, str], cli_env: dict[str, str]) -> Iterator[BlockedMerge]:
    if not hasattr(fcntl, "F_SETPIPE_SZ"):
        pytest.skip("pipes cannot be shrunk on this platform")
    mine, _ = pair
    merge = BlockedMerge(mine, _theirs(mine), cli_env)
    yield merge
    if merge.process.poll() is None:
        merge.end(signal.SIGKILL)


def _lock(project: Path) -> dict[str, object]:
    return json.loads(lock_path(project).read_text(encoding="utf-8"))


def test_a_killed_merge_leaves_a_lock_that_the_cli_takes_over(
    run: Run, pair: tuple[Path, str], blocked: BlockedMerge
) -> None:
    mine, claim_id = pair
    before = digest(mine)
    assert _lock(mine)["reviewer"] == "Ada Lovelace"  # the reviewer, not "Unknown reviewer"
    code, _ = blocked.end(signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert lock_path(mine).exists() and digest(mine) == before
    set_verified = ("claim", "set", mine, claim_id, "--status", "verified", "--reviewer", "Grace")
    one_line_error(run(*set_verified, check_rc=None), "Ada Lovelace", "stopped", "--take-over-lock")
    run(*set_verified, "--take-over-lock")
    assert not lock_path(mine).exists()
    (claim,) = json.loads(run("claims", mine, "--json").stdout)["claims"]  # no half merge
    assert (claim["status"], claim["updated_by"]) == ("verified", "Grace")


@pytest.mark.parametrize(
    ("signum", "code", "said"),
    [
        (signal.SIGTERM, 128 + signal.SIGTERM, "stopped by SIGTERM"),
        (signal.SIGHUP, 128 + signal.SIGHUP, "stopped by SIGHUP"),
        (signal.SIGINT, 130, "interrupted"),
    ],
)
def test_a_stopped_writer_releases_its_lock_and_writes_nothing(
    run: Run,
    pair: tuple[Path, str],
    blocked: BlockedMerge,
    signum: int,
    code: int,
    said: str,
) -> None:
    mine, _ = pair
    before = digest(mine)
    exit_code, stderr = blocked.end(signum)
    assert exit_code == code
    assert stderr.strip().splitlines() == [f"workbench: {said}; any change in progress was undone."]
    assert not lock_path(mine).exists()
    assert digest(mine) == before
    assert run("check", mine).stdout.startswith("mine.factcheck: OK, 1 document(s), 1 claim(s)")


def test_a_running_holder_is_never_taken_over_however_old_its_lock(
    run: Run, pair: tuple[Path, str], blocked: BlockedMerge
) -> None:
    mine, claim_id = pair
    long_ago = time.time() - 3 * 60 * 60
    os.utime(lock_path(mine), (long_ago, long_ago))
    result = run(
        "claim", "set", mine, claim_id, "--note", "mine", "--take-over-lock", check_rc=None
    )
    one_line_error(result, "Ada Lovelace", "ask them to close it")
    assert _lock(mine)["pid"] == blocked.process.pid


def test_a_lock_whose_pid_now_belongs_to_another_process_is_stale(
    run: Run, pair: tuple[Path, str]
) -> None:
    mine, claim_id = pair
    if not process_identity(os.getpid()):
        pytest.skip("process start times cannot be read on this platform")
    lock_path(mine).write_text(
        json.dumps(
            {
                "reviewer": "Crashed Reviewer",
                "host": socket.gethostname(),
                "pid": os.getpid(),  # alive, but not the process that wrote the lock
                "since": "2026-01-01T00:00:00+00:00",
                "started": "another-boot/12345",
            }
        ),
        encoding="utf-8",
    )
    one_line_error(
        run("claim", "set", mine, claim_id, "--note", "n", check_rc=None),
        "Crashed Reviewer",
        "--take-over-lock",
    )
    run("claim", "set", mine, claim_id, "--note", "n", "--take-over-lock")
    assert not lock_path(mine).exists()


def _plant(lock: Path, kind: str) -> None:
    if kind == "symlink to /dev/zero":
        lock.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(lock)
    elif kind == "dangling symlink":
        lock.symlink_to(lock.with_name("nowhere"))
    elif kind == "100 KB of escape codes":
        lock.write_bytes(b"\x1b]52;c;cHduZWQ=\x07\x1b[2J\x9b" * 5000)
    elif kind == "invalid UTF-8":
        lock.write_bytes(b'{"reviewer": "\xff\xfe", "host": "h", "pid": 1, "since": ""}')
    elif kind == "nested JSON":
        lock.write_text("[" * 3000 + "]" * 3000, encoding="utf-8")
    elif kind == "hostile holder":
        lock.write_text(
            json.dumps(
                {
                    "reviewer": "Evil\x1b]52;c;cHduZWQ=\x07\u202eredaeR" + "x" * 1000,
                    "host": "host\x1b[2J\x9b31m",
                    "pid": 10**30,
                    "since": "\x1b[1mnow",
                }
            ),
            encoding="utf-8",
        )


PLANTED = (
    "symlink to /dev/zero",
    "fifo",
    "dangling symlink",
    "100 KB of escape codes",
    "invalid UTF-8",
    "nested JSON",
    "hostile holder",
)


@pytest.mark.parametrize("kind", PLANTED)
def test_a_planted_lock_neither_hangs_nor_reaches_the_terminal_raw(
    run: Run, pair: tuple[Path, str], kind: str
) -> None:
    mine, claim_id = pair
    lock = lock_path(mine)
    _plant(lock, kind)
    before = digest(mine)
    line = one_line_error(
        run("claim", "set", mine, claim_id, "--note", "n", check_rc=None), "is being edited by"
    )
    assert not any(ch in line for ch in ACTIVE)
    assert len(line) < 600
    if kind != "hostile holder":  # unreadable: the line says when it can be taken over
        assert "can be taken over 60 seconds after it was made" in line
    # Once it has been there a while (longer than any holder of ours needs to write one),
    # it can be taken over.
    long_ago = time.time() - 3 * 60 * 60
    os.utime(lock, (long_ago, long_ago), follow_symlinks=False)
    run("claim", "set", mine, claim_id, "--note", "n", "--take-over-lock")
    assert not os.path.lexists(lock)
    assert digest(mine) != before


def test_a_folder_planted_as_the_lock_is_one_line_even_when_taking_over(
    run: Run, pair: tuple[Path, str]
) -> None:
    mine, claim_id = pair
    lock_path(mine).mkdir()
    long_ago = time.time() - 3 * 60 * 60
    os.utime(lock_path(mine), (long_ago, long_ago))
    one_line_error(run("claim", "set", mine, claim_id, "--note", "n", check_rc=None), "someone")
    one_line_error(
        run("claim", "set", mine, claim_id, "--note", "n", "--take-over-lock", check_rc=None),
        "remove it by hand",
    )


@pytest.mark.parametrize(
    "reviewer", ["R" * 121, "Ada\x1b[2J", "Ada\u202eecarG", "Ada\x9b31m", "Ada\x07"]
)
def test_a_bad_reviewer_is_refused_before_the_lock_is_taken(
    run: Run, pair: tuple[Path, str], reviewer: str
) -> None:
    mine, claim_id = pair
    before = digest(mine)
    line = one_line_error(
        run("claim", "set", mine, claim_id, "--note", "n", "--reviewer", reviewer, check_rc=None),
        "reviewer",
    )
    assert not any(ch in line for ch in ACTIVE)
    assert not os.path.lexists(lock_path(mine))
    assert digest(mine) == before
    run("claim", "set", mine, claim_id, "--note", "n", "--reviewer", "Ada")  # not blocked


def test_the_window_releases_its_lock_on_sigterm(
    pair: tuple[Path, str], cli_env: dict[str, str]
) -> None:
    mine, _ = pair
    window = subprocess.Popen(
        [*workbench_command(), str(mine)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env,
    )
    try:
        deadline = time.monotonic() + 90
        while not lock_path(mine).exists() and window.poll() is None:
            assert time.monotonic() < deadline, "the window never opened the project"
            time.sleep(0.1)
        assert window.poll() is None, window.communicate()[1]
        window.send_signal(signal.SIGTERM)
        assert window.wait(timeout=60) == 128 + signal.SIGTERM
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert not lock_path(mine).exists()


def test_a_file_that_fails_after_the_lock_is_taken_does_not_keep_it(
    run: Run, pair: tuple[Path, str]
) -> None:
    mine, claim_id = pair
    conn = sqlite3.connect(mine)  # settings nested far deeper than any parser recurses
    conn.execute("update meta set value = ? where key = 'title'", ["[" * 10**5 + "]" * 10**5])
    conn.commit()
    conn.close()
    result = run("claim", "set", mine, claim_id, "--note", "n", check_rc=None)
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 1
    assert not os.path.lexists(lock_path(mine))
