"""``import --new-version-of`` and ``diff`` through the installed command."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema

from tests.command import Run
from workbench.reports import json_export
from workbench.reports.resources import schema_path

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


def test_diff_marks_the_edited_words_alone_and_flags_a_claim_whose_passage_went(
    run: Run, tmp_path: Path
) -> None:
    """A deleted sentence is printed as that sentence (not with the full stop and the
    spaces around it), and the claim on it, orphaned on version 1, is named under it."""
    project, doc, _ = _project(run, tmp_path)
    stable = run(
        "claim", "add", project, "--document", doc, "--quote", "Unemployment was stable"
    ).stdout.strip()
    third = FIRST.replace(" Unemployment was stable.", "").replace("said", "told MPs")
    (tmp_path / "b.txt").write_text(third, encoding="utf-8")
    run("import", project, tmp_path / "b.txt", "--new-version-of", doc)
    lines = run("diff", project, doc).stdout.splitlines()
    assert lines[1:] == [
        "~ replaced at 13: “said” → “told MPs”",
        "- deleted at 56: “ Unemployment was stable.”",
        f"    touches claim {stable} (on version 1)",
    ]


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


def test_the_json_export_lists_every_version_with_the_old_text(run: Run, tmp_path: Path) -> None:
    """The export keeps what a reader needs for a claim left on an old version: its text,
    and each version's date, source and hashes; the file follows the published schema."""
    project, doc, _ = _project(run, tmp_path)
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    run("import", project, tmp_path / "b.txt", "--new-version-of", doc)
    (tmp_path / "c.txt").write_text("Nothing of the claim is left.\n", encoding="utf-8")
    run("import", project, tmp_path / "c.txt", "--new-version-of", doc)
    run("export", project, "--format", "json", "-o", tmp_path / "p.json")
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    schema = json.loads(schema_path(json_export.SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)

    versions = [v for v in data["document_versions"] if v["document_id"] == doc]
    assert [v["number"] for v in versions] == [1, 2, 3]
    assert [v["source"] for v in versions] == ["a.txt", "b.txt", "c.txt"]
    assert [v.get("text") for v in versions] == [FIRST, SECOND, None]
    (document,) = data["documents"]
    assert document["version"] == 3 and document["text"] == "Nothing of the claim is left.\n"
    for item in versions:
        text = item.get("text", document["text"])
        assert item["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
        assert item["imported_at"]
    originals = {v["number"]: v["original_sha256"] for v in versions}
    assert originals[2] == hashlib.sha256(SECOND.encode("utf-8")).hexdigest()
    # The orphaned claim stays on version 2, and its quote reads there.
    (claim,) = data["claims"]
    assert claim["version"] == 2 and claim["anchor_state"] == "orphaned"
    assert SECOND[claim["start"] : claim["end"]] == claim["quote"]

    broken = json.loads(json.dumps(data))
    broken["document_versions"][0]["number"] = 0
    assert not jsonschema.Draft202012Validator(schema).is_valid(broken)
