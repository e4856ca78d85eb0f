"""Article versions on the team server: import, diff, roles, checkout and sync carry them."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.team.conftest import login
from tests.team.test_offline_cli import workbench
from workbench.core.errors import ReadOnlyProjectError
from workbench.core.merge import Side
from workbench.core.model import Action, ImportedDocument, new_claim
from workbench.store.projectfile import Project
from workbench.store.team import admin, offline, schema
from workbench.store.team.address import TeamAddress
from workbench.store.team.project import TeamProject

FIRST = "The minister said unemployment fell by 3% last year. Critics disagree strongly."
SECOND = "The minister said unemployment fell by 2% last year. Critics disagree strongly."
THIRD = (
    "The minister said unemployment fell by 2% last year. Critics disagree strongly. Others agree."
)


def _article(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _team_with_claim(team: TeamAddress) -> tuple[str, str]:
    with TeamProject.open(team, reviewer="Ana") as project:
        doc = project.add_document(
            ImportedDocument(text=FIRST, title="Speech", format="text", original=b"v1 file")
        )
        claim = project.add_claim(new_claim(doc, 0, 51))
    return doc.id, claim.id


def test_import_a_new_version_and_diff_it_on_a_team_url(tmp_path: Path, team: TeamAddress) -> None:
    doc_id, claim_id = _team_with_claim(team)
    url = f"{team.conninfo}#{team.project}"
    newer = _article(tmp_path, "speech-v2.txt", SECOND)
    imported = workbench(tmp_path, "import", url, newer, "--new-version-of", doc_id,
                         "--reviewer", "Bo")  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert "'Speech' is now at version 2" in imported.stdout
    with TeamProject.open(team) as project:
        assert [v.text for v in project.versions(doc_id)] == [FIRST, SECOND]
        assert project.version_original(doc_id, 1) == b"v1 file"
        claim = project.claim(claim_id)
        assert (claim.version, claim.anchor_state, claim.quote) == (2, "changed", SECOND[:51])
        assert claim.anchor_old_quote == FIRST[:51]
        accepted = project.accept_anchor(claim_id)
        assert (accepted.anchor_state, accepted.checked_version) == ("", 2)
        switch = [e for e in project.history(doc_id) if e.action is Action.UPDATE]
        assert [(e.reviewer, e.after["version"]) for e in switch] == [("Bo", 2)]
    diff = workbench(tmp_path, "diff", url, doc_id)
    assert diff.returncode == 0, diff.stderr
    assert "Version 1 → 2: 1 change(s)" in diff.stdout
    assert f"touches claim {claim_id}" in diff.stdout


def test_a_reader_cannot_import_a_version_and_a_reviewer_can(team: TeamAddress) -> None:
    doc_id, _ = _team_with_claim(team)
    newer = ImportedDocument(text=SECOND, title="Speech", format="text")
    reader = TeamProject.open(login(team, "vera", "reader"), reviewer="Vera")
    with reader, pytest.raises(ReadOnlyProjectError, match="read-only"):
        reader.import_new_version(doc_id, newer)
    with TeamProject.open(login(team, "rob", "reviewer"), reviewer="Rob") as reviewer:
        assert reviewer.import_new_version(doc_id, newer).number == 2
        assert [v.number for v in reviewer.versions(doc_id)] == [1, 2]
    conn = psycopg.connect(login(team, "rob", "reviewer").conninfo)
    with conn, pytest.raises(psycopg.errors.InsufficientPrivilege):  # the server says no
        conn.execute(f"delete from {team.schema}.document_versions")


def test_a_project_made_before_versions_is_migrated(team: TeamAddress) -> None:
    doc_id, _ = _team_with_claim(team)
    with psycopg.connect(team.conninfo, autocommit=True) as conn:  # as the first release left it
        conn.execute(f"drop table {team.schema}.document_versions")
        conn.execute(f"delete from {team.schema}.schema_steps where name = '0002_versions'")
    assert admin.init(team) == ["0002_versions"]
    with psycopg.connect(team.conninfo) as conn:
        assert "0002_versions" in schema.applied(conn, team)
    with TeamProject.open(login(team, "rita", "reviewer"), reviewer="Rita") as reviewer:
        newer = ImportedDocument(text=SECOND, title="Speech", format="text")
        assert reviewer.import_new_version(doc_id, newer).number == 2


def test_checkout_and_sync_carry_versions_both_ways(tmp_path: Path, team: TeamAddress) -> None:
    doc_id, claim_id = _team_with_claim(team)
    with TeamProject.open(team, reviewer="Ana") as project:
        project.import_new_version(
            doc_id, ImportedDocument(text=SECOND, title="Speech", format="text", original=b"v2")
        )
        copy = project.save_copy(tmp_path / "train.factcheck")
    with Project.open(copy, reviewer="Bo") as local:
        assert [v.text for v in local.versions(doc_id)] == [FIRST, SECOND]
        assert local.document_original(doc_id) == b"v2"
        third = ImportedDocument(text=THIRD, title="Speech", format="text", original=b"v3")
        assert local.import_new_version(doc_id, third).number == 3
        moved = local.claim(claim_id)
        with TeamProject.open(team, reviewer="Bo") as project:
            offline.sync(local, project, Side.MINE)
            assert [v.text for v in project.versions(doc_id)] == [FIRST, SECOND, THIRD]
            assert project.document(doc_id).text == THIRD
            assert project.version_original(doc_id, 2) == b"v2"
            assert project.version_original(doc_id, 3) == b"v3"
            on_server = project.claim(claim_id)
            assert (on_server.version, on_server.start, on_server.quote) == (
                3, moved.start, moved.quote,
            )  # fmt: skip


def test_undoing_a_document_deletion_brings_its_versions_back(team: TeamAddress) -> None:
    doc_id, claim_id = _team_with_claim(team)
    with TeamProject.open(team, reviewer="Ana") as project:
        newer = ImportedDocument(text=SECOND, title="Speech", format="text", original=b"v2")
        project.import_new_version(doc_id, newer)
        removed = project.delete_document(doc_id)
        assert project.documents() == []
        project.restore_document(removed)
        assert [v.text for v in project.versions(doc_id)] == [FIRST, SECOND]
        assert project.version_original(doc_id, 1) == b"v1 file"
        assert project.claim(claim_id).version == 2


def test_different_new_versions_on_the_server_and_offline_are_both_kept(
    tmp_path: Path, team: TeamAddress
) -> None:
    doc_id, claim_id = _team_with_claim(team)
    with TeamProject.open(team, reviewer="Ana") as project:
        copy = project.save_copy(tmp_path / "train.factcheck")
        project.import_new_version(doc_id, ImportedDocument(SECOND, "Speech", "text"))
    with Project.open(copy, reviewer="Bo") as local:
        local.import_new_version(doc_id, ImportedDocument(THIRD, "Speech", "text"))
        with TeamProject.open(team, reviewer="Bo") as project:
            offline.sync(local, project, Side.MINE)
            on_server = [v.text for v in project.versions(doc_id)]
        in_file = [v.text for v in local.versions(doc_id)]
        claim = local.claim(claim_id)
    # Neither text is dropped on either side; each side keeps its own as version 2 and
    # takes the other's as version 3 (README: the numbering is not yet made to agree).
    assert on_server == [FIRST, SECOND, THIRD]
    assert in_file == [FIRST, THIRD, SECOND]
    assert claim.version == 3  # carried to the current text
