"""The diff of two versions of a text, and the map it gives from old offsets to new ones.

Positions are carried by a diff of the two texts on word tokens (difflib's opcodes): the
unchanged runs map an old offset to a new one exactly, which is both faster and safer than
searching the whole text for each claim. Lines are settled first, so only changed lines
are cut into words and diffed word by word; the rest stay whole lines.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from workbench.core.string_matcher import StringMatcher, encode

#: Words and punctuation with the white space after them: few distinct tokens are common,
#: which keeps difflib fast (a bare space token would match everywhere).
_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")
#: The white space holding a line break: a line ends with it.
_LINE_END = re.compile(r"\s*\n\s*")
#: What ends a sentence (or a line, for text without stops: headings, table cells).
_SENTENCE_STOPS = ".!?\n"
_SENTENCE_STOP = re.compile(r"[.!?\n]")
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


Opcode = tuple[str, int, int, int, int]


def _line_starts(text: str) -> list[int]:
    """Where each line of ``text`` begins, and where the text ends.

    A line ends after the white space holding its line break, as the word token
    holding the break does (a token takes the white space after it).
    """
    starts = [0, *(match.end() for match in _LINE_END.finditer(text))]
    if starts[-1] != len(text):
        starts.append(len(text))
    return starts


@dataclass(slots=True)
class _Pieces:
    """What one text is cut into for the diff, in reading order, with their offsets.

    Unchanged, inserted and deleted lines stay whole, so that a long document is not
    cut into words (most of the diff's time) where no word is diffed; the lines the line
    diff replaced are cut into word tokens.
    """

    text: str
    words: list[str] = field(default_factory=list)
    at: list[int] = field(default_factory=list)

    def add_lines(self, starts: list[int]) -> None:
        """The lines from ``starts[0]`` to ``starts[-1]``, each a piece."""
        self.words.extend(self.text[a:b] for a, b in itertools.pairwise(starts))
        self.at.extend(starts[:-1])

    def add_tokens(self, start: int, end: int) -> list[str]:
        """The word tokens of ``text[start:end]``, each a piece (also returned).

        ``start`` and ``end`` are line bounds, so the tokens are the text's own there.
        They cover it end to end (every character is a word character, a space or
        neither), so their offsets are the running sum of their lengths: far cheaper
        than reading each match's start.
        """
        words = _TOKEN.findall(self.text, start, end)
        self.words.extend(words)
        self.at.extend(itertools.accumulate(map(len, words[:-1]), initial=start) if words else ())
        return words


def _diff(old: _Pieces, new: _Pieces) -> tuple[list[Opcode], list[tuple[int, int]]]:
    """The diff of two texts, lines first and then word tokens inside replaced lines,
    as opcodes on the pieces it cuts each text into (filled in here).

    difflib on every token of a long document is slow (tens of milliseconds for a
    45,000-character text, seconds when it was rewritten); unchanged lines are settled
    first, so only the changed runs are diffed word by word. Both are difflib's diffs,
    found faster (:class:`StringMatcher`). Also returns the new piece ranges of the
    changed lines: the word diff inside them may pair a few common words of an edited
    sentence with an unrelated one, so what was written anew is judged by line.
    """
    old_lines, new_lines = _line_starts(old.text), _line_starts(new.text)
    keys = encode(
        [old.text[a:b] for a, b in itertools.pairwise(old_lines)],
        [new.text[a:b] for a, b in itertools.pairwise(new_lines)],
    )
    ops: list[Opcode] = []
    changed: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in StringMatcher(*keys).get_opcodes():
        a, b = len(old.at), len(new.at)
        if tag == "replace":
            old_words = old.add_tokens(old_lines[i1], old_lines[i2])
            new_words = new.add_tokens(new_lines[j1], new_lines[j2])
            words = StringMatcher(*encode(old_words, new_words))
            ops.extend(
                (t, a + k1, a + k2, b + m1, b + m2) for t, k1, k2, m1, m2 in words.get_opcodes()
            )
        else:
            old.add_lines(old_lines[i1 : i2 + 1])
            new.add_lines(new_lines[j1 : j2 + 1])
            ops.append((tag, a, len(old.at), b, len(new.at)))
        if tag != "equal" and b < len(new.at):
            changed.append((b, len(new.at)))
    old.at.append(len(old.text))
    new.at.append(len(new.text))
    return ops or [("equal", 0, 0, 0, 0)], changed


class TextDiff:
    """The diff of an old and a new text, as character ranges, and the offset map it gives."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new
        old_pieces, new_pieces = _Pieces(old), _Pieces(new)
        #: difflib's opcodes, on the pieces: lines, and word tokens in replaced lines.
        self._ops, changed = _diff(old_pieces, new_pieces)
        self._old_words, self._old_at = old_pieces.words, old_pieces.at
        self._new_words, self._new_at = new_pieces.words, new_pieces.at
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
        """The old piece (a word token, or a line the line diff settled) holding character
        ``offset``, and the opcode holding that piece."""
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
        return chars >= 2 * MIN_FIRM_RUN or (
            chars >= MIN_FIRM_RUN and (i2 - i1 > 1 or len(_TOKEN.findall(self.old, a, b)) > 1)
        )  # a run of one piece may be a whole line of several words

    def own_sentence(self, start: int, end: int) -> int | None:
        """Where ``old[start:end]`` is in the new text, found by its sentence: None unless
        each text holds that sentence once.

        A quote the old text holds more than once is known by its rank among its copies,
        which edits elsewhere upset; but where its sentence is written once, the words
        around the quote tell its copy apart, as a unique quote's context does. Only
        words up to the sentence's ends count: a sentence moves on its own, so an
        identical one may take its neighbours.
        """
        old, new = self.old, self.new
        first = max(old.rfind(stop, 0, start) for stop in _SENTENCE_STOPS) + 1
        stop = _SENTENCE_STOP.search(old, max(start, end - 1))
        sentence = old[first : stop.end() if stop else len(old)]
        at = new.find(sentence)
        if at < 0 or new.find(sentence, at + 1) >= 0 or old.find(sentence, first + 1) >= 0:
            return None
        return at + start - first if old.find(sentence) == first else None

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
    old_words, new_words = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = StringMatcher(*encode(old_words, new_words))
    return [
        (tag, "".join(old_words[i1:i2]), "".join(new_words[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]
