"""The world's scripts in PDFs: right-to-left order, presentation forms, CJK spacing,
vertical Japanese. Real public PDFs (the fidelity benchmark's documents, sources in its
README) through the installed importer, and hand-placed glyphs for the exact rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench.importers import import_file
from workbench.importers.pdf_layout import page_layout
from workbench.importers.pdf_runs import Glyph
from workbench.importers.pdf_scripts import (
    closing_marks_last,
    direction,
    plain_letters,
    restore_ltr_runs,
)

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "fidelity" / "docs"
#: Two CJK characters (ideographs, kana, CJK punctuation) with a space between them.
CJK_SPACED = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff] [\u3000-\u30ff\u4e00-\u9fff]")


def _drawn(seen: str) -> list[Glyph]:
    """Glyphs for ``seen``, the characters as they stand on the page from left to right,
    one 6-point cell each (spaces drawn too)."""
    return [Glyph(char, 20 + 6 * i, 26 + 6 * i, 10, 20, 10) for i, char in enumerate(seen)]


def test_a_right_to_left_line_comes_out_in_logical_order() -> None:
    # On the page: the bracket shapes mirrored, the number left to right, the words from
    # the right. Read: "Hebrew 2024 (text)".
    line = page_layout(1, 300, 300, _drawn("(טסקט) 2024 תירבע")).lines[0]
    assert line.rtl
    assert line.text == "עברית 2024 (טקסט)"


def test_a_point_drawn_past_the_edge_of_its_letter_stays_on_it() -> None:
    # Glyphs of "פֿון" as a Qt-made PDF draws them: as typed, right to left, the rafe
    # without width and a hair left of the pe, over the vav. Sorted by position it would
    # land on the vav, and the gap it leaves would read as a space ("פוֿ ן").
    drawn = [
        Glyph("\u05e4", 69.10, 72.70, 39.88, 45.64, 5.76),
        Glyph("\u05bf", 68.93, 68.93, 39.88, 45.64, 5.76),
        Glyph("\u05d5", 67.53, 69.09, 39.88, 45.64, 5.76),
        Glyph("\u05df", 65.96, 67.53, 39.88, 45.64, 5.76),
    ]
    assert page_layout(1, 300, 300, drawn).lines[0].text == "\u05e4\u05bf\u05d5\u05df"


def test_a_mark_drawn_before_its_letter_left_to_right_keeps_its_letter() -> None:
    # Word draws Arabic left to right as seen, a mark before its letter: the fathatan of
    # "أيضًا" comes after the alef on its left but belongs to the dad on its right.
    drawn = [
        Glyph("\u0627", 204.74, 207.49, 200.13, 212.13, 12),
        Glyph("\u064b", 208.10, 208.10, 200.61, 212.61, 12),
        Glyph("\u0636", 207.50, 217.66, 200.13, 212.13, 12),
        Glyph("\u064a", 217.70, 220.63, 200.13, 212.13, 12),
        Glyph("\u0623", 220.58, 223.07, 200.13, 212.13, 12),
    ]
    assert page_layout(1, 300, 300, drawn).lines[0].text == "\u0623\u064a\u0636\u064b\u0627"


def test_yiddish_keeps_its_points_on_their_letters() -> None:
    doc = import_file(DOCS / "yi-udhr.pdf")
    assert doc.text.startswith("אַלװעלטלעכע דעקלאַראַציע פֿון מענטשנרעכט")
    assert doc.title == "אַלװעלטלעכע דעקלאַראַציע פֿון מענטשנרעכט"
    assert "דעם תּוכיקן כּבֿוד און די גלײַכע" in doc.text


def test_a_fallback_fonts_glyphs_on_the_baseline_stay_on_their_line() -> None:
    # "אַרטיקל 11" as a Qt-made PDF draws it: the number in a fallback font whose box
    # sits 3.1 points lower than the Hebrew's, on the same baseline. By boxes alone the
    # number is a line of its own, and the heading a running head.
    hebrew = "\u05dc\u05e7\u05d9\u05d8\u05e8\u05d0"  # drawn from the left
    drawn = [
        Glyph("1", 30.96, 33.84, 768.03, 773.79, 5.76, baseline=769.32),
        Glyph("1", 33.84, 36.72, 768.03, 773.79, 5.76, baseline=769.32),
        Glyph(" ", 36.72, 38.15, 768.03, 773.79, 5.76, baseline=769.32),
    ] + [
        Glyph(char, 38.15 + 3.2 * i, 41.35 + 3.2 * i, 764.92, 770.68, 5.76, baseline=769.32)
        for i, char in enumerate(hebrew)
    ]
    lines = page_layout(1, 612, 792, drawn).lines
    assert [line.text for line in lines] == ["\u05d0\u05e8\u05d8\u05d9\u05e7\u05dc 11"]
    assert (lines[0].top, lines[0].bottom) == (764.92, 770.68)  # the letters' box


def test_yiddish_article_headings_at_page_ends_are_kept_as_headings() -> None:
    # Articles 11, 12 and 24 head the bottom or the top of a page: their numbers once
    # fell off the line and the word "אַרטיקל" left alone passed for a running head.
    paragraphs = import_file(DOCS / "yi-udhr.pdf").text.split("\n\n")
    for number in range(1, 31):
        assert f"אַרטיקל {number}" in paragraphs
    assert "היות װי דער סאַמער גרונט פֿון פֿרײַהײט, יושר, און" in paragraphs[3]


@pytest.mark.parametrize(
    ("read", "logical"),
    [
        (".\u05d9\u05e2\u05d3\u05e2\u05e8", "\u05d9\u05e2\u05d3\u05e2\u05e8."),
        (", \u05d0\u05d5\u05df", "\u05d0\u05d5\u05df,"),
        ("(\u05d0\u05d5\u05df)", "(\u05d0\u05d5\u05df)"),
        ("\u05d0\u05d5\u05df.", "\u05d0\u05d5\u05df."),
    ],
)
def test_a_closing_mark_drawn_right_of_a_right_to_left_line_ends_it(read, logical) -> None:
    assert closing_marks_last(read) == logical


def test_hebrew_paragraphs_end_with_their_full_stop() -> None:
    # The declaration is set left to right: each paragraph's full stop stands right of
    # its Hebrew text, so read from the right it opened the paragraph.
    paragraphs = import_file(DOCS / "he-udhr.pdf").text.split("\n\n")
    assert paragraphs[1].startswith("הואיל והכרה בכבוד הטבעי")
    assert paragraphs[1].endswith(".")
    assert not any(paragraph.startswith(".") for paragraph in paragraphs)


def test_a_slides_stretched_arabic_words_keep_their_letters_and_stay_whole() -> None:
    # The slide's font maps its kashida pieces to "و" (the gold text keeps them): once
    # taken for doubles, they were dropped and the words split where they stood.
    doc = import_file(DOCS / "ar-docling-rtl-02.pdf")
    for word in ("قويوووة", "ومسووولدامة", "ياوووى", "رئووويس"):
        assert word in doc.text.split()
    assert any("broken" in warning for warning in doc.warnings)


def test_a_latin_word_touching_an_arabic_letter_is_parted_from_it() -> None:
    # "in R and Python" read from the right, the Latin runs backwards, "Python" glued to
    # "and" as word processors draw it.
    assert restore_ltr_runs("بلغة R وnohtyP") == "بلغة R و Python"
    assert direction(["البرمجة بلغة Python"]) == "rtl"
    assert direction(["Python و R"]) == "ltr"


def test_presentation_forms_become_letters_and_symbol_bullets_real_bullets() -> None:
    assert plain_letters("\ufe8d\ufee0\ufecb\ufeae\ufe91\ufef4\ufe94") == "العربية"
    assert plain_letters("\uf0b7 item") == "\u2022 item"
    page = page_layout(1, 300, 300, _drawn("\uf0b7 item \ue001"))
    assert page.lines[0].text == "\u2022 item \ue001"
    assert page.private == 1  # left for the import's warning


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("he-udhr.pdf", "הכרזה לכל באי עולם בדבר זכויות האדם"),
        ("ar-udhr.pdf", "الإعلان العالمي لحقوق الإنسان"),
        ("fa-udhr.pdf", "اعلامیه جهانی حقوق بشر"),
        ("ar-docling-rtl-01.pdf", "تحسين الإنتاجية وحل المشكلات من خلال البرمجة بلغة R و Python"),
    ],
)
def test_right_to_left_pdfs_import_in_logical_order(name: str, opening: str) -> None:
    doc = import_file(DOCS / name)
    assert doc.text.startswith(opening)
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", doc.text)  # no presentation forms
    assert doc.title == opening


def test_vertical_japanese_reads_down_the_columns_from_the_right() -> None:
    doc = import_file(DOCS / "ja-vertical-novel.pdf")
    assert doc.text.startswith("るい。眼を明いていられぬくらいだ。はてな何でも容子がおかしいと、")
    assert "吾輩は藁の上から急に笹原の中へ棄てられたのである。" in doc.text
    assert not CJK_SPACED.search(doc.text)
    assert len(doc.page_starts) == 2
    assert doc.text[doc.page_starts[1] :].startswith(
        "ばらくして泣いたら書生がまた迎に来てくれるかと考え付いた。"
    )


@pytest.mark.parametrize("name", ["ja-udhr.pdf", "zh-udhr.pdf"])
def test_no_spaces_are_put_between_chinese_or_japanese_characters(name: str) -> None:
    doc = import_file(DOCS / name)
    assert not CJK_SPACED.search(doc.text)


def test_korean_keeps_its_word_spaces() -> None:
    doc = import_file(DOCS / "ko-udhr.pdf")
    assert "모든 인류 구성원의 천부의 존엄성과" in doc.text


def test_a_korean_word_broken_at_a_line_end_is_joined_and_words_keep_their_space() -> None:
    # The declaration breaks lines between syllables: "결핍으로부" + "터의", "재확인하였으"
    # + "며"; and between words: "가담하거나" + "또는".
    doc = import_file(DOCS / "ko-udhr.pdf")
    for word in ("결핍으로부터의", "재확인하였으며", "보충되는"):
        assert word in doc.text
    assert "가담하거나 또는" in doc.text
    assert "결핍으로부 터의" not in doc.text
    # A short line (an article's heading, "제 2 조") was not broken inside a word.
    assert "조어느" not in doc.text
    assert "선 언\n\n전 문" in doc.text  # the title and the preamble's heading, apart


def test_word_spaces_overlapping_tightly_set_letters_are_kept() -> None:
    # Glyph boxes wider than their advance (7.4 against 6.3 points) and spaces drawn from
    # inside the letter before them, as in a Korean table cell.
    glyphs, x = [], 20.0
    for char in "생물테러감염병 또는 치명률이":
        width = 2.5 if char == " " else 7.4
        start = x - 1.2 if char == " " else x
        glyphs.append(Glyph(char, start, start + width, 10, 20, 9.5))
        x = start + (2.5 if char == " " else 6.3)
    assert page_layout(1, 300, 300, glyphs).lines[0].text == "생물테러감염병 또는 치명률이"


BROKEN_MAP = "text mapping is broken"


def test_a_font_whose_map_gives_wrong_letters_is_a_warning() -> None:
    # The slide's fonts send 22 and 32 glyphs to the space: its text is not real words.
    doc = import_file(DOCS / "ar-docling-rtl-02.pdf")
    assert any(BROKEN_MAP in warning and "page(s) 1 " in warning for warning in doc.warnings)


@pytest.mark.parametrize(
    "name", ["ar-docling-rtl-01.pdf", "fa-docling-rtl-03.pdf", "ur-udhr-serif.pdf", "yi-udhr.pdf"]
)
def test_fonts_with_sound_maps_give_no_such_warning(name: str) -> None:
    doc = import_file(DOCS / name)
    assert not any(BROKEN_MAP in warning for warning in doc.warnings)
