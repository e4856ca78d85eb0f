"""Doctored values are left out like any damaged row: never an internal error, anywhere.

Each case puts one value a reader cannot use into a real project file; the file opens,
the value's row is left out with a reason, and everything the window and the commands
read (settings, documents, claims, evidence, history, a snapshot) still works.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.command import Run
from tests.store.conftest import alter
from workbench.core.model import Evidence, new_id
from workbench.store import limits
from workbench.store.projectfile import Project

_DEEP = f"printf('%.{100_000}c', '[') || printf('%.{100_000}c', ']')"
_HUGE = f"printf('%.{limits.MAX_FIELD_CHARS + 1}c', 'x')"

CASES = {
    # claims
    "blob in a claim's note": ("update claims set note = x'00ff'", "a claim with a damaged note"),
    "blob as claimant": ("update claims set claimant = x'2a'", "a claim with a damaged claimant"),
    "huge note": (f"update claims set note = {_HUGE}", "a claim with a damaged note"),
    "word as a time": (
        "update claims set created_at = 'yesterday'",
        "a claim with a damaged created_at",
    ),
    "time outside the calendar": (
        "update claims set updated_at = '0001-01-01T00:00:00+05:00'",
        "a claim with a damaged updated_at",
    ),
    "fractional position": ("update claims set start = 1.5", "a claim without a position"),
    "claim without an id": ("update claims set id = NULL", "a claim without a proper id"),
    # evidence
    "blob as a URL": ("update evidence set url = zeroblob(3)", "evidence with a damaged url"),
    "text as an attachment": (
        "update evidence set attachment = 'not bytes'",
        "evidence with a damaged file",
    ),
    # documents
    "page numbers nested 100,000 deep": (
        f"update documents set page_starts = {_DEEP}",
        "a document with broken page numbers",
    ),
    "Infinity in page numbers": (
        "update documents set page_starts = '[Infinity]'",
        "a document with broken page numbers",
    ),
    "blob as a title": (
        "update documents set title = x'c0ffee'",
        "a document with a damaged title",
    ),
    "import time not a time": (
        "update documents set imported_at = '2026-13-45'",
        "a document with a damaged imported_at",
    ),
    # history
    "history nested 100,000 deep": (
        f"update history set before = {_DEEP}",
        "a damaged history entry",
    ),
    "NaN in history": ("""update history set "after" = '{"status": NaN}'""", "damaged history"),
    "1e400 in history": ("""update history set "after" = '{"v": 1e400}'""", "damaged history"),
    "lone surrogate in history": (
        """update history set "after" = '{"status": "\\ud800"}'""",
        "a damaged history entry",
    ),
    "history time not a time": ("update history set at = 'soon'", "a damaged history entry"),
    "unknown history action": ("update history set action = 'pwn'", "a damaged history entry"),
    # settings
    "title nested 100,000 deep": (
        f"update meta set value = {_DEEP} where key = 'title'",
        "damaged project settings",
    ),
    "lone surrogate in the title": (
        """update meta set value = '"\\udc00"' where key = 'title'""",
        "damaged project settings",
    ),
    "blob as the rating scale": (
        "update meta set value = x'ff' where key = 'rating_scale'",
        "damaged project settings",
    ),
}


@pytest.fixture
def with_evidence(project_path: Path) -> Path:
    with Project.open(project_path) as project:
        claim = project.claims()[0]
        project.add_evidence(
            Evidence(id=new_id(), claim_id=claim.id, url="https://e.org", title="Source")
        )
    return project_path


def _read_everything(project: Project) -> None:
    """What the window and every command read, all of which must work."""
    project.settings()
    for doc in project.documents():
        assert isinstance(doc.title, str) and isinstance(doc.text, str)
    for claim in project.claims():
        assert project.document(claim.document_id).text[claim.start : claim.end] == claim.quote
    project.evidence()
    project.evidence_counts()
    snapshot = project.snapshot()
    assert all(isinstance(name, str) for name in snapshot.reviewers)
    json.dumps([event.before for event in snapshot.history], allow_nan=False).encode("utf-8")
    json.dumps([event.after for event in snapshot.history], allow_nan=False).encode("utf-8")


def test_numbers_in_text_columns_are_stored_as_text(with_evidence: Path) -> None:
    """The columns' TEXT affinity turns a number into text: it is read as text."""
    alter(with_evidence, "update claims set claimant = 42", "update evidence set url = 7.5")
    with Project.open(with_evidence, read_only=True) as project:
        assert project.warnings == []
        assert project.claims()[0].claimant == "42"
        assert project.evidence()[0].url == "7.5"


@pytest.mark.parametrize(("sql", "reason"), CASES.values(), ids=CASES.keys())
def test_a_doctored_value_is_left_out_with_its_reason(
    with_evidence: Path, sql: str, reason: str
) -> None:
    alter(with_evidence, "pragma foreign_keys = off", sql)
    for read_only in (True, False):
        with Project.open(with_evidence, read_only=read_only) as project:
            assert reason in " ".join(project.warnings)
            _read_everything(project)


def test_doctored_values_never_reach_a_command_as_an_internal_error(
    with_evidence: Path, run: Run
) -> None:
    alter(
        with_evidence,
        f"update history set before = {_DEEP}",
        """update history set "after" = '{"status": NaN}' where before is null""",
        f"update meta set value = {_DEEP} where key = 'title'",
        "update evidence set url = x'00ff', title = 7",
        "update claims set updated_at = 'not a time'",
    )
    result = run("check", with_evidence, check_rc=None)
    assert "damaged entries that were left out" in result.stderr
    assert "1 claim" in result.stderr and "history entr" in result.stderr
    for fmt in ("json", "annotations", "csv", "claimreview", "html", "md"):
        out = with_evidence.parent / f"out.{fmt}"
        result = run("export", with_evidence, "--format", fmt, "-o", out)
        assert "internal error" not in result.stderr.lower()
        assert out.stat().st_size > 0
    listed = run("claims", with_evidence, "--json")
    assert json.loads(listed.stdout)["claims"] == []
