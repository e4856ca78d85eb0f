"""The documents of a project file: read them, import one, correct its details."""

from __future__ import annotations

from dataclasses import replace

from workbench.core.errors import UserError
from workbench.core.model import (
    Action,
    Document,
    Entity,
    ImportedDocument,
    new_id,
    now_iso,
)
from workbench.store import edits, records
from workbench.store.failures import storage_errors
from workbench.store.file_base import FileProjectBase

_DOCUMENT_COLUMNS = ", ".join(records.DOCUMENT_COLUMNS)


class FileDocuments(FileProjectBase):
    """The documents of an open project file."""

    @storage_errors
    def documents(self) -> list[Document]:
        """Every document, in the order they were imported."""
        rows = self.db.query(
            f"select {_DOCUMENT_COLUMNS} from documents order by imported_at, rowid"
        )
        skip = self.quarantine.documents
        return [records.document(row) for row in rows if row["id"] not in skip]

    @storage_errors
    def document(self, document_id: str) -> Document:
        """One document by id, or a UserError naming the id (reads that row only)."""
        rows = list(
            self.db.query(f"select {_DOCUMENT_COLUMNS} from documents where id = ?", [document_id])
        )
        if not rows or document_id in self.quarantine.documents:
            raise UserError(f"No document with id '{document_id}' in this project.")
        return records.document(rows[0])

    @storage_errors
    def document_original(self, document_id: str) -> bytes | None:
        """The bytes of the file the document was imported from, if they were kept."""
        rows = list(self.db.query("select original from documents where id = ?", [document_id]))
        return rows[0]["original"] if rows else None

    @storage_errors
    def add_document(self, imported: ImportedDocument, *, document_id: str = "") -> Document:
        """Add an imported article; returns it with its new id."""
        self.ensure_writable()
        doc = imported.as_document(document_id or new_id(), now_iso())
        with self.db.atomic():
            self.db.table("documents").insert(records.document_row(doc, imported.original))
            self.db.table("document_versions").insert(records.first_version_row(doc))
            self.record(Action.CREATE, Entity.DOCUMENT, doc.id, None, records.document_summary(doc))
            self.ensure_within_limits(f"The import of '{doc.title}'")
        return doc

    @storage_errors
    def update_document(self, document_id: str, **changes: str) -> Document:
        """Change a document's details (title, author, publisher, date, URL), one history row.

        The text and everything anchored to it never change here. An empty title becomes
        "Untitled document", as on import.
        """
        self.ensure_writable()
        values = edits.document_details(changes)
        old = self.document(document_id)
        changed = edits.changed_values(old, values)
        if not changed:
            return old
        with self.db.atomic():
            self.db.table("documents").update(document_id, changed)
            before = edits.values_of(old, changed)
            self.record(Action.UPDATE, Entity.DOCUMENT, document_id, before, changed)
        return replace(old, **changed)
