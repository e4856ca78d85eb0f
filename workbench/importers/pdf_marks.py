"""Combining marks of right-to-left scripts, kept on the letter they were drawn for.

Hebrew points, Yiddish rafe and patah, Arabic harakat and Syriac vowels are drawn as
glyphs of their own, mostly without width. A producer places such a mark by its origin,
and that origin often falls on the edge its letter shares with the next one, or past it
(the rafe of "פֿון" sits a hair left of the pe, over the vav; the dagesh of "כּבֿוד" a
seventh of an em left of the kaf): sorted by position, the mark lands on the wrong
letter, and the gap it leaves reads as a word space (pe, vav, rafe, space, final nun).

A producer that draws a line's letters in the order they were typed (right to left on
the page) draws each mark right after its letter, as Unicode spells it, so the letter is
the one drawn just before the mark; its position only has to be near (half an em). A
producer that draws the letters left to right, as seen (Word), draws a mark *before* its
letter, so there the mark is left to be placed by its position, as before. Where the
drawing order shows neither (a lone letter), the mark is joined to the letter drawn
before it only when its origin lies on that letter, within a tenth of an em.

Only marks over right-to-left letters are joined: left-to-right producers such as TeX
draw an accent *before* its letter.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.importers.pdf_runs import Glyph

#: How far (in font sizes) a mark's origin may lie outside the letter drawn before it,
#: where the drawing order is the typing order, and where it is not known.
TYPED_REACH_EMS = 0.5
REACH_EMS = 0.1
_MARKS = frozenset({"Mn", "Me"})
#: The blocks of right-to-left scripts with combining marks (Hebrew to Arabic Extended,
#: and the Hebrew point of the presentation forms): a page without any has none to join.
_ANY_MARK = re.compile("[\u0591-\u08ff\ufb1e]")
_RTL_LETTERS = frozenset({"R", "AL"})


@cache
def _mark_text(text: str) -> bool:
    """Whether a glyph's text is combining marks only (cached: a page repeats a few dozen
    texts thousands of times)."""
    return bool(text) and all(unicodedata.category(char) in _MARKS for char in text)


def _rtl_letter(glyph: Glyph | None, line: Glyph) -> bool:
    """A right-to-left letter (perhaps carrying marks already) on ``line``'s line."""
    return (
        glyph is not None
        and unicodedata.bidirectional(glyph.text[:1]) in _RTL_LETTERS
        and abs(glyph.top - line.top) < 0.5 * line.size
    )


def _drawn_as_typed(before: Glyph | None, letter: Glyph, after: Glyph | None) -> bool | None:
    """Whether the letters around ``letter`` were drawn right to left, as typed (True),
    or left to right, as seen (False); None where no letter beside it tells."""
    reach = REACH_EMS * letter.size
    if _rtl_letter(after, letter):
        assert after is not None
        return after.x1 <= letter.x0 + reach
    if _rtl_letter(before, letter):
        assert before is not None
        return letter.x1 <= before.x0 + reach
    return None


def with_marks(glyphs: list[Glyph]) -> list[Glyph]:
    """Glyphs in drawing order, each right-to-left mark joined to the letter drawn just
    before it where it belongs there (module docstring). The letter keeps its box,
    widened by the mark's only if the mark has width of its own (Thaana vowel signs in
    some fonts take room)."""
    if not _ANY_MARK.search("".join(glyph.text for glyph in glyphs)):
        return glyphs
    marks = [index for index, glyph in enumerate(glyphs) if _mark_text(glyph.text)]
    if not marks:
        return glyphs
    is_mark = set(marks)
    out: list[Glyph] = []
    start = 0
    for index in marks:
        out.extend(glyphs[start:index])
        start = index + 1
        glyph, letter = glyphs[index], out[-1] if out else None
        if letter is None or not _rtl_letter(letter, glyph):
            out.append(glyph)
            continue
        following = index + 1
        while following in is_mark:
            following += 1
        after = glyphs[following] if following < len(glyphs) else None
        typed = _drawn_as_typed(out[-2] if len(out) > 1 else None, letter, after)
        reach = (TYPED_REACH_EMS if typed else REACH_EMS) * max(letter.size, glyph.size)
        if typed is False or not letter.x0 - reach <= glyph.x0 <= letter.x1 + reach:
            out.append(glyph)
            continue
        widens = glyph.x1 > glyph.x0
        out[-1] = letter._replace(
            text=letter.text + glyph.text,
            x0=min(letter.x0, glyph.x0) if widens else letter.x0,
            x1=max(letter.x1, glyph.x1) if widens else letter.x1,
        )
    out.extend(glyphs[start:])
    return out
