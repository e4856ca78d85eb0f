"""The changes between two versions as a reader marks them: whole words, natural edges.

The word diff (:mod:`~workbench.core.versioning_diff`) is built to carry offsets, and its
tokens hold the spaces after them. Shown as is, deleting the sentence after "Ukraine."
reads as ". The two spoke again on Monday.⏎⏎" replaced by ". ⏎⏎", and deleting the last
sentence of a paragraph as ". Unemployment was stable". A desk documenting a publisher's
quiet edits wants "The two spoke again on Monday." deleted. So each change loses the text
its two sides share at either end (never cutting a word), and a passage wholly inserted or
deleted slides within the unchanged text beside it, where the same characters allow, to the
edges a reader would choose: line breaks, then sentence ends, then spaces.
"""

from __future__ import annotations

from workbench.core.versioning_diff import Change, TextDiff

#: How far a passage may slide: enough for any sentence's edge, cheap on a run of blanks.
MAX_SLIDE = 200
#: Characters that end a sentence, for the edge score.
_SENTENCE_ENDS = ".!?…;:\u3002\uff01\uff1f"  # and the CJK full stop, ! and ?


def passages(diff: TextDiff) -> list[Change]:
    """Every inserted, deleted or replaced passage of ``diff``, in reading order, trimmed
    to whole words and slid to natural edges (see the module docstring)."""
    raw = diff.changes()
    out = []
    for index, change in enumerate(raw):
        trimmed = _trimmed(change)
        # The unchanged text beside the passage: the same length in both versions.
        before = trimmed.old_start - (raw[index - 1].old_end if index else 0)
        after = (raw[index + 1].old_start if index + 1 < len(raw) else len(diff.old)) - (
            trimmed.old_end
        )
        out.append(_slid(diff, trimmed, before, after))
    return out


def _shared_head(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start."""
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _splits_a_word(text: str, at: int) -> bool:
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


def _kind(old: str, new: str) -> str:
    return "insert" if not old else "delete" if not new else "replace"


def _trimmed(change: Change) -> Change:
    """``change`` without the text its two sides share at either end, cut between words."""
    old, new = change.old_text, change.new_text
    if old == new:
        return change
    head = _shared_head(old, new)
    while head and (_splits_a_word(old, head) or _splits_a_word(new, head)):
        head -= 1
    tail = _shared_head(old[head:][::-1], new[head:][::-1])
    while tail and (_splits_a_word(old, len(old) - tail) or _splits_a_word(new, len(new) - tail)):
        tail -= 1
    old, new = old[head : len(old) - tail], new[head : len(new) - tail]
    return Change(
        _kind(old, new),
        change.old_start + head,
        change.old_end - tail,
        change.new_start + head,
        change.new_end - tail,
        old,
        new,
    )


def _edge(text: str, at: int) -> int:
    """How natural a place ``at`` is for a marked passage to begin or end (higher is better)."""
    if at in (0, len(text)):
        return 6
    left, right = text[at - 1], text[at]
    if "\n" in (left, right):
        return 5 if "\n\n" in text[max(0, at - 2) : at + 2] else 4
    if left in _SENTENCE_ENDS and right.isspace():
        return 3
    if left.isspace() or right.isspace():
        return 2
    return 0 if left.isalnum() and right.isalnum() else 1


def _slid(diff: TextDiff, change: Change, before: int, after: int) -> Change:
    """A wholly inserted or deleted passage moved to its most natural edges, within the
    ``before`` and ``after`` unchanged characters beside it.

    A passage can take one step left when the character before it equals its own last
    one (the text reads the same), and one step right when the character after it equals
    its own first one.
    """
    if change.kind == "replace":
        return change
    deleted = change.kind == "delete"
    text = diff.old if deleted else diff.new
    start = change.old_start if deleted else change.new_start
    end = change.old_end if deleted else change.new_end
    left = 0
    while left < min(before, MAX_SLIDE) and text[start - left - 1] == text[end - left - 1]:
        left += 1
    right = 0
    while right < min(after, MAX_SLIDE) and text[start + right] == text[end + right]:
        right += 1
    # The best edges win; on a tie the diff's own place stays.
    best = max(
        range(-left, right + 1),
        key=lambda k: (_edge(text, start + k) + _edge(text, end + k), k == 0),
    )
    moved = text[start + best : end + best]
    return Change(
        change.kind,
        change.old_start + best,
        change.old_end + best,
        change.new_start + best,
        change.new_end + best,
        moved if deleted else "",
        "" if deleted else moved,
    )
