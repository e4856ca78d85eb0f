"""Version numbers in a sync: the server's stand, an offline copy's new ones follow them.

When the server and an offline copy each imported a *different* new text of a document,
both texts are kept on both sides; the file-to-file merge numbers the other copy's after
its own, which would leave the two sides with each other's text under one number. The
server is the shared record, so a sync settles the other way round: the server's
versions keep their numbers and the file's own new ones are renumbered after them (the
same decision, :func:`workbench.core.merge_versions.plan_versions`, with the sides
swapped). The file is renumbered in the sync's transaction, before the server's work is
merged into it; the plan is made against the renumbered snapshot (:func:`renumbered`),
so both sides then hold the same numbers and the same current text, the highest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from workbench.core.merge import MergePlan
from workbench.core.merge_versions import plan_versions, renumbered_claim
from workbench.core.model import DocumentVersion, ProjectSnapshot
from workbench.core.translatable import MERGE, QT_TRANSLATE_NOOP, Message

# Per document, the file's version numbers that change: its number -> the new one.
Numbering = Mapping[str, Mapping[int, int]]


def server_numbering(local: ProjectSnapshot, server: ProjectSnapshot) -> dict[str, dict[int, int]]:
    """The file's versions that must follow the server's (nothing when they agree)."""
    found: dict[str, dict[int, int]] = {}
    for doc in local.documents:
        plan = MergePlan()
        plan_versions(plan, server, local, doc.id)
        moved = {old: new for old, new in plan.renumbered.get(doc.id, {}).items() if old != new}
        highest = max(moved.values(), default=0)
        if highest > moved.get(doc.version, doc.version):
            # Both imported the file's current text, but the file has another one of its own
            # after the server's: the current text comes last again, or the sides would
            # disagree on it (the file's row holds the highest version).
            moved[doc.version] = highest + 1
        if moved:
            found[doc.id] = moved
    return found


def renumbered(snapshot: ProjectSnapshot, numbering: Numbering) -> ProjectSnapshot:
    """The snapshot as it reads once ``numbering`` is written (what the sync plans against)."""
    if not numbering:
        return snapshot
    documents = tuple(
        replace(d, version=numbering[d.id].get(d.version, d.version)) if d.id in numbering else d
        for d in snapshot.documents
    )
    versions = {
        doc_id: tuple(sorted(_numbered(items, numbering.get(doc_id, {})), key=lambda v: v.number))
        for doc_id, items in snapshot.versions.items()
    }
    claims = tuple(renumbered_claim(c, numbering.get(c.document_id, {})) for c in snapshot.claims)
    return replace(snapshot, documents=documents, versions=versions, claims=claims)


def _numbered(
    items: Iterable[DocumentVersion], numbers: Mapping[int, int]
) -> Iterator[DocumentVersion]:
    return (replace(v, number=numbers.get(v.number, v.number)) for v in items)


def renumber_messages(numbering: Numbering, titles: Mapping[str, str]) -> list[Message]:
    """One line per renumbered version, for the sync's summary (translated in the window)."""
    #: {old} and {new} are version numbers, {title} the document's title.
    template = QT_TRANSLATE_NOOP(
        "MergeSummary",
        "~ version {old} of document '{title}' is now version {new}: the team server has"
        " another text under that number, and the server's versions keep their numbers",
    )
    return [
        Message(MERGE, template, {"old": str(old), "new": str(new), "title": titles[doc_id]})
        for doc_id, numbers in numbering.items()
        for old, new in sorted(numbers.items())
    ]
