"""How things are recognised across colleagues' copies: ids, timestamps and content hashes."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """A fresh UUID in text form: ids must stay unique across colleagues' copies (merge)."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """The current UTC time as ISO 8601 with microseconds, the form every timestamp takes."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def sha256_hex(data: str | bytes) -> str:
    """Hex SHA-256 of text (UTF-8) or bytes: how two copies of one article are recognised."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()
