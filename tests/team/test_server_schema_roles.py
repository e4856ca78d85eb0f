"""The team project's schema and roles, on a real PostgreSQL server."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlite_utils import Database

from tests.team.conftest import login
from workbench.core.errors import ReadOnlyProjectError, UserError
from workbench.core.model import ImportedDocument, ProjectSettings, Status, new_claim
from workbench.store import migrations
from workbench.store.team import admin, schema
from workbench.store.team.address import TeamAddress, parse
from workbench.store.team.connection import NotAllowed, ServerUnavailable
from workbench.store.team.project import TeamProject

TEXT = "The minister said unemployment fell by 3% last year. Critics disagree."


def _columns(conn: psycopg.Connection, address: TeamAddress, table: str) -> set[str]:
    rows = conn.execute(
        "select column_name from information_schema.columns"
        " where table_schema = %s and table_name = %s",
        [address.schema, table],
    )
    return {row[0] for row in rows}


def test_init_builds_the_same_logical_tables_as_the_project_file(team: TeamAddress) -> None:
    sqlite = Database(memory=True)
    migrations.apply(sqlite)
    stored_elsewhere = {"original", "attachment"}  # in the blob store, by SHA-256
    server_only = {"version", "seq", "attachment_sha256", "db_user"}
    with psycopg.connect(team.conninfo) as conn:
        for table in ("meta", "documents", "claims", "evidence", "history"):
            local = set(sqlite.table(table).columns_dict) - stored_elsewhere
            assert _columns(conn, team, table) - server_only == local, table
        assert schema.applied(conn, team) == [name for name, _ in schema.STEPS]


def test_init_again_migrates_nothing_and_a_newer_project_is_refused(team: TeamAddress) -> None:
    assert admin.init(team) == []
    with psycopg.connect(team.conninfo) as conn:
        conn.execute(f"insert into {team.schema}.schema_steps (name) values ('9999_future')")
    with pytest.raises(UserError, match="newer version"):
        admin.init(team)


def test_addresses_never_show_a_password() -> None:
    address = parse("postgresql://ana:s3cret@db.example:5433/desk#election")
    assert address.display() == "postgresql://ana@db.example:5433/desk#election"
    with pytest.raises(UserError, match="Name the project"):
        parse("postgresql://db.example/desk")
    with pytest.raises(UserError, match="not a usable project name"):
        parse("postgresql://db.example/desk#Drop Table")


def test_an_unreachable_server_is_one_clear_sentence() -> None:
    address = parse("postgresql://nobody@127.0.0.1:1/desk#election")
    with pytest.raises(ServerUnavailable, match="Cannot reach the team server"):
        TeamProject.open(address)


def _seed(address: TeamAddress) -> tuple[str, str]:
    with TeamProject.open(address, reviewer="Editor") as project:
        doc = project.add_document(ImportedDocument(text=TEXT, title="Speech", format="text"))
        claim = project.add_claim(new_claim(doc, 0, 51))
    return doc.id, claim.id


def test_the_server_enforces_each_role(team: TeamAddress) -> None:
    doc_id, claim_id = _seed(team)
    reader = login(team, "wb_reader_ana", "reader")
    reviewer = login(team, "wb_reviewer_bo", "reviewer")
    editor = login(team, "wb_editor_cy", "editor")

    with TeamProject.open(reader, reviewer="Ana") as project:
        assert project.read_only and project.claims()[0].id == claim_id
    # The client's read-only flag is a courtesy: the server itself refuses the reader.
    with psycopg.connect(reader.conninfo) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(f"update {team.schema}.claims set note = 'x'")

    with TeamProject.open(reviewer, reviewer="Bo") as project:
        assert not project.read_only
        assert project.update_claim(claim_id, status="disputed").status is Status.DISPUTED
        with pytest.raises(NotAllowed, match="does not allow"):
            project.update_settings(ProjectSettings(title="Renamed"))
        with pytest.raises(NotAllowed):
            project.delete_document(doc_id)
        assert [d.id for d in project.documents()] == [doc_id]
    with psycopg.connect(reviewer.conninfo) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(f"delete from {team.schema}.history")

    with TeamProject.open(editor, reviewer="Cy") as project:
        project.update_settings(ProjectSettings(title="Renamed"))
        project.delete_document(doc_id)
        assert project.settings().title == "Renamed" and project.documents() == []
        logins = {row[0] for row in project.conn.execute("select db_user from history")}
    assert {"wb_reviewer_bo", "wb_editor_cy"} <= logins


def test_history_rows_cannot_be_forged_for_another_login(team: TeamAddress) -> None:
    reviewer = login(team, "wb_forger", "reviewer")
    with psycopg.connect(reviewer.conninfo) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(
            f"insert into {team.schema}.history (id, at, reviewer, action, entity, entity_id,"
            " db_user) values ('x', 'now', 'Ana', 'update', 'claim', 'c', 'wb_admin')"
        )


def test_a_reader_is_told_the_change_was_not_made(team: TeamAddress) -> None:
    _seed(team)
    reader = login(team, "wb_reader_di", "reader")
    with TeamProject.open(reader, reviewer="Di") as project, pytest.raises(ReadOnlyProjectError):
        project.update_claim(project.claims()[0].id, note="mine")
