"""Checking a project file's contents, row by row, before the window sees them.

The schema check (:mod:`workbench.store.hardening`) proves the tables have the right shape;
this proves the rows make sense: a claim inside its document with the quote it claims, a
known status and stance, references that resolve, sizes a real project has. Bad rows are
left out (never deleted from the file) and summarised in one message, so a damaged or
doctored file opens with what is sound instead of crashing later in the UI.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from workbench.core.errors import ProjectFileError
from workbench.core.model import Stance, Status

#: More rows than any real review holds: a file with more is refused as absurd.
MAX_DOCUMENTS = 10_000
MAX_CLAIMS = 2_000_000
MAX_EVIDENCE = 2_000_000

_STATUSES = {s.value for s in Status}
_STANCES = {s.value for s in Stance}


@dataclass(slots=True)
class Quarantine:
    """Ids of rows left out, and why (reason -> count)."""

    documents: set[str] = field(default_factory=set)
    claims: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)
    #: (document id, version number) of old versions left out.
    versions: set[tuple[str, int]] = field(default_factory=set)
    reasons: Counter[str] = field(default_factory=Counter)

    def skip(self, kind: set[Any], row_id: Any, reason: str) -> None:
        kind.add(row_id)
        self.reasons[reason] += 1

    def summary(self, name: str) -> str | None:
        """One message for the user, or None when every row was sound."""
        if not self.reasons:
            return None
        parts = [
            f"{_count(len(self.documents), 'document')}" if self.documents else "",
            f"{_count(len(self.claims), 'claim')}" if self.claims else "",
            f"{_count(len(self.evidence), 'piece', 'pieces')} of evidence" if self.evidence else "",
            f"{_count(len(self.versions), 'old version')}" if self.versions else "",
        ]
        what = ", ".join(p for p in parts if p)
        why = "; ".join(f"{reason} ({n})" for reason, n in self.reasons.most_common())
        return f"'{name}' has damaged entries that were left out: {what}. Problems: {why}."


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _refuse_absurd_sizes(conn: sqlite3.Connection, name: str) -> None:
    for table, limit in (
        ("documents", MAX_DOCUMENTS),
        ("claims", MAX_CLAIMS),
        ("evidence", MAX_EVIDENCE),
    ):
        (count,) = conn.execute(f"select count(*) from {table}").fetchone()
        if count > limit:
            raise ProjectFileError(
                f"'{name}' holds {count:,} rows in '{table}', far more than a project can; "
                "it is not opened."
            )


def scan(conn: sqlite3.Connection, name: str) -> Quarantine:
    """Check every document, claim and evidence row; return what to leave out."""
    _refuse_absurd_sizes(conn, name)
    bad = Quarantine()
    texts: dict[str, str] = {}
    current: dict[str, int] = {}
    for doc_id, text, page_starts, number in conn.execute(
        "select id, text, page_starts, version from documents"
    ):
        if not isinstance(doc_id, str) or not doc_id:
            bad.reasons["a document without an id"] += 1
            continue
        if not isinstance(text, str):
            bad.skip(bad.documents, doc_id, "a document without text")
            continue
        if not _page_starts_ok(page_starts, len(text)):
            bad.skip(bad.documents, doc_id, "a document with broken page numbers")
            continue
        if not isinstance(number, int) or number < 1:
            bad.skip(bad.documents, doc_id, "a document with a broken version number")
            continue
        texts[doc_id] = text
        current[doc_id] = number
    old_texts = _scan_versions(conn, bad, texts, current)
    claim_ids = _scan_claims(conn, bad, texts, current, old_texts)
    for evidence_id, claim_id, stance, url, title, excerpt in conn.execute(
        "select id, claim_id, stance, url, title, excerpt from evidence"
    ):
        if claim_id not in claim_ids:
            bad.skip(bad.evidence, str(evidence_id), "evidence for a missing claim")
        elif stance not in _STANCES:
            bad.skip(bad.evidence, str(evidence_id), "evidence with an unknown stance")
        elif not any(isinstance(v, str) and v.strip() for v in (url, title, excerpt)):
            bad.skip(bad.evidence, str(evidence_id), "empty evidence")
    return bad


def _scan_claims(
    conn: sqlite3.Connection,
    bad: Quarantine,
    texts: dict[str, str],
    current: dict[str, int],
    old_texts: dict[tuple[str, int], str],
) -> set[str]:
    """Check every claim against the text its span points into; return the sound ones."""
    claim_ids: set[str] = set()
    for row in conn.execute(
        'select id, document_id, start, "end", quote, status, version from claims'
    ):
        doc_id, number = row[1], row[6]
        if isinstance(doc_id, str) and current.get(doc_id, number) != number:
            old = old_texts.get((doc_id, number))
            reason = _claim_problem(row[1:6], {doc_id: old} if old is not None else {})
            reason = reason and reason.replace("document", "version")
        else:
            reason = _claim_problem(row[1:6], texts)
        if reason:
            bad.skip(bad.claims, str(row[0]), reason)
        else:
            claim_ids.add(row[0])
    return claim_ids


def _scan_versions(
    conn: sqlite3.Connection, bad: Quarantine, texts: dict[str, str], current: dict[str, int]
) -> dict[tuple[str, int], str]:
    """Check the old versions' rows like documents; return their texts by (id, number).

    The current version's text is the document's own; its row in ``document_versions``
    is only checked, never read for it.
    """
    old: dict[tuple[str, int], str] = {}
    seen: set[tuple[str, int]] = set()
    for doc_id, number, text, page_starts in conn.execute(
        "select document_id, number, text, page_starts from document_versions"
    ):
        key = (doc_id, number)
        if doc_id not in texts or not isinstance(number, int) or key in seen:
            bad.reasons["a version of a missing document"] += 1
            continue
        seen.add(key)
        if not isinstance(text, str) or not _page_starts_ok(page_starts, len(text)):
            bad.skip(bad.versions, key, "a damaged version of a document")
        elif number != current[doc_id]:
            old[key] = text
    return old


def _page_starts_ok(raw: object, length: int) -> bool:
    try:
        starts = json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        return False
    if not isinstance(starts, list):
        return False
    previous = -1
    for start in starts:
        if not isinstance(start, int) or not previous < start <= length:
            return False
        previous = start
    return True


def _claim_problem(row: tuple[object, ...], texts: dict[str, str]) -> str | None:
    """Why a claim row (document_id, start, end, quote, status) cannot be shown, or None."""
    doc_id, start, end, quote, status = row
    text = texts.get(doc_id) if isinstance(doc_id, str) else None
    if text is None:
        return "a claim whose document is missing"
    if not isinstance(start, int) or not isinstance(end, int):
        return "a claim without a position"
    if not 0 <= start < end <= len(text):
        return "a claim that points outside its document"
    if text[start:end] != quote:
        return "a claim whose quote does not match its document"
    if status not in _STATUSES:
        return "a claim with an unknown status"
    return None
