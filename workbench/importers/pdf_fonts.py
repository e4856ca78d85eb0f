"""Fonts whose text mapping cannot be right (runs in the parser process).

A PDF font maps each glyph it draws to the text it stands for (its ToUnicode map). Some
producers write a wrong map: the page looks right, but the text read from it is other
letters ("الإنسخن" for "الإنسان"), and no extractor can do better. Such a map gives itself
away by how many different glyphs it sends to one character. A font has one space glyph
(two at most, with the no-break space drawn alike), and a letter has at most four shapes
(an Arabic letter's isolated, initial, medial and final forms); a map that sends dozens of
glyphs to the space and eight to one letter has lost track of its glyphs. Measured on
the fidelity benchmark's 23 documents: the two fonts of the one slide whose text comes
out as wrong letters send 22 and 32 glyphs to the space, and 7 and 8 to one letter;
every other font there and in the shared corpus sends at most two glyphs to the space
and at most four to a letter.
"""

from __future__ import annotations

from collections import Counter

from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdftypes import dict_value, resolve1

#: More glyphs than this mapped to the space, or to one letter, is a broken map.
SPACE_GLYPHS, LETTER_GLYPHS = 3, 6


def broken_map(font: PDFFont) -> bool:
    """Whether ``font``'s ToUnicode map sends too many glyphs to one character."""
    mapping = getattr(getattr(font, "unicode_map", None), "cid2unichr", None)
    if not isinstance(mapping, dict):
        return False
    counts = Counter(mapping.values())
    if counts.get(" ", 0) > SPACE_GLYPHS:
        return True
    return any(
        n > LETTER_GLYPHS and len(text) == 1 and text.isalpha() for text, n in counts.items()
    )


def broken_fonts(resources: object, manager: PDFResourceManager) -> frozenset[str]:
    """Names of the fonts in a page's resources whose map is broken. Fonts of form
    XObjects inside the page are not looked at (their glyphs are rare in articles)."""
    fonts = dict_value(resolve1(dict_value(resources).get("Font", {})))
    names = set()
    for spec in fonts.values():
        font = manager.get_font(getattr(spec, "objid", None), dict_value(spec))
        if broken_map(font):
            names.add(font.fontname)
    return frozenset(names)
