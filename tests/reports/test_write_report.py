"""write_report: every format through the one entry point, atomically, with clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.core.errors import UserError
from workbench.importers import import_pasted
from workbench.reports import FORMATS, ExportCancelled, ExportError, write_report
from workbench.store.projectfile import Project

REPO = Path(__file__).resolve().parents[2]
MAGIC = {
    "html": b"<!DOCTYPE html>",
    "pdf": b"%PDF-",
    "docx": b"PK\x03\x04",
    "md": b"# ",
    "csv": b"\xef\xbb\xbfnumber,",
    "json": b"{",
    "claimreview": b"[",
    "annotations": b"{",
}


def test_the_registry_names_every_format():
    assert list(FORMATS) == list(MAGIC)
    for name, fmt in FORMATS.items():
        assert fmt.name == name
        assert fmt.extension.startswith(".") and fmt.label
    assert FORMATS["html"].extension == ".html" and FORMATS["html"].label == "HTML report"


@pytest.mark.parametrize("name", list(MAGIC))
def test_each_format_is_written_and_reports_progress(snapshot, tmp_path, name):
    out = tmp_path / f"report{FORMATS[name].extension}"
    steps: list[tuple[int, int]] = []
    assert write_report(snapshot, name, out, progress=lambda d, t: steps.append((d, t))) == out
    assert out.read_bytes().startswith(MAGIC[name])
    assert steps == [(0, 2), (1, 2), (2, 2)]
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary left behind


@pytest.mark.parametrize("name", list(MAGIC))
def test_an_empty_project_exports_too(tmp_path, name):
    project = Project.create(tmp_path / "empty.factcheck")
    project.add_document(import_pasted("Nothing marked yet.", title="Untouched"))
    snapshot = project.snapshot()
    project.close()
    out = write_report(snapshot, name, tmp_path / f"empty{FORMATS[name].extension}")
    assert out.read_bytes().startswith(MAGIC[name])


def test_unknown_format_missing_folder_and_folder_target_are_user_errors(snapshot, tmp_path):
    with pytest.raises(ExportError, match="Unknown export format 'odt'"):
        write_report(snapshot, "odt", tmp_path / "x.odt")
    with pytest.raises(ExportError, match="does not exist"):
        write_report(snapshot, "md", tmp_path / "missing" / "x.md")
    with pytest.raises(ExportError, match="is a folder"):
        write_report(snapshot, "md", tmp_path)
    assert issubclass(ExportError, UserError) and issubclass(ExportCancelled, UserError)


def test_a_cancelled_export_leaves_the_old_report_alone(snapshot, tmp_path):
    out = tmp_path / "report.html"
    out.write_bytes(b"the good report")
    calls = iter([False, True])
    with pytest.raises(ExportCancelled):
        write_report(snapshot, "html", out, cancelled=lambda: next(calls))
    assert out.read_bytes() == b"the good report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_read_only_folder_is_a_clear_message(snapshot, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="Permission denied"):
            write_report(snapshot, "md", tmp_path / "x.md")
    finally:
        tmp_path.chmod(0o700)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="file-size limits are POSIX")
def test_a_full_disk_leaves_the_old_report_alone(tmp_path):
    """The file-size limit makes the write fail with EFBIG, as a full disk fails it."""
    result = _run(f"""
        import resource, signal
        from pathlib import Path
        from workbench.core.model import new_claim
        from workbench.importers import import_pasted
        from workbench.reports import ExportError, ReportOptions, write_report
        from workbench.store.projectfile import Project

        folder = Path({str(tmp_path)!r})
        project = Project.create(folder / "p.factcheck")
        document = project.add_document(import_pasted("A claim. " * 4000, title="Long"))
        project.add_claim(new_claim(document, 0, 8))
        snapshot = project.snapshot()
        project.close()
        out = folder / "report.md"
        out.write_bytes(b"the good report")
        options = ReportOptions(full_article=True)  # the article makes the report long
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
        try:
            write_report(snapshot, "md", out, options=options)
        except ExportError as err:
            print(err)
    """)
    assert result.returncode == 0, result.stderr
    assert "not enough disk space" in result.stdout
    assert (tmp_path / "report.md").read_bytes() == b"the good report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.factcheck", "report.md"]


def test_importing_reports_does_not_import_qt():
    result = _run("""
        import sys
        import workbench.reports
        print(sorted(m for m in sys.modules if m.startswith("PySide6")))
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("widgets_first", [True, False])
def test_a_pdf_export_never_stops_the_process_from_showing_a_window(tmp_path, widgets_first):
    """Rendering a PDF makes Qt's application; a window shown afterwards must still work.

    A plain QGuiApplication made for the PDF made the process abort as soon as a widget
    was created (the window benchmark's "Fatal Python error: Aborted"). With QtWidgets
    loaded first the PDF's application is a QApplication; without, the PDF loads no
    widget module at all, as the command line needs.
    """
    result = _run(f"""
        import sys
        {"from PySide6 import QtWidgets" if widgets_first else ""}
        from pathlib import Path
        from workbench.core.model import new_claim
        from workbench.importers import import_pasted
        from workbench.reports import write_report
        from workbench.store.projectfile import Project

        folder = Path({str(tmp_path)!r})
        project = Project.create(folder / "p.factcheck")
        document = project.add_document(import_pasted("A claim. More.", title="T"))
        project.add_claim(new_claim(document, 0, 8))
        write_report(project.snapshot(), "pdf", folder / "r.pdf")
        project.close()
        print("widgets loaded:", "PySide6.QtWidgets" in sys.modules)
        if {widgets_first}:
            window = QtWidgets.QLabel("shown after the export")
            window.show()
            QtWidgets.QApplication.processEvents()
            print("window shown")
    """)
    assert result.returncode == 0, result.stderr
    assert f"widgets loaded: {widgets_first}" in result.stdout
    assert ("window shown" in result.stdout) is widgets_first
