"""Reports of a project in another language: words, numbers, dates and direction.

The PDF is laid out by Qt's text document, which ignores ``dir="auto"``: each block of
the project's text gets the direction of its first strong letter instead, so an English
quote in an Arabic report still reads left to right.
"""

from __future__ import annotations

import io
import unicodedata

import pdfplumber
import pytest

from workbench.core.model import ProjectSettings, ProjectSnapshot
from workbench.reports import markdown_report, pdf_report
from workbench.reports.html_report import render_html, text_direction


def _snapshot(code: str, title: str = "Budget") -> ProjectSnapshot:
    return ProjectSnapshot(
        path_name="p.factcheck",
        settings=ProjectSettings(title=title, language=code),
        documents=(),
        claims=(),
        evidence={},
        history=(),
        reviewers=(),
        exported_at="2026-11-27T14:05:00+00:00",
    )


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Budget 2026", "ltr"),
        ("ميزانية 2026", "rtl"),
        ("2026 ميزانية", "rtl"),  # digits are weak: the first letter decides
        ("«הממשלה»", "rtl"),
        ("🚀 ", "ltr"),  # no letter at all: the report's own direction (given)
    ],
)
def test_a_block_takes_the_direction_of_its_first_letter(text, direction):
    assert text_direction(text, "ltr") == direction


def test_qt_gets_each_block_its_direction_and_browsers_get_auto():
    arabic = render_html(_snapshot("ar", "Budget summit"), qt=True)
    assert '<html lang="ar" dir="rtl">' in arabic and '<h1 dir="ltr">Budget summit' in arabic
    browser = render_html(_snapshot("ar", "Budget summit"))
    assert '<h1 dir="auto">Budget summit' in browser


def test_pdf_footer_and_headings_in_arabic():
    with pdfplumber.open(io.BytesIO(pdf_report.render(_snapshot("ar")))) as pdf:
        text = pdf.pages[0].extract_text()
    # The PDF holds Arabic as presentation forms, maybe in visual order: compare letters.
    letters = [ch for ch in unicodedata.normalize("NFKC", text) if "\u0600" <= ch <= "\u06ff"]
    for word in ("الصفحة", "الأحكام"):
        assert all(letters.count(ch) >= word.count(ch) for ch in word)
    assert "Page 1 of" not in text


def test_markdown_in_german_with_german_dates():
    text = markdown_report.render_markdown(_snapshot("de"))
    assert "## Urteile" in text and "**Geprüft:** 0 von 0 Behauptungen (0 %)" in text
    assert "Nov. 2026, 14:05 UTC" in text
