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


def _state(project: Project | TeamProject, doc_id: str) -> tuple[object, ...]:
    """What both sides must agree on: the versions, the current one, the claims' numbers."""
    doc = project.document(doc_id)
    versions = [(v.number, v.text) for v in project.versions(doc_id)]
    claims = sorted((c.id, c.version, c.checked_version, c.quote) for c in project.claims(doc_id))
    return versions, (doc.version, doc.text), claims


def _verified(tmp_path: Path, *projects: Path | str) -> None:
    for project in projects:
        checked = workbench(tmp_path, "verify", project)
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_different_new_versions_on_the_server_and_offline_are_both_kept(
    tmp_path: Path, team: TeamAddress
) -> None:
    doc_id, claim_id = _team_with_claim(team)
    with TeamProject.open(team, reviewer="Ana") as project:
        copy = project.save_copy(tmp_path / "train.factcheck")
        project.import_new_version(doc_id, ImportedDocument(SECOND, "Speech", "text"))
        theirs = project.add_claim(new_claim(project.document(doc_id), 52, 78))
    with Project.open(copy, reviewer="Bo") as local:
        local.import_new_version(doc_id, ImportedDocument(THIRD, "Speech", "text"))
        mine = local.add_claim(new_claim(local.document(doc_id), THIRD.index("Others"), len(THIRD)))
        with TeamProject.open(team, reviewer="Bo") as project:
            result = offline.sync(local, project, Side.MINE)
            on_server = _state(project, doc_id)
        in_file = _state(local, doc_id)
    # The server's version 2 keeps its number; the file's own follows it, on both sides.
    assert in_file == on_server
    assert on_server[0] == [(1, FIRST), (2, SECOND), (3, THIRD)]
    assert on_server[1] == (3, THIRD)
    claims = {claim_id: claim for claim_id, *claim in on_server[2]}
    assert claims[mine.id] == [3, 3, "Others agree."]  # on its text, under its new number
    assert claims[claim_id][0] == 3  # carried to THIRD offline ("mine" was chosen)
    assert claims[theirs.id][0] == 3 and claims[theirs.id][2] == SECOND[52:78]
    assert result.renumbered == {doc_id: {2: 3}}
    assert result.notes() == [
        "~ version 2 of document 'Speech' is now version 3: the team server has another"
        " text under that number, and the server's versions keep their numbers"
    ]
    _verified(tmp_path, copy, f"{team.conninfo}#{team.project}")


def test_a_second_sync_after_the_renumbering_changes_nothing(
    tmp_path: Path, team: TeamAddress
) -> None:
    doc_id, _ = _team_with_claim(team)
    with TeamProject.open(team, reviewer="Ana") as project:
        copy = project.save_copy(tmp_path / "train.factcheck")
        project.import_new_version(doc_id, ImportedDocument(SECOND, "Speech", "text"))
    with Project.open(copy, reviewer="Bo") as local:
        local.import_new_version(doc_id, ImportedDocument(THIRD, "Speech", "text"))
        with TeamProject.open(team, reviewer="Bo") as project:
            offline.sync(local, project, Side.MINE)
            before = _state(local, doc_id), _state(project, doc_id)
            again = offline.sync(local, project, None)  # no conflict left to settle
            after = _state(local, doc_id), _state(project, doc_id)
    assert after == before
    assert (again.renumbered, again.notes()) == ({}, [])
    assert again.taken.change_count == again.sent.change_count == 0
    _verified(tmp_path, copy, f"{team.conninfo}#{team.project}")


OFFLINE = FIRST + " Added on the train."
LATER = OFFLINE + " And at the station."


@pytest.mark.parametrize(
    ("on_server", "in_file", "agreed", "moved"),
    [
        ([SECOND, THIRD], [OFFLINE], [FIRST, SECOND, THIRD, OFFLINE], {2: 4}),
        ([SECOND], [OFFLINE, LATER], [FIRST, SECOND, OFFLINE, LATER], {2: 3, 3: 4}),
        # both imported THIRD last: it stays the current text, the highest, on both sides
        ([SECOND, THIRD], [OFFLINE, THIRD], [FIRST, SECOND, THIRD, OFFLINE, THIRD], {2: 4, 3: 5}),
    ],
    ids=["two-on-the-server", "two-offline", "the-same-last-text"],
)
def test_two_new_versions_on_one_side_and_one_on_the_other_agree(
    tmp_path: Path,
    team: TeamAddress,
    on_server: list[str],
    in_file: list[str],
    agreed: list[str],
    moved: dict[int, int],
) -> None:
    doc_id, claim_id = _team_with_claim(team)
    with TeamProject.open(team, reviewer="Ana") as project:
        copy = project.save_copy(tmp_path / "train.factcheck")
        for text in on_server:
            project.import_new_version(doc_id, ImportedDocument(text, "Speech", "text"))
    with Project.open(copy, reviewer="Bo") as local:
        for text in in_file:
            local.import_new_version(doc_id, ImportedDocument(text, "Speech", "text"))
        with TeamProject.open(team, reviewer="Bo") as project:
            result = offline.sync(local, project, Side.MINE)
            server = _state(project, doc_id)
            again = offline.sync(local, project, None)
            assert _state(project, doc_id) == server
        file = _state(local, doc_id)
    assert file == server
    assert server[0] == list(enumerate(agreed, start=1))
    assert server[1] == (len(agreed), agreed[-1])  # the offline copy's last text, the highest
    assert result.renumbered == {doc_id: moved}
    assert len(result.notes()) == len(moved) and again.renumbered == {}
    assert [c[1] for c in server[2] if c[0] == claim_id] == [len(agreed)]
    _verified(tmp_path, copy, f"{team.conninfo}#{team.project}")


def test_team_sync_on_the_command_line_says_what_it_renumbered(
    tmp_path: Path, team: TeamAddress
) -> None:
    doc_id, claim_id = _team_with_claim(team)
    url = f"{team.conninfo}#{team.project}"
    copy = tmp_path / "train.factcheck"
    assert workbench(tmp_path, "team", "checkout", url, copy, "--reviewer", "Bo").returncode == 0
    with TeamProject.open(team, reviewer="Ana") as project:
        project.import_new_version(doc_id, ImportedDocument(SECOND, "Speech", "text"))
    newer = _article(tmp_path, "speech-v3.txt", THIRD)
    imported = workbench(tmp_path, "import", copy, newer, "--new-version-of", doc_id,
                         "--reviewer", "Bo")  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    stopped = workbench(tmp_path, "team", "sync", copy, "--reviewer", "Bo")  # the claim conflicts
    assert stopped.returncode != 0 and "nothing was synced" in stopped.stderr
    with Project.open(copy) as local:  # not renumbered either
        assert [(v.number, v.text) for v in local.versions(doc_id)] == [(1, FIRST), (2, THIRD)]
    synced = workbench(tmp_path, "team", "sync", copy, "--prefer", "theirs", "--reviewer", "Bo")
    assert synced.returncode == 0, synced.stderr
    assert (
        "note: ~ version 2 of document 'Speech' is now version 3: the team server has another"
        " text under that number" in synced.stdout
    )
    assert "from the server: + version 2 of document" in synced.stdout
    assert "to the server: + version 3 of document" in synced.stdout
    with Project.open(copy) as local, TeamProject.open(team) as project:
        assert _state(local, doc_id) == _state(project, doc_id)
        assert [v.text for v in project.versions(doc_id)] == [FIRST, SECOND, THIRD]
        claim = project.claim(claim_id)  # the server's span on SECOND, carried to THIRD
        assert (claim.version, claim.quote) == (3, THIRD[:51])
    again = workbench(tmp_path, "team", "sync", copy, "--reviewer", "Bo")
    assert again.returncode == 0, again.stderr
    assert "note:" not in again.stdout and "to the server" not in again.stdout
    _verified(tmp_path, copy, url)
