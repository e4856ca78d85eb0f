"""Code points <-> UTF-16 units: the one place the two ways of counting meet.

The project file stores offsets as Python ``str`` indices (code points); Qt's text cursors
and blocks count UTF-16 units, in which every character outside the Basic Multilingual
Plane (most emoji, some CJK) takes two. Every conversion in the UI goes through
:class:`OffsetMap`, so a claim after an emoji is still highlighted on the right words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts offsets for one text; cheap (identity) when the text has no astral characters.

    ``_astral`` holds the code-point positions of characters that take two UTF-16 units,
    sorted, so both directions are one bisection.
    """

    __slots__ = ("_astral", "_astral_u16")

    def __init__(self, text: str) -> None:
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        # The UTF-16 position of each astral character: its code-point index plus the
        # extra units of the astral characters before it.
        self._astral_u16 = [pos + n for n, pos in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 position of code-point ``offset``."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def to_code_point(self, position: int) -> int:
        """The code-point offset of UTF-16 ``position`` (a position inside a pair rounds down)."""
        if not self._astral:
            return position
        pairs = self._astral_u16
        complete = bisect_right(pairs, position - 2)  # pairs wholly before ``position``
        inside_pair = complete < len(pairs) and pairs[complete] == position - 1
        return position - complete - (1 if inside_pair else 0)
