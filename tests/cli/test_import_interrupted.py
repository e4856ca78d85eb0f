"""Ending the CLI in the middle of a PDF import leaves nothing behind.

The installed ``workbench import`` runs on a long PDF; once its parser processes are at
work, the command is ended the three ways a user or a system ends it (Ctrl-C, ``kill``,
``kill -9``). Every process it started must go, and its private temporary folder must
stay empty: the article is never copied to disk.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.command import Run, ctrl_c_as_in_a_terminal, workbench_command

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")

#: Generous bounds for a loaded machine: how long to wait for processes to appear or go.
PATIENCE_SECONDS = 90
LINE = "The council approved the budget on Tuesday by thirty-one votes to twelve."


def long_pdf(path: Path, pages: int = 400, lines: int = 45) -> Path:
    """A plain PDF of ``pages`` pages full of text, written by hand (no library needed)."""
    stream = "BT /F1 10 Tf 50 800 Td 14 TL " + " ".join(f"({LINE}) '" for _ in range(lines))
    stream += " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids ["
        + " ".join(f"{4 + 2 * n} 0 R" for n in range(pages))
        + f"] /Count {pages} >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for n in range(pages):
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * n} 0 R >>"
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def marked(mark: str) -> Iterator[tuple[int, str]]:
    """(pid, command line) of every running process whose environment carries ``mark``."""
    needle = f"WORKBENCH_TEST_MARK={mark}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if needle in environ.split(b"\0") and state != "Z":
            yield int(entry.name), command


def wait_for(condition: Callable[[], bool], what: str) -> None:
    """Poll ``condition`` until it holds; fail with ``what`` after PATIENCE_SECONDS."""
    deadline = time.monotonic() + PATIENCE_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(what)
        time.sleep(0.1)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=str)
def test_ending_the_cli_mid_import_leaves_no_process_and_no_file(
    run: Run, tmp_path: Path, how: signal.Signals
) -> None:
    project = tmp_path / "p.factcheck"
    run("new", project)
    article = long_pdf(tmp_path / "long.pdf")
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    mark = uuid.uuid4().hex
    env = {
        **os.environ,
        "TMPDIR": str(private_tmp),
        "WORKBENCH_TEST_MARK": mark,
        "WORKBENCH_CONFIG_DIR": str(tmp_path / "config"),
    }
    with ctrl_c_as_in_a_terminal():
        cli = subprocess.Popen(
            [*workbench_command(), "import", str(project), str(article)],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    try:
        wait_for(
            lambda: any(pid != cli.pid for pid, _command in marked(mark)),
            "the import never started a parser process",
        )
        time.sleep(1)  # let the parsers get into the pages
        assert cli.poll() is None, "the import ended before it could be interrupted"
        cli.send_signal(how)
        _out, err = cli.communicate(timeout=PATIENCE_SECONDS)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait()
    wait_for(
        lambda: not list(marked(mark)), f"processes outlived the command: {list(marked(mark))}"
    )
    assert list(private_tmp.iterdir()) == []
    assert "Traceback" not in err
    if how == signal.SIGINT:
        assert (cli.returncode, err) == (
            130,
            "workbench: interrupted; any change in progress was undone.\n",
        )
    elif how == signal.SIGTERM:  # caught: the edit in flight rolls back, 128 + N
        assert cli.returncode == 128 + how
        assert err.startswith("workbench: stopped by SIGTERM")
    else:
        assert cli.returncode == -how
    with sqlite3.connect(project) as conn:
        assert conn.execute("select count(*) from documents").fetchone() == (0,)
