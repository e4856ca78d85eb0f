"""File sizes as the window's language writes them: "740 KB", "1,4 MB", "a.pdf (2.1 MB)".

One helper for every place that shows a size (archived copies, attachments, the status line
after Share a copy), so the digits, the decimal sign and the unit follow the language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.ui.language import isolate, number


def size_text(size: int) -> str:
    """A size as a person of the window's language reads it ("740 KB", "1,4 MB")."""
    if size < 1024 * 1024:
        kilobytes = number(max(1, round(size / 1024)))
        return QCoreApplication.translate("Sizes", "{0} KB").format(kilobytes)
    megabytes = number(size / (1024 * 1024))
    return QCoreApplication.translate("Sizes", "{0} MB").format(megabytes)


def file_with_size(name: str, size: int) -> str:
    """A file's name with its size after it, "copy.factcheck (2.1 MB)" (shares, attachments)."""
    return QCoreApplication.translate("Sizes", "{name} ({size})").format(
        name=isolate(name), size=size_text(size)
    )
