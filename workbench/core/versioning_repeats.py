"""Whether a passage the old text holds more than once can be told from its twin: its
rank among its copies is evidence only where something sets the copies apart."""

from __future__ import annotations

from workbench.core.anchoring import Selector


def interchangeable(old: str, selector: Selector, copies: list[int]) -> bool:
    """Whether the claim's copy and another one lie in a stretch that repeats itself.

    Where the text from one copy to the next is written twice in a row (filler, a
    repeated paragraph with its neighbours), moving one repetition past the other changes
    no letter: the diff pairs the copies by rank, while the claim's may be either. A copy
    set apart by anything between it and its twin (a page number, another sentence) can
    be paired.
    """
    for other in copies:
        if other == selector.start:
            continue
        first, period = min(other, selector.start), abs(other - selector.start)
        after = _same_run(old, first, first + period, period)
        before = _same_run(old[::-1], len(old) - first, len(old) - first - period, period)
        if before + after >= period:
            return True
    return False


def _same_run(text: str, a: int, b: int, most: int) -> int:
    """How many characters ``text`` reads alike from ``a`` and from ``b`` (at most ``most``)."""
    a_end, b_end = min(len(text), a + most), min(len(text), b + most)
    size = min(a_end - a, b_end - b)
    if text[a : a + size] == text[b : b + size]:
        return size
    low, high = 0, size  # the first difference lies in low..high
    while high - low > 1:
        middle = (low + high) // 2
        if text[a : a + middle] == text[b : b + middle]:
            low = middle
        else:
            high = middle
    return low
