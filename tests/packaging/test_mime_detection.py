"""Content sniffing by the MIME magic: a project is recognised, a plain SQLite file is not.

The MIME XML is installed into a temporary XDG data folder, compiled with
``update-mime-database`` (shared-mime-info), and files are then identified by GLib's
shared-mime-info implementation through ``gio info`` (libglib2.0-bin), as a file manager
would. Names without the .factcheck extension make the magic, not the glob, decide.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.packaging.conftest import DESKTOP_FILE, MIME_FILE, MIME_TYPE, run, tool
from workbench import APP_ID


@pytest.fixture
def xdg_env(tmp_path: Path) -> dict[str, str]:
    """An environment whose XDG data home holds our MIME type and desktop file, compiled.

    GLib hides a desktop file whose ``TryExec`` program is not on PATH, so PATH gets a
    ``workbench`` stand-in (the bundle tests install the real one with install-linux.sh).
    """
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "workbench").write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    (bin_dir / "workbench").chmod(0o755)
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "applications").mkdir()
    shutil.copyfile(MIME_FILE, data / "mime" / "packages" / f"{APP_ID}.xml")
    shutil.copyfile(DESKTOP_FILE, data / "applications" / DESKTOP_FILE.name)
    assert run(tool("update-mime-database"), data / "mime").returncode == 0
    assert run(tool("update-desktop-database"), data / "applications").returncode == 0
    return {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "XDG_DATA_HOME": str(data),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def content_type(path: Path, env: dict[str, str]) -> str:
    result = run(tool("gio"), "info", "--attributes=standard::content-type", path, env=env)
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        key, _, value = line.strip().partition(": ")
        if key == "standard::content-type":
            return value
    raise AssertionError(f"gio printed no content type: {result.stdout}")


def test_a_project_file_is_recognised_by_its_content(
    project_file: Path, xdg_env: dict[str, str], tmp_path: Path
) -> None:
    renamed = project_file.rename(tmp_path / "sent-by-email.bin")
    assert content_type(renamed, xdg_env) == MIME_TYPE


def test_a_plain_sqlite_file_is_not_taken_for_a_project(
    plain_sqlite_file: Path, xdg_env: dict[str, str]
) -> None:
    assert content_type(plain_sqlite_file, xdg_env) == "application/vnd.sqlite3"


def test_a_project_file_is_recognised_by_its_name(
    project_file: Path, xdg_env: dict[str, str]
) -> None:
    assert content_type(project_file, xdg_env) == MIME_TYPE


def test_the_desktop_file_is_registered_for_project_files(xdg_env: dict[str, str]) -> None:
    result = run(tool("gio"), "mime", MIME_TYPE, env=xdg_env)
    assert result.returncode == 0, result.stderr
    assert DESKTOP_FILE.name in result.stdout
