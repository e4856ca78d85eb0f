"""Plain text: decoded, normalised, and read as paragraphs the way the article reads."""

from __future__ import annotations

from pathlib import Path

from workbench.importers import import_file, import_pasted
from workbench.importers.text import lines_as_paragraphs


def test_an_article_of_one_paragraph_a_line_gets_blank_lines_between(sample_article: Path) -> None:
    doc = import_file(sample_article)
    raw = sample_article.read_text(encoding="utf-8")
    assert doc.text == raw.replace("\n", "\n\n")
    assert doc.extractor == "text/utf-8/lines-as-paragraphs"
    assert doc.title.startswith("Budapest summit postponed")
    assert "“You cannot postpone what has not been scheduled,”" in doc.text


def test_a_hard_wrapped_text_keeps_its_lines() -> None:
    wrapped = "First paragraph runs\nover two lines.\n\nSecond paragraph.\n"
    assert lines_as_paragraphs(wrapped) == (wrapped, False)
    assert lines_as_paragraphs("One line only.\n") == ("One line only.\n", False)


def test_pasted_text_is_read_the_same_way() -> None:
    pasted = import_pasted("Headline\r\nFirst paragraph.\r\nSecond paragraph.")
    assert pasted.text == "Headline\n\nFirst paragraph.\n\nSecond paragraph."
    assert pasted.title == "Headline"
