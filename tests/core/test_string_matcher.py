"""The fast diff gives difflib's own results: matcher, encoding, and the versions diff."""

from __future__ import annotations

import difflib
import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.string_matcher import StringMatcher, encode
from workbench.core.versioning_diff import Change, TextDiff

#: Texts made of few distinct words, so that long repeats and ties are common.
_WORDS = [
    "the ",
    "cat ",
    "sat.",
    " ",
    "\n",
    "\n\n",
    "on ",
    "mat ",
    "😀 ",
    "東京 ",
    "שלום ",
    ",",
    "a",
]
texts = st.lists(st.sampled_from(_WORDS), max_size=60).map("".join)
letters = st.text(alphabet="abcab\n", max_size=40)


def _difflib(a: str, b: str) -> difflib.SequenceMatcher[str]:
    return difflib.SequenceMatcher(None, a, b, autojunk=False)


@settings(max_examples=400)
@given(letters, letters)
def test_the_matcher_finds_difflibs_blocks_opcodes_and_ratio(a: str, b: str) -> None:
    fast, slow = StringMatcher(a, b), _difflib(a, b)
    assert fast.get_matching_blocks() == slow.get_matching_blocks()
    assert fast.get_opcodes() == slow.get_opcodes()
    assert fast.ratio() == slow.ratio()
    assert fast.quick_ratio() == slow.quick_ratio()


@settings(max_examples=300)
@given(letters, letters, st.integers(min_value=2, max_value=5))
def test_a_least_size_keeps_exactly_difflibs_blocks_of_that_size(
    a: str, b: str, least: int
) -> None:
    blocks = StringMatcher(a, b, least=least).get_matching_blocks()
    assert blocks[:-1] == [m for m in _difflib(a, b).get_matching_blocks() if m.size >= least]
    assert blocks[-1] == (len(a), len(b), 0)


def test_edge_cases_match_difflib() -> None:
    cases = [
        ("", ""),
        ("", "abc"),
        ("abc", ""),
        ("abc", "xyz"),  # nothing in common
        ("aaaa", "aaaaaaa"),  # all repeated
        ("😀👍🏽😀", "👍🏽😀"),  # emoji, with a modifier
        ("東京都の人口", "東京の人口は"),  # CJK
        ("שלום עולם", "עולם שלום"),  # right to left
    ]
    for a, b in cases:
        assert StringMatcher(a, b).get_opcodes() == _difflib(a, b).get_opcodes(), (a, b)


def test_encoding_keeps_equal_items_equal_and_others_apart() -> None:
    old, new = encode(["the ", "cat ", "the "], ["cat ", "dog ", "the "])
    assert old == "\x00\x01\x00" and new == "\x01\x02\x00"
    assert encode([], []) == ("", "")


def _reference_changes(old: str, new: str) -> list[Change]:
    """The diff as it was before the fast matcher: difflib on word tokens, lines first."""
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


@settings(max_examples=300)
@given(texts, texts)
def test_the_versions_diff_is_difflibs_word_diff(old: str, new: str) -> None:
    assert TextDiff(old, new).changes() == _reference_changes(old, new)


def test_edge_texts_diff_as_difflib_does() -> None:
    cases = [
        ("", ""),
        ("", "One line.\nTwo lines.\n"),
        ("One line.\nTwo lines.\n", ""),
        ("Nothing alike here.", "完全不同的文字。"),
        ("Same.\n" * 5, "Same.\n" * 7),  # all lines repeated
        ("  \n\n  Indented.\n \n", "\n  Indented!\n\n"),  # white space around breaks
        ("Salut 👋🏽 le monde.\nשלום עולם\n", "Salut 👋 le monde.\nעולם שלום\n"),
    ]
    for old, new in cases:
        assert TextDiff(old, new).changes() == _reference_changes(old, new), (old, new)


def test_a_short_line_of_words_kept_between_edits_carries_its_ends_exactly() -> None:
    """A line the line diff kept whole is one piece; it still counts as several words."""
    old = "First line was here.\nGo on now\nLast line was here.\n"
    new = "First line is new.\nGo on now\nLast line is new too.\n"
    diff = TextDiff(old, new)
    assert diff.map_start(old.index("on now")) == (new.index("on now"), True)
    assert diff.map_end(old.index("\nLast")) == (new.index("\nLast"), True)
