"""The parts of an edit both backends share: what it changes, its stamps, its history event.

The project file (SQLite through sqlite-utils) and the team server (PostgreSQL through
psycopg) each keep their own SQL, since the dialects differ; what an edit *is* is decided
here once (the fields it may touch, the values that really change, who and when it is
stamped with, the event that records it), so that the same edit writes the same history
row whichever backend takes it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from workbench.core.errors import UserError
from workbench.core.merge import MergeSource, Resolution
from workbench.core.model import (
    DOCUMENT_DETAIL_FIELDS,
    MAX_ATTACHMENT_BYTES,
    Action,
    Claim,
    Document,
    Entity,
    Evidence,
    HistoryEvent,
    ProjectSettings,
    Reviewer,
    Status,
    new_id,
    now_iso,
)
from workbench.store import records

ItemT = TypeVar("ItemT", Claim, Evidence)

#: The table that holds each kind of row a reviewer edits.
TABLES = {Entity.DOCUMENT: "documents", Entity.CLAIM: "claims", Entity.EVIDENCE: "evidence"}


class Recording:
    """Who a project stamps and records every change with, and how it records one
    (either backend; each appends the row in its own dialect)."""

    _reviewer: str

    @property
    def reviewer(self) -> str:
        """Who is recorded on every change made through this project from now on."""
        return self._reviewer

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self._reviewer = Reviewer(name).name if name.strip() else "Unknown reviewer"

    def _record(
        self,
        action: Action,
        entity: Entity,
        entity_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        """Append one history row of a change made now (in the caller's transaction)."""
        self._append(event(action, entity, entity_id, before, after, reviewer=self.reviewer))

    def _append(self, event: HistoryEvent) -> None:
        """Append ``event`` as the history's newest row (each backend's own SQL)."""
        raise NotImplementedError


def event(
    action: Action,
    entity: Entity,
    entity_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    *,
    reviewer: str,
) -> HistoryEvent:
    """The history event of a change made now by ``reviewer``."""
    return HistoryEvent(new_id(), now_iso(), reviewer, action, entity, entity_id, before, after)


def changed_values(old: object, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The values of ``changes`` that differ from ``old``'s: a no-op edit writes nothing."""
    return {key: value for key, value in changes.items() if getattr(old, key) != value}


def values_of(item: object, names: Collection[str]) -> dict[str, Any]:
    """``item``'s values of ``names`` as stored and recorded (enums by their value)."""
    return {name: records.plain(getattr(item, name)) for name in names}


def stamps(reviewer: str) -> dict[str, str]:
    """Who changed a claim or evidence and when: written with every change to it."""
    return {"updated_by": reviewer, "updated_at": now_iso()}


def stamped(item: ItemT, reviewer: str) -> ItemT:
    """A new item stamped with who made it and when (kept if it already has them)."""
    stamp = now_iso()
    return replace(
        item,
        created_by=item.created_by or reviewer,
        created_at=item.created_at or stamp,
        updated_by=reviewer,
        updated_at=stamp,
    )


def check_editable(changes: Mapping[str, Any], allowed: Collection[str], kind: str) -> None:
    """Refuse a field the window never offers (a programming error, not the user's)."""
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ValueError(f"Not editable {kind} fields: {sorted(unknown)}")


def document_details(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Document details as stored: whitespace collapsed, an empty title "Untitled document"."""
    check_editable(changes, DOCUMENT_DETAIL_FIELDS, "document")
    values = {key: " ".join(str(value).split()) for key, value in changes.items()}
    if "title" in values and not values["title"]:
        values["title"] = "Untitled document"
    return values


def claim_changes(
    changes: dict[str, Any], settings: Callable[[], ProjectSettings]
) -> dict[str, Any]:
    """A claim edit as stored: the status parsed, the rating as the project's scale spells it.

    ``settings`` is read only when a rating is given (on the server it is a query).
    """
    if "status" in changes:
        changes["status"] = Status.parse(str(changes["status"]))
    if changes.get("rating"):
        changes["rating"] = settings().rating_scale.find(changes["rating"]).label
    return changes


def check_quote(doc: Document, claim: Claim) -> None:
    """A new claim's span must lie in its document and its quote be the text there."""
    doc.check_span(claim.start, claim.end)
    if doc.text[claim.start : claim.end] != claim.quote:
        raise UserError("The claim's quote does not match the document's text.")


def attachment_name(name: str, data: bytes | None) -> str:
    """The name an attached file is kept under ("" when it is removed); too large: refused."""
    if data is not None and len(data) > MAX_ATTACHMENT_BYTES:
        raise UserError(
            f"'{name}' is {len(data) // 1_000_000} MB; attachments are limited to "
            f"{MAX_ATTACHMENT_BYTES // 1_000_000} MB."
        )
    return Path(name).name if data is not None else ""


def merge_summary(source: MergeSource, resolution: Resolution) -> dict[str, Any]:
    """What the history row of a merge records: where from, how much, each choice, their head."""
    plan = source.plan
    return {
        "merged_from": source.name,
        "changes": plan.change_count,
        "conflicts": {c.key: resolution.choices[c.key].value for c in plan.conflicts},
        "other_head": source.head,
    }
