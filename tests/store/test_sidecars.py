"""Files beside a project: a journal is checked as it would recover before it may recover.

Interrupted writes are made for real, by a child process killed in the middle of a
transaction; planted sidecars are made the same way from a doctored copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.command import Run
from tests.store.conftest import alter
from workbench.core.errors import ProjectFileError
from workbench.store import sidecars
from workbench.store.projectfile import Project

#: A child that opens the project with the real store, and is killed in the middle of a
#: change (a verdict and a big import in one transaction, spilled to the file).
_KILLED_IN_OUR_WRITE = """
import os, signal, sys
from workbench.core.model import ImportedDocument
from workbench.store.projectfile import Project
project = Project.open(sys.argv[1], reviewer="Ada")
project.db.conn.execute("pragma cache_size = 2")
claim = project.claims()[0]
with project.db.atomic():
    project.update_claim(claim.id, status="disputed")
    project.add_document(ImportedDocument(text="word " * 400_000, title="Big", format="txt"))
    os.kill(os.getpid(), signal.SIGKILL)
"""

#: A child that undoes an attacker's trigger in a transaction it never finishes: the
#: journal it leaves puts the trigger back when rolled back.
_KILLED_WHILE_HIDING_A_TRIGGER = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("pragma cache_size = 2")
conn.execute("begin")
conn.execute("drop trigger sqliteXevil")
conn.execute("insert into meta values ('pad', ?)", ["x" * 3_000_000])
os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed(code: str, path: Path) -> None:
    subprocess.run([sys.executable, "-c", code, str(path)], check=False, timeout=120)
    assert sidecars.journal(path).exists()


def _digests(path: Path) -> tuple[str, ...]:
    found = [path, *path.parent.glob(f"{path.name}-*")]
    return tuple(f"{p.name}:{hashlib.sha256(p.read_bytes()).hexdigest()}" for p in sorted(found))


def test_a_hot_journal_is_recognised_by_sqlite_itself(project_path: Path) -> None:
    assert not sidecars.has_hot_journal(project_path)
    _killed(_KILLED_IN_OUR_WRITE, project_path)
    assert sidecars.has_hot_journal(project_path)


def test_our_interrupted_write_reads_as_recovered_and_recovers_when_edited(
    project_path: Path, run: Run
) -> None:
    _killed(_KILLED_IN_OUR_WRITE, project_path)
    before = _digests(project_path)
    result = run("check", project_path)
    assert "was interrupted" in result.stderr and "damaged" not in result.stderr
    assert "1 document(s), 1 claim(s)" in result.stdout
    listed = json.loads(run("claims", project_path, "--json").stdout)
    assert [c["status"] for c in listed["claims"]] == ["unreviewed"]
    assert _digests(project_path) == before, "a read-only command changed the file"
    with Project.open(project_path, read_only=True) as project:
        assert [d.title for d in project.documents()] != ["Big"]
        assert len(project.documents()) == 1
        assert "shown as it will be once recovered" in project.warnings[0]
    assert _digests(project_path) == before
    # The killed writer left its lock too: the user takes it over, as the window offers.
    with Project.open(project_path, reviewer="Ada", take_over=True) as project:
        assert "it was undone" in project.warnings[0]
        assert not sidecars.journal(project_path).exists()
        claim = project.claims()[0]
        assert claim.status.value == "unreviewed" and len(project.documents()) == 1
        project.update_claim(claim.id, status="disputed")
    with Project.open(project_path) as project:
        assert project.warnings == []
        assert project.claims()[0].status.value == "disputed"


def test_a_journal_that_would_install_a_trigger_is_refused_and_nothing_changes(
    project_path: Path, run: Run
) -> None:
    alter(
        project_path,
        """create trigger sqliteXevil after update of status on claims begin
               update claims set status = 'verified' where id = new.id;
           end;""",
    )
    _killed(_KILLED_WHILE_HIDING_A_TRIGGER, project_path)
    before = _digests(project_path)
    for read_only in (False, True):
        with pytest.raises(ProjectFileError, match=r"interrupted.*triggers of its own"):
            Project.open(project_path, read_only=read_only)
    result = run("check", project_path, check_rc=1)
    assert "Nothing was changed" in result.stderr and "Traceback" not in result.stderr
    assert _digests(project_path) == before
    assert sidecars.journal(project_path).exists()


@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
def test_write_ahead_log_sidecars_are_refused_and_kept(
    project_path: Path, suffix: str, run: Run
) -> None:
    sidecar = project_path.with_name(project_path.name + suffix)
    sidecar.write_bytes(os.urandom(4096))
    before = _digests(project_path)
    with pytest.raises(ProjectFileError, match=f"'{sidecar.name}' beside it"):
        Project.open(project_path, read_only=True)
    result = run("claims", project_path, check_rc=1)
    assert "never writes" in result.stderr
    assert _digests(project_path) == before


def test_a_file_switched_to_wal_mode_is_refused(project_path: Path) -> None:
    alter(project_path, "pragma journal_mode = wal")
    before = project_path.read_bytes()
    with pytest.raises(ProjectFileError, match="write-ahead-log mode"):
        Project.open(project_path, read_only=True)
    assert project_path.read_bytes() == before
    assert not project_path.with_name(project_path.name + "-wal").exists()


@pytest.mark.parametrize("kind", ["link to /dev/zero", "fifo", "folder"])
def test_a_journal_that_is_not_a_file_is_refused_without_hanging(
    project_path: Path, kind: str
) -> None:
    journal = sidecars.journal(project_path)
    if kind == "fifo":
        os.mkfifo(journal)
    elif kind == "folder":
        journal.mkdir()
    else:
        journal.symlink_to("/dev/zero")
    with pytest.raises(ProjectFileError, match="is not a journal SQLite wrote"):
        Project.open(project_path, read_only=True)
    assert journal.exists() or journal.is_symlink()


def test_a_project_that_is_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    path = tmp_path / "pipe.factcheck"
    os.mkfifo(path)
    with pytest.raises(ProjectFileError, match="not a regular file"):
        Project.open(path)


def test_a_journal_of_a_write_in_progress_is_not_hot(project_path: Path) -> None:
    """Another program in the middle of a transaction holds a lock: its journal is live."""
    writer = sqlite3.connect(project_path, isolation_level=None)
    try:
        writer.execute("begin immediate")
        writer.execute("insert into meta values ('scratch', '\"x\"')")
        assert sidecars.journal(project_path).exists()
        assert not sidecars.has_hot_journal(project_path)
    finally:
        writer.execute("rollback")
        writer.close()
