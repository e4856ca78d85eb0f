"""Snapping a selection to whole words in every script, and moving a span by a word."""

from __future__ import annotations

import pytest

from workbench.core.word_bounds import (
    next_word_end,
    next_word_start,
    previous_word_end,
    previous_word_start,
    snap_to_words,
)

TEXT = (
    'We saw the first film (in 1,000 cinemas), he said. "It\'s big," 👨‍👩‍👧 fam 👍🏽!\n'
    "第二行中文 Привет мир שלום עולם مرحبا بالعالم café 🇺🇦🇫🇷\n"
)


def snapped(first: str, last: str, *, into: int = 1, last_into: int = 1) -> str:
    """Snap a selection from inside ``first`` to inside ``last`` (like a sloppy drag)."""
    start = TEXT.index(first) + into
    end = TEXT.index(last) + last_into
    a, b = snap_to_words(TEXT, start, end)
    return TEXT[a:b]


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("the first", "film", "the first film"),  # the case: "he first film"
        ("film", "1,000", "film (in 1,000"),  # a number with a separator is one word
        ("Привет", "мир", "Привет мир"),
        ("שלום", "עולם", "שלום עולם"),
        ("مرحبا", "بالعالم", "مرحبا بالعالم"),
        ("It's", "big", "It's big"),  # the apostrophe joins; the opening quote stays out
    ],
)
def test_a_sloppy_drag_becomes_whole_words(first: str, last: str, expected: str) -> None:
    assert snapped(first, last) == expected


def test_chinese_keeps_its_own_ends() -> None:
    assert snapped("二", "中", into=0) == "二行中"


def test_emoji_sequences_and_flags_are_never_cut() -> None:
    assert snapped("👨", "fam") == "👨\u200d👩\u200d👧 fam"
    start = TEXT.index("👍")
    assert TEXT[slice(*snap_to_words(TEXT, start, start + 1))] == "👍🏽"
    flags = TEXT.index("🇺")
    assert TEXT[slice(*snap_to_words(TEXT, flags + 1, flags + 3))] == "🇺🇦🇫🇷"


def test_combining_accents_stay_on_their_letter() -> None:
    text = "the cafe\u0301 opened"
    start = text.index("e\u0301")
    assert text[slice(*snap_to_words(text, start + 1, start + 2))] == "cafe\u0301"


def test_punctuation_and_spaces_are_trimmed_but_brackets_stay_balanced() -> None:
    start = TEXT.index("(") - 1  # from the space before "(in"
    end = TEXT.index(")") - 3  # to inside "cinemas"
    assert TEXT[slice(*snap_to_words(TEXT, start, end))] == "(in 1,000 cinemas)"
    start = TEXT.index("said") - 2
    end = TEXT.index("It's") + 1
    assert TEXT[slice(*snap_to_words(TEXT, start, end))] == "he said. \"It's"


def test_no_line_break_is_crossed_and_nothing_is_empty() -> None:
    end_of_line = TEXT.index("\n")
    a, b = snap_to_words(TEXT, end_of_line - 1, end_of_line + 1)
    assert "\n" not in TEXT[a:b]
    assert snap_to_words(TEXT, 3, 3) == (3, 3)
    space = TEXT.index(" ")
    assert snap_to_words(TEXT, space, space + 1) == (space + 1, space + 1)


def test_moving_an_edge_by_one_word() -> None:
    text = "the first film, he said"
    assert previous_word_start(text, text.index("first")) == 0
    assert next_word_start(text, 0) == text.index("first")
    assert next_word_end(text, len("the")) == len("the first")
    assert previous_word_end(text, len("the first")) == len("the")
    assert next_word_end(text, text.index(",")) == text.index(", he") + 4
    assert previous_word_start(text, 0) == 0
    assert next_word_end(text, len(text)) == len(text)
