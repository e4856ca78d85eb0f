"""The domain model: immutable value types, validated when they are made.

Every object here is a frozen dataclass, so a claim read from the project file cannot be
changed behind the store's back: an edit is a new value handed to the store, which records
the before and after in the history. Offsets are Python ``str`` indices (code points) into
``Document.text``; Qt's UTF-16 units never reach this layer.

The types live in modules by what they hold: :mod:`~workbench.core.identity` (ids, times,
hashes), :mod:`~workbench.core.documents`, :mod:`~workbench.core.claims` (claims and
evidence), :mod:`~workbench.core.history_events`, :mod:`~workbench.core.project` (settings,
snapshot) and :mod:`~workbench.core.records` (model values as plain records). Every name is
importable from here too, as it always was.
"""

from __future__ import annotations

from workbench.core.claims import (
    CLAIM_ANCHOR_FIELDS,
    CLAIM_EDITABLE_FIELDS,
    CLAIM_SPAN_FIELDS,
    EVIDENCE_EDITABLE_FIELDS,
    MAX_ATTACHMENT_BYTES,
    Claim,
    Evidence,
    Stance,
    Status,
    new_claim,
    span_fields,
)
from workbench.core.documents import (
    DOCUMENT_DETAIL_FIELDS,
    Document,
    DocumentVersion,
    ImportedDocument,
    canonical_text,
)
from workbench.core.history_events import Action, Entity, HistoryEvent
from workbench.core.identity import new_id, now_iso, sha256_hex
from workbench.core.project import ProjectSettings, ProjectSnapshot, RemovedDocument, Reviewer
from workbench.core.records import as_record

__all__ = [
    "CLAIM_ANCHOR_FIELDS",
    "CLAIM_EDITABLE_FIELDS",
    "CLAIM_SPAN_FIELDS",
    "DOCUMENT_DETAIL_FIELDS",
    "EVIDENCE_EDITABLE_FIELDS",
    "MAX_ATTACHMENT_BYTES",
    "Action",
    "Claim",
    "Document",
    "DocumentVersion",
    "Entity",
    "Evidence",
    "HistoryEvent",
    "ImportedDocument",
    "ProjectSettings",
    "ProjectSnapshot",
    "RemovedDocument",
    "Reviewer",
    "Stance",
    "Status",
    "as_record",
    "canonical_text",
    "new_claim",
    "new_id",
    "now_iso",
    "sha256_hex",
    "span_fields",
]
