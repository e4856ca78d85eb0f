"""Carrying claims over to a new version of their document, and what changed between two.

A new version of an article (a publisher's correction, a re-issued PDF, a better
extractor) must keep every claim where it was, or say plainly that it could not. The
rule is **no silent mis-anchor**: a claim lands where the text went (``exact``), where its
quote unambiguously is now (``moved``), on the edited wording of its own passage
(``changed``), or it becomes an ``orphan`` for the reviewer to re-attach. An ambiguous or
weak match is an orphan, never a guess.

Positions are carried by a diff of the two texts on word tokens (difflib's opcodes): the
unchanged runs map an old offset to a new one exactly, which is both faster and safer than
searching the whole text for each claim. Only a claim whose passage the diff cannot follow
(a block moved elsewhere) is searched for, and then only an unambiguous find is taken.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from workbench.core.anchoring import Selector, occurrences, select
from workbench.core.translatable import QT_TRANSLATE_NOOP

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
#: Characters of old context that, found right beside a searched passage, fix its end.
_EDGE_CONTEXT = 12
#: A quote this long (characters) found exactly once is itself strong evidence.
LONG_QUOTE = 40
#: Between two candidate places, the better context must lead by this much, or neither
#: is taken.
CONTEXT_MARGIN = 0.15
#: A fragment shorter than this cannot locate a changed quote on its own.
MIN_SEED_CHARS = 12

#: Words and punctuation with the white space after them: few distinct tokens are common,
#: which keeps difflib fast (a bare space token would match everywhere).
_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")


class AnchorState(StrEnum):
    """How a claim came through to the new version (the review queue shows all but EXACT)."""

    EXACT = "exact"  # same quote, same context, where the text went
    MOVED = "moved"  # same quote; its context or place changed
    CHANGED = "changed"  # the quote's own wording changed; the new wording was taken
    ORPHANED = "orphaned"  # not found with confidence; kept against the old version


#: Each state's name as a reviewer reads it (translated where shown).
ANCHOR_STATE_NAMES: dict[str, str] = {
    AnchorState.EXACT: QT_TRANSLATE_NOOP("AnchorState", "Exact"),
    AnchorState.MOVED: QT_TRANSLATE_NOOP("AnchorState", "Moved"),
    AnchorState.CHANGED: QT_TRANSLATE_NOOP("AnchorState", "Changed"),
    AnchorState.ORPHANED: QT_TRANSLATE_NOOP("AnchorState", "Orphaned"),
}

#: States a reviewer should look at.
REVIEW_STATES = (AnchorState.MOVED, AnchorState.CHANGED, AnchorState.ORPHANED)


@dataclass(frozen=True, slots=True)
class CarriedOver:
    """Where a claim's span is in the new text (``None`` for an orphan), and how sure."""

    state: AnchorState
    selector: Selector | None
    score: float


@dataclass(frozen=True, slots=True)
class Change:
    """One changed passage: ``old[old_start:old_end]`` became ``new[new_start:new_end]``."""

    kind: str  # "insert", "delete" or "replace"
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str
    new_text: str


def _tokens(text: str) -> tuple[list[str], list[int]]:
    """Word, space and punctuation tokens with their start offsets (and the end offset)."""
    words: list[str] = []
    starts: list[int] = []
    for match in _TOKEN.finditer(text):
        words.append(match.group())
        starts.append(match.start())
    starts.append(len(text))
    return words, starts


Opcode = tuple[str, int, int, int, int]


def _line_starts(words: list[str]) -> list[int]:
    """Token index where each line begins (a token holding a line break ends its line)."""
    starts = [0]
    for index, word in enumerate(words):
        if "\n" in word:
            starts.append(index + 1)
    if starts[-1] != len(words):
        starts.append(len(words))
    return starts


def _token_opcodes(old: list[str], new: list[str]) -> list[Opcode]:
    """The diff of two token lists, lines first and then tokens inside changed lines.

    difflib on every token of a long document is slow (tens of milliseconds for a
    45,000-character text, seconds when it was rewritten); unchanged lines are settled
    first, so only the changed runs are diffed word by word.
    """
    old_lines, new_lines = _line_starts(old), _line_starts(new)
    old_keys = ["".join(old[a:b]) for a, b in itertools.pairwise(old_lines)]
    new_keys = ["".join(new[a:b]) for a, b in itertools.pairwise(new_lines)]
    ops: list[Opcode] = []
    lines = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        a1, a2, b1, b2 = old_lines[i1], old_lines[i2], new_lines[j1], new_lines[j2]
        if tag != "replace":
            ops.append((tag, a1, a2, b1, b2))
            continue
        words = difflib.SequenceMatcher(None, old[a1:a2], new[b1:b2], autojunk=False)
        ops.extend(
            (t, a1 + k1, a1 + k2, b1 + m1, b1 + m2) for t, k1, k2, m1, m2 in words.get_opcodes()
        )
    return ops or [("equal", 0, 0, 0, 0)]


class TextDiff:
    """The diff of an old and a new text, as character ranges, and the offset map it gives."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new
        self._old_words, self._old_at = _tokens(old)
        self._new_words, self._new_at = _tokens(new)
        #: difflib's opcodes, on token indices.
        self._ops = _token_opcodes(self._old_words, self._new_words)
        self._op_starts = [op[1] for op in self._ops]
        #: The new text's inserted and replaced passages, where a rival of a claim may be.
        self.inserted = "\0".join(
            new[self._new_at[j1] : self._new_at[j2]]
            for tag, _, _, j1, j2 in self._ops
            if tag in ("insert", "replace")
        )

    def changes(self) -> list[Change]:
        """Every inserted, deleted or replaced passage, in reading order."""
        old_at, new_at = self._old_at, self._new_at
        return [
            Change(
                tag,
                old_at[i1],
                old_at[i2],
                new_at[j1],
                new_at[j2],
                self.old[old_at[i1] : old_at[i2]],
                self.new[new_at[j1] : new_at[j2]],
            )
            for tag, i1, i2, j1, j2 in self._ops
            if tag != "equal"
        ]

    def _token_of(self, offset: int) -> tuple[int, Opcode]:
        """The old token holding character ``offset``, and the opcode holding that token."""
        token = max(0, bisect.bisect_right(self._old_at, offset) - 1)
        token = min(token, max(0, len(self._old_words) - 1))
        index = max(0, bisect.bisect_right(self._op_starts, token) - 1)
        return token, self._ops[index]

    @staticmethod
    def _counterpart(token: int, op: Opcode) -> int:
        """The new token standing where old ``token`` stood in a changed run."""
        _, i1, i2, j1, j2 = op
        if i2 - i1 == j2 - j1:
            return j1 + token - i1
        return j1 + round((token - i1) * (j2 - j1) / max(1, i2 - i1))

    def map_start(self, offset: int) -> tuple[int, bool]:
        """Where a span starting at old ``offset`` starts now, and whether it is unchanged.

        Inside a changed run a word replaced one for one maps to its replacement; otherwise
        the position is taken in proportion, to be checked by the caller's scoring.
        """
        if not self._old_words:
            return 0, False
        token, op = self._token_of(offset)
        tag, i1, _, j1, j2 = op
        if tag == "equal":
            return self._new_at[j1 + token - i1] + offset - self._old_at[token], True
        if j1 == j2:
            return self._new_at[j1], False
        return self._new_at[min(j2 - 1, self._counterpart(token, op))], False

    def map_end(self, offset: int) -> tuple[int, bool]:
        """Where a span ending at old ``offset`` (exclusive) ends now, and whether exactly."""
        if offset == 0 or not self._old_words:
            return 0, offset == 0
        token, op = self._token_of(offset - 1)
        tag, i1, i2, j1, j2 = op
        if tag == "equal":
            return self._new_at[j1 + token - i1] + offset - self._old_at[token], True
        if j1 == j2:
            return self._new_at[j1], False
        j = j2 - 1 if token == i2 - 1 else min(j2 - 1, self._counterpart(token, op))
        return self._new_at[j] + len(self._new_words[j].rstrip()), False


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def context_score(text: str, start: int, end: int, selector: Selector) -> float:
    """How well the text around ``start..end`` matches the stored prefix and suffix (0..1).

    Cheap when the context is unchanged (a string comparison); difflib otherwise. Where
    the old text had no context on a side (the span began or ended the text), that side
    agrees only if the new text has none either.
    """
    scores: list[float] = []
    for stored, found in (
        (selector.prefix, text[max(0, start - len(selector.prefix)) : start]),
        (selector.suffix, text[end : end + len(selector.suffix)]),
    ):
        if stored == found:
            scores.append(1.0)
        elif stored and found:
            scores.append(_ratio(stored, found))
        else:
            scores.append(0.0)
    return sum(scores) / 2


def carry_over(diff: TextDiff, selector: Selector) -> CarriedOver:
    """Carry one span of ``diff.old`` to ``diff.new``: exact, moved, changed or orphaned.

    If the diff still holds either end of the span unchanged, the passage is still there
    and only it is considered (an identical sentence elsewhere is a copy, not the claim).
    Only a passage the diff lost entirely (deleted, or moved as a block) is searched for.
    """
    new = diff.new
    start, exact_start = diff.map_start(selector.start)
    end, exact_end = diff.map_end(selector.end)
    if exact_start or exact_end:
        if start < end and new[start:end] == selector.quote:
            found = _confirmed(new, selector, start, end)
        else:
            exact = exact_start and exact_end
            found = _changed_in_place(diff, selector, start, end, exact) or _ORPHAN
        if found.selector is not None and _rivalled(diff, selector, found):
            return _ORPHAN
        return found
    return _search(new, selector)


#: Length of the quote fragments looked for in inserted text to spot a rival passage.
_SHINGLE = 16


def _rivalled(diff: TextDiff, selector: Selector, found: CarriedOver) -> bool:
    """Whether inserted text holds another passage as likely to be the claim's.

    The diff aligns the old passage with the closest new one; if an edited copy of it was
    inserted too (or the claim's sentence was edited and an old copy inserted), which one
    the claim belongs to is a guess, so the claim is left for the reviewer instead.
    """
    quote = selector.quote
    if len(quote) < _SHINGLE or not diff.inserted:
        return False
    assert found.selector is not None
    own = context_score(diff.new, found.selector.start, found.selector.end, selector)
    middle = (len(quote) - _SHINGLE) // 2
    for offset in {0, middle, len(quote) - _SHINGLE}:
        shingle = quote[offset : offset + _SHINGLE]
        if shingle not in diff.inserted:
            continue
        for at in occurrences(diff.new, shingle):
            start = at - offset
            if abs(start - found.selector.start) < _SHINGLE:
                continue
            end = start + len(quote)
            if context_score(diff.new, max(0, start), end, selector) > own - CONTEXT_MARGIN:
                return True
    return False


_ORPHAN = CarriedOver(AnchorState.ORPHANED, None, 0.0)


def _confirmed(new: str, selector: Selector, start: int, end: int) -> CarriedOver:
    """The quote where the diff put it: exact, moved, or an orphan if a copy rivals it."""
    context = context_score(new, start, end, selector)
    length = len(selector.quote)
    for other in occurrences(new, selector.quote):
        if other != start and context_score(new, other, other + length, selector) > (
            context - CONTEXT_MARGIN
        ):
            return _ORPHAN
    state = AnchorState.EXACT if context == 1.0 else AnchorState.MOVED
    return CarriedOver(state, select(new, start, end), round(context, 3))


def _changed_in_place(
    diff: TextDiff, selector: Selector, start: int, end: int, exact: bool
) -> CarriedOver | None:
    """The span's own passage with an edit inside, if its wording is still close enough.

    With both ends where the diff kept them (``exact``), the edit lies inside the span and
    a looser likeness will do; an end inside a changed run is only placed approximately,
    so the passage must then be closer to its wording. Either way it must be about the
    quote's length: a passage that swallowed a neighbouring sentence is not the claim.
    """
    new = diff.new
    start, end = _trim(new, start, end)
    length = len(selector.quote)
    if start >= end or not length / 2 <= end - start <= length * 1.5 + 10:
        return None
    ratio = _ratio(selector.quote, new[start:end])
    context = context_score(new, start, end, selector)
    if ratio < (MIN_CHANGED_RATIO if exact else NEAR_EDGE_RATIO) or context < MIN_CONTEXT / 2:
        return None
    return CarriedOver(
        AnchorState.CHANGED, select(new, start, end), round(0.7 * ratio + 0.3 * context, 3)
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start..end`` without leading or trailing white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _search(new: str, selector: Selector) -> CarriedOver:
    """The passage the diff could not follow: the quote where it unambiguously is now."""
    starts = occurrences(new, selector.quote)
    if starts:
        length = len(selector.quote)
        best = _unambiguous(
            [(context_score(new, s, s + length, selector), s) for s in starts], length
        )
        if best is None:
            return _ORPHAN
        score, at = best
        return CarriedOver(AnchorState.MOVED, select(new, at, at + length), round(score, 3))
    return _search_changed(new, selector)


def _unambiguous(candidates: list[tuple[float, int]], length: int) -> tuple[float, int] | None:
    """The one candidate whose context clearly wins, or None when none or several might.

    A long quote found once needs less agreeing context than a short or repeated one.
    """
    ranked = sorted(candidates, reverse=True)
    unique_and_long = len(ranked) == 1 and length >= LONG_QUOTE
    if ranked[0][0] < (MIN_CONTEXT if unique_and_long else MIN_SEARCHED_CONTEXT):
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < CONTEXT_MARGIN:
        return None
    return ranked[0]


def _search_changed(new: str, selector: Selector) -> CarriedOver:
    """A moved *and* edited quote, located by a long fragment of it found exactly once."""
    quote = selector.quote
    orphan = _ORPHAN
    seed = _seed(quote, new)
    if seed is None:
        return orphan
    guess = seed[1] - seed[0]
    slack = max(2, len(quote) // 5)
    edge = min(len(quote), 20)
    starts = _word_starts(new, guess - slack, guess + slack)
    if not starts:
        return orphan
    # Each end is placed on its own, which keeps this linear in the slack: where the old
    # context still borders the passage it fixes the end for certain (even if the edge
    # word was edited); otherwise the end goes where the quote's edge words match, and
    # is only trusted if they are the very same words.
    head = selector.prefix[-_EDGE_CONTEXT:]
    tail = selector.suffix[:_EDGE_CONTEXT]
    fixed_starts = [s for s in starts if head and new[max(0, s - len(head)) : s].endswith(head)]
    start = (
        fixed_starts[0]
        if len(fixed_starts) == 1
        else max(starts, key=lambda s: _ratio(quote[:edge], new[s : s + edge]))
    )
    guess_end = start + len(quote)
    ends = _word_ends(new, max(start + 1, guess_end - slack), guess_end + slack)
    if not ends:
        return orphan
    fixed_ends = [e for e in ends if tail and new[e:].startswith(tail)]
    end = (
        fixed_ends[0]
        if len(fixed_ends) == 1
        else max(ends, key=lambda e: _ratio(quote[-edge:], new[max(start, e - edge) : e]))
    )
    words = quote.split()
    certain = (len(fixed_starts) == 1 or new[start:].startswith(words[0])) and (
        len(fixed_ends) == 1 or new[:end].endswith(words[-1])
    )
    best = (_ratio(quote, new[start:end]), start, end)
    if best[0] < MIN_SEARCHED_RATIO or not certain:
        return orphan
    ratio, start, end = best
    context = context_score(new, start, end, selector)
    if context < MIN_CONTEXT:
        return orphan
    return CarriedOver(
        AnchorState.CHANGED, select(new, start, end), round(0.7 * ratio + 0.3 * context, 3)
    )


_WORD = re.compile(r"\w+")


def _seed(quote: str, new: str) -> tuple[int, int] | None:
    """The longest run of the quote's words found exactly once in ``new``.

    Returns (offset in the quote, offset in ``new``), or None when no run of at least a
    third of the quote (and :data:`MIN_SEED_CHARS`) is unique. Runs are tried longest
    first with ``str.find``, which is far cheaper than difflib over the whole text.
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
            if at != -1 and new.find(quote[a:b], at + 1) == -1:
                found.append((a, at))
        if len(found) == 1:
            return found[0]
        if found:  # several runs of this length are unique: they must agree
            shifts = {at - a for a, at in found}
            return found[0] if len(shifts) == 1 else None
    return None


def _word_starts(text: str, low: int, high: int) -> list[int]:
    """Offsets in ``low..high`` where a word begins (a changed span keeps to word bounds)."""
    return [
        i
        for i in range(max(0, low), min(len(text), high + 1))
        if not text[i].isspace() and (i == 0 or not text[i - 1].isalnum() or not text[i].isalnum())
    ]


def _word_ends(text: str, low: int, high: int) -> list[int]:
    """Offsets in ``low..high`` where a word ends."""
    return [
        i
        for i in range(max(1, low), min(len(text), high) + 1)
        if not text[i - 1].isspace()
        and (i == len(text) or not text[i].isalnum() or not text[i - 1].isalnum())
    ]


def carry_all(old: str, new: str, selectors: list[Selector]) -> list[CarriedOver]:
    """Carry many spans of ``old`` over to ``new`` with one diff."""
    diff = TextDiff(old, new)
    return [carry_over(diff, selector) for selector in selectors]


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


def touched_by(change: Change, spans: list[tuple[int, int]]) -> list[int]:
    """Indexes of the spans (in the new text) that a change touches or borders."""
    return [
        i
        for i, (start, end) in enumerate(spans)
        if start <= change.new_end and change.new_start <= end
    ]


def version_note(claim_version: int, checked: int, state: str, current: int) -> str:
    """What a report says about the version a claim was checked against ("" if only one).

    ``claim_version`` is the version the claim's span points into, ``checked`` the one the
    verdict was given against, ``state`` its :class:`AnchorState` value ("" once
    reviewed), ``current`` the document's current version.
    """
    if current == 1:
        return ""
    head = f"Checked against version {checked}"
    if claim_version != current:
        return f"{head}; the passage is not in the current version {current}."
    if checked == current:
        return f"{head} (the current one)."
    since = {
        AnchorState.EXACT.value: f"its words and their context are unchanged in version {current}",
        AnchorState.MOVED.value: (
            f"its words are unchanged in version {current}; their place or context changed"
        ),
        AnchorState.CHANGED.value: f"its words changed in version {current}",
    }.get(state, f"the text has changed since (now version {current})")
    return f"{head}; {since}."


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


def word_changes(old: str, new: str) -> list[tuple[str, str, str]]:
    """(tag, old words, new words) runs between two short texts, for showing side by side.

    ``tag`` is difflib's: "equal", "replace", "delete" or "insert".
    """
    old_words, _ = _tokens(old)
    new_words, _ = _tokens(new)
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    return [
        (tag, "".join(old_words[i1:i2]), "".join(new_words[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]
