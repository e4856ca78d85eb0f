"""Remembering the window's layout between runs: geometry, toolbars and splitter sizes.

Qt's own state blobs are kept base64-encoded in the JSON settings (declared keys in
:mod:`workbench.settings`); anything unreadable is ignored and the default layout used.
"""

from __future__ import annotations

from base64 import b64decode, b64encode

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

from workbench.settings import SPLITTER_SIZES, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from workbench.ui.screen_fit import fit_to_screen

DEFAULT_SIZE = (1280, 800)


def save_layout(window: QMainWindow, splitters: dict[str, QSplitter], settings: Settings) -> None:
    """Keep the window's geometry, state and the sizes of its named splitters."""
    settings.set(WINDOW_GEOMETRY, b64encode(window.saveGeometry().data()).decode())
    settings.set(WINDOW_STATE, b64encode(window.saveState().data()).decode())
    settings.set(SPLITTER_SIZES, {name: s.sizes() for name, s in splitters.items()})


def restore_layout(
    window: QMainWindow, splitters: dict[str, QSplitter], settings: Settings
) -> None:
    """Put back what :func:`save_layout` kept, or a sensible default size."""
    geometry, state = settings.get(WINDOW_GEOMETRY), settings.get(WINDOW_STATE)
    if not geometry or not window.restoreGeometry(QByteArray(b64decode(geometry))):
        window.resize(*DEFAULT_SIZE)
    fit_to_screen(window)  # saved on a bigger screen, or the default on a small one
    if state:
        window.restoreState(QByteArray(b64decode(state)))
    for name, sizes in settings.get(SPLITTER_SIZES).items():
        splitter = splitters.get(name)
        if splitter is not None and all(isinstance(n, int) for n in sizes):
            splitter.setSizes(sizes)
