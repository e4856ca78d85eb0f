"""Sizes beyond :mod:`workbench.store.limits` are refused at open, naming the limit.

The sizes are measured in SQL before any value is loaded, so a refusal costs no memory;
imports that would cross a limit are refused before they are written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.command import Run
from tests.store.conftest import alter
from workbench.core.errors import ProjectFileError, UserError
from workbench.core.merge import Side
from workbench.core.model import Evidence, ImportedDocument, new_id
from workbench.store import limits
from workbench.store.merging import apply_merge, prepare_merge
from workbench.store.projectfile import Project

# limit -> (a value the sample project exceeds, what the message says it holds)
LIMITS = {
    "MAX_DOCUMENTS": (0, "1 documents"),
    "MAX_DOCUMENT_CHARS": (100, "characters of text in one document"),
    "MAX_TOTAL_TEXT_CHARS": (100, "characters of document text"),
    "MAX_CLAIMS": (0, "1 claims"),
    "MAX_EVIDENCE": (0, "1 pieces of evidence"),
    "MAX_HISTORY": (2, "history entries"),
    "MAX_RECORD_CHARS": (10, "characters of notes, evidence and history"),
    "MAX_ATTACHED_BYTES": (10, "bytes of imported files and attachments"),
}


def _with_evidence(path: Path) -> None:
    with Project.open(path) as project:
        claim_id = project.claims()[0].id
        project.add_evidence(Evidence(id=new_id(), claim_id=claim_id, url="https://e.org"))


@pytest.mark.parametrize(("name", "case"), LIMITS.items(), ids=LIMITS.keys())
def test_each_limit_refuses_the_file_and_names_itself(
    project_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, case: tuple[int, str]
) -> None:
    _with_evidence(project_path)
    value, holds = case
    monkeypatch.setattr(limits, name, value)
    message = f"{holds}; a project may hold at most {value:,}. It is not opened."
    with pytest.raises(ProjectFileError, match=re.escape(message)):
        Project.open(project_path, read_only=True)


def test_the_file_size_limit_is_checked_before_sqlite_reads_it(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1024)
    with pytest.raises(ProjectFileError, match="more than the 0 MB a project file may have"):
        Project.open(project_path, read_only=True)


def test_an_import_or_merge_beyond_the_limits_is_not_written(
    project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.factcheck"
    with Project.create(other) as project:
        project.add_document(ImportedDocument(text="Another article.", title="B", format="txt"))
    with Project.open(project_path) as project:
        length = len(project.documents()[0].text)
        monkeypatch.setattr(limits, "MAX_DOCUMENT_CHARS", length)
        big = ImportedDocument(text="x" * (length + 1), title="Big", format="txt")
        with pytest.raises(UserError, match=r"The import of 'Big' was not made: .* would hold"):
            project.add_document(big)
        monkeypatch.setattr(limits, "MAX_TOTAL_TEXT_CHARS", length)
        with pytest.raises(UserError, match="characters of document text; a project may hold"):
            project.add_document(ImportedDocument(text="short", title="Small", format="txt"))
        source = prepare_merge(project.snapshot(), project_path, other)
        with pytest.raises(UserError, match=r"The merge of 'other\.factcheck' was not made"):
            apply_merge(project, source, Side.MINE)
        assert len(project.documents()) == 1
        assert len(project.history()) == 2
    monkeypatch.undo()
    with Project.open(project_path, read_only=True) as project:
        assert project.warnings == []
        assert len(project.documents()) == 1


def test_too_many_claims_are_refused_by_the_command_before_any_is_loaded(
    project_path: Path, run: Run
) -> None:
    over = limits.MAX_CLAIMS + 1
    alter(
        project_path,
        'insert into claims (id, document_id, start, "end", quote, status)'
        f" with recursive n(i) as (select 2 union all select i + 1 from n where i < {over})"
        " select 'c' || i, document_id, start, \"end\", quote, status from n, claims"
        " where claims.rowid = 1",
    )
    result = run("check", project_path, check_rc=1)
    assert f"holds {over:,} claims; a project may hold at most {limits.MAX_CLAIMS:,}" in (
        result.stderr
    )
