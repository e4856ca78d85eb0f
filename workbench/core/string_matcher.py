"""difflib's sequence matcher on strings, its longest-match search done by ``str.find``.

Versions of a document are compared with difflib: its results (matching blocks, opcodes,
ratio) are what every rule of carrying claims over was studied on, so they must not
change. Its cost is nearly all in ``find_longest_match``, a loop in Python over every
pair of equal elements; for strings the same answer is found with a few calls of
``str.find`` (C code) per element of ``a``, several times faster. Any
sequence of hashable items becomes such a string by giving each distinct item its own
character (:func:`encode`), so word tokens and lines are diffed the same way.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Hashable, Sequence


class StringMatcher(difflib.SequenceMatcher[str]):
    """``difflib.SequenceMatcher(None, a, b, autojunk=False)`` on two strings, faster.

    Without junk, difflib's longest match in a range is the longest common substring,
    the one starting earliest in ``a`` and then earliest in ``b``; so is this one's,
    hence the same matching blocks, opcodes and ratios.
    """

    a: str
    b: str

    def __init__(self, a: str, b: str, least: int = 1) -> None:
        """Match ``a`` with ``b``; with ``least`` above 1, only the matching blocks of at
        least that size are found (difflib's, as it would find them: a range whose
        longest match is shorter holds only shorter ones, so it is not searched further).
        """
        self.least = least
        super().__init__(None, a, b, autojunk=False)

    def set_seq2(self, b: Sequence[str]) -> None:
        """Take ``b`` without difflib's index of where each element of it is: only its own
        longest-match search reads that index, and this one's needs none."""
        if b is self.b:
            return
        assert isinstance(b, str)
        self.b = b
        self.matching_blocks = self.opcodes = self.fullbcount = None

    def find_longest_match(
        self, alo: int = 0, ahi: int | None = None, blo: int = 0, bhi: int | None = None
    ) -> difflib.Match:
        """The longest ``a[i:i+k] == b[j:j+k]`` in the ranges, earliest ``i`` then ``j``.

        Each start ``i`` in turn is asked only for a match one longer than the best so
        far (and longer while it has one): the first start holding the longest match
        is the earliest, and ``find`` gives the earliest place of it in ``b``.
        """
        a, b = self.a, self.b
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        find = b.find
        best_i, best_j, size = alo, blo, self.least - 1
        i = alo
        while i + size < ahi:
            j = find(a[i : i + size + 1], blo, bhi)
            if j < 0:
                i += 1
            else:
                best_i, best_j, size = i, j, size + 1
        return difflib.Match(best_i, best_j, size if size >= self.least else 0)


def encode(a: Sequence[Hashable], b: Sequence[Hashable]) -> tuple[str, str]:
    """Two sequences as strings of one character per item, equal items alike.

    Characters are given in order of first appearance, so texts with fewer than 65,536
    distinct items (nearly all) take two bytes a character.
    """
    codes: dict[Hashable, str] = dict.fromkeys(itertools.chain(a, b), "")
    for number, item in enumerate(codes):
        codes[item] = chr(number)
    return "".join(map(codes.__getitem__, a)), "".join(map(codes.__getitem__, b))
