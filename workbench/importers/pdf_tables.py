"""Tables: telling a table from columns of prose, so its rows are read across.

The XY-cut in :mod:`pdf_layout` splits a region at vertical gutters first, which is what
a page of prose columns needs and what reads a table column by column ("Name, Age,
Town, Ada, Ben, 36, 41, Leeds, York"). The sign that tells them apart is the ruling: a
table's horizontal rules (drawn lines, or the edges of cell boxes) run across its
gutters, between its rows, while prose columns are never ruled across the gutter between
them. A region is read as a table when

- a horizontal rule crosses one of its vertical gutters with text above and below it in
  the region (not a rule that merely bounds it),
- most of its text lines share their row with a line of another column, and
- at most one of its columns reads like prose (many long lines filling the column),
  since two prose columns under a ruled running head share their baselines too.

A table set without rules (or tightly, its rules not between its rows) is told by its
alignment alone, more strictly: at least three columns of at least three lines each,
nearly every line in a row with a line of another column, and no column of prose.
Prose in columns never lines up so: its columns are few, and full of long lines.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pdf_layout calls this module; at run time runs arrive as values
    from workbench.importers.pdf_runs import Run

#: Segments closer than this (points) along one line are one rule (cell boxes are often
#: drawn a little apart).
JOIN_GAP = 5.0
#: Share of a table region's lines that must sit in a row with another column's line.
ALIGNED_SHARE = 0.6
#: An unruled table: at least this many columns, each of at least this many lines, with
#: this share of all lines in a row with another column's line.
UNRULED_COLUMNS, UNRULED_ROWS, UNRULED_SHARE = 3, 3, 0.8
#: A prose column: this many of its lines fill this share of its width, each holding at
#: least this many characters.
PROSE_LINES, PROSE_FILL, PROSE_CHARACTERS = 8, 0.7, 15


class Rule(NamedTuple):
    """A horizontal line drawn on the page, y growing downwards (points)."""

    x0: float
    x1: float
    y: float


def merged(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    """Collinear segments that touch joined into one rule: a row of cell boxes draws its
    top edge as one segment per cell."""
    out: list[Rule] = []
    for rule in sorted(rules, key=lambda r: (round(r.y), r.x0)):
        last = out[-1] if out else None
        if last and abs(last.y - rule.y) <= 1.0 and rule.x0 <= last.x1 + JOIN_GAP:
            out[-1] = Rule(last.x0, max(last.x1, rule.x1), last.y)
        else:
            out.append(rule)
    return tuple(out)


def _inside(region: Sequence[Run], rules: Sequence[Rule]) -> list[Rule]:
    """Rules that run between the region's text, not along its edges."""
    top = min(run.top for run in region)
    bottom = max(run.bottom for run in region)
    return [rule for rule in rules if top < rule.y < bottom]


def _crossed(
    region: Sequence[Run], gutters: Sequence[tuple[float, float]], rules: Sequence[Rule]
) -> bool:
    return any(rule.x0 <= a and rule.x1 >= b for rule in _inside(region, rules) for a, b in gutters)


def row_cuts(columns: Sequence[Sequence[Run]], rules: Sequence[Rule]) -> list[float]:
    """Where rules crossing a gutter run between a table's text, top to bottom: the lines
    between its rows (a cell may wrap over several lines between them)."""
    ordered = sorted((c for c in columns if c), key=lambda c: min(r.x0 for r in c))
    gutters = [(max(r.x1 for r in a), min(r.x0 for r in b)) for a, b in itertools.pairwise(ordered)]
    region = [run for column in columns for run in column]
    return sorted(
        {
            rule.y
            for rule in _inside(region, rules)
            if any(rule.x0 <= a and rule.x1 >= b for a, b in gutters)
        }
    )


def _aligned(columns: Sequence[Sequence[Run]], share: float = ALIGNED_SHARE) -> bool:
    """Whether most lines (``share`` of them) share their row with a line of another
    column."""
    total = sum(len(column) for column in columns)
    if total == 0 or len(columns) < 2:
        return False
    aligned = 0
    for index, column in enumerate(columns):
        others = [run for k, other in enumerate(columns) if k != index for run in other]
        aligned += sum(1 for run in column if any(o.top <= run.mid <= o.bottom for o in others))
    return aligned >= share * total


def _prose(column: Sequence[Run]) -> bool:
    left, right = min(run.x0 for run in column), max(run.x1 for run in column)
    full = sum(
        1
        for run in column
        if run.x1 - run.x0 >= PROSE_FILL * (right - left) and len(run.glyphs) >= PROSE_CHARACTERS
    )
    return full >= PROSE_LINES


def is_table(
    region: Sequence[Run],
    gutters: Sequence[tuple[float, float]],
    columns: Sequence[Sequence[Run]],
    rules: Sequence[Rule],
) -> bool:
    """Whether a region split by ``gutters`` into ``columns`` is a table (module docstring)."""
    if rules and _crossed(region, gutters, rules):
        return _aligned(columns) and sum(1 for column in columns if _prose(column)) < 2
    return (
        len(columns) >= UNRULED_COLUMNS
        and _aligned(columns, UNRULED_SHARE)
        and min(len(column) for column in columns) >= UNRULED_ROWS
        and not any(_prose(column) for column in columns)
    )
