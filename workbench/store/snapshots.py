"""A project's plain-data snapshot, read through the methods every backend shares.

Both the ``.factcheck`` file and the team server build their snapshot here, so a report
or a merge cannot tell which one it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Protocol

from workbench.core.archived import ArchivedCopy
from workbench.core.model import (
    Claim,
    Document,
    DocumentVersion,
    Evidence,
    HistoryEvent,
    ProjectSettings,
    ProjectSnapshot,
    Status,
    now_iso,
)
from workbench.core.numbering import claim_numbers


class Readable(Protocol):
    """The reads a snapshot is made of."""

    def settings(self) -> ProjectSettings: ...
    def documents(self) -> list[Document]: ...
    def document(self, document_id: str) -> Document: ...
    def claims(self, document_id: str | None = None) -> list[Claim]: ...
    def evidence(self, claim_id: str | None = None) -> list[Evidence]: ...
    def history(self, entity_id: str | None = None) -> list[HistoryEvent]: ...
    def reviewers(self) -> list[str]: ...
    def history_head(self) -> str: ...


def snapshot_of(
    project: Readable,
    path_name: str,
    *,
    document_id: str | None = None,
    statuses: Collection[Status] | None = None,
    versions: Callable[[str], list[DocumentVersion]] | None = None,
    copies: Callable[[], list[ArchivedCopy]] | None = None,
) -> ProjectSnapshot:
    """Plain data for a report, an export or a merge, read in one go on the owning thread.

    ``versions`` reads a document's versions, for a backend that keeps them (the file does;
    the team server does not yet); ``copies`` reads every archived copy, likewise.
    """
    every_document = project.documents()
    documents = [project.document(document_id)] if document_id else every_document
    wanted = {d.id for d in documents}
    every_claim = project.claims()
    claims = [
        c for c in every_claim if c.document_id in wanted and (not statuses or c.status in statuses)
    ]
    claim_ids = {c.id for c in claims}
    evidence: dict[str, list[Evidence]] = {c.id: [] for c in claims}
    for item in project.evidence():
        if item.claim_id in claim_ids:
            evidence[item.claim_id].append(item)
    evidence_ids = {e.id for items in evidence.values() for e in items}
    kept: dict[str, list[ArchivedCopy]] = {}
    for copy in copies() if copies else ():
        if copy.evidence_id in evidence_ids:
            kept.setdefault(copy.evidence_id, []).append(copy)
    return ProjectSnapshot(
        path_name=path_name,
        settings=project.settings(),
        documents=tuple(documents),
        claims=tuple(claims),
        evidence={k: tuple(v) for k, v in evidence.items()},
        history=tuple(project.history()),
        reviewers=tuple(project.reviewers()),
        exported_at=now_iso(),
        numbers=claim_numbers(every_document, every_claim),
        versions={d.id: tuple(versions(d.id)) for d in documents} if versions else {},
        history_head=project.history_head(),
        copies={k: tuple(v) for k, v in kept.items()},
    )
