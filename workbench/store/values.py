"""Decoding single values read from a project file, totally: every input gives a value or
None, never an exception.

A doctored file can hold anything in any column: JSON nested a hundred thousand deep,
``NaN`` and ``Infinity`` (valid for Python's parser, invalid JSON for every reader of an
export), lone surrogates (which no UTF-8 file can be written with), blobs or numbers where
text belongs, timestamps that are not times. Each reader of the store asks here instead of
calling ``json.loads`` or ``fromisoformat`` itself, so one place decides what is sound.
"""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime
from typing import Any, TypeGuard

from workbench.store import limits


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_no_constant)
_BRACKETS = re.compile(r"[^\[\]{}]+")


def json_value(raw: object) -> Any:
    """Parsed JSON text, or None unless it is sound: valid, shallow, finite, encodable."""
    if not isinstance(raw, str) or len(raw) > limits.MAX_RECORD_CHARS:
        return None
    if _nesting(raw) > limits.MAX_JSON_DEPTH:
        return None  # checked on the text, before a deep parse could exhaust the stack
    try:
        value = _DECODER.decode(raw)
    except (ValueError, RecursionError):
        return None
    return value if _encodable(value) else None


def _nesting(raw: str) -> int:
    """An upper bound of the text's nesting depth (brackets inside strings count too)."""
    if raw.count("[") + raw.count("{") <= limits.MAX_JSON_DEPTH:
        return 0  # the common case, without a loop over every character
    deepest = depth = 0
    for char in _BRACKETS.sub("", raw):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _encodable(value: Any) -> bool:
    """No lone surrogates (every string can be written as UTF-8) and only finite numbers."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not text_ok(item):
                return False
        elif isinstance(item, float):
            if not math.isfinite(item):  # 1e400 parses as infinity without a constant
                return False
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


def text_ok(value: str) -> bool:
    """True when ``value`` can be written as UTF-8 (no lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_text(value: object, *, optional: bool = True, limit: int = limits.MAX_FIELD_CHARS) -> bool:
    """A text column's value is sound: a string (or NULL where allowed), not too long.

    Text read from SQLite is decoded leniently (:func:`hardening.connect`), so it never
    holds a lone surrogate; only JSON escapes can make one (see :func:`json_value`).
    """
    if value is None:
        return optional
    return isinstance(value, str) and len(value) <= limit


def is_timestamp(value: object, *, optional: bool = True) -> bool:
    """An ISO 8601 time every report can convert to UTC; empty or NULL where allowed."""
    if value is None or value == "":
        return optional
    if not isinstance(value, str) or len(value) > 64:
        return False
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return False
    return True


def is_position(value: object) -> TypeGuard[int]:
    """An integer character offset (booleans and floats are not)."""
    return type(value) is int
