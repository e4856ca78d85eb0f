"""Carrying claims over to a new version of their document: the decision for each claim.

A new version of an article (a publisher's correction, a re-issued PDF, a better
extractor) must keep every claim where it was, or say plainly that it could not. The
rule is **no silent mis-anchor**: a claim lands where the text went (``exact``), where its
quote unambiguously is now (``moved``), on the edited wording of its own passage
(``changed``), or it becomes an ``orphan`` for the reviewer to re-attach. An ambiguous or
weak match is an orphan, never a guess.

The diff (:mod:`~workbench.core.versioning_diff`) carries each span's ends, an end inside
an edit placed only where that is certain (:mod:`~workbench.core.versioning_edges`); only
a passage it lost is searched for (:mod:`~workbench.core.versioning_search`). Whatever place is
found must then clearly beat every other place in the new or edited lines that looks like
the claim (:mod:`~workbench.core.versioning_rivals`, scored by
:mod:`~workbench.core.versioning_scores`), copies of the claimed sentence spotted by its
old context included (:mod:`~workbench.core.versioning_frames`): a claimed sentence edited
in one place while a copy of it, verbatim or edited, appears elsewhere has two answers
that the text cannot tell apart, so it is an orphan. An edited passage must also hold
nothing but the claim's own words (:mod:`~workbench.core.versioning_overreach`).
"""

from __future__ import annotations

from workbench.core.anchoring import Selector, occurrences, select
from workbench.core.versioning_diff import Change, TextDiff, word_changes
from workbench.core.versioning_edges import (
    bordered_after,
    bordered_before,
    contradicted,
    keeps_word_bounds,
    settle_end,
    settle_start,
)
from workbench.core.versioning_frames import framed_copy
from workbench.core.versioning_notes import (
    VersionImport,
    describe_change,
    touched_by,
    version_note,
)
from workbench.core.versioning_origin import edited_from_elsewhere
from workbench.core.versioning_overreach import overreaches
from workbench.core.versioning_passages import passages
from workbench.core.versioning_repeats import interchangeable
from workbench.core.versioning_rivals import rivalled
from workbench.core.versioning_scores import (
    MIN_CHANGED_RATIO,
    MIN_CONTEXT,
    NEAR_EDGE_RATIO,
    NOISE_FLOOR,
    Context,
    context_at,
    ratio,
)
from workbench.core.versioning_search import search
from workbench.core.versioning_states import (
    ANCHOR_STATE_NAMES,
    ORPHAN,
    REVIEW_STATES,
    AnchorState,
    CarriedOver,
)

__all__ = [
    "ANCHOR_STATE_NAMES",
    "REVIEW_STATES",
    "AnchorState",
    "CarriedOver",
    "Change",
    "TextDiff",
    "VersionImport",
    "carry_all",
    "carry_over",
    "describe_change",
    "passages",
    "touched_by",
    "version_note",
    "word_changes",
]

#: Characters an edited edge word may lengthen or shorten a passage by ("reportedly" for
#: "NRW"), when only the old context bordering it bounds that end.
_EDGE_WORD_SLACK = 12


def carry_over(diff: TextDiff, selector: Selector) -> CarriedOver:
    """Carry one span of ``diff.old`` to ``diff.new``: exact, moved, changed or orphaned.

    If the diff still holds either end of the span unchanged, the passage is still there
    and only it is considered; a passage the diff lost entirely (deleted, or moved as a
    block) is searched for. Either way, a rival place as likely to be the claim's makes
    it an orphan, and so does new wording at least as close to another passage of the
    old text (that passage moved here, perhaps edited; the claim's was not edited into it).
    """
    new = diff.new
    start, exact_start = diff.map_start(selector.start)
    end, exact_end = diff.map_end(selector.end)
    length = len(selector.quote)
    # An end the diff kept fixes the other one if the quote still reads from it verbatim
    # (the word diff can pair the words before an unchanged quote with it, or place a
    # sentence inserted after it, ending in the quote's last word, inside it).
    if new[start:end] != selector.quote:
        readings = {
            at
            for at, exact in ((start, exact_start), (end - length, exact_end))
            if exact
            and new[max(0, at) : at + length] == selector.quote
            and keeps_word_bounds(new, at, at + length, selector)
        }
        if len(readings) == 1:
            start = readings.pop()
            end = start + length
    if exact_start or exact_end:
        if start < end and new[start:end] == selector.quote:
            found = _confirmed(diff, selector, start, end)
        else:
            found = _changed_in_place(diff, selector, (start, exact_start), (end, exact_end))
    else:
        found = search(diff, selector)
    if found.selector is None or rivalled(diff, selector, found.selector):
        return ORPHAN
    if found.state is AnchorState.CHANGED and _doubtful_edit(
        diff, selector, found.selector, searched=not (exact_start or exact_end)
    ):
        return ORPHAN
    return found


def _doubtful_edit(diff: TextDiff, selector: Selector, found: Selector, searched: bool) -> bool:
    """Whether an edited passage found may as well be another passage than the claim's.

    It is when the old text held the quote more than once (an edit of one of identical
    passages: which one is not known); when an end lies in a repeating pattern
    ("\\_\\_\\_": any period may be it); when its wording is another old passage, edited
    or not, moved here; when it took in an old neighbour's word or a sentence inserted
    beside the claim; and, for a passage the diff lost, when an edited copy stands in
    the claim's old frame (the copy or the passage: not known).
    """
    return (
        len(occurrences(diff.old, selector.quote)) > 1
        or diff.in_pattern(selector.start)
        or diff.in_pattern(selector.end, ending=True)
        or edited_from_elsewhere(diff.old, selector, found.quote)
        or overreaches(diff, selector, found)
        or (searched and framed_copy(diff, selector, found))
    )


def _confirmed(diff: TextDiff, selector: Selector, start: int, end: int) -> CarriedOver:
    """The quote where the diff put it: exact, moved, or an orphan if a new copy rivals it.

    A verbatim copy written anew must be clearly out-placed by the quote's context; but
    where the diff kept the whole passage in one unchanged run, that run is evidence of
    its own, and a copy whose context is no better on either side (a repeated sentence
    carries its own words around the quote) does not unseat it, unless the old text held
    the quote twice already (then the copy may be the claim's, moved, and the kept one
    the other old passage). A quote the old text held twice is carried by its rank among
    its copies, and only while no copy reads clearly more like the old place; or where
    its own sentence, written once in either text, is (the sentence's other words tell
    its copy apart, as a quote's context tells a unique quote's).
    """
    context = context_at(diff.new, start, end, selector)
    length = len(selector.quote)
    copies = occurrences(diff.new, selector.quote)
    old_copies = occurrences(diff.old, selector.quote)
    own_sentence = len(old_copies) > 1 and diff.own_sentence(selector.start, selector.end) == start
    if (
        len(old_copies) > 1
        and not own_sentence
        and (
            len(copies) != len(old_copies)
            or start not in copies
            or selector.start not in old_copies
            or copies.index(start) != old_copies.index(selector.start)
            or any(context.trails(_context(diff, selector, at)) for at in copies)
            or interchangeable(diff.old, selector, old_copies)
        )
    ):
        return ORPHAN  # the rank is a guess when another copy reads more like the old place
    kept = (len(old_copies) == 1 or own_sentence) and not diff.written_anew(start, end)
    for other in copies:
        if other == start or not diff.written_anew(other, other + length):
            continue
        rival = _context(diff, selector, other)
        if not (context.beats(rival) or (kept and context.holds_against(rival))):
            return ORPHAN
    state = AnchorState.EXACT if context.score == 1.0 else AnchorState.MOVED
    return CarriedOver(state, select(diff.new, start, end), round(context.score, 3))


def _context(diff: TextDiff, selector: Selector, at: int) -> Context:
    """The context of the quote read verbatim at ``at`` in the new text."""
    return context_at(diff.new, at, at + len(selector.quote), selector)


def _changed_in_place(
    diff: TextDiff, selector: Selector, start: tuple[int, bool], end: tuple[int, bool]
) -> CarriedOver:
    """The span's own passage with an edit inside, if its wording is still close enough.

    ``start`` and ``end`` are where the diff put the ends, and whether exactly. An end
    inside a changed run is only placed in proportion: it is taken only where it is
    certain (the quote's edge word or the old context is there, once, nearby). With both
    ends bounded by unchanged text (carried exactly, or with the old context kept right
    beside them: an edge word was edited) the edit lies inside the span and a looser
    likeness will do; otherwise the passage must be closer to the quote's wording.
    Either way it must be about the quote's length: a passage that swallowed a
    neighbouring sentence is not the claim.
    """
    new = diff.new
    first = start[0] if start[1] else settle_start(new, start[0], selector)
    last = end[0] if end[1] else settle_end(new, end[0], selector)
    if first is None or last is None:
        return ORPHAN
    first, last = _trim(new, first, last)
    length = len(selector.quote)
    if first >= last or not length / 2 <= last - first <= length * 1.5 + 10:
        return ORPHAN
    likeness = ratio(selector.quote, new[first:last])
    sides = context_at(new, first, last, selector)
    # A border alone bounds only an edited edge word: the passage keeps about the quote's
    # length and its lines (an inserted sentence between the border and the quote would
    # otherwise be taken in).
    bounded = (
        (start[1] or bordered_before(new, first, selector))
        and (end[1] or bordered_after(new, last, selector))
        and (
            (start[1] and end[1])
            or (
                abs(last - first - length) <= max(_EDGE_WORD_SLACK, length // 5)
                and new.count("\n", first, last) == selector.quote.count("\n")
            )
        )
    )
    least = MIN_CHANGED_RATIO if bounded else NEAR_EDGE_RATIO
    if likeness < least or sides.score < MIN_CONTEXT / 2:
        return ORPHAN
    # An end settled inside an edit is only where the text beyond it still reads as the
    # old neighbour did: the quote's edge word recurs in the next sentence too.
    if (not start[1] and sides.prefix < NOISE_FLOOR) or (not end[1] and sides.suffix < NOISE_FLOOR):
        return ORPHAN
    if contradicted(new, selector, (first, not start[1]), (last, not end[1])):
        return ORPHAN
    return CarriedOver(
        AnchorState.CHANGED,
        select(new, first, last),
        round(0.7 * likeness + 0.3 * sides.score, 3),
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start..end`` without leading or trailing white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def carry_all(old: str, new: str, selectors: list[Selector]) -> list[CarriedOver]:
    """Carry many spans of ``old`` over to ``new`` with one diff."""
    diff = TextDiff(old, new)
    return [carry_over(diff, selector) for selector in selectors]
