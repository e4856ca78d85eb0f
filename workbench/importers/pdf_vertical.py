"""Vertical writing (Chinese, Japanese, Korean set top to bottom in right-to-left columns).

The glyphs of a vertical page are upright, so nothing in their matrices says the text
runs down the page; only their placement does: glyph after glyph in drawing order sits
one character below the last, at the same x. Such a page is *turned* a quarter turn
clockwise in our coordinates, so that each column becomes a line running left to right
and the rightmost column the top line; the ordinary horizontal layout then reads it in
the right order. Ruby (the small reading aids set beside the characters) is dropped:
it repeats the text beside it in kana and would interleave with it.
"""

from __future__ import annotations

import itertools
import statistics
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pdf_layout calls this module; at run time glyphs arrive as values
    from workbench.importers.pdf_runs import Glyph

#: Steps of drawing order needed before a page's direction is judged.
MIN_STEPS = 10
#: Glyphs looked at to judge it (the first drawn are enough, and a page may hold many).
SAMPLE = 600
#: Ruby is set at about half the size of the text it glosses.
RUBY_SHARE = 0.7


def _steps(glyphs: list[Glyph]) -> tuple[int, int]:
    """Pairs of consecutive glyphs that step down a column, and that step along a line
    (either way: right-to-left script is often drawn from the right)."""
    down = along = 0
    for a, b in itertools.pairwise(glyphs[:SAMPLE]):
        if not (a.text.strip() and b.text.strip()):
            continue
        size = max(a.size, b.size, 1.0)
        across = abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2)
        if across < 0.3 * size and 0 < b.top - a.top < 2 * size:
            down += 1
        elif abs(a.top - b.top) < 0.3 * size and 0 < abs(b.x0 - a.x0) < 2 * size:
            along += 1
    return down, along


def is_vertical(glyphs: list[Glyph]) -> bool:
    """Whether the page's text mostly runs down columns rather than along lines."""
    down, along = _steps(glyphs)
    return down >= MIN_STEPS and down > 2 * along


def turned(glyphs: list[Glyph], width: float) -> list[Glyph]:
    """The glyphs a quarter turn round, ruby left out (module docstring): down the page
    becomes rightwards, and right-to-left columns become top-to-bottom lines."""
    sizes = [g.size for g in glyphs if g.text.strip()]
    body = statistics.median(sizes) if sizes else 0.0
    out = []
    for glyph in glyphs:
        if glyph.text.strip() and glyph.size < RUBY_SHARE * body:
            continue
        middle = width - (glyph.x0 + glyph.x1) / 2
        half = glyph.size / 2
        out.append(
            glyph._replace(
                x0=glyph.top,
                x1=glyph.bottom,
                top=middle - half,
                bottom=middle + half,
                baseline=None,
            )
        )
    return out
