"""The pure parts of PDF import: joining lines, page furniture, dates (no parser needed)."""

from __future__ import annotations

import pytest

from workbench.importers.pdf import pdf_date
from workbench.importers.pdf_furniture import furniture
from workbench.importers.pdf_layout import Line, PageLayout, page_layout
from workbench.importers.pdf_runs import Glyph, dedupe
from workbench.importers.pdf_text import assemble, dehyphenates


def _line(text: str, top: float, block: int = 0, size: float = 10.0, x0: float = 72) -> Line:
    return Line(text, x0, 500, top, top + size, size, block)


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        ("the infor-", "mation", True),
        ("the FAA-", "approved", False),
        ("COVID-", "19", False),
        ("a well-", "Known", False),
    ],
)
def test_only_lower_case_word_splits_are_dehyphenated(line, following, joined) -> None:
    assert dehyphenates(line, following) is joined


def test_repeating_heads_and_bare_page_numbers_are_furniture() -> None:
    pages = [
        PageLayout(
            n,
            600,
            800,
            (
                _line(f"Annual Report {2020 + n}", 20),
                _line(f"Text of page {n}.", 300),
                _line(str(n), 780),
            ),
        )
        for n in (1, 2, 3)
    ]
    assert furniture(pages) == {(n, i) for n in (1, 2, 3) for i in (0, 2)}
    text, starts, textless = assemble(pages)
    assert text == "Text of page 1.\n\nText of page 2.\n\nText of page 3."
    assert (starts, textless) == ((0, 17, 34), [])


def test_a_page_without_text_keeps_its_place() -> None:
    pages = [
        PageLayout(1, 600, 800, (_line("Only page one has text", 300),)),
        PageLayout(2, 600, 800, ()),
    ]
    text, starts, textless = assemble(pages)
    assert text == "Only page one has text\n\n[Page 2: no text]"
    assert (starts, textless) == ((0, 24), [2])


def test_fake_bold_glyphs_are_kept_once_but_real_double_letters_stay() -> None:
    glyphs = [
        Glyph("a", 10, 15, 0, 10, 10),
        Glyph("a", 10.2, 15.2, 0.1, 10.1, 10),  # drawn again, shifted a little
        Glyph("l", 15, 17, 0, 10, 10),
        Glyph("l", 17, 19, 0, 10, 10),  # "ll": a real double letter
    ]
    assert [g.text for g in dedupe(glyphs)] == ["a", "l", "l"]
    assert page_layout(1, 100, 100, glyphs).lines[0].text == "all"


def test_narrow_glyphs_side_by_side_are_not_doubles() -> None:
    # A slide stretches an Arabic word with kashida pieces a sixth of an em apart, all
    # mapped to one letter: each is its own glyph, only the one drawn over another is a
    # double.
    glyphs = [
        Glyph("\u0648", 417.85, 419.35, 0, 13, 13),
        Glyph("\u0648", 417.60, 419.10, 0, 13, 13),  # over the one before
        Glyph("\u0648", 416.06, 417.56, 0, 13, 13),
        Glyph("\u0648", 414.52, 416.02, 0, 13, 13),
    ]
    assert [g.x0 for g in dedupe(glyphs)] == [417.85, 416.06, 414.52]


def _spaced(text: str, top: float, width: float) -> Line:
    """A line of ``text`` set flush left, ``width`` points wide, 10 points high."""
    return Line(text, 72, 72 + width, top, top + 10, 10, 0)


def test_evenly_spaced_lines_still_part_where_the_next_word_would_have_fit() -> None:
    # Every line as far from the next: the spacing tells no paragraph from another. A
    # heading is followed by a line that reaches far past it: its first word would have
    # fitted after the heading, so the heading was ended on purpose.
    lines = (
        _spaced("Article 1", 100, 40),
        _spaced("All human beings are born free and equal in dignity and rights.", 114, 250),
        _spaced("Article 2", 128, 40),
        _spaced("Everyone is entitled to all the rights and freedoms set forth", 142, 300),
        _spaced("in this Declaration, without distinction of any kind.", 156, 260),
    )
    text, _starts, _textless = assemble([PageLayout(1, 600, 800, lines)])
    assert text.split("\n\n") == [
        "Article 1",
        "All human beings are born free and equal in dignity and rights.",
        "Article 2",
        "Everyone is entitled to all the rights and freedoms set forth "
        "in this Declaration, without distinction of any kind.",
    ]


def test_the_line_gap_is_measured_after_full_lines() -> None:
    # Mostly one-line paragraphs, far apart; the one paragraph of two lines shows the
    # gap inside a paragraph. Its median over all lines would be the paragraphs' gap.
    lines = [Line("Preamble", 72, 130, 80, 90, 10, 0)]
    top = 104.0
    for n in range(8):
        lines.append(
            Line(f"Whereas the {n}th point is made in a full line", 72, 500, top, top + 10, 10, 0)
        )
        lines.append(Line("and ended on the next.", 72, 200, top + 14, top + 24, 10, 0))
        top += 48
    lines.append(Line("Whereas a last point stands alone.", 72, 300, top, top + 10, 10, 0))
    text, _starts, _textless = assemble([PageLayout(1, 600, 800, tuple(lines))])
    assert text.count("\n\n") == 9
    assert "made in a full line and ended on the next." in text


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("D:20200826093000-04'00'", "2020-08-26"),
        ("D:200805", "2008-05"),
        ("2019", "2019"),
        ("D:20201340", ""),
        ("yesterday", ""),
    ],
)
def test_pdf_dates_become_iso_dates(raw, iso) -> None:
    assert pdf_date(raw) == iso
