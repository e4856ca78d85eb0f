"""``workbench archive`` run as a user's script runs it: the installed command, real files."""

from __future__ import annotations

import json
from pathlib import Path

from tests.archive.conftest import EIFFEL, VACCINE_FR, make_project, write_json


def test_add_search_stats_round_trip(run, tmp_path: Path) -> None:
    feed = write_json(tmp_path / "feed.json", [EIFFEL, VACCINE_FR])
    archive = tmp_path / "a.sqlite"
    first = run("archive", "add", feed, "--archive", archive)
    assert "2 added, 0 updated" in first.stdout
    again = run("archive", "add", feed, "--archive", archive)
    assert "0 added, 0 updated" in again.stdout
    out = run(
        "archive", "search", "They will tear down the Eiffel tower", "--json", "--archive", archive
    )
    data = json.loads(out.stdout)
    assert data["version"] == 1
    best = data["matches"][0]
    assert best["url"] == "https://checks.example/eiffel"
    assert (best["rating"], best["publisher"], best["date"]) == (
        "False",
        "Example Checks",
        "2024-03-01",
    )
    assert 0 < best["score"] <= 1
    text = run("archive", "search", "Eiffel tower demolished", "--archive", archive).stdout
    assert "False" in text
    assert "https://checks.example/eiffel" in text
    stats = run("archive", "stats", "--archive", archive).stdout
    assert stats.startswith("2 fact-check(s)")
    assert "feed.json" in stats


def test_a_project_file_adds_its_reviewed_claims_idempotently(run, tmp_path: Path) -> None:
    project, _ = make_project(tmp_path / "city.factcheck")
    archive = tmp_path / "a.sqlite"
    assert "2 added" in run("archive", "add", project, "--archive", archive).stdout
    assert "0 added, 0 updated" in run("archive", "add", project, "--archive", archive).stdout
    out = run("archive", "search", "bus tickets up 40%?", "--json", "--archive", archive)
    best = json.loads(out.stdout)["matches"][0]
    assert best["claim"] == "the city's bus fares rose by forty percent last year"
    assert best["origin"] == "city.factcheck"


def test_default_archive_lives_in_the_data_folder(run, tmp_path: Path) -> None:
    feed = write_json(tmp_path / "one.json", EIFFEL)
    run("archive", "add", feed)
    assert (tmp_path / "config" / "archive.sqlite").is_file()
    assert "1 fact-check(s)" in run("archive", "stats").stdout


def test_a_bad_file_adds_nothing_and_says_one_line(run, tmp_path: Path) -> None:
    good = write_json(tmp_path / "good.json", EIFFEL)
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    archive = tmp_path / "a.sqlite"
    result = run("archive", "add", good, bad, "--archive", archive, check_rc=1)
    assert result.stderr.startswith("workbench: error: 'bad.json' is not valid JSON")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert run("archive", "stats", "--archive", archive).stdout.startswith("0 fact-check(s)")


def test_a_foreign_archive_and_a_bad_limit_are_user_errors(run, tmp_path: Path) -> None:
    project, _ = make_project(tmp_path / "city.factcheck")
    result = run("archive", "stats", "--archive", project, check_rc=1)
    assert "not a Fact-check Workbench archive" in result.stderr
    result = run(
        "archive", "search", "x", "--limit", "0", "--archive", tmp_path / "a.sqlite", check_rc=1
    )
    assert "--limit" in result.stderr


def test_nothing_found_says_so(run, tmp_path: Path) -> None:
    out = run("archive", "search", "zeppelin", "--archive", tmp_path / "empty.sqlite").stdout
    assert out.strip() == "No fact-check in the archive matches."
