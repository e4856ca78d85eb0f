"""The team server computes the history chain itself; Python's verify agrees with it.

Real PostgreSQL (the session's throwaway cluster): the trigger's hashes are recomputed by
the same Python code that verifies files, clients cannot forge a link or a time, rows
written concurrently still form one chain, and checkout and sync leave both sides
verifiable.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import psycopg

from tests.command import Run
from tests.team.conftest import login
from workbench.cli_verify import VERIFY_CHANGED
from workbench.core.history_chain import GENESIS, row_hash
from workbench.core.merge import Side
from workbench.core.model import ImportedDocument, Status, new_claim
from workbench.store.projectfile import Project
from workbench.store.team import offline, schema
from workbench.store.team.address import TeamAddress
from workbench.store.team.project import TeamProject
from workbench.store.team.verification import verify_team
from workbench.store.verification import verify_file

TEXT = "The minister said inflation fell to 2 per cent in March; «ça baisse», says Zoë. 😀\n"
_COLUMNS = ("id", "at", "reviewer", "action", "entity", "entity_id", "before", "after")


def _server_rows(team: TeamAddress) -> list[dict[str, str | None]]:
    with psycopg.connect(team.conninfo) as conn:
        names = (*_COLUMNS, "prev_hash", "hash")
        rows = conn.execute(
            f"select {', '.join(names)} from {team.schema}.history order by seq"
        ).fetchall()
    return [dict(zip(names, row, strict=True)) for row in rows]


def _assert_python_agrees(team: TeamAddress) -> None:
    previous = GENESIS
    rows = _server_rows(team)
    assert rows
    for row in rows:
        assert row["prev_hash"] == previous
        assert row["hash"] == row_hash(previous, row)
        previous = str(row["hash"])


def test_the_servers_links_are_the_ones_python_computes(team: TeamAddress, run: Run) -> None:
    with TeamProject.open(team, reviewer="Zoë") as project:
        doc = project.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        claim = project.add_claim(new_claim(doc, 0, 40))
        project.update_claim(claim.id, status=Status.DISPUTED, note="«checked» \u202e 😀")
        head = project.history_head()
        assert project.snapshot().history_head == head
    _assert_python_agrees(team)
    url = f"{team.conninfo}#{team.project}"
    result = run("verify", url)
    assert "INTACT (3 history rows, 1 document hashes, 0 stored files checked)" in result.stdout
    assert head in result.stdout


def test_the_server_stamps_the_time_and_the_link_whatever_a_client_sends(
    team: TeamAddress,
) -> None:
    reviewer = login(team, "wb_chain_forger", "reviewer")
    started = datetime.now(UTC)
    with psycopg.connect(reviewer.conninfo) as conn:
        conn.execute(
            f"insert into {team.schema}.history (id, at, reviewer, action, entity, entity_id,"
            " prev_hash, hash) values ('x', '1999-01-01T00:00:00.000000+00:00', 'Ana',"
            f" 'update', 'claim', 'c', '{'1' * 64}', '{'f' * 64}')"
        )
    (row,) = _server_rows(team)
    assert datetime.fromisoformat(str(row["at"])) >= started.replace(microsecond=0)
    assert row["prev_hash"] == GENESIS and row["hash"] == row_hash(GENESIS, row)
    assert verify_team(f"{team.conninfo}#{team.project}").intact


def test_rows_written_at_the_same_time_still_form_one_chain(team: TeamAddress) -> None:
    def edits(name: str) -> None:
        with TeamProject.open(team, reviewer=name) as project:
            for n in range(15):
                project.add_document(
                    ImportedDocument(text=f"{name} {n}\n", title=f"{name} {n}", format="text")
                )

    workers = [threading.Thread(target=edits, args=(name,)) for name in ("Ana", "Bo", "Cy")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(_server_rows(team)) == 45
    _assert_python_agrees(team)


def test_a_row_changed_on_the_server_is_named(team: TeamAddress, run: Run) -> None:
    with TeamProject.open(team, reviewer="Ana") as project:
        doc = project.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        claim = project.add_claim(new_claim(doc, 0, 40))
        project.update_claim(claim.id, status=Status.DISPUTED)
    changed = _server_rows(team)[2]
    with psycopg.connect(team.conninfo) as conn:  # the database owner, behind the program
        conn.execute(
            f"update {team.schema}.history set after = replace(after, 'disputed', 'verified')"
            " where id = %s",
            [changed["id"]],
        )
    result = run("verify", f"{team.conninfo}#{team.project}", check_rc=4)
    assert f"history row 3 (id {changed['id']}, claim {claim.id})" in result.stdout


def test_rows_recorded_before_the_chain_are_chained_by_the_migration(admin_url: str) -> None:
    team = TeamAddress(admin_url, "oldproject")
    with psycopg.connect(admin_url) as conn:
        conn.execute("set search_path to public")
        name, sql = schema.STEPS[0]
        conn.execute(sql.format(schema=team.schema).encode())
        conn.execute(f"insert into {team.schema}.schema_steps (name) values (%s)", [name])
        for n in range(3):
            conn.execute(
                f"insert into {team.schema}.history (id, at, reviewer, action, entity,"
                " entity_id, after) values (%s, %s, 'Ana', 'create', 'claim', 'c', '{}')",
                [f"old{n}", f"2020-01-0{n + 1}T00:00:00.000000+00:00"],
            )
        schema.migrate(conn, team)
    rows = _server_rows(team)
    assert [r["at"] for r in rows] == [f"2020-01-0{n + 1}T00:00:00.000000+00:00" for n in range(3)]
    _assert_python_agrees(team)


def test_checkout_and_sync_keep_both_chains_verifiable(
    team: TeamAddress, local_project: Path, tmp_path: Path
) -> None:
    with TeamProject.open(team, reviewer="Ana") as project:
        offline.publish(local_project, project)
    copy = tmp_path / "train.factcheck"
    with TeamProject.open(team, reviewer="Bo") as project:
        project.save_copy(copy)
    assert verify_file(copy).intact
    with Project.open(copy, reviewer="Bo") as local:
        local.update_claim(local.claims()[0].id, note="checked on the train")
    with TeamProject.open(team, reviewer="Cy") as project:
        project.update_claim(project.claims()[1].id, status=Status.DISPUTED)
    with (
        Project.open(copy, reviewer="Bo") as local,
        TeamProject.open(team, reviewer="Bo") as project,
    ):
        offline.sync(local, project, Side.MINE)
        local_head = local.history_head()
    assert verify_file(copy).intact
    assert verify_team(f"{team.conninfo}#{team.project}").intact
    _assert_python_agrees(team)
    merges = [r for r in _server_rows(team) if r["entity_id"] == "merge"]
    assert f'"other_head": "{local_head}"' in str(merges[-1]["after"])  # recorded on the server


def test_verify_head_on_the_server_names_the_row_and_the_changes_since(
    team: TeamAddress, run: Run
) -> None:
    with TeamProject.open(team, reviewer="Zoë") as project:
        doc = project.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        head = project.snapshot().history_head  # what a report made now prints
        project.add_claim(new_claim(doc, 0, 40))
    url = f"{team.conninfo}#{team.project}"
    result = run("verify", url, "--head", head[:16])
    assert result.stdout.splitlines()[-1] == "The report's head is row 1; 1 change(s) since."
    other = run("verify", url, "--head", "ab" * 32, check_rc=VERIFY_CHANGED).stdout
    assert "INTACT" in other and "is not in this history" in other.splitlines()[-1]
