"""A team project on the server, behind the same interface as the ``.factcheck`` file.

:class:`TeamProject` satisfies the window's ``ProjectLike`` port. Every edit is one
transaction holding the change, its history row and a NOTIFY on the project's channel,
so other windows hear of it when (and only when) it is committed.

Optimistic concurrency: each document, claim and evidence row has a ``row_version``. The
project remembers the version (and values) it last showed for every row; a save based on
an older version is compared field by field, three ways (what was shown, what the server
now holds, what this save wants). Fields only this save changes are written, fields only
the other person changed are kept, and a field both changed differently raises
:class:`EditConflict` carrying the same :class:`~workbench.core.merge.Conflict` rows the
merge dialog shows. Nothing is overwritten silently; after a conflict the project has
seen the server's version, so saving again means "keep mine".
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import psycopg

from workbench.core.archived import ArchivedCopy, ArchivedPage
from workbench.core.edit_conflict import EditConflict
from workbench.core.errors import EditKept, ReadOnlyProjectError, UserError
from workbench.core.history_chain import GENESIS
from workbench.core.merge import Conflict, MergeSource, Resolution, Side, Who, resolve
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
from workbench.core.versioning import TextDiff, VersionImport
from workbench.store import records
from workbench.store import versions as version_store
from workbench.store.snapshots import snapshot_of
from workbench.store.team import resend as kept
from workbench.store.team import roles
from workbench.store.team import versions as team_versions
from workbench.store.team.address import TeamAddress
from workbench.store.team.connection import ServerUnavailable, connect, server_errors
from workbench.store.team.live import ChangeFeed

Item = TypeVar("Item", Document, Claim, Evidence)
P = ParamSpec("P")
R = TypeVar("R")

_CLAIM_COLUMNS = ", ".join(f'c."{c}"' for c in records.CLAIM_COLUMNS)
_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))
_EVIDENCE_COLUMNS = ", ".join(f'"{c}"' for c in _EVIDENCE_FIELDS)
_DOCUMENT_FIELDS = (
    "id", "title", "text", "format", "source", "publisher", "author", "published",
    "source_url", "imported_at", "page_starts", "original_sha256", "extractor", "text_sha256",
    "version",
)  # fmt: skip
_DOCUMENT_COLUMNS = ", ".join(_DOCUMENT_FIELDS)
_TABLES = {Entity.DOCUMENT: "documents", Entity.CLAIM: "claims", Entity.EVIDENCE: "evidence"}


class KeptUntilServerBack(ServerUnavailable, EditKept):
    """The server went away during an edit; the edit is kept and sent when it is back."""


def _kept_when_offline(method: Callable[Concatenate[TeamProject, P], R]) -> Callable[..., R]:
    """Keep an edit the server could not take (it went away) for :meth:`TeamProject.resend`."""
    return _keeper(None)(method)


def _kept_deletion(
    removes: Callable[[kept.Seen, str], Any],
) -> Callable[[Callable[Concatenate[TeamProject, P], R]], Callable[..., R]]:
    """Keep a deletion like an edit; ``removes`` says, from the rows shown, what it removes."""
    return _keeper(removes)


def _keeper(
    removes: Callable[[kept.Seen, str], Any] | None,
) -> Callable[[Callable[Concatenate[TeamProject, P], R]], Callable[..., R]]:
    def decorate(method: Callable[Concatenate[TeamProject, P], R]) -> Callable[..., R]:
        @functools.wraps(method)
        def wrapper(self: TeamProject, *args: P.args, **kwargs: P.kwargs) -> R:
            if self.unsent and not self._resending:
                self._keep(method, args, kwargs)  # keep the order of the edits
                raise KeptUntilServerBack(_KEPT, self._removed(removes, args))
            try:
                return method(self, *args, **kwargs)
            except ServerUnavailable as err:
                if self._resending:
                    raise
                self._keep(method, args, kwargs)
                result = self._removed(removes, args)
                raise KeptUntilServerBack(f"{err} {_KEPT}", result) from err

        return wrapper

    return decorate


_KEPT = "Your change is kept and will be sent when the team server is back."


@dataclass(frozen=True, slots=True)
class Lease:
    """Who has which document open on the server, until when (UTC, ISO 8601)."""

    document_id: str
    reviewer: str
    login: str
    expires_at: str


#: How long a lease lasts without being renewed (the window renews it well before).
LEASE_SECONDS = 90


#: Why a team project refuses archived copies (the file format keeps them already).
_NO_COPIES = (
    "The team server does not keep archived copies of evidence yet: take a copy to work "
    "offline and keep them there."
)


class TeamProject:
    """An open team project: one connection, owned by one thread; close it when done."""

    warnings: list[str]

    def __init__(self, address: TeamAddress, conn: psycopg.Connection, *, reviewer: str) -> None:
        self.address = address
        self.conn = conn
        self._pid = int(conn.info.backend_pid)
        self.path = Path(address.project)
        self.warnings = []
        self.reviewer = reviewer
        self.role = roles.role_of(conn, address)
        self.read_only = self.role not in ("reviewer", "editor")
        #: id -> (version, value) of every row as last shown; what a save is based on.
        self._seen: dict[str, tuple[int, Any]] = {}
        #: Edits made while the server was away, in order, for :meth:`resend`.
        self.unsent: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = []
        self._resending = False
        #: The rows as shown when the server went away: what the kept edits are based on.
        self._seen_when_away: dict[str, tuple[int, Any]] = {}
        self._settings_shown: ProjectSettings | None = None
        #: This window's leases are keyed by it (one login may have several windows open).
        self.session = new_id()

    @property
    def reviewer(self) -> str:
        """Who is recorded on every change made through this project from now on."""
        return self._reviewer

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self._reviewer = Reviewer(name).name if name.strip() else "Unknown reviewer"

    @classmethod
    def open(cls, address: TeamAddress, *, reviewer: str = "") -> TeamProject:
        """Connect and check the project exists and this login may read it."""
        conn = connect(address, autocommit=True)
        try:
            with server_errors(address):
                conn.execute("select 1 from schema_steps limit 1")
            project = cls(address, conn, reviewer=reviewer)
        except BaseException:
            conn.close()
            raise
        if project.read_only:
            project.warnings.append(
                f"You may read '{address.project}' on the team server but not change it"
                f" (your role: {project.role or 'none'})."
            )
        return project

    def close(self) -> None:
        """Drop this window's leases and the connection; every edit is already committed."""
        with contextlib.suppress(psycopg.Error, UserError):
            self.drop_leases()
        self.conn.close()

    def __enter__(self) -> TeamProject:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backend_pid(self) -> int:
        """The server process of this connection: a listener skips its own NOTIFYs by it."""
        return self._pid

    def pending_edits(self) -> int:
        """How many edits wait for the server to come back."""
        return len(self.unsent)

    def _keep(self, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
              ) -> None:  # fmt: skip
        if not self.unsent:
            self._seen_when_away = dict(self._seen)
        self.unsent.append((method, args, kwargs))

    def _removed(self, removes: Callable[[kept.Seen, str], Any] | None, args: tuple[Any, ...]
                 ) -> Any:  # fmt: skip
        """What a kept deletion removes, from the rows shown (None for other edits)."""
        return removes(self._seen, args[0]) if removes is not None and args else None

    def resend(self) -> list[UserError]:
        """Reconnect if needed and send the kept edits, in order; returns what was refused.

        Stops (keeping the rest) while the server is still away. Each kept edit is checked
        against the rows as shown when it was made (not as re-read since), so a colleague's
        change meanwhile is a conflict, not overwritten. An edit the server now refuses
        is not retried: its error (an :class:`EditConflict` carries both versions) is
        returned for the window to show, so nothing is dropped silently.
        """
        if not self.unsent:
            return []
        if self.conn.closed or self.conn.broken:
            fresh = connect(self.address, autocommit=True)
            self.conn.close()
            self.conn, self._pid = fresh, int(fresh.info.backend_pid)
        self._seen.update(self._seen_when_away)
        self._seen_when_away = {}
        refused: list[UserError] = []
        self._resending = True
        try:
            while self.unsent:
                method, args, kwargs = self.unsent[0]
                try:
                    method(self, *args, **kwargs)
                except ServerUnavailable:
                    self._seen_when_away = dict(self._seen)
                    raise
                except UserError as err:
                    refused.append(err)
                self.unsent.pop(0)
        finally:
            self._resending = False
        return refused

    # -- plumbing ----------------------------------------------------------------------------

    def _query(self, sql: str, params: Collection[Any] = ()) -> list[tuple[Any, ...]]:
        with server_errors(self.address):
            return self.conn.execute(sql.encode(), list(params)).fetchall()

    @contextlib.contextmanager
    def _change(self, entity: Entity, entity_id: str) -> Iterator[psycopg.Connection]:
        """One transaction: the caller's writes, then a NOTIFY naming what changed."""
        self.ensure_writable()
        with server_errors(self.address), self.conn.transaction():
            yield self.conn
            payload = {"entity": entity.value, "id": entity_id, "by": self.reviewer}
            self.conn.execute(
                "select pg_notify(%s, %s)", [self.address.channel, json.dumps(payload)]
            )

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
        insert_history(self.conn, event)

    def ensure_writable(self) -> None:
        """Raise ReadOnlyProjectError unless this login may change the project."""
        if self.read_only:
            raise ReadOnlyProjectError(
                f"'{self.address.project}' is open read-only; the change was not made."
            )

    # -- settings ------------------------------------------------------------------------------

    def settings(self) -> ProjectSettings:
        """The project's settings, with defaults for anything the server does not hold."""
        try:
            values = dict(self._query("select key, value from meta"))
        except ServerUnavailable:
            if self._settings_shown is None:
                raise
            return self._settings_shown  # the window's title while the server is away
        self._settings_shown = records.settings_from_values(values)[0]
        return self._settings_shown

    def update_settings(self, settings: ProjectSettings) -> None:
        """Replace the settings (editors only: the server refuses anyone else)."""
        before = self.settings()
        with self._change(Entity.PROJECT, "settings") as conn:
            write_settings(conn, settings)
            self._record(
                Action.UPDATE,
                Entity.PROJECT,
                "settings",
                records.settings_json(before),
                records.settings_json(settings),
            )

    # -- documents -----------------------------------------------------------------------------

    def _documents(self, where: str = "", params: Collection[Any] = ()) -> list[Document]:
        rows = self._query(
            f"select {_DOCUMENT_COLUMNS}, row_version from documents {where} order by seq", params
        )
        found = []
        for row in rows:
            doc = records.document(dict(zip(_DOCUMENT_FIELDS, row[:-1], strict=True)))
            self._seen[doc.id] = (row[-1], doc)
            found.append(doc)
        return found

    def documents(self) -> list[Document]:
        """Every document, in the order they were imported."""
        return self._documents()

    def document(self, document_id: str) -> Document:
        """One document by id, or a UserError naming the id."""
        found = self._documents("where id = %s", [document_id])
        if not found:
            raise UserError(f"No document with id '{document_id}' in this project.")
        return found[0]

    def document_original(self, document_id: str) -> bytes | None:
        """The bytes of the file the document was imported from, if they were kept."""
        rows = self._query(
            "select b.data from documents d join blobs b on b.sha256 = d.original_sha256"
            " where d.id = %s",
            [document_id],
        )
        return bytes(rows[0][0]) if rows else None

    @_kept_when_offline
    def add_document(self, imported: ImportedDocument, *, document_id: str = "") -> Document:
        """Add an imported article; its original file is stored once by its SHA-256."""
        doc = imported.as_document(document_id or new_id(), now_iso())
        with self._change(Entity.DOCUMENT, doc.id) as conn:
            insert_document(conn, doc, imported.original)
            self._record(
                Action.CREATE, Entity.DOCUMENT, doc.id, None, records.document_summary(doc)
            )
        return doc

    @_kept_deletion(kept.removed_document)
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

    @_kept_when_offline
    def update_document(self, document_id: str, **changes: str) -> Document:
        """Change a document's details, guarded against a colleague's concurrent change."""
        unknown = set(changes) - set(DOCUMENT_DETAIL_FIELDS)
        if unknown:
            raise ValueError(f"Not editable document fields: {sorted(unknown)}")
        values = {key: " ".join(str(value).split()) for key, value in changes.items()}
        if "title" in values and not values["title"]:
            values["title"] = "Untitled document"
        current = self._fresh(Entity.DOCUMENT, document_id)
        return self._guarded_update(Entity.DOCUMENT, current, values, stamp=False)

    # -- claims --------------------------------------------------------------------------------

    def _claims(self, where: str, params: Collection[Any], order: str) -> list[Claim]:
        rows = self._query(f"select {_CLAIM_COLUMNS}, c.row_version from claims c {where} {order}",
                           params)  # fmt: skip
        found = []
        for row in rows:
            claim = records.claim(row[:-1])
            self._seen[claim.id] = (row[-1], claim)
            found.append(claim)
        return found

    def claims(self, document_id: str | None = None) -> list[Claim]:
        """Claims in reading order (document, then position)."""
        if document_id is None:
            return self._claims(
                "join documents d on d.id = c.document_id", (),
                'order by d.seq, c."start", c."end"',
            )  # fmt: skip
        read = functools.partial(self._claims, "where c.document_id = %s", [document_id],
                                 'order by c."start", c."end"')  # fmt: skip
        return self._or_shown(read, Claim, document_id=document_id)

    def claim(self, claim_id: str) -> Claim:
        """One claim by id, or a UserError naming the id."""
        found = self._claims("where c.id = %s", [claim_id], "")
        if not found:
            raise UserError(f"No claim with id '{claim_id}' in this project.")
        return found[0]

    @_kept_when_offline
    def add_claim(self, claim: Claim) -> Claim:
        """Store a new claim; stamps who and when."""
        doc = self.document(claim.document_id)
        doc.check_span(claim.start, claim.end)
        if doc.text[claim.start : claim.end] != claim.quote:
            raise UserError("The claim's quote does not match the document's text.")
        claim = self._stamped(claim)
        with self._change(Entity.CLAIM, claim.id) as conn:
            insert_row(conn, "claims", as_record(claim))
            self._record(Action.CREATE, Entity.CLAIM, claim.id, None, as_record(claim))
        self._seen[claim.id] = (1, claim)
        return claim

    @_kept_when_offline
    def update_claim(self, claim_id: str, **changes: Any) -> Claim:
        """Change a claim's editable fields; EditConflict if a colleague changed them too."""
        unknown = set(changes) - set(CLAIM_EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"Not editable claim fields: {sorted(unknown)}")
        if "status" in changes:
            changes["status"] = Status.parse(str(changes["status"]))
        if changes.get("rating"):
            changes["rating"] = self.settings().rating_scale.find(changes["rating"]).label
        current = self._fresh(Entity.CLAIM, claim_id)
        return self._guarded_update(Entity.CLAIM, current, changes)

    @_kept_when_offline
    def update_claim_span(self, claim_id: str, start: int, end: int) -> Claim:
        """Move a claim's span; quote and context are taken afresh from the text."""
        current = self._fresh(Entity.CLAIM, claim_id)
        doc = self.document(current[1].document_id)
        changes = span_fields(doc, start, end)
        return self._guarded_update(Entity.CLAIM, current, changes)

    @_kept_deletion(kept.removed_claim)
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

    # -- evidence ------------------------------------------------------------------------------

    def _evidence(self, where: str, params: Collection[Any]) -> list[Evidence]:
        rows = self._query(
            f"select {_EVIDENCE_COLUMNS}, row_version from evidence {where}"
            " order by created_at, seq",
            params,
        )
        found = []
        for row in rows:
            item = records.evidence(dict(zip(_EVIDENCE_FIELDS, row[:-1], strict=True)))
            self._seen[item.id] = (row[-1], item)
            found.append(item)
        return found

    def evidence(self, claim_id: str | None = None) -> list[Evidence]:
        """Evidence of one claim (or of all claims), oldest first."""
        if claim_id:
            read = functools.partial(self._evidence, "where claim_id = %s", [claim_id])
            return self._or_shown(read, Evidence, claim_id=claim_id)
        return self._evidence("", ())

    def _or_shown(self, read: Callable[[], list[Item]], kind: type[Item], **match: str
                  ) -> list[Item]:  # fmt: skip
        """Rows from the server; while it is away, the ones last shown (what a deletion
        the window prepares offline reads, so that the deletion can be kept)."""
        try:
            return read()
        except ServerUnavailable:
            rows: list[Item] = kept.shown(self._seen, kind, **match)
            order = "created_at" if kind is Evidence else "start"
            return sorted(rows, key=lambda row: getattr(row, order))

    def evidence_counts(self) -> dict[str, int]:
        """How many pieces of evidence each claim has (claims with none are absent)."""
        rows = self._query("select claim_id, count(*) from evidence group by claim_id")
        return dict(Counter({row[0]: int(row[1]) for row in rows}))

    @_kept_when_offline
    def add_evidence(self, evidence: Evidence) -> Evidence:
        """Store new evidence for an existing claim; stamps who and when."""
        self.claim(evidence.claim_id)
        evidence = self._stamped(evidence)
        with self._change(Entity.EVIDENCE, evidence.id):
            self._insert_evidence(evidence)
        return evidence

    @_kept_when_offline
    def update_evidence(self, evidence_id: str, **changes: Any) -> Evidence:
        """Change evidence fields; EditConflict if a colleague changed them too."""
        unknown = set(changes) - set(EVIDENCE_EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"Not editable evidence fields: {sorted(unknown)}")
        current = self._fresh(Entity.EVIDENCE, evidence_id)
        return self._guarded_update(Entity.EVIDENCE, current, changes)

    @_kept_deletion(kept.removed_evidence)
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

    def evidence_attachment(self, evidence_id: str) -> bytes | None:
        """The bytes attached to a piece of evidence, if any (from the shared blob store)."""
        self._fresh(Entity.EVIDENCE, evidence_id)
        rows = self._query(
            "select b.data from evidence e join blobs b on b.sha256 = e.attachment_sha256"
            " where e.id = %s",
            [evidence_id],
        )
        return bytes(rows[0][0]) if rows else None

    @_kept_when_offline
    def set_evidence_attachment(self, evidence_id: str, name: str, data: bytes | None) -> Evidence:
        """Attach a file to evidence (stored once by SHA-256), or remove it (``None``)."""
        old = self._fresh(Entity.EVIDENCE, evidence_id)[1]
        if data is not None and len(data) > MAX_ATTACHMENT_BYTES:
            raise UserError(
                f"'{name}' is {len(data) // 1_000_000} MB; attachments are limited to "
                f"{MAX_ATTACHMENT_BYTES // 1_000_000} MB."
            )
        name = Path(name).name if data is not None else ""
        digest = store_blob(self.conn, data) if data is not None else ""
        new = old.with_changes(attachment_name=name, updated_by=self.reviewer, updated_at=now_iso())
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

    # -- the guarded update (optimistic concurrency) -----------------------------------------

    def _fresh(self, entity: Entity, item_id: str) -> tuple[int, Any]:
        """The row as the server holds it now: (version, value); the seen copy is kept."""
        seen = self._seen.get(item_id)
        reader = {Entity.DOCUMENT: self.document, Entity.CLAIM: self.claim}.get(entity)
        if reader is not None:
            reader(item_id)
        else:
            found = self._evidence("where id = %s", [item_id])
            if not found:
                raise UserError(f"No evidence with id '{item_id}' in this project.")
        current = self._seen[item_id]
        if seen is not None:
            self._seen[item_id] = seen
        return current

    def _guarded_update(
        self, entity: Entity, current: tuple[int, Item], changes: Mapping[str, Any], *,
        stamp: bool = True,
    ) -> Item:  # fmt: skip
        """Write the fields this save changes, unless a colleague changed them meanwhile."""
        version, now = current
        base_version, base = self._seen.get(now.id, current)
        new = now.with_changes(**changes) if not isinstance(now, Document) else None
        wanted = {k: getattr(new, k) if new is not None else v for k, v in changes.items()}
        if base_version != version:
            clashes = [
                k for k in wanted
                if getattr(now, k) != getattr(base, k) and getattr(now, k) != wanted[k]
            ]  # fmt: skip
            if clashes:
                self._seen[now.id] = current
                raise EditConflict(
                    f"{now.updated_by if not isinstance(now, Document) else 'A colleague'}"
                    " changed this meanwhile; choose whose version to keep.",
                    [self._conflict(entity, now, k, wanted[k]) for k in clashes],
                )
        changed = {k: v for k, v in wanted.items() if getattr(now, k) != v}
        if not changed:
            self._seen[now.id] = current
            return now
        stamps: dict[str, Any] = {}
        if stamp:
            stamps = {"updated_by": self.reviewer, "updated_at": now_iso()}
        after: dict[str, Any] = {k: records.plain(v) for k, v in changed.items()}
        before = {k: records.plain(getattr(now, k)) for k in changed}
        table = _TABLES[entity]
        with self._change(entity, now.id) as conn:
            assignments = ", ".join(f'"{k}" = %s' for k in {**after, **stamps})
            cursor = conn.execute(
                f"update {table} set {assignments}, row_version = row_version + 1"
                " where id = %s and row_version = %s",
                [*after.values(), *stamps.values(), now.id, version],
            )
            if cursor.rowcount != 1:
                raise UserError("A colleague saved this at the same moment; please try again.")
            self._record(Action.UPDATE, entity, now.id, before, after)
        result: Item = _with(now, {**changed, **stamps})
        self._seen[now.id] = (version + 1, result)
        return result

    def _conflict(self, entity: Entity, now: Any, name: str, mine: Any) -> Conflict:
        label = now.quote if isinstance(now, Claim) else getattr(now, "title", "")
        theirs_by = Who(now.updated_by, now.updated_at) if not isinstance(now, Document) else Who()
        return Conflict(
            entity, now.id, label, name, records.plain(mine),
            records.plain(getattr(now, name)), Who(self.reviewer, now_iso()), theirs_by,
        )  # fmt: skip

    def _stamped(self, item: Item) -> Item:
        stamp = now_iso()
        return _with(
            item,
            {
                "created_by": getattr(item, "created_by", "") or self.reviewer,
                "created_at": getattr(item, "created_at", "") or stamp,
                "updated_by": self.reviewer,
                "updated_at": stamp,
            },
        )

    # -- history, snapshot, copies -----------------------------------------------------------

    def history(self, entity_id: str | None = None) -> list[HistoryEvent]:
        """The change log, in the order the server committed it."""
        where, params = ("where entity_id = %s", [entity_id]) if entity_id else ("", [])
        names = ("id", "at", "reviewer", "action", "entity", "entity_id", "before", "after")
        rows = self._query(f"select {', '.join(names)} from history {where} order by seq", params)
        events = (records.history_event(dict(zip(names, row, strict=True))) for row in rows)
        return [event for event in events if event is not None]

    def reviewers(self) -> list[str]:
        """Everyone who changed the project, in order of first appearance."""
        rows = self._query("select reviewer from history group by reviewer order by min(seq)")
        return [row[0] for row in rows]

    def history_head(self) -> str:
        """The hash of the newest history row (the server computes every link)."""
        rows = self._query("select hash from history order by seq desc limit 1")
        return str(rows[0][0] or "") if rows else GENESIS

    # -- versions (schema step 0002_versions; see workbench.store.team.versions) -----------

    def versions(self, document_id: str) -> list[DocumentVersion]:
        """Every version of a document, oldest first."""
        document = self.document(document_id)
        with server_errors(self.address):
            return team_versions.versions(self.conn, document)

    def version(self, document_id: str, number: int) -> DocumentVersion:
        """One version of a document, or a UserError saying which numbers exist."""
        found = {v.number: v for v in self.versions(document_id)}
        if number not in found:
            have = ", ".join(str(n) for n in sorted(found))
            raise UserError(f"The document has no version {number} (it has: {have}).")
        return found[number]

    def version_original(self, document_id: str, number: int) -> bytes | None:
        """The bytes of the file a version was imported from, if they were kept."""
        document = self.document(document_id)
        with server_errors(self.address):
            return team_versions.original(self.conn, document, number)

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
        changed = {k: v for k, v in changes.items() if getattr(claim, k) != v}
        if not changed:
            return
        stamps = {"updated_by": self.reviewer, "updated_at": now_iso()}
        assignments = ", ".join(f'"{k}" = %s' for k in {**changed, **stamps})
        self.conn.execute(
            f"update claims set {assignments}, row_version = row_version + 1 where id = %s",
            [*changed.values(), *stamps.values(), claim.id],
        )
        before = {k: getattr(claim, k) for k in changed}
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

    def snapshot(
        self, *, document_id: str | None = None, statuses: Collection[Status] | None = None
    ) -> ProjectSnapshot:
        """Plain data for a report, an export or a sync."""
        return snapshot_of(
            self, self.path.name, document_id=document_id, statuses=statuses,
            versions=self.versions,
        )  # fmt: skip

    def save_copy(self, destination: Path | str) -> Path:
        """Write the project into a local ``.factcheck`` file (an offline copy)."""
        from workbench.store.team.offline import write_copy  # noqa: PLC0415 - cycle

        return write_copy(self, Path(destination))

    def archived_copies(self, evidence_id: str | None = None) -> list[ArchivedCopy]:
        """None yet: the server's schema has no archived copies (see :data:`_NO_COPIES`)."""
        return []

    def archived_copies_size(self) -> int:
        """No archived copies are kept on the server yet."""
        return 0

    def add_archived_copy(
        self,
        evidence_id: str,
        name: str,
        data: bytes,
        *,
        captured_at: str = "",
        pages: tuple[ArchivedPage, ...] = (),
    ) -> ArchivedCopy:
        """Refused for now: the server's schema has no archived copies yet."""
        raise UserError(_NO_COPIES)

    def restore_archived_copy(self, copy: ArchivedCopy, data: bytes) -> ArchivedCopy:
        """Refused for now, likewise."""
        raise UserError(_NO_COPIES)

    def remove_archived_copy(self, copy_id: str) -> ArchivedCopy:
        """Refused for now, likewise."""
        raise UserError(_NO_COPIES)

    def archived_copy_data(self, sha256: str) -> bytes:
        """Refused for now, likewise."""
        raise UserError(_NO_COPIES)

    def share_copy(
        self,
        destination: Path | str,
        *,
        include_originals: bool = True,
        include_copies: bool = True,
    ) -> int:
        """Write a compact ``.factcheck`` copy for e-mail; returns its size in bytes (the
        server keeps no archived copies, so ``include_copies`` changes nothing)."""
        from workbench.store.team.offline import write_share_copy  # noqa: PLC0415 - cycle

        return write_share_copy(self, Path(destination), include_originals=include_originals)

    def originals_size(self) -> int:
        """Bytes of the imported files and attachments this project refers to."""
        rows = self._query(
            "select coalesce(sum(length(data)), 0) from blobs where sha256 in"
            " (select original_sha256 from documents union"
            " select attachment_sha256 from evidence)"
        )
        return int(rows[0][0])

    # -- merge (sync of an offline copy) -----------------------------------------------------

    def apply_merge(
        self,
        source: MergeSource,
        choices: Mapping[str, Side] | Side,
        *,
        settings: ProjectSettings | None = None,
        deleted_documents: Collection[str] = (),
    ) -> Resolution:
        """Write a settled merge plan (settings, deleted documents too) in one transaction."""
        from workbench.store.team import merge_extras  # noqa: PLC0415 - cycle

        resolution = resolve(source.plan, choices)
        plan = source.plan
        with self._change(Entity.PROJECT, "merge") as conn:
            for doc in plan.new_documents:
                insert_document(conn, doc, source.originals.get(doc.id), ignore=True)
            merge_extras.write_versions(conn, source, self.document)
            for claim in plan.new_claims:
                insert_row(conn, "claims", as_record(claim), ignore=True)
            restored = resolution.restored_claims()
            for claim, _ in restored:
                insert_row(conn, "claims", as_record(claim), ignore=True)
            extra = [item for _, items in restored for item in items]
            for item in plan.new_evidence + resolution.restored_evidence() + extra:
                insert_row(conn, "evidence", as_record(item), ignore=True)
            for table, updates in (
                ("claims", resolution.claim_updates()),
                ("evidence", resolution.evidence_updates()),
            ):
                for item_id, values in updates.items():
                    assignments = ", ".join(f'"{k}" = %s' for k in values)
                    conn.execute(
                        f"update {table} set {assignments}, row_version = row_version + 1"
                        " where id = %s",
                        [*map(records.plain, values.values()), item_id],
                    )
            if settings is not None:
                write_settings(conn, settings)
            merge_extras.write_documents(conn, resolution)
            merge_extras.write_attachments(conn, source, resolution)
            for evidence_id in resolution.deleted_evidence():
                conn.execute("delete from evidence where id = %s", [evidence_id])
            for claim_id in resolution.deleted_claims():
                conn.execute("delete from evidence where claim_id = %s", [claim_id])
                conn.execute("delete from claims where id = %s", [claim_id])
            merge_extras.delete_documents(conn, deleted_documents)
            for event in plan.history:
                insert_history(conn, event)
            if not plan.is_empty:
                summary = {
                    "merged_from": source.name,
                    "changes": plan.change_count,
                    "conflicts": {c.key: resolution.choices[c.key].value for c in plan.conflicts},
                    "other_head": source.head,
                }
                self._record(Action.UPDATE, Entity.PROJECT, "merge", None, summary)
        return resolution

    # -- leases --------------------------------------------------------------------------------

    def take_lease(self, document_id: str) -> None:
        """Say (for :data:`LEASE_SECONDS`) that this reviewer is on ``document_id``.

        A window holds one lease at a time; taking another drops the previous one.
        """
        if self.read_only:
            return
        with server_errors(self.address), self.conn.transaction():
            self.conn.execute("delete from leases where session = %s", [self.session])
            self.conn.execute(
                "insert into leases (session, document_id, reviewer, expires_at) values"
                " (%s, %s, %s, now() + make_interval(secs => %s))",
                [self.session, document_id, self.reviewer, LEASE_SECONDS],
            )
            payload = json.dumps({"entity": "lease", "id": document_id, "by": self.reviewer})
            self.conn.execute("select pg_notify(%s, %s)", [self.address.channel, payload])

    def drop_leases(self) -> None:
        """Leave every document (on close)."""
        if not self.read_only:
            self._query("delete from leases where session = %s returning 1", [self.session])

    def who_is_on(self, document_id: str) -> list[str]:
        """The reviewers with an unexpired lease on ``document_id`` (this window included)."""
        leases = self.leases()
        return sorted({lease.reviewer for lease in leases if lease.document_id == document_id})

    def change_feed(self) -> ChangeFeed:
        """A listening connection for a background thread; skips this window's own changes."""
        return ChangeFeed(self.address, skip_pid=self.backend_pid)

    def leases(self) -> list[Lease]:
        """Everyone's unexpired leases, oldest first."""
        rows = self._query(
            "select document_id, reviewer, holder, expires_at from leases"
            " where expires_at > now() order by expires_at"
        )
        return [Lease(r[0], r[1], r[2], r[3].isoformat()) for r in rows]


def _with(item: Item, values: Mapping[str, Any]) -> Item:
    return replace(item, **values)


def store_blob(conn: psycopg.Connection, data: bytes) -> str:
    """Keep ``data`` once, by its SHA-256; returns the hash."""
    digest = sha256_hex(data)
    conn.execute(
        "insert into blobs (sha256, data) values (%s, %s) on conflict do nothing", [digest, data]
    )
    return digest


def insert_row(
    conn: psycopg.Connection, table: str, row: Mapping[str, Any], *, ignore: bool = False
) -> None:
    """Insert one row (column names from the model, quoted: ``start``/``end`` are keywords)."""
    names = ", ".join(f'"{k}"' for k in row)
    marks = ", ".join(["%s"] * len(row))
    tail = " on conflict do nothing" if ignore else ""
    conn.execute(
        f"insert into {table} ({names}) values ({marks}){tail}".encode(),
        [records.plain(v) for v in row.values()],
    )


def insert_document(
    conn: psycopg.Connection, doc: Document, original: bytes | None, *, ignore: bool = False
) -> None:
    """A document row, its original file in the blob store."""
    row = records.document_row(doc, None)
    del row["original"]
    if original is not None:
        row["original_sha256"] = store_blob(conn, original)
    insert_row(conn, "documents", row, ignore=ignore)


def insert_history(conn: psycopg.Connection, event: HistoryEvent) -> None:
    """One history row (kept if it is already there: a sync copies rows by id)."""
    insert_row(conn, "history", records.history_row(event), ignore=True)


def write_settings(conn: psycopg.Connection, settings: ProjectSettings) -> None:
    """Upsert every setting as JSON in ``meta``."""
    for key, value in records.settings_json(settings).items():
        conn.execute(
            "insert into meta (key, value) values (%s, %s)"
            " on conflict (key) do update set value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )
