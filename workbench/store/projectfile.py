"""The ``*.factcheck`` project file: open, create, read and edit it.

The only module (with its helpers in this package) that speaks SQL. Every edit is one
transaction together with its history row and is committed before the method returns,
so a crash loses at most the edit in flight. Reads return :mod:`workbench.core.model`
objects; nothing outside this package sees a row or a cursor.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Collection
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlite_utils import Database

from workbench.core.archived import ArchivedCopy, ArchivedPage, kind_of
from workbench.core.errors import ReadOnlyProjectError, UserError
from workbench.core.model import (
    CLAIM_EDITABLE_FIELDS,
    DOCUMENT_DETAIL_FIELDS,
    EVIDENCE_EDITABLE_FIELDS,
    MAX_ATTACHMENT_BYTES,
    Action,
    Claim,
    Document,
    DocumentVersion,
    Entity,
    Evidence,
    HistoryEvent,
    ImportedDocument,
    ProjectSettings,
    ProjectSnapshot,
    RemovedDocument,
    Reviewer,
    Status,
    as_record,
    new_id,
    now_iso,
    sha256_hex,
    span_fields,
)
from workbench.core.versioning import VersionImport
from workbench.store import archived_copies as copy_store
from workbench.store import (
    files,
    hardening,
    history_log,
    integrity,
    limits,
    migrations,
    opening,
    records,
    sidecars,
)
from workbench.store import versions as version_store
from workbench.store.failures import storage_errors
from workbench.store.integrity import Quarantine
from workbench.store.lock import ProjectLock
from workbench.store.snapshots import snapshot_of

P = ParamSpec("P")
R = TypeVar("R")
ItemT = TypeVar("ItemT", Claim, Evidence)

_EVIDENCE_COLUMNS = tuple(f.name for f in fields(Evidence))
#: Every document column but the original file's bytes, which are read only on demand.
_DOCUMENT_COLUMNS = (
    "id, title, text, format, source, publisher, author, published, source_url,"
    " imported_at, page_starts, original_sha256, extractor, text_sha256, version"
)


def _interrupted_message(name: str, *, recovered: bool) -> str:
    if recovered:
        return (
            f"The last change to '{name}' was interrupted before it was complete; it was "
            "undone, and every earlier change is kept."
        )
    return (
        f"The last change to '{name}' was interrupted before it was complete (its journal "
        f"'{name}-journal' is beside it). It is shown as it will be once recovered: the "
        "unfinished change undone, every earlier change kept. Opening it for editing "
        "recovers the file itself."
    )


class Project:
    """An open project file. Owned by one thread; close it when done."""

    def __init__(
        self,
        path: Path,
        db: Database,
        *,
        read_only: bool,
        warnings: list[str],
        lock: ProjectLock | None,
        reviewer: str,
    ) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self.warnings = warnings
        self.lock = lock
        self.reviewer = reviewer
        #: Rows left out because they are damaged (see :mod:`workbench.store.integrity`).
        self.quarantine = Quarantine()
        #: The private recovered copy read instead of a file with an interrupted write.
        self._recovery: opening.Recovery | None = None

    @property
    def reviewer(self) -> str:
        """Who is recorded on every change made through this project from now on."""
        return self._reviewer

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self._reviewer = Reviewer(name).name if name.strip() else "Unknown reviewer"

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, title: str = "", reviewer: str = "") -> Project:
        """Create a new, empty project file; refuse to overwrite an existing file.

        The schema is built in a temporary file beside the target and moved into place, so
        the target never exists half-made.
        """
        path = Path(path)
        opening.create_file(path, ProjectSettings(title=title or path.stem))
        return cls.open(path, reviewer=reviewer)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        reviewer: str = "",
        take_over: bool = False,
    ) -> Project:
        """Open a project file as untrusted input (see :mod:`workbench.store.hardening`).

        Opening for writing takes the file's lock in ``reviewer``'s name; a file someone
        else is editing raises ProjectLockedError (``take_over`` replaces a lock the user
        chose to take over). A file made by a newer version, or one we may not write, opens
        read-only with a warning in :attr:`warnings`; anything unusable raises
        ProjectFileError.
        """
        path = Path(path)
        header = hardening.read_header(path)
        sidecars.refuse_foreign(path)
        recovery = opening.check_interrupted(path)
        if recovery:
            header = recovery.header
        warnings: list[str] = []
        if header.user_version > migrations.SCHEMA_VERSION:
            read_only = True
            warnings.append(
                f"'{path.name}' was made by a newer version of Fact-check Workbench (file "
                f"format {header.user_version}; this version reads up to "
                f"{migrations.SCHEMA_VERSION}). It is open read-only: update the program "
                "to edit it."
            )
        elif not read_only and not os.access(path, os.W_OK):
            read_only = True
            warnings.append(f"'{path.name}' cannot be written here; it is open read-only.")
        if recovery:
            warnings.append(_interrupted_message(path.name, recovered=not read_only))
        lock = None
        try:  # whatever fails from here on (or stops us), the lock is not left behind
            if not read_only:
                lock = ProjectLock.acquire(path, reviewer, take_over=take_over)
            conn, quarantine = opening.connect_recovering(
                path, header, recovery, read_only=read_only
            )
            try:
                summary = quarantine.summary(path.name)
                if summary:
                    warnings.append(summary)
                db = Database(conn, execute_plugins=False, recursive_triggers=False)
                if not records.read_settings(db)[1]:
                    warnings.append(
                        f"'{path.name}' holds damaged project settings; defaults are used instead."
                    )
                project = cls(
                    path, db, read_only=read_only, warnings=warnings, lock=lock, reviewer=reviewer
                )
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if recovery:
                recovery.close()
            if lock:
                lock.release()
            raise
        project.quarantine = quarantine
        project._recovery = recovery if read_only else None
        return project

    def close(self) -> None:
        """Close the connection and release the lock; every edit is already committed."""
        self.db.close()
        if self._recovery:
            self._recovery.close()
            self._recovery = None
        if self.lock:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- settings --------------------------------------------------------------------------

    @storage_errors
    def settings(self) -> ProjectSettings:
        """The project's settings, with defaults for anything the file does not hold."""
        return records.read_settings(self.db)[0]

    @storage_errors
    def settings_damaged(self) -> bool:
        """True when damaged settings in the file were replaced by defaults (``check``)."""
        return not records.read_settings(self.db)[1]

    @storage_errors
    def update_settings(self, settings: ProjectSettings) -> None:
        """Replace the project's settings (one transaction, one history row)."""
        self.ensure_writable()
        before = self.settings()
        with self.db.atomic():
            records.write_settings(self.db, settings)
            self._record(
                Action.UPDATE,
                Entity.PROJECT,
                "settings",
                records.settings_json(before),
                records.settings_json(settings),
            )

    # -- documents -------------------------------------------------------------------------

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
            self._record(
                Action.CREATE, Entity.DOCUMENT, doc.id, None, records.document_summary(doc)
            )
            self.ensure_within_limits(f"The import of '{doc.title}'")
        return doc

    def ensure_within_limits(self, change: str) -> None:
        """Inside a write's transaction: raise a UserError (the write is rolled back) when
        it made the file one the open check would refuse."""
        problem = integrity.size_problem(self.db.conn)
        if problem:
            raise UserError(f"{change} was not made: '{self.path.name}' would hold {problem}.")

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
            self._record(
                Action.DELETE, Entity.DOCUMENT, doc.id, records.document_summary(doc), None
            )
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
            self._record(
                Action.CREATE, Entity.DOCUMENT, doc.id, None, records.document_summary(doc)
            )
            for claim in removed.claims:
                self.db.table("claims").insert(as_record(claim))
                self._record(Action.CREATE, Entity.CLAIM, claim.id, None, as_record(claim))
            for item in removed.evidence:
                self._insert_evidence(item)

    # -- claims ----------------------------------------------------------------------------

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
        doc.check_span(claim.start, claim.end)
        if doc.text[claim.start : claim.end] != claim.quote:
            raise UserError("The claim's quote does not match the document's text.")
        claim = self._stamped(claim.with_changes(version=doc.version, checked_version=doc.version))
        with self.db.atomic():
            self.db.table("claims").insert(as_record(claim))
            self._record(Action.CREATE, Entity.CLAIM, claim.id, None, as_record(claim))
        return claim

    @storage_errors
    def update_claim(self, claim_id: str, **changes: Any) -> Claim:
        """Change a claim's editable fields; returns the new claim. No-op changes are skipped."""
        self.ensure_writable()
        unknown = set(changes) - set(CLAIM_EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"Not editable claim fields: {sorted(unknown)}")
        old = self.claim(claim_id)
        if "status" in changes:
            changes["status"] = Status.parse(str(changes["status"]))
        if changes.get("rating"):
            changes["rating"] = self.settings().rating_scale.find(changes["rating"]).label
        return self._write_update(Entity.CLAIM, old, changes)

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
            self._record(Action.CREATE, Entity.CLAIM, claim.id, None, as_record(claim))
            for item in evidence:
                self._insert_evidence(item)

    def _write_update(self, entity: Entity, old: ItemT, changes: dict[str, Any]) -> ItemT:
        """Write the fields that really change, stamped, with one history row; or nothing."""
        new = old.with_changes(**changes)
        changed = [k for k in changes if getattr(old, k) != getattr(new, k)]
        if not changed:
            return old
        new = new.with_changes(updated_by=self.reviewer, updated_at=now_iso())
        before = {k: records.plain(getattr(old, k)) for k in changed}
        after = {k: records.plain(getattr(new, k)) for k in changed}
        table = "claims" if entity is Entity.CLAIM else "evidence"
        with self.db.atomic():
            self.db.table(table).update(
                old.id, {**after, "updated_by": new.updated_by, "updated_at": new.updated_at}
            )
            self._record(Action.UPDATE, entity, old.id, before, after)
        return new

    def _stamped(self, item: ItemT) -> ItemT:
        """A new item stamped with who made it and when (kept if it already has them)."""
        stamp = now_iso()
        return item.with_changes(
            created_by=item.created_by or self.reviewer,
            created_at=item.created_at or stamp,
            updated_by=self.reviewer,
            updated_at=stamp,
        )

    def _delete_claim_rows(self, claim: Claim) -> None:
        for item in self.evidence(claim.id):
            copy_store.delete_for_evidence(self, item.id)
            self.db.execute("delete from evidence where id = ?", [item.id])
            self._record(Action.DELETE, Entity.EVIDENCE, item.id, as_record(item), None)
        self.db.execute("delete from claims where id = ?", [claim.id])
        self._record(Action.DELETE, Entity.CLAIM, claim.id, as_record(claim), None)

    # -- evidence --------------------------------------------------------------------------

    @storage_errors
    def evidence(self, claim_id: str | None = None) -> list[Evidence]:
        """Evidence of one claim (or of all claims), oldest first."""
        columns = ", ".join(f'"{c}"' for c in _EVIDENCE_COLUMNS)
        where, params = ("where claim_id = ?", [claim_id]) if claim_id else ("", [])
        rows = self.db.query(
            f"select {columns} from evidence {where} order by created_at, rowid", params
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
        evidence = self._stamped(evidence)
        with self.db.atomic():
            self._insert_evidence(evidence)
        return evidence

    @storage_errors
    def update_evidence(self, evidence_id: str, **changes: Any) -> Evidence:
        """Change evidence fields; returns the new evidence."""
        self.ensure_writable()
        unknown = set(changes) - set(EVIDENCE_EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"Not editable evidence fields: {sorted(unknown)}")
        return self._write_update(Entity.EVIDENCE, self._one_evidence(evidence_id), changes)

    @storage_errors
    def delete_evidence(self, evidence_id: str) -> Evidence:
        """Delete one piece of evidence; returns it so the deletion can be undone."""
        self.ensure_writable()
        item = self._one_evidence(evidence_id)
        with self.db.atomic():
            copy_store.delete_for_evidence(self, evidence_id)
            self.db.execute("delete from evidence where id = ?", [evidence_id])
            self._record(Action.DELETE, Entity.EVIDENCE, item.id, as_record(item), None)
        return item

    @storage_errors
    def restore_evidence(self, evidence: Evidence) -> None:
        """Put back deleted evidence unchanged (undo)."""
        self.ensure_writable()
        with self.db.atomic():
            self._insert_evidence(evidence)

    @storage_errors
    def evidence_item(self, evidence_id: str) -> Evidence:
        """One piece of evidence by id, or a UserError naming the id."""
        return self._one_evidence(evidence_id)

    def _one_evidence(self, evidence_id: str) -> Evidence:
        columns = ", ".join(f'"{c}"' for c in _EVIDENCE_COLUMNS)
        rows = list(self.db.query(f"select {columns} from evidence where id = ?", [evidence_id]))
        if not rows or evidence_id in self.quarantine.evidence:
            raise UserError(f"No evidence with id '{evidence_id}' in this project.")
        return records.evidence(rows[0])

    def _insert_evidence(self, evidence: Evidence) -> None:
        self.db.table("evidence").insert(as_record(evidence))
        self._record(Action.CREATE, Entity.EVIDENCE, evidence.id, None, as_record(evidence))

    # -- span, document details and attachments (edits the window offers) -------------------

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

    @storage_errors
    def update_document(self, document_id: str, **changes: str) -> Document:
        """Change a document's details (title, author, publisher, date, URL), one history row.

        The text and everything anchored to it never change here. An empty title becomes
        "Untitled document", as on import.
        """
        self.ensure_writable()
        unknown = set(changes) - set(DOCUMENT_DETAIL_FIELDS)
        if unknown:
            raise ValueError(f"Not editable document fields: {sorted(unknown)}")
        old = self.document(document_id)
        values = {key: " ".join(str(value).split()) for key, value in changes.items()}
        if "title" in values and not values["title"]:
            values["title"] = "Untitled document"
        changed: dict[str, Any] = {k: v for k, v in values.items() if getattr(old, k) != v}
        if not changed:
            return old
        with self.db.atomic():
            self.db.table("documents").update(document_id, changed)
            self._record(
                Action.UPDATE,
                Entity.DOCUMENT,
                document_id,
                {k: getattr(old, k) for k in changed},
                changed,
            )
        return replace(old, **changed)

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
        if data is not None and len(data) > MAX_ATTACHMENT_BYTES:
            raise UserError(
                f"'{name}' is {len(data) // 1_000_000} MB; attachments are limited to "
                f"{MAX_ATTACHMENT_BYTES // 1_000_000} MB."
            )
        name = Path(name).name if data is not None else ""
        before = self.evidence_attachment(evidence_id)
        new = old.with_changes(attachment_name=name, updated_by=self.reviewer, updated_at=now_iso())
        with self.db.atomic():
            self.db.table("evidence").update(
                evidence_id,
                {
                    "attachment": data,
                    "attachment_name": name,
                    "updated_by": new.updated_by,
                    "updated_at": new.updated_at,
                },
            )
            self._record(
                Action.UPDATE,
                Entity.EVIDENCE,
                evidence_id,
                _attachment_record(old.attachment_name, before),
                _attachment_record(name, data),
            )
        return new

    # -- archived copies of evidence (see workbench.store.archived_copies) ---------------

    @storage_errors
    def archived_copies(self, evidence_id: str | None = None) -> list[ArchivedCopy]:
        """The files kept with one piece of evidence (or with all), oldest first."""
        return copy_store.copies(self, evidence_id)

    @storage_errors
    def add_archived_copy(
        self,
        evidence_id: str,
        name: str,
        data: bytes,
        *,
        captured_at: str = "",
        pages: tuple[ArchivedPage, ...] = (),
    ) -> ArchivedCopy:
        """Keep a file (web archive, saved page, PDF, screenshot...) with a piece of evidence."""
        return copy_store.add_copy(
            self,
            evidence_id,
            name,
            data,
            captured_at=captured_at,
            pages=pages,
            kind=kind_of(name, data[:64]),
        )

    @storage_errors
    def restore_archived_copy(self, copy: ArchivedCopy, data: bytes) -> ArchivedCopy:
        """Put back a removed copy with its id and who added it when (undo)."""
        return copy_store.add_copy(
            self,
            copy.evidence_id,
            copy.name,
            data,
            captured_at=copy.captured_at,
            pages=copy.pages,
            kind=(copy.kind, copy.media_type),
            copy_id=copy.id,
            added=(copy.added_at, copy.added_by),
        )

    @storage_errors
    def remove_archived_copy(self, copy_id: str) -> ArchivedCopy:
        """Remove one archived copy; returns it (read its bytes first to undo)."""
        return copy_store.remove_copy(self, copy_id)

    @storage_errors
    def archived_copy_data(self, sha256: str) -> bytes:
        """The bytes of an archived copy, exactly as they were added."""
        return copy_store.copy_data(self, sha256)

    @storage_errors
    def find_archived_copy(self, prefix: str) -> ArchivedCopy:
        """The archived copy whose SHA-256 starts with ``prefix``."""
        return copy_store.find(self, prefix)

    @storage_errors
    # -- versions of a document (see workbench.store.versions) ---------------------------

    @storage_errors
    def versions(self, document_id: str) -> list[DocumentVersion]:
        """Every version of a document, oldest first."""
        return version_store.versions(self, document_id)

    @storage_errors
    def version(self, document_id: str, number: int) -> DocumentVersion:
        """One version of a document."""
        return version_store.version(self, document_id, number)

    @storage_errors
    def import_new_version(self, document_id: str, imported: ImportedDocument) -> VersionImport:
        """Make ``imported`` the document's current text, carrying every claim over."""
        return version_store.import_new_version(self, document_id, imported)

    @storage_errors
    def accept_anchor(self, claim_id: str) -> Claim:
        """Take a moved, changed or kept claim off the review queue."""
        return version_store.accept_anchor(self, claim_id)

    @storage_errors
    def reattach_claim(self, claim_id: str, start: int, end: int) -> Claim:
        """Anchor a claim (an orphan, say) to a span of its document's current text."""
        return version_store.reattach(self, claim_id, start, end)

    @storage_errors
    def restore_anchor(self, claim: Claim) -> Claim:
        """Put a claim's span and anchoring back as they were (undo)."""
        return version_store.restore_anchor(self, claim)

    # -- history ---------------------------------------------------------------------------

    @storage_errors
    def history(self, entity_id: str | None = None) -> list[HistoryEvent]:
        """The change log, oldest first (of one entity, or of the whole project)."""
        where, params = ("where entity_id = ?", [entity_id]) if entity_id else ("", [])
        rows = self.db.query(f"select * from history {where} order by at, rowid", params)
        skip = self.quarantine.history
        events = (records.history_event(row) for row in rows if row["id"] not in skip)
        return [event for event in events if event is not None]

    @storage_errors
    def history_head(self) -> str:
        """The hash of the newest history row: the head of the chain a report prints."""
        return history_log.head(self.db)

    @storage_errors
    def snapshot(
        self, *, document_id: str | None = None, statuses: Collection[Status] | None = None
    ) -> ProjectSnapshot:
        """Plain data for a report or an export, read in one go on the owning thread.

        Workers render from the snapshot, never from the connection.
        """
        return snapshot_of(
            self,
            self.path.name,
            document_id=document_id,
            statuses=statuses,
            versions=self.versions,
            copies=self.archived_copies,
        )

    @storage_errors
    def reviewers(self) -> list[str]:
        """Everyone who changed the project, in order of first appearance."""
        rows = self.db.query(
            "select reviewer from history where typeof(reviewer) = 'text' and length(reviewer)"
            f" <= {limits.MAX_FIELD_CHARS} group by reviewer order by min(rowid)"
        )
        return [row["reviewer"] for row in rows]

    def record(
        self,
        action: Action,
        entity: Entity,
        entity_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        """Append one history row (the caller holds the transaction of the change)."""
        self._record(action, entity, entity_id, before, after)

    def _record(
        self,
        action: Action,
        entity: Entity,
        entity_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        event = HistoryEvent(
            new_id(), now_iso(), self.reviewer, action, entity, entity_id, before, after
        )
        history_log.append(self.db, event)

    # -- copies ----------------------------------------------------------------------------

    @storage_errors
    def save_copy(self, destination: Path | str) -> Path:
        """Write a consistent copy (SQLite's backup API) to ``destination``, atomically."""
        return files.backup_copy(self.db.conn, Path(destination))

    @storage_errors
    def originals_size(self) -> int:
        """Bytes of the imported files and attachments, which a share copy may leave out."""
        row = self.db.conn.execute(
            "select coalesce((select sum(length(original)) from documents), 0)"
            " + coalesce((select sum(length(attachment)) from evidence), 0)"
        ).fetchone()
        return int(row[0])

    @storage_errors
    def archived_copies_size(self) -> int:
        """Bytes of the archived copies (each file once), which a share copy may leave out."""
        return copy_store.kept_size(self)

    @storage_errors
    def share_copy(
        self,
        destination: Path | str,
        *,
        include_originals: bool = True,
        include_copies: bool = True,
    ) -> int:
        """Write a compact copy for e-mail (``VACUUM INTO``); returns its size in bytes.

        Without ``include_originals`` the imported files' bytes and evidence attachments
        are left out (the text stays); without ``include_copies`` the archived copies'
        bytes are (their names, hashes and pages stay, so a report still cites them).
        """
        return files.compact_copy(
            self.db.conn,
            Path(destination),
            include_originals=include_originals,
            include_copies=include_copies,
        )

    def ensure_writable(self) -> None:
        """Raise ReadOnlyProjectError unless this project may be changed."""
        if self.read_only:
            raise ReadOnlyProjectError(
                f"'{self.path.name}' is open read-only; the change was not made."
            )


def _attachment_record(name: str, data: bytes | None) -> dict[str, Any]:
    """What the history keeps of an attachment: its name, size and checksum."""
    if data is None:
        return {"attachment_name": ""}
    return {
        "attachment_name": name,
        "attachment_sha256": sha256_hex(data),
        "attachment_size": len(data),
    }
