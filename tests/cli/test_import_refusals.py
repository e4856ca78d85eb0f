"""Files the installed ``workbench import`` must refuse: one line on stderr, exit 1, nothing
added to the project, no traceback."""

from __future__ import annotations

import os
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.command import Run

GB = 1024 * 1024 * 1024


def _sparse_10_gb(folder: Path) -> Path:
    path = folder / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(10 * GB)
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def _blank(folder: Path) -> Path:
    path = folder / "blank.md"
    path.write_bytes(b"\n \t\r\n\n")
    return path


def _pipe(folder: Path) -> Path:
    path = folder / "article.txt"
    os.mkfifo(path)
    return path


def _docx_bomb(folder: Path) -> Path:
    path = folder / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w") as part:
            for _ in range(100):
                part.write(b" " * (1024 * 1024))
    return path


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "10 GB": (_sparse_10_gb, "'huge.pdf' is 10,240 MB, more than the 200 MB"),
    "empty": (_empty, "'empty.txt' is empty: there is nothing in it to import."),
    "blank": (_blank, "'blank.md' is empty: there is nothing in it to import."),
    "pipe": (_pipe, "'article.txt' is not an ordinary file (a device or a pipe)"),
    "zip bomb": (_docx_bomb, "'bomb.docx' holds a part ('word/document.xml') that inflates"),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a Unix thing")
@pytest.mark.parametrize("case", CASES)
def test_a_hostile_or_empty_file_is_one_line_and_adds_nothing(
    run: Run, tmp_path: Path, case: str
) -> None:
    make, message = CASES[case]
    project = tmp_path / "p.factcheck"
    run("new", project)
    result = run("import", project, make(tmp_path), check_rc=1)
    assert result.stderr.startswith(f"workbench: error: {message}")
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
    with sqlite3.connect(project) as conn:
        assert conn.execute("select count(*) from documents").fetchone() == (0,)
