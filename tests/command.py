"""The installed ``workbench`` command run in a subprocess, as a user's script would: fixtures
and helpers for every test folder (registered as a plugin by ``tests/conftest.py``)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


def workbench_command() -> list[str]:
    """The console script installed beside this interpreter (``pip install .[test]``)."""
    script = Path(sys.executable).with_name("workbench")
    if not script.exists():
        pytest.fail("the 'workbench' command is not installed in this environment")
    return [str(script)]


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """The command's environment: settings kept inside tmp_path, no screen needed."""
    return {
        **os.environ,
        "WORKBENCH_CONFIG_DIR": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }


@pytest.fixture
def run(tmp_path: Path, cli_env: dict[str, str]) -> Run:
    """``run(*args)``: the command's completed process.

    ``wrap`` runs it through another command (``unshare ... sh -c``, which ends by
    exec'ing the command); ``max_file_bytes`` lowers RLIMIT_FSIZE in the child, so
    that writing past it fails as on a full disk (EFBIG).
    """

    def runner(
        *args: str | Path,
        check_rc: int | None = 0,
        wrap: Sequence[str] = (),
        max_file_bytes: int | None = None,
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [*wrap, *workbench_command(), *map(os.fspath, args)],
            capture_output=True,
            text=True,
            env=cli_env,
            cwd=tmp_path,
            timeout=120,
            check=False,
            preexec_fn=None if max_file_bytes is None else _file_size_limit(max_file_bytes),
        )
        if check_rc is not None:
            assert result.returncode == check_rc, result.stderr
        return result

    return runner


@contextlib.contextmanager
def ctrl_c_as_in_a_terminal() -> Iterator[None]:
    """Start children inside this with the default Ctrl-C, as a command typed in a terminal.

    A process started with SIGINT ignored (a background job of a script, a parallel test
    worker) passes that on through ``exec``, and Python then leaves Ctrl-C ignored, as the
    shell meant. A handler, unlike "ignore", is reset to the default by ``exec``, so this
    process holds Python's own handler while its children start.
    """
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        import resource  # POSIX only, and needed only in the child

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """Assert the command failed with exit 1 and one clean line naming ``fragments``."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("workbench: error: "), line
    assert "internal error" not in line and "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    return line


def digest(path: Path) -> str:
    """The file's SHA-256: whether a refused command left it exactly as it was."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    """Every name in ``folder``, hidden ones included (temporary files, locks)."""
    return sorted(p.name for p in folder.iterdir())


def project_with_claim(run: Run, article: Path, project: str) -> tuple[str, str]:
    """A new project (in the command's folder) with ``article`` and one claim on its first
    "no plans"; returns the document's and the claim's ids."""
    run("new", project)
    document = run("import", project, article).stdout.strip()
    claim = run(
        "claim", "add", project, "--document", document, "--quote", "no plans",
        "--occurrence", "1",
    ).stdout.strip()  # fmt: skip
    return document, claim
