"""The project file on disk: create, edit, reopen; every edit committed with its history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.store.conftest import PESKOV, first_document
from workbench.core.errors import ReadOnlyProjectError, UserError
from workbench.core.model import (
    Action,
    Entity,
    Evidence,
    ProjectSettings,
    Status,
    new_claim,
    new_id,
)
from workbench.store import migrations
from workbench.store.projectfile import Project


def test_a_new_file_is_recognisable_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "new.factcheck"
    Project.create(path, title="Budapest check").close()
    conn = sqlite3.connect(path)
    assert conn.execute("pragma application_id").fetchone()[0] == migrations.APPLICATION_ID
    assert conn.execute("pragma user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert path.read_bytes()[68:72] == b"FCWB"
    with Project.open(path) as project:
        assert project.settings().title == "Budapest check"
    assert [p.name for p in tmp_path.iterdir()] == ["new.factcheck"]


def test_create_refuses_to_overwrite(project_path: Path) -> None:
    before = project_path.read_bytes()
    with pytest.raises(UserError, match="already exists"):
        Project.create(project_path)
    assert project_path.read_bytes() == before


def test_edits_survive_reopening(project: Project, project_path: Path) -> None:
    claim = project.claims()[0]
    project.update_claim(claim.id, status="disputed", rating="false", note="No date was set.")
    project.add_evidence(
        Evidence(id=new_id(), claim_id=claim.id, url="https://example.org/a", stance="refutes")  # type: ignore[arg-type]
    )
    project.close()
    with Project.open(project_path) as again:
        stored = again.claim(claim.id)
        assert (stored.status, stored.rating, stored.note) == (
            Status.DISPUTED,
            "False",
            "No date was set.",
        )
        assert stored.quote == PESKOV
        assert again.evidence_counts() == {claim.id: 1}
        assert again.evidence(claim.id)[0].url == "https://example.org/a"


def test_every_edit_writes_one_history_row_naming_the_reviewer(project: Project) -> None:
    claim = project.claims()[0]
    before = len(project.history())
    project.reviewer = "Second Reviewer"
    project.update_claim(claim.id, status="verified")
    project.update_claim(claim.id, status="verified")  # no change, no history
    events = project.history(claim.id)
    assert len(project.history()) == before + 1
    last = events[-1]
    assert (last.action, last.entity, last.reviewer) == (
        Action.UPDATE,
        Entity.CLAIM,
        "Second Reviewer",
    )
    assert last.before == {"status": "unreviewed"}
    assert last.after == {"status": "verified"}
    assert project.claim(claim.id).updated_by == "Second Reviewer"
    assert project.reviewers() == ["Ada Reviewer", "Second Reviewer"]


def test_delete_and_restore_claim_with_its_evidence(project: Project) -> None:
    claim = project.claims()[0]
    project.add_evidence(Evidence(id=new_id(), claim_id=claim.id, title="Kremlin readout"))
    removed, evidence = project.delete_claim(claim.id)
    assert project.claims() == []
    assert project.evidence() == []
    project.restore_claim(removed, evidence)
    assert project.claims() == [removed]
    assert project.evidence(claim.id) == evidence


def test_a_claim_must_match_its_document(project: Project) -> None:
    doc = first_document(project)
    claim = new_claim(doc, 0, 10)
    with pytest.raises(UserError, match="No document"):
        project.add_claim(claim.with_changes(document_id="missing"))
    with pytest.raises(UserError, match="quote does not match"):
        project.add_claim(claim.with_changes(quote="x" * 10))
    with pytest.raises(UserError, match="Unknown rating"):
        project.update_claim(project.claims()[0].id, rating="Pants on fire")


def test_settings_round_trip(project: Project) -> None:
    settings = ProjectSettings(
        title="Desk", organisation="Example Desk", organisation_url="https://e.org"
    )
    project.update_settings(settings)
    assert project.settings() == settings
    assert project.history()[-1].entity is Entity.PROJECT


def test_documents_keep_their_original_bytes_and_pages(
    project: Project, sample_article: Path
) -> None:
    doc = first_document(project)
    assert project.document_original(doc.id) == sample_article.read_bytes()
    assert doc.text_sha256 and doc.original_sha256
    claims = project.claims()
    project.add_evidence(Evidence(id=new_id(), claim_id=claims[0].id, title="Readout"))
    evidence = project.evidence()
    removed = project.delete_document(doc.id)
    assert project.documents() == [] and project.claims() == [] and project.evidence() == []
    assert removed.original == sample_article.read_bytes()
    project.restore_document(removed)
    assert project.documents() == [doc]
    assert project.claims() == claims and project.evidence() == evidence
    assert project.document_original(doc.id) == sample_article.read_bytes()


def test_save_copy_writes_a_consistent_copy(project: Project, tmp_path: Path) -> None:
    copy = project.save_copy(tmp_path / "copy.factcheck")
    with Project.open(copy) as again:
        assert again.claims() == project.claims()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_full_disk_is_a_clear_message_and_loses_nothing(
    project: Project, project_path: Path
) -> None:
    doc = first_document(project)
    claims_before = project.claims()
    # Cap the file at its current size: the next growth fails as a full disk would.
    pages = project.db.conn.execute("pragma page_count").fetchone()[0]
    project.db.conn.execute(f"pragma max_page_count = {pages}")
    big = doc.text * 50
    with pytest.raises(UserError, match="disk is full"):
        project.add_claim(new_claim(doc, 0, 5, note=big))
    project.close()
    with Project.open(project_path) as again:
        assert again.claims() == claims_before
        assert again.db.conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_read_only_project_refuses_edits(project_path: Path) -> None:
    with (
        Project.open(project_path, read_only=True) as project,
        pytest.raises(ReadOnlyProjectError, match="read-only"),
    ):
        project.update_claim(project.claims()[0].id, status="verified")


@pytest.mark.parametrize("include_originals", [True, False])
def test_share_copy_is_compact_and_holds_no_deleted_text(
    project: Project, tmp_path: Path, include_originals: bool
) -> None:
    claim = project.claims()[0]
    project.update_claim(claim.id, note="SECRET-DRAFT-NOTE " * 200)
    project.update_claim(claim.id, note="Final note.")
    # The history keeps old notes by design; remove them so only free pages could leak it.
    project.db.execute("delete from history where after like '%SECRET%' or before like '%SECRET%'")
    # secure_delete zeroes freed content, so the working file does not keep it either.
    assert b"SECRET-DRAFT-NOTE" not in project.path.read_bytes()
    assert project.originals_size() == len(
        project.document_original(project.documents()[0].id) or b""
    )
    size = project.share_copy(tmp_path / "share.factcheck", include_originals=include_originals)
    copy = tmp_path / "share.factcheck"
    assert size == copy.stat().st_size
    assert b"SECRET-DRAFT-NOTE" not in copy.read_bytes()
    with Project.open(copy) as shared:
        assert shared.claims()[0].note == "Final note."
        original = shared.document_original(shared.documents()[0].id)
        assert (original is not None) is include_originals
        assert shared.documents()[0].text == project.documents()[0].text


def test_new_files_and_copies_get_the_usual_permissions(project: Project, tmp_path: Path) -> None:
    """Not mkstemp's private 0600: colleagues on a shared drive must be able to read them."""
    import os

    umask = os.umask(0o022)
    try:
        made = tmp_path / "made.factcheck"
        Project.create(made).close()
        copy = project.save_copy(tmp_path / "copy.factcheck")
        for path in (made, copy):
            assert path.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(umask)
