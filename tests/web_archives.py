"""Web archives built at test time with ``warcio``'s writer: no binary blobs in the repository.

:func:`warc` writes HTTP responses as WARC records; :func:`wacz` packages them the way
ArchiveWeb.page does (``archive/data.warc.gz``, ``pages/pages.jsonl``, and a
``datapackage.json`` declaring every file's SHA-256 and size), optionally lying.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE = (
    "<html><head><title>Minister's figures</title>"
    "<script>document.title = 'ran'; fetch('https://tracker.example/x');</script></head>"
    "<body><article><h1>Inflation fell to 2 per cent</h1>"
    + "".join(
        f"<p>Paragraph {n}: the statistics office said prices of food rose in March, "
        "while energy prices fell for the third month in a row.</p>"
        for n in range(12)
    )
    + "<script>alert('archived page script')</script></article></body></html>"
).encode()

Page = tuple[str, bytes]


def warc(pages: list[Page], *, gzip: bool = True) -> bytes:
    """A WARC file holding one HTML response per (url, body)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for url, body in pages:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


def wacz(
    pages: list[Page],
    *,
    lie_about: str = "",
    extra: dict[str, bytes] | None = None,
    compress: int = zipfile.ZIP_STORED,
) -> bytes:
    """A WACZ of ``pages``; ``lie_about`` names a file whose declared digest is wrong."""
    files = {
        "archive/data.warc.gz": warc(pages),
        "pages/pages.jsonl": b"\n".join(
            [json.dumps({"format": "json-pages-1.0", "id": "pages"}).encode()]
            + [
                json.dumps(
                    {"id": str(n), "url": url, "ts": "2026-03-01T09:30:00Z", "title": "Page"}
                ).encode()
                for n, (url, _body) in enumerate(pages)
            ]
        ),
        **(extra or {}),
    }
    resources = []
    for path, data in files.items():
        digest = hashlib.sha256(data + (b"x" if path == lie_about else b"")).hexdigest()
        resources.append(
            {"name": path, "path": path, "hash": f"sha256:{digest}", "bytes": len(data)}
        )
    package = {"profile": "data-package", "wacz_version": "1.1.1", "resources": resources}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as archive:
        archive.writestr("datapackage.json", json.dumps(package))
        for path, data in files.items():
            archive.writestr(path, data)
    return out.getvalue()
