"""What a PDF line's characters need because of their script: direction, spacing, forms.

A PDF draws glyphs where they are seen, so right-to-left text (Arabic, Persian, Hebrew)
comes out of a left-to-right sort in *visual* order, backwards. Reading it in logical
order, as typed, is what makes a quote searchable and citable. The rules kept here:

- A line is right-to-left when its strong right-to-left letters outnumber its strong
  left-to-right ones (Unicode bidi classes R and AL against L).
- In such a line glyphs are taken right to left; runs of left-to-right text inside it
  (Latin words, numbers such as "2024" or "3.5") keep their own left-to-right order, and
  paired brackets are mirrored, as the bidi algorithm displays them.
- Presentation forms (Arabic contextual shapes, Hebrew points precomposed for fonts) are
  spelled with their base letters, so a search for the letters finds them.
- Chinese, Japanese and Korean glyphs are set without spaces: the gap between two
  ideographs or kana is type, never a word space.
- Symbol-font bullets that some producers map into the private use area show as boxes;
  they become a real bullet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: Private-use code points that Symbol and Wingdings fonts use for list bullets.
PRIVATE_BULLETS = {
    0xF0B7: "\u2022",  # Symbol bullet
    0xF0A7: "\u25aa",  # Wingdings small square
    0xF0A8: "\u25aa",
    0xF06E: "\u25aa",
    0xF0FC: "\u2713",  # Wingdings check mark
    0xF0D8: "\u27a2",  # Wingdings arrowhead
    0xF076: "\u2756",  # Wingdings diamonds
    0xF02D: "-",
    0xF0BE: "\u2014",
}
#: Paired brackets, swapped when a right-to-left run is turned into logical order.
MIRRORED = str.maketrans("()[]{}<>\u00ab\u00bb", ")(][}{><\u00bb\u00ab")
_RTL_CLASSES = frozenset({"R", "AL"})
#: The Unicode blocks of right-to-left scripts (Hebrew to Arabic Extended, presentation
#: forms, and the historic and Adlam blocks of the supplementary planes).
_RTL_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
#: Characters :func:`plain_letters` may rewrite.
_REWRITTEN = re.compile("[\ufb1d-\ufdff\ufe70-\ufeff\uf000-\uf0ff]")
#: Characters that keep left-to-right order inside a right-to-left line: strong
#: left-to-right letters and digits.
_LTR_CLASSES = frozenset({"L", "EN", "AN"})
#: Characters that sit inside a left-to-right run when flanked by its characters on both
#: sides ("3.5", "2020-21", "U.S. Army").
_RUN_JOINERS = frozenset({"CS", "ES", "ET", "WS", "ON"})


def direction(texts: Iterable[str]) -> str:
    """Whether strong right-to-left letters outnumber left-to-right ones: "rtl" or "ltr".

    Text without a character of a right-to-left block is settled by one regex search.
    """
    text = "".join(texts)
    if not _RTL_BLOCKS.search(text):
        return "ltr"
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            rtl += 1
        elif kind == "L":
            ltr += 1
    return "rtl" if rtl > ltr else "ltr"


def restore_ltr_runs(text: str) -> str:
    """A right-to-left line read right to left has its embedded left-to-right runs
    backwards ("nohtyP", "4202"); put each such run back in order, and mirror the
    brackets outside them.

    A Latin word touching a right-to-left letter is parted from it by a space: word
    processors draw the space between the two directions at the far end of the run, so
    the glyphs touch although the text had a space there.
    """
    classes = [unicodedata.bidirectional(char) for char in text]
    out: list[str] = []
    index = 0
    while index < len(text):
        if classes[index] not in _LTR_CLASSES:
            out.append(text[index].translate(MIRRORED))
            index += 1
            continue
        end = index
        probe = index
        while probe < len(text) and (
            classes[probe] in _LTR_CLASSES or classes[probe] in _RUN_JOINERS
        ):
            if classes[probe] in _LTR_CLASSES:
                end = probe
            probe += 1
        run = text[index : end + 1][::-1]
        latin = "L" in classes[index : end + 1]
        if latin and out and unicodedata.bidirectional(out[-1][-1:] or " ") in _RTL_CLASSES:
            run = " " + run
        if latin and end + 1 < len(text) and classes[end + 1] in _RTL_CLASSES:
            run += " "
        out.append(run)
        index = end + 1
    return "".join(out)


def _presentation_form(code: int) -> bool:
    return 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def plain_letters(text: str) -> str:
    """Presentation forms spelled with their base letters, symbol bullets as bullets."""
    if not _REWRITTEN.search(text):
        return text
    out = []
    for char in text:
        code = ord(char)
        if code in PRIVATE_BULLETS:
            out.append(PRIVATE_BULLETS[code])
        elif _presentation_form(code):
            out.append(unicodedata.normalize("NFKC", char))
        else:
            out.append(char)
    return "".join(out)


def is_cjk(char: str) -> bool:
    """A Han ideograph, kana, or CJK/full-width punctuation: set without word spaces.

    Hangul is left out on purpose: Korean separates its words with spaces.
    """
    code = ord(char) if char else 0
    return (
        0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x3400 <= code <= 0x4DBF  # Han extension A
        or 0x4E00 <= code <= 0x9FFF  # Han
        or 0xF900 <= code <= 0xFAFF  # Han compatibility
        or 0xFF00 <= code <= 0xFF60  # full-width forms
        or 0x20000 <= code <= 0x3FFFF  # Han extensions B and later
    )


def private_use(text: str) -> int:
    """How many characters are in the private use area (glyphs with no real meaning)."""
    return sum(1 for char in text if 0xE000 <= ord(char) <= 0xF8FF)


#: Punctuation that closes a sentence or clause, drawn at the right end of a right-to-left
#: line, then spaces: what a line read from the right starts with when its producer set
#: the paragraph left to right (:func:`closing_marks_last`).
_LEADING_CLOSERS = re.compile(r"^([.,;:!?\u060c\u061b\u061f]+)\s*(?=\w)")


def closing_marks_last(text: str) -> str:
    """A right-to-left line read from the right, with the full stop or comma that ends it
    put back at its end. A producer that sets a right-to-left paragraph with a
    left-to-right base direction (an HTML page without ``dir="rtl"`` printed to PDF)
    draws the line's closing punctuation at its right end, as the bidirectional
    algorithm places it there; read from the right it would open the line (".היות").
    No line of text opens with a full stop or a comma, so the move is safe.
    """
    match = _LEADING_CLOSERS.match(text)
    if match is None:
        return text
    return text[match.end() :] + match.group(1)
