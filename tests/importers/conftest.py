"""Fixtures for the importer tests: PDFs drawn with QPdfWriter, once per session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class MadePdfs:
    """Generated PDFs and the text each was drawn with."""

    two_columns: Path
    columns_text: tuple[str, str]
    hyphenated: Path
    running_heads: Path
    bodies: list[str]
    scanned: Path
    footnoted: Path
    unruled_table: Path
    table_rows: list[tuple[str, ...]]


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory, qapp) -> MadePdfs:
    """Draw the PDFs the corpus lacks (needs QtGui; skipped where Qt is not installed)."""
    pytest.importorskip("PySide6.QtGui")
    from tests.importers import pdf_factory

    folder = tmp_path_factory.mktemp("pdfs")
    columns = pdf_factory.two_columns(folder / "two-columns.pdf")
    pdf_factory.hyphenated(folder / "hyphenated.pdf")
    bodies = pdf_factory.running_heads(folder / "running-heads.pdf")
    pdf_factory.scanned(folder / "scanned.pdf")
    pdf_factory.footnoted(folder / "footnoted.pdf")
    rows = pdf_factory.unruled_table(folder / "unruled-table.pdf")
    return MadePdfs(
        two_columns=folder / "two-columns.pdf",
        columns_text=columns,
        hyphenated=folder / "hyphenated.pdf",
        running_heads=folder / "running-heads.pdf",
        bodies=bodies,
        scanned=folder / "scanned.pdf",
        footnoted=folder / "footnoted.pdf",
        unruled_table=folder / "unruled-table.pdf",
        table_rows=rows,
    )
