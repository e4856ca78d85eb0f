"""Finding a claim's passage that the diff could not follow (deleted here, or moved as a block).

Only an unambiguous find is taken: the exact quote where its context clearly wins, or an
edited quote located by a long run of its words found exactly once, whose ends are fixed
by the old context or by the very same edge words.
"""

from __future__ import annotations

import re

from workbench.core.anchoring import Selector, occurrences, select
from workbench.core.versioning_diff import TextDiff
from workbench.core.versioning_edges import (
    EDGE_CONTEXT,
    WIDE_SLACK,
    contradicted,
    keeps_word_bounds,
    word_begins,
    word_ends,
    word_ends_at,
    word_starts,
)
from workbench.core.versioning_scores import (
    MIN_CONTEXT,
    MIN_SEARCHED_CONTEXT,
    MIN_SEARCHED_RATIO,
    Context,
    context_at,
    ratio,
)
from workbench.core.versioning_states import ORPHAN, AnchorState, CarriedOver

#: A quote this long (characters) found exactly once is itself strong evidence; so is a
#: shorter one found once whose old context still borders it to make up this length.
LONG_QUOTE = 40
#: A fragment shorter than this cannot locate a changed quote on its own.
MIN_SEED_CHARS = 12


def search(diff: TextDiff, selector: Selector) -> CarriedOver:
    """The passage the diff could not follow: the quote where it unambiguously is now.

    Only text written anew is searched: an unchanged run is the image of another old
    passage, the claim's being lost. A quote the old text held more than once is only
    looked for by its own sentence, written once in either text: another copy found is
    as likely another old one as the claim's.
    """
    new = diff.new
    length = len(selector.quote)
    if len(occurrences(diff.old, selector.quote)) > 1:
        return _by_own_sentence(diff, selector)
    starts = [
        at
        for at in occurrences(new, selector.quote)
        if diff.written_anew(at, at + length) and keeps_word_bounds(new, at, at + length, selector)
    ]
    if starts:
        if len(starts) == 1 and _verbatim_run(new, starts[0], length, selector) >= LONG_QUOTE:
            at = starts[0]
            context = context_at(new, at, at + length, selector)
            return CarriedOver(
                AnchorState.MOVED, select(new, at, at + length), round(context.score, 3)
            )
        best = _unambiguous([(context_at(new, s, s + length, selector), s) for s in starts], length)
        if best is None:
            return ORPHAN
        context, at = best
        return CarriedOver(AnchorState.MOVED, select(new, at, at + length), round(context.score, 3))
    found = _search_changed(diff.old, new, selector)
    if found.selector is not None and not diff.written_anew(
        found.selector.start, found.selector.end
    ):
        return ORPHAN
    return found


def _by_own_sentence(diff: TextDiff, selector: Selector) -> CarriedOver:
    """A repeated quote where its own sentence, written once in either text, is now."""
    at = diff.own_sentence(selector.start, selector.end)
    if at is None:
        return ORPHAN
    end = at + len(selector.quote)
    context = context_at(diff.new, at, end, selector)
    return CarriedOver(AnchorState.MOVED, select(diff.new, at, end), round(context.score, 3))


def _verbatim_run(new: str, at: int, length: int, selector: Selector) -> int:
    """Characters in a row that read as in the old text: the quote at ``at`` and the old
    context that still borders it on either side."""
    before = new[max(0, at - len(selector.prefix)) : at]
    after = new[at + length : at + length + len(selector.suffix)]
    return (
        length
        + _same_from_start(before[::-1], selector.prefix[::-1])
        + _same_from_start(after, selector.suffix)
    )


def _same_from_start(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share from their start."""
    same = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        same += 1
    return same


def _unambiguous(candidates: list[tuple[Context, int]], length: int) -> tuple[Context, int] | None:
    """The one candidate whose context clearly wins, or None when none or several might.

    A long quote found once needs less agreeing context than a short or repeated one.
    """
    ranked = sorted(candidates, key=lambda c: c[0].score, reverse=True)
    best = ranked[0][0]
    unique_and_long = len(ranked) == 1 and length >= LONG_QUOTE
    if best.score < (MIN_CONTEXT if unique_and_long else MIN_SEARCHED_CONTEXT):
        return None
    if any(not best.beats(other) for other, _ in ranked[1:]):
        return None
    return ranked[0]


def _search_changed(old: str, new: str, selector: Selector) -> CarriedOver:
    """A moved *and* edited quote, located by a long fragment of it found exactly once.

    Its ends are looked for near where the fragment puts them, first closely; a longer
    replacement word shifts an end further, so a wider look follows if that fails (it
    is as strict about certainty: more candidates only make it orphan more often).
    """
    quote = selector.quote
    seed = _seed(quote, old, new)
    if seed is None:
        return ORPHAN
    for slack in (max(2, len(quote) // 5), max(WIDE_SLACK, len(quote) // 5)):
        found = _placed(new, selector, seed[1] - seed[0], slack)
        if found.selector is not None:
            return found
    return ORPHAN


def _placed(new: str, selector: Selector, guess: int, slack: int) -> CarriedOver:
    """The changed quote starting about ``guess``, each end within ``slack``, if certain."""
    quote = selector.quote
    edge = min(len(quote), 20)
    starts = word_starts(new, guess - slack, guess + slack)
    if not starts:
        return ORPHAN
    # Each end is placed on its own, which keeps this linear in the slack: where the old
    # context still borders the passage it fixes the end for certain (even if the edge
    # word was edited); otherwise the end goes where the quote's edge words match, and
    # is only trusted if they are the very same words.
    head = selector.prefix[-EDGE_CONTEXT:]
    tail = selector.suffix[:EDGE_CONTEXT]
    fixed_starts = [s for s in starts if head and new[max(0, s - len(head)) : s].endswith(head)]
    start = (
        fixed_starts[0]
        if len(fixed_starts) == 1
        else max(starts, key=lambda s: ratio(quote[:edge], new[s : s + edge]))
    )
    guess_end = start + len(quote)
    ends = word_ends(new, max(start + 1, guess_end - slack), guess_end + slack)
    if not ends:
        return ORPHAN
    fixed_ends = [e for e in ends if tail and new[e:].startswith(tail)]
    end = (
        fixed_ends[0]
        if len(fixed_ends) == 1
        else max(ends, key=lambda e: ratio(quote[-edge:], new[max(start, e - edge) : e]))
    )
    words = quote.split()
    # Where the old context and the quote's edge word point at different places (text
    # was inserted between them), neither is sure.
    heads = [s for s in starts if word_begins(new, s, words[0])]
    tails = [e for e in ends if word_ends_at(new, e, words[-1])]
    # An edge word the quote holds twice ("011-xxxx xxxx") may stand for either copy.
    names = _WORD.findall(quote) or [quote]
    certain = (
        (len(fixed_starts) == 1 and heads in ([], [start]))
        or (heads == [start] and names.count(names[0]) == 1)
    ) and (
        (len(fixed_ends) == 1 and tails in ([], [end]))
        or (tails == [end] and names.count(names[-1]) == 1)
    )
    likeness = ratio(quote, new[start:end])
    if (
        likeness < MIN_SEARCHED_RATIO
        or not certain
        or contradicted(new, selector, (start, True), (end, True))
    ):
        return ORPHAN
    context = context_at(new, start, end, selector).score
    if context < MIN_CONTEXT:
        return ORPHAN
    return CarriedOver(
        AnchorState.CHANGED, select(new, start, end), round(0.7 * likeness + 0.3 * context, 3)
    )


_WORD = re.compile(r"\w+")


def _seed(quote: str, old: str, new: str) -> tuple[int, int] | None:
    """The longest run of the quote's words found exactly once in ``old`` and in ``new``.

    Returns (offset in the quote, offset in ``new``), or None when no run of at least a
    third of the quote (and :data:`MIN_SEED_CHARS`) is unique. A run the old text held
    twice (a caption repeated, a near-copy of the sentence) does not tell the claim's
    passage from the other. Runs are tried longest first with ``str.find``, which is far
    cheaper than difflib over the whole text.
    """
    words = list(_WORD.finditer(quote))
    least = max(MIN_SEED_CHARS, len(quote) // 3)
    for size in range(len(words), 0, -1):
        found = []
        for first in range(len(words) - size + 1):
            a, b = words[first].start(), words[first + size - 1].end()
            if b - a < least:
                continue
            at = new.find(quote[a:b])
            if at != -1 and new.find(quote[a:b], at + 1) == -1 and _once(old, quote[a:b]):
                found.append((a, at))
        if len(found) == 1:
            return found[0]
        if found:  # several runs of this length are unique: they must agree
            shifts = {at - a for a, at in found}
            return found[0] if len(shifts) == 1 else None
    return None


def _once(text: str, part: str) -> bool:
    """Whether ``part`` occurs in ``text`` exactly once."""
    at = text.find(part)
    return at != -1 and text.find(part, at + 1) == -1
