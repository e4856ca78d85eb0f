"""A new version of a document: old text kept, claims carried over, undo, integrity."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from workbench.core.errors import UserError
from workbench.core.model import ImportedDocument, new_claim
from workbench.store.projectfile import Project

from .conftest import PESKOV

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _edited(project: Project, old: str, new: str) -> ImportedDocument:
    (doc,) = project.documents()
    assert old in doc.text
    return ImportedDocument(
        doc.text.replace(old, new), doc.title, "txt", "edited.txt", original=b"v2"
    )


def test_a_new_version_keeps_the_old_text_and_carries_the_claim(project: Project) -> None:
    (doc,) = project.documents()
    old_text = doc.text
    result = project.import_new_version(doc.id, _edited(project, "Kremlin", "The Kremlin's"))
    assert result.number == 2 and result.states == {"exact": 1}
    current = project.document(doc.id)
    assert current.version == 2 and "The Kremlin's" in current.text
    assert [v.number for v in project.versions(doc.id)] == [1, 2]
    assert project.version(doc.id, 1).text == old_text
    (claim,) = project.claims(doc.id)
    assert current.text[claim.start : claim.end] == PESKOV
    assert (claim.version, claim.checked_version, claim.anchor_state) == (2, 1, "exact")
    assert project.document_original(doc.id) == b"v2"


def test_identical_text_writes_nothing(project: Project) -> None:
    (doc,) = project.documents()
    before = len(project.history())
    same = ImportedDocument(doc.text, doc.title, "txt", "same.txt")
    result = project.import_new_version(doc.id, same)
    assert result.unchanged and "No change" in result.message(doc.title)
    assert len(project.history()) == before and project.document(doc.id).version == 1


def test_an_edited_quote_is_changed_and_a_deleted_one_orphaned(project: Project) -> None:
    (doc,) = project.documents()
    changed = project.import_new_version(
        doc.id, _edited(project, PESKOV, PESKOV.replace("scheduled", "planned"))
    )
    assert changed.states == {"changed": 1}
    (claim,) = project.claims(doc.id)
    assert claim.quote.endswith("planned") and claim.anchor_old_quote == PESKOV
    new_quote = claim.quote
    orphaned = project.import_new_version(doc.id, _edited(project, new_quote, ""))
    assert orphaned.states == {"orphaned": 1}
    (claim,) = project.claims(doc.id)
    assert claim.version == 2 and claim.anchor_state == "orphaned"
    assert project.version(doc.id, 2).text[claim.start : claim.end] == new_quote


def test_orphans_reattach_and_undo_restores_the_anchor(project: Project) -> None:
    (doc,) = project.documents()
    project.import_new_version(doc.id, _edited(project, PESKOV, "Something else entirely"))
    (orphan,) = project.claims(doc.id)
    text = project.document(doc.id).text
    start = text.index("Something else")
    attached = project.reattach_claim(orphan.id, start, start + len("Something else"))
    assert (attached.quote, attached.version, attached.anchor_state) == ("Something else", 2, "")
    project.restore_anchor(orphan)
    assert project.claim(orphan.id).anchor_state == "orphaned"
    accepted = project.accept_anchor(orphan.id)
    assert accepted.anchor_state == "" and accepted.checked_version == 1


def test_a_file_with_an_orphan_reopens_and_deleting_restores_versions(
    project_path: Path,
) -> None:
    with Project.open(project_path) as project:
        (doc,) = project.documents()
        project.import_new_version(doc.id, _edited(project, PESKOV, "Gone"))
    with Project.open(project_path) as project:
        assert project.warnings == []
        assert project.claims()[0].anchor_state == "orphaned"
        removed = project.delete_document(doc.id)
        project.restore_document(removed)
        assert [v.number for v in project.versions(doc.id)] == [1, 2]


def test_a_doctored_old_version_leaves_out_its_claims(project_path: Path) -> None:
    with Project.open(project_path) as project:
        (doc,) = project.documents()
        project.import_new_version(doc.id, _edited(project, PESKOV, "Gone"))
    conn = sqlite3.connect(project_path)
    conn.execute("update document_versions set text = 'tampered' where number = 1")
    conn.commit()
    conn.close()
    with Project.open(project_path) as project:
        assert project.claims() == []
        assert "a claim that points outside its version" in project.warnings[0]


def test_unknown_versions_are_a_clear_error(project: Project) -> None:
    (doc,) = project.documents()
    with pytest.raises(UserError, match="no version 7"):
        project.version(doc.id, 7)


def test_migrating_v1_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.factcheck"
    shutil.copy(FIXTURES / "schema-v1.factcheck", path)
    counts = _counts(path)
    with Project.open(path) as project:
        (doc,) = project.documents()
        assert [v.text for v in project.versions(doc.id)] == [doc.text]
        (claim,) = project.claims()
        assert (claim.version, claim.checked_version, claim.anchor_state) == (1, 1, "")
    assert _counts(path) == counts


def test_a_v1_file_opened_read_only_is_read_without_being_written(tmp_path: Path) -> None:
    path = tmp_path / "old.factcheck"
    shutil.copy(FIXTURES / "schema-v1.factcheck", path)
    with Project.open(path, read_only=True) as project:
        (doc,) = project.documents()
        assert doc.version == 1 and len(project.claims()) == 1
    assert path.read_bytes() == (FIXTURES / "schema-v1.factcheck").read_bytes()
    assert not path.with_name("old.factcheck.bak-v1").exists()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    tables = ("meta", "documents", "claims", "evidence", "history")
    counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
    conn.close()
    return counts


def test_new_claims_are_made_on_the_current_version(project: Project) -> None:
    (doc,) = project.documents()
    project.import_new_version(doc.id, _edited(project, "Kremlin", "The Kremlin's"))
    doc = project.document(doc.id)
    start = doc.text.index("The Kremlin's")
    claim = project.add_claim(new_claim(doc, start, start + 13))
    assert (claim.version, claim.checked_version) == (2, 2)
