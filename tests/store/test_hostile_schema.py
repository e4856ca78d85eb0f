"""A file's own schema never runs: every ``sqlite_master`` row is compared, before any scan.

Each case doctors a real project file with the stdlib ``sqlite3`` (as an attacker or
another tool would) and expects a refusal that changes nothing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.command import Run
from tests.store.conftest import alter
from workbench.core.errors import ProjectFileError
from workbench.store import limits, migrations, schema
from workbench.store.projectfile import Project

#: A trigger that stores "verified" whatever verdict the reviewer gives.
_REWRITE_VERDICT = """
    create trigger {name} after update of status on claims begin
        update claims set status = 'verified' where id = new.id;
    end;
"""


def _writable_schema(*statements: str) -> tuple[str, ...]:
    return ("pragma writable_schema = on", *statements, "pragma writable_schema = off")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _status_in_file(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("select status from claims").fetchone()[0])
    finally:
        conn.close()


_ALTERED = "altered outside Fact-check Workbench"

DOCTORED = {
    # Triggers and views, whatever their name: LIKE 'sqlite_%' would skip the first two.
    "trigger sqliteXevil": (_REWRITE_VERDICT.format(name="sqliteXevil"),),
    "trigger sqlite1evil": (_REWRITE_VERDICT.format(name="sqlite1evil"),),
    "trigger named like an autoindex": _writable_schema(
        "insert into sqlite_master values ('trigger', 'sqlite_autoindex_claims_1x', 'claims',"
        " 0, 'CREATE TRIGGER sqlite_autoindex_claims_1x AFTER UPDATE ON claims BEGIN"
        " UPDATE claims SET status = ''verified''; END')"
    ),
    "view sqliteXview": ("create view sqliteXview as select * from claims",),
    # Internal names SQLite reserves, planted through writable_schema.
    "trigger sqlite_evil": _writable_schema(
        "insert into sqlite_master values ('trigger', 'sqlite_evil', 'claims', 0,"
        " 'CREATE TRIGGER sqlite_evil AFTER UPDATE ON claims BEGIN"
        " UPDATE claims SET status = ''verified''; END')"
    ),
    "trigger disguised as a table row": _writable_schema(
        "insert into sqlite_master values ('table', 'notes2', 'claims', 0,"
        " 'CREATE TRIGGER notes2 AFTER UPDATE ON claims BEGIN"
        " UPDATE claims SET status = ''verified''; END')"
    ),
    # Objects one character away from the ones we make.
    "index one character off": (
        'create index "idx_claims_document_id_stars" on claims (document_id, start)',
    ),
    "autoindex number one off": _writable_schema(
        "update sqlite_master set name = 'sqlite_autoindex_claims_2'"
        " where name = 'sqlite_autoindex_claims_1'"
    ),
    "table one character off": ("create table _sqlite_migrationz (id integer primary key)",),
    "sqlite_stat1 from ANALYZE": ("analyze",),
    "sqlite_sequence from AUTOINCREMENT": (
        "create table counter (id integer primary key autoincrement)",
    ),
    # What computes or constrains.
    "expression index": ("create index lowered on claims (lower(status))",),
    "partial index": ("create index only_verified on claims (status) where status = 'verified'",),
    "virtual generated column": (
        "alter table claims add column shout text generated always as (upper(note)) virtual",
    ),
    "stored generated column": _writable_schema(
        "update sqlite_master set sql = replace(sql, '\"note\" TEXT',"
        ' \'"note" TEXT, "g" TEXT GENERATED ALWAYS AS (upper(note)) STORED\')'
        " where name = 'claims'"
    ),
    "CHECK constraint": _writable_schema(
        "update sqlite_master set sql = replace(sql, '\"status\" TEXT NOT NULL',"
        " '\"status\" TEXT NOT NULL CHECK (status <> ''disputed'')') where name = 'claims'"
    ),
    "COLLATE on the key": _writable_schema(
        "update sqlite_master set sql = replace(sql, '\"id\" TEXT PRIMARY KEY',"
        " '\"id\" TEXT COLLATE NOCASE PRIMARY KEY') where name = 'claims'"
    ),
    "default value": _writable_schema(
        "update sqlite_master set sql = replace(sql, '\"rating\" TEXT',"
        " '\"rating\" TEXT DEFAULT ''True''') where name = 'claims'"
    ),
    "extra column": ("alter table claims add column sneaky text",),
    # Text that names one object and defines another.
    "row name differs from its SQL": _writable_schema(
        "update sqlite_master set name = 'idx_other' where name = 'idx_claims_document_id_start'"
    ),
    "index SQL moved to another column": _writable_schema(
        "update sqlite_master set sql = replace(sql, '(\"claim_id\")', '(\"note\")')"
        " where name = 'idx_evidence_claim_id'"
    ),
    "duplicate schema row": _writable_schema(
        "insert into sqlite_master select * from sqlite_master where name = 'idx_history_entity_id'"
    ),
}


@pytest.mark.parametrize("statements", DOCTORED.values(), ids=DOCTORED.keys())
def test_a_doctored_schema_is_refused_and_nothing_runs(
    project_path: Path, statements: tuple[str, ...]
) -> None:
    try:
        alter(project_path, *statements)
    except sqlite3.DatabaseError as err:  # pragma: no cover - a case the SQLite build forbids
        pytest.skip(f"this SQLite cannot make the case: {err}")
    before = _digest(project_path)
    for read_only in (False, True):
        with pytest.raises(ProjectFileError, match=f"{_ALTERED}|of its own|damaged"):
            Project.open(project_path, read_only=read_only)
    assert _digest(project_path) == before


def test_whitespace_in_the_schema_text_is_not_a_change(project_path: Path) -> None:
    alter(
        project_path,
        *_writable_schema(
            "update sqlite_master set sql = replace(sql, '\n   ', '\n\t\t') where name = 'claims'"
        ),
    )
    with Project.open(project_path) as project:
        assert len(project.claims()) == 1


def test_the_verdict_typed_is_the_verdict_stored_also_in_a_share_copy(
    project_path: Path, tmp_path: Path
) -> None:
    with Project.open(project_path) as project:
        claim = project.claims()[0]
        project.update_claim(claim.id, status="disputed")
        copy = tmp_path / "shared.factcheck"
        project.share_copy(copy)
    for path in (project_path, copy):
        with Project.open(path, read_only=True) as opened:
            assert opened.claim(claim.id).status.value == "disputed"
            assert opened.history(claim.id)[-1].after == {"status": "disputed"}


def test_a_verdict_rewriting_trigger_stops_the_command_line_too(
    project_path: Path, run: Run
) -> None:
    with Project.open(project_path) as project:
        claim_id = project.claims()[0].id
    alter(project_path, _REWRITE_VERDICT.format(name="sqliteXevil"))
    before = _digest(project_path)
    result = run("claim", "set", project_path, claim_id, "--status", "disputed", check_rc=1)
    assert "carries triggers of its own" in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(project_path) == before
    assert _status_in_file(project_path) == "unreviewed"
    result = run("merge", project_path.with_name("other.factcheck"), project_path, check_rc=None)
    assert result.returncode != 0


def _expensive_history(path: Path, rows: int) -> None:
    """A virtual generated column costing a fraction of a second a row, on many rows."""
    alter(
        path,
        "alter table history add column slow integer generated always as"
        " (length(replace(hex(zeroblob(4000000)), '0', 'ab'))) virtual",
        "insert into history (id, at, reviewer, action, entity, entity_id)"
        " with recursive n(i) as (select 1 union all select i + 1 from n where i < "
        f"{rows}) select 'h' || i, '2026-01-01T00:00:00+00:00', 'x', 'create', 'claim', 'c'"
        " from n",
    )


def test_an_expensive_schema_is_refused_before_any_scan(project_path: Path, run: Run) -> None:
    """3,000 rows of a 0.1 s column would hold every command for minutes before."""
    _expensive_history(project_path, 3_000)
    for command in (["check"], ["claims"], ["export", "--format", "json", "-o", "out.json"]):
        result = run(command[0], project_path, *command[1:], check_rc=1)
        assert _ALTERED in result.stderr
    assert not (project_path.parent / "out.json").exists()


def test_every_scan_is_bounded_by_the_deadline(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alter(
        project_path,
        "insert into history (id, at, reviewer, action, entity, entity_id)"
        " with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000)"
        " select 'h' || i, '2026-01-01T00:00:00+00:00', 'x', 'create', 'claim', 'c' from n",
    )
    with Project.open(project_path, read_only=True) as project:
        assert len(project.history()) > 3000  # a sound file, only slower than allowed
    monkeypatch.setattr(limits, "CHECK_SECONDS", 0.0)
    with pytest.raises(ProjectFileError, match="took longer than 0 s, the limit for one file"):
        Project.open(project_path)


def test_the_expected_schema_is_exactly_what_our_migrations_write(project_path: Path) -> None:
    """SQLite's own objects are allowed by their exact names, taken from a fresh build."""
    rows, _shape = schema.expected(migrations.SCHEMA_VERSION)
    tables = {name for kind, name, _table, _sql in rows if kind == "table"}
    internal = [row for row in rows if row[1].lower().startswith("sqlite")]
    assert internal, "our tables' text keys get SQLite's automatic indexes"
    for kind, name, table, sql in internal:
        assert (kind, name, sql) == ("index", f"sqlite_autoindex_{table}_1", "")
        assert table in tables
    conn = sqlite3.connect(project_path)
    assert schema.rows(conn) == rows
    conn.close()
