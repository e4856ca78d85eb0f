"""Build the PyInstaller bundle and run it as a user would: outside any virtual environment.

Marked ``bundle``: the build takes a while and needs ``pyinstaller``, so these run only when
asked (``python -m pytest -m bundle tests/packaging``; ``.ci/run`` does). The bundle is
built once per session into a temporary folder and run with a bare environment: no
VIRTUAL_ENV, no PYTHONPATH, a temporary HOME, and Qt offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import DESKTOP_FILE, MIME_TYPE, load_script, run, tool
from workbench import APP_ID, __version__

pytestmark = [pytest.mark.bundle, pytest.mark.slow]

build = load_script("build")

#: Guards against collecting what the program does not use (QtWebEngine alone is ~200 MB).
#: Measured at 227 MB on Linux with PySide6 6.11.
MAX_BUNDLE_MB = 280


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller to build the bundle")
    root = tmp_path_factory.mktemp("bundle")
    return build.build(dist=root / "dist", work=root / "work")


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """What a desktop user's program sees: system PATH, own HOME, no Python settings."""
    home = tmp_path / "home"
    home.mkdir()
    return {
        "PATH": os.defpath,
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }


def test_version_matches_the_package(bundle: Path, user_env: dict[str, str]) -> None:
    result = run(build.executable(bundle), "--version", env=user_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["workbench", __version__]


def test_self_test_passes(bundle: Path, user_env: dict[str, str]) -> None:
    result = run(build.executable(bundle), "--self-test", env=user_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "self-test passed", result.stdout


def test_bundle_stays_lean(bundle: Path) -> None:
    size_mb = build.folder_size(bundle) / 1_000_000
    assert size_mb < MAX_BUNDLE_MB, f"the bundle grew to {size_mb:.0f} MB"
    qt = bundle / "_internal" / "PySide6"
    assert not list(qt.glob("QtNetwork*")), "QtNetwork is not used and should stay out"
    assert not list(qt.rglob("libqgtk3*")), "the GTK theme plugin should stay out"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")
def test_install_linux_registers_the_app_and_uninstall_removes_it(
    bundle: Path, user_env: dict[str, str]
) -> None:
    env = {**user_env, "PATH": f"{os.environ.get('PATH', '')}{os.pathsep}{os.defpath}"}
    data = Path(env["XDG_DATA_HOME"])
    installed = data / "applications" / DESKTOP_FILE.name

    result = run(bundle / "install-linux.sh", env=env)
    assert result.returncode == 0, result.stderr
    assert run(tool("desktop-file-validate"), installed).returncode == 0
    assert f'Exec="{build.executable(bundle)}" %f' in installed.read_text(encoding="utf-8")
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert DESKTOP_FILE.name in run(tool("gio"), "mime", MIME_TYPE, env=env).stdout

    result = run(bundle / "install-linux.sh", "--uninstall", env=env)
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))
    assert DESKTOP_FILE.name not in run(tool("gio"), "mime", MIME_TYPE, env=env).stdout


@pytest.mark.parametrize("article", ["pdf/issue-848.pdf", "html/reuters.com.parasite.html"])
def test_the_bundle_imports_real_articles(
    bundle: Path, user_env: dict[str, str], tmp_path: Path, corpus: Path, article: str
) -> None:
    """PDFs parse in child processes and web pages need trafilatura's data files: both must
    work inside a frozen executable, where the parsers are loaded on first use."""
    source = corpus / article
    if not source.exists():
        pytest.skip(f"the corpus lacks {article}")
    project = tmp_path / "bundle.factcheck"
    exe = build.executable(bundle)
    assert run(exe, "new", project, env=user_env).returncode == 0
    result = run(exe, "import", project, source, env=user_env)
    assert result.returncode == 0, result.stderr
    listing = run(exe, "check", project, env=user_env)
    assert listing.returncode == 0 and "1 document(s)" in listing.stdout


def test_the_bundle_writes_reports_in_the_project_language(
    bundle: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    """The compiled catalogues (built by the spec, not kept in the repository) and Qt's own
    travel in the bundle: a French project's report comes out in French."""
    assert list(bundle.rglob("workbench/resources/translations/workbench_fr.qm"))
    assert list(bundle.rglob("translations/qtbase_fr.qm"))
    exe = build.executable(bundle)
    project = tmp_path / "langue.factcheck"
    report = tmp_path / "rapport.html"
    assert run(exe, "new", project, env=user_env).returncode == 0
    assert run(exe, "settings", project, "--language", "fr", env=user_env).returncode == 0
    result = run(exe, "export", project, "--format", "html", "--out", report, env=user_env)
    assert result.returncode == 0, result.stderr
    assert "Notre méthode de notation" in report.read_text(encoding="utf-8")
