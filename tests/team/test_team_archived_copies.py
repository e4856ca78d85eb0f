"""Archived copies are not on the team server yet: publishing a project that keeps some
works, and the server refuses new ones in one line rather than dropping them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.team.test_offline_cli import workbench
from workbench.core.errors import UserError
from workbench.store.projectfile import Project
from workbench.store.team.address import parse
from workbench.store.team.project import TeamProject


def test_the_server_refuses_archived_copies_in_one_line(
    tmp_path: Path, admin_url: str, local_project: Path
) -> None:
    with Project.open(local_project, reviewer="Ana") as project:
        [item] = project.evidence()
        project.add_archived_copy(item.id, "page.html", b"<html><p>Saved</p></html>")
    url = f"{admin_url}#copies"
    published = workbench(tmp_path, "team", "publish", local_project, url, "--reviewer", "Ana")
    assert published.returncode == 0, published.stderr
    with TeamProject.open(parse(url), reviewer="Bo") as team:
        assert team.archived_copies() == [] and team.archived_copies_size() == 0
        with pytest.raises(UserError) as refused:
            team.add_archived_copy(item.id, "shot.png", b"\x89PNG")
    message = str(refused.value)
    assert "does not keep archived copies" in message and "\n" not in message
    with Project.open(local_project, read_only=True) as project:
        assert [c.name for c in project.archived_copies()] == ["page.html"]  # kept locally


def test_a_sync_says_which_copies_stay_in_the_file(
    tmp_path: Path, admin_url: str, local_project: Path
) -> None:
    url = f"{admin_url}#copies_sync"
    published = workbench(tmp_path, "team", "publish", local_project, url, "--reviewer", "Ana")
    assert published.returncode == 0, published.stderr
    copy = tmp_path / "train.factcheck"
    taken = workbench(tmp_path, "team", "checkout", url, copy, "--reviewer", "Bo")
    assert taken.returncode == 0, taken.stderr
    with Project.open(copy, reviewer="Bo") as offline:
        [item] = offline.evidence()
        offline.add_archived_copy(item.id, "page.html", b"<html><p>Saved</p></html>")
    synced = workbench(tmp_path, "team", "sync", copy, "--reviewer", "Bo")
    assert synced.returncode == 0, synced.stderr
    assert "note: 1 archived copy of evidence stays in this file only" in synced.stdout
    with Project.open(copy, read_only=True) as offline:
        assert [c.name for c in offline.archived_copies()] == ["page.html"]
