"""Text from a file, made harmless to print on a terminal or show in a message.

A project file travels between people, so a title, a quote or a reviewer's name in it may
hold terminal escape sequences (ESC ] 52 writes the clipboard, ESC [ 2 J clears the
screen) or bidi controls (U+202E shows "exe.txt" as "txt.exe"). Every string that comes
from a file and reaches a terminal or a one-line message passes through :func:`inert`,
which shows such characters as visible escapes (``\\x1b``, ``\\u202e``) instead of letting
them act. Ordinary text in any script (CJK, Arabic, emoji) is left as it is.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: Active characters beyond C0: DEL, C1 controls (CSI, OSC...), bidi marks, embeddings and
#: isolates, line and paragraph separators (some terminals break lines on them), and lone
#: surrogates (the undecodable bytes of a path, kept by surrogateescape).
_ACTIVE_BEYOND_C0 = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
#: Characters a terminal or a bidi renderer acts on instead of showing.
_ACTIVE = re.compile(f"[\x00-\x1f{_ACTIVE_BEYOND_C0}]")
#: The same in JSON text, where ``json`` has already escaped C0 inside strings and the
#: line breaks left are the indentation's.
_ACTIVE_IN_JSON = re.compile(f"[{_ACTIVE_BEYOND_C0}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """``text`` with every control, bidi and undecodable character shown as an escape."""
    return _ACTIVE.sub(_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def inert_json(data: Any) -> str:
    """``data`` as indented JSON that is just as inert on a terminal.

    ``json`` already escapes C0 controls; this also writes C1 controls, DEL, bidi
    controls and lone surrogates as ``\\uXXXX`` (the same JSON value, since outside C0
    those characters can only occur inside strings), and keeps other non-ASCII text
    readable (``ensure_ascii`` would turn every CJK or Arabic letter into an escape).
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _ACTIVE_IN_JSON.sub(_json_escape, text)
