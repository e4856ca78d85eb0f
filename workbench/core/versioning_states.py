"""How a claim came through to a new version of its document."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbench.core.anchoring import Selector
from workbench.core.translatable import QT_TRANSLATE_NOOP


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


#: A claim not found with confidence.
ORPHAN = CarriedOver(AnchorState.ORPHANED, None, 0.0)
