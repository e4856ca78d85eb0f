"""The evidence of a project file: read, add, edit, and the file attached to it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from workbench.core.errors import UserError
from workbench.core.model import (
    EVIDENCE_EDITABLE_FIELDS,
    Action,
    Entity,
    Evidence,
    HistoryEvent,
    as_record,
    sha256_hex,
)
from workbench.store import edits, records
from workbench.store.failures import storage_errors
from workbench.store.file_claims import FileClaims

#: Evidence columns in field order.
_EVIDENCE_COLUMNS = ", ".join(f'"{c}"' for c in records.EVIDENCE_COLUMNS)


class FileEvidence(FileClaims):
    """The evidence of an open project file and its attached files."""

    @storage_errors
    def evidence(self, claim_id: str | None = None) -> list[Evidence]:
        """Evidence of one claim (or of all claims), oldest first."""
        where, params = ("where claim_id = ?", [claim_id]) if claim_id else ("", [])
        rows = self.db.query(
            f"select {_EVIDENCE_COLUMNS} from evidence {where} order by created_at, rowid", params
        )
        skip = self.quarantine.evidence
        return [records.evidence(row) for row in rows if row["id"] not in skip]

    @storage_errors
    def evidence_counts(self) -> dict[str, int]:
        """How many pieces of evidence each claim has (claims with none are absent)."""
        return dict(Counter(item.claim_id for item in self.evidence()))

    @storage_errors
    def add_evidence(self, evidence: Evidence) -> Evidence:
        """Store new evidence for an existing claim; stamps who and when."""
        self.ensure_writable()
        self.claim(evidence.claim_id)
        evidence = edits.stamped(evidence, self.reviewer)
        with self.db.atomic():
            self._insert_evidence(evidence)
        return evidence

    @storage_errors
    def update_evidence(self, evidence_id: str, **changes: Any) -> Evidence:
        """Change evidence fields; returns the new evidence."""
        self.ensure_writable()
        edits.check_editable(changes, EVIDENCE_EDITABLE_FIELDS, "evidence")
        return self._write_update(Entity.EVIDENCE, self._one_evidence(evidence_id), changes)

    @storage_errors
    def evidence_item(self, evidence_id: str) -> Evidence:
        """One piece of evidence by id, or a UserError naming the id."""
        return self._one_evidence(evidence_id)

    def _one_evidence(self, evidence_id: str) -> Evidence:
        query = f"select {_EVIDENCE_COLUMNS} from evidence where id = ?"
        rows = list(self.db.query(query, [evidence_id]))
        if not rows or evidence_id in self.quarantine.evidence:
            raise UserError(f"No evidence with id '{evidence_id}' in this project.")
        return records.evidence(rows[0])

    def _insert_evidence(self, evidence: Evidence) -> None:
        self.db.table("evidence").insert(as_record(evidence))
        self.record(Action.CREATE, Entity.EVIDENCE, evidence.id, None, as_record(evidence))

    @storage_errors
    def evidence_attachment(self, evidence_id: str) -> bytes | None:
        """The bytes of the file attached to a piece of evidence, if any (read on demand)."""
        rows = list(self.db.query("select attachment from evidence where id = ?", [evidence_id]))
        if not rows or evidence_id in self.quarantine.evidence:
            raise UserError(f"No evidence with id '{evidence_id}' in this project.")
        data = rows[0]["attachment"]
        return bytes(data) if isinstance(data, bytes) else None

    @storage_errors
    def set_evidence_attachment(self, evidence_id: str, name: str, data: bytes | None) -> Evidence:
        """Attach a file (screenshot, PDF, saved page) to evidence, or remove it (``None``).

        The history row names the file and its SHA-256 and size, never the bytes. A file
        larger than :data:`MAX_ATTACHMENT_BYTES` is refused with a clear message.
        """
        self.ensure_writable()
        old = self._one_evidence(evidence_id)
        name = edits.attachment_name(name, data)
        before = self.evidence_attachment(evidence_id)
        stamps = edits.stamps(self.reviewer)
        new = old.with_changes(attachment_name=name, **stamps)
        with self.db.atomic():
            self.db.table("evidence").update(
                evidence_id, {"attachment": data, "attachment_name": name, **stamps}
            )
            self.record(
                Action.UPDATE,
                Entity.EVIDENCE,
                evidence_id,
                attachment_record(old.attachment_name, before),
                attachment_record(name, data),
            )
        return new

    def record_kept_attachments(self, copied: Iterable[HistoryEvent]) -> None:
        """After a merge copied ``copied`` (their history), record the files it kept.

        ``workbench verify`` checks each attached file against the last history row that
        names one, and their rows are copied after mine: where the merge kept my file
        over theirs (an attachment conflict settled for mine, or evidence kept over their
        deletion), the last row would name their file. A row naming the file kept, by the
        reviewer who merged, makes the history say what the file holds (in the caller's
        transaction).
        """
        named: dict[str, dict[str, Any]] = {}
        for event in copied:
            if event.entity is Entity.EVIDENCE and recorded_attachment(event.after) is not None:
                named[event.entity_id] = event.after or {}
        for evidence_id, after in named.items():
            rows = list(
                self.db.query(
                    "select attachment_name, attachment from evidence where id = ?",
                    [evidence_id],
                )
            )
            if not rows:
                continue  # deleted in the merge
            name, data = rows[0]["attachment_name"], rows[0]["attachment"]
            kept = attachment_record(name, bytes(data) if isinstance(data, bytes) else None)
            if recorded_attachment(kept) != recorded_attachment(after):
                self.record(Action.UPDATE, Entity.EVIDENCE, evidence_id, after, kept)


#: The keys of an attachment's history record (:func:`attachment_record`).
ATTACHMENT_KEYS = frozenset({"attachment_name", "attachment_sha256", "attachment_size"})


def recorded_attachment(after: object) -> str | None:
    """The SHA-256 an attachment's history record names ("" for a removal), or None when
    ``after`` records something else (a doctored row may hold anything)."""
    if isinstance(after, dict) and after.keys() & ATTACHMENT_KEYS == after.keys() != set():
        return str(after.get("attachment_sha256", ""))
    return None


def attachment_record(name: str, data: bytes | None) -> dict[str, Any]:
    """What the history keeps of an attachment: its name, size and checksum."""
    if data is None:
        return {"attachment_name": ""}
    return {
        "attachment_name": name,
        "attachment_sha256": sha256_hex(data),
        "attachment_size": len(data),
    }
