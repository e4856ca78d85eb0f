"""The fast diff gives difflib's own results: matcher, encoding, and the versions diff."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.difflib_diff import difflib_changes
from workbench.core.string_matcher import StringMatcher, encode
from workbench.core.versioning_diff import TextDiff

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


@settings(max_examples=300)
@given(texts, texts)
def test_the_versions_diff_is_difflibs_word_diff(old: str, new: str) -> None:
    assert TextDiff(old, new).changes() == difflib_changes(old, new)


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
        assert TextDiff(old, new).changes() == difflib_changes(old, new), (old, new)


def test_a_short_line_of_words_kept_between_edits_carries_its_ends_exactly() -> None:
    """A line the line diff kept whole is one piece; it still counts as several words."""
    old = "First line was here.\nGo on now\nLast line was here.\n"
    new = "First line is new.\nGo on now\nLast line is new too.\n"
    diff = TextDiff(old, new)
    assert diff.map_start(old.index("on now")) == (new.index("on now"), True)
    assert diff.map_end(old.index("\nLast")) == (new.index("\nLast"), True)
