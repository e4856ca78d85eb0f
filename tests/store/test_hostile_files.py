"""Opening what someone sent: foreign, damaged, altered or newer files get a clear outcome."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.store.conftest import alter
from workbench.core.errors import ProjectFileError, ReadOnlyProjectError
from workbench.store import migrations
from workbench.store.projectfile import Project


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_random_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.factcheck"
    conn = sqlite3.connect(path)
    conn.execute("create table notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectFileError, match="database of another program"):
        Project.open(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"Just some notes, renamed.\n" * 20, "is not a Fact-check Workbench project file"),
        (b"PK\x03\x04" + b"\x00" * 200, "is not a Fact-check Workbench project file"),
    ],
)
def test_files_that_are_not_sqlite_are_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "notes.factcheck"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match=message):
        Project.open(path)
    assert path.read_bytes() == content


def test_missing_file_and_folder_are_clear(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.open(tmp_path / "gone.factcheck")
    with pytest.raises(ProjectFileError, match="is a folder"):
        Project.open(tmp_path)


def test_a_truncated_project_file_is_refused(project_path: Path) -> None:
    data = project_path.read_bytes()
    project_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectFileError, match="damaged"):
        Project.open(project_path)


def test_a_file_whose_tables_were_altered_is_refused(project_path: Path) -> None:
    alter(project_path, "alter table claims add column sneaky text")
    with pytest.raises(ProjectFileError, match="altered outside"):
        Project.open(project_path)


def test_a_missing_table_is_refused(project_path: Path) -> None:
    alter(project_path, "drop table evidence")
    with pytest.raises(ProjectFileError, match="altered outside"):
        Project.open(project_path)


def test_a_file_carrying_its_own_trigger_is_refused_and_the_trigger_never_fires(
    project_path: Path,
) -> None:
    alter(
        project_path,
        """
        create table fired (at text);
        create trigger evil after insert on history begin
            insert into fired values (datetime('now'));
            delete from claims;
        end;
        """,
    )
    before = _digest(project_path)
    with pytest.raises(ProjectFileError, match="carries triggers of its own"):
        Project.open(project_path)
    assert _digest(project_path) == before
    conn = sqlite3.connect(project_path)
    assert conn.execute("select count(*) from fired").fetchone()[0] == 0
    assert conn.execute("select count(*) from claims").fetchone()[0] == 1
    conn.close()


def test_a_view_shadowing_data_is_refused(project_path: Path) -> None:
    alter(project_path, "create view all_claims as select * from claims")
    with pytest.raises(ProjectFileError, match="carries views of its own"):
        Project.open(project_path)


def test_a_newer_version_opens_read_only_with_a_message(project_path: Path) -> None:
    alter(
        project_path,
        f"pragma user_version = {migrations.SCHEMA_VERSION + 1}",
        "alter table claims add column confidence real",
    )
    with Project.open(project_path) as project:
        assert project.read_only
        assert "newer version" in project.warnings[0]
        assert f"file format {migrations.SCHEMA_VERSION + 1}" in project.warnings[0]
        assert len(project.claims()) == 1
        with pytest.raises(ReadOnlyProjectError):
            project.update_claim(project.claims()[0].id, status="verified")


def test_a_newer_version_missing_what_we_read_is_refused(project_path: Path) -> None:
    alter(
        project_path,
        f"pragma user_version = {migrations.SCHEMA_VERSION + 1}",
        "alter table claims drop column quote",
    )
    with pytest.raises(ProjectFileError, match="lacks parts of a project file"):
        Project.open(project_path)


def test_a_file_without_write_permission_opens_read_only(project_path: Path) -> None:
    project_path.chmod(0o444)
    try:
        import os

        if os.access(project_path, os.W_OK):
            pytest.skip("running as a user who can write read-only files (root)")
        with Project.open(project_path) as project:
            assert project.read_only
            assert "cannot be written" in project.warnings[0]
    finally:
        project_path.chmod(0o644)
