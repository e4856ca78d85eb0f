"""``workbench evidence add-copy | copies | save-copy`` and ``export --with-copies``, run as
a user's script would: the installed command in a subprocess, real files on disk."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from tests.command import Run, digest, listing, one_line_error, project_with_claim
from tests.web_archives import ARTICLE, wacz

URL = "https://news.example/cpi"


def _with_evidence(run: Run, sample_article: Path) -> str:
    _document, claim = project_with_claim(run, sample_article, "p.factcheck")
    return run("evidence", "add", "p.factcheck", claim, "--url", URL).stdout.strip()


def test_a_wacz_is_kept_listed_and_saved_byte_for_byte(
    run: Run, tmp_path: Path, sample_article: Path
) -> None:
    evidence = _with_evidence(run, sample_article)
    archive = tmp_path / "capture.wacz"
    archive.write_bytes(wacz([(URL, ARTICLE)]))
    added = run("evidence", "add-copy", "p.factcheck", evidence, "capture.wacz").stdout
    sha = hashlib.sha256(archive.read_bytes()).hexdigest()
    assert added.splitlines()[0] == sha
    assert "1 page(s)" in added and "3 declared digest(s) checked" in added
    run("evidence", "add-copy", "p.factcheck", evidence, "shot.png", check_rc=1)  # missing
    (tmp_path / "shot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    run("evidence", "add-copy", "p.factcheck", evidence, "shot.png", "--captured", "2026-03-02")

    listed = json.loads(run("evidence", "copies", "p.factcheck", evidence, "--json").stdout)
    first, second = listed["copies"]
    assert (first["sha256"], first["kind"], first["captured_at"]) == (
        sha,
        "wacz",
        "2026-03-01T09:30:00Z",
    )
    assert first["pages"] == [{"url": URL, "title": "Page", "captured_at": "2026-03-01T09:30:00Z"}]
    assert (second["name"], second["kind"], second["captured_at"]) == (
        "shot.png",
        "image",
        "2026-03-02",
    )
    table = run("evidence", "copies", "p.factcheck").stdout
    assert sha[:12] in table and "shot.png" in table

    run("evidence", "save-copy", "p.factcheck", sha[:10], "back.wacz")
    assert (tmp_path / "back.wacz").read_bytes() == archive.read_bytes()


def test_refusals_are_one_line_and_change_nothing(
    run: Run, tmp_path: Path, sample_article: Path
) -> None:
    evidence = _with_evidence(run, sample_article)
    project = tmp_path / "p.factcheck"
    (tmp_path / "doctored.wacz").write_bytes(wacz([(URL, ARTICLE)], lie_about="pages/pages.jsonl"))
    before = digest(project)
    one_line_error(
        run("evidence", "add-copy", "p.factcheck", evidence, "doctored.wacz", check_rc=None),
        "doctored.wacz",
        "does not match the digest",
    )
    one_line_error(
        run(
            "evidence",
            "add-copy",
            "p.factcheck",
            evidence,
            "doctored.wacz",
            "--captured",
            "yesterday",
            check_rc=None,
        ),
        "not a date",
    )
    one_line_error(
        run("evidence", "add-copy", "p.factcheck", "no-such-id", "doctored.wacz", check_rc=None),
    )
    assert digest(project) == before
    (tmp_path / "a.wacz").write_bytes(wacz([(URL, ARTICLE)]))
    sha = run("evidence", "add-copy", "p.factcheck", evidence, "a.wacz").stdout.split()[0]
    before = digest(project)
    one_line_error(
        run("evidence", "save-copy", "p.factcheck", sha, "p.factcheck", check_rc=None),
        "choose another name",
    )
    one_line_error(
        run("evidence", "save-copy", "p.factcheck", "abc", "x.wacz", check_rc=None),
        "at least 8",
    )
    assert digest(project) == before
    assert not [name for name in listing(tmp_path) if name.endswith(".tmp")]


def test_the_html_report_is_written_with_its_copies_as_a_zip_or_a_folder(
    run: Run, tmp_path: Path, sample_article: Path
) -> None:
    evidence = _with_evidence(run, sample_article)
    archive = tmp_path / "capture.wacz"
    archive.write_bytes(wacz([(URL, ARTICLE)]))
    sha = run("evidence", "add-copy", "p.factcheck", evidence, "capture.wacz").stdout.split()[0]
    link = f"copies/{sha[:12]}-capture.wacz"

    run("export", "p.factcheck", "--format", "html", "-o", "report.zip", "--with-copies")
    with zipfile.ZipFile(tmp_path / "report.zip") as bundle:
        assert sorted(bundle.namelist()) == [link, "report.html"]
        assert bundle.read(link) == archive.read_bytes()
        report = bundle.read("report.html").decode()
    assert f'href="{link}"' in report and sha in report

    run("export", "p.factcheck", "--format", "html", "-o", "bundle", "--with-copies")
    assert (tmp_path / "bundle" / link).read_bytes() == archive.read_bytes()
    one_line_error(
        run(
            "export",
            "p.factcheck",
            "--format",
            "html",
            "-o",
            "bundle",
            "--with-copies",
            check_rc=None,
        ),
        "exists",
    )
    one_line_error(
        run(
            "export",
            "p.factcheck",
            "--format",
            "md",
            "-o",
            "r.md",
            "--with-copies",
            check_rc=None,
        ),
        "--format html",
    )
    for fmt, out in (("md", "r.md"), ("csv", "r.csv"), ("json", "r.json")):
        run("export", "p.factcheck", "--format", fmt, "-o", out)
        assert sha in (tmp_path / out).read_text(encoding="utf-8-sig")
    exported = json.loads((tmp_path / "r.json").read_text())
    assert exported["archived_copies"][0]["sha256"] == sha
