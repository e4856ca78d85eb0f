"""Reading a team project's documents, claims and evidence, remembering what was shown.

Every read notes each row's ``row_version`` and value: a later save is based on what
this window last showed (see :mod:`workbench.store.team.guarded_update`).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Collection
from typing import Any, TypeVar

from workbench.core.errors import UserError
from workbench.core.model import (
    Claim,
    Document,
    DocumentVersion,
    Entity,
    Evidence,
)
from workbench.store import records
from workbench.store.team import resend as kept
from workbench.store.team import versions as team_versions
from workbench.store.team.connection import ServerUnavailable, server_errors
from workbench.store.team.keeping import TeamKeeping

Item = TypeVar("Item", Document, Claim, Evidence)


_CLAIM_COLUMNS = ", ".join(f'c."{c}"' for c in records.CLAIM_COLUMNS)
_EVIDENCE_COLUMNS = ", ".join(f'"{c}"' for c in records.EVIDENCE_COLUMNS)
_DOCUMENT_COLUMNS = ", ".join(records.DOCUMENT_COLUMNS)
Row = tuple[Any, ...]


def _document(values: Row) -> Document:
    return records.document(dict(zip(records.DOCUMENT_COLUMNS, values, strict=True)))


def _evidence(values: Row) -> Evidence:
    return records.evidence(dict(zip(records.EVIDENCE_COLUMNS, values, strict=True)))


class TeamReads(TeamKeeping):
    """Reads of a team project's rows, each remembered as shown."""

    def _documents(self, where: str = "", params: Collection[Any] = ()) -> list[Document]:
        rows = self._query(
            f"select {_DOCUMENT_COLUMNS}, row_version from documents {where} order by seq", params
        )
        return self._remembered(rows, _document)

    def _remembered(self, rows: list[Row], make: Callable[[Row], Item]) -> list[Item]:
        """Rows read with their ``row_version`` last, as items each noted as shown."""
        found = [make(row[:-1]) for row in rows]
        for item, row in zip(found, rows, strict=True):
            self._seen[item.id] = (row[-1], item)
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

    def _claims(self, where: str, params: Collection[Any], order: str) -> list[Claim]:
        rows = self._query(f"select {_CLAIM_COLUMNS}, c.row_version from claims c {where} {order}",
                           params)  # fmt: skip
        return self._remembered(rows, records.claim)

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

    def _evidence(self, where: str, params: Collection[Any]) -> list[Evidence]:
        rows = self._query(
            f"select {_EVIDENCE_COLUMNS}, row_version from evidence {where}"
            " order by created_at, seq",
            params,
        )
        return self._remembered(rows, _evidence)

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

    def evidence_attachment(self, evidence_id: str) -> bytes | None:
        """The bytes attached to a piece of evidence, if any (from the shared blob store)."""
        self._fresh(Entity.EVIDENCE, evidence_id)
        rows = self._query(
            "select b.data from evidence e join blobs b on b.sha256 = e.attachment_sha256"
            " where e.id = %s",
            [evidence_id],
        )
        return bytes(rows[0][0]) if rows else None

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
