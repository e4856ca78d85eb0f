"""Korean line ends: a space between two words, none inside one.

Korean separates its words with spaces, but Korean type is often broken between any two
syllables, so a line can end inside a word ("권리" + "를"). Joining every line end with a
space splits such words; joining none glues real words. No word list is needed to tell
the two apart: the document itself says, from the text inside its lines, how its words
are spelled and which syllables end or begin them.

- If the two halves joined occur as one word elsewhere in the document, and one of the
  halves never stands alone, the line end is inside a word.
- If both halves occur as words of their own, it is between words.
- Otherwise the syllables decide: how often the last syllable before the line end is
  followed by a space inside lines, and how often the first syllable after it follows
  one. The line end is inside a word when the odds of both together are against a space
  (a syllable such as "를" or "다" hardly ever begins a word).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: Hangul syllables (precomposed), the units the rule counts.
SYLLABLES = re.compile("[\uac00-\ud7a3]+")
_LAST_WORD = re.compile("[\uac00-\ud7a3]+$")


class KoreanLineEnds:
    """Whether a line end between two Hangul syllables is inside a word (module
    docstring), learnt from one document's lines."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.words: Counter[str] = Counter()
        #: Per syllable: how often it is followed by another one / by anything else.
        self.inside: Counter[str] = Counter()
        self.ending: Counter[str] = Counter()
        #: Per syllable: how often it follows another one / follows anything else.
        self.within: Counter[str] = Counter()
        self.starting: Counter[str] = Counter()
        for line in lines:
            self._learn(line)

    def _learn(self, line: str) -> None:
        runs = list(SYLLABLES.finditer(line))
        for index, run in enumerate(runs):
            word = run.group()
            if 0 < index < len(runs) - 1:  # a line's first and last words may be halves
                self.words[word] += 1
            if run.end() < len(line):
                self.ending[word[-1]] += 1
            if run.start() > 0:
                self.starting[word[0]] += 1
            self.inside.update(word[:-1])
            self.within.update(word[1:])

    def joins(self, line: str, following: str) -> bool:
        """Whether ``line`` ends inside a word that ``following`` goes on with."""
        last = _LAST_WORD.search(line)
        first = SYLLABLES.match(following)
        if last is None or first is None:
            return False
        head, tail = last.group(), first.group()
        alone = self.words[head] > 0, self.words[tail] > 0
        if self.words[head + tail] and not all(alone):
            return True
        if all(alone):
            return False
        # Laplace-smoothed chances of a space after the last syllable, before the first.
        after = (self.ending[head[-1]] + 1) / (self.ending[head[-1]] + self.inside[head[-1]] + 2)
        before = (self.starting[tail[0]] + 1) / (self.starting[tail[0]] + self.within[tail[0]] + 2)
        return after * before < (1 - after) * (1 - before)


def korean_line_ends(lines: list[str]) -> KoreanLineEnds | None:
    """The rule learnt from a document's lines, or None where they hold no Korean (one
    search per line, so other scripts pay next to nothing)."""
    if not any(SYLLABLES.search(line) for line in lines):
        return None
    return KoreanLineEnds(lines)
