"""Deleting documents, claims and evidence from a project file, and putting them back (undo).

A deletion takes everything on what it deletes (a document's claims, a claim's evidence,
evidence's archived copies) in one transaction with a history row for each, and returns
what the undo needs to put it all back unchanged, ids and stamps included.
"""

from __future__ import annotations

from workbench.core.model import (
    Action,
    Claim,
    Entity,
    Evidence,
    RemovedDocument,
    as_record,
)
from workbench.store import archived_copies as copy_store
from workbench.store import records
from workbench.store.failures import storage_errors
from workbench.store.file_evidence import FileEvidence


class FileRemovals(FileEvidence):
    """Deletions and their undo in an open project file."""

    @storage_errors
    def delete_document(self, document_id: str) -> RemovedDocument:
        """Remove a document with all its claims and their evidence; returns them for undo."""
        self.ensure_writable()
        doc = self.document(document_id)
        claims = self.claims(document_id)
        evidence = [item for claim in claims for item in self.evidence(claim.id)]
        version_rows = self.db.query(
            "select * from document_versions where document_id = ?", [document_id]
        )
        removed = RemovedDocument(
            doc,
            self.document_original(document_id),
            tuple(claims),
            tuple(evidence),
            tuple(version_rows),
        )
        with self.db.atomic():
            for claim in claims:
                self._delete_claim_rows(claim)
            self.db.execute("delete from document_versions where document_id = ?", [document_id])
            self.db.execute("delete from documents where id = ?", [document_id])
            self.record(Action.DELETE, Entity.DOCUMENT, doc.id, records.document_summary(doc), None)
        return removed

    @storage_errors
    def restore_document(self, removed: RemovedDocument) -> None:
        """Put back a removed document with its claims and evidence, unchanged (undo)."""
        self.ensure_writable()
        doc = removed.document
        with self.db.atomic():
            self.db.table("documents").insert(records.document_row(doc, removed.original))
            self.db.table("document_versions").insert_all(
                removed.version_rows or [records.first_version_row(doc)]
            )
            self.record(Action.CREATE, Entity.DOCUMENT, doc.id, None, records.document_summary(doc))
            for claim in removed.claims:
                self.db.table("claims").insert(as_record(claim))
                self.record(Action.CREATE, Entity.CLAIM, claim.id, None, as_record(claim))
            for item in removed.evidence:
                self._insert_evidence(item)

    @storage_errors
    def delete_claim(self, claim_id: str) -> tuple[Claim, list[Evidence]]:
        """Delete a claim and its evidence; returns both so the deletion can be undone."""
        self.ensure_writable()
        claim = self.claim(claim_id)
        evidence = self.evidence(claim_id)
        with self.db.atomic():
            self._delete_claim_rows(claim)
        return claim, evidence

    @storage_errors
    def restore_claim(self, claim: Claim, evidence: list[Evidence]) -> None:
        """Put back a deleted claim with its evidence, ids and stamps unchanged (undo)."""
        self.ensure_writable()
        with self.db.atomic():
            self.db.table("claims").insert(as_record(claim))
            self.record(Action.CREATE, Entity.CLAIM, claim.id, None, as_record(claim))
            for item in evidence:
                self._insert_evidence(item)

    def _delete_claim_rows(self, claim: Claim) -> None:
        for item in self.evidence(claim.id):
            copy_store.delete_for_evidence(self, item.id)
            self.db.execute("delete from evidence where id = ?", [item.id])
            self.record(Action.DELETE, Entity.EVIDENCE, item.id, as_record(item), None)
        self.db.execute("delete from claims where id = ?", [claim.id])
        self.record(Action.DELETE, Entity.CLAIM, claim.id, as_record(claim), None)

    @storage_errors
    def delete_evidence(self, evidence_id: str) -> Evidence:
        """Delete one piece of evidence; returns it so the deletion can be undone."""
        self.ensure_writable()
        item = self._one_evidence(evidence_id)
        with self.db.atomic():
            copy_store.delete_for_evidence(self, evidence_id)
            self.db.execute("delete from evidence where id = ?", [evidence_id])
            self.record(Action.DELETE, Entity.EVIDENCE, item.id, as_record(item), None)
        return item

    @storage_errors
    def restore_evidence(self, evidence: Evidence) -> None:
        """Put back deleted evidence unchanged (undo)."""
        self.ensure_writable()
        with self.db.atomic():
            self._insert_evidence(evidence)
