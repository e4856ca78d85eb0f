"""Page furniture: the running heads, feet and page numbers that a PDF repeats on its pages.

They are lines near the top or bottom edge whose text, with numbers masked, recurs on
several pages, or that are a bare page number. Finding them needs every page at once, and
both the text assembly (which drops them) and the title (which must never be one) ask.
"""

from __future__ import annotations

import re
from collections import Counter

from workbench.importers.pdf_layout import Line, PageLayout

#: A masthead line (:func:`furniture`) has at most this many words.
MASTHEAD_WORDS = 6
#: Share of the page height, at top and bottom, where running heads and feet live.
EDGE_BAND = 0.1
PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?[-\u2013\u2014(]?\s*(?:\d{1,5}|[ivxlcdm]{1,7})\s*[-\u2013\u2014)]?(?:\s*(?:of|/)\s*\d{1,5})?$",
    re.IGNORECASE,
)


def furniture_key(text: str) -> str:
    """A line's text with numbers masked and edge numbers dropped, to match across pages."""
    masked = re.sub(r"\d+", "#", text.casefold())
    return re.sub(r"\s+", " ", masked).strip(" #")


def word_key(key: str) -> str:
    """A furniture key's words, space-padded, so that a piece of a line is found inside
    the whole ("proposed rules" inside "federal register/vol. #/proposed rules")."""
    return " " + " ".join(re.findall(r"\w+", key)) + " "


def in_edge(line: Line, page: PageLayout) -> bool:
    """Near the top or bottom edge (text drawn off the page is not furniture, only odd)."""
    if line.top < 0 or line.bottom > page.height:
        return False
    return line.bottom < page.height * EDGE_BAND or line.top > page.height * (1 - EDGE_BAND)


def furniture(pages: list[PageLayout]) -> set[tuple[int, int]]:
    """(page number, line index) of every running header, footer and page number.

    A line recurring at the edge of a fifth of the pages is furniture; so is one that
    recurs on a third of the odd or of the even pages, as books and journals alternate
    their heads (title on the left-hand pages, chapter on the right-hand ones). A piece
    of such a line, where the layout cut a page's copy of it in parts, is furniture too,
    and so are pieces stacked right under a top one, down to a fifth of the page: a
    first page's masthead spreads the running head ("Federal Register", "Vol. 85, No.
    152", the date) over several lines, the last of them lower than any running head.
    """
    counts: Counter[str] = Counter()
    parity: Counter[tuple[int, str]] = Counter()
    for page in pages:
        keys = {furniture_key(line.text) for line in page.lines if in_edge(line, page)}
        counts.update(keys)
        parity.update((page.number % 2, key) for key in keys)
    needed = max(2, round(0.2 * len(pages)))
    needed_side = {
        side: max(2, round(0.3 * sum(1 for p in pages if p.number % 2 == side))) for side in (0, 1)
    }
    recurring = {
        key
        for key in counts
        if key and (counts[key] >= needed or any(parity[s, key] >= needed_side[s] for s in (0, 1)))
    }
    recurring -= _numbered_headings(pages, recurring)
    padded = [word_key(key) for key in recurring]
    found = set()
    for page in pages:
        for index, line in enumerate(page.lines):
            if not in_edge(line, page):
                continue
            key = furniture_key(line.text)
            if PAGE_NUMBER.match(line.text.strip()) or key in recurring or _piece(key, padded):
                found.add((page.number, index))
        found.update(_masthead(page, found, padded))
    return found


def _masthead(
    page: PageLayout, found: set[tuple[int, int]], padded: list[str]
) -> list[tuple[int, int]]:
    """Short lines right below a running head's piece at the top of ``page``, in its block
    and within the top fifth of the page, that are pieces of a running head too."""
    out = []
    for index, line in enumerate(page.lines):
        if (page.number, index) not in found or line.top > page.height * EDGE_BAND:
            continue
        for below in range(index + 1, len(page.lines)):
            next_line = page.lines[below]
            if (
                next_line.block != line.block
                or next_line.top > page.height * 2 * EDGE_BAND
                or len(next_line.text.split()) > MASTHEAD_WORDS
                or not _piece(furniture_key(next_line.text), padded)
            ):
                break
            out.append((page.number, below))
    return out


def _piece(key: str, padded: list[str]) -> bool:
    """Whether a line's key is a piece of a running head's (:func:`word_key`)."""
    return len(key) >= 3 and any(word_key(key) in other for other in padded)


def _numbered_headings(pages: list[PageLayout], keys: set[str]) -> set[str]:
    """Recurring keys whose numbers do not follow the pages: headings such as "Article 12"
    and "Article 19" that happen to open two pages, not a head with a page number (whose
    numbers stay the same or rise with the page)."""
    numbers: dict[str, list[tuple[int, list[int]]]] = {}
    for page in pages:
        for line in page.lines:
            key = furniture_key(line.text)
            if key in keys and in_edge(line, page) and re.search(r"\d", line.text):
                found = [int(n) for n in re.findall(r"\d+", line.text)[:8]]
                numbers.setdefault(key, []).append((page.number, found))
    out = set()
    for key, seen in numbers.items():
        if len({len(found) for _, found in seen}) != 1:
            continue
        for position in range(len(seen[0][1])):
            values = {found[position] for _, found in seen}
            offsets = {found[position] - number for number, found in seen}
            if len(values) > 1 and len(offsets) > 1:
                out.add(key)
    return out
