"""A page's glyphs -> runs: the first steps of reading a page (runs in the parser process).

Glyphs drawn twice to fake bold are kept once, then glyphs become *runs*: stretches of one
text line with no gap wider than a column gutter. Runs are what :mod:`pdf_layout` orders
into columns and lines; this module holds them apart from that ordering so that each is
small enough to read whole.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import NamedTuple

#: A gap wider than this many font sizes ends a run: wider than any word space, at most a gutter.
GUTTER_EMS = 0.6
#: Twice-drawn glyphs lie within this many font sizes of each other.
DUPLICATE_EMS = 0.15
#: Glyphs whose baselines lie within this many font sizes share one.
BASELINE_EMS = 0.05


class Glyph(NamedTuple):
    """One drawn character, in page coordinates with y growing downwards (a tuple: pages
    have thousands, and a frozen dataclass costs several times as much to make)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    #: Drawn in a bold face (its font's name says so): a gazette sets its titles in bold
    #: body type.
    bold: bool = False
    #: Where the glyph's baseline lies, when known: a fallback font's box can sit half a
    #: line lower than the main font's on the same baseline (its descent differs).
    baseline: float | None = None


@dataclass(slots=True)
class Run:
    """Glyphs of one text line with no gutter between them, and their bounds (kept, not
    recomputed: the XY-cut reads them many times)."""

    glyphs: list[Glyph]
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0

    def settle(self) -> Run:
        """Compute the bounds once the run's glyphs are all in."""
        glyphs = self.glyphs
        self.x0 = min(g.x0 for g in glyphs)
        self.x1 = max(g.x1 for g in glyphs)
        self.top = min(g.top for g in glyphs)
        self.bottom = max(g.bottom for g in glyphs)
        self.size = max(g.size for g in glyphs)
        return self

    def absorb(self, other: Run) -> None:
        """Take a settled run's glyphs in, widening the bounds without a rescan (a line
        drawn right to left arrives as one run per glyph)."""
        self.glyphs.extend(other.glyphs)
        self.x0, self.x1 = min(self.x0, other.x0), max(self.x1, other.x1)
        self.top, self.bottom = min(self.top, other.top), max(self.bottom, other.bottom)
        self.size = max(self.size, other.size)

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def line_key(self) -> float:
        """Where the run sits down the page, to bring a line's runs together: its
        baseline where known, which a fallback font's run shares with the main font's
        although its box sits lower."""
        baseline = self.glyphs[0].baseline
        return self.bottom if baseline is None else baseline


def dedupe(glyphs: list[Glyph]) -> list[Glyph]:
    """Drop glyphs repeating another's text at (almost) the same place (fake bold).

    Sorting by text, then a coarse row, then x puts each glyph next to its double, so one
    pass over neighbours finds them all. A double covers most of its glyph, so glyphs
    that lie side by side are not doubles however close they are: a slide stretches its
    Arabic words with narrow kashida glyphs a sixth of an em apart, all of one text.
    """
    order = sorted(
        range(len(glyphs)), key=lambda i: (glyphs[i].text, round(glyphs[i].top / 3), glyphs[i].x0)
    )
    drop = set()
    for previous, current in itertools.pairwise(order):
        a, b = glyphs[previous], glyphs[current]
        tolerance = max(min(DUPLICATE_EMS * b.size, 0.3 * (b.x1 - b.x0)), 0.3)
        if (
            a.text == b.text
            and abs(a.x0 - b.x0) <= tolerance
            and abs(a.top - b.top) <= tolerance
            and b.text.strip()
        ):
            drop.add(max(previous, current))
    if not drop:
        return glyphs
    return [g for i, g in enumerate(glyphs) if i not in drop]


def _continues(last: Glyph, glyph: Glyph) -> bool:
    """True if ``glyph`` continues the run ending in ``last``: to its right, close, and
    on the same baseline or vertically overlapping (a superscript counts; so does a
    touching glyph of a font whose box sits lower, as Latin digits do beside CJK in some
    fonts)."""
    size = last.size if last.size > glyph.size else glyph.size
    if glyph.x0 < last.x0 - 0.1 * size or glyph.x0 - last.x1 > GUTTER_EMS * size:
        return False
    if (
        last.baseline is not None
        and glyph.baseline is not None
        and abs(last.baseline - glyph.baseline) <= BASELINE_EMS * size
    ):
        return True
    if last.top <= (glyph.top + glyph.bottom) / 2 <= last.bottom:
        return True
    if glyph.top <= (last.top + last.bottom) / 2 <= glyph.bottom:
        return True
    overlap = min(last.bottom, glyph.bottom) - max(last.top, glyph.top)
    return (
        bool(last.text.strip() and glyph.text.strip())
        and abs(glyph.x0 - last.x1) < 0.2 * size
        and overlap > 0.3 * size
        and abs(last.size - glyph.size) < 0.1 * size
    )


def runs_of(glyphs: list[Glyph]) -> list[Run]:
    """Group glyphs (in drawing order) into runs, then merge runs split by out-of-order drawing."""
    runs: list[Run] = []
    current: list[Glyph] = []
    for glyph in glyphs:
        if current and _continues(current[-1], glyph):
            current.append(glyph)
        else:
            current = [glyph]
            runs.append(Run(current))
    runs = sorted((run.settle() for run in runs), key=lambda r: (round(r.line_key), r.x0))
    merged: list[Run] = []
    for run in runs:
        if merged and _continues(merged[-1].glyphs[-1], run.glyphs[0]):
            merged[-1].absorb(run)
        else:
            merged.append(run)
    return [r for r in merged if "".join(g.text for g in r.glyphs).strip()]
