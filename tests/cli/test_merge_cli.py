"""`workbench merge`: two reviewers' copies edited through the CLI, merged and reported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.command import Run

PESKOV = "You cannot postpone what has not been scheduled"


def test_two_reviewers_copies_merge_with_one_conflict(
    run: Run, tmp_path: Path, sample_article: Path
) -> None:
    ada = tmp_path / "ada.factcheck"
    grace = tmp_path / "grace.factcheck"
    run("new", ada)
    doc = run("import", ada, sample_article).stdout.strip()
    claim = run(
        "claim", "add", ada, "--document", doc, "--quote", PESKOV, "--reviewer", "Ada"
    ).stdout.strip()
    shutil.copy(ada, grace)
    run("claim", "set", ada, claim, "--status", "verified", "--reviewer", "Ada")
    run(
        "claim",
        "set",
        grace,
        claim,
        "--status",
        "disputed",
        "--note",
        "No date was ever set.",
        "--reviewer",
        "Grace",
    )
    theirs_only = run(
        "claim",
        "add",
        grace,
        "--document",
        doc,
        "--quote",
        "no plans",
        "--occurrence",
        "1",
        "--reviewer",
        "Grace",
    ).stdout.strip()

    dry = run("merge", ada, grace, "--dry-run", "--reviewer", "Ada")
    assert "+ claim 'no plans'" in dry.stdout
    assert "! conflict on claim" in dry.stdout and "status" in dry.stdout
    assert "mine 'verified' (Ada" in dry.stdout and "theirs 'disputed' (Grace" in dry.stdout
    assert "Dry run: nothing was written." in dry.stdout

    refused = run("merge", ada, grace, "--reviewer", "Ada", check_rc=1)
    assert refused.stderr.strip().startswith("workbench: error: 1 conflict(s); nothing was merged.")
    assert len(json.loads(run("claims", ada, "--json").stdout)["claims"]) == 1

    merged = run("merge", ada, grace, "--prefer", "theirs", "--reviewer", "Ada")
    assert "Merged grace.factcheck into ada.factcheck." in merged.stdout
    claims = {c["id"]: c for c in json.loads(run("claims", ada, "--json").stdout)["claims"]}
    assert claims[claim]["status"] == "disputed"
    assert claims[claim]["note"] == "No date was ever set."
    assert claims[theirs_only]["created_by"] == "Grace"

    again = run("merge", ada, grace, "--reviewer", "Ada")
    assert "Nothing to merge" in again.stdout


def test_merge_errors_are_one_line(run: Run, tmp_path: Path) -> None:
    ada = tmp_path / "ada.factcheck"
    run("new", ada)
    result = run("merge", ada, tmp_path / "missing.factcheck", check_rc=1)
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr
    result = run("merge", ada, ada, check_rc=1)
    assert "merged with itself" in result.stderr
