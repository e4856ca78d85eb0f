"""One PDF page's glyphs -> its text lines in reading order (runs in the parser process).

pdfminer.six hands over positioned glyphs in drawing order; a reader needs lines in
reading order. The steps, each cheap enough to keep the page's cost dominated by parsing:

1. Glyphs drawn twice at (almost) the same place to fake bold are kept once (:mod:`pdf_runs`).
2. Glyphs become *runs*: stretches of one text line with no gap wider than a column gutter.
3. Runs are ordered by a recursive XY-cut: a region is split at vertical gutters (columns,
   left to right) where it has any, else at its widest horizontal gaps (top to bottom).
   Cutting columns first is what keeps a three-column page from being read straight
   across; cutting only at the widest horizontal gaps is what stops a page's aligned
   baselines from slicing its columns into interleaved strips.
4. Each leaf region's runs become lines; consecutive leaves of one flow make a *block*,
   whose number travels with every line, so the text assembly knows where a column ends.

Cross-page work (running headers, footers, paragraphs) happens later, in ``pdf_text``.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass

from workbench.importers.pdf_marks import with_marks
from workbench.importers.pdf_runs import BASELINE_EMS, GUTTER_EMS, Glyph, Run, dedupe, runs_of
from workbench.importers.pdf_scripts import (
    closing_marks_last,
    direction,
    is_cjk,
    plain_letters,
    private_use,
    restore_ltr_runs,
)
from workbench.importers.pdf_tables import Rule, is_table, row_cuts
from workbench.importers.pdf_vertical import is_vertical, turned

#: A gap wider than this many font sizes inside a run is a word space.
SPACE_EMS = 0.18
#: Beside a CJK glyph, only a gap wider than this many font sizes is a word space.
CJK_SPACE_EMS = 0.45
#: Glyphs pdfminer could not map to Unicode come out like this.
UNMAPPED = re.compile(r"^\(cid:\d+\)$")
#: Typographic ligatures (ﬁ, ﬃ, ...) spelled out, so "officers" finds "oﬃcers".
LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


@dataclass(frozen=True, slots=True)
class Line:
    """A line of text inside one block (column or other region) of a page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    block: int
    #: Set in right-to-left script (its indents and ragged edge are mirrored).
    rtl: bool = False
    #: A table row, its cells separated by tabs.
    table: bool = False
    #: Most of its letters are bold.
    bold: bool = False


@dataclass(frozen=True, slots=True)
class PageLayout:
    """What the parser process sends back for one page."""

    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    images: int = 0
    unmapped: int = 0
    #: The parser's complaints about damage it worked around on this page.
    damage: tuple[str, ...] = ()
    #: Characters left in the private use area: a font's own codes, not readable text.
    private: int = 0
    #: Characters drawn in a font whose text map is broken (:mod:`pdf_fonts`).
    misread: int = 0


def _gaps(spans: list[tuple[float, float]], minimum: float) -> list[tuple[float, float]]:
    """Gaps of at least ``minimum`` between the union of ``spans`` (start, end) pairs."""
    spans = sorted(spans)
    gaps = []
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start - reach >= minimum:
            gaps.append((reach, start))
        reach = max(reach, end)
    return gaps


def _split(runs: list[Run], cuts: list[float], key: str) -> list[list[Run]]:
    parts: list[list[Run]] = [[] for _ in range(len(cuts) + 1)]
    for run in runs:
        position = run.x0 if key == "x" else run.top
        parts[sum(1 for cut in cuts if position >= cut)].append(run)
    return [part for part in parts if part]


def _run_text(run: Run) -> str:
    return "".join(g.text for g in run.glyphs).strip()


def _is_margin_numbers(runs: list[Run]) -> bool:
    """A narrow column of bare numbers: line numbers in a transcript's or a bill's margin."""
    texts = [_run_text(r) for r in runs]
    return len(texts) >= 5 and all(t.isdigit() and len(t) <= 3 for t in texts)


def _columns(parts: list[list[Run]]) -> list[list[Run]]:
    """Real columns among the parts a vertical cut made: margin line numbers are dropped,
    and a part of nothing but short marks (list bullets, item numbers) is no column, so
    it is joined to the part on its right."""
    columns: list[list[Run]] = []
    marks: list[Run] = []
    for part in parts:
        if _is_margin_numbers(part):
            continue
        if all(len(_run_text(r)) <= 3 for r in part):
            marks.extend(part)
            continue
        columns.append(marks + part)
        marks = []
    if marks:
        if columns:
            columns[-1].extend(marks)
        else:
            columns.append(marks)
    return columns


#: A leaf of the XY-cut: its flow, its runs, and a table's columns (None for text).
Leaf = tuple[int, list[Run], list[list[Run]] | None]


def xy_cut(runs: list[Run], rtl: bool = False, rules: tuple[Rule, ...] = ()) -> list[Leaf]:
    """The page's leaf regions in reading order, each with its *flow* (module docstring,
    step 3) and, for a table, its columns: regions cut apart horizontally share their
    parent's flow, each column cut off vertically starts a new one, so a column's lines
    form one flow. A right-to-left page's columns are read from the right. A region
    whose columns are a table's (:mod:`pdf_tables`) is not cut: it is read by rows.
    """
    leaves: list[Leaf] = []
    stack = [(0, runs)]
    flows = 0
    while stack:
        flow, region = stack.pop()
        size = statistics.median(r.size for r in region)
        one_row = all(r.top <= region[0].mid <= r.bottom for r in region)
        columns = [] if one_row else _gaps([(r.x0, r.x1) for r in region], GUTTER_EMS * size)
        kept = _columns(_split(region, [(a + b) / 2 for a, b in columns], "x")) if columns else []
        if len(kept) > 1 and is_table(region, columns, kept, rules):
            flows += 1
            leaves.append((flows, region, kept[::-1] if rtl else kept))
            continue
        if rtl:
            kept.reverse()
        if len(kept) > 1 or (kept and len(kept[0]) < len(region)):
            stack.extend(reversed([(flows + 1 + i, part) for i, part in enumerate(kept)]))
            flows += len(kept)
            continue
        rows = _gaps([(r.top, r.bottom) for r in region], 0.01)
        widest = max((b - a for a, b in rows), default=0.0)
        cuts = [(a + b) / 2 for a, b in rows if b - a >= 0.8 * widest]
        if cuts:
            stack.extend(reversed([(flow, part) for part in _split(region, cuts, "y")]))
        else:
            leaves.append((flow, region, None))
    return leaves


def _gap(previous: Glyph, glyph: Glyph, rtl: bool) -> float:
    """The space between a glyph and the one read before it, in reading direction."""
    return previous.x0 - glyph.x1 if rtl else glyph.x0 - previous.x1


def _beyond_centre(previous: Glyph, glyph: Glyph, rtl: bool) -> bool:
    """Whether ``glyph``'s centre lies past ``previous``'s in reading direction."""
    past = (glyph.x0 + glyph.x1) - (previous.x0 + previous.x1)
    return (-past if rtl else past) > 0


def _space(previous: Glyph, glyph: Glyph) -> float:
    """The narrowest gap that is a word space between two glyphs: none between two CJK
    glyphs, a wider one beside a CJK glyph (the quarter-em set around digits and Latin
    words in Japanese and Chinese, as in "第 1 条", is spacing, not a space)."""
    before, after = is_cjk(previous.text[-1:]), is_cjk(glyph.text[:1])
    if before and after:
        return float("inf")
    return (CJK_SPACE_EMS if before or after else SPACE_EMS) * glyph.size


def _text_of(glyphs: list[Glyph], rtl: bool = False) -> str:
    """Glyphs of one line joined in reading order, with a space where the gap between
    them is a word space (:func:`_space`).

    A drawn space counts only where it sits after the glyph before it: some producers
    draw a line's leading space under its first letter. "After" is judged by centres,
    not edges: tightly set type (Korean tables) draws glyph boxes wider than their
    advance, so a real word space overlaps the letter before it by more than a tenth
    of an em. A right-to-left line is read by right edges, so a combining mark drawn
    over its letter follows the letter.
    """
    out: list[str] = []
    previous: Glyph | None = None
    ordered = sorted(glyphs, key=lambda g: -g.x1) if rtl else sorted(glyphs, key=lambda g: g.x0)
    for glyph in ordered:
        if not glyph.text.strip():
            if previous is not None and _beyond_centre(previous, glyph, rtl):
                out.append(" ")
            continue
        if previous is not None and _gap(previous, glyph, rtl) > _space(previous, glyph):
            out.append(" ")
        out.append(glyph.text)
        previous = glyph
    text = re.sub(r"\s+", " ", "".join(out)).strip().translate(LIGATURES)
    if rtl:
        text = closing_marks_last(restore_ltr_runs(text))
    return unicodedata.normalize("NFC", plain_letters(text))


def _line_of(row: list[Run], block: int, text: str, rtl: bool, table: bool) -> Line:
    """A row of runs as a line. Its top and bottom are those of most of its letters: a
    few glyphs of a fallback font, whose box sits lower on the same baseline, would
    otherwise stretch the line and shrink the space measured to the next one."""
    letters = [g for run in row for g in run.glyphs if g.text.strip()]
    sizes = [g.size for g in letters]
    return Line(
        text=text,
        x0=min(r.x0 for r in row),
        x1=max(r.x1 for r in row),
        top=statistics.median_low(g.top for g in letters) if letters else row[0].top,
        bottom=statistics.median_high(g.bottom for g in letters) if letters else row[0].bottom,
        size=statistics.median(sizes) if sizes else 0.0,
        block=block,
        rtl=rtl,
        table=table,
        bold=2 * sum(g.bold for g in letters) > len(letters),
    )


def _same_row(first: Run, run: Run) -> bool:
    """Whether ``run`` is on the line of the row that ``first`` opened: its middle within
    ``first``'s box, or its baseline on ``first``'s (a fallback font's box sits lower)."""
    if first.top <= run.mid <= first.bottom:
        return True
    a, b = first.glyphs[0].baseline, run.glyphs[0].baseline
    return a is not None and b is not None and abs(a - b) <= BASELINE_EMS * first.size


def _rows(runs: list[Run]) -> list[list[Run]]:
    """Runs grouped into rows (lines), top to bottom."""
    rows: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: r.mid):
        if rows and _same_row(rows[-1][0], run):
            rows[-1].append(run)
        else:
            rows.append([run])
    return rows


def _glyphs(runs: list[Run]) -> list[Glyph]:
    return [g for run in runs for g in run.glyphs]


def _column_ruled(
    band: list[Run], spans: list[tuple[float, float]], rules: tuple[Rule, ...]
) -> bool:
    """Whether a rule runs under most of one column's width inside ``band``: a form rules
    off its labels one by one where its values span several of them, so the band holds
    several rows. A band without such a rule is one row, its cells wrapped alike."""
    top, bottom = min(run.top for run in band), max(run.bottom for run in band)
    return any(
        top < rule.y < bottom and min(rule.x1, b) - max(rule.x0, a) >= 0.8 * (b - a)
        for rule in rules
        for a, b in spans
    )


def _aligned_rows(band: list[Run], column_of: dict[int, int]) -> list[list[Run]]:
    """A band between two rules cut at a gap that crosses all its columns where two or
    more of them start a line right below it, having text above it: rows the form left
    unruled between them ("Name" beside "Ada", then "Town" beside "Leeds"). A cell
    wrapped beside a one-line cell keeps together: the one-line cell's column starts no
    line right below the gaps between the wrapped lines."""
    if not band:
        return []
    near = 0.5 * statistics.median(run.size for run in band)
    cuts = []
    for top, bottom in _gaps([(run.top, run.bottom) for run in band], 0.01):
        above = {column_of[id(run)] for run in band if run.bottom <= top}
        below = {column_of[id(run)] for run in band if bottom <= run.top <= bottom + near}
        if len(above & below) >= 2:
            cuts.append((top + bottom) / 2)
    return _split(band, cuts, "y")


def table_lines(columns: list[list[Run]], block: int, rules: tuple[Rule, ...]) -> list[Line]:
    """A table's rows, each a line of its cells joined by tabs (columns come in reading
    order). Rules between the rows bound them, so a cell wrapped over several lines
    stays one cell; an unruled table is read a line at a time."""
    region = [run for column in columns for run in column]
    rtl = direction(g.text for g in _glyphs(region)) == "rtl"
    cuts = row_cuts(columns, rules)
    bands: list[list[Run]] = [[] for _ in range(len(cuts) + 1)]
    for run in region:
        bands[sum(1 for cut in cuts if run.mid >= cut)].append(run)
    column_of = {id(run): index for index, column in enumerate(columns) for run in column}
    spans = [(min(r.x0 for r in column), max(r.x1 for r in column)) for column in columns]
    rows = [
        row
        for band in bands
        if band
        for row in (
            _rows(band)
            if not cuts
            else _aligned_rows(band, column_of)
            if _column_ruled(band, spans, rules)
            else [band]
        )
    ]
    lines = []
    for row in rows:
        cells: list[list[Run]] = [[] for _ in columns]
        for run in row:
            cells[column_of[id(run)]].append(run)
        texts = (" ".join(_text_of(_glyphs(line), rtl) for line in _rows(cell)) for cell in cells)
        lines.append(_line_of(row, block, "\t".join(t for t in texts if t), rtl, True))
    return [line for line in lines if line.text]


def lines_of(leaf: list[Run], block: int) -> list[Line]:
    """A leaf region's runs joined into lines, top to bottom."""
    lines = []
    for row in _rows(leaf):
        glyphs = _glyphs(row)
        rtl = direction(g.text for g in glyphs) == "rtl"
        lines.append(_line_of(row, block, _text_of(glyphs, rtl), rtl, False))
    return [line for line in lines if line.text]


def page_layout(
    number: int,
    width: float,
    height: float,
    glyphs: list[Glyph],
    images: int = 0,
    *,
    rules: tuple[Rule, ...] = (),
) -> PageLayout:
    """Lay out one page: dedupe, runs, XY-cut, lines (module docstring, steps 1-4).

    A page set in vertical columns is turned first (:mod:`pdf_vertical`), and a page
    mostly in right-to-left script has its columns read from the right. ``rules`` are
    the page's horizontal lines, which tell tables from columns (:mod:`pdf_tables`).
    """
    mapped = with_marks([g for g in glyphs if not UNMAPPED.match(g.text)])
    if is_vertical(mapped):
        mapped = turned(mapped, width)
        width, height, rules = height, width, ()
    rtl = direction(g.text for g in mapped) == "rtl"
    runs = runs_of(dedupe(mapped))
    lines: list[Line] = []
    block, previous_flow = -1, -1
    for flow, leaf, columns in xy_cut(runs, rtl, rules) if runs else ():
        if flow != previous_flow:
            block, previous_flow = block + 1, flow
        lines.extend(
            lines_of(leaf, block) if columns is None else table_lines(columns, block, rules)
        )
    return PageLayout(
        number,
        width,
        height,
        tuple(lines),
        images,
        len(glyphs) - len(mapped),
        private=sum(private_use(line.text) for line in lines),
    )
