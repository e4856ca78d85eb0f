"""Snap a selection to whole words, for any script, without a dictionary.

A drag that starts inside "the" must not make a claim that starts "he first film…", so a
selection is widened to the words it touches, then trimmed of the spaces and punctuation
a hand drags along by accident. The rule is a small, pure-Python cut of Unicode's word
boundaries (UAX #29): letters, digits and combining marks of every alphabet (Latin,
Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul, Katakana...) form words; Han and
Hiragana characters and the scripts written without spaces and segmented by dictionary
elsewhere (Thai, Lao, Khmer, Myanmar) are words of one character each, so a selection
in Chinese keeps its own ends. Emoji sequences (skin tones, ZWJ families, flags) are
never cut. A line break is never crossed.
"""

from __future__ import annotations

import unicodedata

#: Scripts written without spaces: each character counts as a word of its own here.
_UNSPACED = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x309F),  # Hiragana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3FFFF),  # CJK extensions B and later
)
#: Joiners inside a word when letters or digits stand on both sides ("don't", "3.5", צה״ל).
_LETTER_JOINERS = frozenset("'\u2019\u05f3\u05f4\u00b7")
_DIGIT_JOINERS = frozenset(".,'\u2019\u066b\u066c")
_ZWJ = "\u200d"
#: Pieces that cling to the character before them (grapheme extenders).
_EXTENDERS = frozenset({"\u200c", _ZWJ}) | frozenset(chr(c) for c in range(0xFE00, 0xFE10))
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_TAGS = range(0xE0020, 0xE0080)
_FLAG_LETTERS = range(0x1F1E6, 0x1F200)

#: Opening and closing quotes and brackets, paired, so a snapped span keeps them balanced.
PAIRS = {
    "(": ")",
    "[": "]",
    "{": "}",
    "\u201c": "\u201d",
    "\u2018": "\u2019",
    "\u00ab": "\u00bb",
    "\u2039": "\u203a",
    "\u201e": "\u201c",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
    "\uff08": "\uff09",
    '"': '"',
}
_CLOSERS = {close: open_ for open_, close in PAIRS.items() if open_ != close}
#: Dropped from the front of a span: spaces and punctuation that only ends or joins.
_LEADING_JUNK = frozenset(
    ",;:.!?\u2026\u2014\u2013-\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u060c\u061b\u061f"
)
#: Dropped from the end: spaces and punctuation that joins; a full stop, "?" or "%" stays.
_TRAILING_JUNK = frozenset(",;:\u2014\u2013-\u3001\uff0c\uff1b\uff1a\u060c\u061b")


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start..end`` widened to whole words and trimmed; an empty span when nothing is left.

    Offsets are code points into ``text``. The result never spans more lines than the
    selection did, and an opening quote or bracket is kept only with its closer.
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if start >= end:
        return start, start
    start, end = _trim(text, start, end)
    if start >= end:
        return start, start
    start, end = word_start(text, start), word_end(text, end)
    return balance(text, *_trim(text, start, end))


def trim_space(text: str, start: int, end: int) -> tuple[int, int]:
    """``start..end`` without the white space at either end (an exact selection's rule)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def word_start(text: str, offset: int) -> int:
    """``offset`` moved back to the start of the word (or emoji) it falls inside."""
    offset = _grapheme_start(text, offset)
    while 0 < offset < len(text) and _joined(text, offset):
        offset = _grapheme_start(text, offset - 1)
    return offset


def word_end(text: str, offset: int) -> int:
    """``offset`` moved on to the end of the word (or emoji) it falls inside."""
    offset = _grapheme_end(text, offset)
    while 0 < offset < len(text) and _joined(text, offset):
        offset = _grapheme_end(text, offset + 1)
    return offset


def next_word_start(text: str, offset: int) -> int:
    """The start of the next word after ``offset`` (for moving a span's edge by a word)."""
    offset = word_end(text, min(offset + 1, len(text))) if offset < len(text) else offset
    while offset < len(text) and not _wordish(text[offset]):
        offset += 1
    return offset


def previous_word_start(text: str, offset: int) -> int:
    """The start of the word before ``offset``."""
    offset = max(offset - 1, 0)
    while offset > 0 and not _wordish(text[offset]):
        offset -= 1
    return word_start(text, offset)


def next_word_end(text: str, offset: int) -> int:
    """The end of the word after ``offset``."""
    offset = min(offset, len(text))
    while offset < len(text) and not _wordish(text[offset]):
        offset += 1
    return word_end(text, min(offset + 1, len(text)))


def previous_word_end(text: str, offset: int) -> int:
    """The end of the word before ``offset`` (for shrinking a span from its end)."""
    offset = word_start(text, max(offset - 1, 0))
    while offset > 0 and not _wordish(text[offset - 1]):
        offset -= 1
    return offset


def balance(text: str, start: int, end: int) -> tuple[int, int]:
    """Keep quotes and brackets at the span's ends paired, taking a closer just outside.

    An opener whose closer is neither inside nor right after the span is dropped, as is
    an unpaired closer at the end; a line break is never crossed.
    """
    for _ in range(2):  # a quote inside a bracket: two rounds settle both
        if start >= end:
            break
        first, last = text[start], text[end - 1]
        if first in PAIRS and not _has_closer(text[start + 1 : end], first):
            if end < len(text) and text[end] == PAIRS[first]:
                end += 1
            else:
                start += 1
        elif last in _CLOSERS and _CLOSERS[last] not in text[start : end - 1]:
            if start > 0 and text[start - 1] == _CLOSERS[last]:
                start -= 1
            else:
                end -= 1
        start, end = trim_space(text, start, end)
    return start, end


def _has_closer(inside: str, opener: str) -> bool:
    closer = PAIRS[opener]
    if opener == closer:
        return inside.count(closer) % 2 == 1
    return inside.count(closer) > inside.count(opener)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _LEADING_JUNK):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING_JUNK):
        end -= 1
    return start, end


def _wordish(ch: str) -> bool:
    """A letter, digit or mark of any script (what words are made of)."""
    return unicodedata.category(ch)[0] in "LNM"


def _unspaced(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _UNSPACED)


def _joined(text: str, offset: int) -> bool:
    """True when the characters either side of ``offset`` belong to one word."""
    before, after = text[offset - 1], text[offset]
    if _wordish(before) and _wordish(after):
        if unicodedata.category(after).startswith("M"):
            return True
        return not (_unspaced(before) or _unspaced(after))
    if before in _LETTER_JOINERS | _DIGIT_JOINERS and offset >= 2 and _wordish(after):
        previous = text[offset - 2]
        joiners = _DIGIT_JOINERS if previous.isdigit() and after.isdigit() else _LETTER_JOINERS
        return before in joiners and _wordish(previous) and not _unspaced(previous)
    if after in _LETTER_JOINERS | _DIGIT_JOINERS and offset + 1 < len(text):
        following = text[offset + 1]
        joiners = _DIGIT_JOINERS if before.isdigit() and following.isdigit() else _LETTER_JOINERS
        return after in joiners and _wordish(before) and _wordish(following)
    return False


def _clings(text: str, offset: int) -> bool:
    """True when the character at ``offset`` belongs to the grapheme before it."""
    if offset <= 0 or offset >= len(text):
        return False
    ch, code = text[offset], ord(text[offset])
    if ch in _EXTENDERS or code in _SKIN_TONES or code in _TAGS or text[offset - 1] == _ZWJ:
        return True
    if unicodedata.category(ch).startswith("M") and not _wordish(text[offset - 1]):
        return True  # a combining mark on a symbol (keycaps: "1️⃣")
    if code in _FLAG_LETTERS:  # flags are pairs of regional indicators
        run = 0
        while offset - run - 1 >= 0 and ord(text[offset - run - 1]) in _FLAG_LETTERS:
            run += 1
        return run % 2 == 1
    return False


def _grapheme_start(text: str, offset: int) -> int:
    while _clings(text, offset):
        offset -= 1
    return offset


def _grapheme_end(text: str, offset: int) -> int:
    while _clings(text, offset):
        offset += 1
    return offset
