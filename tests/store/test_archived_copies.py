"""Archived copies in the project file: bytes once by SHA-256, history, deletion with their
evidence, share copies without them, damage found, doctored rows left out, and merges."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.store.conftest import alter
from workbench.core.archived import ArchivedPage, CopyKind
from workbench.core.errors import ReadOnlyProjectError, UserError
from workbench.core.merge import Side
from workbench.core.model import Entity, Evidence
from workbench.store import migrations
from workbench.store.merging import apply_merge, prepare_merge
from workbench.store.projectfile import Project
from workbench.store.verification import verify_file

WACZ_BYTES = b"PK\x03\x04 pretend this is a web archive" * 10
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"
PAGES = (ArchivedPage("https://news.example/cpi", "CPI", "2026-03-01T09:30:00Z"),)


def _evidence(project: Project, title: str = "Statistics office") -> Evidence:
    claim = project.claims()[0]
    return project.add_evidence(Evidence(id=f"ev-{title}", claim_id=claim.id, title=title))


def _blobs(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("select count(*) from blobs").fetchone()[0])
    finally:
        conn.close()


def test_a_copy_is_kept_once_by_hash_listed_and_read_back(project: Project) -> None:
    first, second = _evidence(project, "one"), _evidence(project, "two")
    copy = project.add_archived_copy(
        first.id, "dir/capture.wacz", WACZ_BYTES, captured_at="2026-03-01", pages=PAGES
    )
    assert copy.sha256 == hashlib.sha256(WACZ_BYTES).hexdigest()
    assert (copy.name, copy.kind, copy.size, copy.added_by) == (
        "capture.wacz",
        CopyKind.WACZ,
        len(WACZ_BYTES),
        "Ada Reviewer",
    )
    project.add_archived_copy(second.id, "same.wacz", WACZ_BYTES)
    assert [c.name for c in project.archived_copies()] == ["capture.wacz", "same.wacz"]
    assert project.archived_copies(first.id) == [copy]
    assert project.archived_copy_data(copy.sha256) == WACZ_BYTES
    assert project.archived_copies_size() == len(WACZ_BYTES)  # stored once
    assert project.find_archived_copy(copy.sha256[:10]) == copy
    [event] = project.history(copy.id)
    assert event.entity is Entity.ARCHIVED_COPY and event.after is not None
    assert event.after["sha256"] == copy.sha256 and "data" not in event.after
    with pytest.raises(UserError, match="already kept"):
        project.add_archived_copy(first.id, "again.wacz", WACZ_BYTES)
    with pytest.raises(UserError, match="at least 8"):
        project.find_archived_copy(copy.sha256[:4])


def test_removing_the_last_copy_deletes_the_bytes(project: Project) -> None:
    first, second = _evidence(project, "one"), _evidence(project, "two")
    a = project.add_archived_copy(first.id, "a.pdf", PDF)
    b = project.add_archived_copy(second.id, "b.pdf", PDF)
    project.remove_archived_copy(a.id)
    assert project.archived_copy_data(b.sha256) == PDF  # still kept for the other
    project.remove_archived_copy(b.id)
    with pytest.raises(UserError, match="not kept"):
        project.archived_copy_data(b.sha256)
    assert _blobs(project.path) == 0
    restored = project.restore_archived_copy(b, PDF)
    assert restored == b


def test_deleting_evidence_or_its_claim_deletes_its_copies(project: Project) -> None:
    item = _evidence(project)
    project.add_archived_copy(item.id, "a.pdf", PDF)
    project.delete_evidence(item.id)
    assert project.archived_copies() == []
    item = _evidence(project, "again")
    project.add_archived_copy(item.id, "a.pdf", PDF)
    project.delete_claim(item.claim_id)
    assert project.archived_copies() == [] and _blobs(project.path) == 0


def test_a_read_only_project_keeps_nothing(project_path: Path) -> None:
    with Project.open(project_path, read_only=True) as project:
        claim = project.claims()[0]
        with pytest.raises(ReadOnlyProjectError):
            project.add_archived_copy("x", "a.pdf", PDF)
        assert claim is not None


def test_a_file_over_the_limit_is_refused(project: Project, monkeypatch) -> None:
    from workbench.store import limits

    item = _evidence(project)
    monkeypatch.setattr(limits, "MAX_COPY_BYTES", 10)
    with pytest.raises(UserError, match="at most"):
        project.add_archived_copy(item.id, "a.pdf", PDF)
    assert project.archived_copies() == []


def test_a_share_copy_can_leave_the_bytes_out_and_still_cites_them(
    project: Project, tmp_path: Path
) -> None:
    item = _evidence(project)
    copy = project.add_archived_copy(item.id, "a.pdf", PDF + b"0" * 200_000)
    with_copies = project.share_copy(tmp_path / "with.factcheck")
    without = project.share_copy(tmp_path / "without.factcheck", include_copies=False)
    with Project.open(tmp_path / "without.factcheck", read_only=True) as shared:
        assert shared.archived_copies() == [copy]
        assert shared.snapshot().copies == {item.id: (copy,)}
        with pytest.raises(UserError, match="not kept"):
            shared.archived_copy_data(copy.sha256)
    assert verify_file(tmp_path / "without.factcheck").intact
    assert with_copies - without > 190_000  # the 200 KB file is left out
    with Project.open(tmp_path / "with.factcheck", read_only=True) as shared:
        assert shared.archived_copy_data(copy.sha256) == PDF + b"0" * 200_000


def test_changed_bytes_are_found(project_path: Path) -> None:
    with Project.open(project_path) as project:
        copy = project.add_archived_copy(_evidence(project).id, "a.pdf", PDF)
    alter(project_path, "update blobs set data = x'00' || data")
    [problem] = verify_file(project_path).findings
    assert "a.pdf" in problem.subject and problem.expected == copy.sha256


def test_doctored_copy_rows_are_left_out_and_the_file_still_opens(project_path: Path) -> None:
    with Project.open(project_path) as project:
        item = _evidence(project)
        project.add_archived_copy(item.id, "a.pdf", PDF)
        project.add_archived_copy(item.id, "b.png", b"\x89PNG\r\n\x1a\n")
    alter(
        project_path,
        "update archived_copies set kind = 'program' where name = 'a.pdf'",
        "update archived_copies set pages = '[[[[[[' where name = 'b.png'",
    )
    with Project.open(project_path) as project:
        [kept] = project.archived_copies()
        [warning] = project.warnings
    assert kept.name == "b.png" and kept.pages == ()
    assert "1 archived copy" in warning and "a damaged archived copy (1)" in warning


def test_an_older_file_migrates_and_takes_copies(tmp_path: Path) -> None:
    fixture = Path(__file__).parent.parent / "fixtures" / "schema-v2.factcheck"
    path = tmp_path / "old.factcheck"
    shutil.copy(fixture, path)
    with Project.open(path) as project:
        [item] = project.evidence()
        assert project.archived_copies() == []
        project.add_archived_copy(item.id, "a.pdf", PDF)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("pragma user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    finally:
        conn.close()


def _split(project_path: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """Two reviewers' copies of a project whose evidence keeps one copy before the split."""
    with Project.open(project_path) as project:
        item = _evidence(project)
        project.add_archived_copy(item.id, "shared.pdf", PDF)
    theirs = tmp_path / "theirs.factcheck"
    shutil.copy(project_path, theirs)
    return project_path, theirs, item.id


def _merge(mine: Path, theirs: Path) -> None:
    with Project.open(mine) as project:
        source = prepare_merge(project.snapshot(), mine, theirs)
        apply_merge(project, source, Side.MINE)


def test_a_merge_takes_the_union_of_copies_by_hash(project_path: Path, tmp_path: Path) -> None:
    mine, theirs, evidence_id = _split(project_path, tmp_path)
    with Project.open(mine) as project:
        project.add_archived_copy(evidence_id, "mine.png", b"\x89PNG\r\n\x1a\nmine")
        project.add_archived_copy(evidence_id, "same-bytes.wacz", WACZ_BYTES)
    with Project.open(theirs) as project:
        project.reviewer = "Bea"
        project.add_archived_copy(evidence_id, "theirs.png", b"\x89PNG\r\n\x1a\ntheirs")
        project.add_archived_copy(evidence_id, "their-name.wacz", WACZ_BYTES)
    _merge(mine, theirs)
    with Project.open(mine) as project:
        names = sorted(c.name for c in project.archived_copies(evidence_id))
        assert names == ["mine.png", "same-bytes.wacz", "shared.pdf", "theirs.png"]
        theirs_png = next(c for c in project.archived_copies() if c.name == "theirs.png")
        assert project.archived_copy_data(theirs_png.sha256) == b"\x89PNG\r\n\x1a\ntheirs"
    before = mine.read_bytes()
    with Project.open(mine) as project:
        source = prepare_merge(project.snapshot(), mine, theirs)
    assert source.plan.is_empty  # merging the same copy again changes nothing
    assert mine.read_bytes() == before


def test_a_merge_takes_their_removal(project_path: Path, tmp_path: Path) -> None:
    mine, theirs, evidence_id = _split(project_path, tmp_path)
    with Project.open(theirs) as project:
        [shared] = project.archived_copies(evidence_id)
        project.remove_archived_copy(shared.id)
    _merge(mine, theirs)
    with Project.open(mine) as project:
        assert project.archived_copies() == []
    assert _blobs(mine) == 0


def test_a_copy_i_removed_does_not_come_back_from_theirs(
    project_path: Path, tmp_path: Path
) -> None:
    mine, theirs, evidence_id = _split(project_path, tmp_path)
    with Project.open(mine) as project:
        [shared] = project.archived_copies(evidence_id)
        project.remove_archived_copy(shared.id)
    _merge(mine, theirs)
    with Project.open(mine) as project:
        assert project.archived_copies() == []


def test_a_merge_drops_copies_with_their_deleted_evidence(
    project_path: Path, tmp_path: Path
) -> None:
    mine, theirs, evidence_id = _split(project_path, tmp_path)
    with Project.open(theirs) as project:
        project.delete_evidence(evidence_id)
    _merge(mine, theirs)
    with Project.open(mine) as project:
        assert project.evidence() == [] and project.archived_copies() == []
    assert _blobs(mine) == 0
