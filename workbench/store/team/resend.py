"""Deletions on a team project: kept while the server is away, and checked when sent.

A deletion made while the server is away is kept in the project's unsent queue like any
edit and sent when it is back. What it removes is known from the rows the window last
showed, so the window can offer to undo it meanwhile. When it reaches the server (or
whenever a deletion is made), the rows are compared with what was shown: a colleague's
edit since then (or evidence a colleague added) turns the deletion into a conflict, shown
side by side like any other, instead of deleting their work unseen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from workbench.core.edit_conflict import EditConflict
from workbench.core.merge import Conflict, Who
from workbench.core.model import (
    Claim,
    Document,
    Entity,
    Evidence,
    RemovedDocument,
    now_iso,
)

#: id -> (row version, value) of each row as last shown (``TeamProject._seen``).
Seen = Mapping[str, tuple[int, Any]]


def shown(seen: Seen, kind: type, **match: str) -> list[Any]:
    """The rows of one kind last shown, matching ``match`` (say ``claim_id=...``)."""
    rows = [value for _, value in seen.values() if isinstance(value, kind)]
    return [row for row in rows if all(getattr(row, k) == v for k, v in match.items())]


def removed_claim(seen: Seen, claim_id: str) -> tuple[Claim, list[Evidence]] | None:
    """What deleting a claim removes, as last shown (None if it was never shown)."""
    entry = seen.get(claim_id)
    if entry is None or not isinstance(entry[1], Claim):
        return None
    evidence = sorted(shown(seen, Evidence, claim_id=claim_id), key=lambda e: e.created_at)
    return entry[1], evidence


def removed_evidence(seen: Seen, evidence_id: str) -> Evidence | None:
    """What deleting a piece of evidence removes, as last shown."""
    entry = seen.get(evidence_id)
    return entry[1] if entry is not None and isinstance(entry[1], Evidence) else None


def removed_document(seen: Seen, document_id: str) -> RemovedDocument | None:
    """What deleting a document removes, as last shown (its original stays on the server)."""
    entry = seen.get(document_id)
    if entry is None or not isinstance(entry[1], Document):
        return None
    claims = shown(seen, Claim, document_id=document_id)
    evidence = [e for c in claims for e in shown(seen, Evidence, claim_id=c.id)]
    return RemovedDocument(entry[1], None, tuple(claims), tuple(evidence))


def check_deletion(
    seen: Seen, entity: Entity, label: str, rows: Sequence[tuple[int, Any]], reviewer: str
) -> None:
    """Raise EditConflict if any of ``rows`` (as the server holds them now) changed unseen.

    ``seen`` is what was shown before the deletion was asked for. A row shown at an older
    version, or never shown, was changed or added since; by a colleague unless its last
    change is this reviewer's own (an import that moved it, an undo that put it back). A
    deletion of something never shown (a command naming it by id) deletes what is there.
    """
    if rows[0][1].id not in seen:
        return
    edited = [
        value for version, value in rows
        if (value.id not in seen or seen[value.id][0] != version)
        and (isinstance(value, Document) or value.updated_by != reviewer)
    ]  # fmt: skip
    if not edited:
        return
    last = max(edited, key=lambda v: getattr(v, "updated_at", ""))
    theirs = Who(getattr(last, "updated_by", ""), getattr(last, "updated_at", ""))
    first = rows[0][1]
    raise EditConflict(
        f"{theirs.reviewer or 'A colleague'} changed this after you deleted it;"
        " choose whether to delete it anyway or keep their version.",
        [Conflict(entity, first.id, label, "deleted", "deleted", "edited",
                  Who(reviewer, now_iso()), theirs)],
    )  # fmt: skip
