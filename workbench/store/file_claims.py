"""The claims of a project file: read, add, edit (fields and span), stamped and recorded."""

from __future__ import annotations

from typing import Any

from workbench.core.errors import UserError
from workbench.core.model import (
    CLAIM_EDITABLE_FIELDS,
    Action,
    Claim,
    Entity,
    as_record,
    span_fields,
)
from workbench.store import edits, records
from workbench.store.edits import ItemT
from workbench.store.failures import storage_errors
from workbench.store.file_documents import FileDocuments


class FileClaims(FileDocuments):
    """The claims of an open project file, and the write every field edit goes through."""

    @storage_errors
    def claims(self, document_id: str | None = None) -> list[Claim]:
        """Claims in reading order (document, then position)."""
        columns = ", ".join(f'c."{c}"' for c in records.CLAIM_COLUMNS)
        if document_id is None:
            cursor = self.db.conn.execute(
                f"select {columns} from claims c join documents d on d.id = c.document_id"
                " order by d.imported_at, d.rowid, c.start, c.end"
            )
        else:
            cursor = self.db.conn.execute(
                f"select {columns} from claims c where c.document_id = ? order by c.start, c.end",
                [document_id],
            )
        skip = self.quarantine.claims
        return [records.claim(row) for row in cursor if row[0] not in skip]

    @storage_errors
    def claim(self, claim_id: str) -> Claim:
        """One claim by id, or a UserError naming the id."""
        columns = ", ".join(f'"{c}"' for c in records.CLAIM_COLUMNS)
        row = self.db.conn.execute(
            f"select {columns} from claims where id = ?", [claim_id]
        ).fetchone()
        if row is None or claim_id in self.quarantine.claims:
            raise UserError(f"No claim with id '{claim_id}' in this project.")
        return records.claim(row)

    @storage_errors
    def add_claim(self, claim: Claim) -> Claim:
        """Store a new claim (made with :func:`new_claim`); stamps who and when."""
        self.ensure_writable()
        doc = self.document(claim.document_id)
        edits.check_quote(doc, claim)
        claim = claim.with_changes(version=doc.version, checked_version=doc.version)
        claim = edits.stamped(claim, self.reviewer)
        with self.db.atomic():
            self.db.table("claims").insert(as_record(claim))
            self.record(Action.CREATE, Entity.CLAIM, claim.id, None, as_record(claim))
        return claim

    @storage_errors
    def update_claim(self, claim_id: str, **changes: Any) -> Claim:
        """Change a claim's editable fields; returns the new claim. No-op changes are skipped."""
        self.ensure_writable()
        edits.check_editable(changes, CLAIM_EDITABLE_FIELDS, "claim")
        old = self.claim(claim_id)
        return self._write_update(Entity.CLAIM, old, edits.claim_changes(changes, self.settings))

    @storage_errors
    def update_claim_span(self, claim_id: str, start: int, end: int) -> Claim:
        """Move a claim's span; its quote and context are taken afresh from the text.

        One transaction with one history row holding the old and new span, quote and
        context, like any other update; an unchanged span writes nothing.
        """
        self.ensure_writable()
        old = self.claim(claim_id)
        doc = self.document(old.document_id)
        changes = span_fields(doc, start, end)
        return self._write_update(Entity.CLAIM, old, changes)

    def _write_update(self, entity: Entity, old: ItemT, changes: dict[str, Any]) -> ItemT:
        """Write the fields that really change, stamped, with one history row; or nothing."""
        changed = edits.changed_values(old, changes)
        if not changed:
            return old
        stamps = edits.stamps(self.reviewer)
        new = old.with_changes(**changed, **stamps)
        before, after = edits.values_of(old, changed), edits.values_of(new, changed)
        with self.db.atomic():
            self.db.table(edits.TABLES[entity]).update(old.id, {**after, **stamps})
            self.record(Action.UPDATE, entity, old.id, before, after)
        return new
