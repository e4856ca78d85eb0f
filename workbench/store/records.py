"""Rows of the project file to model objects and back, tolerant of damaged values.

Reads never trust a value's type: a doctored file may hold anything in any column. What
:mod:`workbench.store.integrity` has not already left out is converted leniently here
(NULL becomes an empty string, unreadable JSON is skipped or replaced by defaults).
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from sqlite_utils import Database

from workbench.core.errors import UserError
from workbench.core.model import (
    Action,
    Claim,
    Document,
    DocumentVersion,
    Entity,
    Evidence,
    HistoryEvent,
    ProjectSettings,
    Status,
    as_record,
    new_id,
)
from workbench.core.ratings import RatingScale
from workbench.core.records import carried
from workbench.store import values as decoded


def write_settings(db: Database, settings: ProjectSettings) -> None:
    """Upsert every setting as a JSON value in ``meta``."""
    for key, value in settings_json(settings).items():
        db.table("meta").upsert(
            {"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key"
        )


def settings_json(settings: ProjectSettings) -> dict[str, Any]:
    """The settings as plain JSON values, as stored and as recorded in the history."""
    return {
        "title": settings.title,
        "organisation": settings.organisation,
        "organisation_url": settings.organisation_url,
        "rating_scale": settings.rating_scale.to_json(),
        "language": settings.language,
    }


def document(row: dict[str, Any]) -> Document:
    """A document from its row (checked by :mod:`integrity`); the checksum is recomputed."""
    values: dict[str, Any] = {k: ("" if v is None else v) for k, v in row.items()}
    values["page_starts"] = tuple(decoded.json_value(row["page_starts"]) or ())
    values["text_sha256"] = ""
    return Document(**values)


def document_summary(doc: Document) -> dict[str, Any]:
    """A document's record for the history, without its (possibly megabytes of) text."""
    record = as_record(doc)
    del record["text"]
    return record


def plain(value: Any) -> Any:
    """A field value as stored: enums by their value."""
    return getattr(value, "value", value)


#: Claim fields in column order, as :func:`claim` expects them.
CLAIM_COLUMNS = tuple(f.name for f in fields(Claim))
#: Evidence fields in column order.
EVIDENCE_COLUMNS = tuple(f.name for f in fields(Evidence))
#: Every document column but the original file's bytes, which are read only on demand.
DOCUMENT_COLUMNS = (
    "id", "title", "text", "format", "source", "publisher", "author", "published",
    "source_url", "imported_at", "page_starts", "original_sha256", "extractor", "text_sha256",
    "version",
)  # fmt: skip
_STATUS_INDEX = CLAIM_COLUMNS.index("status")
_STATUSES = {s.value: s for s in Status}


def claim(values: tuple[Any, ...]) -> Claim:
    """A claim from its row's values in :data:`CLAIM_COLUMNS` order (checked by integrity).

    Positional and tuple-based because a big project loads 100,000 claims at once.
    """
    items: list[Any] = ["" if v is None else v for v in values]
    items[_STATUS_INDEX] = _STATUSES.get(items[_STATUS_INDEX], items[_STATUS_INDEX])
    return Claim(*items)


def evidence(row: dict[str, Any]) -> Evidence:
    """Evidence from its row (already checked by :mod:`integrity`)."""
    values: dict[str, Any] = {k: ("" if v is None else v) for k, v in row.items()}
    return Evidence(**values)


def read_settings(db: Database) -> tuple[ProjectSettings, bool]:
    """The settings, and whether all of them were sound (damaged ones become defaults)."""
    return settings_from_values(
        {row["key"]: row["value"] for row in db.query("select key, value from meta")}
    )


def settings_from_values(values: dict[str, Any]) -> tuple[ProjectSettings, bool]:
    """The settings from the ``meta`` table's key/value pairs, whichever database held them."""
    defaults = ProjectSettings()
    found: dict[str, Any] = {}
    sound = True
    for key in ("title", "organisation", "organisation_url", "language"):
        if key == "language" and key not in values:
            continue  # a project from before languages: its reports stay English
        value = decoded.json_value(values.get(key, '""'))
        ok = decoded.is_text(value, optional=False)
        sound &= ok
        found[key] = value if ok else getattr(defaults, key)
    scale = defaults.rating_scale
    if "rating_scale" in values:
        try:
            scale = RatingScale.from_json(decoded.json_value(values["rating_scale"]))
        except (UserError, AttributeError):
            sound = False
    return ProjectSettings(rating_scale=scale, **found), sound


def history_event(row: dict[str, Any]) -> HistoryEvent | None:
    """A history row as an event, or None when the row is damaged (it is skipped)."""
    try:
        before = decoded.json_value(row["before"]) if row["before"] else None
        after = decoded.json_value(row["after"]) if row["after"] else None
        if not isinstance(before, dict | None) or not isinstance(after, dict | None):
            return None
        return HistoryEvent(
            id=str(row["id"]),
            at=str(row["at"]),
            reviewer=str(row["reviewer"]),
            action=Action(row["action"]),
            entity=Entity(row["entity"]),
            entity_id=str(row["entity_id"]),
            before=before,
            after=after,
        )
    except ValueError:
        return None


def history_row(event: HistoryEvent) -> dict[str, Any]:
    """A history event as its row (before/after as JSON text)."""
    row = as_record(event)
    for key in ("before", "after"):
        if row[key] is not None:
            row[key] = json.dumps(row[key], ensure_ascii=False)
    return row


def document_row(document: Document, original: bytes | None) -> dict[str, Any]:
    """A document as its row, with the imported file's bytes."""
    row = as_record(document)
    row["page_starts"] = json.dumps(list(document.page_starts))
    row["original"] = original
    return row


def first_version_row(document: Document) -> dict[str, Any]:
    """The ``document_versions`` row of a document's current text (its bytes stay in its row).

    Written beside every new document, so every document has its versions listed.
    """
    return version_row(current_version(document), None)


def current_version(document: Document) -> DocumentVersion:
    """A document's current text as a version (what a version row and its switch record)."""
    return carried(document, DocumentVersion, document_id=document.id, number=document.version)


def version_row(item: DocumentVersion, original: bytes | None) -> dict[str, Any]:
    """A version as its ``document_versions`` row, with its file's bytes if kept there."""
    return {
        "id": new_id(),
        "document_id": item.document_id,
        "number": item.number,
        "text": item.text,
        "text_sha256": item.text_sha256,
        "page_starts": json.dumps(list(item.page_starts)),
        "source": item.source,
        "imported_at": item.imported_at,
        "format": item.format,
        "extractor": item.extractor,
        "original": original,
        "original_sha256": item.original_sha256,
    }
