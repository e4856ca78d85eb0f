"""What the command prints from a file is inert, and odd arguments are not a crash.

A colleague's file may hold terminal escape sequences (OSC 52 writes the clipboard,
CSI 2 J clears the screen) and bidi overrides in any text field. Every printed line must
show them as visible escapes, ``--json`` must carry them as JSON escapes (the same
values), and ordinary non-ASCII text must stay as it is.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.command import Run, one_line_error, workbench_command

PESKOV = "You cannot postpone what has not been scheduled"
HOSTILE = (
    "Evil\x1b]52;c;cHduZWQ=\x07 \x1b[2J\x1bc \u009b31m \u202eevil.exe \u2066x\u2069 \x7f"
    " \u200f\u061c\u2028"
)
ORDINARY = "日本語のテキスト مرحبا بالعالم 😀 Zoë"
#: Characters that act on a terminal or reorder text; none may be printed raw.
ACTIVE = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))] + [
    "\u061c",
    "\u200e",
    "\u200f",
    "\u2028",
    "\u2029",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
]


def _assert_inert(text: str) -> None:
    found = sorted({f"U+{ord(ch):04X}" for ch in text if ch in ACTIVE})
    assert not found, found


@pytest.fixture
def hostile(run: Run, tmp_path: Path, sample_article: Path) -> tuple[Path, str]:
    """A project whose claimant, note and title hold escapes, bidi controls and CJK."""
    project = tmp_path / "p.factcheck"
    run("new", project)
    document_id = run("import", project, sample_article).stdout.strip()
    claim_id = run(
        "claim",
        "add",
        project,
        "--document",
        document_id,
        "--quote",
        PESKOV,
        "--claimant",
        f"{HOSTILE} {ORDINARY}",
        "--note",
        HOSTILE,
    ).stdout.strip()
    conn = sqlite3.connect(project)  # as a doctored file would have it
    conn.execute("update documents set title = ?", [HOSTILE])
    conn.execute("update meta set value = json_quote(?) where key = 'title'", [HOSTILE])
    conn.commit()
    conn.close()
    return project, claim_id


def test_the_claims_listing_shows_escapes_as_text(run: Run, hostile: tuple[Path, str]) -> None:
    project, claim_id = hostile
    out = run("claims", project).stdout
    _assert_inert(out)
    assert "Evil\\x1b]52;c;cHduZWQ=\\x07 \\x1b[2J\\x1bc \\x9b31m \\u202eevil.exe" in out
    assert ORDINARY in out and claim_id in out


def test_claims_json_is_inert_and_holds_the_exact_values(
    run: Run, hostile: tuple[Path, str]
) -> None:
    project, _ = hostile
    out = run("claims", project, "--json").stdout
    _assert_inert(out)
    assert ORDINARY in out  # readable, not \\u-escaped
    data = json.loads(out)
    (claim,) = data["claims"]
    assert claim["claimant"] == f"{HOSTILE} {ORDINARY}"
    assert claim["note"] == HOSTILE
    assert claim["document_title"] == HOSTILE


def test_settings_and_merge_output_are_inert(
    run: Run, hostile: tuple[Path, str], tmp_path: Path
) -> None:
    project, claim_id = hostile
    out = run("settings", project).stdout
    _assert_inert(out)
    settings = json.loads(out)
    assert settings["title"] == HOSTILE
    theirs = tmp_path / "theirs.factcheck"
    shutil.copy(project, theirs)
    run(
        "claim",
        "set",
        theirs,
        claim_id,
        "--claimant",
        f"\x1b[31m{ORDINARY}\u202e",
        "--reviewer",
        "Grace",
    )
    run("claim", "set", project, claim_id, "--claimant", "Mine", "--reviewer", "Ada")
    plan = run("merge", project, theirs, "--dry-run")
    _assert_inert(plan.stdout + plan.stderr)
    assert "\\x1b[31m日本語" in plan.stdout


def test_check_exits_3_when_damaged_entries_were_left_out(
    run: Run, hostile: tuple[Path, str]
) -> None:
    project, _ = hostile
    assert run("check", project).returncode == 0
    conn = sqlite3.connect(project)
    conn.execute("update claims set quote = ?", [f"tampered {HOSTILE}"])
    conn.commit()
    conn.close()
    result = run("check", project, check_rc=3)
    assert result.stdout.strip() == (
        "p.factcheck: DAMAGED, damaged entries left out; 1 document(s), 0 claim(s) usable."
    )
    assert "left out" in result.stderr
    _assert_inert(result.stderr)
    assert "exit" in run("check", "--help").stdout and " 3 " in run("check", "--help").stdout


def test_paths_that_are_not_utf8_work_and_print_escaped(
    run: Run, tmp_path: Path, sample_article: Path
) -> None:
    name = os.fsdecode(b"caf\xe9 \x1b[2J.factcheck")  # Latin-1 bytes and an escape
    article = tmp_path / os.fsdecode(b"art\xedculo.txt")
    shutil.copy(sample_article, article)
    project = tmp_path / name
    run("new", project)
    assert os.fsencode(project.name) == b"caf\xe9 \x1b[2J.factcheck" and project.exists()
    document_id = run("import", project, article).stdout.strip()
    assert len(document_id) == 36
    check = run("check", project).stdout
    assert check.startswith("caf\\udce9 \\x1b[2J.factcheck: OK, 1 document(s)")
    report = tmp_path / os.fsdecode(b"inform\xe9.md")
    out = run("export", project, "--format", "md", "-o", report).stdout
    _assert_inert(out)
    assert out.strip().endswith("inform\\udce9.md") and report.exists()
    run("settings", project, "--title", os.fsdecode(b"T\xedtulo"))
    assert json.loads(run("settings", project).stdout)["title"] == "T\ufffdtulo"
    data = json.loads(run("claims", project, "--json").stdout)
    assert data["claims"] == []
    missing = one_line_error(
        run("claims", tmp_path / os.fsdecode(b"\xff.factcheck"), check_rc=None)
    )
    assert "\\udcff.factcheck" in missing


def test_a_reader_that_went_away_is_not_an_internal_error(
    hostile: tuple[Path, str], cli_env: dict[str, str]
) -> None:
    project, _ = hostile
    reader, writer = os.pipe()
    os.close(reader)  # like `workbench claims P | head -0`: every write fails (EPIPE)
    try:
        result = subprocess.run(
            [*workbench_command(), "claims", str(project), "--json"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(writer)
    assert (result.returncode, result.stderr) == (1, "")
