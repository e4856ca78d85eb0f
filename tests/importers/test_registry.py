"""One registry: format by content first, extension second; the plain-text fallback last."""

from __future__ import annotations

from pathlib import Path

from workbench.importers import REGISTRY, file_dialog_filter, import_bytes, import_pasted


def test_registry_order_keeps_plain_text_last() -> None:
    assert [imp.format for imp in REGISTRY] == ["pdf", "docx", "html", "md", "txt"]


def test_html_is_recognised_without_its_extension(corpus: Path) -> None:
    data = (corpus / "html" / "nature.com.telescope.html").read_bytes()
    assert import_bytes(data, "saved-page").format == "html"


def test_text_like_formats_follow_the_extension() -> None:
    assert import_bytes(b"# Heading\n\nBody.", "notes.md").format == "md"
    assert import_bytes(b"# Heading\n\nBody.", "notes.txt").format == "txt"


def test_file_dialog_offers_every_format() -> None:
    offered = file_dialog_filter()
    for extension in ("*.pdf", "*.docx", "*.html", "*.htm", "*.md", "*.txt"):
        assert extension in offered


def test_pasted_text_still_imports() -> None:
    assert import_pasted("Line one\r\nLine two").text == "Line one\n\nLine two"
