"""Laid-out PDF pages -> one canonical text with page starts (runs in the importing process).

This is the part that needs every page at once:

- *Running headers, footers and page numbers* are dropped (found by :mod:`pdf_furniture`).
- *Footnotes* (a trailing run of smaller type in a block that starts with a note marker)
  are kept with the page they are printed on, since a quote from a note must be cited to
  that page: after the page's last paragraph, or, where that paragraph began on this page
  and runs on to the next, just before it, so its sentence is not cut in two. Notes at
  the foot of one column follow the paragraph in progress there once it ends.
- *Paragraphs*: lines of a paragraph are joined with a space, words hyphenated across a
  line end are joined again (Korean words broken between syllables too, by the rule in
  :mod:`pdf_korean`), paragraphs are separated by a blank line. A block (column)
  or page that ends in mid-sentence runs on into the next one.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench.importers.pdf_furniture import furniture, in_edge
from workbench.importers.pdf_korean import KoreanLineEnds, korean_line_ends
from workbench.importers.pdf_layout import Line, PageLayout
from workbench.importers.pdf_scripts import is_cjk

#: The line standing in for a page without text, and a pattern that finds it.
PLACEHOLDER = "[Page {}: no text]"
IS_PLACEHOLDER = re.compile(r"\[Page \d+: no text\]")
#: Lines filling their block needed to measure the line gap after them (:func:`_line_gap`).
FULL_LINES = 5
NOTE_MARKER = re.compile(r"^(?:\d{1,3}(?!\d)|[*†‡§¶])\s*\S")
#: A list item's first line: a bullet (spaced or not) or a short item number.
LIST_ITEM = re.compile(
    r"^(?:[\u2022\u25e6\u25aa\u25cf\u25a0\u2023\u2043\u2713\u27a2\u2756]\s?"
    r"|[\u2013\u2014-]\s|\(?(?:\d{1,2}|[a-z])[.)]\s)"
)
#: A line ending a sentence: terminal punctuation, then perhaps closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*$")
#: Line ends joined to the next line without a space: a URL broken after "/" or ".", a
#: number range or compound broken after its dash ("2018-" + "23-51", "COVID-" + "19").
JOIN_TIGHT = re.compile(r"(?:(?:https?://|www\.)\S*[/.]|\w[-\u2013])$")


def dehyphenates(line: str, following: str) -> bool:
    """A word split at a line end ("infor-" + "mation"): lower case on both sides of the
    hyphen. "FAA-" + "approved" or "COVID-" + "19" keep their hyphen."""
    return line.endswith("-") and line[-2:-1].islower() and following[:1].islower()


def body_size(lines: Iterable[Line]) -> float:
    """The font size carrying the most characters: the body text's."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def split_notes(lines: list[Line], body_size: float) -> tuple[list[Line], list[Line]]:
    """Body lines and footnote lines: a block's trailing small-type run opened by a marker."""
    body: list[Line] = []
    notes: list[Line] = []
    for block in _blocks(lines):
        start = len(block)
        while start > 0 and block[start - 1].size < 0.9 * body_size and not block[start - 1].table:
            start -= 1
        while start < len(block) and not NOTE_MARKER.match(block[start].text):
            start += 1
        body.extend(block[:start])
        notes.extend(block[start:])
    return body, notes


@dataclass(slots=True)
class _Writer:
    """Accumulates paragraphs; ``open`` holds the paragraph still being written, begun
    on page ``open_page``."""

    parts: list[str] = field(default_factory=list)
    open: str = ""
    open_page: int = 0
    length: int = 0
    #: Notes of a column on this page, let out when the paragraph in progress ends.
    pending: list[str] = field(default_factory=list)
    #: The document's Korean line-end rule (:mod:`pdf_korean`), if it has Korean text.
    korean: KoreanLineEnds | None = None
    #: Whether the open paragraph's last line filled its block: only such a line can
    #: have been broken inside a word ("제 2 조" above an article's text was not).
    full: bool = False

    def _emit(self, paragraph: str) -> None:
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        self.parts.append(paragraph)
        self.length += len(paragraph)

    def end_paragraph(self) -> None:
        """Close the open paragraph, then let out the column notes waiting for it."""
        if self.open:
            self._emit(self.open)
            self.open = ""
        for note in self.pending:
            self._emit(note)
        self.pending.clear()

    def place_notes(self, notes: list[str], page: int) -> bool:
        """Write a page's notes within that page's text (module docstring); True if the
        open paragraph was kept open to run on."""
        notes, self.pending = self.pending + notes, []
        if self.open and self.open_page == page:
            running, self.open = self.open, ""
            for note in notes:
                self._emit(note)
            self.open = running
            return True
        self.end_paragraph()
        for note in notes:
            self._emit(note)
        return False

    def continue_with(self, text: str, page: int, row: bool = False) -> int:
        """Append a line of ``page`` to the open paragraph (joining a word hyphenated at
        the line end; a table ``row`` goes on a line of its own); returns the offset in
        the finished text where ``text`` begins."""
        base = self.length + (2 if self.parts else 0)
        if not self.open:
            self.open, self.open_page = text, page
            return base
        if row:
            self.open += "\n"
        elif dehyphenates(self.open, text) or self.open.endswith("\u00ad"):
            self.open = self.open[:-1]
        elif not (
            (JOIN_TIGHT.search(self.open) and text[:1].isalnum())
            or (is_cjk(self.open[-1]) and is_cjk(text[0]))
            or (self.full and self.korean is not None and self.korean.joins(self.open[-40:], text))
        ):
            self.open += " "
        at = len(self.open)
        self.open += text
        return base + at

    def text(self) -> str:
        self.end_paragraph()
        return "".join(self.parts)


def _breaks(
    previous: Line, line: Line, gap: float, left: float, right: float, *, mirrored: bool
) -> bool:
    """Whether ``line`` starts a new paragraph after ``previous`` in the same block
    (``mirrored``: the block's right-to-left lines are set flush right)."""
    if previous.table or line.table:
        return previous.table != line.table  # a table's rows stay together, apart
    size = max(previous.size, line.size, 1.0)
    if abs(previous.size - line.size) > 0.15 * size:
        return True  # a heading, or back from one
    if line.top - previous.bottom > gap + max(0.18 * size, 1.2):
        return True  # more space than between the lines of a paragraph
    if LIST_ITEM.match(line.text) or _word_would_fit(previous, line, size, mirrored):
        return True
    if line.rtl and mirrored:  # the mirror image: indents on the right, ragged edge on the left
        start, previous_start, previous_end = right - line.x1, right - previous.x1, previous.x0
        short = previous_end > left + 3 * size
    else:
        start, previous_start = line.x0 - left, previous.x0 - left
        short = previous.x1 < right - 3 * size
    if start > 0.8 * size and start > previous_start + 0.8 * size:
        return True  # a first-line indent
    return short and SENTENCE_END.search(previous.text) is not None


def _word_would_fit(previous: Line, line: Line, size: float, mirrored: bool) -> bool:
    """Whether ``line`` reaches past the end of ``previous`` by more than its own first
    word (and an em to spare): a line wrapped to fit leaves less room than the next word
    needs, so ``previous`` was ended on purpose (a heading, a title, a paragraph's last
    line), however the lines are spaced. The ends compared are the ragged ones (the left
    ones of right-to-left lines set flush right, ``mirrored``); the first word's width is
    estimated from the line's mean letter width; unspaced CJK lines, and lines ending in
    a broken word or URL, never count."""
    words = line.text.split()
    if not words or len(words[0]) == len(line.text) or JOIN_TIGHT.search(previous.text):
        return False
    first = (line.x1 - line.x0) / len(line.text) * (len(words[0]) + 1)
    room = previous.x0 - line.x0 if line.rtl and mirrored else line.x1 - previous.x1
    return room > first + size


def _flush_right(block: list[Line], left: float, right: float) -> bool:
    """Whether a block's right-to-left lines are set flush right, as they should be; some
    producers set them flush left (an HTML page without ``dir="rtl"``), and then their
    indents and ragged edge are where a left-to-right text's are."""
    rtl = [line for line in block if line.rtl]
    reach = 2 * max((line.size for line in rtl), default=1.0)
    at_left = sum(1 for line in rtl if line.x0 <= left + reach)
    at_right = sum(1 for line in rtl if line.x1 >= right - reach)
    return not (at_left > 0.8 * len(rtl) and at_right < 0.5 * len(rtl))


def _fills(line: Line, left: float, right: float) -> bool:
    """Whether ``line`` reaches to within two ems of its block's far edge (the left one
    for right-to-left text)."""
    reach = 2 * max(line.size, 1.0)
    return line.x0 <= left + reach if line.rtl else line.x1 >= right - reach


def _runs_on(previous: Line | None, line: Line) -> bool:
    """Whether a block or page ending with ``previous`` runs on into ``line``."""
    if previous is None or previous.table or line.table:
        return False
    if SENTENCE_END.search(previous.text) is not None:
        return False
    return abs(previous.size - line.size) <= 0.15 * max(previous.size, line.size, 1.0)


def _line_gap(pages: list[PageLayout], size: float) -> float:
    """The usual space between two lines of a paragraph, over the whole document.

    Measured after the lines that fill their block from edge to edge (to within two ems;
    right-to-left text is set flush left by some producers) where there are enough of
    them: a full line goes on in the next one, so the space after it is a paragraph's own. In a
    document of one-line paragraphs (a declaration's preambles, its article headings)
    most spaces are between paragraphs, and their median would hide every break. A line
    running past the page's edge was not wrapped, so it does not count as full. Where
    too few lines fill their block to tell (the lines of such a declaration run past the
    page's edge), the median is taken at most the body ``size``: a paragraph's lines
    are not set farther apart than an em.
    """
    gaps, after_full = [], []
    for page in pages:
        for block in _blocks(list(page.lines)):
            left, right = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
            for a, b in itertools.pairwise(block):
                if abs(a.size - b.size) >= 0.1 * max(a.size, 1.0):
                    continue
                gaps.append(b.top - a.bottom)
                reach = 2 * max(a.size, 1.0)
                full = a.x0 <= left + reach and right - reach <= a.x1 <= page.width
                if full and not (a.table or b.table):
                    after_full.append(b.top - a.bottom)
    if len(after_full) >= FULL_LINES:
        return statistics.median_low(after_full)
    return min(statistics.median_low(gaps), size) if gaps else 0.0


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: dict[int, list[Line]] = {}
    for line in lines:
        blocks.setdefault(line.block, []).append(line)
    return list(blocks.values())


def assemble(pages: list[PageLayout]) -> tuple[str, tuple[int, ...], list[int]]:
    """The document's text, the offset where each page starts, and the pages without text
    (each stands in the text as a placeholder line, so page starts keep rising)."""
    dropped = furniture(pages)
    typical = body_size(line for page in pages for line in page.lines)
    gap = _line_gap(pages, typical)
    writer = _Writer(
        korean=korean_line_ends([ln.text for page in pages for ln in page.lines if not ln.table])
    )
    starts: list[int] = []
    textless: list[int] = []
    previous: Line | None = None
    for page in pages:
        lines = [ln for i, ln in enumerate(page.lines) if (page.number, i) not in dropped]
        body, notes = split_notes(lines, typical)
        if not body:
            textless.append(page.number)
            writer.end_paragraph()
            body = [Line(PLACEHOLDER.format(page.number), 0, 0, 0, 0, 0, -1)]
            previous = None
        page_start: int | None = None
        held = {line.block for line in notes}
        for block in _blocks(body):
            left, right = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
            mirrored = _flush_right(block, left, right)
            if previous is not None and not _runs_on(previous, block[0]):
                writer.end_paragraph()
            for index, line in enumerate(block):
                if index and _breaks(block[index - 1], line, gap, left, right, mirrored=mirrored):
                    writer.end_paragraph()
                offset = writer.continue_with(line.text, page.number, line.table)
                writer.full = _fills(line, left, right)
                page_start = offset if page_start is None else page_start
            previous = block[-1]
            if in_edge(previous, page) and previous.top < page.height / 2:
                writer.end_paragraph()  # a block of running head (a date, a title) stands alone
                previous = None
            if block[-1].block in held:  # a column's own notes: out when its paragraph ends
                writer.pending += _paragraphs_of(
                    [ln for ln in notes if ln.block == block[-1].block]
                )
                notes = [line for line in notes if line.block != block[-1].block]
        starts.append(page_start or 0)
        if (notes or writer.pending) and not writer.place_notes(_paragraphs_of(notes), page.number):
            previous = None
    text = writer.text()
    return text, _settle(starts, len(text)), textless


def _paragraphs_of(notes: list[Line]) -> list[str]:
    """Footnote lines as one paragraph per note (a note starts at its marker)."""
    out: list[str] = []
    for line in notes:
        if NOTE_MARKER.match(line.text) or not out:
            out.append(re.sub(r"^(\d{1,3})(?=[^\W\d_])", r"\1 ", line.text))
        elif dehyphenates(out[-1], line.text):
            out[-1] = out[-1][:-1] + line.text
        else:
            out[-1] = f"{out[-1]} {line.text}"
    return out


def _settle(starts: list[int], length: int) -> tuple[int, ...]:
    """Page starts clipped to the text and strictly rising, as the model requires."""
    settled: list[int] = []
    for start in starts:
        clipped = min(start, length)
        if settled and clipped <= settled[-1]:
            continue
        settled.append(clipped)
    return tuple(settled)
