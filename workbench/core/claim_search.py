"""What the claims table's search box looks through, and what it says when nothing matches.

A reviewer remembers a claim by any of its words: the quote, their own summary, who said
it, the verdict, a note, or a source they attached (title, publisher, excerpt). Matching
is a case-insensitive substring test (``str.casefold``), the same for every script.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from workbench.core.model import Claim, Evidence


def evidence_text(items: Iterable[Evidence]) -> dict[str, str]:
    """Per claim id, the searchable text of its evidence (title, publisher, excerpt)."""
    texts: dict[str, list[str]] = {}
    for item in items:
        texts.setdefault(item.claim_id, []).extend((item.title, item.publisher, item.excerpt))
    return {claim_id: "\n".join(parts).casefold() for claim_id, parts in texts.items()}


def matching(
    claims: Iterable[Claim], search: str, evidence: Mapping[str, str] | None = None
) -> list[Claim]:
    """The claims whose text, rating or evidence holds ``search`` (all when it is blank).

    ``evidence`` is :func:`evidence_text`'s result, already case-folded.
    """
    needle = search.strip().casefold()
    if not needle:
        return list(claims)
    found = evidence or {}
    return [
        c
        for c in claims
        if needle in c.quote.casefold()
        or needle in c.summary.casefold()
        or needle in c.claimant.casefold()
        or needle in c.note.casefold()
        or needle in c.rating.casefold()
        or needle in found.get(c.id, "")
    ]


def no_match_message(search: str, status_label: str | None) -> str:
    """The line shown instead of an empty table, naming the search and the status filter.

    e.g. "No claims match 'budget' among Disputed claims." The filter is named so a
    reviewer sees why a claim they know is there is not listed.
    """
    search = " ".join(search.split())
    among = f" among {status_label} claims" if status_label else ""
    if search:
        return f"No claims match '{search}'{among}."
    return f"No {status_label} claims in this document." if status_label else ""
