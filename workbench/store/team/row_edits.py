"""Adding, editing, deleting and restoring a team project's documents, claims and evidence.

Each edit is kept while the server is away (:mod:`workbench.store.team.keeping`); each
field edit goes through the guarded update, and a deletion is checked against what was
shown, so a colleague's change meanwhile is a conflict, never overwritten.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, TypeVar

from workbench.core.errors import UserError
from workbench.core.model import (
    CLAIM_EDITABLE_FIELDS,
    EVIDENCE_EDITABLE_FIELDS,
    Action,
    Claim,
    Document,
    DocumentVersion,
    Entity,
    Evidence,
    ImportedDocument,
    RemovedDocument,
    as_record,
    new_id,
    now_iso,
    span_fields,
)
from workbench.store import edits, records
from workbench.store.team import resend as kept
from workbench.store.team import versions as team_versions
from workbench.store.team.guarded_update import TeamGuardedUpdate
from workbench.store.team.keeping import kept_deletion, kept_when_offline
from workbench.store.team.rows import (
    insert_document,
    insert_row,
    store_blob,
)

Item = TypeVar("Item", Document, Claim, Evidence)


class TeamRowEdits(TeamGuardedUpdate):
    """The edits of a team project's rows, and their undo."""

    @kept_when_offline
    def add_document(self, imported: ImportedDocument, *, document_id: str = "") -> Document:
        """Add an imported article; its original file is stored once by its SHA-256."""
        doc = imported.as_document(document_id or new_id(), now_iso())
        with self._change(Entity.DOCUMENT, doc.id) as conn:
            insert_document(conn, doc, imported.original)
            self._record(
                Action.CREATE, Entity.DOCUMENT, doc.id, None, records.document_summary(doc)
            )
        return doc

    @kept_deletion(kept.removed_document)
    def delete_document(self, document_id: str) -> RemovedDocument:
        """Remove a document with its claims and evidence (editors only); returns them.

        A colleague's change to any of them since they were shown is a conflict.
        """
        shown = dict(self._seen)
        doc = self.document(document_id)
        claims = self.claims(document_id)
        evidence = [item for claim in claims for item in self.evidence(claim.id)]
        ids = [doc.id, *(c.id for c in claims), *(e.id for e in evidence)]
        rows = [self._seen[item_id] for item_id in ids]
        kept.check_deletion(shown, Entity.DOCUMENT, doc.title, rows, self.reviewer)
        older = tuple(asdict(v) for v in self.versions(document_id))
        removed = RemovedDocument(
            doc, self.document_original(document_id), tuple(claims), tuple(evidence), older
        )
        with self._change(Entity.DOCUMENT, document_id) as conn:
            for claim in claims:
                self._delete_claim_rows(claim)
            conn.execute("delete from documents where id = %s", [document_id])
            self._record(
                Action.DELETE, Entity.DOCUMENT, doc.id, records.document_summary(doc), None
            )
        return removed

    def restore_document(self, removed: RemovedDocument) -> None:
        """Put back a removed document with its claims and evidence, unchanged (undo)."""
        doc = removed.document
        with self._change(Entity.DOCUMENT, doc.id) as conn:
            insert_document(conn, doc, removed.original)
            self._record(
                Action.CREATE, Entity.DOCUMENT, doc.id, None, records.document_summary(doc)
            )
            self._seen[doc.id] = (1, doc)
            for row in removed.version_rows:  # its texts, as delete_document read them
                team_versions.keep(conn, DocumentVersion(**row))
            for claim in removed.claims:
                insert_row(conn, "claims", as_record(claim))
                self._record(Action.CREATE, Entity.CLAIM, claim.id, None, as_record(claim))
                self._seen[claim.id] = (1, claim)
            for item in removed.evidence:
                self._insert_evidence(item)

    @kept_when_offline
    def update_document(self, document_id: str, **changes: str) -> Document:
        """Change a document's details, guarded against a colleague's concurrent change."""
        values = edits.document_details(changes)
        current = self._fresh(Entity.DOCUMENT, document_id)
        return self._guarded_update(Entity.DOCUMENT, current, values, stamp=False)

    @kept_when_offline
    def add_claim(self, claim: Claim) -> Claim:
        """Store a new claim; stamps who and when."""
        doc = self.document(claim.document_id)
        edits.check_quote(doc, claim)
        claim = edits.stamped(claim, self.reviewer)
        with self._change(Entity.CLAIM, claim.id) as conn:
            insert_row(conn, "claims", as_record(claim))
            self._record(Action.CREATE, Entity.CLAIM, claim.id, None, as_record(claim))
        self._seen[claim.id] = (1, claim)
        return claim

    @kept_when_offline
    def update_claim(self, claim_id: str, **changes: Any) -> Claim:
        """Change a claim's editable fields; EditConflict if a colleague changed them too."""
        edits.check_editable(changes, CLAIM_EDITABLE_FIELDS, "claim")
        changes = edits.claim_changes(changes, self.settings)
        current = self._fresh(Entity.CLAIM, claim_id)
        return self._guarded_update(Entity.CLAIM, current, changes)

    @kept_when_offline
    def update_claim_span(self, claim_id: str, start: int, end: int) -> Claim:
        """Move a claim's span; quote and context are taken afresh from the text."""
        current = self._fresh(Entity.CLAIM, claim_id)
        doc = self.document(current[1].document_id)
        changes = span_fields(doc, start, end)
        return self._guarded_update(Entity.CLAIM, current, changes)

    @kept_deletion(kept.removed_claim)
    def delete_claim(self, claim_id: str) -> tuple[Claim, list[Evidence]]:
        """Delete a claim and its evidence; returns both so the deletion can be undone.

        A colleague's change to either since they were shown is a conflict.
        """
        shown = dict(self._seen)
        claim = self.claim(claim_id)
        evidence = self.evidence(claim_id)
        rows = [self._seen[item_id] for item_id in (claim.id, *(e.id for e in evidence))]
        kept.check_deletion(shown, Entity.CLAIM, claim.quote, rows, self.reviewer)
        with self._change(Entity.CLAIM, claim_id):
            self._delete_claim_rows(claim)
        return claim, evidence

    def restore_claim(self, claim: Claim, evidence: list[Evidence]) -> None:
        """Put back a deleted claim with its evidence, ids and stamps unchanged (undo)."""
        with self._change(Entity.CLAIM, claim.id) as conn:
            insert_row(conn, "claims", as_record(claim))
            self._record(Action.CREATE, Entity.CLAIM, claim.id, None, as_record(claim))
            self._seen[claim.id] = (1, claim)
            for item in evidence:
                self._insert_evidence(item)

    def _delete_claim_rows(self, claim: Claim) -> None:
        for item in self.evidence(claim.id):
            self.conn.execute("delete from evidence where id = %s", [item.id])
            self._record(Action.DELETE, Entity.EVIDENCE, item.id, as_record(item), None)
        self.conn.execute("delete from claims where id = %s", [claim.id])
        self._record(Action.DELETE, Entity.CLAIM, claim.id, as_record(claim), None)

    @kept_when_offline
    def add_evidence(self, evidence: Evidence) -> Evidence:
        """Store new evidence for an existing claim; stamps who and when."""
        self.claim(evidence.claim_id)
        evidence = edits.stamped(evidence, self.reviewer)
        with self._change(Entity.EVIDENCE, evidence.id):
            self._insert_evidence(evidence)
        return evidence

    @kept_when_offline
    def update_evidence(self, evidence_id: str, **changes: Any) -> Evidence:
        """Change evidence fields; EditConflict if a colleague changed them too."""
        edits.check_editable(changes, EVIDENCE_EDITABLE_FIELDS, "evidence")
        current = self._fresh(Entity.EVIDENCE, evidence_id)
        return self._guarded_update(Entity.EVIDENCE, current, changes)

    @kept_deletion(kept.removed_evidence)
    def delete_evidence(self, evidence_id: str) -> Evidence:
        """Delete one piece of evidence; returns it so the deletion can be undone.

        A colleague's change to it since it was shown is a conflict.
        """
        shown = dict(self._seen)
        if not self._evidence("where id = %s", [evidence_id]):
            raise UserError(f"No evidence with id '{evidence_id}' in this project.")
        current = self._seen[evidence_id]
        item = current[1]
        kept.check_deletion(shown, Entity.EVIDENCE, item.display_title, [current],
                              self.reviewer)  # fmt: skip
        with self._change(Entity.EVIDENCE, evidence_id) as conn:
            conn.execute("delete from evidence where id = %s", [evidence_id])
            self._record(Action.DELETE, Entity.EVIDENCE, item.id, as_record(item), None)
        return item

    def restore_evidence(self, evidence: Evidence) -> None:
        """Put back deleted evidence unchanged (undo)."""
        with self._change(Entity.EVIDENCE, evidence.id):
            self._insert_evidence(evidence)

    def _insert_evidence(self, evidence: Evidence) -> None:
        insert_row(self.conn, "evidence", as_record(evidence))
        self._record(Action.CREATE, Entity.EVIDENCE, evidence.id, None, as_record(evidence))
        self._seen[evidence.id] = (1, evidence)  # a new row, as this reviewer made it

    @kept_when_offline
    def set_evidence_attachment(self, evidence_id: str, name: str, data: bytes | None) -> Evidence:
        """Attach a file to evidence (stored once by SHA-256), or remove it (``None``)."""
        old = self._fresh(Entity.EVIDENCE, evidence_id)[1]
        name = edits.attachment_name(name, data)
        digest = store_blob(self.conn, data) if data is not None else ""
        new = old.with_changes(attachment_name=name, **edits.stamps(self.reviewer))
        with self._change(Entity.EVIDENCE, evidence_id) as conn:
            conn.execute(
                "update evidence set attachment_sha256 = %s, attachment_name = %s,"
                " updated_by = %s, updated_at = %s, row_version = row_version + 1 where id = %s",
                [digest, name, new.updated_by, new.updated_at, evidence_id],
            )
            after = {"attachment_name": name, "attachment_sha256": digest} if data else {}
            self._record(
                Action.UPDATE, Entity.EVIDENCE, evidence_id,
                {"attachment_name": old.attachment_name}, after or {"attachment_name": ""},
            )  # fmt: skip
        self._evidence("where id = %s", [evidence_id])  # seen: this reviewer's own change
        return new
