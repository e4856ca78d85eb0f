"""A read-only folder, a full disk or a bad path is one clear line, never "internal error".

The failures are real: a read-only bind mount and a small full tmpfs in a private mount
namespace (``unshare``), RLIMIT_FSIZE in the child (EFBIG, what a full quota gives), an
immutable folder (``chattr +i``, which even root cannot write). After each, the project
must hold the same bytes, and no temporary file or lock may be left behind.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.command import Run, digest, listing, one_line_error

PESKOV = "You cannot postpone what has not been scheduled"


@functools.cache
def _private_mounts() -> list[str] | str:
    """The ``unshare`` prefix that lets a child mount privately, or why there is none."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return "the 'unshare' command is not installed"
    prefix = [unshare, "--mount"] + ([] if os.geteuid() == 0 else ["--map-root-user"])
    probe = subprocess.run(
        [*prefix, "sh", "-c", "mount -t tmpfs tmpfs /mnt"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        return f"private mounts are not allowed here ({probe.stderr.strip()})"
    return prefix


def mounted(folder: Path, setup: str) -> list[str]:
    """A ``wrap`` for ``run``: ``setup`` (a shell line using $0 = ``folder``), then the
    command; afterwards the folder's names go to ``folder``.listing and the project (if
    any) to ``folder``.after, since a tmpfs vanishes with its namespace."""
    prefix = _private_mounts()
    if isinstance(prefix, str):
        pytest.skip(prefix)
    script = (
        f'{setup} || exit 99; "$@"; rc=$?; ls -A "$0" > "$0.listing"; '
        '[ -f "$0/p.factcheck" ] && cp "$0/p.factcheck" "$0.after"; exit $rc'
    )
    return [*prefix, "sh", "-c", script, str(folder)]


READ_ONLY = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0"'


@pytest.fixture
def project(run: Run, tmp_path: Path, sample_article: Path) -> tuple[Path, str]:
    """A project holding the sample article, in its own folder; returns it and the doc id."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "p.factcheck"
    run("new", path)
    return path, run("import", path, sample_article).stdout.strip()


def _unchanged(project: Path, before: str, names: list[str]) -> None:
    assert digest(project) == before
    assert listing(project.parent) == names


def test_a_read_only_folder_refuses_every_write_in_one_line(
    run: Run, project: tuple[Path, str], sample_article: Path
) -> None:
    path, document_id = project
    folder = path.parent
    before, names = digest(path), listing(folder)
    ro = mounted(folder, READ_ONLY)
    one_line_error(run("new", folder / "n.factcheck", wrap=ro, check_rc=None), "read-only")
    one_line_error(
        run("export", path, "--format", "html", "-o", folder / "r.html", wrap=ro, check_rc=None),
        "read-only",
    )
    for args in (
        ("claim", "add", path, "--document", document_id, "--quote", PESKOV),
        ("import", path, sample_article),
        ("settings", path, "--title", "New title"),
    ):
        one_line_error(run(*args, wrap=ro, check_rc=None), "read-only")
    assert run("check", path, wrap=ro).stdout.startswith("p.factcheck: OK")
    _unchanged(path, before, names)


def test_a_full_disk_refuses_every_write_in_one_line(
    run: Run, project: tuple[Path, str], tmp_path: Path
) -> None:
    path, document_id = project
    full = tmp_path / "full"
    full.mkdir()
    # A tmpfs big enough for the project, then filled to the last byte.
    size_kb = path.stat().st_size // 1024 + 64
    fill = (
        f'mount -t tmpfs -o size={size_kb}k tmpfs "$0" && cp "{path}" "$0/" && '
        '{ dd if=/dev/zero of="$0/filler" bs=1k 2>/dev/null; true; }'
    )
    commands = {
        "new": ("new", full / "n.factcheck"),
        "export": ("export", full / "p.factcheck", "--format", "json", "-o", full / "p.json"),
        "claim": (
            "claim",
            "add",
            full / "p.factcheck",
            "--document",
            document_id,
            "--quote",
            PESKOV,
        ),
    }
    for name, args in commands.items():
        result = run(*args, wrap=mounted(full, fill), check_rc=None)
        line = one_line_error(result).lower()
        assert "disk" in line or "space" in line, (name, line)
        after = tmp_path / "full.after"
        assert digest(after) == digest(path), name
        names = (tmp_path / "full.listing").read_text(encoding="utf-8").split()
        assert sorted(names) == ["filler", "p.factcheck"], name


def test_a_file_size_limit_fails_like_a_full_disk_and_keeps_the_old_files(
    run: Run, project: tuple[Path, str]
) -> None:
    path, document_id = project
    folder = path.parent
    old_report = folder / "r.html"
    old_report.write_text("last week's report", encoding="utf-8")
    before, names = digest(path), listing(folder)
    limit = 4096  # smaller than any report or project
    line = one_line_error(
        run(
            "export",
            path,
            "--format",
            "html",
            "-o",
            old_report,
            max_file_bytes=limit,
            check_rc=None,
        )
    )
    assert "disk space" in line
    assert old_report.read_text(encoding="utf-8") == "last week's report"
    one_line_error(run("new", folder / "n.factcheck", max_file_bytes=limit, check_rc=None))
    one_line_error(
        run(
            "claim",
            "add",
            path,
            "--document",
            document_id,
            "--quote",
            PESKOV,
            max_file_bytes=limit,
            check_rc=None,
        )
    )
    _unchanged(path, before, names)


def test_an_immutable_folder_is_permission_denied(run: Run, project: tuple[Path, str]) -> None:
    path, _ = project
    folder = path.parent
    chattr = shutil.which("chattr")
    locked = (
        chattr is not None
        and subprocess.run([chattr, "+i", str(folder)], capture_output=True, check=False).returncode
        == 0
    )
    if not locked:
        pytest.skip("this file system does not support immutable folders (chattr +i)")
    try:
        one_line_error(run("new", folder / "n.factcheck", check_rc=None), "ermission")
        one_line_error(
            run("export", path, "--format", "md", "-o", folder / "r.md", check_rc=None),
            "Permission denied",
        )
    finally:
        subprocess.run([str(chattr), "-i", str(folder)], check=True)
    assert listing(folder) == ["p.factcheck"]


def test_bad_paths_are_one_line_each(run: Run, project: tuple[Path, str], tmp_path: Path) -> None:
    path, document_id = project
    long_name = "a" * 300 + ".factcheck"
    one_line_error(run("new", tmp_path / long_name, check_rc=None), "too long")
    one_line_error(run("claims", tmp_path / long_name, check_rc=None))
    one_line_error(
        run("export", path, "--format", "md", "-o", tmp_path / ("b" * 300 + ".md"), check_rc=None)
    )
    one_line_error(run("new", tmp_path / "work", check_rc=None), "already exists")
    one_line_error(run("claims", tmp_path / "work", check_rc=None), "folder")
    one_line_error(run("import", path, tmp_path / "work", check_rc=None), "folder")
    one_line_error(run("export", path, "--format", "md", "-o", tmp_path, check_rc=None), "folder")
    one_line_error(run("export", path, "--format", "md", "-o", path / "r.md", check_rc=None))
    gone = tmp_path / "gone.factcheck"
    shutil.copy(path, gone)
    gone.unlink()  # moved away between two commands
    one_line_error(
        run("claim", "add", gone, "--document", document_id, "--quote", PESKOV, check_rc=None),
        "does not exist",
    )
    assert not any(name.startswith(".~lock") for name in listing(tmp_path))
