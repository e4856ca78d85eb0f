"""Whether a claim's edited wording is really an edit of *another* passage of the old text.

Lists and tables repeat their frame ("isbn … (mass market paperback, 1991)"): when the
claim's line moved away and an edited copy of a neighbouring line took its place, the
diff pairs the two, and the new line is close to the quote without being its edit. The
wording found is the claim's only if no other old passage is at least as close to it.
"""

from __future__ import annotations

import re

from workbench.core.anchoring import Selector, occurrences
from workbench.core.versioning_scores import alike, ratio

_WORD = re.compile(r"\w+")
#: Runs of the wording shorter than this (characters) locate nothing: they are everywhere.
_MIN_RUN_CHARS = 12
#: Old places tried per run: a run found more often is boilerplate, and says nothing.
_MAX_PLACES = 8


def edited_from_elsewhere(old: str, selector: Selector, wording: str) -> bool:
    """Whether ``wording`` is at least as close to another old passage as to the quote.

    The other passages tried are those holding the longest run of the wording's words
    found in the old text outside the claim's span (at most a few places): each is read
    with the wording's length, aligned on the run, and compared with the wording.
    """
    if wording in old:
        return True  # verbatim another passage (the claim's own was not this wording)
    likeness = ratio(selector.quote, wording)
    words = list(_WORD.finditer(wording))
    least = max(_MIN_RUN_CHARS, len(wording) // 3)
    for size in range(len(words), 0, -1):
        tried = False
        for first in range(len(words) - size + 1):
            a, b = words[first].start(), words[first + size - 1].end()
            if b - a < least:
                continue
            places = [
                at - a
                for at in occurrences(old, wording[a:b])
                if not (selector.start < at - a + len(wording) and at - a < selector.end)
            ]
            if not places or len(places) > _MAX_PLACES:
                continue
            tried = True
            if any(alike(wording, old[max(0, s) : s + len(wording)], likeness) for s in places):
                return True
        if tried:
            return False
    return False
