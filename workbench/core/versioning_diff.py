"""The diff of two versions of a text, and the map it gives from old offsets to new ones.

Positions are carried by a diff of the two texts on word tokens (difflib's opcodes): the
unchanged runs map an old offset to a new one exactly, which is both faster and safer than
searching the whole text for each claim. Lines are settled first, so only changed lines
are diffed word by word.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
from dataclasses import dataclass

#: Words and punctuation with the white space after them: few distinct tokens are common,
#: which keeps difflib fast (a bare space token would match everywhere).
_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")
#: Characters an unchanged run of two tokens or more must hold (spaces aside) to carry a
#: span's end exactly; a run of one word must hold twice as many.
MIN_FIRM_RUN = 6
#: Characters read beside an end to see whether it lies in a repeating pattern,
#: and the longest period looked for ("\_\_\_" blanks, dot leaders).
_PATTERN_REACH = 4


@dataclass(frozen=True, slots=True)
class Change:
    """One changed passage: ``old[old_start:old_end]`` became ``new[new_start:new_end]``."""

    kind: str  # "insert", "delete" or "replace"
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str
    new_text: str


def _tokens(text: str) -> tuple[list[str], list[int]]:
    """Word, space and punctuation tokens with their start offsets (and the end offset).

    The tokens cover the text end to end (every character is a word character, a space
    or neither), so their offsets are the running sum of their lengths: far cheaper than
    reading each match's start on a PDF of 100,000 characters.
    """
    words = _TOKEN.findall(text)
    return words, list(itertools.accumulate(map(len, words), initial=0))


Opcode = tuple[str, int, int, int, int]


def _line_starts(words: list[str]) -> list[int]:
    """Token index where each line begins (a token holding a line break ends its line)."""
    starts = [0, *(index + 1 for index, word in enumerate(words) if "\n" in word)]
    if starts[-1] != len(words):
        starts.append(len(words))
    return starts


def _token_opcodes(old: list[str], new: list[str]) -> tuple[list[Opcode], list[tuple[int, int]]]:
    """The diff of two token lists, lines first and then tokens inside changed lines.

    difflib on every token of a long document is slow (tens of milliseconds for a
    45,000-character text, seconds when it was rewritten); unchanged lines are settled
    first, so only the changed runs are diffed word by word. Also returns the new token
    ranges of the changed lines: the word diff inside them may pair a few common words of
    an edited sentence with an unrelated one, so what was written anew is judged by line.
    """
    old_lines, new_lines = _line_starts(old), _line_starts(new)
    old_keys = ["".join(old[a:b]) for a, b in itertools.pairwise(old_lines)]
    new_keys = ["".join(new[a:b]) for a, b in itertools.pairwise(new_lines)]
    ops: list[Opcode] = []
    changed: list[tuple[int, int]] = []
    lines = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        a1, a2, b1, b2 = old_lines[i1], old_lines[i2], new_lines[j1], new_lines[j2]
        if tag != "equal" and b1 < b2:
            changed.append((b1, b2))
        if tag != "replace":
            ops.append((tag, a1, a2, b1, b2))
            continue
        words = difflib.SequenceMatcher(None, old[a1:a2], new[b1:b2], autojunk=False)
        ops.extend(
            (t, a1 + k1, a1 + k2, b1 + m1, b1 + m2) for t, k1, k2, m1, m2 in words.get_opcodes()
        )
    return ops or [("equal", 0, 0, 0, 0)], changed


class TextDiff:
    """The diff of an old and a new text, as character ranges, and the offset map it gives."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new
        self._old_words, self._old_at = _tokens(old)
        self._new_words, self._new_at = _tokens(new)
        #: difflib's opcodes, on token indices.
        self._ops, changed = _token_opcodes(self._old_words, self._new_words)
        self._op_starts = [op[1] for op in self._ops]
        #: The new text's inserted and edited lines: where a rival of a claim may be.
        self.inserted = "\0".join(new[self._new_at[j1] : self._new_at[j2]] for j1, j2 in changed)
        #: Where each opcode's run begins in the new text (characters).
        self._new_op_starts = [self._new_at[op[3]] for op in self._ops]

    def written_anew(self, start: int, end: int) -> bool:
        """Whether ``new[start:end]`` is not wholly inside one unchanged run.

        An unchanged run is the image of a passage of the old text: a copy of a claim's
        quote there was another passage already, not the claim's, and not a rival.
        """
        index = bisect.bisect_right(self._new_op_starts, start) - 1
        while index > 0 and self._ops[index][3] == self._ops[index][4]:
            index -= 1  # a deletion takes no room in the new text
        tag, _, _, j1, j2 = self._ops[max(0, index)]
        return not (tag == "equal" and self._new_at[j1] <= start and end <= self._new_at[j2])

    def changes(self) -> list[Change]:
        """Every inserted, deleted or replaced passage, in reading order."""
        old_at, new_at = self._old_at, self._new_at
        return [
            Change(
                tag,
                old_at[i1],
                old_at[i2],
                new_at[j1],
                new_at[j2],
                self.old[old_at[i1] : old_at[i2]],
                self.new[new_at[j1] : new_at[j2]],
            )
            for tag, i1, i2, j1, j2 in self._ops
            if tag != "equal"
        ]

    def _token_of(self, offset: int) -> tuple[int, Opcode]:
        """The old token holding character ``offset``, and the opcode holding that token."""
        token = max(0, bisect.bisect_right(self._old_at, offset) - 1)
        token = min(token, max(0, len(self._old_words) - 1))
        index = max(0, bisect.bisect_right(self._op_starts, token) - 1)
        return token, self._ops[index]

    def _firm(self, op: Opcode) -> bool:
        """Whether an unchanged run is long enough to carry an end exactly.

        The word diff pairs a lone common word ("the", "of") left between two edits with
        any copy of it nearby, and an edit may write the very word it replaced one word
        off: an end carried by one short word may land in another sentence.
        """
        _, i1, i2, _, _ = op
        a, b = self._old_at[i1], self._old_at[i2]
        chars = b - a if b - a > 4 * MIN_FIRM_RUN else len(self.old[a:b].strip())
        return chars >= 2 * MIN_FIRM_RUN or (i2 - i1 > 1 and chars >= MIN_FIRM_RUN)

    def in_pattern(self, offset: int, ending: bool = False) -> bool:
        """Whether a span starting (or ``ending``) at old ``offset`` begins (ends) inside a
        short repeating pattern ("\\_\\_\\_\\_").

        The word diff may pair such a run with the new one a period or two off, wherever
        an edit touches it: an end inside it is carried exactly only as far as the run
        goes, and the place within it is a guess.
        """
        reach, old = _PATTERN_REACH, self.old
        for period in range(1, reach + 1):
            low = offset - reach - period if ending else offset
            if (
                low >= 0
                and low + period + reach <= len(old)
                and old[low : low + reach] == old[low + period : low + period + reach]
            ):
                return True
        return False

    @staticmethod
    def _counterpart(token: int, op: Opcode) -> int:
        """The new token standing where old ``token`` stood in a changed run."""
        _, i1, i2, j1, j2 = op
        if i2 - i1 == j2 - j1:
            return j1 + token - i1
        return j1 + round((token - i1) * (j2 - j1) / max(1, i2 - i1))

    def map_start(self, offset: int) -> tuple[int, bool]:
        """Where a span starting at old ``offset`` starts now, and whether it is unchanged.

        Inside a changed run a word replaced one for one maps to its replacement; otherwise
        the position is taken in proportion, to be checked by the caller's scoring.
        """
        if not self._old_words:
            return 0, False
        token, op = self._token_of(offset)
        tag, i1, _, j1, j2 = op
        if tag == "equal":
            exact = self._firm(op) and not self.in_pattern(offset)
            return self._new_at[j1 + token - i1] + offset - self._old_at[token], exact
        if j1 == j2:
            return self._new_at[j1], False
        return self._new_at[min(j2 - 1, self._counterpart(token, op))], False

    def map_end(self, offset: int) -> tuple[int, bool]:
        """Where a span ending at old ``offset`` (exclusive) ends now, and whether exactly."""
        if offset == 0 or not self._old_words:
            return 0, offset == 0
        token, op = self._token_of(offset - 1)
        tag, i1, i2, j1, j2 = op
        if tag == "equal":
            exact = self._firm(op) and not self.in_pattern(offset, ending=True)
            return self._new_at[j1 + token - i1] + offset - self._old_at[token], exact
        if j1 == j2:
            return self._new_at[j1], False
        j = j2 - 1 if token == i2 - 1 else min(j2 - 1, self._counterpart(token, op))
        return self._new_at[j] + len(self._new_words[j].rstrip()), False


def word_changes(old: str, new: str) -> list[tuple[str, str, str]]:
    """(tag, old words, new words) runs between two short texts, for showing side by side.

    ``tag`` is difflib's: "equal", "replace", "delete" or "insert".
    """
    old_words, _ = _tokens(old)
    new_words, _ = _tokens(new)
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    return [
        (tag, "".join(old_words[i1:i2]), "".join(new_words[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]
