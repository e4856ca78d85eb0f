"""Carrying one claim to a new text, as the rule tests of re-anchoring read the outcome."""

from __future__ import annotations

from workbench.core.anchoring import select
from workbench.core.versioning import AnchorState, carry_all


def carried(old: str, new: str, quote: str) -> tuple[AnchorState, int | None, str | None]:
    """The claim on the first ``quote`` of ``old``, carried to ``new``: its state, and the
    start and quote it landed on (None for an orphan)."""
    start = old.index(quote)
    (result,) = carry_all(old, new, [select(old, start, start + len(quote))])
    if result.selector is None:
        return result.state, None, None
    return result.state, result.selector.start, result.selector.quote
