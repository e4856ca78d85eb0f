"""Render the app icon's SVG into every raster form the three platforms want.

One SVG (``resources/icons/<app id>.svg``) is the only drawing; everything else is made
from it here, so no size is ever touched up by hand and they cannot drift apart:

* Linux: the freedesktop hicolor theme, ``hicolor/<n>x<n>/apps/<app id>.png`` for the
  usual sizes plus ``hicolor/scalable/apps/<app id>.svg``;
* Windows: ``<app id>.ico`` (256 px; Windows scales it down for small views);
* macOS: ``<app id>.icns``.

Why Qt: PySide6 is already a dependency; ``QSvgRenderer`` (QtSvg, in PySide6-Essentials)
draws the SVG, and Qt's own image plugins write PNG, ICO and ICNS. Pillow or Inkscape
would be one more thing to install on every build machine for no gain.

Run ``python packaging/make_icons.py OUT_DIR``; the PyInstaller spec calls
:func:`render_icons` itself.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import APP_ID  # noqa: E402 - the checkout must be importable first

SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
#: The sizes desktop environments look up (hicolor theme), 16 px menus to 512 px stores.
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZE = 256
ICNS_SIZE = 512


def _ensure_gui_application() -> object:
    """QPainter needs a QGuiApplication; make an offscreen one when none is running."""
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415 - Qt only when rendering

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["make_icons"])


def _render(svg: Path, size: int, target: Path, fmt: str) -> Path:
    """Draw ``svg`` on a transparent ``size`` x ``size`` image and save it as ``fmt``."""
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), fmt):
        raise OSError(f"Qt could not write {target} (is its '{fmt}' image plugin missing?)")
    return target


def render_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write every icon into ``out_dir``; returns ``{"hicolor", "ico", "icns", "png"}`` paths.

    ``hicolor`` is the theme folder (copy it into ``share/icons``), ``png`` the largest PNG.
    """
    _app = _ensure_gui_application()  # must outlive the painting below
    hicolor = out_dir / "hicolor"
    for size in HICOLOR_SIZES:
        _render(svg, size, hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png", "PNG")
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    result = {
        "hicolor": hicolor,
        "png": hicolor / f"{HICOLOR_SIZES[-1]}x{HICOLOR_SIZES[-1]}" / "apps" / f"{APP_ID}.png",
        "ico": _render(svg, ICO_SIZE, out_dir / f"{APP_ID}.ico", "ICO"),
        "icns": _render(svg, ICNS_SIZE, out_dir / f"{APP_ID}.icns", "ICNS"),
    }
    return result


def main(argv: list[str] | None = None) -> int:
    """Command line: ``make_icons.py OUT_DIR``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="where to write hicolor/, .ico and .icns")
    args = parser.parse_args(argv)
    for kind, path in render_icons(args.out_dir).items():
        print(f"{kind}: {path}")  # noqa: T201 - a command-line tool reports what it wrote
    return 0


if __name__ == "__main__":
    sys.exit(main())
