"""Versions of a team project's documents: list them, import a new text, settle anchors.

The decisions are :mod:`workbench.store.versions`'s (the file's); the rows are written by
:mod:`workbench.store.team.versions` (schema step ``0002_versions``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from workbench.core.model import (
    Action,
    Claim,
    Entity,
    ImportedDocument,
)
from workbench.core.versioning import TextDiff, VersionImport
from workbench.store import edits
from workbench.store import versions as version_store
from workbench.store.team import versions as team_versions
from workbench.store.team.row_edits import TeamRowEdits
from workbench.store.team.rows import update_row


class TeamVersions(TeamRowEdits):
    """A team project's document versions and claim anchors."""

    def import_new_version(self, document_id: str, imported: ImportedDocument) -> VersionImport:
        """Make ``imported`` the document's current text, carrying every claim over.

        The same decisions as in the file (:mod:`workbench.store.versions`); one
        transaction with the version, every moved claim and their history rows.
        """
        self.ensure_writable()
        doc = self.document(document_id)
        if imported.text == doc.text:
            return VersionImport(document_id, 0)
        new = version_store.next_version(doc, imported)
        current = [c for c in self.claims(document_id) if c.version == doc.version]
        diff = TextDiff(doc.text, imported.text)
        updates = version_store.carried_over(current, diff, new.number)
        with self._change(Entity.DOCUMENT, doc.id) as conn:
            before, after = team_versions.switch(conn, doc, new, imported.original)
            self._record(Action.UPDATE, Entity.DOCUMENT, doc.id, before, after)
            for claim, changes in updates:
                self._write_anchor(claim, changes)
        self.document(document_id)  # what this reviewer did is what they have seen
        self.claims(document_id)
        states = Counter(changes["anchor_state"] for _, changes in updates)
        return VersionImport(document_id, new.number, states)

    def _write_anchor(self, claim: Claim, changes: Mapping[str, Any]) -> None:
        """A claim's new span and anchoring, with its history row (in the caller's txn)."""
        changed = edits.changed_values(claim, changes)
        if not changed:
            return
        update_row(self.conn, "claims", claim.id, {**changed, **edits.stamps(self.reviewer)})
        before = edits.values_of(claim, changed)
        self._record(Action.UPDATE, Entity.CLAIM, claim.id, before, changed)

    def accept_anchor(self, claim_id: str) -> Claim:
        """Take a moved, changed or kept claim off the review queue."""
        current = self._fresh(Entity.CLAIM, claim_id)
        return self._guarded_update(Entity.CLAIM, current, version_store.accepted(current[1]))

    def reattach_claim(self, claim_id: str, start: int, end: int) -> Claim:
        """Anchor a claim to ``start..end`` of its document's current text."""
        current = self._fresh(Entity.CLAIM, claim_id)
        doc = self.document(current[1].document_id)
        changes = version_store.reattached(current[1], doc, start, end)
        return self._guarded_update(Entity.CLAIM, current, changes)

    def restore_anchor(self, claim: Claim) -> Claim:
        """Put a claim's span and anchoring back as they were in ``claim`` (undo)."""
        current = self._fresh(Entity.CLAIM, claim.id)
        return self._guarded_update(Entity.CLAIM, current, version_store.anchor_of(claim))
