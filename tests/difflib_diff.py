"""The versions diff as difflib alone computes it: a reference for tests and benchmarks."""

from __future__ import annotations

import difflib
import itertools
import re

from workbench.core.versioning_diff import Change


def difflib_changes(old: str, new: str) -> list[Change]:
    """The changes of the versions diff found the plain way: difflib on the word tokens of
    the whole texts, lines first, then word by word inside replaced lines.

    The reference the fast diff (:class:`~workbench.core.versioning_diff.TextDiff`) must
    equal, and the baseline its speed is measured against.
    """
    token = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")
    old_words, new_words = token.findall(old), token.findall(new)
    old_at = list(itertools.accumulate(map(len, old_words), initial=0))
    new_at = list(itertools.accumulate(map(len, new_words), initial=0))

    def line_starts(words: list[str]) -> list[int]:
        starts = [0, *(index + 1 for index, word in enumerate(words) if "\n" in word)]
        return starts if starts[-1] == len(words) else [*starts, len(words)]

    old_lines, new_lines = line_starts(old_words), line_starts(new_words)
    keys = [
        ["".join(words[a:b]) for a, b in itertools.pairwise(lines)]
        for words, lines in ((old_words, old_lines), (new_words, new_lines))
    ]
    changes = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, *keys, autojunk=False).get_opcodes():
        a1, a2, b1, b2 = old_lines[i1], old_lines[i2], new_lines[j1], new_lines[j2]
        ops = [(tag, a1, a2, b1, b2)]
        if tag == "replace":
            words = difflib.SequenceMatcher(
                None, old_words[a1:a2], new_words[b1:b2], autojunk=False
            )
            ops = [
                (t, a1 + k1, a1 + k2, b1 + m1, b1 + m2) for t, k1, k2, m1, m2 in words.get_opcodes()
            ]
        changes.extend(
            Change(
                t,
                old_at[k1],
                old_at[k2],
                new_at[m1],
                new_at[m2],
                old[old_at[k1] : old_at[k2]],
                new[new_at[m1] : new_at[m2]],
            )
            for t, k1, k2, m1, m2 in ops
            if t != "equal"
        )
    return changes
