"""Copies of a claimed sentence spotted by the claim's old context around them.

A copy of the claimed sentence keeps the sentence's own words beside the quote, so the
old prefix's end and the old suffix's start (the *frame*) stand around it too. With words
of the quote edited, no fragment of it may be left to spot the copy by ("would one
officials do this, nearly not so" for "would one day do this, although not so"), but the
frame still shows it. An edited place the diff or a search found is then only as good a
guess as that copy.
"""

from __future__ import annotations

from workbench.core.anchoring import Selector, occurrences
from workbench.core.string_matcher import StringMatcher
from workbench.core.versioning_diff import TextDiff
from workbench.core.versioning_edges import EDGE_CONTEXT, word_ends, word_starts
from workbench.core.versioning_scores import alike, context_at, copy_of, ratio

#: A passage framed by the claim's old context on both sides is a copy of it if this
#: alike: two words of five edited still are (unrelated text of the same length is about
#: 0.3). Framed on one side only, it must read as a copy on its own (``copy_of``).
_FRAMED_LIKENESS = 0.5
#: Characters in a row that align a rival passage with the quote.
_MIN_RUN = 4
#: Characters of slack, beyond half the quote, that an aligned copy may be found within.
_SLACK = 8


def framed_copy(diff: TextDiff, selector: Selector, found: Selector) -> bool:
    """Whether an edited passage found by searching has a rival in the claim's old frame.

    The diff lost the claim's passage, so no place is mapped from it; if another passage
    written anew stands after the old prefix's end or before the old suffix's start, its
    other side reading about as the old one did, it is the claim's sentence too, however
    many of its words were edited: taking the one closer to the quote would choose on
    quote likeness alone, and a copy that lost one word beats the claim's own that lost
    three. Unless the found place's context clearly wins, it is a guess.
    """
    new, quote = diff.new, selector.quote
    head, tail = selector.prefix[-EDGE_CONTEXT:], selector.suffix[:EDGE_CONTEXT]
    own = context_at(new, found.start, found.end, selector)
    shortest, longest = len(quote) // 2, len(quote) * 3 // 2 + EDGE_CONTEXT
    places: list[tuple[int, int]] = []
    if len(head) == EDGE_CONTEXT:
        for at in occurrences(new, head):
            start = at + len(head)
            if abs(start - found.start) < len(quote):
                continue  # the found passage itself
            ends = word_ends(new, start + shortest, start + longest)
            if ends:
                end = max(
                    ends, key=lambda e: ratio(selector.suffix, new[e : e + len(selector.suffix)])
                )
                places.append((start, end))
    if len(tail) == EDGE_CONTEXT:
        for end in occurrences(new, tail):
            starts = word_starts(new, end - longest, end - shortest)
            if starts:
                start = max(
                    starts,
                    key=lambda s: ratio(selector.prefix, new[max(0, s - len(selector.prefix)) : s]),
                )
                places.append((start, end))
    return any(
        abs(start - found.start) >= len(quote)
        and diff.written_anew(start, end)
        and not own.beats(context_at(new, start, end, selector))
        for start, end in places
    )


def framed_elsewhere(diff: TextDiff, selector: Selector, found: Selector) -> bool:
    """Whether text written anew holds another passage like the quote in the claim's frame.

    Between the old prefix's end and the old suffix's start, a passage about as long as
    the quote and somewhat like it is a copy. Beside one of them only (the copy's other
    neighbour differs, or an edit touched it), the passage aligned with the quote from
    there is a copy if it reads as the quote with some words edited.
    """
    new, quote = diff.new, selector.quote
    head, tail = selector.prefix[-EDGE_CONTEXT:], selector.suffix[:EDGE_CONTEXT]
    longest = len(quote) * 3 // 2 + EDGE_CONTEXT
    between: list[tuple[int, int]] = []
    beside: list[tuple[int, int]] = []  # (where a side of the frame ends or begins, offset)
    if len(head) == EDGE_CONTEXT:
        for at in occurrences(new, head):
            start = at + len(head)
            if abs(start - found.start) < len(quote):
                continue  # the found passage itself
            end = new.find(tail, start, start + longest + len(tail))
            if len(tail) == EDGE_CONTEXT and end != -1:
                between.append((start, end))
            beside.append((start, 0))
    if len(tail) == EDGE_CONTEXT:
        beside.extend(
            (at, len(quote)) for at in occurrences(new, tail) if abs(at - found.end) >= len(quote)
        )

    def elsewhere(start: int, end: int) -> bool:
        return (
            abs(start - found.start) >= len(quote)
            and not (start < found.end and found.start < end)
            and diff.written_anew(start, end)
        )

    def copy_beside(at: int, offset: int) -> bool:
        low, high = reach(quote, at, offset)
        if not diff.written_anew(max(0, low), high):
            return False  # wherever it aligns, it is inside an unchanged run
        span = aligned(new, quote, at, offset)
        return span is not None and elsewhere(*span) and copy_of(quote, new[span[0] : span[1]])

    return any(
        elsewhere(start, end) and alike(quote, new[start:end], _FRAMED_LIKENESS)
        for start, end in between
    ) or any(copy_beside(at, offset) for at, offset in beside)


def reach(quote: str, at: int, offset: int) -> tuple[int, int]:
    """The stretch of new text a passage like ``quote`` aligned at ``at`` may cover."""
    slack = len(quote) // 2 + _SLACK
    return at - offset - slack, at - offset + len(quote) + slack


def aligned(new: str, quote: str, at: int, offset: int) -> tuple[int, int] | None:
    """Where a passage like ``quote`` lies in ``new``, given that ``quote[offset:]`` is at ``at``.

    The passage may have words edited on either side of the fragment found, so its ends
    are placed by aligning the quote with the text around, not by counting characters;
    only runs of a few characters count, since single letters match anywhere. None where
    no such run aligns.
    """
    low, high = reach(quote, at, offset)
    low = max(0, low)
    window = new[low:high]
    blocks = StringMatcher(quote, window, least=_MIN_RUN).get_matching_blocks()[:-1]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    start = low + max(0, first.b - first.a)
    end = low + min(len(window), last.b + last.size + len(quote) - last.a - last.size)
    return start, max(start, end)
