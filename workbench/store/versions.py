"""Versions of a document in the project file: import a new text, carry its claims over.

The decisions (where each claim lands) are :mod:`workbench.core.versioning`'s; this module
reads the old text and the claims, and writes the new version, every claim's new span and
state, and their history rows in one transaction, so an interrupted import leaves the
document exactly as it was. The old text stays in ``document_versions``; the document's
row holds the current one, so every other reader is unchanged.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from workbench.core.anchoring import Selector, select
from workbench.core.errors import UserError
from workbench.core.merge_versions import renumbered_claim
from workbench.core.model import (
    Action,
    Claim,
    Document,
    DocumentVersion,
    Entity,
    ImportedDocument,
    now_iso,
    sha256_hex,
)
from workbench.core.records import as_record, carried
from workbench.core.versioning import TextDiff, VersionImport, carry_over
from workbench.store import edits, records

if TYPE_CHECKING:
    from workbench.store.projectfile import Project

_VERSION_COLUMNS = (
    "document_id, number, text, imported_at, format, source, extractor, page_starts,"
    " original_sha256, text_sha256"
)


def versions(project: Project, document_id: str) -> list[DocumentVersion]:
    """Every version of a document, oldest first (none for an unknown document)."""
    rows = project.db.query(
        f"select {_VERSION_COLUMNS} from document_versions where document_id = ? order by number",
        [document_id],
    )
    skip = project.quarantine.versions
    return [_version(row) for row in rows if (document_id, row["number"]) not in skip]


def version_original(project: Project, document_id: str, number: int) -> bytes | None:
    """The bytes of the file a version was imported from, if they were kept."""
    if project.document(document_id).version == number:
        return project.document_original(document_id)
    rows = list(
        project.db.query(
            "select original from document_versions where document_id = ? and number = ?",
            [document_id, number],
        )
    )
    data = rows[0]["original"] if rows else None
    return bytes(data) if isinstance(data, bytes) else None


def version(project: Project, document_id: str, number: int) -> DocumentVersion:
    """One version of a document, or a UserError saying which numbers exist."""
    found = {v.number: v for v in versions(project, document_id)}
    if number not in found:
        have = ", ".join(str(n) for n in sorted(found)) or "none"
        raise UserError(f"The document has no version {number} (it has: {have}).")
    return found[number]


def _version(row: dict[str, Any]) -> DocumentVersion:
    values: dict[str, Any] = {k: ("" if v is None else v) for k, v in row.items()}
    values["page_starts"] = tuple(json.loads(row["page_starts"]))
    values["text_sha256"] = ""
    return DocumentVersion(**values)


def import_new_version(
    project: Project, document_id: str, imported: ImportedDocument
) -> VersionImport:
    """Make ``imported`` the document's current text and carry every claim over to it.

    Claims on the current version are re-anchored (see
    :func:`workbench.core.versioning.carry_over`); an orphan keeps its span on the old
    version, where it still reads true. Claims already kept against an older version
    stay there. Identical text writes nothing.
    """
    project.ensure_writable()
    doc = project.document(document_id)
    if imported.text == doc.text:
        return VersionImport(document_id, 0)
    new_version = next_version(doc, imported)
    current = [c for c in project.claims(document_id) if c.version == doc.version]
    updates = carried_over(current, TextDiff(doc.text, imported.text), new_version.number)
    states = Counter(changes["anchor_state"] for _, changes in updates)
    number = new_version.number
    with project.db.atomic():
        add_version(project, doc, new_version, imported.original)
        for claim, changes in updates:
            write_claim_anchor(project, claim, changes)
    return VersionImport(document_id, number, states)


def next_version(doc: Document, imported: ImportedDocument) -> DocumentVersion:
    """The version ``imported`` becomes when it follows ``doc``'s current text."""
    return DocumentVersion(
        document_id=doc.id,
        number=doc.version + 1,
        text=imported.text,
        imported_at=now_iso(),
        format=imported.format,
        source=imported.source,
        extractor=imported.extractor,
        page_starts=imported.page_starts,
        original_sha256=sha256_hex(imported.original) if imported.original else "",
    )


def add_version(
    project: Project, doc: Document, new: DocumentVersion, original: bytes | None
) -> None:
    """Make ``new`` the document's current text (inside the caller's transaction).

    The current version's row takes over the imported file's bytes from the document's
    row, so every version keeps its own original; one history row records the switch.
    """
    db = project.db
    db.execute(
        "update document_versions set original ="
        " (select original from documents where id = ?) where document_id = ? and number = ?",
        [doc.id, doc.id, doc.version],
    )
    db.table("document_versions").insert(records.version_row(new, None))
    before, after = switch_record(doc, new)
    db.table("documents").update(doc.id, {**after, "text": new.text, "original": original})
    project.record(Action.UPDATE, Entity.DOCUMENT, doc.id, before, after)


def add_older_version(project: Project, item: DocumentVersion, original: bytes | None) -> None:
    """Keep ``item`` as an older version, below the current one (inside the caller's txn).

    Only a sync brings one: the server's version that the file's own, renumbered after
    it, follows (:mod:`workbench.store.team.numbering`); the current text stays.
    """
    project.db.table("document_versions").insert(records.version_row(item, original))


def renumber(project: Project, document_id: str, numbers: Mapping[int, int]) -> None:
    """Give a document's versions new numbers, with the claims that point at them.

    Inside the caller's transaction; one history row records the document's move (its
    current number, and which numbers changed) and one per claim moved, so the chain
    keeps every step. Claims stay on the same texts; only their numbers change.
    """
    db = project.db
    doc = project.document(document_id)
    for old, new in numbers.items():  # through negative numbers: old and new may overlap
        db.execute(
            "update document_versions set number = ? where document_id = ? and number = ?",
            [-new, document_id, old],
        )
    db.execute(
        "update document_versions set number = -number where document_id = ? and number < 0",
        [document_id],
    )
    for claim in project.claims(document_id):
        moved = renumbered_claim(claim, numbers)
        write_claim_anchor(
            project, claim, {"version": moved.version, "checked_version": moved.checked_version}
        )
    current = numbers.get(doc.version, doc.version)
    db.table("documents").update(doc.id, {"version": current})
    pairs = [[old, new] for old, new in sorted(numbers.items())]
    project.record(
        Action.UPDATE,
        Entity.DOCUMENT,
        doc.id,
        {"version": doc.version},
        {"version": current, "renumbered": pairs},
    )


def switch_record(doc: Document, new: DocumentVersion) -> tuple[dict[str, Any], dict[str, Any]]:
    """The document's columns before and after ``new`` becomes its current text.

    Also what the history row of the switch holds (every backend records the same).
    """
    return _switch_fields(records.current_version(doc)), _switch_fields(new)


def _switch_fields(item: DocumentVersion) -> dict[str, Any]:
    """The document row's fields that a switch to version ``item`` changes (history values)."""
    return {
        "version": item.number,
        "text_sha256": item.text_sha256,
        "source": item.source,
        "format": item.format,
        "extractor": item.extractor,
        "page_starts": json.dumps(list(item.page_starts)),
        "original_sha256": item.original_sha256,
    }


def carried_over(
    claims: list[Claim], diff: TextDiff, number: int
) -> list[tuple[Claim, dict[str, Any]]]:
    """Each claim of ``diff.old`` with the changes that carry it to version ``number``.

    An orphan keeps its span on the old version (where it still reads true) and only
    gains its state; the others move to the new text.
    """
    updates: list[tuple[Claim, dict[str, Any]]] = []
    for claim in claims:
        outcome = carry_over(diff, carried(claim, Selector))
        changes: dict[str, Any] = {
            "anchor_state": outcome.state.value,
            "anchor_score": outcome.score,
            "anchor_old_quote": claim.quote,
        }
        if outcome.selector is not None:
            changes.update(as_record(outcome.selector), version=number)
        updates.append((claim, changes))
    return updates


def write_claim_anchor(project: Project, claim: Claim, changes: dict[str, Any]) -> Claim:
    """Write a claim's new span and anchoring state with one history row (no-ops skipped)."""
    changed = edits.changed_values(claim, changes)
    if not changed:
        return claim
    stamps = edits.stamps(project.reviewer)
    with project.db.atomic():
        project.db.table("claims").update(claim.id, {**changed, **stamps})
        before = edits.values_of(claim, changed)
        project.record(Action.UPDATE, Entity.CLAIM, claim.id, before, changed)
    return claim.with_changes(**changed, **stamps)


def accept_anchor(project: Project, claim_id: str) -> Claim:
    """The reviewer has looked at a moved, changed or kept claim: it leaves the queue.

    A claim on the current text counts as checked against it from now on; an orphan kept
    against its old version stays there, checked against that.
    """
    project.ensure_writable()
    claim = project.claim(claim_id)
    return write_claim_anchor(project, claim, accepted(claim))


def accepted(claim: Claim) -> dict[str, Any]:
    """What taking a claim off the review queue changes (see :func:`accept_anchor`)."""
    return {"anchor_state": "", "anchor_old_quote": "", "checked_version": claim.version}


def reattach(project: Project, claim_id: str, start: int, end: int) -> Claim:
    """Anchor an orphan (or any claim) to ``start..end`` of its document's current text."""
    project.ensure_writable()
    claim = project.claim(claim_id)
    doc = project.document(claim.document_id)
    return write_claim_anchor(project, claim, reattached(claim, doc, start, end))


def reattached(claim: Claim, doc: Document, start: int, end: int) -> dict[str, Any]:
    """What anchoring ``claim`` to ``start..end`` of ``doc``'s current text changes."""
    doc.check_span(start, end)
    changes = as_record(select(doc.text, start, end))
    changes.update(
        version=doc.version,
        anchor_state="",
        anchor_score=1.0,
        anchor_old_quote=claim.quote if claim.quote != changes["quote"] else "",
    )
    return changes


def restore_anchor(project: Project, claim: Claim) -> Claim:
    """Put a claim's span and anchoring back as they were in ``claim`` (undo)."""
    project.ensure_writable()
    current = project.claim(claim.id)
    return write_claim_anchor(project, current, anchor_of(claim))


def anchor_of(claim: Claim) -> dict[str, Any]:
    """A claim's span and anchoring, as :func:`restore_anchor` puts them back."""
    fields = ("start", "end", "quote", "prefix", "suffix", "version", "checked_version")
    values = {k: getattr(claim, k) for k in fields}
    values.update(
        anchor_state=claim.anchor_state,
        anchor_score=claim.anchor_score,
        anchor_old_quote=claim.anchor_old_quote,
    )
    return values


def claim_text(project: Project, claim: Claim) -> str:
    """The text a claim's span points into: the current one, or its old version's."""
    doc = project.document(claim.document_id)
    if claim.version == doc.version:
        return doc.text
    return version(project, claim.document_id, claim.version).text
