"""make_icons.py renders the one SVG into every size and format the platforms look up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

from tests.packaging.conftest import load_script
from workbench import APP_ID

make_icons = load_script("make_icons")


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> dict[str, Path]:
    return make_icons.render_icons(tmp_path_factory.mktemp("icons"))


@pytest.mark.parametrize("size", make_icons.HICOLOR_SIZES)
def test_every_hicolor_size_is_rendered_at_its_size(icons: dict[str, Path], size: int) -> None:
    image = QImage(str(icons["hicolor"] / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert (image.width(), image.height()) == (size, size)
    centre = image.pixelColor(size // 2, size // 2)
    corner = image.pixelColor(0, 0)
    assert centre.alpha() == 255, "the drawing is missing"
    assert corner.alpha() == 0, "the background must stay transparent"


def test_the_scalable_icon_is_the_svg_source(icons: dict[str, Path]) -> None:
    scalable = icons["hicolor"] / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == make_icons.SVG.read_bytes()


@pytest.mark.parametrize(("kind", "fmt", "size"), [("ico", b"ico", 256), ("icns", b"icns", 512)])
def test_windows_and_macos_icons_are_readable(
    icons: dict[str, Path], kind: str, fmt: bytes, size: int
) -> None:
    reader = QImageReader(str(icons[kind]))
    assert reader.format().data() == fmt
    image = reader.read()
    assert not image.isNull(), reader.errorString()
    assert image.width() == size
