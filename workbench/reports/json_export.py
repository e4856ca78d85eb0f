"""JSON: the whole project, lossless, in a documented and versioned shape.

This is the interchange format: documents with their full text, claims with every field
and their W3C selectors, evidence, and the history log. Its shape is fixed by
``resources/schemas/project-export.schema.json``; :data:`FORMAT_VERSION` goes up whenever
that shape changes in a way an older reader would misread.

Each claim, document and evidence object holds exactly the model's fields (so a reader
can rebuild the objects with ``Claim(**record)``); claims also carry ``selectors``, the
same anchor in Web Annotation form, for tools that speak that model.

``document_versions`` lists every text each document has had, oldest first, with its
import date, source and hashes. An old version carries its text, since claims kept
against it point into it; the current one does not repeat the document's ``text``.
"""

from __future__ import annotations

from typing import Any

from workbench import __version__
from workbench.core.archived import copy_record
from workbench.core.model import Claim, DocumentVersion, ProjectSnapshot, as_record
from workbench.reports.jsonld import dumps

FORMAT = "factcheck-workbench-project"
FORMAT_VERSION = 1
SCHEMA_FILE = "project-export.schema.json"


def _claim(claim: Claim) -> dict[str, Any]:
    record = as_record(claim)
    record["selectors"] = [
        {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
        {
            "type": "TextQuoteSelector",
            "exact": claim.quote,
            "prefix": claim.prefix,
            "suffix": claim.suffix,
        },
    ]
    return record


def _version(item: DocumentVersion, current: int) -> dict[str, Any]:
    # The current version's text is the document's own, not repeated.
    return as_record(item, leave_out=("text",) if item.number == current else ())


def project_json(snapshot: ProjectSnapshot) -> dict[str, Any]:
    """The export as plain JSON data (see the schema for every field's meaning)."""
    settings = snapshot.settings
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "generator": f"Fact-check Workbench {__version__}",
        "exported_at": snapshot.exported_at,
        "project": {
            "file_name": snapshot.path_name,
            "title": settings.title,
            "organisation": settings.organisation,
            "organisation_url": settings.organisation_url,
            "rating_scale": settings.rating_scale.to_json(),
        },
        "reviewers": list(snapshot.reviewers),
        "documents": [as_record(d) for d in snapshot.documents],
        "document_versions": [
            _version(v, d.version)
            for d in snapshot.documents
            for v in snapshot.versions.get(d.id, ())
        ],
        "claims": [_claim(c) for c in snapshot.claims],
        "evidence": [as_record(e) for c in snapshot.claims for e in snapshot.evidence[c.id]],
        "history": [as_record(e) for e in snapshot.history],
        "history_head": snapshot.history_head,
        "archived_copies": [
            copy_record(copy)
            for c in snapshot.claims
            for e in snapshot.evidence[c.id]
            for copy in snapshot.copies.get(e.id, ())
        ],
    }


def render(snapshot: ProjectSnapshot) -> bytes:
    """The export as UTF-8 JSON."""
    return dumps(project_json(snapshot))
