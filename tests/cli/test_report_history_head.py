"""Every report a reader sees prints the head of the history chain ``verify`` prints."""

from __future__ import annotations

import csv
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.command import Run, project_with_claim


@pytest.fixture
def head(run: Run, sample_article: Path) -> str:
    """A project with a verdict; the head hash ``verify --json`` gives for it."""
    _, claim = project_with_claim(run, sample_article, "desk.factcheck")
    run("claim", "set", "desk.factcheck", claim, "--status", "disputed")
    data = json.loads(run("verify", "desk.factcheck", "--json").stdout)
    assert len(data["head"]) == 64
    return str(data["head"])


def _export(run: Run, tmp_path: Path, fmt: str) -> Path:
    out = tmp_path / f"report.{fmt}"
    run("export", "desk.factcheck", "--format", fmt, "-o", out)
    return out


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_text_reports_have_an_integrity_line(run: Run, tmp_path: Path, head: str, fmt: str) -> None:
    text = _export(run, tmp_path, fmt).read_text(encoding="utf-8")
    assert "Integrity" in text and "history chain head" in text.replace("History", "history")
    assert head in text


def test_the_word_report_has_it(run: Run, tmp_path: Path, head: str) -> None:
    with zipfile.ZipFile(_export(run, tmp_path, "docx")) as docx:
        assert head in docx.read("word/document.xml").decode("utf-8")


def test_the_pdf_report_has_it(run: Run, tmp_path: Path, head: str) -> None:
    pdf = _export(run, tmp_path, "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True
    ).stdout
    assert head in text.replace("\n", "").replace(" ", "")


def test_the_data_exports_carry_it_as_a_field(run: Run, tmp_path: Path, head: str) -> None:
    data = json.loads(_export(run, tmp_path, "json").read_text(encoding="utf-8"))
    assert data["history_head"] == head
    with _export(run, tmp_path, "csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["history_head"] == head
