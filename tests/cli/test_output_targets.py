"""``export -o`` never writes over a project: the one it reads, its sidecars, or another.

Each refusal must leave every file exactly as it was (same bytes) and no temporary file
behind, with one clear line and exit 1.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.command import Run, digest, listing, one_line_error


@pytest.fixture
def project(run: Run, tmp_path: Path, sample_article: Path) -> Path:
    path = tmp_path / "p.factcheck"
    run("new", path)
    run("import", path, sample_article)
    return path


def _refused(run: Run, project: Path, target: Path | str, *fragments: str) -> None:
    folder = project.parent
    before = {name: digest(folder / name) for name in listing(folder) if (folder / name).is_file()}
    result = run("export", project, "--format", "html", "-o", target, check_rc=None)
    one_line_error(result, "choose another name", *fragments)
    after = {name: digest(folder / name) for name in listing(folder) if (folder / name).is_file()}
    assert after == before


def test_the_project_itself_is_refused_however_it_is_named(
    run: Run, project: Path, tmp_path: Path
) -> None:
    (tmp_path / "sub").mkdir()
    _refused(run, project, project, "'p.factcheck'")
    _refused(run, project, "p.factcheck", "is the project")
    _refused(run, project, "sub/../p.factcheck", "is the project")
    _refused(run, project, tmp_path / "." / "p.factcheck", "is the project")


def test_the_project_through_a_symlink_or_a_hard_link_is_refused(
    run: Run, project: Path, tmp_path: Path
) -> None:
    (tmp_path / "link.html").symlink_to(project)
    os.link(project, tmp_path / "hard.html")
    (tmp_path / "folder-link").symlink_to(tmp_path, target_is_directory=True)
    _refused(run, project, "link.html", "is the project")
    _refused(run, project, "hard.html", "is the project")
    _refused(run, project, "folder-link/p.factcheck", "is the project")


@pytest.mark.parametrize("sidecar", ["-journal", "-wal", "-shm"])
def test_the_projects_sqlite_sidecars_are_refused_even_before_they_exist(
    run: Run, project: Path, sidecar: str
) -> None:
    # A report written as p.factcheck-journal would be rolled back into the project.
    _refused(run, project, f"p.factcheck{sidecar}", "belongs to it")
    assert not (project.parent / f"p.factcheck{sidecar}").exists()


def test_the_projects_lock_is_refused(run: Run, project: Path) -> None:
    _refused(run, project, ".~lock.p.factcheck#", "belongs to it")
    _refused(run, project, ".~lock.other.factcheck#", "lock file")


def test_another_project_is_refused_by_its_content_whatever_its_name(
    run: Run, project: Path, tmp_path: Path
) -> None:
    shutil.copy(project, tmp_path / "colleague.factcheck")
    shutil.copy(project, tmp_path / "report.html")  # a project saved under a report's name
    (tmp_path / "to-colleague.md").symlink_to(tmp_path / "colleague.factcheck")
    _refused(run, project, "colleague.factcheck", "is a Fact-check Workbench project")
    _refused(run, project, "report.html", "is a Fact-check Workbench project")
    _refused(run, project, "to-colleague.md", "is a Fact-check Workbench project")
    _refused(run, project, "colleague.factcheck-journal", "belongs to the project")


def test_an_old_report_and_foreign_files_are_replaced_as_asked(
    run: Run, project: Path, tmp_path: Path
) -> None:
    old = tmp_path / "report.html"
    old.write_text("last week's report", encoding="utf-8")
    fifo = tmp_path / "named-pipe.html"
    os.mkfifo(fifo)
    assert run("export", project, "--format", "html", "-o", old).stdout.strip() == str(old)
    assert "<html" in old.read_text(encoding="utf-8").lower()
    run("export", project, "--format", "md", "-o", fifo)  # never opened for reading: no hang
    assert fifo.is_file() and not fifo.is_fifo()
    assert listing(tmp_path) == ["named-pipe.html", "p.factcheck", "report.html"]  # no temporaries
