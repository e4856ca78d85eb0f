"""Every report cites each source's archived copies by SHA-256 and capture time; a copy's
name from a hostile file stays inert; the JSON export follows its schema with copies."""

from __future__ import annotations

import html
import json
import zipfile
from pathlib import Path

import docx
import jsonschema
import pytest

from tests.reports.conftest import JS_URL, SCRIPT
from workbench import reports
from workbench.core.archived import ArchivedPage
from workbench.core.errors import UserError
from workbench.core.model import Evidence, ImportedDocument, ProjectSnapshot, new_claim
from workbench.reports import json_export
from workbench.reports.content import ReportOptions, build
from workbench.reports.html_report import render_html
from workbench.reports.resources import schema_path
from workbench.reports.with_copies import write_with_copies
from workbench.store.projectfile import Project

TEXT = "Inflation fell to 2 per cent in March, the minister said.\n"
HOSTILE_NAME = "<img src=x onerror=alert(1)>.html"
PAGE = b"<html><body><p>Saved page</p></body></html>"


@pytest.fixture(scope="module")
def cited(tmp_path_factory: pytest.TempPathFactory) -> tuple[ProjectSnapshot, dict[str, bytes]]:
    """A claim whose two pieces of evidence cite one source; each keeps archived copies."""
    path = tmp_path_factory.mktemp("copies") / "p.factcheck"
    with Project.create(path, reviewer="Ana") as project:
        doc = project.add_document(ImportedDocument(TEXT, "Inflation", "txt"))
        claim = project.add_claim(new_claim(doc, 0, 14))
        first = project.add_evidence(
            Evidence(id="e1", claim_id=claim.id, title="CPI", url="https://stats.example/cpi")
        )
        second = project.add_evidence(
            Evidence(id="e2", claim_id=claim.id, title="CPI", url="https://stats.example/cpi")
        )
        pages = (ArchivedPage(JS_URL, SCRIPT, "2026-03-01T09:30:00Z"),)
        project.add_archived_copy(
            first.id, HOSTILE_NAME, PAGE, captured_at="2026-03-01T09:30:00Z", pages=pages
        )
        project.add_archived_copy(second.id, "same-bytes.html", PAGE)  # the same file
        project.add_archived_copy(second.id, "shot.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
        data = {c.sha256: project.archived_copy_data(c.sha256) for c in project.archived_copies()}
        return project.snapshot(), data


def test_the_sources_list_each_copy_once_with_hash_and_capture_time(cited) -> None:
    snapshot, data = cited
    [source] = build(snapshot).sources
    assert [c.sha256 for c in source.copies] == list(data)  # the shared file once
    first = source.copies[0]
    assert first.captured == "01 Mar 2026, 09:30 UTC" and first.href is None
    with_links = build(snapshot, ReportOptions(copies_folder="copies")).sources[0]
    assert with_links.copies[0].href == (
        f"copies/{first.sha256[:12]}-%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.html"
    )


def test_every_readable_format_cites_the_hashes_and_keeps_names_inert(
    cited, tmp_path: Path
) -> None:
    snapshot, data = cited
    page = render_html(snapshot)
    for sha in data:
        assert sha in page
    assert HOSTILE_NAME not in page and html.escape(HOSTILE_NAME, quote=False) in page
    assert JS_URL not in page  # the pages' addresses are not in the report
    for fmt in ("md", "docx", "pdf", "csv", "json"):
        out = reports.write_report(snapshot, fmt, tmp_path / f"r.{fmt}")
        if fmt == "docx":
            text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        elif fmt == "pdf":
            from pypdfium2 import PdfDocument

            pdf = PdfDocument(out)
            text = "".join(pdf[n].get_textpage().get_text_range() for n in range(len(pdf)))
            text = text.replace("\r", "").replace("\n", "")
        else:
            text = out.read_text(encoding="utf-8-sig")
        for sha in data:
            assert sha in text, fmt
    assert HOSTILE_NAME not in (tmp_path / "r.md").read_text()


def test_the_json_export_with_copies_follows_its_schema(cited) -> None:
    snapshot, data = cited
    exported = json.loads(json_export.render(snapshot))
    schema = json.loads(schema_path(json_export.SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(exported)
    assert sorted({c["sha256"] for c in exported["archived_copies"]}) == sorted(data)
    assert exported["archived_copies"][0]["pages"][0]["url"] == JS_URL  # lossless


def test_the_zip_holds_the_report_and_each_copy_byte_for_byte(cited, tmp_path: Path) -> None:
    snapshot, data = cited
    out = write_with_copies(snapshot, tmp_path / "bundle.zip", data.__getitem__)
    with zipfile.ZipFile(out) as bundle:
        names = bundle.namelist()
        report = bundle.read("report.html").decode()
        kept = {n: bundle.read(n) for n in names if n.startswith("copies/")}
    assert set(kept.values()) == set(data.values())  # each name cited, byte for byte
    for name in kept:
        assert f'href="{name.split("/")[0]}/' in report
    assert all("/" not in n.removeprefix("copies/") and ".." not in n for n in kept)


def test_a_missing_copy_leaves_nothing_behind(cited, tmp_path: Path) -> None:
    snapshot, _data = cited

    def lacking(sha: str) -> bytes:
        raise UserError(f"{sha} is not kept")

    with pytest.raises(reports.ExportError, match="share copy"):
        write_with_copies(snapshot, tmp_path / "folder", lacking)
    assert list(tmp_path.iterdir()) == []
