"""Every import is bounded: size before reading, then time, memory and cancel in a child.

These attack the importer the CLI and the window share with real files on disk: sparse
files far over the limit, pipes and devices, empty files, web pages over their own limit,
and parsers stopped by their deadline, their memory cap or the user. Each outcome is one
clear ImportFailed line, and no parser process is left behind.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.processes import HAS_PROC, running_children
from workbench.importers import (
    ImportCancelled,
    ImportFailed,
    ImportOptions,
    import_bytes,
    import_file,
)
from workbench.importers.webpage import MAX_MB as WEB_PAGE_MAX_MB

GB = 1024 * 1024 * 1024
PAGE = b"<html><head><title>Budget</title></head><body><article>%s</article></body></html>"
PARAGRAPH = b"<p>The council approved the budget on Tuesday by 31 votes to 12.</p>"


@pytest.fixture
def no_stray_children():
    """Fails the test if a parser process outlives its import."""
    before = running_children() if HAS_PROC else set()
    yield
    if HAS_PROC:
        assert running_children() - before == set()


def _sparse(path: Path, size: int, head: bytes = b"") -> Path:
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)
    return path


@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx", ".html", ".md"])
def test_a_10_gb_file_is_refused_before_it_is_read(tmp_path: Path, suffix: str) -> None:
    path = _sparse(tmp_path / f"huge{suffix}", 10 * GB, b"%PDF-1.7\n" if suffix == ".pdf" else b"")
    with pytest.raises(ImportFailed, match=r"'huge\S*' is 10,240 MB, more than the 200 MB"):
        import_file(path)


def test_a_web_page_over_its_own_limit_is_refused(tmp_path: Path) -> None:
    size = (WEB_PAGE_MAX_MB + 1) * 1024 * 1024
    path = _sparse(tmp_path / "saved.html", size, PAGE % PARAGRAPH)
    with pytest.raises(ImportFailed, match=f"more than the {WEB_PAGE_MAX_MB} MB an article"):
        import_file(path)
    with pytest.raises(ImportFailed, match=f"more than the {WEB_PAGE_MAX_MB} MB an article"):
        import_bytes(path.read_bytes(), "saved.html")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a Unix thing")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    with pytest.raises(ImportFailed, match="not an ordinary file"):
        import_file(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="a Unix device")
def test_a_device_is_refused() -> None:
    with pytest.raises(ImportFailed, match="not an ordinary file"):
        import_file("/dev/zero")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="is a folder"):
        import_file(tmp_path)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("empty.pdf", b""),
        ("empty.docx", b""),
        ("blank.md", b"  \n\n\t \r\n"),
        ("blank.html", b"\n \n"),
    ],
)
def test_an_empty_or_blank_file_is_refused(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=f"'{name}' is empty: there is nothing in it"):
        import_file(path)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("spaces.txt", "\ufeff \u3000\n\u00a0\n".encode()),
        ("utf16.txt", "   \n\n".encode("utf-16")),
        ("markup.md", b"<!-- nothing -->\n\n---\n"),
    ],
)
def test_a_file_with_no_text_is_refused(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=f"'{name}' contains no text"):
        import_file(path)


def _slow_page(tmp_path: Path) -> Path:
    """A page of nested blocks the extractor needs many seconds for (about 10 s a MB)."""
    path = tmp_path / "nested.html"
    path.write_bytes(PAGE % (b"<div><span>x</span></div>" * 200_000))
    return path


def test_a_slow_web_page_is_stopped_at_the_time_limit(tmp_path: Path, no_stray_children) -> None:
    with pytest.raises(ImportFailed, match="took longer than 1 s, the time limit"):
        import_file(_slow_page(tmp_path), ImportOptions(timeout_seconds=1))


def test_a_web_page_import_can_be_cancelled(tmp_path: Path, no_stray_children) -> None:
    started = threading.Event()
    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        started.set()

    options = ImportOptions(progress=progress, cancelled=started.is_set)
    with pytest.raises(ImportCancelled, match="cancelled"):
        import_file(_slow_page(tmp_path), options)
    assert steps == [(0, 0)]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("budget.html", PAGE % PARAGRAPH),
        ("budget.md", PAGE % PARAGRAPH),
        ("budget.txt", PARAGRAPH * 100_000),
    ],
)
def test_a_parser_over_the_memory_limit_is_one_clear_line(
    tmp_path: Path, name: str, content: bytes, no_stray_children
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match="memory") as failure:
        import_file(path, ImportOptions(memory_mb=8))
    assert "\n" not in str(failure.value)


def test_imports_still_work_within_the_limits(tmp_path: Path, no_stray_children) -> None:
    path = tmp_path / "budget.html"
    path.write_bytes(PAGE % PARAGRAPH)
    doc = import_file(path)
    assert doc.text == "The council approved the budget on Tuesday by 31 votes to 12."
    assert doc.original == path.read_bytes()
