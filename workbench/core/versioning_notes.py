"""What the user reads about versions: a change in one line, a report note, an import outcome."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from workbench.core.versioning_diff import Change
from workbench.core.versioning_states import AnchorState


def _one_line(text: str, limit: int = 200) -> str:
    """A passage on one line (line breaks shown as ⏎), cut to ``limit`` characters."""
    flat = text.replace("\n", "⏎")
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def describe_change(change: Change) -> str:
    """One line saying what a change did (print it through :func:`~workbench.core.inert.inert`)."""
    if change.kind == "insert":
        return f"+ inserted at {change.new_start}: “{_one_line(change.new_text)}”"
    if change.kind == "delete":
        return f"- deleted at {change.old_start}: “{_one_line(change.old_text)}”"
    return (
        f"~ replaced at {change.old_start}: “{_one_line(change.old_text)}” → "
        f"“{_one_line(change.new_text)}”"
    )


def touched_by(
    change: Change, spans: Sequence[tuple[int, int]], old_spans: Sequence[tuple[int, int]] = ()
) -> list[int]:
    """Indexes of the spans that a change touches or borders: ``spans`` in the new text,
    then ``old_spans`` in the old one (numbered after ``spans``).

    The old side is for claims left on the older version (orphans, or kept against it):
    the passage a publisher deleted is the one a desk most needs to see flagged.
    """
    new_side = [
        i for i, (s, e) in enumerate(spans) if s <= change.new_end and change.new_start <= e
    ]
    old_side = [
        len(spans) + i
        for i, (s, e) in enumerate(old_spans)
        if s <= change.old_end and change.old_start <= e
    ]
    return new_side + old_side


def version_note(claim_version: int, checked: int, state: str, current: int) -> str:
    """What a report says about the version a claim was checked against ("" if only one).

    ``claim_version`` is the version the claim's span points into, ``checked`` the one the
    verdict was given against, ``state`` its :class:`AnchorState` value ("" once
    reviewed), ``current`` the document's current version.
    """
    if current == 1:
        return ""
    head = f"Checked against version {checked}"
    if claim_version != current:
        return f"{head}; the passage is not in the current version {current}."
    if checked == current:
        return f"{head} (the current one)."
    since = {
        AnchorState.EXACT.value: f"its words and their context are unchanged in version {current}",
        AnchorState.MOVED.value: (
            f"its words are unchanged in version {current}; their place or context changed"
        ),
        AnchorState.CHANGED.value: f"its words changed in version {current}",
    }.get(state, f"the text has changed since (now version {current})")
    return f"{head}; {since}."


@dataclass(frozen=True, slots=True)
class VersionImport:
    """What importing a new version did: its number and how many claims came through how."""

    document_id: str
    number: int  # 0 when the text was unchanged and nothing was written
    states: Counter[str] = field(default_factory=Counter)

    @property
    def unchanged(self) -> bool:
        """True when the new file's text equals the current one (nothing was written)."""
        return self.number == 0

    def message(self, title: str) -> str:
        """One line for the user."""
        if self.unchanged:
            return f"No change: the text of '{title}' is the same as its current version."
        parts = ", ".join(
            f"{self.states[s.value]} {s.value}" for s in AnchorState if self.states[s.value]
        )
        return f"'{title}' is now at version {self.number}; claims carried over: {parts or 'none'}."
