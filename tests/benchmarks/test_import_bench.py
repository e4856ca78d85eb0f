"""PDF import speed, as ratios against baselines measured in the same run (DESIGN.md §7).

Run with: ``python -m pytest tests/benchmarks/test_import_bench.py -o addopts="" -s``.
The document is the federal register (15 pages, three columns) four times over: 60 pages.

Measured, single process unless said: pdfplumber's ``extract_text()`` (the baseline),
pypdfium2's raw text (the floor), our import (parser processes, one per core, layout
included), and pypdfium2's characters fed to our layout analysis (what swapping the
character source would gain). Targets: our import at most 0.6x pdfplumber; progress
shows the first page within 1 s.
"""

from __future__ import annotations

import time
from pathlib import Path

import pdfplumber
import pytest

from tests.conftest import CORPUS
from workbench.importers import ImportOptions, import_file
from workbench.importers.pdf_layout import Glyph, page_layout

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
