"""Merging another reviewer's copy into an open project: plan, then one transaction.

The decisions are :mod:`workbench.core.merge`'s; this module reads both files and writes
the settled plan. Everything is written in one transaction, so a failed or interrupted
merge leaves the file exactly as it was. The other side's history is copied row for row
(same ids), which both keeps their record and makes a second merge of the same copy a
no-op.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from workbench.core.errors import UserError
from workbench.core.merge import MergeSource, Resolution, Side, plan_merge, resolve
from workbench.core.model import (
    Action,
    Entity,
    Evidence,
    HistoryEvent,
    ProjectSnapshot,
    as_record,
    new_id,
    now_iso,
)
from workbench.store import records
from workbench.store.failures import storage_errors
from workbench.store.projectfile import Project


def prepare_merge(mine: ProjectSnapshot, mine_path: Path, other_path: Path | str) -> MergeSource:
    """Read the other copy (read-only, no lock) and plan what it brings to ``mine``.

    Takes a snapshot, not the open project, so it can run in a worker thread while the
    GUI thread keeps the project's connection.
    """
    other_path = Path(other_path)
    if other_path.resolve() == mine_path.resolve():
        raise UserError("A project cannot be merged with itself.")
    with Project.open(other_path, read_only=True) as other:
        plan = plan_merge(mine, other.snapshot())
        originals = {d.id: other.document_original(d.id) for d in plan.new_documents}
    return MergeSource(other_path.name, plan, originals)


@storage_errors
def apply_merge(
    project: Project, source: MergeSource, choices: Mapping[str, Side] | Side
) -> Resolution:
    """Write the plan with its conflicts settled, in one transaction; returns what was done."""
    project.ensure_writable()
    resolution = resolve(source.plan, choices)
    plan = source.plan
    db = project.db
    with db.atomic():
        for doc in plan.new_documents:
            db.table("documents").insert(records.document_row(doc, source.originals.get(doc.id)))
        for claim in plan.new_claims:
            db.table("claims").insert(as_record(claim))
        for claim, evidence in resolution.restored_claims():
            db.table("claims").insert(as_record(claim))
            _insert_evidence(project, evidence)
        _insert_evidence(project, plan.new_evidence + resolution.restored_evidence())
        for claim_id, fields in resolution.claim_updates().items():
            db.table("claims").update(claim_id, fields)
        for evidence_id, fields in resolution.evidence_updates().items():
            db.table("evidence").update(evidence_id, fields)
        for evidence_id in resolution.deleted_evidence():
            db.execute("delete from evidence where id = ?", [evidence_id])
        for claim_id in resolution.deleted_claims():
            db.execute("delete from evidence where claim_id = ?", [claim_id])
            db.execute("delete from claims where id = ?", [claim_id])
        for event in plan.history:
            db.table("history").insert(records.history_row(event), ignore=True)
        if not plan.is_empty:
            summary = {
                "merged_from": source.name,
                "changes": plan.change_count,
                "conflicts": {c.key: resolution.choices[c.key].value for c in plan.conflicts},
            }
            merge_event = HistoryEvent(
                new_id(),
                now_iso(),
                project.reviewer,
                Action.UPDATE,
                Entity.PROJECT,
                "merge",
                None,
                summary,
            )
            db.table("history").insert(records.history_row(merge_event))
        project.ensure_within_limits(f"The merge of '{source.name}'")
    return resolution


def _insert_evidence(project: Project, items: list[Evidence]) -> None:
    existing_claims = {c.id for c in project.claims()}
    for item in items:
        if item.claim_id in existing_claims:
            project.db.table("evidence").insert(as_record(item), ignore=True)
