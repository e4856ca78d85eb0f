"""Whether a place found for a claim has a rival as likely to be the claim's.

A claimed sentence edited in one place while a copy of it (verbatim or edited) appears
in another has two answers the text alone cannot tell apart: an edited place found is
kept only where no such copy was written. The verbatim quote found is kept where its
context clearly wins, where the old neighbouring sentences decide for it, or where the
diff kept it in an unchanged run and the copy is no better placed.
"""

from __future__ import annotations

import re

from workbench.core.anchoring import Selector, occurrences
from workbench.core.versioning_diff import TextDiff
from workbench.core.versioning_frames import aligned, framed_elsewhere, reach
from workbench.core.versioning_scores import Context, context_at, copy_of

#: Fragments of the quote looked for in new text to spot a rival passage: a third of the
#: quote, but at least this many characters (shorter ones are found everywhere) ...
_MIN_SHINGLE = 8
#: ... and at most this many (a longer one would rarely survive an edit).
_MAX_SHINGLE = 16
#: Fragments looked for at every word of the quote when the place found was edited.
_EDITED_SHINGLE = 12
_WORD = re.compile(r"\w+")
#: Characters of the old text around a span that show its neighbouring sentences.
_NEIGHBOURS = 120


def rivalled(diff: TextDiff, selector: Selector, found: Selector) -> bool:
    """Whether new or edited text holds another passage as likely to be the claim's.

    The diff aligns the old passage with the closest new one; if an edited copy of it was
    inserted too, which one the claim belongs to is a guess unless the found place's
    context clearly wins. The quote's head, middle and tail are looked for, so that a
    copy with a word edited is still seen, whatever word it is.
    """
    quote = selector.quote
    size = min(_MAX_SHINGLE, max(_MIN_SHINGLE, len(quote) // 3))
    if len(quote) < size or not diff.inserted:
        return False
    own: Context | None = None  # read when a rival is met (most claims meet none)
    # The copies of a passage the old text held twice share their context: it cannot
    # tell the claim's from an edited one, so any copy written anew is a rival; unless
    # the quote was found in the claim's own sentence, written once in either text.
    repeated = len(occurrences(diff.old, quote)) > 1 and not (
        found.quote == quote and diff.own_sentence(selector.start, selector.end) == found.start
    )
    # An edited place and a copy of the claimed sentence, verbatim or edited: "this one is
    # the claim's, edited, and that a copy" reads the same as "that one is the claim's,
    # moved, and this a copy left here, edited", whatever the context (a copy inserted
    # beside the sentence keeps its old neighbours once the sentence moves away).
    edited = found.quote != quote
    shingles = {quote[o : o + size]: o for o in (0, (len(quote) - size) // 2, len(quote) - size)}
    if edited:  # an edited copy may keep no head, middle or tail: try shorter, every word
        shingles.update(
            (quote[m.start() : m.start() + _EDITED_SHINGLE], m.start())
            for m in _WORD.finditer(quote)
            if m.start() + _EDITED_SHINGLE <= len(quote)
        )
    if edited and framed_elsewhere(diff, selector, found):
        return True
    seen: set[int] = set()
    for shingle, offset in sorted(shingles.items(), key=lambda item: item[1]):
        if shingle not in diff.inserted:
            continue
        for at in occurrences(diff.new, shingle):
            if abs(at - offset - found.start) < len(quote) or at in seen:
                continue
            low, high = reach(quote, at, offset)
            if not diff.written_anew(max(0, low), high):
                continue  # wherever it aligns, it is inside an unchanged run
            start, end = aligned(diff.new, quote, at, offset) or (at, at + len(shingle))
            seen.update(range(start, end))
            if not diff.written_anew(start, end) or (start < found.end and found.start < end):
                continue  # an unchanged run, or the found passage itself
            if repeated or (edited and copy_of(quote, diff.new[start:end])):
                return True
            rival = context_at(diff.new, start, end, selector)
            own = own or context_at(diff.new, found.start, found.end, selector)
            if own.beats(rival):
                continue
            if not _kept_over_copy(diff, selector, found, (start, end)):
                return True
    return False


def _wide(diff: TextDiff, selector: Selector) -> Selector:
    """The claim's selector with the old text's neighbouring sentences as its context."""
    return Selector(
        selector.start,
        selector.end,
        selector.quote,
        diff.old[max(0, selector.start - _NEIGHBOURS) : selector.start],
        diff.old[selector.end : selector.end + _NEIGHBOURS],
    )


def _kept_over_copy(
    diff: TextDiff, selector: Selector, found: Selector, rival: tuple[int, int]
) -> bool:
    """Whether the verbatim quote found beats a copy of it with as good a context.

    The stored context often lies inside the claimed sentence, which a copy repeats; then
    the neighbouring sentences decide, read from the old text around the span: if the
    found place keeps them at least as well on both sides, the verbatim quote there is
    the claim's, and the edited copy is new text. A verbatim copy reads as the quote
    too, so the diff decides: a passage it kept in one unchanged run is the claim's
    unless the copy's context is better on a side, or the old text held the quote twice.
    """
    if found.quote != selector.quote:
        return False
    if diff.new[rival[0] : rival[1]] == selector.quote:
        own = context_at(diff.new, found.start, found.end, selector)
        other = context_at(diff.new, rival[0], rival[1], selector)
        return (
            len(occurrences(diff.old, selector.quote)) == 1
            and not diff.written_anew(found.start, found.end)
            and own.holds_against(other)
        )
    wide = _wide(diff, selector)
    own = context_at(diff.new, found.start, found.end, wide)
    other = context_at(diff.new, rival[0], rival[1], wide)
    return own.prefix >= other.prefix and own.suffix >= other.suffix
