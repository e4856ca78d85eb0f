"""Placing the ends of a changed passage on whole words, only where that is certain.

An end the diff could not carry exactly (it lies inside an edit) or that a search placed
by the quote's length may be words off; a wrong end is a mis-anchor, so an end is taken
only where one clear sign puts it: the quote's own edge word, whole, or the old
neighbouring word still bordering it.
"""

from __future__ import annotations

import re

from workbench.core.anchoring import Selector

#: Characters of old context that, found right beside a passage, fix its end.
EDGE_CONTEXT = 12
#: Characters an end placed by a guess may be off when first looked for closely failed:
#: a replacement word ("reportedly" for "to") shifts it that far.
WIDE_SLACK = 8
#: The old context's word nearest the quote, with what stands between them.
_NEAREST_BEFORE = re.compile(r"\w+\W*$")
_NEAREST_AFTER = re.compile(r"\W*\w+")


def word_starts(text: str, low: int, high: int) -> list[int]:
    """Offsets in ``low..high`` where a word begins (a changed span keeps to word bounds)."""
    return [
        i
        for i in range(max(0, low), min(len(text), high + 1))
        if not text[i].isspace() and (i == 0 or not text[i - 1].isalnum() or not text[i].isalnum())
    ]


def word_ends(text: str, low: int, high: int) -> list[int]:
    """Offsets in ``low..high`` where a word ends."""
    return [
        i
        for i in range(max(1, low), min(len(text), high) + 1)
        if not text[i - 1].isspace()
        and (i == len(text) or not text[i].isalnum() or not text[i - 1].isalnum())
    ]


def settle_start(new: str, guess: int, selector: Selector) -> int | None:
    """Where a changed passage begins, near ``guess``, if that is certain, else None.

    Certain means the one word start nearby where the quote's first word stands or the
    old prefix's last word still borders it, whole ("essay" does not border where
    "essays" ends): a start placed in proportion inside an edit may be words off.
    """
    quote = selector.quote
    slack = max(2, len(quote) // 5)
    first = quote.split()[0]
    head = _NEAREST_BEFORE.search(selector.prefix)
    found = [
        s
        for s in word_starts(new, guess - slack, guess + slack)
        if word_begins(new, s, first) or (head and word_ends_at(new, s, head[0]))
    ]
    return found[0] if len(found) == 1 else None


def settle_end(new: str, guess: int, selector: Selector) -> int | None:
    """Where a changed passage ends, near ``guess``, if that is certain, else None."""
    quote = selector.quote
    slack = max(2, len(quote) // 5)
    last = quote.split()[-1]
    tail = _NEAREST_AFTER.match(selector.suffix)
    found = [
        e
        for e in word_ends(new, guess - slack, guess + slack)
        if word_ends_at(new, e, last) or (tail and word_begins(new, e, tail[0]))
    ]
    return found[0] if len(found) == 1 else None


def word_begins(text: str, at: int, word: str) -> bool:
    """Whether ``word`` stands at ``at`` as a whole word, not the head of a longer one."""
    end = at + len(word)
    return text.startswith(word, at) and not (
        end < len(text) and word[-1:].isalnum() and text[end].isalnum()
    )


def word_ends_at(text: str, at: int, word: str) -> bool:
    """Whether ``word`` ends at ``at`` as a whole word ("day" does not end "Tuesday")."""
    start = at - len(word)
    return (
        start >= 0
        and text.startswith(word, start)
        and not (start > 0 and word[:1].isalnum() and text[start - 1].isalnum())
    )


def keeps_word_bounds(text: str, start: int, end: int, selector: Selector) -> bool:
    """Whether ``text[start:end]`` cuts no word that the claim's old span did not cut.

    A quote read verbatim from one fixed end may stop inside a longer word of the new
    text ("day" in "Tuesday"): that is not the claim's passage.
    """

    def cuts(before: str, after: str) -> bool:
        return before.isalnum() and after.isalnum()

    old_start_cut = cuts(selector.prefix[-1:], selector.quote[:1])
    old_end_cut = cuts(selector.quote[-1:], selector.suffix[:1])
    return (
        old_start_cut or not cuts(text[max(0, start - 1) : start], text[start : start + 1])
    ) and (old_end_cut or not cuts(text[end - 1 : end] if end else "", text[end : end + 1]))


def bordered_before(text: str, at: int, selector: Selector) -> bool:
    """Whether the old prefix's last :data:`EDGE_CONTEXT` characters end right at ``at``.

    Then the text before the passage is the old text before the quote, kept: the start
    is bounded by unchanged text as surely as an end the diff carried exactly.
    """
    head = selector.prefix[-EDGE_CONTEXT:]
    return len(head) == EDGE_CONTEXT and text[max(0, at - EDGE_CONTEXT) : at] == head


def bordered_after(text: str, at: int, selector: Selector) -> bool:
    """Whether the old suffix's first :data:`EDGE_CONTEXT` characters begin right at ``at``."""
    tail = selector.suffix[:EDGE_CONTEXT]
    return len(tail) == EDGE_CONTEXT and text.startswith(tail, at)


def contradicted(
    new: str, selector: Selector, start: tuple[int, bool], end: tuple[int, bool]
) -> bool:
    """Whether the old context borders another place near a placed end (``(offset, placed
    by a guess)``) than the one taken.

    An end placed by the quote's edge word is wrong if that word was edited and the
    quote holds it twice ("die Namen, die"), or an edit wrote the same word just
    beside it: the old neighbour then borders the true end, a word further on. Looked
    for a little wider than the ends were looked for.
    """
    (first, check_first), (last, check_last) = start, end
    reach = WIDE_SLACK + len(selector.quote) // 5
    return (
        check_last
        and any(
            e != last and bordered_after(new, e, selector)
            for e in range(max(first + 1, last - reach), last + reach)
        )
    ) or (
        check_first
        and any(
            s != first and bordered_before(new, s, selector)
            for s in range(max(0, first - reach), min(last, first + reach))
        )
    )
