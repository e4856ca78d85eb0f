"""Merging another reviewer's copy into an open project: plan, then one transaction.

The decisions are :mod:`workbench.core.merge`'s; this module reads both files and writes
the settled plan. Everything is written in one transaction, so a failed or interrupted
merge leaves the file exactly as it was. The other side's history is copied row for row
(same ids), which both keeps their record and makes a second merge of the same copy a
no-op.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from workbench.core.archived import ArchivedCopy
from workbench.core.errors import UserError
from workbench.core.merge import MergePlan, MergeSource, Resolution, Side, plan_merge, resolve
from workbench.core.model import (
    Action,
    Claim,
    Document,
    Entity,
    Evidence,
    ProjectSnapshot,
    as_record,
)
from workbench.core.versioning import TextDiff
from workbench.store import archived_copies, edits, history_log, records, versions
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
        blobs = _copy_bytes(other, plan.new_copies)
        originals = functools.partial(versions.version_original, other)
        return merge_source(other_path.name, plan, other, originals, blobs=blobs)


class MergeHolder(Protocol):
    """Either side of a merge or a sync: where the bytes a plan brings are read from."""

    def document_original(self, document_id: str) -> bytes | None: ...
    def evidence_attachment(self, evidence_id: str) -> bytes | None: ...
    def history_head(self) -> str: ...


def merge_source(
    name: str,
    plan: MergePlan,
    other: MergeHolder,
    version_original: Callable[[str, int], bytes | None],
    *,
    blobs: dict[str, bytes] | None = None,
) -> MergeSource:
    """The plan with the bytes it brings: originals of documents and versions, attachments.

    A new version of a shared document is read under its number on the other side (the
    plan may have renumbered it). Attached files travel for new evidence, for evidence a
    delete/edit conflict may bring back, and for evidence whose file the other side
    changed: without them a changed attachment would not cross (the plan only names it).
    """
    originals = {d.id: other.document_original(d.id) for d in plan.new_documents}
    for item in plan.new_versions:
        number = plan.their_number(item.document_id, item.number)
        key = version_key(item.document_id, item.number)
        originals[key] = version_original(item.document_id, number)
    for doc in plan.new_documents:
        for item in plan.versions_of_new.get(doc.id, ()):
            originals[version_key(doc.id, item.number)] = version_original(doc.id, item.number)
    wanted = [e.id for e in plan.new_evidence] + list(plan.attachment_updates)
    wanted += [e.id for items in plan.restorable_evidence.values() for e in items]
    attachments = {e: other.evidence_attachment(e) for e in wanted}
    head = other.history_head()
    return MergeSource(name, plan, originals, attachments, head=head, blobs=blobs or {})


def _copy_bytes(other: Project, wanted: list[ArchivedCopy]) -> dict[str, bytes]:
    """The bytes of their new archived copies that their file holds (a share copy may not)."""
    found: dict[str, bytes] = {}
    for copy in wanted:
        try:
            found[copy.sha256] = other.archived_copy_data(copy.sha256)
        except UserError:
            continue
    return found


def version_key(document_id: str, number: int) -> str:
    """Where a new version's original bytes are kept in :attr:`MergeSource.originals`."""
    return f"{document_id}#{number}"


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
        kept = _kept_on_old_versions(project, set(resolution.claim_updates()))
        _apply_documents(project, source, resolution)
        for claim in plan.new_claims:
            db.table("claims").insert(as_record(claim))
        for claim in resolution.restored_claims():
            db.table("claims").insert(as_record(claim))
        _insert_evidence(project, resolution.incoming_evidence())
        for claim_id, fields in resolution.claim_updates().items():
            db.table("claims").update(claim_id, fields)
        for evidence_id, fields in resolution.evidence_updates().items():
            db.table("evidence").update(evidence_id, fields)
        _apply_attachments(project, source, resolution)
        _apply_copies(project, source)
        for evidence_id in resolution.deleted_evidence():
            db.execute("delete from archived_copies where evidence_id = ?", [evidence_id])
            db.execute("delete from evidence where id = ?", [evidence_id])
        for claim_id in resolution.deleted_claims():
            db.execute(
                "delete from archived_copies where evidence_id in"
                " (select id from evidence where claim_id = ?)",
                [claim_id],
            )
            db.execute("delete from evidence where claim_id = ?", [claim_id])
            db.execute("delete from claims where id = ?", [claim_id])
        db.execute("delete from blobs where sha256 not in (select sha256 from archived_copies)")
        for event in plan.history:
            history_log.append(db, event, copied=True)
        project.record_kept_attachments(plan.history)
        for doc in project.documents():
            _carry_to_current(project, doc, kept)
        if not plan.is_empty:
            summary = edits.merge_summary(source, resolution)
            project.record(Action.UPDATE, Entity.PROJECT, "merge", None, summary)
        project.ensure_within_limits(f"The merge of '{source.name}'")
    return resolution


def _apply_documents(project: Project, source: MergeSource, resolution: Resolution) -> None:
    """New documents with their versions, newer versions of shared ones, details.

    A version numbered below the current one only comes from a sync whose file's own
    versions were renumbered after the server's: it is kept as an older text.
    """
    db = project.db
    plan = source.plan
    for doc in plan.new_documents:
        db.table("documents").insert(records.document_row(doc, source.originals.get(doc.id)))
        db.table("document_versions").insert_all(
            _version_rows(source, doc) or [records.first_version_row(doc)]
        )
    for item in plan.new_versions:
        original = source.originals.get(version_key(item.document_id, item.number))
        doc = project.document(item.document_id)
        if item.number < doc.version:  # a sync's server version, below the file's renumbered
            versions.add_older_version(project, item, original)
        else:
            versions.add_version(project, doc, item, original)
    for document_id, fields in resolution.document_updates().items():
        db.table("documents").update(document_id, fields)


def _apply_attachments(project: Project, source: MergeSource, resolution: Resolution) -> None:
    """Attached files: changed ones, and those of evidence that came from the other copy."""
    table = project.db.table("evidence")
    for evidence_id, name in resolution.attachment_updates().items():
        data = source.attachments.get(evidence_id)
        table.update(evidence_id, {"attachment": data, "attachment_name": name if data else ""})
    for item in resolution.incoming_evidence():
        data = source.attachments.get(item.id)
        if data is not None:
            table.update(item.id, {"attachment": data})


def _apply_copies(project: Project, source: MergeSource) -> None:
    """Their new archived copies (of evidence the merged project has), and their removals.

    Their history rows for these are copied with the rest of their history.
    """
    evidence = {e.id for e in project.evidence()}
    for copy in source.plan.new_copies:
        if copy.evidence_id in evidence:
            archived_copies.insert(project.db, copy, source.blobs.get(copy.sha256))
    for copy_id in source.plan.deleted_copies:
        project.db.execute("delete from archived_copies where id = ?", [copy_id])


def _insert_evidence(project: Project, items: list[Evidence]) -> None:
    existing_claims = {c.id for c in project.claims()}
    for item in items:
        if item.claim_id in existing_claims:
            project.db.table("evidence").insert(as_record(item), ignore=True)


def _version_rows(source: MergeSource, doc: Document) -> list[dict[str, Any]]:
    """The rows of a new document's versions, as the other copy has them."""
    rows = []
    for item in source.plan.versions_of_new.get(doc.id, ()):
        key = version_key(doc.id, item.number)
        original = None if item.number == doc.version else source.originals.get(key)
        rows.append(records.version_row(item, original))
    return rows


def _kept_on_old_versions(project: Project, respanned: set[str]) -> set[str]:
    """My claims kept against an older version before the merge (they stay there)."""
    current = {d.id: d.version for d in project.documents()}
    return {
        c.id
        for c in project.claims()
        if c.version != current.get(c.document_id) and c.id not in respanned
    }


def _carry_to_current(project: Project, doc: Document, kept: set[str]) -> None:
    """Re-anchor the claims a merge left on older versions of a document.

    My claims were on my current version, which theirs may have superseded; claims that
    came from the other copy may be on any version we now share. Orphans I had kept
    against an older version stay where they are.
    """
    stale: dict[int, list[Claim]] = {}
    for claim in project.claims(doc.id):
        if claim.version != doc.version and claim.id not in kept:
            stale.setdefault(claim.version, []).append(claim)
    if not stale:
        return
    texts = {v.number: v.text for v in project.versions(doc.id)}
    for number, claims in stale.items():
        diff = TextDiff(texts[number], doc.text)
        for claim, changes in versions.carried_over(claims, diff, doc.version):
            versions.write_claim_anchor(project, claim, changes)
