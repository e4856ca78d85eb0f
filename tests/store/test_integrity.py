"""Damaged rows are left out with one clear message, never a crash later in the window."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from tests.store.conftest import alter
from workbench.core.errors import UserError
from workbench.core.model import ImportedDocument, new_claim
from workbench.reports import FORMATS, ReportOptions
from workbench.store import limits
from workbench.store.projectfile import Project


def _add_evidence(project_path: Path) -> None:
    with Project.open(project_path) as project:
        claim = project.claims()[0]
        from workbench.core.model import Evidence, new_id

        project.add_evidence(Evidence(id=new_id(), claim_id=claim.id, url="https://e.org"))


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ('update claims set "end" = 10000000', "points outside its document"),
        ("update claims set start = -5", "points outside its document"),
        ("update claims set quote = 'something else'", "quote does not match"),
        ("update claims set status = 'pwned'", "unknown status"),
        ("update claims set document_id = 'nowhere'", "document is missing"),
        ("update claims set start = 'abc'", "without a position"),
    ],
)
def test_a_bad_claim_is_left_out_and_reported(project_path: Path, sql: str, reason: str) -> None:
    _add_evidence(project_path)
    alter(project_path, "pragma foreign_keys = off", sql)
    with Project.open(project_path) as project:
        assert project.claims() == []
        assert project.evidence() == []  # its evidence has no claim to hang on
        assert project.snapshot().claims == ()
        (warning,) = project.warnings
        assert "1 claim" in warning and reason in warning
        assert "1 piece of evidence" in warning


def test_bad_evidence_and_documents_are_left_out(project_path: Path) -> None:
    _add_evidence(project_path)
    alter(project_path, "update evidence set stance = 'lol'")
    with Project.open(project_path) as project:
        assert project.evidence() == [] and len(project.claims()) == 1
        assert project.evidence_counts() == {}
        assert "unknown stance" in project.warnings[0]
    alter(project_path, "update documents set page_starts = '[5, 2]'")
    with Project.open(project_path) as project:
        assert project.documents() == [] and project.claims() == []
        assert "broken page numbers" in project.warnings[0]


def test_absurd_sizes_are_refused(project_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_CLAIMS", 0)
    with pytest.raises(
        UserError, match=r"holds 1 claims; a project may hold at most 0\. It is not opened"
    ):
        Project.open(project_path)


def test_fuzzed_project_files_are_usable_read_only_or_refused(
    project_path: Path, tmp_path: Path
) -> None:
    """Mutate bytes and rows of a real project file; every outcome is one of the three."""
    _add_evidence(project_path)
    original = project_path.read_bytes()
    rng = random.Random(20261127)
    outcomes: dict[str, int] = {"usable": 0, "read-only": 0, "refused": 0}
    for case in range(120):
        target = tmp_path / f"fuzz-{case}.factcheck"
        data = bytearray(original)
        if case % 3 == 2:
            target.write_bytes(original)
            column = rng.choice(["start", '"end"', "quote", "status", "document_id", "rating"])
            value = rng.choice(["-1", "99999999", "'x'", "NULL", "0", "''", "x'00ff'"])
            try:
                alter(target, "pragma foreign_keys = off", f"update claims set {column} = {value}")
            except sqlite3.DatabaseError:
                continue
        else:
            for _ in range(rng.randint(1, 8)):
                at = rng.randrange(len(data))
                data[at] = rng.randrange(256)
            target.write_bytes(bytes(data))
        try:
            project = Project.open(target)
        except UserError as err:
            assert str(err) and "\n" not in str(err)
            outcomes["refused"] += 1
            continue
        with project:
            # Whatever opened must be fully readable, as the window would read it.
            project.settings()
            for doc in project.documents():
                assert doc.text is not None
            for claim in project.claims():
                doc = project.document(claim.document_id)
                assert doc.text[claim.start : claim.end] == claim.quote
            project.evidence()
            project.snapshot()
            outcomes["read-only" if project.read_only else "usable"] += 1
    assert outcomes["refused"] > 0 and outcomes["usable"] > 0


def _two_versions(path: Path) -> None:
    """The sample project with a second version: the claim changed, one more orphaned."""
    with Project.open(path) as project:
        doc = project.documents()[0]
        gone = "The two spoke again on Monday."
        start = doc.text.index(gone)
        project.add_claim(new_claim(doc, start, start + len(gone) - 1))
        edited = doc.text.replace(gone, "").replace("not been scheduled", "never been scheduled")
        project.import_new_version(doc.id, ImportedDocument(edited, doc.title, "txt"))


@pytest.mark.parametrize(
    "sql",
    [
        "update claims set checked_version = 99",
        "update claims set checked_version = 'x'",
        "update claims set checked_version = x'00ff'",
        "update claims set anchor_state = 'pwned'",
        "update claims set anchor_score = 2.5",
        "update claims set anchor_score = 'high'",
        "update claims set anchor_old_quote = x'00ff'",
    ],
)
def test_a_doctored_record_of_versions_leaves_the_claim_out(project_path: Path, sql: str) -> None:
    """A report states a claim's versions as fact ("checked against version 2"), so a
    number or state the app never wrote leaves the claim out, and every report renders."""
    _two_versions(project_path)
    alter(project_path, sql)
    with Project.open(project_path) as project:
        assert project.claims() == []
        (warning,) = project.warnings
        assert "a claim with a damaged record of its versions" in warning
        snapshot = project.snapshot()
    for report_format in FORMATS.values():
        assert report_format.render(snapshot, ReportOptions())


@pytest.mark.parametrize(
    "sql",
    [
        "update document_versions set number = 'null' where number = 1",
        "update document_versions set number = 0 where number = 1",
        "update document_versions set imported_at = x'00ff' where number = 1",
        "update document_versions set extractor = x'00ff' where number = 1",
    ],
)
def test_a_damaged_old_version_is_left_out_with_the_claims_on_it(
    project_path: Path, sql: str
) -> None:
    _two_versions(project_path)
    alter(project_path, sql)
    with Project.open(project_path) as project:
        assert [v.number for v in project.versions(project.documents()[0].id)] == [2]
        assert [c.version for c in project.claims()] == [2]  # the orphan on version 1 went
        assert "a damaged version of a document" in project.warnings[0]
        snapshot = project.snapshot()
    for report_format in FORMATS.values():
        assert report_format.render(snapshot, ReportOptions())
