"""``import --new-version-of`` and ``diff`` through the installed command."""

from __future__ import annotations

import json
from pathlib import Path

from tests.command import Run

FIRST = "The minister said inflation fell to 2 per cent in March. Unemployment was stable.\n"
SECOND = (
    "The minister said on Monday that inflation fell to 2.4 per cent in March. "
    "Unemployment was stable.\n\nA correction was appended.\n"
)


def _project(run: Run, tmp_path: Path) -> tuple[Path, str, str]:
    project = tmp_path / "v.factcheck"
    run("new", project)
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    doc = run("import", project, tmp_path / "a.txt").stdout.strip()
    claim = run(
        "claim", "add", project, "--document", doc, "--quote", "inflation fell to 2 per cent"
    ).stdout
    return project, doc, claim.strip()


def test_a_new_version_carries_the_claim_and_diff_prints_the_changes(
    run: Run, tmp_path: Path
) -> None:
    project, doc, claim = _project(run, tmp_path)
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    out = run("import", project, tmp_path / "b.txt", "--new-version-of", doc).stdout
    assert "version 2" in out and "1 changed" in out
    rows = json.loads(run("claims", project, "--json").stdout)["claims"]
    assert [r["quote"] for r in rows] == ["inflation fell to 2.4 per cent"]
    diff = run("diff", project, doc).stdout
    assert diff.startswith("Version 1 → 2:")
    assert "+ inserted at" in diff and "A correction was appended" in diff
    assert f"touches claim {claim}" in diff
    assert "⏎" in diff and "\x1b" not in diff


def test_the_same_text_again_is_no_change_and_bad_versions_are_one_line(
    run: Run, tmp_path: Path
) -> None:
    project, doc, _ = _project(run, tmp_path)
    out = run("import", project, tmp_path / "a.txt", "--new-version-of", doc).stdout
    assert out.startswith("No change")
    assert "only one version" in run("diff", project, doc).stdout
    failed = run("diff", project, doc, "--from", "1", "--to", "5", check_rc=1)
    assert failed.stderr.count("\n") == 1 and "no version 5" in failed.stderr
    missing = run("import", project, tmp_path / "a.txt", "--new-version-of", "nope", check_rc=1)
    assert "No document with id 'nope'" in missing.stderr
