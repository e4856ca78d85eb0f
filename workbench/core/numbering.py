"""One claim numbering for the whole project, shared by the window and every report.

A reviewer who says "claim 4" and an editor reading "claim 4" in the report must mean the
same claim, so the number is worked out in one place: documents in the order they were
imported, then each document's claims in reading order (start, then end, then id so that
two claims on the same span keep a stable order). A report that shows only some claims
still prints their project numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from workbench.core.model import Claim, Document


def reading_order(documents: Sequence[Document], claims: Iterable[Claim]) -> list[Claim]:
    """``claims`` sorted as they are numbered; claims of unknown documents come last."""
    rank = {document.id: n for n, document in enumerate(documents)}
    last = len(rank)
    return sorted(claims, key=lambda c: (rank.get(c.document_id, last), c.start, c.end, c.id))


def claim_numbers(documents: Sequence[Document], claims: Iterable[Claim]) -> dict[str, int]:
    """Claim id -> its number (1..n) across the project."""
    return {c.id: n for n, c in enumerate(reading_order(documents, claims), start=1)}
