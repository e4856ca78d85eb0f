"""The rules every report applies to text that came from someone else's file.

A project file may have been sent by anyone, so titles, notes, names and URLs are
untrusted. Escaping markup is each format's own job (Jinja2 autoescape, python-docx, the
csv module, the Markdown escaper); what is shared lives here:

- which URLs may become links, and in what form (:func:`safe_link`, :func:`web_uri`);
- which spreadsheet cells must be defused (:func:`neutralise_cell`);
- which invisible characters could disguise text (:func:`prose`, :func:`label`):
  bidirectional overrides, embeddings and isolates (U+202A-202E, U+2066-2069) reorder
  what a reader sees ("exe.txt" shown for "txt.exe", a reversed URL), and terminal
  escape sequences (ESC, C1 controls: OSC 52 writes the clipboard) act on a terminal that
  prints the file. Both are replaced by a visible U+FFFD, one for one, so the reader
  sees that something was there and offsets into an article stay right.
  Names, titles and URLs (:func:`label`) also lose the directional *marks* (LRM, RLM,
  ALM), which have no business there; prose keeps them, since Arabic and Hebrew text
  uses them legitimately.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

#: Only these schemes become clickable links; ``javascript:``, ``data:``, ``file:`` and
#: the rest are shown as plain text (OWASP XSS Prevention Cheat Sheet, rule 5).
LINK_SCHEMES = frozenset({"http", "https", "mailto"})

#: A spreadsheet runs a cell starting with one of these as a formula (OWASP CSV Injection,
#: ASVS 5.0 V1.2.10, CWE-1236).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")

#: Bidi embeddings, overrides and isolates, which reorder the text that follows them.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: Directional marks: invisible, they only nudge neutral characters one way.
BIDI_MARKS = "\u200e\u200f\u061c"
#: What replaces a character that could disguise text: visible, one code point.
REPLACEMENT = "\ufffd"

# C0 controls but tab and line breaks, DEL and the C1 controls (terminal escapes).
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_PROSE = re.compile(f"[{_CONTROLS}{BIDI_CONTROLS}]")
_LABEL = re.compile(f"[{_CONTROLS}{BIDI_CONTROLS}]|[{BIDI_MARKS}]")

# RFC 3986 characters that may stand in a URI as they are; everything else in an IRI is
# percent-encoded as UTF-8 (RFC 3987 section 3.1). "%" is kept only before two hex digits.
_URI_SAFE = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;="
)
_PERCENT = re.compile("%[0-9A-Fa-f]{2}")


def prose(text: str) -> str:
    """``text`` with bidi overrides/isolates and control characters made a visible U+FFFD.

    Line breaks and tabs stay; the length in code points never changes.
    """
    return _PROSE.sub(REPLACEMENT, text)


def label(text: str) -> str:
    """Like :func:`prose`, for names, titles, file names and URLs: directional marks go too.

    Marks are dropped rather than replaced, since a stray RLM in a name is harmless
    once it is gone, while a U+FFFD would read as damage.
    """
    return _LABEL.sub(lambda m: "" if m.group() in BIDI_MARKS else REPLACEMENT, text)


def _percent_encode(part: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(part):
        char = part[index]
        if char == "%" and _PERCENT.match(part, index):
            out.append(part[index : index + 3])
            index += 3
            continue
        if char in _URI_SAFE:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        index += 1
    return "".join(out)


def _uri(url: str) -> str | None:
    """The IRI ``url`` as an ASCII URI: IDNA host, everything else percent-encoded."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = parts.netloc
    if parts.scheme.lower() != "mailto" and not host.isascii():
        try:
            ascii_host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
        netloc = netloc.replace(host, ascii_host) if host in netloc else ascii_host
    return urlunsplit(
        (
            url.split(":", 1)[0],  # as written: urlsplit lowercases it
            _percent_encode(netloc),
            _percent_encode(parts.path),
            _percent_encode(parts.query),
            _percent_encode(parts.fragment),
        )
    )


def safe_link(url: str) -> str | None:
    """``url`` as a URI that may become a link (http, https or mailto), else None.

    Control characters, spaces and bidi controls or marks are refused outright: browsers
    drop some while parsing, which is how ``java\\tscript:`` slips past naive checks,
    and the others disguise where a link goes. Characters a URI may not hold (``"``,
    ``<``, ``>``, non-ASCII letters) are percent-encoded, so the result is safe in any
    attribute, Markdown link or JSON-LD IRI.
    """
    url = url.strip()
    if not url or any(ord(ch) < 0x21 or 0x7F <= ord(ch) <= 0x9F for ch in url):
        return None
    if any(ch in BIDI_CONTROLS or ch in BIDI_MARKS for ch in url):
        return None
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in LINK_SCHEMES or (scheme != "mailto" and not parts.hostname):
            return None
        return _uri(url)
    except ValueError:
        return None


def web_uri(url: str) -> str | None:
    """``url`` as an http(s) URI (see :func:`safe_link`), or None: IRIs of web pages only."""
    link = safe_link(url)
    return link if link and not link.lower().startswith("mailto:") else None


def neutralise_cell(value: str) -> str:
    """A text cell a spreadsheet will show rather than run, with no text-disguising character.

    A leading ``'`` keeps a formula as text; bidi controls and terminal escapes become
    U+FFFD (see :func:`prose`).
    """
    value = prose(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
