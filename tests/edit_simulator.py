"""Simulated editing of a real article, with ground truth of where every claimed span went.

The text is cut into sentences; claims are word-bounded spans inside sentences. Edits
(sentence inserts, deletes, block moves, word edits inside and outside claimed spans) are
applied to the sentence list while each claim's sentence and offset are tracked, so the
new text and the true new span of every claim (or ``None`` when its sentence was deleted)
are known exactly. A re-anchoring is *correct* when it finds the true span (or orphans a
deleted one), an *orphan* when it gives up on a surviving span, and a *mis-anchor* when it
puts a claim anywhere else.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from workbench.core.anchoring import Selector, select

#: A sentence, or a run of stops that begins none (". . ." in a table of contents).
_SENTENCE = re.compile(r"(?:[^.!?\n]+(?:[.!?]+[\"”’)]*)?|[.!?]+[\"”’)]*)\s*|\n+")
_WORD = re.compile(r"\w+")


@dataclass
class _Sentence:
    text: str
    ident: int


@dataclass
class _TrackedClaim:
    sentence: int | None  # ident of its sentence, None once deleted
    start: int  # offset within the sentence
    end: int
    original: str = ""  # its sentence's text when claimed
    #: Copies of the claim's passage in verbatim copies of its sentence inserted later,
    #: tracked through the later edits like the claim itself.
    copies: list[_TrackedClaim] = field(default_factory=list)


@dataclass(frozen=True)
class Level:
    """How much editing one round does, as counts of each kind of edit."""

    name: str
    inserts: int
    deletes: int
    moves: int
    claim_edits: int
    other_edits: int


LEVELS = (
    Level("light", inserts=1, deletes=1, moves=0, claim_edits=1, other_edits=2),
    Level("medium", inserts=3, deletes=2, moves=1, claim_edits=2, other_edits=5),
    Level("heavy", inserts=6, deletes=4, moves=3, claim_edits=4, other_edits=10),
)

_REPLACEMENT_WORDS = ("reportedly", "officials", "nearly", "Tuesday", "about", "several")


@dataclass(frozen=True)
class Scenario:
    """An old text with claims, the edited text, and where each claim truly is now."""

    old: str
    new: str
    selectors: list[Selector]
    #: Per claim, every span that is right: where its passage went, or (when its sentence
    #: was deleted) its place in the copies of that sentence inserted elsewhere, since a
    #: deletion plus an identical insertion is a move (a copy edited afterwards, like any
    #: moved passage, is where the claim went; whether its own words changed or only
    #: words around it). Empty when the claim's passage is gone.
    #:
    #: A copy whose claimed words are still the old quote is right even when the claim's
    #: own sentence survives: "the sentence stayed, was edited, and a copy of it was
    #: inserted there" and "the sentence moved there, and a copy of it (edited) was
    #: inserted where it was" give the same text with as many edits, so no one can tell
    #: which is the claim's; taking either is not a mis-anchor (the re-anchoring still
    #: orphans the claim unless one place's context clearly wins).
    truth: list[tuple[tuple[int, int], ...]]


def simulate(text: str, level: Level, rng: random.Random, claims: int = 12) -> Scenario:
    """Claim ``claims`` spans of ``text``, edit it at ``level``, and track the spans."""
    sentences = [_Sentence(m.group(), i) for i, m in enumerate(_SENTENCE.finditer(text))]
    if "".join(s.text for s in sentences) != text:
        raise ValueError("sentence split lost text")
    tracked = _make_claims(sentences, rng, claims)
    old = text
    selectors = [_selector_of(sentences, c) for c in tracked]
    next_id = len(sentences)
    pool = [s.text for s in sentences if _WORD.search(s.text) and len(s.text) > 30]
    for _ in range(level.inserts):
        # Half the inserted sentences repeat one of the article: ambiguity on purpose.
        new_text = rng.choice(pool) if rng.random() < 0.5 else _invented(rng)
        at = rng.randrange(len(sentences) + 1)
        sentences.insert(at, _Sentence(new_text, next_id))
        for claim in tracked:
            if claim.original == new_text:
                claim.copies.append(_TrackedClaim(next_id, claim.start, claim.end))
        next_id += 1
    for _ in range(level.deletes):
        victim = sentences.pop(rng.randrange(len(sentences)))
        for claim in tracked:
            for copy in (claim, *claim.copies):
                if copy.sentence == victim.ident:
                    copy.sentence = None
    for _ in range(level.moves):
        size = rng.randint(1, 4)
        at = rng.randrange(max(1, len(sentences) - size))
        block = sentences[at : at + size]
        del sentences[at : at + size]
        sentences[rng.randrange(len(sentences) + 1) : 0] = block
    live = [c for c in tracked if c.sentence is not None]
    for _ in range(level.claim_edits):
        if live:
            _edit_word(sentences, tracked, rng, rng.choice(live))
    for _ in range(level.other_edits):
        _edit_word(sentences, tracked, rng, None)
    new = "".join(s.text for s in sentences)
    where = {}
    offset = 0
    for sentence in sentences:
        where[sentence.ident] = offset
        offset += len(sentence.text)
    truth: list[tuple[tuple[int, int], ...]] = []
    for claim, selector in zip(tracked, selectors, strict=True):
        spans = [
            (where[span.sentence] + span.start, where[span.sentence] + span.end)
            for span in (claim, *claim.copies)
            if span.sentence is not None
        ]
        if claim.sentence is not None:
            own, copies = spans[0], spans[1:]
            spans = [own, *(c for c in copies if new[c[0] : c[1]] == selector.quote)]
        truth.append(tuple(spans))
    return Scenario(old, new, selectors, truth)


def _invented(rng: random.Random) -> str:
    words = rng.sample(_REPLACEMENT_WORDS, 4)
    return f"An update added that {' '.join(words)} were consulted. "


def _make_claims(sentences: list[_Sentence], rng: random.Random, count: int) -> list[_TrackedClaim]:
    candidates = [s for s in sentences if len(_WORD.findall(s.text)) >= 6]
    chosen = rng.sample(candidates, min(count, len(candidates)))
    tracked = []
    for sentence in chosen:
        words = list(_WORD.finditer(sentence.text))
        first = rng.randrange(0, len(words) - 4)
        last = rng.randrange(first + 3, len(words))
        tracked.append(
            _TrackedClaim(sentence.ident, words[first].start(), words[last].end(), sentence.text)
        )
    return tracked


def _selector_of(sentences: list[_Sentence], claim: _TrackedClaim) -> Selector:
    offset = 0
    for sentence in sentences:
        if sentence.ident == claim.sentence:
            text = "".join(s.text for s in sentences)
            return select(text, offset + claim.start, offset + claim.end)
        offset += len(sentence.text)
    raise ValueError("claim without sentence")


def _edit_word(
    sentences: list[_Sentence],
    tracked: list[_TrackedClaim],
    rng: random.Random,
    inside: _TrackedClaim | None,
) -> None:
    """Replace one word: inside ``inside``'s span, or anywhere; shift spans after it."""
    if inside is not None:
        sentence = next(s for s in sentences if s.ident == inside.sentence)
        words = [
            w
            for w in _WORD.finditer(sentence.text)
            if inside.start <= w.start() and w.end() <= inside.end
        ]
    else:
        sentence = rng.choice(sentences)
        words = list(_WORD.finditer(sentence.text))
    if not words:
        return
    word = rng.choice(words)
    replacement = rng.choice(_REPLACEMENT_WORDS)
    a, b = word.start(), word.end()
    sentence.text = sentence.text[:a] + replacement + sentence.text[b:]
    delta = len(replacement) - (b - a)
    for span in (s for claim in tracked for s in (claim, *claim.copies)):
        if span.sentence != sentence.ident:
            continue
        if span.start >= b:
            span.start += delta
        if span.end >= b:
            span.end += delta
