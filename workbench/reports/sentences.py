"""The sentence around a claim, for the report's claim cards: context, not the whole article.

A full segmenter (ICU, UAX #29) is a large dependency for one job that tolerates a rare
miss, so this finds sentence ends with the rules that hold across scripts:

- a line break always ends a sentence (headlines, list items, PDF lines with no full stop);
- a sentence terminator of any script (Latin full stop, ``!``, ``?`` and ellipsis; the
  Arabic question mark and full stop; the Devanagari danda; Ethiopic, Armenian, Myanmar
  and Greek ones) followed by closing quotes or brackets and then whitespace ends one;
- the ideographic full stop and the full-width ``!``, ``?`` and ``.`` of CJK text end one
  even without a space, since those scripts put none;
- a full stop after a single letter or a common abbreviation ("U.S.", "Dr.", "e.g.") does
  not, nor one between digits ("3.5"), since no space follows it.

A sentence longer than :data:`MAX_SIDE` characters on either side of the quote is cut at
a word boundary and marked with an ellipsis, so a paragraph without punctuation cannot
turn a card back into a page of article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Characters that end a sentence when whitespace follows.
TERMINATORS = (
    ".!?\u2026\u203c\u203d\u2047\u2048\u2049\u061f\u06d4\u0964\u0965\u1362\u0589\u104a\u104b\u037e"
)
#: Terminators that end a sentence with no space after them (CJK and full-width forms).
SPACELESS = "\u3002\uff01\uff1f\uff0e\uff61"
#: Closing punctuation that may sit between a terminator and the space after it.
CLOSERS = "\"')]}\u2019\u201d\u00bb\u203a\u300d\u300f\uff09\u3011"
#: Characters of context kept on each side of the quote at most.
MAX_SIDE = 280
ELLIPSIS = "…"
#: How far either way a sentence end is looked for: past the trim, plus closing marks.
SEARCH = MAX_SIDE + 8

_END = re.compile(
    f"(?:[{re.escape(TERMINATORS)}][{re.escape(CLOSERS)}]*(?=\\s)"
    f"|[{re.escape(SPACELESS)}][{re.escape(CLOSERS)}]*"
    "|\\n)"
)
_ABBREVIATIONS = frozenset(
    (
        *("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "eg", "ie", "no"),
        *("nos", "fig", "vol", "approx", "gen", "col", "lt", "sgt", "gov", "sen", "rep"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("inc", "ltd", "co", "corp", "dept", "est"),
    )
)
_WORD_BEFORE = re.compile(r"(\w+)\.$")


@dataclass(frozen=True, slots=True)
class Context:
    """A quote in its sentence: ``before`` + ``quote`` + ``after`` reads as the article does."""

    before: str
    quote: str
    after: str


def _is_abbreviation(text: str, end: int) -> bool:
    """True if the full stop just before ``end`` closes an abbreviation, not a sentence."""
    if text[end - 1] != ".":
        return False
    found = _WORD_BEFORE.search(text, max(0, end - 12), end)
    if found is None:
        return False
    word = found.group(1)
    return (len(word) == 1 and word.isalpha()) or word.casefold() in _ABBREVIATIONS


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins, or a point more than :data:`MAX_SIDE`
    back (the context is trimmed to that anyway, so looking further is wasted work)."""
    window_start = max(0, start - SEARCH)
    begin = window_start
    for match in _END.finditer(text, window_start, start):
        if not _is_abbreviation(text, match.end()):
            begin = match.end()
    return begin


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence holding ``end`` ends (its terminator included), searched as far
    as the trimmed context reaches."""
    limit = min(len(text), end + SEARCH)
    if end > 0 and end <= limit and _END.match(text, end - 1) and text[end - 1] != "\n":
        return end  # the quote ends on its sentence's terminator
    for match in _END.finditer(text, end, limit):
        if not _is_abbreviation(text, match.end()):
            return match.start() if match.group() == "\n" else match.end()
    return limit


def _trim_left(text: str) -> str:
    if len(text) <= MAX_SIDE:
        return text
    cut = text[-MAX_SIDE:]
    space = cut.find(" ")
    return ELLIPSIS + (cut[space + 1 :] if 0 <= space < MAX_SIDE // 4 else cut)


def _trim_right(text: str) -> str:
    if len(text) <= MAX_SIDE:
        return text
    cut = text[:MAX_SIDE]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_SIDE * 3 // 4 else cut) + ELLIPSIS


def context(text: str, start: int, end: int) -> Context:
    """The sentence(s) of ``text`` holding ``text[start:end]``, trimmed to a readable size."""
    begin = _sentence_start(text, start)
    finish = max(end, _sentence_end(text, end))
    before = text[begin:start].lstrip()
    after = text[end:finish].rstrip()
    return Context(
        before=_trim_left(before),
        quote=text[start:end],
        after=_trim_right(after),
    )
