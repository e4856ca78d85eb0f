"""Whether a place found for a claim has a rival as likely to be the claim's.

A claimed sentence edited in one place while a copy of it (verbatim or edited) appears
in another has two answers the text alone cannot always tell apart. The found place is
kept only where its context clearly wins, where the old neighbouring sentences decide
for it, or where the diff kept it in an unchanged run and the copy is no better placed.
"""

from __future__ import annotations

import re

from workbench.core.anchoring import Selector, occurrences
from workbench.core.string_matcher import StringMatcher
from workbench.core.versioning_diff import TextDiff
from workbench.core.versioning_edges import EDGE_CONTEXT, word_ends, word_starts
from workbench.core.versioning_scores import Context, alike, context_at, ratio

#: Fragments of the quote looked for in new text to spot a rival passage: a third of the
#: quote, but at least this many characters (shorter ones are found everywhere) ...
_MIN_SHINGLE = 8
#: ... and at most this many (a longer one would rarely survive an edit).
_MAX_SHINGLE = 16
#: Fragments looked for at every word of the quote when the place found was edited.
_EDITED_SHINGLE = 12
_WORD = re.compile(r"\w+")
#: A passage framed by the claim's old context is a copy of it if this alike: two words
#: of five edited still are (unrelated text of the same length is about 0.3).
_FRAMED_LIKENESS = 0.5
#: Characters in a row that align a rival passage with the quote.
_MIN_RUN = 4
#: A passage is an edited copy of the quote if this alike (difflib ratio): an edited
#: place closer than this to a rival is only as good a guess as the rival.
_COPY_LIKENESS = 0.75
#: Characters of the old text around a span that show its neighbouring sentences.
_NEIGHBOURS = 120


def rivalled(diff: TextDiff, selector: Selector, found: Selector) -> bool:
    """Whether new or edited text holds another passage as likely to be the claim's.

    The diff aligns the old passage with the closest new one; if an edited copy of it was
    inserted too (or the claim's sentence was edited and an old copy inserted), which one
    the claim belongs to is a guess unless the found place's context clearly wins. The
    quote's head, middle and tail are looked for, so that a copy with a word edited is
    still seen, whatever word it is.
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
    # Two edited copies of the claimed sentence: "this one is the claim's, edited, and that
    # an edited copy" reads the same as the other way round, whatever the context.
    edited = found.quote != quote
    shingles = {quote[o : o + size]: o for o in (0, (len(quote) - size) // 2, len(quote) - size)}
    if edited:  # an edited copy may keep no head, middle or tail: try shorter, every word
        shingles.update(
            (quote[m.start() : m.start() + _EDITED_SHINGLE], m.start())
            for m in _WORD.finditer(quote)
            if m.start() + _EDITED_SHINGLE <= len(quote)
        )
    if edited and _framed_elsewhere(diff, selector, found):
        return True
    seen: set[int] = set()
    for shingle, offset in sorted(shingles.items(), key=lambda item: item[1]):
        if shingle not in diff.inserted:
            continue
        for at in occurrences(diff.new, shingle):
            if abs(at - offset - found.start) < len(quote) or at in seen:
                continue
            low, high = _reach(quote, at, offset)
            if not diff.written_anew(max(0, low), high):
                continue  # wherever it aligns, it is inside an unchanged run
            start, end = _aligned(diff.new, quote, at, offset)
            seen.update(range(start, end))
            if not diff.written_anew(start, end):
                continue
            if repeated or (
                edited
                and diff.new[start:end] != quote
                and alike(quote, diff.new[start:end], _COPY_LIKENESS)
            ):
                return True
            rival = context_at(diff.new, start, end, selector)
            own = own or context_at(diff.new, found.start, found.end, selector)
            if own.beats(rival) and _edited_beats_verbatim(diff, selector, found, (start, end)):
                continue
            if not _kept_over_copy(diff, selector, found, (start, end)):
                return True
    return False


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


def _wide(diff: TextDiff, selector: Selector) -> Selector:
    """The claim's selector with the old text's neighbouring sentences as its context."""
    return Selector(
        selector.start,
        selector.end,
        selector.quote,
        diff.old[max(0, selector.start - _NEIGHBOURS) : selector.start],
        diff.old[selector.end : selector.end + _NEIGHBOURS],
    )


def _edited_beats_verbatim(
    diff: TextDiff, selector: Selector, found: Selector, rival: tuple[int, int]
) -> bool:
    """Whether an edited passage found beats a copy elsewhere that still reads as the quote.

    "Edited here, copied there" and "moved there, an edited copy left here" are the same
    text: only the old neighbouring sentences can tell, so the edited place must keep them
    clearly better (a copy right beside the passage is one of its neighbours: then both
    places keep them alike, and neither wins). Other rivals pass here.
    """
    if found.quote == selector.quote or diff.new[rival[0] : rival[1]] != selector.quote:
        return True
    wide = _wide(diff, selector)
    own = context_at(diff.new, found.start, found.end, wide)
    return own.beats(context_at(diff.new, rival[0], rival[1], wide))


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


def _reach(quote: str, at: int, offset: int) -> tuple[int, int]:
    """The stretch of new text a passage like ``quote`` aligned at ``at`` may cover."""
    slack = len(quote) // 2 + _MIN_SHINGLE
    return at - offset - slack, at - offset + len(quote) + slack


def _aligned(new: str, quote: str, at: int, offset: int) -> tuple[int, int]:
    """Where a passage like ``quote`` lies in ``new``, given that ``quote[offset:]`` is at ``at``.

    The passage may have words edited on either side of the fragment found, so its ends
    are placed by aligning the quote with the text around, not by counting characters;
    only runs of a few characters count, since single letters match anywhere.
    """
    low, high = _reach(quote, at, offset)
    low = max(0, low)
    window = new[low:high]
    blocks = StringMatcher(quote, window, least=_MIN_RUN).get_matching_blocks()[:-1]
    first, last = blocks[0], blocks[-1]
    start = low + max(0, first.b - first.a)
    end = low + min(len(window), last.b + last.size + len(quote) - last.a - last.size)
    return start, max(start, end)


def _framed_elsewhere(diff: TextDiff, selector: Selector, found: Selector) -> bool:
    """Whether text written anew holds another passage framed by the claim's old context.

    A copy of the claimed sentence keeps the sentence's words on both sides of the quote;
    with the words inside edited too, no fragment of the quote may be left to spot it,
    but the old prefix's end and the old suffix's start around a passage about as long
    as the quote and somewhat like it still do.
    """
    new, quote = diff.new, selector.quote
    head, tail = selector.prefix[-EDGE_CONTEXT:], selector.suffix[:EDGE_CONTEXT]
    if len(head) < EDGE_CONTEXT or len(tail) < EDGE_CONTEXT:
        return False
    for at in occurrences(new, head):
        start = at + len(head)
        end = new.find(tail, start, start + len(quote) * 3 // 2 + EDGE_CONTEXT + len(tail))
        if (
            end != -1
            and abs(start - found.start) >= len(quote)
            and diff.written_anew(start, end)
            and alike(quote, new[start:end], _FRAMED_LIKENESS)
        ):
            return True
    return False
