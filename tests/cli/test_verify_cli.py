"""``workbench verify``: a project file changed behind the program's back, row by row.

Each test builds a real file with the command itself, doctors it with the stdlib
``sqlite3`` (as anyone with a SQLite tool could), and runs ``verify`` as a user would.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.command import Run, digest, listing, one_line_error, project_with_claim
from workbench.cli_verify import VERIFY_CHANGED


@pytest.fixture
def project(run: Run, tmp_path: Path, sample_article: Path) -> tuple[Path, list[str]]:
    """A project with four history rows; returns it and the rows' ids in stored order."""
    path = tmp_path / "desk.factcheck"
    _, claim = project_with_claim(run, sample_article, path.name)
    run("claim", "set", path, claim, "--status", "disputed")
    run("claim", "set", path, claim, "--note", "two sources")
    return path, _ids(path)


def _ids(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("select id from history order by rowid")]
    finally:
        conn.close()


def _doctor(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _verify(run: Run, path: Path) -> dict[str, object]:
    result = run("verify", path, "--json", check_rc=VERIFY_CHANGED)
    return json.loads(result.stdout)


def test_an_untouched_file_is_intact_and_verify_writes_nothing(
    run: Run, project: tuple[Path, list[str]]
) -> None:
    path, ids = project
    before, names = digest(path), listing(path.parent)
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        text = run("verify", path).stdout
        data = json.loads(run("verify", path, "--json").stdout)
    finally:
        path.parent.chmod(0o755)
    assert text.startswith("desk.factcheck: INTACT (4 history rows,")
    assert data["intact"] is True and data["findings"] == [] and len(data["head"]) == 64
    assert data["checked"]["history rows"] == len(ids) == 4
    assert digest(path) == before and listing(path.parent) == names


def test_a_changed_verdict_in_the_history_is_named(
    run: Run, project: tuple[Path, list[str]]
) -> None:
    path, ids = project
    _doctor(
        path, "update history set after = replace(after, 'disputed', 'verified') where rowid = 3"
    )
    result = run("verify", path, check_rc=VERIFY_CHANGED)
    assert "CHANGED, 1 problem(s)" in result.stdout
    assert f"history row 3 (id {ids[2]}, claim " in result.stdout
    (finding,) = _verify(run, path)["findings"]  # type: ignore[misc]
    assert (finding["position"], finding["row_id"], finding["entity"]) == (3, ids[2], "claim")
    assert finding["expected"] != finding["found"]


def test_a_deleted_row_is_named_by_the_row_after_it(
    run: Run, project: tuple[Path, list[str]]
) -> None:
    path, ids = project
    _doctor(path, "delete from history where rowid = 2")
    (finding,) = _verify(run, path)["findings"]  # type: ignore[misc]
    assert finding["row_id"] == ids[2] and "deleted" in finding["message"]


def test_two_swapped_rows_are_both_named(run: Run, project: tuple[Path, list[str]]) -> None:
    path, ids = project
    _doctor(
        path,
        "update history set rowid = 100 where rowid = 2",
        "update history set rowid = 2 where rowid = 3",
        "update history set rowid = 3 where rowid = 100",
    )
    findings = _verify(run, path)["findings"]
    named = {f["row_id"] for f in findings}  # type: ignore[index]
    assert {ids[1], ids[2]} <= named
    assert findings[0]["message"].startswith("it was recorded after row 3")  # type: ignore[index]


def test_a_row_added_by_hand_is_named(run: Run, project: tuple[Path, list[str]]) -> None:
    path, _ = project
    _doctor(
        path,
        "insert into history (id, at, reviewer, action, entity, entity_id) values"
        " ('forged', '2026-01-01T00:00:00+00:00', 'Ada', 'update', 'claim', 'x')",
    )
    (finding,) = _verify(run, path)["findings"]  # type: ignore[misc]
    assert (finding["row_id"], finding["position"]) == ("forged", 5)


def test_a_changed_article_text_is_named(run: Run, project: tuple[Path, list[str]]) -> None:
    path, _ = project
    _doctor(path, "update documents set text = replace(text, 'no plans', 'big plans')")
    result = run("verify", path, check_rc=VERIFY_CHANGED)
    assert ": text: its bytes no longer match the SHA-256 stored for them" in result.stdout
    assert "the document's current text" in result.stdout  # and against its version


def test_what_the_file_says_is_shown_inert(run: Run, project: tuple[Path, list[str]]) -> None:
    path, _ = project
    _doctor(path, "update history set entity_id = 'x' || char(27) || '[2J' where rowid = 1")
    result = run("verify", path, check_rc=VERIFY_CHANGED)
    assert "\x1b" not in result.stdout and "x\\x1b[2J" in result.stdout
    assert "\x1b" not in run("verify", path, "--json", check_rc=VERIFY_CHANGED).stdout


def test_a_file_that_is_not_a_project_is_one_line(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notes.factcheck").write_text("not a project")
    one_line_error(run("verify", "notes.factcheck", check_rc=1), "notes.factcheck")
