"""``workbench check`` calls a file with damaged project settings damaged (exit 3).

The settings hold the desk's rating scale: replaced by defaults, every verdict label the
desk relies on may be gone, so a script running ``check`` must notice, as it notices rows
that were left out.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.command import Run

ORGANISATION = "Example Desk"
QUOTE = "You cannot postpone what has not been scheduled"


@pytest.fixture
def project(run: Run, tmp_path: Path) -> Path:
    path = tmp_path / "desk.factcheck"
    run("new", path)
    run("settings", path, "--organisation", ORGANISATION)
    return path


def doctor(path: Path, key: str, value: str) -> None:
    """Change one row of the file's settings table behind the program's back."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update meta set value = ? where key = ?", [value, key])
    conn.close()


def test_a_sound_file_checks_ok(run: Run, project: Path) -> None:
    result = run("check", project)
    assert result.stdout == "desk.factcheck: OK, 0 document(s), 0 claim(s).\n"
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("organisation", "42"),  # a number where text belongs
        ("organisation", "{not json"),
        ("rating_scale", '{"ratings": "none"}'),
    ],
)
def test_damaged_settings_exit_3_and_say_so(run: Run, project: Path, key: str, value: str) -> None:
    doctor(project, key, value)
    result = run("check", project, check_rc=3)
    assert result.stdout == (
        "desk.factcheck: DAMAGED, damaged settings replaced by defaults; "
        "0 document(s), 0 claim(s) usable.\n"
    )
    assert "damaged project settings; defaults are used instead" in result.stderr
    assert "Traceback" not in result.stderr


def test_damaged_settings_and_rows_are_both_named(
    run: Run, project: Path, sample_article: Path
) -> None:
    document_id = run("import", project, sample_article).stdout.strip()
    run("claim", "add", project, "--document", document_id, "--quote", QUOTE)
    conn = sqlite3.connect(project)
    with conn:
        conn.execute("update claims set quote = 'tampered'")
    conn.close()
    doctor(project, "title", "[]")
    result = run("check", project, check_rc=3)
    assert result.stdout == (
        "desk.factcheck: DAMAGED, damaged entries left out, damaged settings replaced by "
        "defaults; 1 document(s), 0 claim(s) usable.\n"
    )
