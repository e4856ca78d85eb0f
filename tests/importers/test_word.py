"""Word files: paragraphs, headings, lists and tables as text; core properties as metadata."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest

from workbench.importers import ImportFailed, ImportOptions, import_bytes, import_file


def _article(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = "Council approves the budget"
    document.core_properties.author = "Ana Ruiz"
    document.core_properties.created = dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.UTC)
    document.core_properties.identifier = "https://example.org/budget"
    document.add_heading("Council approves the budget", level=1)
    document.add_paragraph("The council approved the budget on Tuesday by 31 votes to 12.")
    document.add_paragraph("Schools get more money.", style="List Bullet")
    document.add_paragraph("Roads get less.", style="List Bullet")
    document.add_paragraph("First reading", style="List Number")
    document.add_paragraph("Second reading", style="List Number")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("Item", "Amount"), ("Schools", "4.2m")), strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph("The mayor called it a fair compromise.")
    document.save(path)
    return path


def test_docx_imports_as_the_reader_sees_it(tmp_path: Path) -> None:
    doc = import_file(_article(tmp_path / "budget.docx"))
    assert doc.text == (
        "Council approves the budget\n\n"
        "The council approved the budget on Tuesday by 31 votes to 12.\n\n"
        "• Schools get more money.\n\n• Roads get less.\n\n"
        "1. First reading\n\n2. Second reading\n\n"
        "Item\tAmount\n\nSchools\t4.2m\n\n"
        "The mayor called it a fair compromise."
    )
    assert (doc.format, doc.title, doc.author) == (
        "docx",
        "Council approves the budget",
        "Ana Ruiz",
    )
    assert (doc.published, doc.source_url) == ("2024-03-05", "https://example.org/budget")


def test_docx_is_recognised_by_content(tmp_path: Path) -> None:
    data = _article(tmp_path / "budget.docx").read_bytes()
    assert import_bytes(data, "budget.bin").format == "docx"


def test_damaged_docx_is_a_clear_error(tmp_path: Path) -> None:
    data = _article(tmp_path / "budget.docx").read_bytes()
    with pytest.raises(ImportFailed, match="not a readable Word file"):
        import_bytes(data[: len(data) // 2], "budget.docx")


def test_zip_bomb_docx_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"")
        archive.writestr("word/media/blob.bin", b"\0" * (6 * 1024 * 1024))
    with pytest.raises(ImportFailed, match="unpacks to more than 5 MB"):
        import_bytes(buffer.getvalue(), "bomb.docx", ImportOptions(max_bytes=1024 * 1024))
