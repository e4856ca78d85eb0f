"""Checking a document's versions and a claim's record of them, for the row scan
(:mod:`workbench.store.integrity`): an old version is read like a document, and the
version numbers a claim carries are the ones the program writes, since a report states
them as fact."""

from __future__ import annotations

import sqlite3

from workbench.core.versioning_states import AnchorState
from workbench.store import limits, values
from workbench.store.quarantine import Quarantine

_ANCHOR_STATES = {"", *(s.value for s in AnchorState)}


def current_versions(
    conn: sqlite3.Connection, bad: Quarantine, texts: dict[str, str]
) -> dict[str, int]:
    """Each sound document's current version number; a broken number leaves it out."""
    current: dict[str, int] = {}
    for doc_id, number in conn.execute("select id, version from documents"):
        if doc_id not in texts:
            continue
        if values.is_position(number) and number >= 1:
            current[doc_id] = number
        else:
            del texts[doc_id]
            bad.skip(bad.documents, doc_id, "a document with a broken version number")
    return current


def scan_versions(
    conn: sqlite3.Connection, bad: Quarantine, texts: dict[str, str], current: dict[str, int]
) -> dict[tuple[str, int], str]:
    """Check the old versions' rows like documents; return their texts by (id, number).

    The current version's text is the document's own; its row in ``document_versions``
    is only checked, never read for it.
    """
    old: dict[tuple[str, int], str] = {}
    seen: set[tuple[str, int]] = set()
    for doc_id, number, text, page_starts, *record in conn.execute(
        "select document_id, number, text, page_starts, imported_at, source, format,"
        " extractor, original_sha256 from document_versions"
    ):
        key = (doc_id, number)
        if doc_id not in texts:
            bad.reasons["a version of a missing document"] += 1
            continue
        if not values.is_position(number) or number < 1 or key in seen:
            bad.skip(bad.versions, key, "a damaged version of a document")
            continue
        seen.add(key)
        readable = values.is_text(text, optional=False, limit=limits.MAX_DOCUMENT_CHARS)
        imported_at, *labels = record
        if (
            not readable
            or not page_starts_ok(page_starts, len(text))
            or not values.is_timestamp(imported_at)
            or not all(values.is_text(label) for label in labels)
        ):
            bad.skip(bad.versions, key, "a damaged version of a document")
        elif number != current[doc_id]:
            old[key] = text
    return old


def page_starts_ok(raw: object, length: int) -> bool:
    starts = values.json_value(raw)
    if not isinstance(starts, list):
        return False
    previous = -1
    for start in starts:
        if not values.is_position(start) or not previous < start <= length:
            return False
        previous = start
    return True


def carried_ok(carried: list[object], current: int) -> bool:
    """Whether a claim's record of versions (checked version, carry-over state, score and
    earlier words) is one the app wrote: a report states it as fact ("checked against
    version 2"), so a doctored number must not reach one."""
    checked, state, score, old_quote = carried
    return (
        values.is_position(checked)
        and 1 <= checked <= current
        and state in _ANCHOR_STATES
        and isinstance(score, int | float)
        and not isinstance(score, bool)
        and 0.0 <= score <= 1.0  # NaN fails both bounds
        and values.is_text(old_quote, limit=limits.MAX_DOCUMENT_CHARS)
    )
