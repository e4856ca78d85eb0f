"""Shared helpers for the packaging tests: the files under test and the real tools.

``packaging/`` is not a Python package (its name would clash with PyPI's ``packaging``), so
its scripts are loaded by path. Each Linux validator is the real one from its Debian package;
a test skips, naming the package, when the tool is not installed.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path
from types import ModuleType

import pytest

from workbench import APP_ID
from workbench.store.projectfile import Project

REPO = Path(__file__).resolve().parent.parent.parent
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
MIME_FILE = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-factcheck"

#: The Debian package that provides each command the tests run.
DEBIAN_PACKAGES = {
    "desktop-file-validate": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "appstreamcli": "appstream",
    "update-mime-database": "shared-mime-info",
    "gio": "libglib2.0-bin",
}


def load_script(name: str) -> ModuleType:
    """Import ``packaging/<name>.py`` as a module."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tool(command: str) -> str:
    """The path of ``command``; skips the test, naming the Debian package, if it is missing."""
    found = shutil.which(command)
    if found is None:
        pytest.skip(f"{command} is not installed (Debian package {DEBIAN_PACKAGES[command]})")
    return found


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing its output as text; the caller checks the outcome."""
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """A real, empty project file made by the store."""
    path = tmp_path / "review.factcheck"
    Project.create(path, title="MIME test").close()
    return path


@pytest.fixture
def plain_sqlite_file(tmp_path: Path) -> Path:
    """An ordinary SQLite database: the same header, no application id."""
    path = tmp_path / "plain.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("create table notes (body text)")
        conn.commit()
    return path


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Build the bundle only when asked: ``-m bundle`` (any -m naming it) runs those tests."""
    if "bundle" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="builds the PyInstaller bundle; run with -m bundle")
    for item in items:
        if item.get_closest_marker("bundle") is not None:
            item.add_marker(skip)
