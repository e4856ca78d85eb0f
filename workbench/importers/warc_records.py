"""The records of a WARC file (ISO 28500), read with ``warcio``, within bounds.

``warcio`` is the Webrecorder project's own reader and writer (what ArchiveWeb.page and
pywb use), so the format's corners (gzip per record, chunked HTTP bodies, revisits) are
its, never ours. This module only bounds it and turns what it reads into plain values:
every record's payload is read to its end in chunks (so its digests are checked) without
being kept, except the first few HTML pages, whose text the viewer shows. A record whose
declared digest does not match, or that ends before its declared length, makes the whole
file refused with one line: an archive that cannot be trusted in one place is not shown
as evidence anywhere.

Two things ``warcio`` does not say are checked here: a gzipped record cut short reads as
the end of the file (so every gzip member must end properly, which the standard library's
``gzip`` tells), and a record may inflate without bound (so the bytes read from all
records together have a budget the caller sets from the file's size).
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO

from workbench.importers.base import ImportFailed

#: More records than this is not one capture of a page (a long page with its media is a
#: few hundred; a whole-site crawl is not evidence for one claim).
MAX_RECORDS = 100_000
#: An HTML page larger than this is not kept for its text (the web importer's own cap).
MAX_PAGE_BYTES = 16 * 1024 * 1024
#: How many HTML pages' bytes are kept while reading (the main page is among the first).
KEPT_PAGES = 8
CHUNK = 64 * 1024


@dataclass(slots=True)
class Capture:
    """One HTTP response the archive holds."""

    url: str
    captured_at: str
    media_type: str
    status: str
    #: The body, for the first :data:`KEPT_PAGES` HTML pages only (else empty).
    body: bytes = b""


@dataclass(slots=True)
class WarcContents:
    """What a WARC file holds: its responses, and how many digests were checked."""

    #: Bytes the records' contents may still inflate to (all files together).
    budget: int
    captures: list[Capture] = field(default_factory=list)
    digests_checked: int = 0


def read_warc(open_stream: Callable[[], IO[bytes]], name: str, contents: WarcContents) -> None:
    """Read every record of a WARC file (plain or gzipped) into ``contents``, checking the
    declared digests; ``open_stream`` opens the file afresh (it is read twice if gzipped).

    ``contents`` collects across several WARC files (a WACZ holds one or more).
    """
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - loads with its format
    from warcio.exceptions import ArchiveLoadFailed  # noqa: PLC0415

    count = 0
    try:
        with open_stream() as stream:
            gzipped = stream.read(2) == b"\x1f\x8b"
        if gzipped:
            _check_gzip_members(open_stream, name, contents.budget)
        with open_stream() as stream:
            for record in ArchiveIterator(stream, check_digests=True):
                count += 1
                if count > MAX_RECORDS:
                    raise ImportFailed(
                        f"'{name}' holds more than {MAX_RECORDS:,} records; it is not one "
                        "capture of a source, so it was not read."
                    )
                _read_record(record, name, contents)
    except ArchiveLoadFailed as err:
        raise ImportFailed(f"'{name}' is not a readable web archive ({_short(err)}).") from None
    except (OSError, EOFError, ValueError) as err:  # zlib and gzip errors of a cut file
        raise ImportFailed(f"'{name}' is damaged or cut short ({_short(err)}).") from None
    if count == 0:
        raise ImportFailed(f"'{name}' holds no web archive records.")


def _check_gzip_members(open_stream: Callable[[], IO[bytes]], name: str, budget: int) -> None:
    """Refuse a gzipped WARC whose last member is cut short (``warcio`` would stop there
    quietly, as if the file ended), inflating within ``budget``."""
    try:
        with open_stream() as raw, gzip.GzipFile(fileobj=raw) as stream:
            for chunk in _chunks(stream):
                budget -= len(chunk)
                if budget < 0:
                    raise _too_big(name)
    except EOFError:
        raise ImportFailed(
            f"'{name}' is cut short: its last compressed record ends before its end."
        ) from None
    except (OSError, zlib.error) as err:
        raise ImportFailed(f"'{name}' is damaged ({_short(err)}).") from None


def _too_big(name: str) -> ImportFailed:
    return ImportFailed(
        f"'{name}' inflates to far more than its own size (a compression bomb?), so it was "
        "not read."
    )


def _read_record(record: object, name: str, contents: WarcContents) -> None:
    """Read one record to its end; keep a response's details and perhaps its body."""
    headers = record.rec_headers  # type: ignore[attr-defined]
    declared = headers.get_header("Content-Length")
    kind = headers.get_header("WARC-Type") or ""
    capture = None
    if kind == "response" and record.http_headers is not None:  # type: ignore[attr-defined]
        http = record.http_headers  # type: ignore[attr-defined]
        media_type = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
        capture = Capture(
            url=headers.get_header("WARC-Target-URI") or "",
            captured_at=headers.get_header("WARC-Date") or "",
            media_type=media_type,
            status=http.get_statuscode() or "",
        )
    keep = (
        capture is not None
        and capture.media_type in ("text/html", "application/xhtml+xml")
        and sum(1 for c in contents.captures if c.body) < KEPT_PAGES
    )
    body = bytearray()
    for chunk in _chunks(record.content_stream()):  # type: ignore[attr-defined]
        contents.budget -= len(chunk)
        if contents.budget < 0:
            raise _too_big(name)
        if keep and len(body) + len(chunk) <= MAX_PAGE_BYTES:
            body += chunk
        elif keep:
            keep = False
            body.clear()
    raw = record.raw_stream  # type: ignore[attr-defined]
    if declared and declared.isdigit() and getattr(raw, "limit", 0) > 0:
        raise ImportFailed(
            f"'{name}' has a record cut short (of {headers.get_header('WARC-Target-URI') or kind}"
            f"): it declares {int(declared):,} bytes and ends before them."
        )
    checker = record.digest_checker  # type: ignore[attr-defined]
    if checker.passed is False:
        problem = "; ".join(checker.problems)[:200]
        raise ImportFailed(
            f"'{name}' has a record whose content does not match its declared digest "
            f"({problem}); it may have been altered, so it was not read."
        )
    if checker.passed:
        contents.digests_checked += 1
    if capture is not None:
        capture.body = bytes(body)
        contents.captures.append(capture)


def _chunks(stream: IO[bytes] | gzip.GzipFile) -> Iterator[bytes]:
    while chunk := stream.read(CHUNK):
        yield chunk


def _short(err: BaseException) -> str:
    return (str(err).strip() or type(err).__name__).splitlines()[0][:200]
