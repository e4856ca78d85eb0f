"""The pure parts of PDF import: joining lines, page furniture, dates (no parser needed)."""

from __future__ import annotations

import pytest

from workbench.importers.pdf import pdf_date
from workbench.importers.pdf_layout import Glyph, Line, PageLayout, dedupe, page_layout
from workbench.importers.pdf_text import assemble, dehyphenates, furniture


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
