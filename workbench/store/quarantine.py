"""What an opened file's row scan left out, and the one message that says so."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(slots=True)
class Quarantine:
    """Ids of rows left out, and why (reason -> count).

    Ids are kept as the file holds them (a doctored id may be a number or NULL), so the
    readers' ``row id in quarantine.claims`` test matches whatever the row holds.
    """

    documents: set[object] = field(default_factory=set)
    claims: set[object] = field(default_factory=set)
    evidence: set[object] = field(default_factory=set)
    history: set[object] = field(default_factory=set)
    #: (document id, version number) of old versions left out.
    versions: set[object] = field(default_factory=set)
    #: Archived copies of evidence left out.
    copies: set[object] = field(default_factory=set)
    reasons: Counter[str] = field(default_factory=Counter)

    def skip(self, kind: set[object], row_id: object, reason: str) -> None:
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
            f"{_count(len(self.history), 'history entry', 'history entries')}"
            if self.history
            else "",
            f"{_count(len(self.versions), 'old version')}" if self.versions else "",
            f"{_count(len(self.copies), 'archived copy', 'archived copies')}"
            if self.copies
            else "",
        ]
        what = ", ".join(p for p in parts if p)
        why = "; ".join(f"{reason} ({n})" for reason, n in self.reasons.most_common())
        return f"'{name}' has damaged entries that were left out: {what}. Problems: {why}."


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
