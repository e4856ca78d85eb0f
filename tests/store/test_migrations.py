"""Every schema version this program ever wrote opens; older ones migrate after a backup.

``tests/fixtures/schema-vN.factcheck`` are small files made by the code of version N and
kept unchanged. When a schema step is added, keep the previous version's fixture.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from workbench.core.model import Status
from workbench.store import migrations
from workbench.store.projectfile import Project

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("schema-v*.factcheck"))


def _version(path: Path) -> int:
    return int(path.stem.removeprefix("schema-v"))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    have = [_version(p) for p in FIXTURES]
    assert have == list(range(1, migrations.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_file_of_every_version_opens_with_its_content(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with Project.open(path, reviewer="Tester") as project:
        assert not project.read_only and project.warnings == []
        (claim,) = project.claims()
        assert (claim.status, claim.rating, claim.claimant) == (
            Status.DISPUTED,
            "Mostly false",
            "The minister",
        )
        assert project.documents()[0].text[claim.start : claim.end] == claim.quote
        assert [e.title for e in project.evidence(claim.id)] == ["CPI release"]
    conn = sqlite3.connect(path)
    assert conn.execute("pragma user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    conn.close()
    backup = path.with_name(f"{path.name}.bak-v{_version(fixture)}")
    if _version(fixture) < migrations.SCHEMA_VERSION:
        assert backup.read_bytes() == fixture.read_bytes()
    else:
        assert not backup.exists()
