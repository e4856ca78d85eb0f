"""Checking a project file's contents, row by row, before the window sees them.

The schema check (:mod:`workbench.store.schema`) proves the tables have the right shape;
this proves the rows make sense. First the file's sizes are measured in SQL, without
loading a value, and a file beyond :mod:`workbench.store.limits` is refused with the limit
named. Then every value of every document, claim, evidence and history row is checked the
way its reader will use it (:mod:`workbench.store.values`): text that is text, a claim
inside its document with the quote it claims, a known status and stance, times that are
times, JSON that is sound, references that resolve. Bad rows are left out (never deleted
from the file) and summarised in one message, so a damaged or doctored file opens with
what is sound instead of failing later in a command or the window.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from workbench.core.archived import CopyKind
from workbench.core.errors import ProjectFileError
from workbench.core.model import Action, Entity, Stance, Status
from workbench.store import limits, values
from workbench.store.integrity_versions import (
    carried_ok,
    current_versions,
    page_starts_ok,
    scan_versions,
)
from workbench.store.quarantine import Quarantine

_STATUSES = {s.value for s in Status}
_STANCES = {s.value for s in Stance}
_ACTIONS = {a.value for a in Action}
_ENTITIES = {e.value for e in Entity}


# -- sizes ------------------------------------------------------------------------------

_DOCUMENT_TEXT = (
    "title",
    "source",
    "publisher",
    "author",
    "published",
    "source_url",
    "imported_at",
    "format",
    "text_sha256",
    "page_starts",
    "original_sha256",
    "extractor",
)
#: A claim's text columns beyond its span, quote and status (scanned together).
_CLAIM_OTHER_TEXT = (
    "prefix",
    "suffix",
    "summary",
    "claimant",
    "rating",
    "note",
    "created_by",
    "created_at",
    "updated_by",
    "updated_at",
)
_CLAIM_TEXT = ("quote", "status", *_CLAIM_OTHER_TEXT)
_EVIDENCE_TEXT = (
    "title",
    "url",
    "publisher",
    "accessed_at",
    "excerpt",
    "stance",
    "note",
    "attachment_name",
    "created_by",
    "created_at",
    "updated_by",
    "updated_at",
)
_COPY_TEXT = ("name", "media_type", "kind", "captured_at", "added_by", "pages")
_HISTORY_TEXT = ("at", "reviewer", "action", "entity", "entity_id", "before", "after")


def _total_length(table: str, columns: tuple[str, ...]) -> str:
    summed = " + ".join(f'ifnull(length("{c}"), 0)' for c in columns)
    return f"select count(*), ifnull(sum({summed}), 0) from {table}"


def size_problem(conn: sqlite3.Connection) -> str | None:
    """What of the file is beyond a limit ("N claims; a project may hold at most M"),
    measured in SQL without loading a value; None when it is within every limit."""
    documents, text, longest, attached = conn.execute(
        "select count(*), ifnull(sum(length(text)), 0), ifnull(max(length(text)), 0),"
        " ifnull(sum(length(original)), 0) + (select ifnull(sum(length(attachment)), 0)"
        " from evidence) + (select ifnull(sum(length(data)), 0) from blobs) from documents"
    ).fetchone()
    sizes = [
        (documents, limits.MAX_DOCUMENTS, "documents"),
        (longest, limits.MAX_DOCUMENT_CHARS, "characters of text in one document"),
        (text, limits.MAX_TOTAL_TEXT_CHARS, "characters of document text"),
        (attached, limits.MAX_ATTACHED_BYTES, "bytes of imported files and attachments"),
    ]
    records = conn.execute(_total_length("documents", _DOCUMENT_TEXT)).fetchone()[1]
    for table, columns, limit, what in (
        ("claims", _CLAIM_TEXT, limits.MAX_CLAIMS, "claims"),
        ("evidence", _EVIDENCE_TEXT, limits.MAX_EVIDENCE, "pieces of evidence"),
        ("history", _HISTORY_TEXT, limits.MAX_HISTORY, "history entries"),
        ("archived_copies", _COPY_TEXT, limits.MAX_EVIDENCE, "archived copies"),
    ):
        count, chars = conn.execute(_total_length(table, columns)).fetchone()
        sizes.append((count, limit, what))
        records += chars
    records += conn.execute(_total_length("meta", ("key", "value"))).fetchone()[1]
    sizes.append((records, limits.MAX_RECORD_CHARS, "characters of notes, evidence and history"))
    for have, limit, what in sizes:
        if have > limit:
            return f"{have:,} {what}; a project may hold at most {limit:,}"
    return None


# -- rows -------------------------------------------------------------------------------


def scan(conn: sqlite3.Connection, name: str) -> Quarantine:
    """Check every document, claim, evidence and history row; return what to leave out."""
    problem = size_problem(conn)
    if problem:
        raise ProjectFileError(f"'{name}' holds {problem}. It is not opened.")
    bad = Quarantine()
    texts = _scan_documents(conn, bad)
    current = current_versions(conn, bad, texts)
    old_texts = scan_versions(conn, bad, texts, current)
    claim_ids = _scan_claims(conn, bad, texts, current, old_texts)
    evidence_ids = _scan_evidence(conn, bad, claim_ids)
    _scan_copies(conn, bad, evidence_ids)
    _scan_history(conn, bad)
    return bad


Check = Callable[[object], bool]


def _fields_problem(
    row: list[object], checks: dict[str, Check], columns: tuple[str, ...]
) -> str | None:
    """The first column whose value fails its check (plain text by default), or None."""
    for column, value in zip(columns, row, strict=True):
        if not checks.get(column, values.is_text)(value):
            return column
    return None


def _required_text(value: object) -> bool:
    return values.is_text(value, optional=False)


def _required_time(value: object) -> bool:
    return values.is_timestamp(value, optional=False)


def _id(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 200


_DOCUMENT_CHECKS: dict[str, Check] = {
    "title": _required_text,
    "format": _required_text,
    "imported_at": _required_time,
}
_DOCUMENT_SCAN = tuple(c for c in _DOCUMENT_TEXT if c != "page_starts")


def _scan_documents(conn: sqlite3.Connection, bad: Quarantine) -> dict[str, str]:
    texts: dict[str, str] = {}
    columns = ", ".join(f'"{c}"' for c in _DOCUMENT_SCAN)
    cursor = conn.execute(
        "select id, text, page_starts, typeof(original) in ('blob', 'null'),"
        f" {columns} from documents"
    )
    for doc_id, text, page_starts, original_ok, *rest in cursor:
        problem = _fields_problem(rest, _DOCUMENT_CHECKS, _DOCUMENT_SCAN)
        if not _id(doc_id):
            bad.skip(bad.documents, doc_id, "a document without a proper id")
        elif not values.is_text(text, optional=False, limit=limits.MAX_DOCUMENT_CHARS):
            bad.skip(bad.documents, doc_id, "a document without readable text")
        elif not page_starts_ok(page_starts, len(text)):
            bad.skip(bad.documents, doc_id, "a document with broken page numbers")
        elif not original_ok or problem:
            bad.skip(bad.documents, doc_id, f"a document with a damaged {problem or 'original'}")
        else:
            texts[doc_id] = text
    return texts


_CLAIM_CHECKS: dict[str, Check] = {
    "created_at": values.is_timestamp,
    "updated_at": values.is_timestamp,
    # The summary starts as the quote, which may be as long as its document.
    "summary": lambda value: values.is_text(value, limit=limits.MAX_DOCUMENT_CHARS),
}


def _scan_claims(
    conn: sqlite3.Connection,
    bad: Quarantine,
    texts: dict[str, str],
    current: dict[str, int],
    old_texts: dict[tuple[str, int], str],
) -> set[str]:
    """Check every claim against the text its span points into (an old version's for a
    claim kept there); return the sound ones."""
    claim_ids: set[str] = set()
    fields = _CLAIM_OTHER_TEXT
    cursor = conn.execute(
        f'select id, document_id, start, "end", quote, status, {_plainly_sound(fields)}, rowid,'
        " version, checked_version, anchor_state, anchor_score, anchor_old_quote from claims"
    )
    for claim_id, doc_id, start, end, quote, status, plain, rowid, number, *carried in cursor:
        spans = (doc_id, start, end, quote, status)
        if not _id(claim_id):
            reason: str | None = "a claim without a proper id"
        elif isinstance(doc_id, str) and current.get(doc_id, number) != number:
            old = old_texts.get((doc_id, number))
            reason = _claim_problem(spans, {doc_id: old} if old is not None else {})
            reason = reason and reason.replace("document", "version")
        else:
            reason = _claim_problem(spans, texts)
        if not reason and not carried_ok(carried, current.get(doc_id, 1)):
            reason = "a claim with a damaged record of its versions"
        if not reason and not plain:
            problem = _fields_problem(_row(conn, "claims", fields, rowid), _CLAIM_CHECKS, fields)
            reason = f"a claim with a damaged {problem}" if problem else None
        if reason:
            bad.skip(bad.claims, claim_id, reason)
        else:
            claim_ids.add(claim_id)
    return claim_ids


def _claim_problem(row: tuple[object, ...], texts: dict[str, str]) -> str | None:
    """Why a claim (document id, start, end, quote, status) cannot be shown, or None."""
    doc_id, start, end, quote, status = row
    text = texts.get(doc_id) if isinstance(doc_id, str) else None
    if text is None:
        return "a claim whose document is missing"
    if not values.is_position(start) or not values.is_position(end):
        return "a claim without a position"
    if not 0 <= start < end <= len(text):
        return "a claim that points outside its document"
    if text[start:end] != quote:
        return "a claim whose quote does not match its document"
    if status not in _STATUSES:
        return "a claim with an unknown status"
    return None


_TIMES = frozenset({"created_at", "updated_at"})


def _plainly_sound(columns: tuple[str, ...]) -> str:
    """SQL that is true when a row's ``columns`` are plainly sound: no blob, the texts
    together within one field's limit, times in exactly :func:`now_iso`'s form (a real
    date, the 1st to the 28th, hours below 24).

    Rows it vouches for need no value loaded into Python; any other row gets the full
    check of :func:`_fields_problem`, so this fast path never decides against a row.
    """
    texts = [f'"{c}"' for c in columns if c not in _TIMES]
    parts = [
        "instr(" + " || ".join(f"typeof({c})" for c in texts) + ", 'b') = 0",  # no 'blob'
        "(" + " + ".join(f"ifnull(length({c}), 0)" for c in texts) + ")"
        f" <= {limits.MAX_FIELD_CHARS}",
    ]
    for column in _TIMES.intersection(columns):
        c = f'"{column}"'
        parts.append(
            f"({c} is null or {c} = '' or (length({c}) = 32 and substr({c}, 27) = '+00:00'"
            f" and date({c}) = substr({c}, 1, 10) and substr({c}, 9, 2) <= '28'"
            f" and substr({c}, 12, 2) < '24' and {c} >= '0001'))"
        )
    return "(" + " and ".join(parts) + ")"


def _row(
    conn: sqlite3.Connection, table: str, columns: tuple[str, ...], rowid: int
) -> list[object]:
    """One row's ``columns``, read for the full check."""
    names = ", ".join(f'"{c}"' for c in columns)
    return list(conn.execute(f"select {names} from {table} where rowid = ?", (rowid,)).fetchone())


#: Evidence columns checked as fields; title, url and excerpt say what it is.
_EVIDENCE_SCAN = tuple(c for c in _EVIDENCE_TEXT if c != "stance")
_EVIDENCE_CHECKS = _CLAIM_CHECKS


def _scan_evidence(conn: sqlite3.Connection, bad: Quarantine, claim_ids: set[str]) -> set[str]:
    """Check every piece of evidence; return the sound ones' ids."""
    sound: set[str] = set()
    cursor = conn.execute(
        "select id, claim_id, stance, typeof(attachment) in ('blob', 'null'),"
        " trim(ifnull(title, '') || ifnull(url, '') || ifnull(excerpt, '')) <> '',"
        f" {_plainly_sound(_EVIDENCE_SCAN)}, rowid from evidence"
    )
    for evidence_id, claim_id, stance, attachment_ok, filled, plain, rowid in cursor:
        problem = None
        if not plain:
            row = _row(conn, "evidence", _EVIDENCE_SCAN, rowid)
            problem = _fields_problem(row, _EVIDENCE_CHECKS, _EVIDENCE_SCAN)
        if not _id(evidence_id):
            bad.skip(bad.evidence, evidence_id, "evidence without a proper id")
        elif claim_id not in claim_ids:
            bad.skip(bad.evidence, evidence_id, "evidence for a missing claim")
        elif stance not in _STANCES:
            bad.skip(bad.evidence, evidence_id, "evidence with an unknown stance")
        elif not attachment_ok or problem:
            bad.skip(bad.evidence, evidence_id, f"evidence with a damaged {problem or 'file'}")
        elif not filled:
            bad.skip(bad.evidence, evidence_id, "empty evidence")
        else:
            sound.add(evidence_id)
    return sound


_COPY_KINDS = frozenset(k.value for k in CopyKind)


def _scan_copies(conn: sqlite3.Connection, bad: Quarantine, evidence_ids: set[str]) -> None:
    """Archived copies: of sound evidence, with a hash, a known kind, a size and sound text
    (a web archive's list of pages may be long: it counts as a document's text)."""
    cursor = conn.execute(
        "select id, evidence_id, sha256, kind, size, name, media_type, captured_at, added_at,"
        " added_by, pages from archived_copies"
    )
    for copy_id, evidence_id, sha, kind, size, *texts, pages in cursor:
        sound = (
            _id(copy_id)
            and evidence_id in evidence_ids
            and isinstance(sha, str)
            and len(sha) == 64
            and kind in _COPY_KINDS
            and values.is_position(size)
            and all(values.is_text(text) for text in texts)
            and values.is_text(pages, limit=limits.MAX_DOCUMENT_CHARS)
        )
        if not sound:
            bad.skip(bad.copies, copy_id, "a damaged archived copy")


def _scan_history(conn: sqlite3.Connection, bad: Quarantine) -> None:
    cursor = conn.execute(
        'select id, at, reviewer, action, entity, entity_id, before, "after" from history'
    )
    for event_id, at, reviewer, action, entity, entity_id, before, after in cursor:
        sound = (
            _id(event_id)
            and values.is_timestamp(at, optional=False)
            and _required_text(reviewer)
            and action in _ACTIONS
            and entity in _ENTITIES
            and _required_text(entity_id)
            and _json_record_ok(before)
            and _json_record_ok(after)
        )
        if not sound:
            bad.skip(bad.history, event_id, "a damaged history entry")


def _json_record_ok(raw: object) -> bool:
    """A history row's before/after: NULL or empty, or a sound JSON object."""
    return raw is None or raw == "" or isinstance(values.json_value(raw), dict)
