"""Moving a claim's span, correcting a document's details, attaching files to evidence."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.store.conftest import PESKOV
from workbench.core.errors import ReadOnlyProjectError, UserError
from workbench.core.model import MAX_ATTACHMENT_BYTES, Entity, Evidence, Stance, new_id
from workbench.store.projectfile import Project


def test_a_moved_span_takes_its_quote_and_context_from_the_text(project: Project) -> None:
    claim = project.claims()[0]
    text = project.document(claim.document_id).text
    start = text.index(PESKOV) + len("You ")
    moved = project.update_claim_span(claim.id, start, claim.end)
    assert (moved.quote, moved.prefix, moved.suffix) == (
        text[start : claim.end],
        text[start - 32 : start],
        text[claim.end : claim.end + 32],
    )
    project.close()
    with sqlite3.connect(project.path) as conn:
        row = conn.execute(
            "select start, quote, prefix from claims where id = ?", [claim.id]
        ).fetchone()
    assert row == (start, text[start : claim.end], text[start - 32 : start])
    reopened = Project.open(project.path)
    event = reopened.history(claim.id)[-1]
    assert event.before == {"start": claim.start, "quote": claim.quote, "prefix": claim.prefix}
    assert event.after is not None and event.after["quote"] == PESKOV[4:]
    reopened.close()


def test_a_span_outside_the_text_is_refused_and_nothing_changes(project: Project) -> None:
    claim = project.claims()[0]
    with pytest.raises(UserError, match="does not lie inside"):
        project.update_claim_span(claim.id, claim.start, 10**9)
    with pytest.raises(UserError):
        project.update_claim_span(claim.id, claim.end, claim.end)
    assert project.claim(claim.id) == claim
    assert project.update_claim_span(claim.id, claim.start, claim.end) == claim
    assert len(project.history(claim.id)) == 1  # the creation only


def test_document_details_are_corrected_with_a_history_row(project: Project) -> None:
    doc = project.documents()[0]
    new = project.update_document(
        doc.id,
        title="  Budapest   summit postponed ",
        author="Ada Writer",
        published="2025-10-22",
        source_url="https://example.org/a",
    )
    assert (new.title, new.author, new.published) == (
        "Budapest summit postponed",
        "Ada Writer",
        "2025-10-22",
    )
    assert new.text == doc.text
    assert project.document(doc.id) == new
    event = project.history(doc.id)[-1]
    assert event.entity is Entity.DOCUMENT
    assert event.before == {
        "title": doc.title,
        "author": doc.author,
        "published": doc.published,
        "source_url": doc.source_url,
    }
    assert project.update_document(doc.id, title="").title == "Untitled document"
    with pytest.raises(ValueError, match="text"):
        project.update_document(doc.id, text="rewritten")


def test_read_only_refuses_detail_and_span_edits(project_path: Path) -> None:
    with Project.open(project_path, read_only=True) as project:
        doc = project.documents()[0]
        claim = project.claims()[0]
        with pytest.raises(ReadOnlyProjectError):
            project.update_document(doc.id, title="x")
        with pytest.raises(ReadOnlyProjectError):
            project.update_claim_span(claim.id, claim.start, claim.end - 1)


def test_attachments_are_stored_read_back_and_removed(project: Project) -> None:
    claim = project.claims()[0]
    item = project.add_evidence(
        Evidence(id=new_id(), claim_id=claim.id, title="Readout", stance=Stance.REFUTES)
    )
    assert project.evidence_attachment(item.id) is None
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    stored = project.set_evidence_attachment(item.id, "folder/readout.png", png)
    assert stored.attachment_name == "readout.png"
    assert project.evidence(claim.id)[0].attachment_name == "readout.png"
    assert project.evidence_attachment(item.id) == png
    after = project.history(item.id)[-1].after
    assert after is not None and after["attachment_size"] == len(png)
    assert "attachment" not in after
    project.set_evidence_attachment(item.id, "", None)
    assert project.evidence_attachment(item.id) is None
    assert project.evidence(claim.id)[0].attachment_name == ""


def test_an_oversized_attachment_is_refused(project: Project) -> None:
    claim = project.claims()[0]
    item = project.add_evidence(Evidence(id=new_id(), claim_id=claim.id, title="Big"))
    with pytest.raises(UserError, match="limited to"):
        project.set_evidence_attachment(item.id, "big.pdf", bytes(MAX_ATTACHMENT_BYTES + 1))
    assert project.evidence_attachment(item.id) is None
