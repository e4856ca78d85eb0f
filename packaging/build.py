"""Build the desktop bundle: ``python packaging/build.py`` on Linux, Windows or macOS.

It runs PyInstaller on ``packaging/workbench.spec`` with the Python that runs this script
(so use the environment that has the project's dependencies and ``pyinstaller``), from any
working folder, and reports the bundle's folder, size and build time. ``--archive`` also
packs the folder into a ``.tar.gz`` (Linux) or ``.zip`` (Windows, macOS) to hand out;
``--installer`` (Windows, with Inno Setup 6's ``iscc`` on PATH) builds the setup program
from ``packaging/windows/workbench.iss``.

The result is ``dist/workbench/`` (plus ``dist/Fact-check Workbench.app`` on macOS); build
files go to ``build/pyinstaller/``. Both are relative to the repository root.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "workbench.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "workbench"
INNO_SCRIPT = ROOT / "packaging" / "windows" / "workbench.iss"


def executable(bundle: Path = BUNDLE) -> Path:
    """The bundle's program: ``workbench.exe`` on Windows, ``workbench`` elsewhere."""
    return bundle / ("workbench.exe" if sys.platform == "win32" else "workbench")


def folder_size(folder: Path) -> int:
    """Bytes in all files under ``folder`` (links not followed), i.e. what a user downloads."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(*, clean: bool = False, dist: Path = DIST, work: Path = WORK) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder. Raises on a failed build."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
    ]
    if clean:
        command.append("--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = dist / "workbench"
    if not executable(bundle).is_file():
        raise FileNotFoundError(f"PyInstaller finished but {executable(bundle)} is missing")
    return bundle


def archive(bundle: Path) -> Path:
    """Pack the bundle for download: .tar.gz keeps Linux's executable bits, .zip elsewhere."""
    from workbench import __version__  # noqa: PLC0415 - only after the checkout is on the path

    fmt = "gztar" if sys.platform.startswith("linux") else "zip"
    platform = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, "os")
    base = bundle.parent / f"fact-check-workbench-{__version__}-{platform}"
    return Path(shutil.make_archive(str(base), fmt, bundle.parent, bundle.name))


def installer(bundle: Path, work: Path = WORK) -> None:
    """Run Inno Setup on the bundle, passing the package's version and the generated icon."""
    from workbench import APP_ID, __version__  # noqa: PLC0415 - as in archive()

    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        raise FileNotFoundError(
            "Inno Setup's iscc is not on PATH (https://jrsoftware.org/isinfo.php)"
        )
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={__version__}",
            f"/DSourceDir={bundle}",
            f"/DIconFile={work / 'icons' / f'{APP_ID}.ico'}",
            str(INNO_SCRIPT),
        ],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Build, then say where the bundle is, how big it is and how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--archive", action="store_true", help="also pack a .tar.gz/.zip")
    parser.add_argument("--installer", action="store_true", help="also run Inno Setup (Windows)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    started = time.monotonic()
    try:
        bundle = build(clean=args.clean)
    except (subprocess.CalledProcessError, FileNotFoundError) as err:
        print(f"build failed: {err}", file=sys.stderr)  # noqa: T201
        return 1
    seconds = time.monotonic() - started
    size_mb = folder_size(bundle) / 1_000_000
    print(f"bundle: {bundle} ({size_mb:.0f} MB, built in {seconds:.0f} s)")  # noqa: T201
    print(f"try it: {executable(bundle)} --self-test")  # noqa: T201
    if args.archive:
        packed = archive(bundle)
        print(f"archive: {packed} ({packed.stat().st_size / 1_000_000:.0f} MB)")  # noqa: T201
    if args.installer:
        try:
            installer(bundle)
        except (subprocess.CalledProcessError, FileNotFoundError) as err:
            print(f"installer failed: {err}", file=sys.stderr)  # noqa: T201
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
