"""JSON serialisation shared by the JSON exports.

The JSON-LD files (ClaimReview, Web Annotation) are usually pasted into a web page inside
``<script type="application/ld+json">``, where a ``</script>`` in a claim would end the
block and turn the rest into live HTML. So ``<``, ``>`` and ``&`` are written as JSON
``\\u`` escapes: the data is identical to any JSON reader, and inert in HTML.

The same goes for characters that could disguise text or act on a terminal when the file
is viewed raw (bidi controls and marks, C1 controls such as CSI, the line and paragraph
separators that end a JavaScript line): they are written as ``\\u`` escapes, so the JSON
export stays lossless while ``cat`` or an editor shows them for what they are.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from workbench.reports.safety import BIDI_CONTROLS, BIDI_MARKS

_INERT = "<>&" + BIDI_CONTROLS + BIDI_MARKS + "\u2028\u2029" + "".join(map(chr, range(0x7F, 0xA0)))
_HTML_SAFE = str.maketrans({ch: f"\\u{ord(ch):04x}" for ch in _INERT})


def dumps(data: Any) -> bytes:
    """``data`` as indented UTF-8 JSON that is also safe to embed in an HTML script block."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return (text.translate(_HTML_SAFE) + "\n").encode("utf-8")


def utc_datetime(iso: str) -> str:
    """An ISO timestamp in UTC with a ``Z``, as the Web Annotation model asks; '' stays ''."""
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
