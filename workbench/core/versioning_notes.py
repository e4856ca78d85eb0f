"""What the user reads about versions: a change in one line, a report note, an import outcome."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from workbench.core.translatable import QT_TRANSLATE_NOOP, REPORT, Message
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


def version_note(
    claim_version: int,
    checked: int,
    state: str,
    current: int,
    *,
    old_quote: str = "",
    number: Callable[[int], str] = str,
) -> Message | None:
    """What a report says about the version a claim was checked against (None if only one).

    ``claim_version`` is the version the claim's span points into, ``checked`` the one the
    verdict was given against, ``state`` its :class:`AnchorState` value ("" once
    reviewed), ``current`` the document's current version, and ``old_quote`` the words the
    claim had before a changed carry-over: a desk documenting a quiet edit quotes both.
    The note is a :class:`Message`, so a report in French says it in French; ``number``
    writes the version numbers as the report's language does.
    """
    if current == 1:
        return None
    values = {"checked": number(checked), "current": number(current)}
    if claim_version != current:
        template = QT_TRANSLATE_NOOP(
            "Report",
            "Checked against version {checked}; the passage is not in the current version"
            " {current}.",
        )
    elif checked == current:
        template = QT_TRANSLATE_NOOP(
            "Report", "Checked against version {checked} (the current one)."
        )
    elif state == AnchorState.EXACT.value:
        template = QT_TRANSLATE_NOOP(
            "Report",
            "Checked against version {checked}; its words and their context are unchanged in"
            " version {current}.",
        )
    elif state == AnchorState.MOVED.value:
        template = QT_TRANSLATE_NOOP(
            "Report",
            "Checked against version {checked}; its words are unchanged in version {current};"
            " their place or context changed.",
        )
    elif state == AnchorState.CHANGED.value and old_quote:
        template = QT_TRANSLATE_NOOP(
            "Report",
            "Checked against version {checked}; its words changed in version {current}. Before,"
            " it read: “{before}”.",
        )
        values["before"] = old_quote
    elif state == AnchorState.CHANGED.value:
        template = QT_TRANSLATE_NOOP(
            "Report", "Checked against version {checked}; its words changed in version {current}."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Report",
            "Checked against version {checked}; the text has changed since (now version"
            " {current}).",
        )
    return Message(REPORT, template, values)


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
