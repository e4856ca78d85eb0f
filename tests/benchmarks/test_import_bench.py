"""PDF import speed, as ratios against baselines measured in the same run (DESIGN.md §7).

Run with: ``python -m pytest tests/benchmarks/test_import_bench.py -o addopts="" -s``.
The document is the federal register (15 pages, three columns) four times over: 60 pages.

Measured, single process unless said: pdfplumber's ``extract_text()`` (the baseline),
pypdfium2's raw text (the floor), our import (parser processes, one per core, layout
included), and pypdfium2's characters fed to our layout analysis (what swapping the
character source would gain). Targets: our import at most 0.6x pdfplumber; progress
shows the first page within 1 s. Last, hostile files of every format: each must end in a
refusal within its bounds (see ``test_hostile_imports_are_bounded``).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest

from tests.conftest import CORPUS
from workbench.importers import ImportOptions, import_file
from workbench.importers.pdf_layout import page_layout
from workbench.importers.pdf_runs import Glyph

pdfium = pytest.importorskip("pypdfium2")
raw = pytest.importorskip("pypdfium2.raw")

COPIES = 4
RESULTS: dict[str, float] = {}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 60-page PDF: the three-column federal register, four times."""
    source = CORPUS / "pdf" / "federal-register-2020-17221.pdf"
    if not source.exists():
        pytest.skip("the shared corpus is not beside this clone")
    merged = pdfium.PdfDocument.new()
    original = pdfium.PdfDocument(source)
    for _ in range(COPIES):
        merged.import_pages(original)
    path = tmp_path_factory.mktemp("bench") / "report.pdf"
    merged.save(path)
    return path


def _pages(path: Path) -> int:
    return len(pdfium.PdfDocument(path))


def _plumber(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()


def _pdfium_text(path: Path) -> None:
    document = pdfium.PdfDocument(path)
    for page in document:
        page.get_textpage().get_text_range()


def _pdfium_layout(path: Path) -> None:
    """pypdfium2's characters (text, box, size) through the same layout analysis."""
    document = pdfium.PdfDocument(path)
    for number, page in enumerate(document, start=1):
        width, height = page.get_size()
        textpage = page.get_textpage()
        count = textpage.count_chars()
        glyphs = []
        for index in range(count):
            code = raw.FPDFText_GetUnicode(textpage.raw, index)
            if raw.FPDFText_IsGenerated(textpage.raw, index) or code in (0, 10, 13):
                continue
            left, bottom, right, top = textpage.get_charbox(index)
            size = raw.FPDFText_GetFontSize(textpage.raw, index)
            glyphs.append(Glyph(chr(code), left, right, height - top, height - bottom, size))
        page_layout(number, width, height, glyphs)


def _measure(benchmark, name: str, run, path: Path) -> None:
    benchmark.pedantic(run, args=(path,), rounds=3, iterations=1, warmup_rounds=1)
    RESULTS[name] = benchmark.stats.stats.min
    pages, seconds = _pages(path), RESULTS[name]
    print(f"\n{name}: {pages / seconds:.1f} pages/s ({seconds / pages * 1000:.1f} ms/page)")


def test_pdfplumber_extract_text(benchmark, report: Path) -> None:
    _measure(benchmark, "pdfplumber extract_text", _plumber, report)


def test_pypdfium2_raw_text(benchmark, report: Path) -> None:
    _measure(benchmark, "pypdfium2 raw text", _pdfium_text, report)


def test_workbench_import(benchmark, report: Path) -> None:
    _measure(benchmark, "workbench import", import_file, report)


def test_workbench_import_one_process(benchmark, report: Path) -> None:
    one = ImportOptions(pdf_workers=1)
    _measure(benchmark, "workbench import, 1 process", lambda p: import_file(p, one), report)


def test_pypdfium2_chars_through_our_layout(benchmark, report: Path) -> None:
    _measure(benchmark, "pypdfium2 chars + our layout", _pdfium_layout, report)


def test_first_page_shows_within_a_second(benchmark, report: Path) -> None:
    first: list[float] = []

    def run(path: Path) -> None:
        start = time.perf_counter()
        first.clear()

        def progress(done: int, _total: int) -> None:
            if done and not first:
                first.append(time.perf_counter() - start)

        import_file(path, ImportOptions(progress=progress))

    benchmark.pedantic(run, args=(report,), rounds=3, iterations=1)
    print(f"\nfirst page after {first[0]:.2f} s")
    assert first[0] < 1.0


def test_ratio_to_pdfplumber(benchmark) -> None:
    if len(RESULTS) < 3:
        pytest.skip("run the whole module")
    ratio = RESULTS["workbench import"] / RESULTS["pdfplumber extract_text"]
    benchmark.extra_info.update(RESULTS, ratio=ratio)
    benchmark.pedantic(lambda: None, rounds=1)
    print(f"\nworkbench import / pdfplumber extract_text = {ratio:.2f} (target <= 0.6)")
    assert ratio <= 0.6


# Hostile files: time and peak memory of a whole import, each in a fresh interpreter so the
# figures are that import's alone (ru_maxrss of the process and of its parser children).
# The baseline is a real saved news page imported the same way, in the same run.

PROBE = """
import json, resource, sys, time
from workbench.importers import ImportFailed, ImportOptions, import_file
if __name__ == "__main__":
    options = ImportOptions(**json.loads(sys.argv[2]))
    start = time.perf_counter()
    try:
        outcome = "imported %d characters" % len(import_file(sys.argv[1], options).text)
    except ImportFailed as err:
        outcome = str(err)
    print(json.dumps({
        "seconds": time.perf_counter() - start,
        "outcome": outcome,
        "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }))
"""
MB = 1024 * 1024
NESTED = b"<div><span>x</span></div>"
WORD_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HOSTILE_TIMEOUT = 5


def _probe(path: Path, **options: object) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), json.dumps(options)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(result.stdout)


def _nested_page(path: Path, megabytes: float) -> Path:
    body = NESTED * int(megabytes * MB / len(NESTED))
    path.write_bytes(b"<html><body><article>" + body + b"</article></body></html>")
    return path


def _docx_bomb(path: Path, megabytes: int) -> Path:
    """A real Word file whose document.xml inflates to ``megabytes`` of spaces."""
    skeleton = io.BytesIO()
    docx.Document().save(skeleton)
    with (
        zipfile.ZipFile(skeleton) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for info in source.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info.filename, source.read(info))
        with archive.open("word/document.xml", "w") as part:
            part.write(b'<w:document xmlns:w="' + WORD_NS + b'"><w:body><w:p><w:r><w:t>')
            for _ in range(megabytes):
                part.write(b" " * MB)
            part.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return path


def _understated(path: Path, megabytes: int) -> Path:
    """A DOCX whose directory says document.xml holds 1,000 bytes; it inflates to more."""
    _docx_bomb(path, megabytes)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    central = data.rfind(b"PK\x01\x02")  # document.xml was written last
    data[central + 24 : central + 28] = (1000).to_bytes(4, "little")
    data[info.header_offset + 22 : info.header_offset + 26] = (1000).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def test_hostile_imports_are_bounded(benchmark, tmp_path: Path) -> None:
    page = CORPUS / "html" / "dw.com.colonial.html"
    if not page.exists():
        pytest.skip("the shared corpus is not beside this clone")
    sparse = tmp_path / "huge.txt"
    with sparse.open("wb") as handle:
        handle.truncate(10 * 1024 * MB)
    cases = {
        "baseline: a real saved news page": (page, {}),
        "10 GB sparse text file": (sparse, {}),
        "20 MB page of nested blocks": (_nested_page(tmp_path / "big.html", 20), {}),
        "3 MB page of nested blocks": (
            _nested_page(tmp_path / "slow.html", 3),
            {"timeout_seconds": HOSTILE_TIMEOUT},
        ),
        "DOCX: document.xml inflating to 900 MB": (_docx_bomb(tmp_path / "b.docx", 900), {}),
        "DOCX: directory understating 200 MB": (_understated(tmp_path / "u.docx", 200), {}),
    }
    found = {name: _probe(path, **options) for name, (path, options) in cases.items()}
    benchmark.extra_info.update(found)
    benchmark.pedantic(lambda: None, rounds=1)
    print(f"\n{'attack':42} {'time':>7} {'parent':>8} {'child':>8}  outcome")
    for name, row in found.items():
        print(
            f"{name:42} {row['seconds']:6.2f}s {row['parent_mb']:6.0f}MB "
            f"{row['child_mb']:6.0f}MB  {str(row['outcome'])[:90]}"
        )
    base = found.pop("baseline: a real saved news page")
    assert str(base["outcome"]).startswith("imported")
    for name, row in found.items():
        assert not str(row["outcome"]).startswith("imported"), name
        assert float(row["child_mb"]) <= ImportOptions().memory_mb, name
        assert float(row["parent_mb"]) <= 2 * float(base["parent_mb"]) + 64, name
    for name in ("10 GB sparse text file", "20 MB page of nested blocks"):
        assert float(found[name]["seconds"]) <= float(base["seconds"]), name
    slow = float(found["3 MB page of nested blocks"]["seconds"])
    assert slow <= HOSTILE_TIMEOUT + 3 * float(base["seconds"])
