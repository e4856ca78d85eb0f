"""The two rules every report applies to text that came from someone else's file.

A project file may have been sent by anyone, so titles, notes, names and URLs are
untrusted. Escaping is each format's own job (Jinja2 autoescape, python-docx, the csv
module); what is shared is deciding which URLs may become links and which spreadsheet
cells must be defused.
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: Only these schemes become clickable links; ``javascript:``, ``data:``, ``file:`` and
#: the rest are shown as plain text (OWASP XSS Prevention Cheat Sheet, rule 5).
LINK_SCHEMES = frozenset({"http", "https", "mailto"})

#: A spreadsheet runs a cell starting with one of these as a formula (OWASP CSV Injection,
#: ASVS 5.0 V1.2.10, CWE-1236).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")


def safe_link(url: str) -> str | None:
    """``url`` stripped, if it may become a link (http, https or mailto), else None.

    Control characters and spaces are refused outright: browsers drop them while
    parsing, which is how ``java\\tscript:`` slips past naive checks.
    """
    url = url.strip()
    if not url or any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return url


def neutralise_cell(value: str) -> str:
    """A text cell a spreadsheet will show rather than run: a leading ``'`` if needed."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
