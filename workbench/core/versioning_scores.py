"""How alike a found passage is to a claim's old one: its wording and its context, side by side.

The decisive question when a claim's passage may be in two places is which place is
*clearly* the claim's. Context is scored per side, because a copy of a claimed sentence
keeps the sentence's own words around the quote on both sides, while the neighbouring
sentences usually stay on one side only: a place that keeps the old prefix and another
that keeps the old suffix are equally good answers, so neither may be taken.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from workbench.core.anchoring import Selector
from workbench.core.string_matcher import StringMatcher

#: A changed passage is accepted only if its wording is at least this similar to the old
#: quote (difflib ratio) ...
MIN_CHANGED_RATIO = 0.6
#: ... or this similar when an end of it lies in an edit (the end is placed approximately) ...
NEAR_EDGE_RATIO = 0.75
#: ... and a passage found by searching (not by following the diff) this similar.
MIN_SEARCHED_RATIO = 0.8
#: The context (prefix/suffix) must agree at least this much for a quote found elsewhere.
MIN_CONTEXT = 0.5
#: ... and this much for a quote the diff lost (its passage was deleted or moved away).
MIN_SEARCHED_CONTEXT = 0.65
#: Between two candidate places, the better context must lead by this much on average ...
CONTEXT_MARGIN = 0.15
#: ... and be no worse than this on either side, or neither place is taken.
SIDE_TOLERANCE = 0.1
#: A passage is an edited copy of a quote if this alike (difflib ratio) ...
COPY_LIKENESS = 0.75
#: ... or if its words are the quote's with some replaced one for one, and this share of
#: them agree, in order (difflib ratio of the word lists), with at least
#: :data:`COPY_KEPT_WORDS` of them kept: three of nine words edited still reach it ...
COPY_WORDS = 0.6
#: ... while three or four words in common ("laws of motion", "the next ... years") are
#: found in any text on the same subject.
COPY_KEPT_WORDS = 5
#: Unrelated strings of English are this alike by chance (shared letters, "the", spaces):
#: a side agreeing less has lost its context.
NOISE_FLOOR = 0.5


def ratio(a: str, b: str) -> float:
    """difflib's similarity of two strings (0..1), without its junk heuristic."""
    return StringMatcher(a, b).ratio()


def alike(a: str, b: str, least: float) -> bool:
    """Whether :func:`ratio` of ``a`` and ``b`` is at least ``least``, ruling most pairs
    out by difflib's cheap upper bounds first (a rival scan compares many)."""
    matcher = StringMatcher(a, b)
    return (
        matcher.real_quick_ratio() >= least
        and matcher.quick_ratio() >= least
        and matcher.ratio() >= least
    )


_WORD = re.compile(r"\w+")


def copy_of(quote: str, text: str) -> bool:
    """Whether ``text`` reads as ``quote`` with some of its words edited (or none).

    Word edits replace words one for one, so an edited copy keeps the rest of its words
    in their places: with three of nine words edited its characters may agree less than
    :data:`COPY_LIKENESS`, but its words still do. A sentence that says much the same
    in other words ("similar technologies (hereafter collectively cookies) to provide
    you") has words inserted or dropped between those it shares. Only the first and last
    words may differ in number, since a copy's ends are placed by aligning characters.
    """
    if alike(quote, text, COPY_LIKENESS):
        return True
    words = difflib.SequenceMatcher(None, _WORD.findall(quote), _WORD.findall(text), autojunk=False)
    inner = words.get_opcodes()[1:-1]
    kept = sum(block.size for block in words.get_matching_blocks())
    return (
        kept >= COPY_KEPT_WORDS
        and words.ratio() >= COPY_WORDS
        and all(tag in ("equal", "replace") and i2 - i1 == j2 - j1 for tag, i1, i2, j1, j2 in inner)
    )


@dataclass(frozen=True, slots=True)
class Context:
    """How well the text before and after a place matches the claim's stored context."""

    prefix: float
    suffix: float

    @property
    def score(self) -> float:
        """Both sides together (0..1)."""
        return (self.prefix + self.suffix) / 2

    def beats(self, rival: Context) -> bool:
        """Whether this place is clearly the claim's rather than ``rival``.

        It must lead on average by :data:`CONTEXT_MARGIN` and not trail on either side by
        more than :data:`SIDE_TOLERANCE`: a rival keeping one old neighbour better is as
        likely to be where the claim went. A side agreeing less than :data:`NOISE_FLOOR`
        counts as lost, so two places that both lost a side tie on it.
        """
        mine, theirs = self._sides(), rival._sides()
        return (
            sum(mine) / 2 >= sum(theirs) / 2 + CONTEXT_MARGIN
            and mine[0] >= theirs[0] - SIDE_TOLERANCE
            and mine[1] >= theirs[1] - SIDE_TOLERANCE
        )

    def holds_against(self, rival: Context) -> bool:
        """Whether this place is at least as good as ``rival`` on each side (a tie holds)."""
        mine, theirs = self._sides(), rival._sides()
        return mine[0] >= theirs[0] and mine[1] >= theirs[1]

    def trails(self, rival: Context) -> bool:
        """Whether ``rival`` is better on a side by more than :data:`SIDE_TOLERANCE`."""
        mine, theirs = self._sides(), rival._sides()
        return theirs[0] > mine[0] + SIDE_TOLERANCE or theirs[1] > mine[1] + SIDE_TOLERANCE

    def _sides(self) -> tuple[float, float]:
        return tuple(side if side >= NOISE_FLOOR else 0.0 for side in (self.prefix, self.suffix))  # type: ignore[return-value]


def context_at(text: str, start: int, end: int, selector: Selector) -> Context:
    """How the text around ``start..end`` matches the stored prefix and suffix.

    Cheap when the context is unchanged (a string comparison); difflib otherwise. Where
    the old text had no context on a side (the span began or ended the text), that side
    agrees only if the new text has none either.
    """
    sides: list[float] = []
    for stored, found in (
        (selector.prefix, text[max(0, start - len(selector.prefix)) : start]),
        (selector.suffix, text[end : end + len(selector.suffix)]),
    ):
        if stored == found:
            sides.append(1.0)
        elif stored and found:
            sides.append(ratio(stored, found))
        else:
            sides.append(0.0)
    return Context(sides[0], sides[1])
