"""Span selectors and re-anchoring.

A claim is anchored by two W3C Web Annotation selectors at once: a TextPositionSelector
(``start``/``end`` code-point offsets) and a TextQuoteSelector (``exact`` quote with a
``prefix`` and ``suffix`` of context). The position is fast and exact while the text is
unchanged; the quote and its context find the span again when it is not (a corrected
typo, a re-import with a better extractor), the way Hypothesis re-anchors annotations.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum

from workbench.core.errors import AnchorError

#: Characters of context kept either side of a quote.
CONTEXT_CHARS = 32

#: Below this score a fuzzy match is not trusted and the span is reported as lost.
MIN_FUZZY_SCORE = 0.75


@dataclass(frozen=True, slots=True)
class Selector:
    """Where a span is (``start``/``end``) and what it says (``quote`` with context)."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def select(text: str, start: int, end: int) -> Selector:
    """The selector of ``text[start:end]``, with up to :data:`CONTEXT_CHARS` of context."""
    if not 0 <= start < end <= len(text):
        raise AnchorError(f"The span {start}..{end} does not lie inside the text.")
    return Selector(
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def occurrences(text: str, quote: str) -> list[int]:
    """Every start offset of ``quote`` in ``text``, overlapping ones included."""
    found: list[int] = []
    at = text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def select_quote(text: str, quote: str, occurrence: int | None = None) -> Selector:
    """The selector of ``quote`` in ``text``; ``occurrence`` (1-based) picks among repeats.

    A quote that occurs more than once without an ``occurrence`` is refused rather than
    guessed, because anchoring the wrong sentence silently is worse than asking.
    """
    if not quote:
        raise AnchorError("The quote is empty.")
    starts = occurrences(text, quote)
    if not starts:
        raise AnchorError("The quote does not occur in the document's text.")
    if occurrence is None:
        if len(starts) > 1:
            raise AnchorError(
                f"The quote occurs {len(starts)} times; say which one with --occurrence 1.."
                f"{len(starts)}."
            )
        occurrence = 1
    if not 1 <= occurrence <= len(starts):
        raise AnchorError(
            f"Occurrence {occurrence} asked for, but the quote occurs {len(starts)} time(s)."
        )
    start = starts[occurrence - 1]
    return select(text, start, start + len(quote))


class MatchKind(StrEnum):
    """How a span was found again."""

    POSITION = "position"  # the text at the stored offsets is still the quote
    EXACT = "exact"  # the quote occurs once elsewhere, or context settles which one
    FUZZY = "fuzzy"  # the quote itself changed; the closest text was taken


@dataclass(frozen=True, slots=True)
class Reanchored:
    """The outcome of re-anchoring: the new selector, how it was found, and a 0..1 score."""

    selector: Selector
    kind: MatchKind
    score: float


def _context_score(text: str, start: int, end: int, selector: Selector) -> float:
    """How well the text around ``start..end`` matches the stored prefix and suffix (0..1)."""
    prefix = text[max(0, start - len(selector.prefix)) : start]
    suffix = text[end : end + len(selector.suffix)]
    score = 0.0
    weight = 0.0
    if selector.prefix:
        score += difflib.SequenceMatcher(None, prefix, selector.prefix).ratio()
        weight += 1
    if selector.suffix:
        score += difflib.SequenceMatcher(None, suffix, selector.suffix).ratio()
        weight += 1
    return score / weight if weight else 1.0


def reanchor(text: str, selector: Selector) -> Reanchored:
    """Find ``selector``'s span again in ``text``, or raise AnchorError saying it is lost.

    Tried in order: the stored position; the exact quote (one occurrence, or the one whose
    context matches best, ties broken by nearness to the old position); a fuzzy match of
    context-plus-quote, accepted only with a score of at least :data:`MIN_FUZZY_SCORE`.
    """
    quote = selector.quote
    if text[selector.start : selector.end] == quote:
        # The quote at its old place counts only with its old context: after an edit before
        # it, a repeat of the quote (even overlapping it) may have slid into that place.
        here = select(text, selector.start, selector.end)
        if (here.prefix, here.suffix) == (selector.prefix, selector.suffix):
            return Reanchored(here, MatchKind.POSITION, 1.0)
    starts = occurrences(text, quote)
    if starts:
        best = max(
            starts,
            key=lambda s: (
                _context_score(text, s, s + len(quote), selector),
                -abs(s - selector.start),
            ),
        )
        return Reanchored(select(text, best, best + len(quote)), MatchKind.EXACT, 1.0)
    return _fuzzy(text, selector)


def _fuzzy(text: str, selector: Selector) -> Reanchored:
    """The best approximate match of the quote, using difflib's matching blocks."""
    quote = selector.quote
    matcher = difflib.SequenceMatcher(None, text, quote, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        raise AnchorError("The quote can no longer be found in the text.")
    # Anchor on the longest shared run, then stretch to the quote's length around it.
    anchor_block = max(blocks, key=lambda b: b.size)
    start = max(0, anchor_block.a - anchor_block.b)
    length = len(quote)
    slack = max(2, length // 4)

    def ratio(s: int, e: int) -> float:
        return difflib.SequenceMatcher(None, text[s:e], quote, autojunk=False).ratio()

    # Two passes of one dimension each (start, then length) keep this linear in the slack.
    starts = [s for s in range(start - slack, start + slack + 1) if 0 <= s < len(text)]
    if not starts:
        raise AnchorError("The quote can no longer be found in the text.")
    s = max(starts, key=lambda s: ratio(s, min(len(text), s + length)))
    ends = [e for e in range(s + length - slack, s + length + slack + 1) if s < e <= len(text)]
    e = max(ends, key=lambda e: ratio(s, e))
    score = ratio(s, e)
    if score < MIN_FUZZY_SCORE:
        raise AnchorError("The quote can no longer be found in the text.")
    context = _context_score(text, s, e, selector)
    return Reanchored(select(text, s, e), MatchKind.FUZZY, round(0.8 * score + 0.2 * context, 3))
