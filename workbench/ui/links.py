"""Which evidence URLs the app hands to the system browser, and handing them over.

Evidence comes from colleagues' files too, so a URL is untrusted input: only web and
mail links are ever opened (never ``file:``, ``javascript:`` or custom schemes that could
start programs), and only when the user clicks. One rule, used by the evidence dialog to
validate and by the evidence list to open.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

LINK_SCHEMES = ("http", "https", "mailto")


def is_link(url: str) -> bool:
    """True when ``url`` is a well-formed http, https or mailto link."""
    parsed = QUrl(url.strip(), QUrl.ParsingMode.StrictMode)
    scheme = parsed.scheme().lower()
    if not parsed.isValid() or scheme not in LINK_SCHEMES:
        return False
    if scheme == "mailto":
        return "@" in parsed.path()
    return bool(parsed.host())


def open_link(url: str) -> bool:
    """Open ``url`` in the system browser or mail client if it is a link; False otherwise."""
    if not is_link(url):
        return False
    return QDesktopServices.openUrl(QUrl(url.strip(), QUrl.ParsingMode.StrictMode))
