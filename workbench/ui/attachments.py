"""Evidence attachments in and out of the program: pick a file, save one, open one.

An attached file may come from a colleague's project, so it is untrusted: it is opened
with the system's viewer only when its kind is a document or picture (never a program,
script or web page that could run code), from a private temporary folder, and only on
the user's click. Anything else can be saved and opened by the user deliberately.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from workbench.core.errors import UserError
from workbench.core.model import MAX_ATTACHMENT_BYTES
from workbench.ui.language import isolate

#: Kinds of file handed to the system viewer directly; everything else is only saved.
VIEWABLE = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".pdf", ".txt"})


def ask_path(parent: QWidget | None) -> Path | None:
    """Ask for a file to attach (a screenshot, a PDF, a saved page); None when cancelled."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Attachments", "Attach a file to the evidence"),
        "",
        "{} (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.html *.htm *.mhtml *.warc *.wacz *.txt)"
        ";;{} (*)".format(
            QCoreApplication.translate("Attachments", "Screenshots, PDFs and saved pages"),
            QCoreApplication.translate("Attachments", "All files"),
        ),
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, name: str) -> Path | None:
    """Ask where to save an attached file; None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Attachments", "Save the attached file"), name
    )
    return Path(chosen) if chosen else None


def read(path: Path) -> bytes:
    """The bytes of a file to attach, or a UserError saying why it cannot be."""
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise UserError(
                QCoreApplication.translate(
                    "Attachments", "'{name}' is {size} MB; attachments are limited to {limit} MB."
                ).format(
                    name=path.name,
                    size=size // 1_000_000,
                    limit=MAX_ATTACHMENT_BYTES // 1_000_000,
                )
            )
        return path.read_bytes()
    except OSError as err:
        raise UserError(
            QCoreApplication.translate("Attachments", "'{name}' cannot be read: {reason}.").format(
                name=path.name, reason=err.strerror
            )
        ) from None


def save(
    parent: QWidget | None,
    name: str,
    data: bytes,
    refuse: Callable[[Path], None] | None = None,
) -> Path | None:
    """Save an attached file where the user chooses; the path written, or None.

    ``refuse(path)`` raises a UserError for a path that must not be written (a project).
    """
    path = ask_save_path(parent, safe_name(name))
    if path is None:
        return None
    if refuse is not None:
        refuse(path)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise UserError(
            QCoreApplication.translate(
                "Attachments", "'{name}' cannot be written: {reason}."
            ).format(name=isolate(path.name), reason=err.strerror)
        ) from None
    return path


def open_file(name: str, data: bytes) -> Path:
    """Open an attached picture or PDF in the system viewer, from a private temporary copy."""
    name = safe_name(name)
    if Path(name).suffix.lower() not in VIEWABLE:
        raise UserError(
            QCoreApplication.translate(
                "Attachments",
                "'{name}' is not a picture or a PDF, so it is not opened from here: save it "
                "and open it yourself if you trust it.",
            ).format(name=isolate(name))
        )
    path = Path(tempfile.mkdtemp(prefix="workbench-attachment-")) / name
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def safe_name(name: str) -> str:
    """A bare file name (no folders, no leading dots) to write an attachment under."""
    bare = Path(name.replace("\\", "/")).name.lstrip(".")
    return bare or "attachment"
