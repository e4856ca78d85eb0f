"""Deleted documents in a sync: taken across, or shown as a conflict with an edit.

The merge planner matches documents present on both sides and brings new ones; a document
deleted on one side would otherwise stay on the other for ever (and an offline copy's
claims on a document the server deleted would never reach it). Here, from both histories
since the split:

- a document the other side deleted, that this side did not touch (its details, its
  claims or their evidence), is deleted here too, with everything on it;
- a document the other side deleted and this side worked on is a conflict shown with the
  others: "theirs" deletes it here, "mine" keeps it (and its claims), and the sync's
  second step puts it back on the other side;
- a document this side deleted that the other side worked on is a conflict too: "theirs"
  brings it back here with their claims and evidence, "mine" deletes it on their side.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from workbench.core.merge import Conflict, MergePlan, Side, Who
from workbench.core.model import (
    Action,
    Claim,
    Document,
    Entity,
    Evidence,
    HistoryEvent,
    ProjectSnapshot,
)

_FIELD = "deleted"


@dataclass(slots=True)
class DocumentPlan:
    """What deletions of whole documents the other side brings, before choices."""

    #: Documents they deleted and I did not touch: deleted here.
    deleted: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    #: Documents I deleted that they worked on: what "theirs" brings back.
    restorable: dict[str, tuple[Document, list[Claim], list[Evidence]]] = field(
        default_factory=dict
    )
    #: Each document's claims and evidence on my side (what deleting it here removes).
    mine_rows: dict[str, set[str]] = field(default_factory=dict)


def plan_documents(mine: ProjectSnapshot, theirs: ProjectSnapshot) -> DocumentPlan:
    """The documents deleted on one side since the split, and what to do with each."""
    mine_ids = {e.id for e in mine.history}
    theirs_ids = {e.id for e in theirs.history}
    mine_log = [e for e in mine.history if e.id not in theirs_ids]
    theirs_log = [e for e in theirs.history if e.id not in mine_ids]
    theirs_docs = {d.id: d for d in theirs.documents}
    mine_docs = {d.id: d for d in mine.documents}
    plan = DocumentPlan()
    for doc_id in _deleted(theirs_log):
        if doc_id not in mine_docs or doc_id in theirs_docs:
            continue
        rows = _rows_of(mine, doc_id)
        plan.mine_rows[doc_id] = rows
        touched = _last_touch(mine_log, rows | {doc_id})
        if touched is None:
            plan.deleted.append(doc_id)
        else:
            plan.conflicts.append(
                _conflict(mine_docs[doc_id], "edited", "deleted", touched, _who(theirs_log, doc_id))
            )
    for doc_id in _deleted(mine_log):
        if doc_id not in theirs_docs or doc_id in mine_docs:
            continue
        touched = _last_touch(theirs_log, _rows_of(theirs, doc_id) | {doc_id})
        if touched is None:
            continue  # the sync's other step deletes it there
        doc = theirs_docs[doc_id]
        claims = [c for c in theirs.claims if c.document_id == doc_id]
        evidence = [e for c in claims for e in theirs.evidence.get(c.id, ())]
        plan.restorable[doc_id] = (doc, claims, evidence)
        plan.conflicts.append(_conflict(doc, "deleted", "edited", _who(mine_log, doc_id), touched))
    return plan


def settle(
    merge: MergePlan, documents: DocumentPlan, choices: Mapping[str, Side] | Side
) -> list[str]:
    """Fold the settled document conflicts into the merge plan; returns what to delete here.

    Called before the plan is written, so that a kept document keeps its claims and a
    restored one comes back with its claims and evidence, in the merge's transaction.
    """
    delete = list(documents.deleted)
    for conflict in documents.conflicts:
        side = choices if isinstance(choices, Side) else choices.get(conflict.key, Side.MINE)
        doc_id = conflict.entity_id
        if doc_id in documents.restorable:
            if side is Side.THEIRS:
                doc, claims, evidence = documents.restorable[doc_id]
                merge.new_documents.append(doc)
                merge.new_claims.extend(claims)
                merge.new_evidence.extend(evidence)
        elif side is Side.THEIRS:
            delete.append(doc_id)
        else:  # keep my document whole: none of its claims or evidence is deleted
            rows = documents.mine_rows.get(doc_id, set())
            merge.deleted_claims[:] = [c for c in merge.deleted_claims if c not in rows]
            merge.deleted_evidence[:] = [e for e in merge.deleted_evidence if e not in rows]
    return delete


def deleted_here(mine: ProjectSnapshot, theirs: ProjectSnapshot) -> list[str]:
    """Documents THEIRS deleted since the split that MINE still has (the sync's 2nd step)."""
    return plan_documents(mine, theirs).deleted


def _rows_of(snapshot: ProjectSnapshot, doc_id: str) -> set[str]:
    claims = {c.id for c in snapshot.claims if c.document_id == doc_id}
    return claims | {e.id for c in claims for e in snapshot.evidence.get(c, ())}


def _deleted(events: Iterable[HistoryEvent]) -> list[str]:
    return [
        e.entity_id for e in events if e.entity is Entity.DOCUMENT and e.action is Action.DELETE
    ]


def _last_touch(events: Iterable[HistoryEvent], ids: set[str]) -> Who | None:
    touches = [Who(e.reviewer, e.at) for e in events if e.entity_id in ids]
    return max(touches, key=lambda who: who.at) if touches else None


def _who(events: Iterable[HistoryEvent], doc_id: str) -> Who:
    return _last_touch(events, {doc_id}) or Who()


def _conflict(doc: Document, mine: str, theirs: str, mine_by: Who, theirs_by: Who) -> Conflict:
    return Conflict(Entity.DOCUMENT, doc.id, doc.title, _FIELD, mine, theirs, mine_by, theirs_by)
