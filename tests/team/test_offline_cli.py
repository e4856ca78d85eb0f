"""The team commands, run as the installed ``workbench`` command: publish, checkout, sync."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.command import workbench_command
from workbench.core.model import Status
from workbench.store.projectfile import Project
from workbench.store.team.address import TeamAddress, parse
from workbench.store.team.project import TeamProject


def workbench(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WORKBENCH_CONFIG_DIR": str(tmp_path / "config")}
    return subprocess.run(
        [*workbench_command(), *map(str, args)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip


def test_publish_checkout_edit_offline_and_sync(
    tmp_path: Path, admin_url: str, local_project: Path
) -> None:
    url = f"{admin_url}#election"
    published = workbench(tmp_path, "team", "publish", local_project, url, "--reviewer", "Ana")
    assert published.returncode == 0, published.stderr
    assert "Published desk.factcheck" in published.stdout

    copy = tmp_path / "train.factcheck"
    taken = workbench(tmp_path, "team", "checkout", url, copy, "--reviewer", "Bo")
    assert taken.returncode == 0, taken.stderr
    with Project.open(copy, reviewer="Bo") as offline:
        claims = offline.claims()
        assert len(claims) == 2 and len(offline.evidence()) == 1
        item = offline.evidence()[0]
        assert offline.evidence_attachment(item.id) == b"\x89PNG picture"
        offline.update_claim(claims[0].id, status="verified", note="checked on the train")
    with TeamProject.open(parse(url), reviewer="Cy") as team:
        team.claims()
        team.update_claim(claims[1].id, status="disputed")

    synced = workbench(tmp_path, "team", "sync", copy, "--reviewer", "Bo")
    assert synced.returncode == 0, synced.stderr
    with TeamProject.open(parse(url)) as team:
        first, second = team.claims()
        assert (first.status, first.note) == (Status.VERIFIED, "checked on the train")
        assert second.status is Status.DISPUTED
        # the attachment is stored once, by its hash, however often it is published
        assert team.conn.execute("select count(*) from blobs").fetchone() == (2,)
    with Project.open(copy) as offline:
        assert offline.claims()[1].status is Status.DISPUTED
    again = workbench(tmp_path, "team", "sync", copy, "--reviewer", "Bo")
    assert again.returncode == 0 and "to the server" not in again.stdout


def test_conflicting_sync_stops_until_a_side_is_chosen(tmp_path: Path, team: TeamAddress) -> None:
    from workbench.core.model import ImportedDocument, new_claim

    with TeamProject.open(team, reviewer="Ana") as project:
        doc = project.add_document(
            ImportedDocument(text="A claim. More.", title="T", format="text")
        )
        claim = project.add_claim(new_claim(doc, 0, 8))
    copy = tmp_path / "copy.factcheck"
    assert (
        workbench(tmp_path, "team", "checkout", team.conninfo + "#" + team.project, copy).returncode
        == 0
    )
    with Project.open(copy, reviewer="Bo") as offline:
        offline.update_claim(claim.id, note="Bo offline")
    with TeamProject.open(team, reviewer="Ana") as project:
        project.claims()
        project.update_claim(claim.id, note="Ana on the server")

    refused = workbench(tmp_path, "team", "sync", copy)
    assert refused.returncode == 1
    assert "1 conflict(s)" in refused.stderr and "Traceback" not in refused.stderr
    kept = workbench(tmp_path, "team", "sync", copy, "--prefer", "mine")
    assert kept.returncode == 0, kept.stderr
    with TeamProject.open(team) as project:
        assert project.claim(claim.id).note == "Bo offline"
        notes = [e.after for e in project.history(claim.id) if e.after and "note" in e.after]
        assert {"note": "Ana on the server"} in notes  # the overruled edit stays in the log


def test_bad_input_is_one_line(tmp_path: Path) -> None:
    plain = tmp_path / "plain.factcheck"
    with Project.create(plain):
        pass
    not_a_copy = workbench(tmp_path, "team", "sync", plain)
    assert not_a_copy.returncode == 1 and "not an offline copy" in not_a_copy.stderr
    unreachable = workbench(tmp_path, "team", "init", "postgresql://u:pw@127.0.0.1:1/d#p")
    assert unreachable.returncode == 1
    assert "Cannot reach" in unreachable.stderr and "pw" not in unreachable.stderr
    assert len(unreachable.stderr.strip().splitlines()) == 1


def test_only_team_commands_load_the_postgresql_driver() -> None:
    import sys

    probe = (
        "import sys; from workbench import app, cli; cli.build_parser();"
        " print('psycopg' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "False"
