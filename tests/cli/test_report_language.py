"""``workbench settings --language``: the project's reports are written in its language.

The installed command sets it, refuses a language it does not speak in one line, and the
exported reports (HTML, Markdown, DOCX) come out in French and, for Arabic, right to left.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.command import Run

QUOTE = "You cannot postpone what has not been scheduled"


@pytest.fixture
def project(run: Run, tmp_path: Path, sample_article: Path) -> Path:
    path = tmp_path / "desk.factcheck"
    run("new", path)
    document_id = run("import", path, sample_article).stdout.strip()
    claim_id = run("claim", "add", path, "--document", document_id, "--quote", QUOTE).stdout
    run("claim", "set", path, claim_id.strip(), "--status", "disputed", "--rating", "False")
    return path


def test_language_is_a_project_setting(run: Run, project: Path) -> None:
    assert json.loads(run("settings", project).stdout)["language"] == "en"
    assert json.loads(run("settings", project, "--language", "fr").stdout)["language"] == "fr"
    assert json.loads(run("settings", project).stdout)["language"] == "fr"


def test_an_unknown_language_is_refused_in_one_line(run: Run, project: Path) -> None:
    result = run("settings", project, "--language", "xx", check_rc=1)
    assert result.stderr.strip().count("\n") == 0
    assert "Unknown language 'xx'" in result.stderr and "Traceback" not in result.stderr
    assert json.loads(run("settings", project).stdout)["language"] == "en"


def test_reports_of_a_french_project_are_in_french(run: Run, project: Path, tmp_path: Path) -> None:
    run("settings", project, "--language", "fr")
    html = tmp_path / "r.html"
    run("export", project, "--format", "html", "--out", html)
    text = html.read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr">' in text
    assert "<h2>Verdicts</h2>" in text and "Notre méthode de notation" in text
    assert "Contestée" in text and ">Faux<" in text  # the status and the default rating
    markdown = tmp_path / "r.md"
    run("export", project, "--format", "md", "--out", markdown)
    assert "## Affirmations" in markdown.read_text(encoding="utf-8")
    csv = tmp_path / "r.csv"
    run("export", project, "--format", "csv", "--out", csv)
    assert "disputed" in csv.read_text(encoding="utf-8")  # data keeps its identifiers


def test_an_arabic_project_reports_right_to_left(run: Run, project: Path, tmp_path: Path) -> None:
    run("settings", project, "--language", "ar")
    html = tmp_path / "r.html"
    run("export", project, "--format", "html", "--out", html)
    assert '<html lang="ar" dir="rtl">' in html.read_text(encoding="utf-8")
    docx = tmp_path / "r.docx"
    run("export", project, "--format", "docx", "--out", docx)
    with zipfile.ZipFile(docx) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "<w:bidi/>" in body and "الأحكام" in body
