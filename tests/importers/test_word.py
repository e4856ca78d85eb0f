"""Word files: paragraphs, headings, lists and tables as text; core properties as metadata."""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from pathlib import Path
from typing import IO

import docx
import pytest

from workbench.importers import ImportFailed, import_bytes, import_file
from workbench.importers.bounded_zip import MAX_MEMBERS, MAX_XML_MB


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


def _deflated(path: Path, document: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", document)
    return path


def test_document_xml_inflating_to_300_mb_is_refused_at_the_limit(tmp_path: Path) -> None:
    def bomb(part: IO[bytes]) -> None:
        part.write(b"<w:document><w:body>")
        for _ in range(300):
            part.write(b" " * (1024 * 1024))
        part.write(b"</w:body></w:document>")

    path = tmp_path / "bomb.docx"
    original = _article(tmp_path / "source.docx")
    with (
        zipfile.ZipFile(original) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in source.infolist():
            if info.filename == "word/document.xml":
                with copy.open("word/document.xml", "w", force_zip64=True) as part:
                    bomb(part)
            else:
                copy.writestr(info.filename, source.read(info))
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(ImportFailed, match="it is not an ordinary article, so it was not read"):
        import_file(path)


def test_a_part_inflating_past_the_ratio_is_a_bomb(tmp_path: Path) -> None:
    path = _deflated(tmp_path / "ratio.docx", b"<w:document>" + b" " * (10 * 1024 * 1024))
    with pytest.raises(ImportFailed, match=r"inflates more than 500 times \(a ZIP bomb\)"):
        import_file(path)


def test_xml_over_the_total_limit_is_refused_however_it_compresses(tmp_path: Path) -> None:
    rng = random.Random(7)
    words = [bytes(rng.choices(b"abcdefghijklmnopqrstuvwxyz", k=8)) for _ in range(4096)]
    body = b" ".join(rng.choices(words, k=(MAX_XML_MB * 1024 * 1024) // 8))
    path = _deflated(tmp_path / "long.docx", b"<w:document>" + body + b"</w:document>")
    with pytest.raises(ImportFailed, match=f"unpacks to more than {MAX_XML_MB} MB"):
        import_file(path)


def test_a_directory_that_understates_sizes_ends_in_a_clear_error(tmp_path: Path) -> None:
    """The member really inflates to 50 MB; the directory says 1,000 bytes."""
    path = _deflated(tmp_path / "liar.docx", b"<w:document>" + b" " * (50 * 1024 * 1024))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    real = info.file_size.to_bytes(4, "little")
    at = data.rfind(b"PK\x01\x02")  # the last central directory entry is document.xml
    assert data[at + 24 : at + 28] == real
    data[at + 24 : at + 28] = (1000).to_bytes(4, "little")
    local = info.header_offset
    data[local + 22 : local + 26] = (1000).to_bytes(4, "little")
    with pytest.raises(ImportFailed, match="not a readable Word file"):
        import_bytes(bytes(data), "liar.docx")


def test_too_many_parts_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "parts.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(MAX_MEMBERS + 1):
            archive.writestr(f"word/media/{number}.bin", b"")
    with pytest.raises(ImportFailed, match="holds more than 10,000 parts"):
        import_file(path)


def test_images_are_not_unpacked_and_the_text_still_imports(tmp_path: Path) -> None:
    """Non-XML parts (images, here a 6 MB run of zeros) are never inflated."""
    source = _article(tmp_path / "source.docx")
    path = tmp_path / "pictures.docx"
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in original.infolist():
            copy.writestr(info.filename, original.read(info))
        copy.writestr("word/media/blob.bin", b"\0" * (6 * 1024 * 1024))
    doc = import_file(path)
    assert doc.title == "Council approves the budget"
    assert doc.original == path.read_bytes()
