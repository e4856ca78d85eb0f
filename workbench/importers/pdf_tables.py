"""Tables: telling a table from columns of prose, so its rows are read across.

The XY-cut in :mod:`pdf_layout` splits a region at vertical gutters first, which is what
a page of prose columns needs and what reads a table column by column ("Name, Age,
Town, Ada, Ben, 36, 41, Leeds, York"). The sign that tells them apart is the ruling: a
table's horizontal rules (drawn lines, or the edges of cell boxes) run across its
gutters, between its rows, while prose columns are never ruled across the gutter between
them. A region is read as a table when

- a horizontal rule crosses one of its vertical gutters with text above and below it in
  the region (not a rule that merely bounds it), and
- most of its text lines share their row with a line of another column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pdf_layout calls this module; at run time runs arrive as values
    from workbench.importers.pdf_layout import _Run

#: Segments closer than this (points) along one line are one rule.
JOIN_GAP = 2.0
#: Share of a table region's lines that must sit in a row with another column's line.
ALIGNED_SHARE = 0.6


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


def _crossed(
    region: Sequence[_Run], gutters: Sequence[tuple[float, float]], rules: Sequence[Rule]
) -> bool:
    top = min(run.top for run in region)
    bottom = max(run.bottom for run in region)
    for rule in rules:
        if not top < rule.y < bottom:
            continue
        if any(rule.x0 <= a and rule.x1 >= b for a, b in gutters):
            return True
    return False


def _aligned(columns: Sequence[Sequence[_Run]]) -> bool:
    """Whether most lines share their row with a line of another column."""
    total = sum(len(column) for column in columns)
    if total == 0 or len(columns) < 2:
        return False
    aligned = 0
    for index, column in enumerate(columns):
        others = [run for k, other in enumerate(columns) if k != index for run in other]
        aligned += sum(1 for run in column if any(o.top <= run.mid <= o.bottom for o in others))
    return aligned >= ALIGNED_SHARE * total


def is_table(
    region: Sequence[_Run],
    gutters: Sequence[tuple[float, float]],
    columns: Sequence[Sequence[_Run]],
    rules: Sequence[Rule],
) -> bool:
    """Whether a region split by ``gutters`` into ``columns`` is a table (module docstring)."""
    return bool(rules) and _crossed(region, gutters, rules) and _aligned(columns)
