"""Plain text: decoded, normalised, and read as paragraphs the way the article reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.importers import import_file, import_pasted
from workbench.importers.text import LEGACY_SHARE, invalid_share, lines_as_paragraphs


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


def _paragraphs(corpus: Path, name: str) -> str:
    """The article text of a real saved page (German or French: many accented letters)."""
    return import_file(corpus / "html" / name).text


def _damaged(data: bytes, count: int) -> bytes:
    """``data`` with ``count`` bytes, spread evenly, replaced by a lone continuation byte.

    A position that falls on a continuation byte moves on to the next other byte: replacing
    one continuation byte by another would leave the text valid, and the count short.
    """
    damaged = bytearray(data)
    for spread in range(len(data) // (count + 1), len(data), len(data) // (count + 1))[:count]:
        at = spread
        while 0x80 <= damaged[at] < 0xC0:
            at += 1
        damaged[at] = 0x80
    return bytes(damaged)


@pytest.mark.parametrize("page", ["spiegel.de.albtraum.html", "franceculture.fr.idees.html"])
def test_the_legacy_share_separates_damaged_utf8_from_another_encoding(
    corpus: Path, page: str
) -> None:
    """The measurement behind LEGACY_SHARE: real news text, both ways."""
    text = _paragraphs(corpus, page)
    legacy_share, _ = invalid_share(text.encode("cp1252", errors="replace"))
    damaged_share, bad = invalid_share(_damaged(text.encode("utf-8"), 12))
    assert legacy_share > 0.95
    assert damaged_share < 0.1
    assert 12 <= bad <= 24  # a byte hit inside a longer sequence breaks it in two
    assert damaged_share < LEGACY_SHARE < legacy_share


def test_one_bad_byte_keeps_a_utf8_article_utf8_with_a_warning(tmp_path: Path) -> None:
    text = "Der Bürgermeister sagte: „Wir prüfen das.“ Die Größe der Städte wächst.\n"
    path = tmp_path / "artikel.txt"
    path.write_bytes(text.encode() + b"Ende \xff.\n")
    doc = import_file(path)
    assert doc.text.startswith("Der Bürgermeister sagte: „Wir prüfen das.“")
    assert doc.text.rstrip().endswith("Ende \ufffd.")
    assert doc.extractor.startswith("text/utf-8")
    assert doc.warnings == (
        "1 byte sequence(s) in this file are not valid UTF-8 and show as \ufffd: "
        "compare those places with the original before quoting them.",
    )


def test_a_markdown_article_with_a_bad_byte_warns_too(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes("# Überschrift\n\nDie Straße ist gesperrt ".encode() + b"\xc3.\n")
    doc = import_file(path)
    assert doc.text == "Überschrift\n\nDie Straße ist gesperrt \ufffd."
    assert "1 byte sequence(s) in this file are not valid UTF-8" in doc.warnings[0]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Les élèves étaient déjà là. Le maire a précisé: « la façade sera rénovée ».", "cp1252"),
        ("Die Bürger wählten am Sonntag. Größere Städte stimmten anders ab.", "cp1252"),
        ("Мэр заявил, что бюджет города будет утверждён на следующей неделе.", "cp1251"),
        ("Ο δήμαρχος δήλωσε ότι ο προϋπολογισμός θα εγκριθεί την επόμενη εβδομάδα.", "cp1253"),
    ],
)
def test_text_in_another_encoding_is_read_in_it_with_a_warning(
    tmp_path: Path, text: str, encoding: str
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(encoding))
    doc = import_file(path)
    assert doc.text == text
    assert doc.extractor == f"text/{encoding}"
    assert doc.warnings[0].startswith(f"This file is not UTF-8: it was read as {encoding}.")


def test_a_utf16_file_with_a_broken_tail_is_read_not_crashed_on(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Headline\n\nBody text.".encode("utf-16") + b"\x00")
    doc = import_file(path)
    assert doc.text.startswith("Headline\n\nBody text.")
    assert "not valid utf-16" in doc.warnings[0]
