"""What an archived copy holds, read in the import sandbox: pages, capture times, text.

The one interface the window and the command line use for a file about to be kept with
evidence (or viewed): :func:`read_copy` returns a plain :class:`CopySummary`. Web archives
(WACZ, WARC) and saved pages (HTML, MHTML) are untrusted input like any article, so they
are read in a child process of :mod:`sandbox` with its time, memory and cancel limits:
a WACZ by :mod:`wacz_package` (its declared digests checked), a WARC by
:mod:`warc_records`, an MHTML by the standard library's MIME parser. The main page's text
comes from the same HTML pipeline as an imported web page (:mod:`webpage`), so what the
viewer shows is text, never a page that runs. PDFs, pictures and other files are not
read: their summary says only what they are.
"""

from __future__ import annotations

import email
import email.policy
import io
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from multiprocessing.connection import Connection
from pathlib import Path

from workbench.core.archived import MAX_COPY_BYTES, WEB_KINDS, ArchivedPage, CopyKind, kind_of
from workbench.importers.base import ImportFailed, ImportOptions, never_cancelled
from workbench.importers.sandbox import Sandbox, describe, stopped_unexpectedly
from workbench.importers.source_file import read_bounded, shown_size
from workbench.importers.wacz_package import read_wacz
from workbench.importers.warc_records import Capture, WarcContents, read_warc

#: The child's side, below, by name (see :data:`sandbox.Target`).
TARGET = "workbench.importers.web_archive:summarise_in_child"
#: Contents may inflate to this many times the file's size (plus :data:`BUDGET_FLOOR`):
#: WARC records are gzipped text and media, which compress a few times at most.
INFLATION = 8
BUDGET_FLOOR = 64 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class CopySummary:
    """What an archived copy is and holds, as plain values."""

    kind: CopyKind
    media_type: str
    #: The pages a web archive lists (a saved page: itself).
    pages: tuple[ArchivedPage, ...] = ()
    #: When the source was captured, as the file says (earliest page), else "".
    captured_at: str = ""
    #: Declared digests recomputed and found to match (WACZ files, WARC records).
    digests_checked: int = 0
    #: The main page's title, address and text (web kinds only).
    title: str = ""
    url: str = ""
    text: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)


def read_copy(data: bytes, name: str, options: ImportOptions | None = None) -> CopySummary:
    """Summarise a file: in the sandbox for web kinds, from its first bytes for the rest."""
    options = options or ImportOptions()
    kind, media_type = kind_of(name, data[:64])
    if kind not in WEB_KINDS:
        return CopySummary(kind, media_type)
    if options.progress:
        options.progress(0, 0)
    plain = replace(options, progress=None, cancelled=never_cancelled)
    with Sandbox(TARGET, data, [(name, plain)], name, options) as box:
        _child, message = box.next_message()
    if message is None:
        raise stopped_unexpectedly(name, options)
    if message[0] == "failed":
        raise ImportFailed(message[1])
    summary: CopySummary = message[1]
    return summary


def summarise_in_child(job: tuple[str, ImportOptions], data: bytes, connection: Connection) -> None:
    """The child's side: send ("done", summary) or ("failed", one line)."""
    name, options = job
    try:
        summary = summarise(data, name, options)
    except ImportFailed as err:
        connection.send(("failed", str(err)))
    except MemoryError:
        connection.send(
            ("failed", f"'{name}' needs more memory than the {options.memory_mb} MB allowed.")
        )
    except Exception as err:  # readers raise many types on hostile input
        connection.send(("failed", f"'{name}' cannot be read: {describe(err)}."))
    else:
        connection.send(("done", summary))


def summarise(data: bytes, name: str, options: ImportOptions) -> CopySummary:
    """Read a web archive or saved page in this process (the child calls this)."""
    kind, media_type = kind_of(name, data[:64])
    if kind not in WEB_KINDS:
        return CopySummary(kind, media_type)
    budget = INFLATION * len(data) + BUDGET_FLOOR
    if kind is CopyKind.WACZ:
        wacz = read_wacz(data, name, budget)
        checked = wacz.digests_checked + wacz.warc.digests_checked
        return _from_captures(
            kind, media_type, wacz.warc, listed=wacz.pages, digests=checked, name=name
        )
    if kind is CopyKind.WARC:
        warc = WarcContents(budget=budget)
        read_warc(lambda: io.BytesIO(data), name, warc)
        return _from_captures(
            kind, media_type, warc, listed=(), digests=warc.digests_checked, name=name
        )
    if kind is CopyKind.MHTML:
        html, url, captured = _mhtml_page(data, name)
    else:
        html, url, captured = data, "", ""
    title, text, found_url, warnings = _page_text(html, name, options)
    url = url or found_url
    page = ArchivedPage(url, title, captured)
    return CopySummary(kind, media_type, (page,), captured, 0, title, url, text, warnings)


def _from_captures(
    kind: CopyKind,
    media_type: str,
    warc: WarcContents,
    *,
    listed: tuple[ArchivedPage, ...],
    digests: int,
    name: str,
) -> CopySummary:
    """A web archive's summary: its listed pages (else its HTML captures), main page first."""
    html = [c for c in warc.captures if c.media_type in _HTML_TYPES and c.status == "200"]
    pages = listed or tuple(ArchivedPage(c.url, "", c.captured_at) for c in html)
    times = sorted(p.captured_at for p in pages if p.captured_at)
    main = _main_capture(html, pages)
    warnings: tuple[str, ...] = ()
    title = url = text = ""
    if main is None:
        warnings = (f"'{name}' holds no web page whose text could be shown.",)
    else:
        title, text, _url, warnings = _page_text(main.body, name, ImportOptions())
        url = main.url
        title = title or next((p.title for p in pages if p.url == url), "")
    captured = times[0] if times else (main.captured_at if main else "")
    return CopySummary(kind, media_type, pages, captured, digests, title, url, text, warnings)


def _main_capture(html: list[Capture], pages: tuple[ArchivedPage, ...]) -> Capture | None:
    """The capture of the first listed page, else the first HTML page kept."""
    kept = [c for c in html if c.body]
    for page in pages[:1]:
        for capture in kept:
            if capture.url == page.url:
                return capture
    return kept[0] if kept else None


def _page_text(
    html: bytes, name: str, options: ImportOptions
) -> tuple[str, str, str, tuple[str, ...]]:
    """(title, text, canonical URL, warnings) of a page, by the web importer's pipeline;
    a page larger than the web importer reads is kept without its text."""
    from workbench.importers import webpage  # noqa: PLC0415 - trafilatura loads in the child

    if len(html) > webpage.MAX_MB * 1024 * 1024:
        return (
            "",
            "",
            "",
            (f"The archived page is larger than {webpage.MAX_MB} MB; its text is not shown.",),
        )

    try:
        document = webpage.IMPORTER.load(html, name, options)
    except ImportFailed as err:
        return "", "", "", (f"No text could be read from the archived page: {err}",)
    return document.title, document.text, document.source_url, document.warnings


def _mhtml_page(data: bytes, name: str) -> tuple[bytes, str, str]:
    """(HTML, address, saved date) of an MHTML file's main page (its first HTML part)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        raise ImportFailed(f"'{name}' is not a readable MHTML page.")
    captured = str(message.get("Date", ""))[:60]
    for part in message.walk():
        if part.get_content_type() in _HTML_TYPES:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload:
                location = str(part.get("Content-Location", "") or "")
                url = str(message.get("Snapshot-Content-Location", "") or location)
                return payload, url[:2000], captured
    raise ImportFailed(f"'{name}' holds no web page (no HTML part).")


def read_copy_file(path: Path, options: ImportOptions | None = None) -> tuple[bytes, CopySummary]:
    """A file's bytes and summary, to keep as an archived copy: refused when it is larger
    than :data:`MAX_COPY_BYTES`, not an ordinary file, or a web archive that fails its
    checks (one line each)."""
    try:
        size = path.stat().st_size
    except OSError as err:
        raise ImportFailed(f"'{path.name}' cannot be read: {err.strerror}.") from None
    if size > MAX_COPY_BYTES:
        raise ImportFailed(
            f"'{path.name}' is {shown_size(size)}; an archived copy may be at most "
            f"{shown_size(MAX_COPY_BYTES)}."
        )
    data = read_bounded(path, MAX_COPY_BYTES, 0, lambda _head: MAX_COPY_BYTES)
    return data, read_copy(data, path.name, options)
