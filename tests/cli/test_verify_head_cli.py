"""``workbench verify P --head HASH``: the head a report printed, held against the file now.

The chain alone cannot see a history rewritten whole with every hash recomputed, nor its
newest rows dropped. These tests export a real report, read the head it prints, change
the file as a user (or someone with a SQLite tool) would, and run ``verify --head``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest

from tests.command import Run, digest, one_line_error, project_with_claim
from workbench.cli_verify import VERIFY_CHANGED


@pytest.fixture
def desk(run: Run, sample_article: Path) -> tuple[Path, str]:
    """A project with four history rows and a claim; returns it and the claim's id."""
    path = Path("desk.factcheck")
    _, claim = project_with_claim(run, sample_article, path.name)
    run("claim", "set", path, claim, "--status", "disputed")
    run("claim", "set", path, claim, "--note", "two sources")
    return path, claim


def _report_head(run: Run, tmp_path: Path, project: Path) -> str:
    """The head the Markdown report prints on its integrity line."""
    out = tmp_path / f"{project.stem}-report.md"
    run("export", project, "--format", "md", "-o", out)
    (head,) = re.findall(r"History chain head ([0-9a-f]{64})", out.read_text(encoding="utf-8"))
    return head


def _verify_json(run: Run, project: Path, head: str, rc: int = 0) -> dict[str, object]:
    return json.loads(run("verify", project, "--head", head, "--json", check_rc=rc).stdout)


def _rewrite_history(path: Path, *statements: str) -> None:
    """Run ``statements`` on the file, then recompute every link of its chain as published
    (netstrings of prev_hash and the eight fields, SHA-256): a forger's consistent history."""
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        previous = "0" * 64
        names = "id, at, reviewer, action, entity, entity_id, before, after"
        rows = conn.execute(f"select rowid, {names} from history order by rowid").fetchall()
        for rowid, *values in rows:
            data = b"".join(
                b"-," if v is None else b"%d:%s," % (len(v.encode()), v.encode())
                for v in (previous, *values)
            )
            link = hashlib.sha256(data).hexdigest()
            conn.execute(
                "update history set prev_hash = ?, hash = ? where rowid = ?",
                [previous, link, rowid],
            )
            previous = link
        conn.commit()
    finally:
        conn.close()


def test_the_head_of_a_fresh_report_is_the_current_head(
    run: Run, tmp_path: Path, desk: tuple[Path, str]
) -> None:
    path, _ = desk
    head = _report_head(run, tmp_path, path)
    before = digest(tmp_path / path)
    result = run("verify", path, "--head", head)
    assert result.stdout.splitlines()[-1] == (
        "The report's head is the current head (row 4); no changes since."
    )
    assert _verify_json(run, path, head)["head_check"] == {
        "given": head, "found": True, "position": 4, "changes_since": 0,
    }  # fmt: skip
    assert digest(tmp_path / path) == before


def test_an_older_report_head_is_found_with_the_changes_since(
    run: Run, tmp_path: Path, desk: tuple[Path, str]
) -> None:
    path, claim = desk
    head = _report_head(run, tmp_path, path)
    run("claim", "set", path, claim, "--status", "verified")
    run("claim", "set", path, claim, "--note", "three sources")
    result = run("verify", path, "--head", head[:12].upper())  # a short, shouted prefix
    assert "The report's head is row 4; 2 change(s) since." in result.stdout
    check = _verify_json(run, path, head)["head_check"]
    assert check == {"given": head, "found": True, "position": 4, "changes_since": 2}


def test_the_head_of_another_project_is_not_in_this_history(
    run: Run, tmp_path: Path, sample_article: Path, desk: tuple[Path, str]
) -> None:
    path, _ = desk
    project_with_claim(run, sample_article, "other.factcheck")
    other = _report_head(run, tmp_path, Path("other.factcheck"))
    result = run("verify", path, "--head", other, check_rc=VERIFY_CHANGED)
    assert "INTACT" in result.stdout.splitlines()[0]  # the file itself is sound
    assert result.stdout.splitlines()[-1].startswith(
        f"The report's head {other} is not in this history:"
    )
    check = _verify_json(run, path, other, VERIFY_CHANGED)["head_check"]
    assert check == {"given": other, "found": False, "position": None, "changes_since": None}


def test_a_history_rewritten_with_every_hash_recomputed_is_caught(
    run: Run, tmp_path: Path, desk: tuple[Path, str]
) -> None:
    path, _ = desk
    head = _report_head(run, tmp_path, path)
    _rewrite_history(
        tmp_path / path,
        "update history set after = replace(after, 'disputed', 'verified') where rowid = 3",
    )
    assert "INTACT" in run("verify", path).stdout  # the chain alone is consistent again
    result = run("verify", path, "--head", head, check_rc=VERIFY_CHANGED)
    assert "is not in this history" in result.stdout.splitlines()[-1]


def test_the_newest_rows_dropped_are_caught(
    run: Run, tmp_path: Path, desk: tuple[Path, str]
) -> None:
    path, _ = desk
    head = _report_head(run, tmp_path, path)
    conn = sqlite3.connect(tmp_path / path)
    with conn:
        conn.execute("delete from history where rowid = (select max(rowid) from history)")
    conn.close()
    assert "INTACT (3 history rows" in run("verify", path).stdout  # every link still holds
    data = _verify_json(run, path, head, VERIFY_CHANGED)
    assert data["intact"] is True and data["head_check"]["found"] is False  # type: ignore[index]


@pytest.mark.parametrize("head", ["not-a-hash-at-all", "0123456789a", "f" * 65])
def test_a_head_that_is_no_head_is_one_line(run: Run, desk: tuple[Path, str], head: str) -> None:
    path, _ = desk
    one_line_error(run("verify", path, "--head", head, check_rc=1), "is not a history head")
