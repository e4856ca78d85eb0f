"""Checks shared by the format tests."""

from __future__ import annotations

from urllib.parse import urlsplit

SAFE_SCHEMES = {"http", "https", "mailto"}


def squash(text: str) -> str:
    """``text`` with every run of whitespace made one space (layout wraps lines)."""
    return " ".join(text.split())


def is_safe_href(href: str) -> bool:
    """True for an in-page anchor or an http(s)/mailto URL."""
    return href.startswith("#") or urlsplit(href).scheme.lower() in SAFE_SCHEMES
